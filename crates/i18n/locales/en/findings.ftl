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
## elb-listener-tls

elb-listener-tls-no-actions = the HTTP listener declares no actions
elb-listener-tls-no-type = { $path } has no Type
elb-listener-tls-rule-no-type = listener rule '{ $rule }': { $path } has no Type
elb-listener-tls-redirects = the HTTP listener only redirects to HTTPS
elb-listener-tls-redirect-other = the HTTP listener redirects to '{ $protocol }', not to HTTPS
elb-listener-tls-rule-redirect-other = listener rule '{ $rule }': the HTTP listener redirects to '{ $protocol }', not to HTTPS
elb-listener-tls-redirect-no-protocol = the HTTP listener redirects without setting Protocol: HTTPS, so the redirect keeps plain HTTP
elb-listener-tls-rule-redirect-no-protocol = listener rule '{ $rule }': the HTTP listener redirects without setting Protocol: HTTPS, so the redirect keeps plain HTTP
elb-listener-tls-fixed-response = the HTTP listener only redirects to HTTPS or answers with a fixed response
elb-listener-tls-plain = the HTTP listener serves requests in plain text ({ $type } action)
elb-listener-tls-rule-plain = listener rule '{ $rule }': the HTTP listener serves requests in plain text ({ $type } action)
elb-listener-tls-classic-encrypted = every listener uses HTTPS or SSL ({ $protocol })
elb-listener-tls-classic-http = a listener accepts plain HTTP; Classic Load Balancers cannot redirect, so PHI may travel unencrypted
elb-listener-tls-classic-tcp = a TCP listener passes traffic through; whether the application uses TLS cannot be seen
elb-classic-no-listeners = the load balancer declares no listeners
elb-path-not-written = { $path } is not written

## elb-target-tls

elb-target-tls-classic-encrypted = every listener reaches its instances over { $protocol }
elb-target-tls-classic-http = a listener forwards to its instances over plain HTTP
elb-target-tls-classic-ssl-tcp = an SSL listener terminates TLS and forwards plain TCP to its instances
elb-target-tls-classic-tcp = TCP pass-through: the instances must terminate TLS themselves, which cannot be seen
elb-target-tls-classic-other = unrecognised instance protocol '{ $protocol }'
elb-target-tls-classic-http-default = an HTTP listener without InstanceProtocol forwards to its instances over HTTP
elb-target-tls-classic-absent = { $path } is not written, so the back-end protocol is AWS's choice and cannot be confirmed as encrypted

## elb-tls-policy

elb-tls-policy-no-tls = { $protocol } listeners negotiate no TLS
elb-tls-policy-no-protocol = the listener has no protocol
elb-tls-policy-absent = SslPolicy is not set, so the listener uses { $policy }, which accepts TLS 1.0
elb-tls-policy-minimum = { $policy } requires { $protocol } or later
elb-tls-policy-old = { $policy } accepts { $protocol }; use a TLS 1.2 policy
elb-tls-policy-unknown = '{ $policy }' is not a security policy this rule knows
elb-tls-policy-classic-absent = an HTTPS/SSL listener has no SSL negotiation policy, so it uses { $policy }, which accepts TLS 1.0
elb-tls-policy-no-secure-listeners = no HTTPS or SSL listeners
elb-tls-policy-reference-not-literal = the referenced security policy is not a literal value
elb-tls-policy-custom-old = the custom SSL policy enables { $protocols }
elb-tls-policy-custom-tls12 = the custom SSL policy allows TLS 1.2 only
elb-tls-policy-custom-unrecognised = the custom SSL policy enables no protocol this rule recognises

## flow-transmission-encrypted

