# A root module and a local module that both name their bucket `records`: the graph
# tells them apart by module.
module "store" {
  source = "./modules/records"
  name   = "northwind-patient-records"
}

resource "aws_s3_bucket" "records" {
  bucket = "northwind-portal-assets"
}

resource "aws_iam_role" "reader" {
  name = "records-reader"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "reader" {
  role = aws_iam_role.reader.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "s3:GetObject", Resource = "${module.store.bucket_arn}/*" },
      { Effect = "Allow", Action = "s3:PutObject", Resource = "${aws_s3_bucket.records.arn}/*" },
    ]
  })
}

resource "aws_lambda_function" "reader" {
  function_name = "records-reader"
  role          = aws_iam_role.reader.arn
  runtime       = "python3.12"
  handler       = "index.handler"
  filename      = "reader.zip"
}
