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

## s3-bucket-tls-only

s3-tls-enforced = bucket policy { $policies } denies requests made without TLS on the bucket and its objects
s3-tls-no-policy = no bucket policy denies requests made without TLS; S3 accepts plain HTTP unless a policy denies aws:SecureTransport = false
s3-tls-missing = bucket policy { $policies } has no statement denying requests made without TLS (Effect Deny, Principal "*", Condition Bool aws:SecureTransport = false)

## s3-bucket-access-logging

s3-logging-on-to = server access logging is on to { $bucket }
s3-logging-on-other = server access logging is on to another bucket
s3-logging-on-itself = server access logging is on into the bucket itself
s3-logging-on = server access logging is on
s3-logging-data-events = no server access logging, but a CloudTrail trail records S3 data events for this bucket
s3-logging-none = neither server access logging (LoggingConfiguration) nor CloudTrail S3 data events record access to this bucket's objects

## s3-bucket-public-access-block

s3-pab-account = the account's Block Public Access has all four settings on, which covers this bucket
s3-pab-public-acl = the bucket grants the public canned ACL { $acl } and declares no PublicAccessBlockConfiguration
s3-pab-live-absent = the bucket has no Block Public Access configuration and the account's does not turn all four settings on
s3-pab-incomplete-one-account = Block Public Access is incomplete: { $settings } is off (on neither the bucket nor the account)
s3-pab-incomplete-many-account = Block Public Access is incomplete: { $settings } are off (on neither the bucket nor the account)
s3-pab-incomplete-one = Block Public Access is incomplete: { $settings } is off (a setting left out is off)
s3-pab-incomplete-many = Block Public Access is incomplete: { $settings } are off (a setting left out is off)
s3-pab-all-on = all four Block Public Access settings are on

## s3-transfer-acceleration-protected

s3-acceleration-off = Transfer Acceleration is not enabled
s3-acceleration-protected = the accelerated bucket declares default encryption and denies requests without TLS

## logs-group-kms-encryption

logs-kms-set = the log group is encrypted with a KMS key
logs-kms-absent = KmsKeyId is not set: CloudWatch Logs encrypts the data with service-managed keys by default, but only a KMS key limits access by key policy and leaves a key-usage trail in CloudTrail

## logs-group-retention

logs-retention-days = log events are kept { $days } day(s)
logs-retention-absent = RetentionInDays is not set: log events that may contain PHI never expire, and no retention decision is recorded; declare the period your retention policy requires

## rds-backup-retention

rds-backup-cluster-member = member of a DB cluster; the cluster's backup retention applies
rds-backup-read-replica = read replica; automated backups are kept for its source database
rds-backup-zero = BackupRetentionPeriod is 0: automated backups and point-in-time recovery are off
rds-backup-short = automated backups are kept for { $days } day(s); 7 days or more is recommended for PHI
rds-backup-days = automated backups are kept for { $days } days

## rds-multi-az

rds-multi-az-cluster = Multi-AZ DB clusters place their instances in three Availability Zones
rds-multi-az-serverless = Aurora Serverless v1 manages its own failover
rds-multi-az-no-instance = no instance of the cluster is defined in the scan
rds-multi-az-single = the Aurora cluster has a single instance, so there is no replica in another Availability Zone to fail over to
rds-multi-az-instances = the Aurora cluster has { $count } instances
rds-multi-az-member = member of a DB cluster; the cluster carries the verdict
rds-multi-az-replica = a read replica; its source carries the verdict
rds-multi-az-absent = MultiAZ is not set, so the database runs in a single Availability Zone

## rds-tls-enforced

rds-tls-cluster-member = member of a DB cluster; the cluster's parameter group carries the verdict
rds-tls-oracle = Oracle encrypts connections with Native Network Encryption in the option group (rule rds-oracle-encryption-in-transit)
rds-tls-other-engine = engine '{ $engine }' has no TLS requirement in the whitepaper
rds-tls-custom = RDS Custom: TLS is configured on the database host, not in a parameter group
rds-tls-aurora-instance = Aurora instances take TLS settings from their cluster

