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
