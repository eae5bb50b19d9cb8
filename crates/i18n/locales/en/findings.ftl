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

## judge: inherited.rs

inherited-key-declared = restored from { $path } with KmsKeyId declared: the restored copy is encrypted with that key whatever the source
inherited-encrypted = inherits encryption from { $source }
inherited-unencrypted = inherits unencrypted storage from { $source }; a copy of an unencrypted source is unencrypted
inherited-snapshot-of = encryption is inherited from the snapshot of { $source }, whose encryption the template does not show
inherited-snapshot-of-ignored = encryption is inherited from the snapshot of { $source }, whose encryption the template does not show; { $flag } is ignored when restoring or replicating
inherited-outside = encryption is inherited from { $path } '{ $source }', which is not in this scan
inherited-outside-ignored = encryption is inherited from { $path } '{ $source }', which is not in this scan; { $flag } is ignored when restoring or replicating
inherited-outside-key = encryption is inherited from { $path } '{ $source }', which is not in this scan; declare KmsKeyId to encrypt the restored copy
inherited-outside-ignored-key = encryption is inherited from { $path } '{ $source }', which is not in this scan; { $flag } is ignored when restoring or replicating; declare KmsKeyId to encrypt the restored copy

## judge: rds_settings.rs

rds-engine-inherited = the engine is inherited through { $path }, which is not resolvable here
rds-engine-not-written = Engine is not written
rds-engine-version-invalid = EngineVersion '{ $version }' is not a version
rds-parameter-group-outside = { $path } names '{ $group }', a parameter group outside this scan; whether it sets { $parameter } cannot be checked

## rds-backup-retention

rds-backup-retention-default-missing = BackupRetentionPeriod is not declared
rds-backup-retention-default-does = keeps automated backups for 1 day by default (7 days or more is recommended for PHI)

## rds-multi-az

what-multi-az-deployment = Multi-AZ deployment

## rds-oracle-encryption-in-transit

rds-oracle-cluster-member = member of a DB cluster, which is never Oracle
rds-oracle-other-engine = engine '{ $engine }' is not Oracle
rds-oracle-custom = RDS Custom for Oracle: network encryption is configured on the database host
rds-oracle-no-option-group = no option group is attached: the default option group has no Native Network Encryption, so connections may be unencrypted
rds-oracle-default-option-group = '{ $group }' is a default option group, which has no Native Network Encryption or SSL option
rds-oracle-option-group-outside = OptionGroupName names '{ $group }', an option group outside this scan; its encryption options cannot be checked
rds-oracle-nne-required = option group '{ $group }' enables NATIVE_NETWORK_ENCRYPTION with SQLNET.ENCRYPTION_SERVER = REQUIRED
rds-oracle-nne-not-required = option group '{ $group }' sets SQLNET.ENCRYPTION_SERVER = { $value }; only REQUIRED refuses unencrypted connections
rds-oracle-nne-no-server = option group '{ $group }' enables NATIVE_NETWORK_ENCRYPTION without SQLNET.ENCRYPTION_SERVER; its default, REQUESTED, still accepts unencrypted clients
rds-oracle-no-encryption-option = option group '{ $group }' has neither NATIVE_NETWORK_ENCRYPTION nor SSL, so connections may be unencrypted
rds-oracle-ssl = option group '{ $group }' enables the SSL option; make sure clients use its TLS port

## rds-sqlserver-audit

rds-sqlserver-cluster-member = member of a DB cluster, which is never SQL Server
rds-sqlserver-other-engine = engine '{ $engine }' is not SQL Server
rds-sqlserver-audit-custom = RDS Custom for SQL Server: auditing is configured on the database host
rds-sqlserver-audit-no-group = no parameter group is attached: the default group does not set rds.sqlserver_audit, so SQL Server auditing is off
rds-sqlserver-audit-default-group = '{ $group }' is a default parameter group, which does not set rds.sqlserver_audit
rds-sqlserver-audit-on = parameter group '{ $group }' sets rds.sqlserver_audit = fedramp_hipaa
rds-sqlserver-audit-other = parameter group '{ $group }' sets rds.sqlserver_audit = { $value }; set it to fedramp_hipaa to enable auditing
rds-sqlserver-audit-not-literal = rds.sqlserver_audit in parameter group '{ $group }' is not a literal value
rds-sqlserver-audit-unset = parameter group '{ $group }' does not set rds.sqlserver_audit, so SQL Server auditing is off
rds-sqlserver-audit-option = option group '{ $group }' enables SQL Server Audit (SQLSERVER_AUDIT); the whitepaper's parameter-group setting is rds.sqlserver_audit = fedramp_hipaa