## sns-subscription-https

sns-sub-topic-not-phi = topic '{ $topic }' is not marked as carrying PHI
sns-sub-not-written = { $path } is not written
sns-sub-not-phi = not marked as carrying PHI
sns-sub-no-inline = no inline subscriptions (separate AWS::SNS::Subscription resources are judged on their own)
sns-sub-empty = the inline Subscription list is empty
sns-sub-http = delivers messages over plain http: anything published to the topic crosses the network unencrypted
sns-sub-https = delivers over https
sns-sub-aws-service = delivers to { $protocol } over TLS inside AWS's service endpoints
sns-sub-unencrypted-channel = delivers by { $protocol }, which leaves AWS without end-to-end encryption; keep PHI out of these notifications
sns-sub-unrecognised = unrecognised delivery protocol '{ $protocol }'

## redshift-audit-logging

redshift-audit-absent = LoggingProperties is not set: audit logging is off
redshift-audit-cloudwatch = audit logs go to CloudWatch Logs
redshift-audit-s3 = audit logs go to S3
redshift-audit-no-destination = LoggingProperties names neither an S3 bucket nor CloudWatch Logs: audit logging is off

## redshift-encryption-at-rest

redshift-encrypted = the cluster is encrypted
redshift-encrypted-false = Encrypted is false: the cluster's data and backups are not encrypted

## glue-catalog-encryption

glue-catalog-passwords-encrypted = catalog metadata and connection passwords are encrypted with KMS
glue-catalog-passwords-clear = ReturnConnectionPasswordEncrypted is false: connection passwords are returned in clear text
glue-catalog-passwords-absent = connection-password encryption is not enabled
glue-catalog-not-phi = not marked as holding PHI

## glue-connection-ssl

glue-connection-not-jdbc = not a JDBC connection

## glue-job-encryption

glue-job-python-shell = Python shell jobs write through their own code
glue-job-ray = Ray jobs' S3 encryption settings are not judged
glue-job-sse-s3 = the job writes S3 data with SSE-S3 (--encryption-type)
glue-job-no-encryption = the job has no security configuration and no --encryption-type, so its S3 output carries no server-side encryption setting

## sagemaker-endpoint-kms

sagemaker-endpoint-kms-set = hosting storage is encrypted with the named KMS key
sagemaker-endpoint-no-variants = the endpoint configuration has no production variants

## sagemaker-job-output-kms

sagemaker-job-not-job = not a job definition
sagemaker-job-output-kms-set = job outputs are encrypted with the named KMS key
sagemaker-pipeline-s3 = the pipeline definition is read from S3 (PipelineDefinitionS3Location), so its steps cannot be judged here
sagemaker-pipeline-no-steps = the pipeline definition lists no readable Steps

## sagemaker-notebook-kms

sagemaker-notebook-not-phi = not marked as holding PHI

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-disabled = direct internet access is disabled; traffic goes through the VPC
sagemaker-notebook-internet-absent = DirectInternetAccess is not set; notebooks get direct internet access by default

## iam-console-user-mfa

iam-console-no-password = the user has no console password
iam-console-password-not-collected = CredentialReport.PasswordEnabled was not collected
iam-console-has-mfa = the console user has MFA
iam-console-mfa-not-collected = CredentialReport.MfaActive was not collected

## iam-console-user-no-access-keys

iam-console-no-active-key = the console user has no active access key

## ses-receipt-s3-kms

ses-receipt-disabled = the receipt rule is disabled
ses-receipt-no-actions = the receipt rule has no actions
ses-receipt-no-s3 = the receipt rule does not store mail in S3
ses-receipt-kms = received mail is encrypted with KMS before SES stores it in S3

## ses-tls-required

