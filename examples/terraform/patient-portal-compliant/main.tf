# Patient portal backend (compliant variant), the Terraform twin of
# examples/cloudformation/patient-portal-compliant.yaml: API Gateway -> Lambda -> S3
# documents, DynamoDB appointments and an Aurora PostgreSQL clinical database, with KMS,
# CloudTrail, encrypted logs, backups and a notification queue.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "stage" {
  type    = string
  default = "prod"
}

variable "db_master_username" {
  type    = string
  default = "portal_admin"
}

variable "dr_vault_arn" {
  description = "Backup vault in the disaster-recovery Region (us-west-2)"
  type        = string
  default     = "arn:aws:backup:us-west-2:111122223333:backup-vault:patient-portal-dr"
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  is_prod = var.stage == "prod"
  phi     = { data-classification = "phi" }
}

resource "aws_kms_key" "data_key" {
  description         = "Encrypts patient portal data at rest"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdmin"
        Effect    = "Allow"
        Principal = { AWS = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AllowCloudWatchLogs"
        Effect    = "Allow"
        Principal = { Service = "logs.${data.aws_region.current.name}.amazonaws.com" }
        Action    = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
        Resource  = "*"
      },
      {
        Sid       = "AllowCloudTrail"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = ["kms:GenerateDataKey*", "kms:DescribeKey"]
        Resource  = "*"
      },
    ]
  })
}

# --- Access-log bucket -------------------------------------------------------------

resource "aws_s3_bucket" "access_log_bucket" {
  bucket_prefix = "patient-portal-access-logs-"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_log_bucket" {
  bucket = aws_s3_bucket.access_log_bucket.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "access_log_bucket" {
  bucket                  = aws_s3_bucket.access_log_bucket.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "access_log_bucket" {
  bucket = aws_s3_bucket.access_log_bucket.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_policy" "access_log_bucket_policy" {
  bucket = aws_s3_bucket.access_log_bucket.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.access_log_bucket.arn, "${aws_s3_bucket.access_log_bucket.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# --- Patient documents -------------------------------------------------------------

resource "aws_s3_bucket" "patient_documents" {
  bucket_prefix = "patient-documents-"
  tags          = local.phi
}

resource "aws_s3_bucket_server_side_encryption_configuration" "patient_documents" {
  bucket = aws_s3_bucket.patient_documents.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data_key.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "patient_documents" {
  bucket                  = aws_s3_bucket.patient_documents.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "patient_documents" {
  bucket = aws_s3_bucket.patient_documents.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "patient_documents" {
  bucket        = aws_s3_bucket.patient_documents.id
  target_bucket = aws_s3_bucket.access_log_bucket.id
  target_prefix = "patient-documents/"
}

resource "aws_s3_bucket_policy" "patient_documents_policy" {
  bucket = aws_s3_bucket.patient_documents.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.patient_documents.arn, "${aws_s3_bucket.patient_documents.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# --- Appointments table ------------------------------------------------------------

resource "aws_dynamodb_table" "appointments" {
  name         = "appointments-${var.stage}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "appointmentId"

  attribute {
    name = "appointmentId"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data_key.arn
  }

  point_in_time_recovery {
    enabled = true
  }

  tags = local.phi
}

# --- Clinical database -------------------------------------------------------------

resource "aws_rds_cluster_parameter_group" "clinical_db_params" {
  name        = "clinical-db-${var.stage}"
  family      = "aurora-postgresql15"
  description = "Enforce TLS for the clinical database"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster" "clinical_db" {
  cluster_identifier              = "clinical-db-${var.stage}"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.4"
  master_username                 = var.db_master_username
  manage_master_user_password     = true
  storage_encrypted               = true
  kms_key_id                      = aws_kms_key.data_key.arn
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.clinical_db_params.name
  backup_retention_period         = local.is_prod ? 35 : 7
  deletion_protection             = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  tags                            = local.phi
}

resource "aws_rds_cluster_instance" "clinical_db_writer" {
  cluster_identifier  = aws_rds_cluster.clinical_db.id
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

resource "aws_rds_cluster_instance" "clinical_db_reader" {
  cluster_identifier  = aws_rds_cluster.clinical_db.id
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

# --- Messaging ---------------------------------------------------------------------

resource "aws_sns_topic" "notification_topic" {
  name              = "portal-notifications-${var.stage}"
  kms_master_key_id = aws_kms_key.data_key.id
}

resource "aws_sqs_queue" "reminder_queue" {
  name              = "appointment-reminders-${var.stage}"
  kms_master_key_id = aws_kms_key.data_key.id
  tags              = local.phi
}

resource "aws_sqs_queue_policy" "reminder_queue_policy" {
  queue_url = aws_sqs_queue.reminder_queue.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "sqs:*"
      Resource  = aws_sqs_queue.reminder_queue.arn
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_cloudwatch_log_group" "api_logs" {
  name              = "/patient-portal/${var.stage}/api"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.data_key.arn
}