## rds-sqlserver-edition

rds-sqlserver-express = SQL Server Express (sqlserver-ex) is not supported for PHI and must never store it
rds-sqlserver-2008r2 = SQL Server 2008 R2 ({ $version }) is supported for PHI in Enterprise edition only, not '{ $engine }'
rds-sqlserver-edition-supported = '{ $engine }' is an edition supported for PHI
rds-sqlserver-edition-other = SQL Server edition '{ $edition }' is not one the whitepaper supports for PHI (Web, Standard, Enterprise)

## rds-tls-enforced

rds-tls-param-on = { $engine }: parameter group '{ $group }' sets { $parameter } = { $value }
rds-tls-param-off = { $engine }: parameter group '{ $group }' sets { $parameter } = { $value }, so clients may connect without TLS
rds-tls-param-unreadable = { $engine }: { $parameter } in parameter group '{ $group }' is '{ $value }', which reads neither as on nor as off
rds-tls-param-not-literal = { $engine }: { $parameter } in parameter group '{ $group }' is not a literal value, which reads neither as on nor as off
rds-tls-family-default-on = { $engine }: parameter group '{ $group }' does not set { $parameter }, and its family's default ({ $engine } { $version }) requires TLS
rds-tls-family-default-off = { $engine }: parameter group '{ $group }' does not set { $parameter }, and the family's default lets clients connect without TLS
rds-tls-engine-default-off = { $engine }: parameter group '{ $group }' does not set { $parameter }; the engine default lets clients connect without TLS
rds-tls-default-group-on = { $engine } { $version } with the default parameter group: its default { $parameter } requires TLS; a custom parameter group setting it explicitly makes the control visible to auditors
rds-tls-default-group-off = { $engine } uses the default parameter group, which leaves { $parameter } off: clients may connect without TLS
rds-tls-enforced-default-missing = No parameter group and no engine version are declared, so TLS is not required by the configuration
rds-tls-enforced-default-does = creates PostgreSQL databases at a default version of 15 or later, whose default parameter group sets rds.force_ssl = 1

## judge: cache_engine.rs

cache-engine-unrecognised = unrecognised engine '{ $engine }'
cache-engine-not-written = Engine is not written
cache-engine-group-node = node of a replication group; the replication group carries the verdict
cache-engine-memcached = Memcached: the whitepaper's ElastiCache requirements are for Redis (rule elasticache-memcached-not-for-phi covers Memcached)
cache-engine-from-global = { $path } is inherited from the global datastore's primary replication group, which is not visible here

## elasticache-at-rest-encryption

elasticache-at-rest-serverless = serverless caches always encrypt data at rest
elasticache-at-rest-cache-cluster = a stand-alone cache cluster cannot encrypt data at rest; create a replication group with AtRestEncryptionEnabled
elasticache-at-rest-on = data at rest is encrypted (AtRestEncryptionEnabled)
elasticache-at-rest-off = AtRestEncryptionEnabled is false: data on disk and backups are not encrypted
elasticache-at-rest-absent = AtRestEncryptionEnabled is not set, and Redis OSS replication groups are unencrypted at rest by default

## elasticache-engine-version

elasticache-version-serverless = serverless caches run versions AWS manages
elasticache-version-valkey = Valkey (7.2 and later) is an eligible engine
elasticache-version-default = EngineVersion is not set: ElastiCache uses its current default version, which is eligible
elasticache-version-invalid = EngineVersion '{ $version }' is not a version
elasticache-version-326 = Redis 3.2.6 is an eligible version
elasticache-version-current = Redis { $version } is 4.0.10 or later
elasticache-version-ineligible = Redis { $version } is not eligible for PHI: use 3.2.6 or 4.0.10 and later

## elasticache-memcached-not-for-phi

elasticache-memcached-other-engine = runs { $engine }, which the Redis rules cover
elasticache-memcached-serverless = serverless Memcached encrypts data but cannot authenticate clients; the whitepaper supports PHI on ElastiCache for Redis only
elasticache-memcached = Memcached cannot encrypt data at rest or authenticate clients; the whitepaper supports PHI on ElastiCache for Redis only

## elasticache-node-type

elasticache-node-serverless = serverless caches have no node type
elasticache-node-not-written = CacheNodeType is not written (it comes from a snapshot or global datastore)
elasticache-node-invalid = '{ $node }' is not an ElastiCache node type
elasticache-node-previous = { $node } is a previous-generation node type
elasticache-node-current = { $node } is a current-generation node type