ses-tls-require = delivery requires TLS; SES will not fall back to plaintext
ses-tls-absent = no TlsPolicy is set; the default (OPTIONAL) delivers in clear text when the receiving server does not offer TLS

## transfer-server-logging

transfer-logging-on = the server logs user activity to CloudWatch Logs
transfer-logging-absent = no LoggingRole or StructuredLogDestinations: user sessions and file transfers are not logged

## transfer-server-no-ftp

transfer-sftp-only = the server offers only SFTP (the default)

## transfer-user-home-bucket-encrypted

transfer-home-efs = the server stores files in EFS
transfer-home-none = the user has no home directory
transfer-home-not-s3 = no S3 home directory

## macie-enabled

macie-no-phi-bucket = no S3 bucket holding PHI in the scanned accounts and regions
macie-no-session-no-phi = no Macie session and no S3 bucket holding PHI in the scan
macie-session-default = the Macie session is enabled (Status defaults to ENABLED)
macie-session-enabled = the Macie session is enabled

## macie-job-bucket-encryption

macie-job-criteria = the job selects buckets by criteria, not by name
macie-job-no-buckets = the job names no buckets

## ssm-output-encrypted

ssm-output-no-s3 = no S3 output location
ssm-output-not-session-prefs = not a Session Manager preferences document
ssm-output-no-content = the document has no content
ssm-output-encrypted-only = session transcripts are sent only to encrypted destinations

## ssm-parameter-secure-string

ssm-parameter-secure = the parameter is a SecureString, encrypted with KMS

## kinesis-stream-encryption

kinesis-stream-unencrypted = StreamEncryption is not set: the stream stores records unencrypted
kinesis-stream-kms = records are encrypted with a KMS key

## kms-key-rotation

kms-rotation-absent = EnableKeyRotation is not set; KMS keys do not rotate unless it is true

## lambda-url-auth

lambda-url-iam = callers must sign requests with IAM credentials
lambda-url-none = the function has no function URL

## msk-broker-logs

msk-broker-logs-none = no broker log destination is enabled under LoggingInfo.BrokerLogs

## msk-encryption-at-rest-kms

msk-storage-kms = broker storage is encrypted with a declared KMS key

## msk-public-access-disabled

msk-public-disabled = public access is DISABLED

## msk-tls-in-transit

msk-tls-on = ClientBroker is TLS and inter-broker encryption is on

## neptune-audit-logs

neptune-audit-not-exported = EnableCloudwatchLogsExports does not include audit
neptune-audit-default-group = audit logs are exported but the default cluster parameter group leaves neptune_enable_audit_log at 0, so nothing is recorded

## neptune-tls

neptune-tls-current-engine = no EngineVersion is pinned, so the cluster runs a current engine, which accepts only HTTPS

## qldb-ledger-kms

qldb-kms-aws-owned = encryption with the AWS owned key is declared
qldb-kms-declared = the ledger is encrypted with a declared KMS key

## qldb-permissions-mode-standard

qldb-permissions-allow-all = PermissionsMode is ALLOW_ALL: anyone allowed SendCommand can read and change every table
qldb-permissions-not-written = PermissionsMode is required but not written
qldb-permissions-standard = the ledger checks table-level IAM permissions (STANDARD)

## opensearch-vpc-access

opensearch-public-unreadable-policy = the domain has a public endpoint and its access policy cannot be read
opensearch-in-vpc = the domain runs inside a VPC

## iot-domain-tls-policy

iot-domain-default-policy = the default security policy requires TLS 1.2 or later

## iot-policy-no-wildcard

iot-policy-no-wildcard = no statement allows every IoT action on every resource
iot-policy-no-document = the policy has no document

## healthlake-datastore-kms

healthlake-kms-customer = encrypted with a customer managed KMS key
healthlake-kms-aws-owned = encryption with the AWS-owned key is declared

## guardduty-enabled

guardduty-enable-absent = Enable is not set on the detector
guardduty-nothing-scanned = nothing was scanned

