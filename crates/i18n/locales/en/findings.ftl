# Finding messages that have a Fluent form (Outcome::l10n in the rules). One message is one
# sentence; its English text must equal the rule's own English message exactly (a test
# renders every rule fixture and compares). Arguments are identifiers or names from the
# input, never English words.

## Added by the engine to any finding

engine-not-phi = not marked as holding PHI
engine-conditional-resource = The resource exists only when condition '{ $condition }' holds, which depends on an unset parameter; it is judged as if created.
engine-phi-path = PHI path: { $path }

## s3-bucket-encryption

s3-encryption-declared = default encryption { $algorithm } is declared
s3-encryption-invalid = SSEAlgorithm '{ $algorithm }' is not a valid server-side encryption algorithm
s3-encryption-no-algorithm = BucketEncryption declares no default encryption algorithm

## s3-bucket-versioning

s3-versioning-absent = versioning is not configured; S3 buckets are unversioned by default
s3-versioning-enabled = versioning is enabled
s3-versioning-suspended = versioning is Suspended: earlier versions are kept, but new overwrites and deletes are not recoverable
s3-versioning-other = versioning status '{ $status }' is not Enabled

## rds-storage-encrypted

rds-aurora-member = member of an Aurora cluster; the cluster carries the verdict
rds-storage-encrypted-absent = StorageEncrypted is not set; RDS storage is unencrypted by default

## vpc-flow-logs

vpc-flow-logs-all-traffic = flow log '{ $log }' records all traffic of the VPC
vpc-flow-logs-all-subnets = every subnet of the VPC has a flow log recording all traffic
vpc-flow-logs-none = no flow log records the VPC's traffic

## sns-topic-encryption

sns-topic-encryption-kms = messages are encrypted at rest with a KMS key
sns-topic-encryption-absent = KmsMasterKeyId is not set: SNS does not encrypt stored messages by default

## sqs-queue-encryption

sqs-queue-encryption-kms = messages are encrypted with a KMS key (KmsMasterKeyId)
sqs-queue-encryption-sse-sqs = messages are encrypted with SQS-managed keys (SSE-SQS)
sqs-queue-encryption-disabled = SqsManagedSseEnabled is false and no KMS key is set: messages are stored unencrypted

## sqs-queue-tls-only

sqs-tls-no-policy = no queue policy denies requests without TLS (the queue has no policy)
sqs-tls-enforced = the queue policy denies requests without TLS