flow-service-api = PHI moves from { $from } to { $to } by { $via }, an AWS API call over HTTPS
flow-hop = { $hop ->
    [subscription] subscription { $name }
    [topic-subscription] subscription { $index } of topic { $name }
    [target-group] target group { $name }
    [listener] listener { $name }
    [method] method { $name }
    [integration] integration { $name }
    [api] API { $name } ({ $path })
    [delivery-stream] delivery stream { $name }
   *[origin] origin '{ $origin }' of distribution { $name }
}
flow-url-http = { flow-hop } sends PHI to { $url } over plain HTTP
flow-url-http-firehose = { flow-hop } sends PHI to { $url } over plain HTTP (Firehose accepts only https:// endpoint URLs)
flow-url-https = { flow-hop } sends PHI to { $url } over HTTPS
flow-url-other = { flow-hop } sends PHI to '{ $url }', which is not an http:// or https:// URL
flow-url-none = { flow-hop } names no URL
flow-sns-http = { flow-hop } delivers PHI to { $endpoint } over plain HTTP
flow-sns-http-no-endpoint = { flow-hop } delivers PHI to its endpoint over plain HTTP
flow-sns-https = { flow-hop } delivers PHI over HTTPS
flow-sns-aws = { flow-hop } delivers PHI to { $protocol } inside AWS over TLS
flow-sns-message = { flow-hop } delivers PHI by { $protocol }; whether it is encrypted on the way depends on the receiving mail server or phone carrier, not on this configuration
flow-protocol-other = { flow-hop } uses protocol '{ $protocol }'
flow-protocol-none = { flow-hop } declares no protocol
flow-target-group-lambda = { flow-hop } invokes Lambda functions through the Lambda API over TLS
flow-target-group-tls = { flow-hop } connects to its targets with { $protocol }
flow-target-group-http = { flow-hop } sends PHI to its targets over plain HTTP
flow-target-group-behind-tls = listener { $listener } ends TLS and { flow-hop } forwards PHI to its targets over plain { $protocol }
flow-target-group-pass-through = { flow-hop } passes { $protocol } through; the hop is encrypted only if the targets speak TLS
flow-listener-tls = { flow-hop } accepts connections with { $protocol }
flow-listener-redirects = { flow-hop } redirects HTTP to HTTPS
flow-listener-http = { flow-hop } carries PHI to and from clients over plain HTTP
flow-listener-pass-through = { flow-hop } passes { $protocol } through; the hop is encrypted only if clients and targets speak TLS
flow-integration-private = { flow-hop } is private; without TlsConfig it uses the protocol of the listener it names
flow-integration-private-tls = { flow-hop } uses TLS to its private target
flow-origin-vpc-outside = { flow-hop } is a VPC origin defined elsewhere; its protocol policy is not visible here
flow-origin-https = { flow-hop } is fetched over HTTPS only
flow-origin-http = { flow-hop } is fetched over plain HTTP
flow-origin-policy-other = { flow-hop } uses OriginProtocolPolicy '{ $policy }'
flow-origin-policy-none = { flow-hop } declares no OriginProtocolPolicy
flow-origin-viewer-http = { flow-hop } serves PHI to a behavior that allows HTTP viewers, and { $fetch ->
    [s3] S3 origins are fetched with the viewer's protocol
   *[match-viewer] the origin is fetched with the viewer's protocol (match-viewer)
}, so PHI can travel over plain HTTP
flow-origin-viewer-policy = { flow-hop }: ViewerProtocolPolicy { $policy }
flow-origin-viewer-policy-none = { flow-hop }: ViewerProtocolPolicy is not set
flow-origin-viewer-https = { flow-hop }: { $fetch ->
    [s3] S3 origins are fetched with the viewer's protocol
   *[match-viewer] the origin is fetched with the viewer's protocol (match-viewer)
}, and every behavior routed to it keeps viewers on HTTPS

## cloudfront-origin-https

cloudfront-no-origins = the distribution declares no origins
cloudfront-path-not-written = { $path } is not written
cloudfront-origin-vpc-no-endpoint = VPC origin '{ $origin }' has no endpoint configuration in the scan
cloudfront-origin-vpc-outside = VPC origin '{ $origin }' is defined outside this scan; its origin protocol cannot be checked
cloudfront-origin-no-config = origin '{ $origin }' declares neither a custom nor an S3 origin configuration
cloudfront-origin-http-only = origin '{ $origin }' is fetched over plain HTTP (OriginProtocolPolicy: http-only)
cloudfront-origin-policy-other = unrecognised OriginProtocolPolicy '{ $policy }'
cloudfront-origin-ssl-unresolved = { $path } holds values known only at deploy time
cloudfront-origin-tls12 = origin '{ $origin }' is fetched over HTTPS with TLS 1.2
cloudfront-origin-old-tls = origin '{ $origin }' is fetched over HTTPS but only with { $protocols }, not TLS 1.2
cloudfront-origin-https-only = origin '{ $origin }' is fetched over HTTPS only
cloudfront-origin-kind = { $kind ->
    [s3] S3 origin
   *[match-viewer] match-viewer origin
}
cloudfront-origin-every-behavior-https = { cloudfront-origin-kind } '{ $origin }' is reached over HTTPS: every cache behavior requires HTTPS from viewers
cloudfront-origin-id-unresolved = the Id of { cloudfront-origin-kind } { $origin } is not a literal value, so the behaviors routing to it are not known
cloudfront-origin-target-unresolved = { $behavior }.TargetOriginId is not a literal value, so the behaviors routing to { cloudfront-origin-kind } '{ $origin }' are not known
cloudfront-origin-routed-https = { cloudfront-origin-kind } '{ $origin }' is reached over HTTPS: every behavior routing to it requires HTTPS from viewers
cloudfront-origin-routed-http = { cloudfront-origin-kind } '{ $origin }' is fetched with the viewer's protocol, and { $behavior } allows plain HTTP (allow-all)
cloudfront-origin-routed-unresolved = { cloudfront-origin-kind } '{ $origin }': the viewer protocol policy of { $behavior } cannot be resolved
cloudfront-origin-not-routed = { cloudfront-origin-kind } '{ $origin }' is not routed to by any cache behavior
cloudfront-origin-no-behaviors = no behaviors

## cloudfront-s3-origin-encrypted

cloudfront-s3-origin-none = no S3 origin: custom origins encrypt their own storage

## cloudfront-tls-minimum

cloudfront-tls-minimum-default-certificate = the distribution uses CloudFront's default certificate, whose minimum protocol (TLSv1) cannot be changed
cloudfront-tls-minimum-absent = MinimumProtocolVersion is not set, so viewers may connect with TLSv1
cloudfront-tls-minimum-ok = { $version } requires { $protocol } or later
cloudfront-tls-minimum-old = { $version } accepts { $protocol }; use TLSv1.2_2021
cloudfront-tls-minimum-unknown = '{ $version }' is not a protocol version this rule knows

## cloudfront-viewer-https

cloudfront-viewer-no-behavior = the distribution declares no cache behavior
cloudfront-viewer-https = every cache behavior requires HTTPS ({ $policy })
cloudfront-viewer-allow-all = { $path } allows plain HTTP (ViewerProtocolPolicy: allow-all)
cloudfront-viewer-other = unrecognised ViewerProtocolPolicy '{ $policy }'

## neptune-audit-logs

neptune-audit-exports-absent = audit logs are not exported (EnableCloudwatchLogsExports is not set)
neptune-audit-exports-unresolved = { $path } is not fully resolvable
neptune-audit-group-outside = parameter group '{ $group }' is not in this scan; check neptune_enable_audit_log there
neptune-group-other = the parameter group points at '{ $name }', a { $kind }
neptune-audit-on = audit logging is on in '{ $group }' and exported to CloudWatch Logs
neptune-audit-off = parameter group '{ $group }' does not turn on neptune_enable_audit_log
neptune-audit-default = parameter group '{ $group }' leaves neptune_enable_audit_log at its default 0, so nothing is recorded

## neptune-storage-encrypted

neptune-storage-encrypted-absent = StorageEncrypted is not set; Neptune creates unencrypted clusters by default

## neptune-tls

neptune-tls-https-only = engine { $version } accepts only HTTPS connections (TLS 1.2+)
neptune-tls-version-unparsed = EngineVersion '{ $version }' is not a version number
neptune-tls-default-group = engine { $version } with the default parameter group, which requires SSL
neptune-tls-group-outside = engine { $version } predates HTTPS-only Neptune and its parameter group '{ $group }' is not in this scan
neptune-tls-ssl-off = engine { $version } with parameter group '{ $group }' setting neptune_enforce_ssl to 0 accepts plaintext connections
neptune-tls-ssl-on = parameter group '{ $group }' enforces SSL
neptune-tls-ssl-default = parameter group '{ $group }' keeps the default, which requires SSL

## lambdaedge-https

lambdaedge-https-viewer-http = a behavior that runs Lambda@Edge allows viewers over plain HTTP
lambdaedge-https-viewer-absent = a behavior that runs Lambda@Edge has no ViewerProtocolPolicy
lambdaedge-https-no-origin = { $path } names no origin of the distribution
lambdaedge-https-origin-http = the origin of a behavior that runs Lambda@Edge is reached over HTTP (http-only); viewers use { $policy }
lambdaedge-https-none = no cache behavior runs Lambda@Edge
lambdaedge-https-ok = behaviors that run Lambda@Edge use HTTPS to viewers and origins

## events-api-destination-https

events-api-destination-no-endpoint = no InvocationEndpoint is written
events-api-destination-https = events are delivered over HTTPS
events-api-destination-http = the endpoint { $url } is plain HTTP, so events would travel in cleartext
events-api-destination-other = '{ $url }' is not an http(s) URL

## judge: endpoint_url.rs

endpoint-url-http = { $name } points at http://{ $host }: requests to it travel in cleartext
endpoint-url-http-dynamodb = { $name } points at http://{ $host } (a DynamoDB endpoint): requests to it travel in cleartext
endpoint-url-http-more = { $name } points at http://{ $host } and { $more } more: requests to it travel in cleartext
endpoint-url-http-dynamodb-more = { $name } points at http://{ $host } (a DynamoDB endpoint) and { $more } more: requests to it travel in cleartext
endpoint-url-https = { $count } endpoint URL(s) in the configuration use https://
endpoint-url-none = no endpoint URL is written in the configuration (calls made from code need a code review)

## judge: reference.rs

reference-other-kind = { $path } refers to '{ $name }', a { $kind } rather than a { $wanted }
reference-found = { $path } refers to '{ $name }'
reference-outside = { $path } names '{ $name }', which is not in this scan

## elb-access-logs

elb-access-logs-key-unreadable = an attribute key { $reason }

## elb-listener-tls

elb-listener-tls-rule-actions-unreadable = the actions of listener rule '{ $rule }' { $reason }
elb-listener-tls-type-unreadable = the action type { $reason }
elb-listener-tls-rule-type-unreadable = listener rule '{ $rule }': the action type { $reason }
elb-listener-tls-redirect-unreadable = the redirect protocol { $reason }
elb-listener-tls-rule-redirect-unreadable = listener rule '{ $rule }': the redirect protocol { $reason }

## flow-transmission-encrypted

flow-unreadable = { flow-hop }: { $property } { $reason }

## neptune-tls

neptune-parameters-unreadable = the parameters of '{ $group }' { $reason }
## phi-store-not-public

phi-store-no-phi = the resource does not hold PHI
phi-store-redshift-private = PubliclyAccessible is not set; a Redshift cluster is private unless it is true
phi-store-broker-private = PubliclyAccessible is not set; a broker is private unless it is true
phi-store-public-true = PubliclyAccessible is true: the endpoint resolves to a public IP address from outside the VPC
phi-store-public-false = PubliclyAccessible is false: the endpoint is private
phi-store-terraform-private = PubliclyAccessible is not set; the Terraform provider creates the { $kind ->
        [cluster] cluster
       *[instance] instance
    } private by default
phi-store-default-subnet-group = PubliclyAccessible is not set and the { $kind ->
        [cluster] cluster
       *[instance] instance
    } uses the `default` DB subnet group, so RDS makes it public
phi-store-own-subnet-group = PubliclyAccessible is not set; with a DB subnet group of its own RDS creates the { $kind ->
        [cluster] cluster
       *[instance] instance
    } private
phi-store-aurora-private = PubliclyAccessible is not set; Aurora creates instances private when no DB subnet group is named
phi-store-default-vpc = PubliclyAccessible is not set and no DB subnet group is named: RDS puts the { $kind ->
        [cluster] cluster
       *[instance] instance
    } in the default VPC and makes it public
phi-store-engine-unknown = PubliclyAccessible is not set and no DB subnet group is named; RDS makes the { $kind ->
        [cluster] cluster
       *[instance] instance
    } public unless its engine is Aurora, and the engine is not known
phi-store-aurora-cluster = an Aurora cluster's endpoints follow its instances' PubliclyAccessible, judged on each instance
phi-store-not-multi-az-cluster = not a Multi-AZ DB cluster (no DBClusterInstanceClass); its instances carry PubliclyAccessible
phi-store-eks-private = the cluster's API endpoint is private (EndpointPublicAccess is false)
phi-store-eks-public = the cluster's API endpoint is public to the whole internet: EndpointPublicAccess is on (the default) and no PublicAccessCidrs narrow it
phi-store-eks-open-cidr = the cluster's API endpoint is public and PublicAccessCidrs includes { $cidr }
phi-store-eks-cidrs-empty = the cluster's API endpoint is public and PublicAccessCidrs is empty (AWS then allows 0.0.0.0/0)
phi-store-eks-cidrs-limited = the cluster's public API endpoint is limited to the listed PublicAccessCidrs

## resource-policy-not-public

resource-policy-no-phi = the resource neither holds nor carries PHI
resource-policy-open-but-bpa = { $path } allows everyone in { $by ->
        [sid] '{ $statement }'
       *[index] statement { $statement }
    }, but Block Public Access { $setting } is on, so S3 ignores it
resource-policy-open-but-vpc = { $path } allows everyone in { $by ->
        [sid] '{ $statement }'
       *[index] statement { $statement }
    }, but the domain is inside a VPC, so only its network (and security groups) can reach it
resource-policy-open = { $path } allows Principal "*" in { $by ->
        [sid] '{ $statement }'
       *[index] statement { $statement }
    } with no condition restricting it to an account, organisation, VPC or source
resource-policy-acl-but-bpa = the bucket grants the canned ACL { $acl }, but Block Public Access { $setting } is on, so S3 ignores it
resource-policy-acl-authenticated = the bucket grants the public canned ACL { $acl }: every AWS account can read it
resource-policy-acl-public = the bucket grants the public canned ACL { $acl }: anyone can read it
resource-policy-none = no resource policy is attached; only IAM identities of the account have access
resource-policy-no-open-statement = no statement of { $policies } allows everyone without a restricting condition
resource-policy-lambda-open = permission { $permission } lets Principal "*" invoke the function, with no SourceArn, SourceAccount or PrincipalOrgID
resource-policy-lambda-restricted = every permission names its principal or restricts its source
resource-policy-lambda-none = no resource-based permission is attached to the function

## judge: exposure.rs

exposure-not-a-subnet = { $name } is not a subnet
exposure-subnet-outside = subnet '{ $subnet }' is not in this scan, so whether it assigns public IPs is unknown

## ec2-phi-no-public-ip

ec2-public-ip-no-phi = the host neither holds nor processes PHI
ec2-public-ip-launched-elsewhere = AssociatePublicIpAddress is not written; the subnet of the instance or group that launches it decides, judged there
ec2-public-ip-assoc-true = { $path } is true: the host gets a public IP address
ec2-public-ip-assoc-false = { $path } is false: no public IP address is assigned
ec2-public-ip-from-assoc-true = launch { $kind ->
        [template] template
       *[configuration] configuration
    } { $name }: { $path } is true: the host gets a public IP address
ec2-public-ip-from-assoc-false = launch { $kind ->
        [template] template
       *[configuration] configuration
    } { $name }: { $path } is false: no public IP address is assigned
ec2-public-ip-eip = Elastic IP { $eip } gives the instance a public IP address
ec2-public-ip-subnet-public = subnet { $subnet } has MapPublicIpOnLaunch true, so the host gets a public IP address
ec2-public-ip-private-subnets = the host launches into private subnets (no MapPublicIpOnLaunch)
ec2-public-ip-instance-default-vpc = no subnet is named: the instance launches into the default VPC, whose default subnets assign public IP addresses unless the account changed them
ec2-public-ip-subnet-unjudged = the subnet cannot be judged
ec2-public-ip-group-no-subnet = VPCZoneIdentifier names no subnet
ec2-public-ip-group-default-vpc = no VPCZoneIdentifier: the group launches into the default VPC, whose default subnets assign public IP addresses unless the account changed them
ec2-public-ip-ecs-enabled = AssignPublicIp is enabled: every task gets a public IP address
ec2-public-ip-ecs-disabled = AssignPublicIp is disabled
ec2-public-ip-ecs-bridge = the service uses bridge or host networking: its tasks share the container instance's address, judged on the instance
ec2-public-ip-ecs-default = AssignPublicIp is not set; ECS does not assign public IPs by default

## cloudtrail-audit-log-retention

cloudtrail-retention-no-bucket = the trail names no bucket
cloudtrail-retention-not-bucket = { $path } names '{ $name }', a { $kind }, not a bucket
cloudtrail-retention-outside = the log bucket '{ $bucket }' is not defined in the scanned files, so its lifecycle cannot be checked
cloudtrail-retention-expires = lifecycle rule { $rule } of the log bucket '{ $bucket }' deletes audit logs after { $days } days, before six years ({ $minimum } days)
cloudtrail-retention-kept = the log bucket '{ $bucket }' does not expire audit logs within six years

## cloudtrail-data-events

cloudtrail-data-events-on = the trail records data events
cloudtrail-data-events-other = the trail '{ $trail }' records data events
cloudtrail-data-events-management-only = the trail records management events only; reads and writes of S3 objects and DynamoDB items (PHI) leave no audit record

## cloudtrail-kms-encryption

cloudtrail-kms-set = log files are encrypted with a KMS key (SSE-KMS)
cloudtrail-kms-absent = KMSKeyId is not set: log files get only the default SSE-S3 encryption, which neither limits who can read them through a key policy nor logs their decryption

## cloudtrail-log-file-validation

cloudtrail-validation-absent = EnableLogFileValidation is not set; CloudTrail writes no digest files by default

## cloudtrail-multi-region

cloudtrail-multi-region-absent = IsMultiRegionTrail is not set; a trail records only its home region by default
cloudtrail-multi-region-other = this trail records one region, but trail { $trail } records every region

## cloudtrail-phi-bucket-data-events

cloudtrail-phi-bucket-not-live = the bucket was not read from a live account
cloudtrail-phi-bucket-advanced = trail { $trail } is logging and an advanced event selector records its S3 object events
cloudtrail-phi-bucket-basic = trail { $trail } is logging and an event selector records its S3 object events
cloudtrail-phi-bucket-stopped = trail { $trails } would record this bucket's object events but is not logging
cloudtrail-phi-bucket-none = no trail in account { $account } records read and write object events of bucket { $bucket }: who read or changed PHI in it leaves no audit record

## cloudtrail-records-api-calls

cloudtrail-api-calls-one = in account { $account }, trail { $trails } is logging and records read and write management events of every service in every scanned region ({ $regions })
cloudtrail-api-calls-many = in account { $account }, trails { $trails } are logging and record read and write management events of every service in every scanned region ({ $regions })

## cloudtrail-trail-exists

cloudtrail-trail-none = no CloudTrail trail is defined in the scanned configuration; the event history alone is not the audit log the BAA requires. If the trail lives in another stack or account, scan it too or suppress this finding with that reason
cloudtrail-trail-none-no-phi = no trail is defined and nothing in the scan holds PHI
cloudtrail-trail-none-account = no CloudTrail trail exists in account { $account }: its API activity is kept only in the 90-day event history, which is not the audit log the BAA requires
cloudtrail-trail-logging = the trail is logging
cloudtrail-trail-not-logging = IsLogging is false: the trail exists but records nothing
cloudtrail-trail-logging-default = the trail is logging (enable_logging defaults to true)
cloudtrail-trail-not-collected = IsLogging was not collected (cloudtrail:GetTrailStatus)
cloudtrail-trail-logging-unset = IsLogging is not set; CloudFormation requires it, so the template does not deploy as written
## iam-console-user-mfa

iam-credential-row-not-collected = the user's credential report row was not collected (iam:GetCredentialReport)
iam-console-no-mfa = the user signs in to the console with a password and no MFA device
iam-console-no-mfa-last-used = the user signs in to the console with a password and no MFA device (password last used { $used })

## iam-console-user-no-access-keys

iam-console-no-password-workload = the user has no console password (a workload identity, not a person)
iam-console-active-keys = the console user also holds { $count } active long-term access key(s) ({ $keys })

## iam-no-long-term-access-keys

iam-key-inactive = the access key is created inactive
iam-key-inactive-for = the access key for '{ $user }' is created inactive
iam-key-active = the template creates an active long-term access key; use a role or temporary credentials
iam-key-active-for = the template creates an active long-term access key for '{ $user }'; use a role or temporary credentials
iam-key-default-active = the template creates a long-term access key (active by default); use a role or temporary credentials
iam-key-default-active-for = the template creates a long-term access key for '{ $user }' (active by default); use a role or temporary credentials

## iam-root-mfa

iam-root-mfa = the root user of account { $account } has MFA
iam-root-no-mfa = the root user of account { $account } has no MFA device: its password alone opens every PHI store
iam-root-mfa-not-collected = RootMfaActive was not collected for account { $account } (iam:GenerateCredentialReport / iam:GetCredentialReport)

## iam-root-no-access-keys

iam-root-no-key = the root user of account { $account } has no active access key
iam-root-active-key = the root user of account { $account } has an active access key: a shared, never-expiring credential with every permission
iam-root-keys-not-collected = RootAccessKeysActive was not collected for account { $account } (iam:GetCredentialReport)

## docdb-audit-logs

docdb-audit-no-exports = the cluster exports no logs to CloudWatch; audit events are not recorded
docdb-audit-not-exported = EnableCloudwatchLogsExports does not include audit
docdb-audit-default-group = the audit log is exported, but the default parameter group leaves audit_logs disabled, so no audit events are written
docdb-audit-default-group-named = the audit log is exported, but the default parameter group { $group } leaves audit_logs disabled
docdb-group-outside = the parameter group '{ $group }' is not defined in the scanned files
docdb-audit-on = audit logs are exported and the parameter group '{ $group }' sets audit_logs = { $value }
docdb-audit-off = the parameter group '{ $group }' sets audit_logs = { $value }, so no audit events are written
docdb-audit-unset = the parameter group '{ $group }' leaves audit_logs at its default (disabled)

## docdb-storage-encrypted

docdb-storage-encrypted-absent = StorageEncrypted is not set; DocumentDB clusters are unencrypted by default

## docdb-tls

docdb-tls-default-group = the cluster uses the default parameter group, which requires TLS
docdb-tls-default-group-named = the default parameter group { $group } requires TLS
docdb-tls-unset = the parameter group '{ $group }' leaves tls at its default (enabled)
docdb-tls-disabled = the parameter group '{ $group }' sets tls = disabled, so clients may connect without TLS
docdb-tls-value = the parameter group '{ $group }' sets tls = { $value }

## batch-encrypted-storage

batch-unmanaged = unmanaged compute environment: its instances are judged by the EC2 rules
batch-fargate = Fargate compute environment: AWS encrypts its storage
batch-no-compute-resources = the compute environment declares no compute resources
batch-ebs-default = the account encrypts new EBS volumes by default ('{ $setting }')
batch-no-launch-template = no launch template: instances boot with the AMI's unencrypted EBS volumes unless the account encrypts EBS by default
batch-lt-not-named = the launch template is not named
batch-lt-outside = launch template '{ $template }' is not in this scan
batch-lt-other = the launch template points at '{ $name }', a { $kind }
batch-lt-no-mappings = launch template '{ $template }' declares no encrypted volumes, so the root volume follows the AMI (unencrypted)
batch-lt-device-unencrypted = launch template '{ $template }' leaves { $device } unencrypted
batch-lt-some-device-unencrypted = launch template '{ $template }' leaves a device unencrypted
batch-lt-device-not-encrypted = launch template '{ $template }' does not encrypt { $device }
batch-lt-some-device-not-encrypted = launch template '{ $template }' does not encrypt a device
batch-lt-device-snapshot = { $device } is created from a snapshot whose encryption is not visible here
batch-lt-some-device-snapshot = a device is created from a snapshot whose encryption is not visible here
batch-lt-no-ebs = launch template '{ $template }' declares no encrypted EBS volumes
batch-lt-encrypted = launch template '{ $template }' encrypts every EBS volume it declares

## opensearch-encryption-at-rest

opensearch-encryption-at-rest-absent = EncryptionAtRestOptions.Enabled is not set: the domain's data is not encrypted at rest

## opensearch-https-only

what-https-enforcement = HTTPS enforcement
opensearch-https-absent = DomainEndpointOptions.EnforceHTTPS is not set: the domain accepts plain HTTP requests

## opensearch-node-to-node

what-node-to-node-encryption = node-to-node encryption
opensearch-node-to-node-absent = NodeToNodeEncryptionOptions.Enabled is not set: traffic between nodes is not encrypted

## opensearch-engine-version

opensearch-es-version-absent = ElasticsearchVersion is not set, so the domain is created with Elasticsearch 1.5
opensearch-engine-version-absent = EngineVersion is not set: the domain runs the latest OpenSearch version
opensearch-engine-opensearch = { $version } is OpenSearch
opensearch-es-recent = Elasticsearch { $version } is 6.0 or later
opensearch-es-old = Elasticsearch { $version } is older than 6.0, the minimum for PHI
opensearch-engine-unrecognised = '{ $version }' is not a recognised engine version

## opensearch-tls-policy

opensearch-tls-policy-absent = TLSSecurityPolicy is not set, so the endpoint uses { $policy }, which accepts TLS 1.0
opensearch-tls-policy-ok = { $policy } requires { $protocol } or later
opensearch-tls-policy-old = { $policy } accepts { $protocol }; use a TLS 1.2 policy
opensearch-tls-policy-unknown = '{ $policy }' is not a TLS security policy this rule knows

## opensearch-vpc-access

opensearch-public-open-policy = the domain has a public endpoint and its access policy allows everyone (Principal *) without a condition
opensearch-public-endpoint = the domain has a public endpoint (no VPCOptions); the whitepaper asks for a VPC domain

## waf-protected-resource-https

waf-lb-no-listener = no listener of '{ $lb }' is in this scan
waf-listener-no-protocol = listener '{ $listener }' has no protocol
waf-listener-protocol-unresolvable = the protocol of listener '{ $listener }' is not resolvable
waf-lb-http-listener = '{ $lb }' has HTTP listener '{ $listener }' that serves traffic without redirecting to HTTPS
waf-lb-https-only = '{ $lb }' serves only HTTPS (HTTP listeners redirect)
waf-no-acl = no web ACL is attached
waf-viewer-http = a cache behavior allows viewers to use HTTP (ViewerProtocolPolicy allow-all)
waf-origin-http = CloudFront reaches a custom origin over HTTP (OriginProtocolPolicy http-only)
waf-cloudfront-https = viewers and origins are reached over HTTPS
waf-no-resource = the association names no resource
waf-endpoint-https-only = the protected endpoint accepts only HTTPS
waf-resource-https-only = '{ $name }' accepts only HTTPS
waf-resource-not-judged = the protocols of '{ $name }' ({ $kind }) are not judged here
waf-resource-outside = '{ $arn }' is not defined in this scan

## judge: ecs_task.rs

ecs-containers-not-list = { $path } is not a list
ecs-containers-unreadable = { $path } is not a readable list

## ecs-container-logging

ecs-no-containers = no container definitions
ecs-logging-none = the container '{ $container }' has no LogConfiguration, so its logs are lost with the task
ecs-logging-none-driver = the container '{ $container }' uses the none log driver, so its logs are discarded
ecs-logging-other-driver = the container '{ $container }' logs with the { $driver } driver; whether the logs reach CloudWatch or another retained store is not visible here
ecs-logging-no-driver = the container '{ $container }' has a LogConfiguration without a LogDriver
ecs-logging-ok = every container sends its logs to CloudWatch Logs or FireLens

## ecs-efs-transit-encryption

ecs-no-volumes = no volumes
ecs-efs-transit-absent = the EFS volume '{ $volume }' does not set TransitEncryption, which defaults to DISABLED
ecs-efs-tls = every EFS volume is mounted with TLS
ecs-efs-transit-value = the EFS volume '{ $volume }' sets TransitEncryption { $value }
ecs-no-efs-volumes = no EFS volumes

## ecs-log-destination-tls

ecs-log-firelens-config-file = the container '{ $container }': the FireLens output is defined in a configuration file, not in the task definition
ecs-log-unknown-output = the container '{ $container }': the Fluent Bit output { $output } is not one phiguard knows
ecs-log-address-absent = the container '{ $container }': { $key } is not set
ecs-log-fluentd = the container '{ $container }': the fluentd driver's transport security depends on the receiving agent
ecs-log-driver-unresolvable = the container '{ $container }': { $path } is not resolvable
ecs-log-cleartext-fluent-bit-host = the container '{ $container }' ships its logs to the Fluent Bit { $output } output to { $host } without tls On, in cleartext
ecs-log-cleartext-fluent-bit = the container '{ $container }' ships its logs to the Fluent Bit { $output } output to its host without tls On, in cleartext
ecs-log-cleartext-url = the container '{ $container }' ships its logs to { $url }, in cleartext
ecs-log-tls-awslogs = container logs leave the host over TLS (CloudWatch Logs (awslogs))
ecs-log-tls-aws-output = container logs leave the host over TLS (the AWS Fluent Bit output { $output })
ecs-log-tls-fluent-bit = container logs leave the host over TLS (the Fluent Bit output { $output } with TLS on)
ecs-log-tls-url = container logs leave the host over TLS ({ $url })
ecs-log-none-off-host = no container ships its logs off the host

## backup-plan-covers-phi-stores

backup-covers-selection = AWS Backup selection { $selection } assigns it to a backup plan
backup-covers-attached = it is attached to instance { $instance }, which AWS Backup selection { $selection } backs up
backup-covers-dlm = a Data Lifecycle Manager policy snapshots it
backup-lead-native =
    { $plan ->
        [none] no AWS Backup plan is defined
       *[unassigned] no AWS Backup selection assigns it
    }
backup-lead-missing =
    { $scope ->
        [account] no AWS Backup selection in account { $account } assigns it (by ARN or tag)
        [scan] no AWS Backup selection in the scan assigns it (by ARN, reference or tag)
       *[none] the scan defines no AWS Backup plan (AWS::Backup::BackupPlan/BackupSelection)
    }
backup-native-backups-default = { backup-lead-native }, but automated backups are on by default ({ $prop } 1 day)
backup-native-backups-kept = { backup-lead-native }, but automated backups are kept { $days } day(s) ({ $prop })
backup-native-snapshots-default = { backup-lead-native }, but automated snapshots are on by default ({ $prop } 1 day)
backup-native-snapshots-kept = { backup-lead-native }, but automated snapshots are kept { $days } day(s) ({ $prop })
backup-native-pitr = { backup-lead-native }, but point-in-time recovery keeps continuous backups
backup-native-pitr-replicas = { backup-lead-native }, but point-in-time recovery keeps continuous backups on every replica
backup-native-efs = { backup-lead-native }, but its automatic backup policy (BackupPolicy ENABLED) puts it in the AWS Backup default plan
backup-native-fsx-default = { backup-lead-native }, but FSx takes automatic daily backups by default
backup-native-fsx-kept = { backup-lead-native }, but FSx keeps automatic daily backups { $days } day(s)
backup-native-backups-zero = { backup-lead-missing }, and { $prop } is 0, which turns automated backups off
backup-native-snapshots-zero = { backup-lead-missing }, and { $prop } is 0, which turns automated snapshots off
backup-native-pitr-off = { backup-lead-missing }, and point-in-time recovery is off
backup-native-pitr-replica-off = { backup-lead-missing }, and point-in-time recovery is off on some replica
backup-native-efs-off = { backup-lead-missing }, and its automatic backup policy (BackupPolicy) is not ENABLED
backup-native-ec2 = { backup-lead-missing }, and EBS volumes and EC2 instances have no automatic backups of their own
backup-native-lustre = { backup-lead-missing }, and FSx for Lustre takes no automatic backups by default
backup-native-fsx-zero = { backup-lead-missing }, and { $path } is 0, which turns automatic backups off

## backup-plan-offsite-copy

backup-copy-no-rules = the plan has no rules written
backup-copy-offsite = recovery points are copied to { $arn }
backup-copy-local-vault = the only copy destination is the vault '{ $vault }' defined alongside the plan, so no copy leaves the Region
backup-copy-local-arn = the only copy destination is '{ $arn }', in the plan's own Region and account, so no copy leaves the Region
backup-copy-not-arn = { $path } '{ $arn }' is not a vault ARN
backup-copy-none = no rule copies recovery points to another Region or account; every copy stays in the source vault

## backup-recent-recovery-point

backup-point-recent-hours = recovery point { $point } completed at { $time } ({ $age } hours before the collection; limit { $limit } day(s))
backup-point-recent-days = recovery point { $point } completed at { $time } ({ $age } days before the collection; limit { $limit } day(s))
backup-point-old-hours = the newest completed recovery point, { $point }, is from { $time } ({ $age } hours before the collection; limit { $limit } day(s)): backups of this PHI store have stopped or fall behind the contingency plan
backup-point-old-days = the newest completed recovery point, { $point }, is from { $time } ({ $age } days before the collection; limit { $limit } day(s)): backups of this PHI store have stopped or fall behind the contingency plan
backup-point-none = the PHI store has no completed AWS Backup recovery point: no retrievable copy exists

## backup-vault-kms-key

backup-vault-key-named = the vault names its encryption key

## s3-bucket-access-logging

s3-logging-target-of = this is an access-log bucket: { $bucket } delivers its server access logs here
s3-logging-target-acl = this is an access-log bucket: its ACL is LogDeliveryWrite
s3-logging-target-policy = this is an access-log bucket: bucket policy { $policy } lets logging.s3.amazonaws.com deliver logs

## s3-bucket-encryption

s3-bucket-encryption-default-missing = No default encryption is declared for the bucket
s3-bucket-encryption-default-does = has encrypted new objects with SSE-S3 since January 2023

## s3-bucket-public-access-block

s3-bucket-public-access-block-default-missing = No PublicAccessBlockConfiguration is declared for the bucket
s3-bucket-public-access-block-default-does = has turned on all four Block Public Access settings for new buckets since April 2023

## s3-transfer-acceleration-protected

s3-acceleration-no-encryption = the accelerated bucket declares no default encryption (AWS applies SSE-S3, but the configuration does not declare it)
s3-acceleration-no-policy = the accelerated bucket has no bucket policy denying requests without TLS
s3-acceleration-no-encryption-no-policy = the accelerated bucket declares no default encryption (AWS applies SSE-S3, but the configuration does not declare it) and has no bucket policy denying requests without TLS

## judge: bucket.rs

bucket-role-encrypted = the { $role } '{ $bucket }' declares default encryption ({ $algorithm })
bucket-role-outside = the { $role } '{ $bucket }' is not defined in this scan; check its default encryption where it is managed
bucket-role-other = the { $role } points at '{ $name }', a { $kind }, not a bucket
bucket-role-datasync-location = DataSync location bucket
bucket-role-command-output = command output bucket
bucket-role-destination = destination bucket
bucket-role-export-destination = export destination bucket
bucket-role-home-directory = home directory bucket
bucket-role-input = input bucket
bucket-role-origin = origin bucket
bucket-role-revision = revision bucket
bucket-role-tables = table's bucket

## fsx-kms

fsx-kms-scratch-default = a Lustre scratch file system (SCRATCH_1 by default) is always encrypted with a key FSx manages
fsx-kms-scratch = Lustre scratch file systems are always encrypted with a key FSx manages

## fsx-lustre-transit-encryption

fsx-not-lustre = { $type } file systems are not Lustre
fsx-type-unresolvable = FileSystemType is not resolvable
fsx-lustre-no-deployment-type = no DeploymentType, so the file system is SCRATCH_1, which never encrypts data in transit
fsx-lustre-scratch-1 = SCRATCH_1 file systems never encrypt data in transit
fsx-lustre-transit = { $deployment } encrypts data in transit from supported instance types

## fsx-windows-audit-logs

fsx-not-windows = { $type } file systems have no Windows file access auditing
fsx-audit-level = { $setting } is { $level }
fsx-audit-off = file and share access auditing is off, so access to files on the share leaves no audit record
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
## autoscaling-multi-az

autoscaling-single-zone = { $path } names a single zone
autoscaling-single-subnet = { $path } names a single subnet
autoscaling-subnets-one-zone = all { $count } subnets are in { $zone }
autoscaling-entries = { $path } lists { $count } entries
autoscaling-no-placement = neither VPCZoneIdentifier nor AvailabilityZones is written (a launch template or mixed-instances policy may place the instances)

## autoscaling-no-credentials-in-urls

autoscaling-url-password = { $url } embeds a password in the URL
autoscaling-url-deferred = { $url } puts a deploy-time value in the password position of a URL
autoscaling-url-none = no URL in the scanned resources embeds credentials

## lambda-environment-kms

lambda-env-none = the function has no environment variables

## lambda-plaintext-endpoints

lambda-inline-http = the inline code calls http://{ $host }, an AWS endpoint, in cleartext

## lambda-url-auth

lambda-url-carries = the function URL '{ $url }' carries the verdict
lambda-url-auth-not-written = { $path } is not written
lambda-url-auth-none = AuthType is NONE: anyone on the internet can invoke the function URL

## eks-control-plane-logging

eks-logging-none = no control-plane log types are enabled
eks-logging-on = api, audit and authenticator logs are enabled
eks-logging-lacks = control-plane logging lacks { $types }

## eks-secrets-encryption

eks-secrets-kms = Kubernetes secrets are envelope-encrypted with a declared KMS key
eks-secrets-no-key = EncryptionConfig covers secrets but names no KMS key
eks-secrets-old-version = no EncryptionConfig for secrets, and this Kubernetes version predates EKS default envelope encryption (1.28)

## athena-source-bucket-encrypted

athena-table-no-location = the table names no S3 location
athena-table-not-s3 = the table's location '{ $location }' is not in S3
athena-table-not-phi = neither the table nor its bucket is marked as holding PHI

## athena-workgroup-results-encrypted

athena-managed-results = managed query results are enabled; Athena encrypts them
athena-results-encrypted = query results are encrypted with { $option }
athena-results-encrypted-overridable = query results are encrypted with { $option }, though clients may override it (EnforceWorkGroupConfiguration is false)
athena-results-invalid-option = EncryptionOption '{ $option }' is not SSE_S3, SSE_KMS or CSE_KMS

## snapshot-encrypted

what-snapshot-encryption = snapshot encryption
snapshot-not-collected = { $path } was not collected

## snapshot-not-public

snapshot-sharing-outside = snapshot sharing is set outside the snapshot's definition; only a live scan shows it
snapshot-public = the snapshot is public: any AWS account can restore it and read the data it holds
snapshot-not-shared = the snapshot is shared with no other account
snapshot-shared-named = the snapshot is shared with { $count } named account(s) only, not publicly

## datasync-efs-location-tls

datasync-efs-tls = DataSync mounts the file system over TLS 1.2
datasync-efs-plain = InTransitEncryption is { $value }: DataSync copies PHI to EFS over unencrypted NFS
datasync-efs-absent = InTransitEncryption is not set; DataSync mounts EFS without TLS by default

## datasync-s3-location-encrypted

datasync-s3-no-bucket = the location names no bucket

## datasync-task-logging

datasync-log-level-off = Options.LogLevel is OFF, so the task records nothing
datasync-task-logs = the task logs to CloudWatch Logs
datasync-task-no-log-group = no CloudWatchLogGroupArn: the task's transfers are not logged

## appmesh-listener-tls

appmesh-client-not-enforced = the default client policy does not enforce TLS (Enforce: false)
appmesh-no-listeners = no listeners: the node only calls other services
appmesh-listener-mode = listener { $listener } uses TLS mode { $mode }, which accepts plaintext
appmesh-listener-no-tls = listener { $listener } has no TLS configuration, so it accepts only plaintext
appmesh-all-strict = every listener requires TLS (STRICT)

## macie-enabled

macie-not-enabled-scope = Macie is not enabled in account { $account } region { $region }, where S3 buckets hold PHI
macie-no-session = no AWS::Macie::Session in the scanned files; Macie is enabled per account and Region, so check the account
macie-session-status = the Macie session's Status is { $status }, so Macie does not look for sensitive data

## macie-job-bucket-encryption

macie-job-bucket-unencrypted = Bucket '{ $bucket }' in the Macie job declares no server-side default encryption. AWS has encrypted new S3 objects with SSE-S3 since January 2023, but the configuration does not declare it, so it is no evidence for an audit
macie-job-bucket-outside = bucket '{ $bucket }' is not defined in this scan
macie-job-not-bucket = '{ $name }' is a { $kind }
macie-job-all-encrypted = every bucket in the job declares server-side encryption ({ $buckets })

## judge: live.rs

live-gap = { $kind } could not be listed in account { $account } region { $region }: { $action } failed ({ $reason }), so its absence proves nothing

## mq-broker-logs

mq-logs-absent = no broker logs are published (Logs is not set; general and audit logs are off by default)
mq-logs-false = { $path } is false, so the broker does not publish those logs
mq-logs-not-set = { $path } is not set; the broker does not publish those logs by default
mq-logs-general = the broker publishes general logs
mq-logs-general-audit = the broker publishes general and audit logs

## mq-encryption-at-rest

mq-rabbitmq-encrypted = RabbitMQ brokers are always encrypted at rest with an AWS owned key and have no key setting
mq-aws-owned-key = at-rest encryption with an AWS owned key is declared
mq-declared-key = messages are encrypted at rest with the declared KMS key
mq-managed-key = messages are encrypted at rest with the AWS managed key aws/mq

## databrew-dataset-ssl

databrew-dataset-not-jdbc = the dataset does not read a database through JDBC
databrew-connection-not-jdbc = Glue connection '{ $connection }' is not a JDBC connection
databrew-connection-outside = Glue connection '{ $connection }' is not in this scan; check JDBC_ENFORCE_SSL there
databrew-connection-other = the connection name points at '{ $name }', a { $kind }

## databrew-job-encryption

databrew-job-encrypted = job output is encrypted ({ $mode })
databrew-job-mode-unencrypted = EncryptionMode '{ $mode }' does not encrypt job output

## secretsmanager-no-plaintext-passwords

secretsmanager-password-literal = { $path } is a literal in the template (or a parameter's default); keep it in Secrets Manager
secretsmanager-password-literal-default = { $path } is hidden (NoEcho or sensitive) but its literal default is committed in the repository; keep it in Secrets Manager
secretsmanager-no-password = no password is written (managed by the service, restored from a snapshot, or not used)
secretsmanager-password-secret = { $paths } comes from a secret or NoEcho value resolved at deploy time

## secretsmanager-secret-kms

secretsmanager-kms-named = the secret is encrypted with the named KMS key
secretsmanager-secret-kms-default-missing = No KMS key is named for the secret
secretsmanager-secret-kms-default-does = encrypts secrets with the AWS managed key aws/secretsmanager

## transfer-server-no-ftp

transfer-ftp = the server offers plain FTP, which sends credentials and files in clear text
transfer-encrypted-protocols = the server offers only encrypted protocols ({ $protocols })

## ses-event-destination

ses-event-destination = event destination '{ $destination }' publishes sending events
ses-no-event-destination = no enabled event destination is attached, so sends, bounces and rejects are not recorded

## ses-receipt-s3-kms

ses-receipt-no-kms = an S3 action stores received mail without SES encryption (no KmsKeyArn)

## ses-tls-required

ses-tls-optional = TlsPolicy is { $policy }: SES delivers in clear text when the receiving server does not offer TLS

## iot-domain-tls-policy

iot-domain-tls-min = { $policy } requires TLS 1.{ $minor } or later
iot-domain-tls-old = { $policy } still accepts TLS 1.{ $minor }
iot-domain-policy-unknown = security policy '{ $policy }' is not a known IoT policy name

## iot-policy-no-wildcard

iot-policy-wildcard = the policy allows { $action } on every resource

## sqs-queue-encryption

sqs-queue-encryption-default-missing = Neither KmsMasterKeyId nor SqsManagedSseEnabled is declared for the queue
sqs-queue-encryption-default-does = has enabled SSE-SQS on new queues by default since October 2022

## sqs-queue-tls-only

sqs-tls-policy-maybe = queue policy '{ $policy }' may apply to this queue but its queue list cannot be resolved

## vmie-bucket-encrypted

vmie-bucket-encrypted = the VM Import/Export bucket declares default encryption ({ $algorithm })
vmie-bucket-encrypted-default-missing = The VM Import/Export bucket declares no default encryption
vmie-bucket-encrypted-default-does = has encrypted new S3 objects with SSE-S3 since January 2023
vmie-bucket-outside = VM Import/Export bucket '{ $bucket }' is not defined in this scan

## securityhub-enabled

securityhub-enabled-scope = Security Hub is enabled in account { $account } region { $region }
securityhub-not-enabled-scope = Security Hub is not enabled in account { $account } region { $region }
securityhub-no-hub = no Security Hub hub is defined in the scanned files; Security Hub is enabled per account and Region, so check the account (or scan its baseline stack too)
securityhub-no-standards = EnableDefaultStandards is false and no AWS::SecurityHub::Standard is enabled, so nothing is checked
securityhub-standards = Security Hub is enabled with security standards

## dataexchange-export-encrypted

dataexchange-no-export = the event action does not export to S3
dataexchange-export-encrypted = exports are encrypted ({ $type })
dataexchange-export-invalid-type = '{ $type }' is not an S3 server-side encryption type
dataexchange-no-bucket = the export names no destination bucket

## codepipeline-artifact-store-kms

codepipeline-no-store = the pipeline declares no artifact store
codepipeline-store-no-key = { $store } names no KMS key. AWS encrypts artifacts with the AWS managed key aws/s3, but the configuration does not declare it, so it is no evidence for an audit
codepipeline-store-no-key-trusted = { $store } names no KMS key; accepted because AWS encrypts artifacts with the AWS managed key aws/s3 (trust_aws_defaults)
codepipeline-all-keys = every artifact store names a KMS key

## acm-certificate-dns-validation

acm-private-ca = private certificate issued by AWS Private CA; ACM renews it without validation
acm-imported = imported certificate: ACM does not renew it, so its expiry must be watched
acm-dns = DNS validation: ACM renews the certificate automatically
acm-validation-method = ValidationMethod is { $method }: renewal waits for someone to approve an e-mail
acm-no-validation-method = no ValidationMethod: CloudFormation defaults to e-mail validation, so renewal waits for someone to approve an e-mail

## healthlake-datastore-kms

healthlake-datastore-kms-default-missing = No SseConfiguration is declared
healthlake-datastore-kms-default-does = encrypts FHIR data stores with an AWS-owned key
healthlake-cmk-type-unknown = CmkType '{ $type }' is not one phiguard knows

## kms-key-rotation

kms-aws-managed = an AWS managed key: AWS rotates it every year and its rotation cannot be changed
kms-asymmetric = automatic rotation applies only to symmetric encryption keys; this key is { $spec }
kms-origin-manual = keys with Origin { $origin } cannot rotate automatically; rotate them manually
what-automatic-key-rotation = automatic key rotation

## workspaces-volume-encryption

workspaces-root-false = the root volume is not encrypted ({ $path } is false)
workspaces-root-not-set = the root volume is not encrypted ({ $path } is not set)
workspaces-user-false = the user volume is not encrypted ({ $path } is false)
workspaces-user-not-set = the user volume is not encrypted ({ $path } is not set)
workspaces-encrypted = root and user volumes are encrypted

## glacier-vault-tls-only

glacier-no-policy = the vault has no access or lock policy, so nothing refuses plaintext (HTTP) requests
glacier-tls-enforced = a vault policy denies requests without TLS

## qldb-ledger-kms

qldb-ledger-kms-default-missing = No encryption key is declared for the ledger
qldb-ledger-kms-default-does = encrypts QLDB ledgers with an AWS owned key when none is named

## qldb-permissions-mode-standard

qldb-permissions-unknown-mode = PermissionsMode '{ $mode }' is not a known mode

## logs-group-retention

logs-retention-audit-trail = RetentionInDays is not set, so events never expire; this log group holds audit logs (CloudTrail trail { $name } delivers to it), which may be kept indefinitely
logs-retention-audit-flow-log = RetentionInDays is not set, so events never expire; this log group holds audit logs (flow log { $name } delivers to it), which may be kept indefinitely
logs-retention-audit-name = RetentionInDays is not set, so events never expire; this log group holds audit logs (its name { $name } marks it as an audit log), which may be kept indefinitely

## globalaccelerator-encrypted-listener

ga-listener-protocol-unknown = the protocol of listener '{ $listener }' is not known
ga-lb-no-listener = '{ $lb }' has no listener on port { $port } in this scan
ga-ports-too-wide = ports { $from }-{ $to } are too wide a range to judge one by one
ga-port-not-visible = port { $port } forwards to endpoints whose protocol is not visible here
ga-port-plain = listener port { $port } forwards to the { $protocol } listener '{ $listener }' of '{ $lb }' on port { $target }, so PHI crosses the accelerator unencrypted

## kinesis-stream-encryption

kinesis-stream-no-key-id = EncryptionType is KMS but KeyId is missing; the stream cannot be created as written
kinesis-stream-type-unencrypted = EncryptionType is { $type }: the stream stores records unencrypted

## guardduty-enabled

guardduty-enabled-scope = GuardDuty is enabled in account { $account } region { $region }
guardduty-no-detector-scope = GuardDuty is not enabled in account { $account } region { $region }: no detector exists there
what-guardduty = GuardDuty
guardduty-no-detector = no AWS::GuardDuty::Detector in the scanned files; GuardDuty is enabled per account and Region, so check the account

## ecr-repository-encryption

ecr-images-encrypted = images are encrypted with { $type }
ecr-invalid-type = EncryptionType '{ $type }' is not an ECR encryption type

## codebuild-artifact-encryption

codebuild-encryption-disabled = { $place } turns encryption off (EncryptionDisabled: true)
codebuild-no-output = the project produces no artifacts and no S3 logs
codebuild-kms-named = build output is encrypted with the named KMS key

## pinpoint-sms-short-code

pinpoint-sms-disabled = the SMS channel is disabled
pinpoint-short-code = the SMS channel sends through a dedicated short code
pinpoint-no-short-code = the SMS channel names no short code, so messages go out from shared or long-code numbers or a sender ID

## inspector-phi-instances

inspector-scans-ec2 = Inspector scans EC2 in account { $account } region { $region }
inspector-no-ec2-scan = Amazon Inspector does not scan EC2 in account { $account } region { $region }: this PHI instance gets no vulnerability assessment

## codedeploy-revision-bucket-encrypted

codedeploy-no-s3-revision = the deployment group does not deploy a revision from S3
## unknown-value reasons (outcome.rs unknown_reason, the loaders' reasons)

helper-path-unknown = { $path } { $reason }
helper-true-unknown = { $what }: { $path } { $reason }
reason-ref = refers to '{ $target }', known only at deploy time
reason-secret = comes from a secret
reason-choice = depends on condition '{ $condition }', which depends on an unset parameter or variable
reason-literal-secret = is a secret whose literal default is committed in the repository
reason-not-literal = is not a literal value
reason-cfn-param-no-default = parameter '{ $name }' has no default; pass --param { $name }=VALUE
reason-cfn-param-ssm = parameter '{ $name }' is read from SSM at deploy time
reason-cfn-import-value = Fn::ImportValue reads another stack's export
reason-cfn-get-azs = Fn::GetAZs is known only at deploy time
reason-cfn-notification-arns = AWS::NotificationARNs is known only at deploy time
reason-cfn-dynamic-reference = dynamic reference resolved at deploy time
reason-cfn-cidr = Fn::Cidr is not evaluated
reason-cfn-unset-condition = condition depends on an unset parameter
reason-tf-var-no-value = comes from variable '{ $name }', which has no default and no value was given (--var, --var-file)
reason-tf-no-variable = invalid expression: no variable '{ $name }' is declared
reason-tf-no-resource = invalid expression: no resource '{ $name }' is declared
reason-tf-after-apply = is known only after apply ({ $name })

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

## judge: policy.rs

policy-plaintext-no-deny = no statement denies requests whose aws:SecureTransport is false
policy-plaintext-not-principal = the Deny on aws:SecureTransport uses NotPrincipal, so it exempts some principals
policy-plaintext-some-principals = the Deny on aws:SecureTransport names specific principals, not '*'

## sqs-queue-tls-only

sqs-tls-not-enforced = the queue policy does not refuse plaintext requests: { $gap }
sqs-tls-actions-uncovered = the queue policy does not refuse plaintext requests: the Deny on aws:SecureTransport does not cover { $actions }

## glacier-vault-tls-only

glacier-tls-not-enforced = the vault policies do not refuse plaintext requests: { $gap }
glacier-tls-actions-uncovered = the vault policies do not refuse plaintext requests: the Deny on aws:SecureTransport does not cover { $actions }

## ec2-cleartext-ingress

ec2-cleartext-protocol-unresolvable = IpProtocol is not resolvable
ec2-cleartext-ports-unresolvable = the rule's ports are not resolvable
ec2-cleartext-group-verdict = the security group '{ $group }' carries the verdict
ec2-cleartext-load-balancer = the group protects the load balancer '{ $balancer }', whose listeners decide which protocols are served (judged by the load balancer rules)
ec2-cleartext-open = the internet (0.0.0.0/0 or ::/0) may reach cleartext services: { $services }
ec2-cleartext-none = no cleartext protocol is open to the internet

## judge: block_devices.rs (ec2-instance-ebs-encrypted, ec2-launch-template-ebs-encrypted, ec2-launch-configuration-ebs-encrypted)

block-devices-false = unencrypted EBS volume(s) — { $device }: Encrypted is false
block-devices-absent = unencrypted EBS volume(s) — { $device }: Encrypted is not set, so the new volume is unencrypted unless the account turns on EBS encryption by default
block-devices-snapshot = EBS encryption cannot be decided — { $device }: restored from SnapshotId without Encrypted: it takes the snapshot's encryption
block-devices-encrypted = the declared EBS volume(s) { $devices } are encrypted
block-devices-encrypted-root = the declared EBS volume(s) { $devices } are encrypted; the root volume { $root } takes the AMI snapshot's encryption
block-devices-root-unset = the root volume { $device } does not set Encrypted: the root volume's encryption comes from the AMI's snapshot and from the account's EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true on the root device mapping to make it evidence
block-devices-no-mapping = the { $kind ->
        [launch-template] launch template
        [launch-configuration] launch configuration
       *[instance] instance
    } declares no EBS block device mapping: the root volume's encryption comes from the AMI's snapshot and from the account's EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true on the root device mapping to make it evidence

## firehose-destination-encrypted

firehose-dest-kms = the stream encrypts what it writes to S3 with KMS
firehose-dest-https = the HTTP endpoint is https://
firehose-dest-not-https = the HTTP endpoint { $url } is not https://
firehose-dest-none = no S3 or HTTP endpoint destination (other destinations are judged by their own rules)

## firehose-encryption

firehose-encryption-none = the Direct PUT stream declares no server-side encryption
firehose-encryption-sse = server-side encryption with { $key }
firehose-encryption-source-kms = the source stream '{ $stream }' is KMS-encrypted
firehose-encryption-source-none = the source stream '{ $stream }' has no server-side encryption
firehose-encryption-source-not-stream = the source '{ $source }' is not a Kinesis stream
firehose-encryption-source-outside = the source stream { $stream } is not in the scan
firehose-encryption-source-unnamed = the source stream is not named
firehose-encryption-other-source = the source ({ $source }) is judged by its own service's rules

## firehose-error-logging

firehose-logging-no-destination = no destination configuration is written
firehose-logging-on = delivery errors are logged to CloudWatch Logs
firehose-logging-disabled = error logging is disabled for the destination
firehose-logging-absent = the destination does not enable CloudWatch error logging

## comprehend-data-access-scope, comprehend-role-confused-deputy

comprehend-not-trusted = the role is not trusted by Comprehend

## comprehend-data-access-scope

comprehend-scope-inline = an inline policy allows S3 actions on every bucket (Resource "*")
comprehend-scope-managed = the managed policy '{ $policy }' allows S3 actions on every bucket
comprehend-scope-aws-managed = the AWS managed policy { $policy } grants S3 access to every bucket
comprehend-scope-outside = the managed policy { $policy } is not in the scan
comprehend-scope-attached = the policy '{ $policy }' attached to the role allows S3 actions on every bucket
comprehend-scope-specific = the role's S3 permissions name specific buckets

## comprehend-input-bucket-encrypted

comprehend-input-none = no input location is written

## comprehend-kms

comprehend-kms-declared = KMS keys are declared for the job volumes, the model and the output
comprehend-kms-default-trusted = No KMS key is declared for { $paths }; accepted because AWS encrypts these with keys Comprehend manages (trust_aws_defaults)
comprehend-kms-default-fail = No KMS key is declared for { $paths }. AWS encrypts these with keys Comprehend manages, but the configuration does not declare it, so it is no evidence for an audit

## comprehend-role-confused-deputy

comprehend-trust-none = no trust policy is written
comprehend-trust-unreadable = the trust policy is not a readable policy document
comprehend-trust-unscoped = the role trusts Comprehend without an aws:SourceArn or aws:SourceAccount condition, so jobs in other accounts could make Comprehend use it
comprehend-trust-scoped = the Comprehend trust is limited by aws:SourceArn or aws:SourceAccount

## comprehend-vpc

comprehend-vpc-absent = no VpcConfig: the jobs run outside the customer's VPC
comprehend-vpc-set = the jobs run in the customer's VPC
comprehend-vpc-no-subnets = VpcConfig names no subnets

## vpc-flow-logs: a flow log of part of the traffic

vpc-flow-logs-partial = flow log '{ $log }' records only { $traffic } traffic; the audit trail needs ALL
vpc-flow-logs-partial-unset = flow log '{ $log }' records only not set traffic; the audit trail needs ALL

## vpc-security-group-open-ingress

vpc-sg-all-open = all protocols and ports are open to { $cidr }
vpc-sg-all-ports = all { $protocol } ports are open to { $cidr }
vpc-sg-port = { $protocol } port { $port } is open to { $cidr }
vpc-sg-ports = { $protocol } ports { $from }-{ $to } are open to { $cidr }
vpc-sg-unjudged-not-written = an ingress rule cannot be judged: { $key } is not written
vpc-sg-no-rules = the security group has no ingress rules
vpc-sg-web-only = no ingress rule opens ports other than 80/443 to the internet

## ebs-encryption-by-default. `region` is the region's name or the message ebs-this-region.

ebs-this-region = this region
ebs-default-on = new EBS volumes in { $region } are encrypted by default
ebs-default-on-key = new EBS volumes in { $region } are encrypted by default (key { $key })
ebs-default-off = EBS encryption by default is off in { $region }: a volume created without Encrypted stores PHI in clear
ebs-default-not-collected = EbsEncryptionByDefault was not collected in { $region } (ec2:GetEbsEncryptionByDefault)

## ebs-volume-encrypted

ebs-volume-from-snapshot = the volume is restored from SnapshotId without Encrypted: it takes the snapshot's encryption, which the template does not show
ebs-volume-encrypted-absent = Encrypted is not set: the volume is unencrypted unless the account turns on EBS encryption by default, which the configuration does not show

## efs-file-system-encrypted

efs-encrypted-absent = Encrypted is not set; CloudFormation creates EFS file systems unencrypted by default

## efs-tls-required

efs-tls-no-policy = no file system policy: clients may mount without TLS and move PHI over NFS in cleartext
efs-tls-unreadable = the file system policy is not a readable policy document
efs-tls-denied = the file system policy denies access without TLS
efs-tls-allow-only = the file system policy allows client access only over TLS
efs-tls-not-denied = the file system policy does not deny access without TLS (no Deny on aws:SecureTransport false)

## ec2-instance-ebs-encrypted

ec2-instance-ebs-from-template = the instance takes its block devices from its launch template, which carries the verdict

## cloudtrail-records-api-calls: one region not recorded

cloudtrail-api-calls-uncovered = in account { $account }, API calls are not all recorded by a logging trail: region { $region }: no trail covers it
cloudtrail-api-calls-stopped = in account { $account }, API calls are not all recorded by a logging trail: region { $region }: trail { $trail } is not logging

## cloudtrail-phi-bucket-data-events: one trail's status not collected

cloudtrail-phi-bucket-not-collected = whether a trail records this bucket's object events is unknown: trail { $trail }: IsLogging was not collected

## ec2-instance-ebs-encrypted: volumes attached through Volumes

ec2-instance-ebs-encrypted-attached = the declared EBS volume(s) { $devices } are encrypted ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)
ec2-instance-ebs-encrypted-root-attached = the declared EBS volume(s) { $devices } are encrypted; the root volume { $root } takes the AMI snapshot's encryption ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)
ec2-instance-ebs-snapshot-attached = EBS encryption cannot be decided — { $device }: restored from SnapshotId without Encrypted: it takes the snapshot's encryption ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)
ec2-instance-ebs-root-unset-attached = the root volume { $device } does not set Encrypted: the root volume's encryption comes from the AMI's snapshot and from the account's EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true on the root device mapping to make it evidence ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)
ec2-instance-ebs-no-mapping-attached = the instance declares no EBS block device mapping: the root volume's encryption comes from the AMI's snapshot and from the account's EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true on the root device mapping to make it evidence ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)

## judge: bucket.rs

bucket-role-default-trusted = The { $role } '{ $bucket }' declares no default encryption; accepted because AWS has encrypted new S3 objects with SSE-S3 since January 2023 (trust_aws_defaults)
bucket-role-default-fail = The { $role } '{ $bucket }' declares no default encryption. AWS has encrypted new S3 objects with SSE-S3 since January 2023, but the configuration does not declare it, so it is no evidence for an audit
## judge: phi_scan.rs

phi-scan-holds = { $path } holds what looks like { $kind }: { $masked }.
phi-scan-holds-key = { $path } (key '{ $key }') holds what looks like { $kind }: { $masked }.
phi-scan-unchecked = { $path } cannot be checked for PHI before deployment: { $reason }
phi-scan-unchecked-one-more = { $path } (and 1 more fields) cannot be checked for PHI before deployment: { $reason }
phi-scan-unchecked-more = { $path } (and { $count } more fields) cannot be checked for PHI before deployment: { $reason }
phi-scan-nothing-set = no names, tags or free-form fields to check are set
phi-scan-clean = no PHI-like values in { $fields }

## judge: phi_detect.rs

phi-kind-ssn = a US Social Security number
phi-kind-mbi = a Medicare Beneficiary Identifier
phi-kind-npi = a National Provider Identifier
phi-kind-record-number = a medical record / patient id
phi-kind-birth-date = a date of birth
phi-kind-email = a personal e-mail address
phi-kind-phone = a phone number
phi-kind-patient-name = a patient's name
phi-kind-custom = a value matching the '{ $name }' pattern

## appmesh-no-phi-in-names

appmesh-no-phi-in-names-why = App Mesh names and attributes are not protected and are distributed to every Envoy proxy in the mesh.

## autoscaling-no-phi-in-names

autoscaling-no-phi-in-names-why = Auto Scaling names are free-form fields that land in diagnostic logs.

## batch-no-phi-in-definitions

batch-no-phi-in-definitions-why = Batch job definitions, queues and tags are not encrypted and are shown to anyone who can describe jobs.

## cloudformation-no-phi-in-template

cloudformation-no-phi-in-template-why = Template text, parameter values, outputs and stack tags are plain text in source control, S3 and the CloudFormation console.

## cloudwatch-no-phi

cloudwatch-no-phi-why = CloudWatch metrics and alarms are not a PHI store: names, dimensions and descriptions go to notifications, dashboards and third-party tools.

## comprehend-no-phi-in-names

comprehend-no-phi-in-names-why = Comprehend names and tags are free-form fields that are not protected like document content.

## connect-no-phi-in-admin-fields

connect-no-phi-in-admin-fields-why = Connect administration fields and Customer Profiles keys are not encrypted like contact and profile contents.

## beanstalk-no-phi-in-names

beanstalk-no-phi-in-names-why = Elastic Beanstalk names, descriptions and environment properties are not encrypted and are shown in the console and API results.

## not-for-phi-service

not-for-phi-service-why = This service must not store, transmit or process PHI; its configuration is readable by administrators across the organisation.

## events-no-phi

events-no-phi-why = PHI must not flow into CloudWatch Events/EventBridge: rule definitions, patterns and constant target inputs are configuration that many principals can read.

## iot-no-phi-in-topics

iot-no-phi-in-topics-why = Thing names, attributes and MQTT topic names are not encrypted payload: they appear in the registry, in logs and in every message routed by topic.

## kms-no-phi-in-metadata

kms-no-phi-in-metadata-why = KMS key metadata is not encrypted and is shown in the console, in ListKeys/ListAliases results and in CloudTrail.

## macie-no-phi-in-config

macie-no-phi-in-config-why = Macie settings are configuration, readable by every Macie administrator, and not a place for PHI.

## metadata-no-phi-in-tags

metadata-no-phi-in-tags-why = Names, tags and descriptions are not encrypted: they appear in ARNs, URLs, CloudWatch metrics, the tagging API, Cost Explorer, Config and CloudTrail.

## rekognition-no-phi-in-ids

rekognition-no-phi-in-ids-why = Rekognition identifiers are not encrypted and appear in API results and CloudTrail.

## route53-no-phi-in-names

route53-no-phi-in-names-why = Route 53 names, records and tags are not encrypted, and DNS names are public and logged by resolvers.

## s3-no-phi-in-names

s3-no-phi-in-names-why = Bucket names, object keys and prefixes are not encrypted by SSE or client-side encryption and appear in URLs, access logs, CloudTrail and S3 event notifications.

## servicecatalog-no-phi

servicecatalog-no-phi-why = Service Catalog cannot store, transmit or process PHI; its metadata is shown to every user of the portfolio.

## cloudmap-no-phi-in-names

cloudmap-no-phi-in-names-why = Cloud Map names and attributes are not protected and are returned to every client that discovers the service.

## ssm-no-phi-in-identifiers

ssm-no-phi-in-identifiers-why = Systems Manager identifiers and plain String parameters are not encrypted and appear in the console, API results and CloudTrail.

## stepfunctions-no-phi

stepfunctions-no-phi-why = Step Functions must not store, transmit or process PHI; definitions, names and tags are plain text in the console, API results and execution history.
## judge: reference.rs (reasons)

reason-ref-not-in-scan = refers to '{ $target }', which is not in this scan
reason-built-at-deploy = '{ $name }' is built from values known only at deploy time
reason-name-empty = the name is empty

## rds-oracle-encryption-in-transit (unresolved)

rds-oracle-server-unresolved = SQLNET.ENCRYPTION_SERVER in option group '{ $group }' cannot be resolved: { $reason }

## rds-sqlserver-audit (unresolved)

rds-sqlserver-audit-unresolved = rds.sqlserver_audit in parameter group '{ $group }' cannot be resolved: { $reason }

## rds-tls-enforced (unresolved)

rds-tls-param-unresolved = { $engine }: { $parameter } in parameter group '{ $group }' cannot be resolved: { $reason }

## judge: rds_settings.rs (unreadable)

rds-option-configurations-unreadable = the option group's OptionConfigurations { $reason }
rds-option-name-unreadable = an option name in the option group { $reason }

## judge: inherited.rs (unreadable)

inherited-source-unreadable = encryption is inherited from { $path }, which { $reason }
inherited-unresolved-ignored = encryption is inherited from { $path }, which { $reason }; { $flag } is ignored when restoring or replicating
inherited-source-flag-unreadable = inherits encryption from { $source }, whose { $flag } { $reason }

## dms-target-encrypted (unreadable)

dms-target-flag-unreadable = the target's { $path } { $reason }
dms-target-server-unreadable = the target server { $reason }
dms-target-server-unresolved = the target server cannot be resolved: { $reason }

## glue-job-encryption (unreadable)

glue-job-sc-s3-unreadable = the S3 encryption of '{ $configuration }' { $reason }
glue-job-sc-unresolved = the security configuration cannot be resolved: { $reason }

## ssm-output-encrypted (unreadable)

ssm-output-bucket-unreadable = the output bucket { $reason }
ssm-output-content-unreadable = the document content { $reason }

## ssm-parameter-secure-string (unreadable)

ssm-parameter-value-unreadable = the value of '{ $name }' { $reason }

## dynamodb-point-in-time-recovery (unreadable)

dynamodb-pitr-replica-unreadable = replica { $region }: { $path } { $reason }

## sagemaker-endpoint-kms (unreadable)

sagemaker-endpoint-instance-type-unreadable = no KmsKeyId, and a variant's InstanceType { $reason }

## sagemaker-job-output-kms (unreadable)

sagemaker-pipeline-definition-unreadable = the pipeline definition { $reason }

## redshift-require-ssl (unresolved)

redshift-ssl-unresolved = require_ssl in parameter group '{ $group }' cannot be resolved: { $reason }

## msk-broker-logs (unreadable)

msk-broker-logs-unreadable = whether broker logs go to { $destination } { $reason }

## opsworks-no-plaintext-secrets (unreadable)

opsworks-env-secure-unreadable = Secure of { $key } { $reason }

## stepfunctions-logging-no-data (unreadable)

stepfunctions-group-key-unreadable = log group '{ $group }' KmsKeyId { $reason }

## kinesisanalytics (unreadable)

kinesisanalytics-input-unresolved = an input stream { $reason }
kinesisanalytics-stream-encryption-unreadable = the encryption of stream '{ $stream }' { $reason }
kinesisanalytics-logging-maybe-unreadable = the logging option '{ $option }' may belong to this application: its ApplicationName { $reason }

## fargate-efs-transit-encryption (unreadable)

fargate-efs-transit-unreadable = TransitEncryption of '{ $volume }' { $reason }

## emr (unreadable)

emr-at-rest-unreadable = EnableAtRestEncryption in '{ $configuration }' { $reason }
emr-in-transit-unreadable = EnableInTransitEncryption in '{ $configuration }' { $reason }
emr-security-configuration-value-unreadable = the security configuration '{ $configuration }' { $reason }

## judge: reference.rs (reason not-string)

reason-not-string = is not a string

## cloudfront-s3-origin-encrypted (unreadable)

cloudfront-origin-domain-unreadable = the S3 origin's domain { $reason }

## neptune (unresolved)

neptune-group-unresolved = the parameter group cannot be resolved: { $reason }

## judge: endpoint_url.rs (unreadable)

endpoint-url-unreadable = the endpoint in { $name } { $reason }

## sqs-queue-encryption (declared key)

sqs-queue-encryption-kms-declared = messages are encrypted with a KMS key: KmsMasterKeyId is declared (its value { $reason })

## secretsmanager-no-plaintext-passwords (unreadable)

secretsmanager-password-unreadable = { $path } { $reason }; a parameter without NoEcho shows its value in the stack's parameters

## ses-event-destination (unreadable)

ses-event-destination-maybe = event destination '{ $destination }' may belong to this set: { $reason }
ses-event-destination-maybe-enabled = event destination '{ $destination }' may belong to this set: Enabled { $reason }

## iot-policy-no-wildcard (unreadable)

iot-policy-action-unreadable = cannot tell whether the policy grants everything: an Action { $reason }
iot-policy-resource-unreadable = cannot tell whether the policy grants everything: a Resource { $reason }

## databrew-dataset-ssl (unreadable)

databrew-connection-unreadable = the Glue connection { $reason }
databrew-connection-unresolved = the Glue connection cannot be resolved: { $reason }

## vmie-bucket-encrypted (unreadable)

vmie-bucket-encryption-unreadable = the bucket's default encryption { $reason }
vmie-bucket-unresolved = a VM Import/Export bucket cannot be resolved: { $reason }

## macie-job-bucket-encryption (unreadable)

macie-job-buckets-unreadable = the job's buckets { $reason }
macie-job-bucket-encryption-unreadable = the encryption of '{ $bucket }' { $reason }
macie-job-bucket-unresolved = { $reason }

## datasync-s3-location-encrypted (unreadable)

datasync-bucket-unreadable = the bucket { $reason }

## appmesh-listener-tls (unreadable)

appmesh-tls-mode-unreadable = TLS mode { $reason }

## ses-receipt-s3-kms (unreadable)

ses-s3action-unreadable = an S3Action { $reason }

## dataexchange-export-encrypted (unreadable)

dataexchange-bucket-unreadable = the destination bucket { $reason }

## inspector (unreadable)

inspector-resource-types-unreadable = Inspector's ResourceTypes { $reason }

## codedeploy-revision-bucket-encrypted (unreadable)

codedeploy-revision-bucket-unreadable = the revision bucket { $reason }

## judge: policy.rs (undecided plaintext deny)

policy-plaintext-narrowed = the Deny on aws:SecureTransport carries further conditions that narrow it
policy-plaintext-resource-unmatched = the Deny's Resource cannot be matched to this resource
policy-plaintext-unknown-statements = the policy's statements: { $reason }
policy-plaintext-unknown-effect = a statement's Effect { $reason }
policy-plaintext-unknown-condition = a Deny statement's Condition { $reason }
policy-plaintext-unknown-clause = a Deny statement's condition { $reason }
policy-plaintext-unknown-secure-transport = aws:SecureTransport { $reason }
policy-plaintext-unknown-principal = the Deny's Principal { $reason }
policy-plaintext-unknown-action = the Deny's Action { $reason }
policy-plaintext-unknown-not-action = the Deny's NotAction { $reason }
policy-plaintext-unknown-resource = the Deny's Resource { $reason }

## sqs-queue-tls-only (undecided)

sqs-tls-unknown = cannot tell whether plaintext requests are refused: { $reason }
sqs-tls-policy-of = the policy of '{ $policy }' { $reason }

## glacier-vault-tls-only (undecided)

glacier-tls-unknown = cannot tell whether plaintext requests are refused: { $reason }
glacier-tls-vault-policy = the vault policy { $reason }

## sagemaker-job-output-kms (pipeline steps)

sagemaker-pipeline-default-missing = No output KMS key is named for { $steps }
sagemaker-pipeline-default-does = encrypts those outputs with the account's AWS managed S3 key
sagemaker-pipeline-step = { $type } step '{ $name }'
sagemaker-pipeline-step-and = { $type } step '{ $name }', { $rest }

## judge: policy.rs (unresolved statements)

policy-unresolved-document = the policy document { $reason }
policy-unresolved-statement = a statement { $reason }
policy-unresolved-statement-field = Statement { $reason }
reason-not-policy-document = is not a policy document

## iot-policy-no-wildcard (statements)

iot-policy-statements-unreadable = the statements { $reason }
reason-cfn-get-att-not-resource = Fn::GetAtt of '{ $name }', which is not a resource here

## judge: declared_key.rs

declared-key-none = No KMS key is declared ({ $path })
declared-key-empty = { $path } is empty
fsx-kms-aws-does = encrypts the file system with the AWS managed key aws/fsx
lambda-environment-kms-aws-does = encrypts environment variables with the AWS managed key aws/lambda
kinesisvideo-stream-kms-aws-does = encrypts stored media with the AWS managed key aws/kinesisvideo
forecast-dataset-kms-aws-does = encrypts datasets with a key Forecast manages
appflow-flow-kms-aws-does = encrypts flow data with the AppFlow-managed key aws/appflow

## judge: backup.rs

backup-covers-undecided = whether it is backed up cannot be decided: { $why }
backup-why-pattern = the pattern { $pattern } may match { $store }'s name, which is generated at deploy time
backup-why-tag-value = the value of tag { $key } is known only at deploy time
backup-why-tags-entry = a ListOfTags entry is known only at deploy time
backup-why-target-tags-entry = a TargetTags entry of { $policy } is known only at deploy time

## judge: engine.rs

engine-same-verdict = { $message } (the same verdict under every value of condition '{ $condition }', which depends on an unset parameter or variable)
engine-depends-on-condition = depends on condition '{ $condition }', which depends on an unset parameter or variable: when { $condition } true: { $verdict-on } ({ $on }); when { $condition } false: { $verdict-off } ({ $off })
engine-verdict-pass = pass
engine-verdict-fail = fail
engine-verdict-unknown = unknown
engine-verdict-not-applicable = not_applicable

## eligibility-phi-in-eligible-service: services outside the scan

eligibility-hop-unknown-service = { $kind } { $name } sends PHI to AWS service '{ $prefix }' (outside this scan) by { $via }; phiguard does not know which service the IAM prefix '{ $prefix }' belongs to: check it against spec/eligible-services.yaml and AWS's current HIPAA Eligible Services Reference
eligibility-hop-unlisted = { $kind } { $name } sends PHI to { $service } (outside this scan) by { $via }, and { $service } is not a HIPAA-eligible service (on no list of spec/eligible-services.yaml): the BAA does not cover PHI there
eligibility-hop-eligible = { $kind } { $name } sends PHI to { $service } (outside this scan) by { $via }; { $service } is HIPAA eligible (whitepaper: { $listed })
eligibility-hop-supporting = { $kind } { $name } sends PHI to { $service } (outside this scan) by { $via }; { $listed } has no section of its own in the whitepaper: verify against the current HIPAA Eligible Services Reference
eligibility-hop-not-in-whitepaper = { $kind } { $name } sends PHI to { $service } (outside this scan) by { $via }; { $listed } is not covered by the whitepaper (spec/eligible-services.yaml): verify against the current HIPAA Eligible Services Reference

## judge: policy.rs (transport gaps)

s3-tls-partial = bucket policy { $policies } does not deny every request made without TLS: { $gap }
policy-transport-old-tls-only = it denies only TLS versions below a minimum (s3:TlsVersion); a plain-HTTP request carries no TLS version and is not denied — add a Bool aws:SecureTransport=false deny
policy-transport-some-principals = the aws:SecureTransport deny names specific principals (or exempts some with NotPrincipal), so other callers may still use plain HTTP
policy-transport-actions = the aws:SecureTransport deny does not cover { $actions }

## judge: live.rs

live-collected-at-invalid = the inventory's collected_at is not an RFC 3339 time, so no age can be computed
live-no-collection-time = the scan has no collection time, so no age can be computed
config-recorder-live-none = AWS Config is not recording in account { $account } region { $region }: no configuration recorder exists there

## judge: endpoint_url.rs

endpoint-url-unresolved = the endpoint in { $name } { $reason }

## loader reasons (Terraform dynamic blocks)

reason-tf-dynamic-var-no-value = is generated by a dynamic block whose for_each comes from variable '{ $name }', which has no default and no value was given (--var, --var-file)
reason-tf-dynamic-after-apply = is generated by a dynamic block whose for_each is known only after apply ({ $name })

## loader reasons (live collections)

reason-live-refused-because = { $action } was refused ({ $error })
reason-live-refused = { $action } was refused

## s3-bucket-tls-only: undecided policies

s3-tls-unevaluable = the bucket policy cannot be evaluated: { $why }
s3-tls-undecided = whether the bucket policy denies requests without TLS cannot be decided: { $why }
s3-tls-maybe-policy = bucket policy { $policy } may apply to this bucket, but its Bucket { $reason }

## loader reasons (CloudFormation intrinsics, Terraform expressions)

reason-cfn-getatt-not-resource = Fn::GetAtt of '{ $name }', which is not a resource here
reason-cfn-getatt-malformed = malformed Fn::GetAtt
reason-cfn-select-out-of-range = Fn::Select index { $index } is out of range
reason-cfn-select-deploy-time = Fn::Select over a value known only at deploy time
reason-cfn-split-deploy-time = Fn::Split over a value known only at deploy time
reason-cfn-length-deploy-time = Fn::Length over a value known only at deploy time
reason-cfn-to-json-deploy-time = Fn::ToJsonString over values known only at deploy time
reason-cfn-malformed = malformed { $name }
reason-cfn-unsupported = { $name } is not supported
reason-tf-no-local = invalid expression: no local value '{ $name }' is declared
reason-tf-self-after-apply = refers to the resource itself, known only after apply
reason-tf-over-budget = is not evaluated: this input went over its evaluation budget
reason-tf-too-large = is not evaluated: it is too large
reason-tf-contains-secret = contains a secret
reason-tf-budget-spent = is not evaluated: this input went over its evaluation budget (see the warning where it ran out)
reason-tf-budget-time = is not evaluated: this input went over its evaluation budget of { $seconds } s
reason-tf-budget-elements = is not evaluated: this input went over its evaluation budget of { $count } elements evaluated
reason-tf-too-deep = is not evaluated: it nests more than { $count } evaluations deep (a template, policy document or module that includes itself?)
reason-tf-value-too-large = is not evaluated: it has more than { $count } elements, over the limit of one value
reason-tf-ref-after-apply = refers to '{ $name }', known only after apply
reason-tf-secret = is a secret
reason-tf-null = is null
reason-tf-wrong-type = is not of the expected type
reason-tf-invalid-no-variable = is invalid (no variable '{ $name }' is declared)
reason-tf-invalid-no-resource = is invalid (no resource '{ $name }' is declared)
reason-tf-invalid-no-local = is invalid (no local value '{ $name }' is declared)
reason-tf-instance-count = { $name } of { $address } its count { $reason }
reason-tf-instance-for-each = { $name } of { $address } its for_each { $reason }
reason-tf-set-by-count = is set by { $address } exists only if its count { $reason }, which is not known
reason-tf-set-by-for-each = is set by { $address } exists only if its for_each { $reason }, which is not known
reason-cfn-find-in-map-deploy-time = Fn::FindInMap key known only at deploy time
reason-cfn-mapping-missing = mapping { $mapping } does not exist
reason-cfn-ref-undefined = Ref to '{ $name }', which is not defined in this template
reason-tf-workspace = depends on the Terraform workspace, chosen when Terraform runs
reason-tf-self = refers to the resource itself, known only after apply
reason-tf-nested-attribute = reads a nested attribute of '{ $name }', known only after apply
reason-tf-nested-value = reads a nested value of '{ $name }', known only after apply
reason-tf-data-source = reads data source '{ $name }', known only when Terraform runs
reason-tf-data-source-nested = reads a nested attribute of data source '{ $name }', known only when Terraform runs
reason-tf-generated-on-apply = is generated by { $name } when Terraform applies
reason-tf-provider-function = is computed by provider function { $name }, which is not evaluated
reason-tf-function-not-evaluated = is computed by { $name }(), which phiguard does not evaluate
reason-tf-function-bad-arguments = is computed by { $name }() from arguments that cannot be used

## eligibility-phi-in-eligible-service: undecided service

eligibility-undecided = { $what } { $kind }: { $why }
eligibility-undecided-why = whether this is { $service } depends on { $attr }, which is not a literal value

## judge: backup.rs (FSx types)

backup-why-fsx-type = FileSystemType '{ $type }' is not known here

## backup-recent-recovery-point: unreadable recovery points

backup-points-unreadable = recovery points could not be read: { $why }
backup-point-status-unread = { $point }: Status was not read
backup-point-date-invalid = { $point }: CreationDate is not an RFC 3339 time

## backup-plan-covers-phi-stores: why coverage cannot be decided

backup-undecided = whether it is backed up cannot be decided: { $why }
backup-why-pattern = the pattern { $entry } may match { $name }'s name, which is generated at deploy time
backup-why-tag-value = the value of tag { $key } is known only at deploy time
backup-why-tag-entry = a ListOfTags entry is known only at deploy time
backup-why-condition-operator = Conditions { $operator } is not understood
backup-why-condition-key = condition key { $key } is not a resource tag
backup-why-condition-entry = a Conditions { $operator } entry is known only at deploy time
backup-why-replica-pitr = a replica's PointInTimeRecoveryEnabled is known only at deploy time
backup-why-fsx-type = FileSystemType '{ $type }' is not known here
backup-why-target-tags = a TargetTags entry of { $policy } is known only at deploy time

## docdb-tls, docdb-audit-logs: a parameter that cannot be read

docdb-tls-param-unknown = tls in the parameter group '{ $group }' { $reason }
docdb-audit-param-unknown = audit_logs in the parameter group '{ $group }' { $reason }

## vpc-security-group-open-ingress, vpc-flow-logs: values that cannot be read

vpc-sg-unjudged = an ingress rule cannot be judged: { $why }
vpc-flow-logs-traffic-unknown = cannot tell whether the VPC has flow logs: TrafficType of '{ $log }' { $reason }

## cloudtrail-audit-log-retention: an expiration that cannot be read

cloudtrail-retention-expiration-unknown = ExpirationInDays of the log bucket '{ $bucket }' { $reason }

## comprehend-data-access-scope: a managed policy ARN that cannot be read

comprehend-scope-arn-unknown = a managed policy ARN { $reason }

## ecs: unnamed containers and volumes, log options that cannot be read

ecs-unnamed = (unnamed)
ecs-log-output-name-unknown = the container '{ $container }': the FireLens output name { $reason }
ecs-log-tls-option-unknown = the container '{ $container }': the tls option of the { $output } output { $reason }
ecs-log-address-unknown = the container '{ $container }': { $key } { $reason }

## resource-policy-not-public, judge/exposure.rs: a policy or subnet that cannot be read

resource-policy-unevaluated = { $path } cannot be evaluated: { $why }
exposure-policy-unknown = the policy { $reason }
exposure-subnet-ip-unknown = subnet { $subnet }'s MapPublicIpOnLaunch { $reason }
exposure-subnet-unresolved = the subnet { $reason }

## ec2-phi-no-public-ip: a launch template's value that cannot be read

ec2-public-ip-from-unread = launch { $kind ->
        [template] template
       *[configuration] configuration
    } { $name }: { $why }

## judge: block_devices.rs, several volumes and unnamed mappings

block-devices-device = { $device }
block-devices-mapping = mapping #{ $index }
block-devices-comma = { $first }, { $rest }
block-devices-next = { $first }; { $rest }
block-devices-item-false = { $device }: Encrypted is false
block-devices-item-absent = { $device }: Encrypted is not set, so the new volume is unencrypted unless the account turns on EBS encryption by default
block-devices-item-snapshot = { $device }: restored from SnapshotId without Encrypted: it takes the snapshot's encryption
block-devices-item-unread = { $device }: { $why }
block-devices-failed = unencrypted EBS volume(s) — { $volumes }
block-devices-undecided = EBS encryption cannot be decided — { $volumes }
ec2-instance-ebs-attached-note = { $sentence } ({ $attached } volume(s) attached through Volumes are judged by ebs-volume-encrypted)

## judge: bucket.rs, reasons that cannot be read

bucket-role-encryption-unknown = the encryption of the { $role } '{ $bucket }' { $reason }
bucket-role-unresolved = the { $role } cannot be resolved: { $reason }

## s3-bucket-tls-only: a policy that cannot be evaluated

s3-tls-unevaluated = the bucket policy cannot be evaluated: { $why }
s3-tls-maybe = bucket policy { $policy } may apply to this bucket, but its Bucket { $reason }

## iam-console-user-mfa: users that could not be listed

iam-mfa-users-unlisted = the IAM users of account { $account } could not be listed: { $action } failed ({ $reason }), so users without MFA may be missing from this report

## cloudtrail-records-api-calls: several regions and trails

cloudtrail-api-calls-missing = in account { $account }, API calls are not all recorded by a logging trail: { $regions }
cloudtrail-api-calls-unknown = in account { $account }, whether a logging trail records every API call is unknown: { $regions }
cloudtrail-next = { $first }; { $rest }
cloudtrail-region-item = region { $region }: { $why }
cloudtrail-region-uncovered = region { $region }: no trail covers it
cloudtrail-trail-stopped-item = trail { $trail } is not logging
cloudtrail-trail-not-collected-item = trail { $trail }: IsLogging was not collected (cloudtrail:GetTrailStatus)
cloudtrail-trail-unread-item = trail { $trail }: { $path } { $reason }
cloudtrail-trail-gaps-item = trail { $trail } { $gaps }
cloudtrail-gap-no-management = records no management events
cloudtrail-gap-read-only = records read-only management events only
cloudtrail-gap-write-only = records write management events only
cloudtrail-gap-leaves-out = leaves out { $sources }
cloudtrail-gap-and = { $first } and { $rest }

## batch-encrypted-storage: a launch template that cannot be read

batch-lt-unknown = the launch template { $reason }
batch-lt-unresolved = the launch template cannot be resolved: { $reason }
batch-lt-mappings-unknown = the block device mappings of '{ $template }' { $reason }
batch-lt-device-encrypted-unknown = Encrypted of { $device } { $reason }
batch-lt-some-device-encrypted-unknown = Encrypted of a device { $reason }

## s3-transfer-acceleration-protected: why plaintext requests are not refused

s3-acceleration-not-refused = the accelerated bucket does not refuse plaintext requests ({ $gap })
s3-acceleration-not-refused-actions = the accelerated bucket does not refuse plaintext requests (the Deny on aws:SecureTransport does not cover { $actions })
s3-acceleration-no-encryption-not-refused = the accelerated bucket declares no default encryption (AWS applies SSE-S3, but the configuration does not declare it) and does not refuse plaintext requests ({ $gap })
s3-acceleration-no-encryption-not-refused-actions = the accelerated bucket declares no default encryption (AWS applies SSE-S3, but the configuration does not declare it) and does not refuse plaintext requests (the Deny on aws:SecureTransport does not cover { $actions })

## s3-bucket-public-access-block, s3-bucket-access-logging, waf-protected-resource-https, resource-policy-not-public: values that cannot be read

s3-pab-account-unknown = the bucket has no Block Public Access configuration, and the account's S3PublicAccessBlock.{ $setting } { $reason }
s3-logging-data-events-unknown = no server access logging; whether a CloudTrail trail records S3 data events for this bucket cannot be told: { $trail }.{ $selectors } { $reason }
waf-resource-unresolved = the protected resource cannot be resolved: { $reason }
resource-policy-lambda-principal-unknown = permission { $permission }'s Principal { $reason }

## cloudtrail-phi-bucket-data-events: several trails unknown

cloudtrail-phi-bucket-item-not-collected = trail { $trail }: IsLogging was not collected
cloudtrail-phi-bucket-unknown = whether a trail records this bucket's object events is unknown: { $trails }

## phi-store-not-public, firehose-encryption: values that cannot be read

phi-store-subnet-group-unknown-default = PubliclyAccessible is not set and DBSubnetGroupName { $reason }; RDS makes the { $kind ->
        [cluster] cluster
       *[instance] instance
    } public only with the `default` group
phi-store-subnet-group-unknown = PubliclyAccessible is not set and DBSubnetGroupName { $reason }
phi-store-eks-cidr-unknown = an entry of { $path } { $reason }
firehose-encryption-source-unknown = the encryption of the source stream '{ $stream }' { $reason }

## vpc-flow-logs: a flow log whose resource cannot be read

vpc-flow-logs-watched-unknown = cannot tell whether the VPC has flow logs: flow log '{ $log }' watches a resource that { $reason }

## backup-recent-recovery-point: recovery points that cannot be read

backup-point-unreadable = recovery points could not be read: { $points }
backup-point-next = { $first }; { $rest }
backup-point-status-unread = { $point }: Status was not read
backup-point-date-unread = { $point }: CreationDate is not an RFC 3339 time

## s3-transfer-acceleration-protected: protections that cannot be read

s3-acceleration-unknown = cannot tell whether the accelerated bucket is protected: { $why }
s3-acceleration-next = { $first }; { $rest }
s3-acceleration-encryption-unknown = default encryption { $reason }
s3-acceleration-policy-unknown = the policy of '{ $policy }' { $reason }

## Terraform value reasons built on other reasons, and what makes an expression invalid

reason-tf-built-from = is built from a value that { $reason }
reason-tf-computed-by-from = is computed by { $name }() from a value that { $reason }
reason-tf-computed-from = is computed from a value that { $reason }
reason-tf-condition-that = depends on a condition that { $reason }
reason-tf-iterates-over = iterates over a collection that { $reason }
reason-tf-filters-on = filters on a condition that { $reason }
reason-tf-selected-by-key = is selected by a key that { $reason }
reason-tf-has-key = has a key that { $reason }
reason-tf-negates = negates a value that { $reason }
reason-tf-expands-argument = expands an argument that { $reason }
reason-tf-merges-source = merges a source policy document that { $reason }
reason-tf-selects-instance = selects an instance of { $name } by a key that { $reason }
reason-tf-selects-data-instance = selects a data source instance by a key that { $reason }
reason-tf-has-element = has an element that { $reason }
reason-tf-its-count = its count { $reason }
reason-tf-its-for-each = its for_each { $reason }
reason-tf-dynamic-for-each = is generated by a dynamic block whose for_each { $reason }
reason-tf-invalid-because = is invalid ({ $reason })
reason-tf-invalid-expression = invalid expression: { $reason }
reason-tf-no-attribute = no attribute '{ $name }'
reason-tf-variable-undeclared = no variable '{ $name }' is declared
reason-tf-resource-undeclared = no resource '{ $name }' is declared
reason-tf-local-undeclared = no local value '{ $name }' is declared
reason-tf-attribute-unreadable = cannot read attribute '{ $name }' of this value
reason-tf-index-out-of-range = index { $index } is out of range
reason-tf-no-key = no key '{ $name }'
reason-tf-index-not-number = a list index must be a number
reason-tf-not-indexable = only lists and maps can be indexed
reason-tf-null-in-template = null value in a string template
reason-tf-try-none-valid = no argument of try() is valid
reason-tf-dynamic-no-for-each = a dynamic block needs for_each
reason-tf-outside-resource = { $name } is used outside a resource that sets it
reason-tf-unknown-name = unknown name '{ $name }'
reason-tf-module-no-output = module.{ $name } has no output '{ $output }'
reason-tf-module-no-instance-key = module.{ $name } has no instance { $key }
reason-tf-module-no-instance = module.{ $name } has no instance
reason-tf-module-several-instances = module.{ $name } has several instances; select one
reason-tf-local-cycle = local.{ $name } refers to itself
reason-tf-expansion-cycle = the count or for_each of { $address } depends on itself
reason-tf-module-cycle = { $address } depends on itself
reason-tf-module-not-read = comes from module.{ $name }, whose source '{ $source }' is not read (only local modules and modules installed by `terraform init` are)
reason-tf-policy-overrides = is a policy document with overrides, which phiguard does not merge
reason-tf-invalid-json = is not valid JSON ({ $error })
reason-tf-principal-type-unknown = has a principal whose type is not known
reason-tf-condition-unknown = has a condition whose operator or key is not known
reason-tf-file-not-read = is read from file '{ $name }', which is not read: { $error }
reason-tf-template-not-read = is rendered from file '{ $name }', which is not read: { $error }

## resource policies: a statement that cannot be read, and TLS deny gaps

policy-transport-gaps = the aws:SecureTransport deny does not cover { $gaps }
policy-gap-on = { $action } on { $target }
policy-gap-or = { $first } or { $rest }
policy-gap-next = { $first }, { $rest }
policy-gap-action = { $action }
policy-target-bucket = the bucket itself
policy-target-objects = its objects (bucket/*)
exposure-statement-sid-unknown = '{ $sid }': { $why }
exposure-statement-unknown = statement { $index }: { $why }