## globalaccelerator-encrypted-listener

ga-port-range-unresolvable = a port range is not resolvable
ga-all-ports-tls = every listener port reaches a TLS-terminating endpoint
ga-no-port-ranges = the listener declares no port ranges
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

## judge: glue.rs

glue-connection-ssl-absent = JDBC connection '{ $connection }' does not set JDBC_ENFORCE_SSL, so Glue may connect without TLS
glue-connection-ssl-enforced = JDBC connection '{ $connection }' enforces SSL
glue-connection-ssl-false = JDBC connection '{ $connection }' sets JDBC_ENFORCE_SSL to false, so Glue may connect without TLS

## glue-catalog-encryption

glue-catalog-mode-other = CatalogEncryptionMode is { $mode }: catalog metadata is not encrypted
glue-catalog-mode-absent = CatalogEncryptionMode is not set: catalog metadata is not encrypted
glue-catalog-settings-elsewhere = the scan's DataCatalogEncryptionSettings carry the verdict
glue-catalog-no-settings = no AWS::Glue::DataCatalogEncryptionSettings in the scan: the Data Catalog holding this database is not encrypted by default

## glue-job-encryption

glue-job-sc-no-s3 = security configuration '{ $configuration }' does not encrypt S3 data
glue-job-sc-disabled = security configuration '{ $configuration }' leaves S3 encryption DISABLED
glue-job-sc-encrypts = security configuration '{ $configuration }' encrypts S3 data ({ $mode })
glue-job-sc-outside = security configuration '{ $configuration }' is not in this scan
glue-job-sc-other = SecurityConfiguration points at '{ $target }', a { $kind }

## ssm-output-encrypted

ssm-output-flag-false = { $flag } is false: session transcripts go to { $destination } unencrypted
ssm-output-flag-absent = { $flag } is not written, so whether session transcripts are encrypted is not shown
ssm-output-no-destination = session transcripts are not sent to S3 or CloudWatch Logs

## ssm-parameter-secure-string

ssm-parameter-not-secret = '{ $name }' does not name a secret
ssm-parameter-reference = '{ $name }' points at a secret kept elsewhere, not the secret itself
ssm-parameter-clear = '{ $name }' keeps a secret in a clear-text String parameter
ssm-parameter-copies = '{ $name }' copies a secret into a clear-text String parameter
ssm-parameter-no-value = '{ $name }' has no value in the template

## dynamodb-no-phi-in-keys

dynamodb-keys-identifier = key attribute '{ $attribute }' names a patient identifier; key and index attributes stay unencrypted in queries, logs and client-side encryption
dynamodb-keys-no-schema = no key schema is written
dynamodb-keys-clean = no key or index attribute names a patient identifier

## dynamodb-point-in-time-recovery

dynamodb-pitr-absent = point-in-time recovery is not enabled; it is off by default
dynamodb-pitr-no-replicas = the global table declares no replicas
dynamodb-pitr-replicas-off = point-in-time recovery is off for the replica(s) in { $regions }
dynamodb-pitr-all-replicas = point-in-time recovery is enabled on every replica

## dynamodb-table-kms-encryption

dynamodb-sse-absent = SSESpecification is not set: the table is encrypted with an AWS-owned key (the DynamoDB default), whose use leaves no trail in your CloudTrail; enable SSE with a KMS key
dynamodb-sse-false = SSEEnabled is false: the table is encrypted with an AWS-owned key (the DynamoDB default), whose use leaves no trail in your CloudTrail; enable SSE with a KMS key
dynamodb-sse-type-invalid = SSEType '{ $type }' is not a DynamoDB encryption type (only KMS is)
dynamodb-sse-customer-key = the table is encrypted with a customer managed KMS key
dynamodb-sse-aws-managed-key = the table is encrypted with the AWS managed KMS key aws/dynamodb

## config-recorder-enabled