## elasticache-redis-auth

elasticache-auth-cache-cluster = a stand-alone cache cluster cannot require Redis AUTH; create a replication group with an AuthToken or user groups
elasticache-auth-rbac = clients authenticate through RBAC user groups
elasticache-auth-no-user-group = no user group is attached (UserGroupId): clients that reach the cache are not authenticated
elasticache-auth-none = neither AuthToken nor UserGroupIds is set: clients that reach the cache are not authenticated
elasticache-auth-token-short = the AuthToken written in the template is shorter than 16 characters; it is also readable by anyone with the template
elasticache-auth-token-long = the AuthToken written in the template is longer than 128 characters; it is also readable by anyone with the template
elasticache-auth-token-not-ascii = the AuthToken written in the template contains characters that are not printable ASCII; it is also readable by anyone with the template
elasticache-auth-token-forbidden = the AuthToken written in the template contains '/', '"' or '@'; it is also readable by anyone with the template
elasticache-auth-token-in-template = Redis AUTH is required; the token is written in the template, move it to Secrets Manager or a NoEcho parameter
elasticache-auth-token-in-repository = Redis AUTH is required; the token is written in the repository (a hidden literal or a variable's default), move it to Secrets Manager
elasticache-auth-token-secret = Redis AUTH is required (token supplied from a secret)

## elasticache-security-updates

elasticache-update-unnamed = (unnamed update)
elasticache-update-its-cluster = its cluster
elasticache-update-not-security = update { $name } is of type { $type }, not a security update
elasticache-update-type-not-collected = ServiceUpdateType was not collected
elasticache-update-status-not-collected = UpdateActionStatus was not collected
elasticache-update-done = security update { $name } is { $status } on { $target }
elasticache-update-no-date = security update { $name } is { $status } on { $target }, and its ServiceUpdateRecommendedApplyByDate was not read
elasticache-update-overdue = security update { $name } is { $status } on { $target }, { $days } day(s) past its recommended apply-by date { $date }
elasticache-update-not-due = security update { $name } is { $status } on { $target } but not due until { $date }

## elasticache-transit-encryption

elasticache-transit-serverless = serverless caches accept only TLS connections
elasticache-transit-preferred = TransitEncryptionMode is 'preferred': the cache still accepts unencrypted connections
elasticache-transit-required = TLS is required for every connection
elasticache-transit-mode-unknown = unrecognised TransitEncryptionMode '{ $mode }'
elasticache-transit-default-mode = TLS is enabled, and required (the default mode)
elasticache-transit-off = TransitEncryptionEnabled is false: clients connect in plain text
elasticache-transit-cache-cluster = TransitEncryptionEnabled is not set on this stand-alone cache cluster: clients connect in plain text; use a replication group with TLS
elasticache-transit-absent = TransitEncryptionEnabled is not set, so TLS is off and clients connect in plain text

## apigateway-cache-encrypted

apigateway-cache-no-stage-settings = the deployment describes no stage settings
apigateway-cache-api = the API's stages carry the cache settings
apigateway-cache-no-cluster = the stage has no cache cluster
apigateway-cache-unencrypted = the stage caches responses but CacheDataEncrypted is false
apigateway-cache-encryption-absent = the stage caches responses but does not set CacheDataEncrypted, so the cache is not encrypted
apigateway-cache-default-unencrypted = the stage has a cache cluster, which caches GET methods by default, and no stage-wide setting (ResourcePath /*, HttpMethod *) sets CacheDataEncrypted, so the cache is not encrypted
apigateway-cache-override-unencrypted = a method override caches responses with CacheDataEncrypted false
apigateway-cache-override-inherits = a method override caches responses without its own CacheDataEncrypted; whether it inherits the stage-wide setting cannot be told from the template
apigateway-cache-override-absent = a method override caches responses without CacheDataEncrypted
apigateway-cache-encrypted = cache data is encrypted stage-wide
apigateway-cache-no-method = no method caches responses

## apigateway-domain-tls12

apigateway-tls-policy-strong = security policy { $policy } refuses TLS below 1.2
apigateway-tls-policy-weak = security policy { $policy } accepts TLS 1.0 and 1.1
apigateway-tls-policy-unknown = security policy '{ $policy }' is not one phiguard knows
apigateway-tls-policy-absent = SecurityPolicy is not set; REST API custom domains default to TLS_1_0, which accepts TLS 1.0 and 1.1
apigateway-tls-no-configuration = no domain name configuration is written; API Gateway V2 domain names default to TLS_1_2
apigateway-tls-v2-default = no SecurityPolicy is written; API Gateway V2 domain names default to TLS_1_2

## apigateway-logging

apigateway-logging-access = access logs go to CloudWatch
apigateway-logging-execution = execution logs at level { $level } go to CloudWatch
apigateway-logging-no-stage = the deployment creates no stage
apigateway-logging-deployment-none = the deployment creates a stage with neither access nor execution logging
apigateway-logging-api = the API's stages carry the logging settings
apigateway-logging-off = the stage writes neither access logs nor execution logs, so calls to the API leave no audit record

## apigateway-method-authorization

apigateway-auth-options-method = OPTIONS (CORS preflight) methods carry no data
apigateway-auth-mock = a MOCK integration returns a fixed response and reaches no backend
apigateway-auth-absent = AuthorizationType is not set, so it defaults to NONE: anyone who reaches the endpoint can call it.
apigateway-auth-absent-api-key = AuthorizationType is not set, so it defaults to NONE: anyone who reaches the endpoint can call it. An API key is required, but API keys are not an authorization mechanism.
apigateway-auth-none = AuthorizationType is NONE: anyone who reaches the endpoint can call it.
apigateway-auth-none-api-key = AuthorizationType is NONE: anyone who reaches the endpoint can call it. An API key is required, but API keys are not an authorization mechanism.
apigateway-auth-type = callers are authorized with { $type }
apigateway-auth-options-route = OPTIONS (CORS preflight) routes carry no data
apigateway-auth-default-route = the $default route's API is not in the scan, so whether it is a WebSocket route (which cannot carry an authorizer) is unknown
apigateway-auth-websocket-route = WebSocket routes other than $connect are authorized when the connection is made

## apigateway-no-data-trace

apigateway-trace-no-stage = no stage settings are defined here
apigateway-trace-on = { $path } is true: full request and response bodies, with any PHI they carry, are written to CloudWatch Logs
apigateway-trace-off = data tracing is off (DataTraceEnabled is not true)

## dms-endpoint-ssl

dms-endpoint-no-engine = the endpoint names no engine
dms-ssl-https = { $engine } endpoints use the service's HTTPS API
dms-ssl-kafka-plaintext = the Kafka endpoint connects in plaintext
dms-ssl-kafka-protocol = the Kafka endpoint connects with { $protocol }
dms-ssl-kafka-absent = no SecurityProtocol: DMS connects to the Kafka brokers in plaintext
dms-ssl-not-judged = the SSL settings of { $engine } endpoints are not judged
dms-ssl-none = SslMode is none: the { $engine } connection carries PHI in clear text
dms-ssl-on = the { $engine } connection uses SSL ({ $mode })
dms-ssl-absent = SslMode is not set; DMS connects to { $engine } without SSL by default

## dms-kms-key

dms-kms-key-serverless = the named KMS key encrypts the serverless replication's storage
dms-kms-key-endpoint = the named KMS key encrypts the endpoint's connection settings
dms-kms-key-instance = the named KMS key encrypts the replication instance's storage
dms-kms-key-default-missing-serverless = No KMS key is named for the serverless replication's storage
dms-kms-key-default-missing-endpoint = No KMS key is named for the endpoint's connection settings
dms-kms-key-default-missing-instance = No KMS key is named for the replication instance's storage
dms-kms-key-default-does = encrypts it with the AWS managed key aws/dms

## dms-replication-instance-private

dms-instance-private = the replication instance has only a private address
dms-instance-public = the replication instance is publicly accessible
dms-instance-public-absent = PubliclyAccessible is not set; DMS makes replication instances publicly accessible by default

## dms-target-encrypted

dms-target-db-encrypted = the target '{ $target }' encrypts its storage
dms-target-db-unencrypted = the target '{ $target }' does not encrypt its storage ({ $path } is not true)
dms-target-source-endpoint = source endpoint
dms-target-s3-mode = DMS writes the target files with { $mode }
dms-target-s3-mode-unknown = EncryptionMode '{ $mode }' is not a known mode
dms-target-dynamodb = DynamoDB encrypts every table; the table rules judge the key
dms-target-no-server = the { $engine } target names no server (it may come from a secret)
dms-target-outside = the target '{ $target }' is not defined in this scan; check its encryption where it is managed
dms-target-other = the target server points at '{ $target }', a { $kind }
