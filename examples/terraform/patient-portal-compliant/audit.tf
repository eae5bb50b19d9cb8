# --- Audit trail -------------------------------------------------------------------

resource "aws_s3_bucket" "audit_trail_bucket" {
  bucket_prefix = "patient-portal-audit-"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "audit_trail_bucket" {
  bucket = aws_s3_bucket.audit_trail_bucket.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data_key.arn
    }
  }
}

resource "aws_s3_bucket_public_access_block" "audit_trail_bucket" {
  bucket                  = aws_s3_bucket.audit_trail_bucket.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "audit_trail_bucket" {
  bucket = aws_s3_bucket.audit_trail_bucket.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "audit_trail_bucket" {
  bucket        = aws_s3_bucket.audit_trail_bucket.id
  target_bucket = aws_s3_bucket.access_log_bucket.id
  target_prefix = "audit-trail/"
}

resource "aws_s3_bucket_policy" "audit_trail_bucket_policy" {
  bucket = aws_s3_bucket.audit_trail_bucket.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.audit_trail_bucket.arn, "${aws_s3_bucket.audit_trail_bucket.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        Sid       = "CloudTrailAclCheck"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "s3:GetBucketAcl"
        Resource  = aws_s3_bucket.audit_trail_bucket.arn
      },
      {
        Sid       = "CloudTrailWrite"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "${aws_s3_bucket.audit_trail_bucket.arn}/AWSLogs/${data.aws_caller_identity.current.account_id}/*"
        Condition = { StringEquals = { "s3:x-amz-acl" = "bucket-owner-full-control" } }
      },
    ]
  })
}

resource "aws_cloudtrail" "audit_trail" {
  name                          = "patient-portal-${var.stage}"
  s3_bucket_name                = aws_s3_bucket.audit_trail_bucket.id
  enable_logging                = true
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.data_key.arn

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.patient_documents.arn}/"]
    }

    data_resource {
      type   = "AWS::DynamoDB::Table"
      values = [aws_dynamodb_table.appointments.arn]
    }
  }

  depends_on = [aws_s3_bucket_policy.audit_trail_bucket_policy]
}

# --- Backups -----------------------------------------------------------------------

resource "aws_backup_vault" "backup_vault" {
  name        = "patient-portal-${var.stage}"
  kms_key_arn = aws_kms_key.data_key.arn
}

resource "aws_backup_plan" "backup_plan" {
  name = "patient-portal-${var.stage}"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.backup_vault.name
    schedule          = "cron(0 5 * * ? *)"

    lifecycle {
      delete_after = 35
    }

    copy_action {
      destination_vault_arn = var.dr_vault_arn
      lifecycle {
        delete_after = 35
      }
    }
  }
}

resource "aws_backup_selection" "backup_selection" {
  name         = "phi-stores"
  plan_id      = aws_backup_plan.backup_plan.id
  iam_role_arn = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role/service-role/AWSBackupDefaultServiceRole"

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "data-classification"
    value = "phi"
  }
}