config-recorder-listed-types = the recorder records only the resource types it lists
config-recorder-all-supported-false = AllSupported is false: the recorder records only the resource types it lists
config-recorder-stopped = the recorder in account { $account } region { $region } is stopped
config-recorder-stopped-last = the recorder in account { $account } region { $region } is stopped (last status { $status })
config-recorder-status-not-collected = the recorder's status was not collected (config:DescribeConfigurationRecorderStatus)
config-recorder-no-channel-in = no delivery channel in account { $account } region { $region }: the recorder's configuration history goes nowhere
config-recorder-live-ok = the Config recorder in account { $account } region { $region } is recording all supported resource types and has a delivery channel
config-recorder-none = no AWS Config recorder is defined in the scanned files; Config is enabled per account and Region, so check the account (or scan its baseline stack too)
config-recorder-no-channel = no AWS::Config::DeliveryChannel is defined, so the recorder cannot start
config-recorder-status-off = recorder status '{ $status }' keeps the recorder stopped
config-recorder-terraform-status = Terraform does not start the recorder without an aws_config_configuration_recorder_status with is_enabled = true
config-recorder-ok = the Config recorder records all supported resource types and has a delivery channel

## sagemaker-endpoint-kms

sagemaker-endpoint-ebs-no-key = no KmsKeyId: the EBS storage of the { $instance-type } hosting instances is not encrypted with a key the team names
sagemaker-endpoint-local-storage = every variant is serverless or uses instance types with hardware-encrypted local storage, which take no KMS key

## sagemaker-job-output-kms

sagemaker-schedule-named-job = the schedule runs a named job definition, which carries the verdict
sagemaker-job-output-kms-default-missing = No KMS key is named for the job's outputs
sagemaker-job-output-kms-default-does = encrypts them with the account's AWS managed S3 key
sagemaker-pipeline-no-job-steps = the pipeline has no training, processing, transform or tuning steps
sagemaker-pipeline-all-keys = every job step names an output KMS key ({ $steps })

## sagemaker-notebook-kms

sagemaker-domain-kms-set = the domain's EFS home directories is encrypted with the named KMS key
sagemaker-notebook-kms-set = the notebook's ML storage volume is encrypted with the named KMS key
sagemaker-domain-kms-absent = KmsKeyId is not set: no KMS key the team names protects the domain's EFS home directories
sagemaker-notebook-kms-absent = KmsKeyId is not set: no KMS key the team names protects the notebook's ML storage volume

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-other = DirectInternetAccess is { $value }: the notebook reaches the internet outside the VPC's controls

## redshift-encryption-at-rest

redshift-encryption-at-rest-default-missing = Encrypted is not declared
redshift-encryption-at-rest-default-does = has encrypted new provisioned clusters by default since January 2025

## redshift-require-ssl

redshift-require-ssl-default-missing = No parameter group is declared, so the configuration does not require SSL
redshift-require-ssl-default-does = applies a default parameter group with require_ssl = true to clusters created since January 2025
redshift-ssl-default-group = '{ $group }' is an AWS default parameter group; whether it requires SSL depends on when the cluster was created
redshift-ssl-group-outside = ClusterParameterGroupName names '{ $group }', a parameter group outside this scan; whether it sets require_ssl cannot be checked
redshift-ssl-true = parameter group '{ $group }' sets require_ssl = true
redshift-ssl-false = parameter group '{ $group }' sets require_ssl = false: clients may connect without SSL
redshift-ssl-unreadable = require_ssl in parameter group '{ $group }' is '{ $value }', which reads neither as true nor as false
redshift-ssl-not-literal = require_ssl in parameter group '{ $group }' is not a literal value, which reads neither as true nor as false
redshift-ssl-absent = parameter group '{ $group }' does not set require_ssl, which defaults to false: clients may connect without SSL

## not-for-phi-service

not-for-phi-marked = marked as holding PHI, but the whitepaper says { $service } must not store, transmit or process PHI

