"""Builds a small clinic account in moto with boto3 (the AWS SDK for Python): compliant and
non-compliant resources of the kinds the live rules read. Prints nothing; fails loudly."""
import json
import os
import sys

import boto3

endpoint = sys.argv[1]
region = "us-east-1"
kw = dict(endpoint_url=endpoint, region_name=region)
s3 = boto3.client("s3", **kw)
kms = boto3.client("kms", **kw)
ec2 = boto3.client("ec2", **kw)
rds = boto3.client("rds", **kw)
ddb = boto3.client("dynamodb", **kw)
sqs = boto3.client("sqs", **kw)
trail = boto3.client("cloudtrail", **kw)
logs = boto3.client("logs", **kw)

# PHI bucket without encryption configuration, versioning or public access block.
s3.create_bucket(Bucket="clinic-scans")
s3.put_bucket_tagging(Bucket="clinic-scans", Tagging={"TagSet": [{"Key": "phi", "Value": "true"}]})
# A bucket done right: KMS encryption, versioning, public access block, TLS-only policy.
key = kms.create_key(Description="phi key")["KeyMetadata"]["KeyId"]
kms.enable_key_rotation(KeyId=key)
lazy_key = kms.create_key(Description="no rotation")["KeyMetadata"]["KeyId"]
s3.create_bucket(Bucket="clinic-records")
s3.put_bucket_tagging(Bucket="clinic-records", Tagging={"TagSet": [{"Key": "phi", "Value": "true"}]})
s3.put_bucket_encryption(
    Bucket="clinic-records",
    ServerSideEncryptionConfiguration={
        "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": key}}]
    },
)
s3.put_bucket_versioning(Bucket="clinic-records", VersioningConfiguration={"Status": "Enabled"})
s3.put_public_access_block(
    Bucket="clinic-records",
    PublicAccessBlockConfiguration={
        "BlockPublicAcls": True, "IgnorePublicAcls": True,
        "BlockPublicPolicy": True, "RestrictPublicBuckets": True,
    },
)
s3.put_bucket_policy(Bucket="clinic-records", Policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Effect": "Deny", "Principal": "*", "Action": "s3:*",
        "Resource": ["arn:aws:s3:::clinic-records", "arn:aws:s3:::clinic-records/*"],
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
    }],
}))
# A trail that exists but is not logging.
s3.create_bucket(Bucket="clinic-trail")
trail.create_trail(Name="clinic-trail", S3BucketName="clinic-trail", IsMultiRegionTrail=True)
# Storage.
phi = [{"ResourceType": "volume", "Tags": [{"Key": "phi", "Value": "true"}]}]
vol = ec2.create_volume(AvailabilityZone="us-east-1a", Size=8, Encrypted=False, TagSpecifications=phi)["VolumeId"]
snap = ec2.create_snapshot(VolumeId=vol)["SnapshotId"]
ec2.modify_snapshot_attribute(
    SnapshotId=snap, Attribute="createVolumePermission", OperationType="add", GroupNames=["all"]
)
ec2.create_volume(AvailabilityZone="us-east-1a", Size=8, Encrypted=True, KmsKeyId=key, TagSpecifications=phi)
sg = ec2.create_security_group(GroupName="ssh-open", Description="ssh from anywhere")["GroupId"]
ec2.authorize_security_group_ingress(
    GroupId=sg, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]
)
rds.create_db_instance(
    DBInstanceIdentifier="patients-db", Engine="postgres", DBInstanceClass="db.t3.micro",
    MasterUsername="clinic", MasterUserPassword="not-a-real-secret-1", AllocatedStorage=20,
    StorageEncrypted=False, BackupRetentionPeriod=0, Tags=[{"Key": "phi", "Value": "true"}],
)
ddb.create_table(
    TableName="appointments", BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
    Tags=[{"Key": "phi", "Value": "true"}],
)
sqs.create_queue(QueueName="lab-results", Attributes={"KmsMasterKeyId": key}, tags={"phi": "true"})
logs.create_log_group(logGroupName="/clinic/app")
