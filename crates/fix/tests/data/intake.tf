# Intake storage -- reviewed by security
resource "aws_s3_bucket" "intake" {
  bucket = "northwind-intake" # fixed name

  tags = {
    phi = "true"
  }
}

resource "aws_db_instance" "records" {
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  backup_retention_period = 0 # off
  storage_encrypted       = true
  multi_az                = true
  tags = { phi = "true" }
}