## eligibility-phi-in-eligible-service

eligibility-what-marked = is marked as holding PHI and is
eligibility-what-assumed = is a data store (assumed to hold PHI: nothing in the scan is marked) and is
eligibility-what-backend = the backend of an API that carries PHI is
eligibility-custom = { $what } a custom resource: the code behind it runs elsewhere, so its service cannot be read from the template
eligibility-eligible = { $what } { $kind }, a HIPAA-eligible service (whitepaper: { $services })
eligibility-eligible-more = { $what } { $kind }, a HIPAA-eligible service (whitepaper: { $services } and { $more } more)
eligibility-supporting = { $what } { $kind } ({ $service }), which has no section of its own in the whitepaper; verify against the current HIPAA Eligible Services Reference
eligibility-not-in-whitepaper = { $what } { $kind } ({ $service }), which is not covered by the whitepaper; verify against the current HIPAA Eligible Services Reference
eligibility-newer = { $what } { $kind }, a healthcare service launched after the whitepaper; verify against the current HIPAA Eligible Services Reference
eligibility-unlisted = { $what } { $kind }, which is not a HIPAA-eligible service in the whitepaper: the BAA does not cover PHI there

## msk-broker-logs

msk-broker-logs-absent = no broker log destination is configured (LoggingInfo.BrokerLogs is not set)
msk-broker-logs-to = broker logs are delivered to { $destination }

## msk-encryption-at-rest-kms

msk-encryption-at-rest-kms-default-missing = No KMS key is declared for the broker volumes
msk-encryption-at-rest-kms-default-does = encrypts MSK broker storage with the AWS managed key aws/kafka when none is named

## msk-public-access-disabled

msk-public-absent = public access is not turned on (MSK creates brokers without public addresses)
msk-public-on = public access is { $type }: brokers get public addresses reachable from the internet

## msk-tls-in-transit

msk-tls-in-transit-default-missing = Encryption in transit is not declared
msk-tls-in-transit-default-does = defaults new MSK clusters to ClientBroker TLS and InCluster true
msk-tls-client-other = ClientBroker is { $value }: clients may send and receive PHI without TLS
msk-tls-in-cluster-false = InCluster is false: brokers replicate PHI to each other without TLS
msk-tls-in-transit-default-missing-2 = ClientBroker is not declared
msk-tls-in-transit-default-does-2 = defaults ClientBroker to TLS

## opsworks-no-plaintext-secrets

opsworks-no-custom-json = the stack has no custom JSON
opsworks-custom-json-secret = { $path } stores a secret in clear-text custom JSON
opsworks-custom-json-clean = the stack's custom JSON holds no secret-named values
opsworks-no-environment = the app sets no environment variables
opsworks-env-not-secure = environment variable { $key } is not marked Secure, so DescribeApps returns it in clear text
opsworks-env-not-secure-default = environment variable { $key } is not marked Secure (the default), so DescribeApps returns it in clear text
opsworks-env-all-secure = every secret-named environment variable is marked Secure

## storagegateway-audit-logging

storagegateway-logs-delivered = logs are delivered to the named destination
storagegateway-gateway-no-logs = no CloudWatchLogGroupARN: the gateway sends no logs to CloudWatch Logs
storagegateway-share-no-audit = no AuditDestinationARN: the file share records no audit log of file access

## storagegateway-file-share-encryption

storagegateway-not-phi = not marked as holding PHI
storagegateway-kms-type = objects are encrypted with a KMS key ({ $type })
storagegateway-sse-s3 = SSE-S3 encryption of the objects is declared
storagegateway-type-unknown = EncryptionType '{ $type }' is not a known type
storagegateway-kms-flag = objects are encrypted with a KMS key (KMSEncrypted)
storagegateway-kms-flag-false = SSE-S3 encryption of the objects is declared (KMSEncrypted: false)
storagegateway-file-share-encryption-default-missing = The file share does not declare how its objects are encrypted
storagegateway-file-share-encryption-default-does = stores file gateway objects with SSE-S3 by default

