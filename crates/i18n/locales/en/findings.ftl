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

## Shared helper: require_true (crates/rules/src/outcome.rs). `what` is a message reference
## (a what-* id below), rendered in the report's language.

helper-true-on = { $what }: { $path } is true
helper-true-off = { $what } is off: { $path } is false
what-log-file-integrity-validation = log file integrity validation
what-multi-region-logging = multi-region logging
what-storage-encryption = storage encryption
what-point-in-time-recovery = point-in-time recovery
what-ebs-encryption = EBS encryption
what-encryption-at-rest = encryption at rest
what-access-logging = access logging

## Shared helper: Ctx::aws_default (crates/rules/src/engine.rs). `missing` and `does` are
## message references (the *-default-missing / *-default-does ids of each rule below).

helper-aws-default-trusted = { $missing }; accepted because AWS { $does } (trust_aws_defaults)
helper-aws-default-fail = { $missing }. AWS { $does }, but the configuration does not declare it, so it is no evidence for an audit

## mq-encryption-at-rest

mq-encryption-at-rest-default-missing = No at-rest encryption option is declared
mq-encryption-at-rest-default-does = encrypts ActiveMQ brokers with an AWS owned key when none is declared
mq-encryption-at-rest-default-missing-2 = EncryptionOptions does not say which key encrypts the broker
mq-encryption-at-rest-default-does-2 = uses an AWS owned key when UseAwsOwnedKey is not set

## backup-vault-kms-key

backup-vault-kms-key-default-missing = No EncryptionKeyArn is declared for the backup vault
backup-vault-kms-key-default-does = encrypts the vault's backups with the AWS Backup default key (aws/backup)

## databrew-job-encryption

databrew-job-encryption-default-missing = No encryption mode is set for the job output
databrew-job-encryption-default-does = encrypts new S3 objects with SSE-S3 by default

## dms-target-encrypted

dms-target-encrypted-default-missing = No encryption mode is named for the S3 target files
dms-target-encrypted-default-does = writes them with SSE-S3 by default

## eks-secrets-encryption

eks-secrets-encryption-default-missing = No envelope encryption of Kubernetes secrets with a KMS key is declared
eks-secrets-encryption-default-does = encrypts Kubernetes API data on clusters running 1.28 or later with an AWS-owned key

## elasticache-at-rest-encryption

elasticache-at-rest-encryption-default-missing = AtRestEncryptionEnabled is not declared
elasticache-at-rest-encryption-default-does = encrypts Valkey replication groups at rest by default

## athena-workgroup-results-encrypted

athena-workgroup-results-encrypted-default-missing = No encryption of query results is declared
athena-workgroup-results-encrypted-default-does = has encrypted new objects in the results bucket with SSE-S3 since January 2023

## codebuild-artifact-encryption

codebuild-artifact-encryption-default-missing = No KMS key is named for the build output
codebuild-artifact-encryption-default-does = encrypts it with the AWS managed key aws/s3

## codecommit-repository-kms

codecommit-repository-kms-default-missing = No KMS key is named for the repository
codecommit-repository-kms-default-does = encrypts repositories with the AWS managed key aws/codecommit

## ecr-repository-encryption

ecr-repository-encryption-default-missing = No image encryption is declared
ecr-repository-encryption-default-does = encrypts images with AES256 (SSE-S3) by default

## Shared helpers: why a path's value cannot be read (string_attr, is_set, written, require_true)

helper-path-ref = { $path } refers to '{ $target }', known only at deploy time
helper-path-secret = { $path } comes from a secret
helper-path-choice = { $path } depends on condition '{ $condition }', which depends on an unset parameter or variable
helper-path-literal-secret = { $path } is a secret whose literal default is committed in the repository
helper-path-not-literal = { $path } is not a literal value
helper-path-not-string = { $path } is not a string
helper-true-ref = { $what }: { $path } refers to '{ $target }', known only at deploy time
helper-true-secret = { $what }: { $path } comes from a secret
helper-true-choice = { $what }: { $path } depends on condition '{ $condition }', which depends on an unset parameter or variable
helper-true-literal-secret = { $what }: { $path } is a secret whose literal default is committed in the repository
helper-true-not-literal = { $what }: { $path } is not a literal value

## ec2-imdsv2

ec2-imdsv2-disabled = the instance metadata service is disabled
ec2-imdsv2-tokens-absent = HttpTokens is not set, so IMDSv1 stays available unless the AMI or the account default requires tokens
ec2-imdsv2-required = IMDSv2 session tokens are required
ec2-imdsv2-optional = HttpTokens is optional, so IMDSv1 requests can read the instance's role credentials
ec2-imdsv2-template = the launch template '{ $template }' carries the metadata options
ec2-imdsv2-template-outside = the metadata options come from the launch template '{ $template }', which is not in the scan

## elb-access-logs

elb-access-logs-policy-absent = AccessLoggingPolicy is not enabled: requests are not logged
elb-access-logs-gateway = Gateway Load Balancers have no access logs
elb-access-logs-nlb-no-tls = Network Load Balancer access logs record TLS connections only, and this one has no TLS listener in the scan
elb-access-logs-no-attribute = access logs are not enabled (no access_logs.s3.enabled attribute)
elb-access-logs-enabled = access logs are written to S3
elb-access-logs-disabled = access_logs.s3.enabled is false: requests are not logged
elb-access-logs-no-value = { $key } has no value

## ec2-flow-logs

ec2-flow-logs-no-subnet = no subnet is named (default VPC or a launch template's network settings)
ec2-flow-logs-subnets-outside = the subnets are defined outside the scan; VPC flow logs are judged where the VPC is defined
ec2-flow-logs-vpc-outside = the VPC is defined outside the scan; VPC flow logs are judged where the VPC is defined
ec2-flow-logs-uncovered-elsewhere = neither the subnet '{ $subnet }' nor the VPC '{ $vpc }' has a flow log in the template, and the flow log '{ $flowlog }' covers a VPC or subnet that cannot be resolved
ec2-flow-logs-uncovered = neither the subnet '{ $subnet }' nor the VPC '{ $vpc }' has a flow log, so traffic reaching the instances is not recorded
ec2-flow-logs-covered = the instances' subnets are covered by VPC flow logs

## elb-target-tls

elb-target-tls-lambda = Lambda targets are invoked through the Lambda API
elb-target-tls-no-protocol = Protocol is not written
elb-target-tls-encrypted = targets are reached over { $protocol }
elb-target-tls-quic = { $protocol } is always encrypted (TLS 1.3)
elb-target-tls-http = targets are reached over plain HTTP: the load balancer decrypts PHI and forwards it unencrypted
elb-target-tls-tcp-behind-tls = TLS listener '{ $listener }' terminates TLS and forwards plain TCP to these targets
elb-target-tls-tcp = TCP pass-through: the targets must terminate TLS themselves, which cannot be seen from the template
elb-target-tls-udp = { $protocol } passes traffic through; whether the application encrypts it cannot be seen
elb-target-tls-geneve = Gateway Load Balancer targets receive encapsulated traffic
elb-target-tls-other = unrecognised target group protocol '{ $protocol }'

## elb-listener-tls

elb-listener-tls-no-protocol = Protocol is not written (Gateway Load Balancer listeners have none)
elb-listener-tls-encrypted = the listener uses { $protocol }
elb-listener-tls-pass-through = { $protocol } passes traffic through unchanged; whether clients and targets use TLS end to end cannot be seen
elb-listener-tls-geneve = Gateway Load Balancer listeners carry encapsulated traffic
elb-listener-tls-other = unrecognised listener protocol '{ $protocol }'
