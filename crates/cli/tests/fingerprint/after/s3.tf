# Buckets live here now.
resource "aws_s3_bucket" "records" { bucket = "clinic-records" }
