# The command line: summaries and warnings people read (clap's --help stays English).

cli-rule-count = { $count } rules
cli-nothing-read-allowed = warning: no CloudFormation template, Terraform configuration or plan was read under the given paths (--allow-empty)
cli-nothing-read = error: no CloudFormation template, Terraform configuration or plan was read under the given paths; nothing was checked (--allow-empty accepts this for jobs that run on every change)
cli-asff-defaults = warning: ASFF findings need --aws-account and --aws-region; using { $account } and { $region } where missing
cli-sarif-omitted = warning: { $count } failing or unknown findings are not SARIF results (listed in run.properties.omittedFindings):
cli-and-more = ... and { $count } more

## phiguard explain

explain-severity = Severity:
explain-service = Service:
explain-section = Whitepaper section:
explain-cfr = HIPAA Security Rule:
explain-requirements = Catalog requirements:
explain-kinds = Resource types:
explain-applies = Applies to:
explain-applies-phi = resources that hold PHI
explain-applies-all = every matching resource
explain-why = Why it matters
explain-fix = How to fix

## phiguard coverage

coverage-implemented = implemented by { $rules }
coverage-manual = manual (attestation in every report)
coverage-implemented-live = implemented by { $rules } (live scans)
coverage-not-implemented = not implemented: { $reason }
coverage-missing = MISSING: neither implemented nor justified
coverage-summary =
    { $total } requirements: { $implemented } implemented, { $manual } manual, { $not } not implemented (with reasons), { $missing } missing.
    static/both: { $static } of { $checkable } implemented ({ $percent } %).
    live (judged only in live scans and saved inventories): { $live_implemented } of { $live } implemented.

## Custom (Rego) rules

