# Intake storage -- reviewed by security
resource "aws_s3_bucket" "intake" {
  bucket = "northwind-intake" # fixed name

  tags = {
    phi = "true"
  }
}

resource "aws_s3_bucket_versioning" "intake" {
  bucket = aws_s3_bucket.intake.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "intake" {
  bucket = aws_s3_bucket.intake.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.intake.arn, "${aws_s3_bucket.intake.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "intake" {
  bucket = aws_s3_bucket.intake.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_db_instance" "records" {
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  backup_retention_period = 7 # off
  storage_encrypted       = true
  multi_az                = true
  tags = { phi = "true" }
}
