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
