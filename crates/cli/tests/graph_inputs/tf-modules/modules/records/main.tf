variable "name" {
  type = string
}

resource "aws_s3_bucket" "records" {
  bucket = var.name
  tags = {
    data-classification = "phi"
  }
}

output "bucket_arn" {
  value = aws_s3_bucket.records.arn
}
