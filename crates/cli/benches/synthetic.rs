//! Generates realistic CloudFormation templates for benchmarks: a mix of buckets with
//! policies, databases, tables, queues, topics, keys, functions and log groups, 500
//! resources per template (the CloudFormation limit).

use std::fmt::Write;
use std::path::Path;

/// One template with `n` resources, numbered from `base`.
pub fn template(base: usize, n: usize) -> String {
    let mut s = String::from(
        "AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n  Stage: {Type: String, Default: prod}\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\nResources:\n",
    );
    let mut i = 0;
    while i < n {
        let k = base + i;
        let group = match k % 8 {
            0 => format!(
                "  Bucket{k}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub \"records-{k}-${{AWS::AccountId}}\"\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault: {{SSEAlgorithm: \"aws:kms\", KMSMasterKeyID: !GetAtt Key{k}.Arn}}\n      VersioningConfiguration: {{Status: Enabled}}\n      Tags: [{{Key: data-classification, Value: phi}}]\n  BucketPolicy{k}:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket{k}\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: \"*\"\n            Action: \"s3:*\"\n            Resource: [!GetAtt Bucket{k}.Arn, !Sub \"${{Bucket{k}.Arn}}/*\"]\n            Condition: {{Bool: {{aws:SecureTransport: \"false\"}}}}\n  Key{k}:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n"
            ),
            1 => format!(
                "  Db{k}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.m6g.large\n      StorageEncrypted: !If [IsProd, true, false]\n      BackupRetentionPeriod: 7\n"
            ),
            2 => format!(
                "  Table{k}:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema: [{{AttributeName: id, KeyType: HASH}}]\n      SSESpecification: {{SSEEnabled: true, SSEType: KMS}}\n"
            ),
            3 => format!(
                "  Queue{k}:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: alias/aws/sqs\n"
            ),
            4 => format!("  Topic{k}:\n    Type: AWS::SNS::Topic\n"),
            5 => format!(
                "  Fn{k}:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Environment: {{Variables: {{TABLE: !Sub \"table-{k}\"}}}}\n"
            ),
            6 => format!(
                "  Logs{k}:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 365\n"
            ),
            _ => format!(
                "  Volume{k}:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 100\n      Encrypted: true\n      AvailabilityZone: us-east-1a\n"
            ),
        };
        i += if k.is_multiple_of(8) { 3 } else { 1 };
        s.push_str(&group);
    }
    let _ = writeln!(s);
    s
}

/// Writes templates holding `total` resources into `dir`.
pub fn write(dir: &Path, total: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut base = 0;
    while base < total {
        let n = 500.min(total - base);
        std::fs::write(dir.join(format!("stack-{base:06}.yaml")), template(base, n))?;
        base += n;
    }
    Ok(())
}

/// Writes one template holding `total` resources into `dir` (over CloudFormation's
/// 500-resource limit on purpose: scanning must stay linear in one file's size).
pub fn write_single(dir: &Path, total: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("single.yaml"), template(0, total))
}

/// One `.tf` file with `n` resources, numbered from `base`: buckets with their v4
/// encryption and policy resources, databases, tables, queues and keys.
pub fn terraform_file(base: usize, n: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while i < n {
        let k = base + i;
        let (text, used) = match k % 5 {
            0 => (
                format!(
                    "resource \"aws_s3_bucket\" \"records_{k}\" {{\n  bucket = \"records-{k}\"\n  tags = {{ data-classification = \"phi\" }}\n}}\n\nresource \"aws_s3_bucket_server_side_encryption_configuration\" \"records_{k}\" {{\n  bucket = aws_s3_bucket.records_{k}.id\n  rule {{\n    apply_server_side_encryption_by_default {{\n      sse_algorithm     = \"aws:kms\"\n      kms_master_key_id = aws_kms_key.key_{k}.arn\n    }}\n  }}\n}}\n\nresource \"aws_kms_key\" \"key_{k}\" {{\n  enable_key_rotation = true\n}}\n\n"
                ),
                3,
            ),
            1 => (
                format!(
                    "resource \"aws_db_instance\" \"db_{k}\" {{\n  engine            = \"postgres\"\n  instance_class    = \"db.m6g.large\"\n  storage_encrypted = var.encrypt\n  backup_retention_period = 7\n}}\n\n"
                ),
                1,
            ),
            2 => (
                format!(
                    "resource \"aws_dynamodb_table\" \"table_{k}\" {{\n  name     = \"table-{k}\"\n  hash_key = \"id\"\n  attribute {{\n    name = \"id\"\n    type = \"S\"\n  }}\n  server_side_encryption {{\n    enabled = true\n  }}\n}}\n\n"
                ),
                1,
            ),
            3 => (
                format!(
                    "resource \"aws_sqs_queue\" \"queue_{k}\" {{\n  name = \"queue-{k}\"\n  kms_master_key_id = \"alias/aws/sqs\"\n}}\n\n"
                ),
                1,
            ),
            _ => (
                format!(
                    "resource \"aws_cloudwatch_log_group\" \"logs_{k}\" {{\n  name = \"/app/{k}\"\n  retention_in_days = 365\n}}\n\n"
                ),
                1,
            ),
        };
        s.push_str(&text);
        i += used;
    }
    s
}

/// Writes a Terraform tree holding `total` resources in 200 `.tf` files: 20 root
/// modules of 10 files each.
pub fn write_terraform(dir: &Path, total: usize) -> std::io::Result<()> {
    let per_file = total.div_ceil(200);
    let mut base = 0;
    for m in 0..20 {
        let module = dir.join(format!("service-{m:02}"));
        std::fs::create_dir_all(&module)?;
        std::fs::write(
            module.join("variables.tf"),
            "variable \"encrypt\" {\n  type    = bool\n  default = true\n}\n",
        )?;
        for f in 0..10 {
            let n = per_file.min(total.saturating_sub(base));
            std::fs::write(
                module.join(format!("part-{f:02}.tf")),
                terraform_file(base, n),
            )?;
            base += n;
        }
    }
    Ok(())
}