## stepfunctions-logging-no-data

stepfunctions-logging-off = execution logging is off (Level OFF)
stepfunctions-data-false = execution logs leave out state input and output (IncludeExecutionData false)
stepfunctions-data-absent = execution logs leave out state input and output (IncludeExecutionData is not set; the default is false)
stepfunctions-group-outside = execution data is logged to a log group that is not defined here ({ $path }); check that it is encrypted with a KMS key
stepfunctions-no-group = IncludeExecutionData is true but no log group destination is resolvable
stepfunctions-group-no-key = IncludeExecutionData is true and log group '{ $group }' has no KmsKeyId: state input and output, which may carry PHI, are logged without a KMS key
stepfunctions-groups-encrypted = execution data is logged only to KMS-encrypted log groups

## stepfunctions-no-phi

stepfunctions-no-phi-marked = marked as holding PHI, but the whitepaper says Step Functions must not store, transmit or process PHI; pass references and keep PHI in eligible data stores

## kinesisanalytics-encrypted-streams

kinesisanalytics-input-outside = the input stream { $stream } is not in the scan
kinesisanalytics-stream-not-kms = the stream '{ $stream }' is not encrypted with KMS
kinesisanalytics-stream-unencrypted = the stream '{ $stream }' has no server-side encryption, so PHI in it is unencrypted at rest
kinesisanalytics-no-stream = the application names no Kinesis stream in the template (sources set in code need a review)
kinesisanalytics-streams-kms = the { $count } stream(s) the application uses are KMS-encrypted

## kinesisanalytics-logging

kinesisanalytics-logging-option = the logging option '{ $option }' sends the application's logs to CloudWatch
kinesisanalytics-logging-maybe = the logging option '{ $option }' may belong to this application: its ApplicationName is not set
kinesisanalytics-logging-none = no CloudWatch logging option is attached to the application, so its logs are not kept

## fargate-efs-transit-encryption

fargate-not-fargate = not a Fargate task definition
fargate-no-efs = the task mounts no EFS volumes
fargate-efs-no-tls = EFS volume '{ $volume }' is mounted without TLS (TransitEncryption { $value })
fargate-efs-no-tls-default = EFS volume '{ $volume }' is mounted without TLS (TransitEncryption defaults to DISABLED)
fargate-efs-all-tls = every EFS volume is mounted with TLS

## judge: emr_security.rs

emr-no-security-configuration = the cluster names no SecurityConfiguration, so EMR encrypts neither local disks nor traffic between nodes
emr-security-configuration-outside = the security configuration '{ $configuration }' is not defined in the scanned files
emr-security-configuration-no-document = the security configuration '{ $configuration }' has no document
emr-security-configuration-unreadable = the security configuration '{ $configuration }' is not a readable JSON document

## emr-at-rest-encryption

emr-at-rest-off = the security configuration '{ $configuration }' does not enable at-rest encryption
emr-at-rest-without = the security configuration '{ $configuration }' enables at-rest encryption without { $part }
emr-at-rest-without-both = the security configuration '{ $configuration }' enables at-rest encryption without S3EncryptionConfiguration or LocalDiskEncryptionConfiguration
emr-at-rest-all = the security configuration '{ $configuration }' encrypts EMRFS data, local disks and EBS volumes
emr-at-rest-no-ebs = the security configuration '{ $configuration }' encrypts EMRFS data and local disks (EnableEbsEncryption would also cover the EBS root volume)

## emr-in-transit-encryption

emr-in-transit-on = the security configuration '{ $configuration }' enables in-transit encryption
emr-in-transit-off = the security configuration '{ $configuration }' does not enable in-transit encryption

## judge: declared_key.rs

declared-key-ref = encrypted with the KMS key '{ $key }'
declared-key-literal = encrypted with the KMS key { $key }