cli-rule-count-custom = { $count } rules ({ $custom } custom)
explain-custom = Custom rule (a Rego policy of your organisation, not built in)
coverage-custom = { $count } custom rules (your organisation's, not counted against the catalog):

## errors of the command line

cli-error = error: { $message }
cli-creating = creating { $path }: { $error }
cli-writing = writing { $path }: { $error }
cli-reading = reading { $path }: { $error }
cli-unknown-format = unknown format '{ $format }' ({ $formats })
cli-unknown-graph-format = unknown graph format '{ $format }' ({ $formats })
cli-output-dir-markdown = --output-dir needs --format markdown
cli-no-rule = no rule '{ $rule }'; `phiguard rules` lists them
cli-no-rule-would-run = no rule would run: { $config } skips every rule
cli-no-rule-would-run-config = no rule would run: the configuration skips every rule
cli-param-pair = --param needs KEY=VALUE, got '{ $value }'
cli-var-pair = --var needs NAME=VALUE, got '{ $value }'
cli-date = { $flag } needs a date such as 2027-03-31, got '{ $value }'
cli-output-is-input = -o { $path } is an input of this scan; refusing to overwrite it

## configuration file

config-reading = reading config file { $path }: { $error }
config-invalid-toml = { $place }: invalid config: { $error }
config-invalid = invalid config:{ $list }
config-skip-no-rule = { $place }: skip_rules names no rule '{ $rule }' (`phiguard rules` lists them)
config-suppress-no-rule = { $place }: [[suppress]] names no rule '{ $rule }' (`phiguard rules` lists them)
config-bad-glob = { $place }: '{ $glob }' is not a valid glob: { $error }
config-no-reason = { $place }: a suppression needs a reason (who accepted it and why)

## scan history

cli-history-recorded = scan recorded as #{ $id } in { $history }
cli-history-record-failed = error: recording the scan: { $error }
cli-history-last = --last needs at least 1 scan

## baseline

baseline-not-report = { $path } is not a phiguard JSON report (`phiguard scan --format json`): { $error }
baseline-schema = { $path } has schema '{ $schema }'; this phiguard reads '{ $expected }'

## phiguard fix

fix-summary-written = { $fixes } findings fixed in { $files } files
fix-summary-shown = { $fixes } findings fixable in { $files } files
fix-unsafe-left-out = { $count } more fixes are unsafe and were left out (--unsafe-fixes applies them)
fix-not-fixed = { $count } failing findings with a fix could not be fixed here (--format json says why)

## phiguard diff

diff-headline = { $added } new ({ $failing } failing), { $fixed } fixed, { $changed } changed
diff-text-title = phiguard diff { $old } -> { $new }: { diff-headline }
diff-text-new = new:
diff-text-fixed = fixed:
diff-text-changed = changed:
diff-md-title = phiguard: changes since the base report
diff-md-new = New
diff-md-fixed = Fixed
diff-md-changed = Changed
diff-md-verdict = Verdict
diff-md-rule = Rule
diff-md-resource = Resource
diff-md-location = Location
diff-md-finding = Finding

## phiguard explain: automatic fix

fix-explain-heading = Automatic fix
fix-explain-none = None: `phiguard fix` does not change this rule's findings.
fix-explain-formats-both = Formats: CloudFormation (YAML, JSON) and Terraform.
fix-explain-formats-cfn = Formats: CloudFormation (YAML, JSON).
fix-explain-formats-tf = Formats: Terraform.
fix-explain-formats-none = Formats: no format yet.
fix-explain-what = { $text }.
fix-explain-safe = Safe: `phiguard fix --write` applies it.
fix-explain-unsafe = Unsafe, applied only with `--unsafe-fixes`: { $text }.
fix-why-replaces = changing it on an existing resource replaces the resource (a new, empty one for data stores): migrate the data first
fix-why-key-policy = the KMS key's policy must allow the service (and every reader) to use it, and the key is a new parameter when the template declares none
fix-what-rds-tls-enforced = Sets `rds.force_ssl: 1` (PostgreSQL) or `require_secure_transport: ON` (MySQL, MariaDB) in the template's parameter group, or adds one for the engine's family
fix-why-rds-tls-enforced = clients that connect without TLS are refused; a new parameter group takes effect after a reboot
fix-what-ec2-phi-no-public-ip = Sets `AssociatePublicIpAddress: false` on the network interfaces of an instance or launch template and `AssignPublicIp: DISABLED` on an ECS service (Terraform: `associate_public_ip_address = false`, `assign_public_ip = false`); an instance in a public subnet or with an Elastic IP must be moved by its author
fix-why-ec2-phi-no-public-ip = the instance or task is no longer reachable from the internet and, in a public subnet without a NAT gateway, can no longer reach it either
fix-what-phi-store-not-public = Sets `PubliclyAccessible: false` on an RDS instance, and a private-only API endpoint on an EKS cluster (`EndpointPublicAccess: false`, `EndpointPrivateAccess: true`; Terraform: `publicly_accessible = false`, `endpoint_public_access = false`)
fix-why-phi-store-not-public = clients outside the VPC can no longer connect (an RDS instance loses its public address; an EKS API endpoint becomes private, so kubectl must run from inside the VPC)
fix-what-ecs-container-logging = Sets an `awslogs` `LogConfiguration` on every container that logs nowhere, to the log group the template declares (a template without one is left to its author)
fix-why-ecs-container-logging = the task's execution role must be allowed to write to the log group (logs:CreateLogStream, logs:PutLogEvents) or the task no longer starts
fix-what-ec2-imdsv2 = Sets `MetadataOptions.HttpTokens: required` (Terraform: `metadata_options {"{"} http_tokens = "required" {"}"}`)
fix-why-ec2-imdsv2 = software on the instance that still calls IMDSv1 loses instance metadata and its role credentials
fix-what-s3-bucket-access-logging = Sets `LoggingConfiguration` to a log bucket declared in the template or a new `AccessLogsBucketName` parameter (Terraform: an `aws_s3_bucket_logging`)
fix-why-s3-bucket-access-logging = adds a log-bucket parameter (unless the template declares a bucket named like a log bucket) whose policy must let S3 log delivery write
fix-what-s3-bucket-tls-only = Adds a Deny-unless-`aws:SecureTransport` statement to the bucket's policy, or a new `AWS::S3::BucketPolicy` (Terraform: `aws_s3_bucket_policy`)
fix-what-s3-bucket-versioning = Sets `VersioningConfiguration.Status: Enabled` (Terraform: an `aws_s3_bucket_versioning`)
fix-what-s3-bucket-encryption = Declares default encryption `SSEAlgorithm: AES256` (Terraform: an `aws_s3_bucket_server_side_encryption_configuration`)
fix-what-s3-bucket-public-access-block = Sets the four `PublicAccessBlockConfiguration` settings to true (Terraform: an `aws_s3_bucket_public_access_block`)
fix-why-s3-bucket-public-access-block = blocks public access a website or public data set bucket may rely on
fix-what-logs-group-kms-encryption = Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter
fix-why-logs-group-kms-encryption = { fix-why-key-policy }
fix-what-logs-group-retention = Sets `RetentionInDays: 2192` (Terraform: `retention_in_days = 2192`)
fix-why-logs-group-retention = log events older than the retention period (2192 days, six years) are deleted
fix-what-sqs-queue-tls-only = Adds a Deny-unless-`aws:SecureTransport` statement to the queue's policy, or a new `AWS::SQS::QueuePolicy`
fix-what-sqs-queue-encryption = Sets `SqsManagedSseEnabled: true` (Terraform: `sqs_managed_sse_enabled = true`)
fix-what-dynamodb-table-kms-encryption = Sets `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}` (Terraform: `server_side_encryption {"{"} enabled = true {"}"}`)
fix-what-dynamodb-point-in-time-recovery = Sets `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` (Terraform: `point_in_time_recovery {"{"} enabled = true {"}"}`)
fix-what-sns-topic-encryption = Sets `KmsMasterKeyId` to a key declared in the template, else `alias/aws/sns`
fix-why-sns-topic-encryption = AWS services that publish to the topic (CloudWatch alarms, S3 and EventBridge events) cannot use the AWS managed key alias/aws/sns; they need a customer managed key whose policy allows them
fix-what-rds-multi-az = Sets `MultiAZ: true` on a DB instance; for an Aurora cluster with one instance, adds a second instance like it (Terraform: `multi_az = true`)
fix-what-codebuild-artifact-encryption = Sets `EncryptionKey` and turns `EncryptionDisabled` off
fix-why-codebuild-artifact-encryption = { fix-why-key-policy }
fix-what-elb-tls-policy = Sets `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` on the listener (Terraform: `ssl_policy`)
fix-why-elb-tls-policy = clients that only speak TLS 1.0 or 1.1 can no longer connect
fix-what-elb-listener-tls = Turns an HTTP listener into HTTPS on port 443 with the certificate of a new `ListenerCertificateArn` parameter and `ELBSecurityPolicy-TLS13-1-2-2021-06`
fix-why-elb-listener-tls = the listener moves from HTTP on its port to HTTPS on 443: clients and security groups must follow, and a new `ListenerCertificateArn` parameter must name an ACM certificate
fix-what-elb-access-logs = Turns on access logs to the bucket of a new parameter
fix-why-elb-access-logs = adds a `LoadBalancerLogsBucketName` parameter; the bucket's policy must let Elastic Load Balancing write
fix-what-vpc-flow-logs = Adds an `AWS::EC2::FlowLog` for the VPC to the bucket of a new parameter
fix-why-vpc-flow-logs = adds a `FlowLogsBucketName` parameter; the bucket's policy must let log delivery write
fix-what-ec2-flow-logs = Adds an `AWS::EC2::FlowLog` for the VPC of the instance's or Auto Scaling group's subnets (when the template declares them and one VPC holds them all) to the bucket of a new parameter, as the `vpc-flow-logs` fix does
fix-why-ec2-flow-logs = { fix-why-vpc-flow-logs }
fix-what-rds-storage-encrypted = Sets `StorageEncrypted: true` (Terraform: `storage_encrypted = true`)
fix-why-rds-storage-encrypted = { fix-why-replaces }
fix-what-rds-backup-retention = Sets `BackupRetentionPeriod: 7` (Terraform: `backup_retention_period = 7`)
fix-what-kms-key-rotation = Sets `EnableKeyRotation: true` (Terraform: `enable_key_rotation = true`)
fix-what-cloudfront-viewer-https = Sets `ViewerProtocolPolicy: redirect-to-https` on every cache behavior that allows HTTP
fix-what-efs-file-system-encrypted = Sets `Encrypted: true` (Terraform: `encrypted = true`)
fix-why-efs-file-system-encrypted = { fix-why-replaces }
fix-what-efs-tls-required = Adds a Deny-unless-`aws:SecureTransport` statement to `FileSystemPolicy`
fix-why-efs-tls-required = clients that mount without `-o tls` lose access; where there was no policy, the new one replaces EFS's default allow, so clients then need IAM permission to mount
fix-what-ebs-volume-encrypted = Sets `Encrypted: true` (Terraform: `encrypted = true`)
fix-why-ebs-volume-encrypted = { fix-why-replaces }
fix-what-ec2-instance-ebs-encrypted = Sets `Ebs.Encrypted: true` on every block device mapping
fix-why-ec2-instance-ebs-encrypted = { fix-why-replaces }
fix-what-cloudtrail-kms-encryption = Sets `KMSKeyId` to a key declared in the template or a new `KmsKeyArn` parameter
fix-why-cloudtrail-kms-encryption = { fix-why-key-policy }
fix-what-cloudtrail-log-file-validation = Sets `EnableLogFileValidation: true` (Terraform: `enable_log_file_validation = true`)
fix-what-cloudtrail-multi-region = Sets `IsMultiRegionTrail: true` and `IncludeGlobalServiceEvents: true` (Terraform: `is_multi_region_trail = true`)
fix-what-elasticache-at-rest-encryption = Sets `AtRestEncryptionEnabled: true` on the replication group (Terraform: `at_rest_encryption_enabled = true`)
fix-why-elasticache-at-rest-encryption = { fix-why-replaces }
fix-what-elasticache-transit-encryption = Sets `TransitEncryptionEnabled: true` (and `TransitEncryptionMode: required` where written) (Terraform: `transit_encryption_enabled = true`)
fix-why-elasticache-transit-encryption = clients must then connect with TLS; older engine versions replace the group
fix-what-elasticache-redis-auth = Sets `AuthToken` from a new NoEcho parameter and `TransitEncryptionEnabled: true`
fix-why-elasticache-redis-auth = adds a NoEcho AUTH token parameter that must be given at deploy; clients must then authenticate and use TLS
fix-what-secretsmanager-secret-kms = Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter
fix-why-secretsmanager-secret-kms = { fix-why-key-policy }
fix-what-codecommit-repository-kms = Sets `KmsKeyId` to a key declared in the template or a new `KmsKeyArn` parameter
fix-why-codecommit-repository-kms = { fix-why-key-policy }
fix-what-lambda-environment-kms = Sets `KmsKeyArn` to a key declared in the template or a new `KmsKeyArn` parameter
fix-why-lambda-environment-kms = { fix-why-key-policy }

## scan history: the store

history-folder = { $history } is a folder; --history takes a database file (or put --history last, or write --history=FILE)
history-missing = no scan history at { $history }; `phiguard scan --history` records one
history-newer = { $history }: the history's schema is version { $version }, newer than this phiguard knows ({ $latest }); upgrade phiguard

## phiguard history

history-text-title = Scan history in { $history }: { $total } { $total ->
        [one] scan
       *[other] scans
    } recorded, the last { $shown } shown (oldest first).
history-text-empty = No scan recorded yet; `phiguard scan --history` records one.
history-col-scan = scan
history-col-scanned-at = scanned at
history-col-rule-set = rule set
history-col-files = files
history-col-resources = resources
history-col-change = change
history-per-safeguard = Failing/unknown/passing per HIPAA safeguard ("-": no rule for it ran):
history-per-rule = Failing/unknown/passing per rule ("-": no rule for it ran):
history-no-finding = (no finding in these scans)
history-quiet = ({ $count } { $count ->
        [one] rule
       *[other] rules
    } that only passed are left out; --format json lists every rule)
history-changed = Changed in scan #{ $scan } since scan #{ $before } ({ $new } new, { $fixed } fixed failing findings):
history-nothing-changed = nothing: the same findings fail
history-change-new = new
history-change-fixed = fixed
history-change-line = { $change }  { $rule }  on { $resource }  ({ $location })
history-and-more = ... and { $count } more (--format json lists all)
