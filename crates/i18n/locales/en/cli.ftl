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

## custom rules

policy-no-rego = custom rules need phiguard built with the `rego` feature (policy folder { $path })
policy-input-no-rego = --policy-input needs phiguard built with the `rego` feature

## phiguard coverage: why a requirement is not implemented

coverage-reason-appflow-non-s3-dest-encrypted = A non-S3 destination is a SaaS application (Salesforce, Snowflake, Zendesk, SAP...) or a Redshift cluster reached through an AWS::AppFlow::ConnectorProfile that only names a connection. Encryption at rest in a SaaS application is configured in that application, outside any template, and needs a manual review; Redshift clusters in the scan are judged by the Redshift encryption rule.
coverage-reason-appstream-home-folder-encryption = Nothing in a template can fail it: HOMEFOLDERS storage is always S3 with SSE-S3 and TLS (AWS applies it; there is no setting), and GOOGLE_DRIVE / ONE_DRIVE connectors must be configured in Google Workspace or Microsoft 365 under the customer's agreements with those vendors, which only a manual review can judge.
coverage-reason-comprehend-iam-least-privilege = Least privilege is a judgement about what each identity needs, which a template does not state. comprehend:Detect* and most real-time actions support only Resource "*", so a Resource "*" grant is often the least privilege possible; flagging it would be a false positive. The checkable parts are implemented: the data access role's S3 scope (comprehend-data-access-scope) and its confused-deputy conditions (comprehend-role-confused-deputy).
coverage-reason-comprehend-multi-tenancy = Application design: how a multi-tenant app maps tenants to verified e-mail or phone, which attributes app clients may write, and which identity provider serves which client are decisions of the application's authorization logic. Cognito settings alone (AutoVerifiedAttributes, WriteAttributes) cannot show whether a tenant attribute is the one the app authorizes on; manual review.
coverage-reason-ecs-firelens-no-phi-file-logs = Whether an application writes PHI to log files, and whether Fluent Bit buffers to disk (storage.path), is set in application code and in a Fluent Bit configuration file baked into the image or fetched from S3 (FirelensConfiguration config-file-value), neither of which the template contains. Fargate task storage is always encrypted; EC2 container instance volumes are judged by the EBS encryption rules.
coverage-reason-forecast-s3-buckets = Forecast import and export buckets are named only in API calls (CreateDatasetImportJob, CreateForecastExportJob), which have no CloudFormation or Terraform resource, so no template links a bucket to Forecast. The buckets themselves are judged by the S3 encryption and TLS rules like every bucket holding PHI.
coverage-reason-healthlake-encrypted-export-bucket = HealthLake import and export buckets are named only in StartFHIRImportJob / StartFHIRExportJob API calls; AWS::HealthLake::FHIRDatastore has no property that names them, so no template links a bucket to HealthLake. The buckets are judged by the S3 encryption rules like every bucket holding PHI.
coverage-reason-lex-iam-least-privilege = Least privilege for lex:* actions depends on which callers need which bots, which a template does not state; a policy scoped to bot ARNs is checkable only against an intent the template does not record. Manual review of the IAM policies that grant lex: actions.
coverage-reason-lex-monitoring = CloudTrail records Lex API calls without configuration (a live check of the trail), and CloudWatch alarms on the AWS/Lex namespace normally live in a separate monitoring stack; the absence of an alarm from a bot's template is no evidence that the bot is unmonitored, so any template verdict would be a guess.
coverage-reason-netfw-auto-encryption = The whitepaper says Network Firewall encrypts rules and logs at rest and in transit without special configuration; no setting turns that off, so there is nothing a template can fail. The optional customer key exists only in the API/Terraform (encryption_configuration) and the whitepaper does not ask for it; log destinations (S3, CloudWatch Logs, Firehose) are judged by their own rules.
coverage-reason-polly-iam-least-privilege = Least privilege depends on what each principal needs, which a template does not state. Polly grants no resource-level permissions for synthesis, so 'polly:*' on '*' is how a narrow speech role is usually written; flagging it would be a false positive, and nothing else in a template distinguishes a necessary grant from an excessive one.
coverage-reason-polly-output-s3-encrypted = Asynchronous synthesis (StartSpeechSynthesisTask) is an API call with no CloudFormation or Terraform resource, and Polly writes with the caller's credentials, so no template names the output bucket. Every bucket that holds PHI is already judged by the S3 encryption rule.
coverage-reason-quicksight-enterprise-only = The edition is a property of the account subscription, which CloudFormation cannot declare; Terraform's aws_quicksight_account_subscription (edition) needs the Terraform adapter, and the live check (DescribeAccountSubscription) needs the AWS reader.
coverage-reason-redshift-spectrum-in-scope = A scope statement, not an obligation: Redshift Spectrum is covered by the BAA, and the S3 data it queries is judged by the S3 rules like any other bucket.
coverage-reason-glacier-no-phi-in-names = S3 Glacier vaults have no CloudFormation type (only Terraform aws_glacier_vault). Their tags are read by metadata-no-phi-in-tags once the Terraform adapter maps vaults into the graph; the vault name check waits for that kind name. Archive descriptions are written by applications, not templates.
coverage-reason-textract-input-sse = Textract has no CloudFormation or Terraform resource: input documents and async OutputConfig (with its KMSKeyId) are API parameters, and Textract reads with the caller's credentials, so no template names its buckets. Input and output buckets holding PHI are judged by the S3 encryption rule.
coverage-reason-transcribe-no-retention-tls = Transcription jobs (OutputBucketName, OutputEncryptionKMSKeyId) are API calls with no CloudFormation or Terraform resource; TLS and the absence of retention are properties of the service. Output buckets holding PHI are judged by the S3 encryption rule.
coverage-reason-vpc-private-connectivity = An AWS Site-to-Site VPN connection is always IPsec, so it cannot fail; whether PHI over Direct Connect is encrypted depends on MACsec or a VPN/TLS overlay that a template does not show (plain aws_dx_connection without MACsec may still carry IPsec or TLS). No template value can honestly fail this requirement.
coverage-reason-workdocs-audit-sharing = Its CloudTrail half is judged by cloudtrail-records-api-calls (WorkDocs API calls are management events). The rest is a decision and a review: whether external sharing is allowed is a WorkDocs site setting with no public read API (admin console only), and reviewing the activity log is a process. Amazon WorkDocs also stopped taking new customers and reached end of support in April 2025.
coverage-reason-workdocs-mfa-radius = RADIUS MFA is a setting of the WorkDocs directory (ds:DescribeDirectories RadiusSettings); the collectors do not read AWS Directory Service, and WorkDocs reached end of support in April 2025. A rule would need a directory collector (an `AWS::DirectoryService::MicrosoftAD` with `RadiusSettings` and the WorkDocs site's directory id) first.
coverage-reason-mgn-encrypted-replication = The replication settings live in Application Migration Service (mgn:DescribeReplicationConfigurationTemplates, ebsEncryption), which the collectors do not read; migrations are short-lived projects rather than standing PHI stores, and the EBS volumes they create are judged by ebs-volume-encrypted and ebs-encryption-by-default once collected.
coverage-reason-ds-msad-encrypted = Both editions of AWS Managed Microsoft AD store directory data on encrypted EBS volumes with AWS-managed keys, and Enterprise is the default edition; LDAP stays in the VPC. There is no setting that disables this, and on-premises connectivity (VPN or Direct Connect) lives outside the directory's template.
coverage-reason-ds-ldaps = LDAPS status is read with ds:DescribeLDAPSSettings per directory; the collectors do not read AWS Directory Service, and the requirement is derived (optional) in the whitepaper. A rule needs a directory collector first.
coverage-reason-drs-encrypted-replication = The live replication settings come from Elastic Disaster Recovery (drs:DescribeReplicationConfigurationTemplates), which the collectors do not read. Templates that declare AWS::DRS::ReplicationConfigurationTemplate are a static concern; the staging EBS volumes are judged by ebs-volume-encrypted and ebs-encryption-by-default once collected.
coverage-reason-sdkmetrics-log-group-kms = SDK Metrics (Enterprise Support only, now deprecated) is configured in the SDK and the CloudWatch agent, not in templates; nothing in a template marks which log group receives it. Log group KMS encryption is judged by the CloudWatch Logs rules.
coverage-reason-sms-encrypted-volumes = AWS Server Migration Service was discontinued (replaced by Application Migration Service) and has no CloudFormation or Terraform resource; replication jobs are API calls. The resulting instances and volumes are judged by the EBS encryption rules.
coverage-reason-snowball-kms-key = Snowball jobs are one-off transfers (snowball:DescribeJob KmsKeyARN), not standing account configuration; the collectors do not list jobs, and a job's key is fixed when it is created. Snowball always encrypts with a KMS key (AWS managed by default), so the check would only tell customer from AWS managed keys.
coverage-reason-snowball-dest-bucket-sse-s3 = Snowball jobs have no CloudFormation type and no Terraform AWS provider resource, so no template names the import destination bucket. Destination buckets holding PHI are judged by the S3 encryption rule.
coverage-reason-gen-no-dedicated-tenancy-required = A permission, not an obligation: dedicated instances and hosts stopped being required for PHI in May 2017, so phiguard must never flag default tenancy (AWS::EC2::Instance Tenancy, AWS::EC2::VPC InstanceTenancy). There is nothing to check; no rule looks at tenancy.
coverage-reason-aurora-engine-editions = Every engine AWS::RDS::DBCluster accepts (aurora-mysql, aurora-postgresql, and mysql/postgres for Multi-AZ DB clusters) belongs to an eligible whitepaper section, so there is nothing a template can get wrong; transport encryption is checked by the RDS in-transit rules.

## progress bar

progress-reading = reading inputs

## fix: eks, dms, backup, emr, codepipeline

fix-why-emr-replaced = the security configuration and every cluster that uses it are replaced: running clusters are terminated and created again (a named security configuration must be renamed)
fix-what-eks-secrets-encryption = Sets `EncryptionConfig` to encrypt `secrets` with a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `encryption_config`)
fix-why-eks-secrets-encryption = envelope encryption cannot be turned off again, and the KMS key's policy must let the cluster role use it (the key is a new parameter when the template declares none)
fix-what-dms-kms-key = Sets `KmsKeyId` (serverless: `ComputeConfig.KmsKeyId`) to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `kms_key_arn`)
fix-why-dms-kms-key = the replication instance is replaced (its tasks must be started again), and the KMS key's policy must let AWS DMS use it
fix-what-backup-vault-kms-key = Sets `EncryptionKeyArn` to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `kms_key_arn`)
fix-why-backup-vault-kms-key = the vault is replaced by a new, empty one (recovery points stay in the old vault, and a named vault must be renamed), and the KMS key's policy must let AWS Backup use it
fix-what-backup-plan-offsite-copy = Adds to every backup rule a copy action to the vault of a new `OffsiteBackupVaultArn` parameter (Terraform: `copy_action`)
fix-why-backup-plan-offsite-copy = adds an `OffsiteBackupVaultArn` parameter: the vault must exist in another Region or account and allow the copy, and the copies are billed for storage and transfer
fix-what-emr-at-rest-encryption = Sets `EnableAtRestEncryption: true` in the security configuration the cluster names, when its at-rest settings (keys) are written
fix-why-emr-at-rest-encryption = { fix-why-emr-replaced }
fix-what-emr-in-transit-encryption = Sets `EnableInTransitEncryption: true` in the security configuration the cluster names, when its in-transit settings (certificates) are written
fix-why-emr-in-transit-encryption = { fix-why-emr-replaced }
fix-what-codepipeline-artifact-store-kms = Sets the artifact store's `EncryptionKey` to a key declared in the template or a new `KmsKeyArn` parameter (Terraform: `encryption_key`)
fix-why-codepipeline-artifact-store-kms = { fix-why-key-policy }
## fix: why a fix was not written (`phiguard fix --format json`, skipped[].reason)
fix-skip-unsafe = unsafe ({ $why }); --unsafe-fixes applies it
fix-skip-type = no fix for { $type }
fix-skip-not-plain-value = { $resource }'s { $property } is not a plain value
fix-skip-has-flow-log = { $vpc } already has a flow log of all traffic in this template
fix-skip-engine = no fix for engine { $engine }
fix-skip-group-elsewhere = { $property } does not name a parameter group of this template
fix-skip-no-family = no parameter group family known for { $engine } { $version }
fix-skip-template-parse = the template does not parse: { $error }
fix-skip-written-as = written as { $type }, which the fix does not edit
fix-skip-template-broken = the fixed template would not parse ({ $error }); nothing written
fix-skip-no-resource = no resource { $resource }
fix-skip-no-path = { $resource } has no { $path }
fix-skip-not-a-mapping = cannot add { $key } here: not a plain mapping
fix-skip-several-blocks = several { $block } blocks
fix-skip-file-parse = the file does not parse: { $error }
fix-skip-file-broken = the fixed file would not parse ({ $error }); nothing written
fix-skip-aurora-multi-az = an Aurora instance: add a second instance to the cluster instead
fix-skip-cluster-no-instance = the cluster has no instance in this template
fix-skip-aurora-encryption = an Aurora instance: encryption is set on the cluster
fix-skip-read-replica = a read replica: encrypt its source instance
fix-skip-aurora-backups = an Aurora instance: backups are set on the cluster
fix-skip-listener-not-http = only an Application Load Balancer's HTTP listener is turned into HTTPS
fix-skip-attributes-expression = LoadBalancerAttributes is an expression
fix-skip-vpc-unknown = the subnets or their VPC are not declared in this template
fix-skip-key-no-rotation = an asymmetric or HMAC key cannot rotate automatically
fix-skip-root-volume-ami = the root volume comes from the AMI: encrypt it with EBS encryption by default or an encrypted AMI
fix-skip-public-address-elsewhere = the public address comes from the subnet or an Elastic IP: moving the instance is an architecture change
fix-skip-containers-not-list = ContainerDefinitions is not a list written in the template
fix-skip-no-log-group = the template declares no AWS::Logs::LogGroup to send the containers' logs to
fix-skip-log-driver-expression = every container's log driver is written as an expression
fix-skip-engine-not-literal = the engine is not a literal
fix-skip-no-engine-version = no EngineVersion: the parameter group family cannot be chosen
fix-skip-not-written = the resource is not written in this file as such (made by a transform or a loop)
fix-skip-no-cfn-fix = no CloudFormation fix for this rule
fix-skip-already-fixed = the resource already has what the fix writes; the finding rests on something else
fix-skip-inline-encryption = inline server_side_encryption_configuration: move it to an aws_s3_bucket_server_side_encryption_configuration
fix-skip-encryption-shape = the bucket's encryption configuration is written in a shape the fixer does not edit
fix-skip-inline-policy = an inline bucket policy: add the Deny-unless-aws:SecureTransport statement to it by hand
fix-skip-policy-shape = the bucket policy is not a jsonencode({"{"}Statement = [...]{"}"}) the fixer can add to; add the statement by hand
fix-skip-one-line-statements = a one-line statement list the fixer does not edit
fix-skip-logging-shape = the bucket's logging is written in a shape the fixer does not edit
fix-skip-not-an-address = not a resource address
fix-skip-block-elsewhere = the resource block is not in this file
fix-skip-no-tf-fix = no Terraform fix for this rule yet
fix-skip-empty-path = empty path
fix-skip-no-position = no position
fix-skip-no-closing-brace = no closing brace
fix-skip-one-line-block = a one-line block the fixer does not edit
fix-skip-no-resources = no Resources
fix-skip-no-list-item = no such list item
fix-skip-expected-list = expected a list
fix-skip-value-shape = an existing value has another shape
fix-skip-value-expression = an existing value is an expression or a list
fix-skip-position-outside = position outside the file
fix-skip-key-layout = a key in a layout the fixer does not edit
fix-skip-empty-mapping = an empty mapping the fixer does not edit
fix-skip-empty-list = an empty list
fix-skip-list-layout = a list in a layout the fixer does not edit
fix-skip-value-form = a value written in a form the fixer does not replace
fix-skip-terraform-json = Terraform JSON and plans are not edited; fix the configuration
fix-skip-internal-error = internal error while fixing this file; nothing written

## scan --format sarif: a finding left out of the SARIF results (stderr)
cli-sarif-omitted-item = { $rule } on { $resource }: { $why }

## live AWS accounts (phiguard scan aws)

progress-collecting = collecting AWS services
## fix: the five top-30 rules that had none

fix-what-vpc-security-group-open-ingress = Replaces an open source (0.0.0.0/0, ::/0) on an ingress rule of a port other than 80 and 443 with a new `AllowedIngressCidr` parameter (`AllowedIngressCidrIpv6` for IPv6) that has no default (Terraform: a variable)
fix-why-vpc-security-group-open-ingress = it changes who can reach the port: only the range given in the new `AllowedIngressCidr` parameter (`AllowedIngressCidrIpv6` for IPv6) can connect, which cuts off every other source
fix-what-ec2-cleartext-ingress = Moves an ingress rule open to the internet on a cleartext port to the protocol's TLS port (HTTP 80 to 443, FTP 20-21 to 989-990, Telnet 23 to SSH 22, POP3 110 to 995, IMAP 143 to 993, LDAP 389 to 636, 8080 to 8443); r-services, TFTP and SNMP are left to their author
fix-why-ec2-cleartext-ingress = the service must listen on the TLS port and clients must connect there
fix-what-elb-target-tls = Turns an HTTP target group into HTTPS (TCP into TLS) on port 443 (a port set by a parameter stays), with an HTTP health check made HTTPS; Classic Load Balancers are left to their author
fix-why-elb-target-tls = the targets must serve TLS on port 443, and changing the protocol or port replaces the target group
fix-what-backup-plan-covers-phi-stores = Adds the store's ARN to the template's backup selection; a template without one gets a backup vault, a daily plan keeping recovery points 35 days and copying them to the vault of a new `BackupCopyVaultArn` parameter, and a selection whose role has the AWS managed policy AWSBackupServiceRolePolicyForBackup (Terraform: the same resources)
fix-why-backup-plan-covers-phi-stores = backups cost storage, and a new plan adds a vault, a role and a `BackupCopyVaultArn` parameter (and a `KmsKeyArn` one when the template declares no key)
fix-what-flow-transmission-encrypted = Repairs the hops other fixes repair: an SNS subscription's HTTP endpoint becomes HTTPS, an HTTP listener HTTPS (as `elb-listener-tls` does) and an HTTP target group HTTPS (as `elb-target-tls` does); API Gateway integrations, Firehose HTTP endpoints and CloudFront origins are left to their author
fix-why-flow-transmission-encrypted = the receiving end must then speak TLS: the SNS endpoint must accept HTTPS, the load balancer's targets must serve TLS, and an HTTP listener needs a certificate

## live AWS accounts (phiguard scan aws)
live-not-built = this phiguard was built without live AWS support; build it with `--features aws` (cargo install --path crates/cli --features aws)
live-role-placeholder = --role-arn must contain {"{"}account{"}"} when --accounts names several accounts or with --organization
live-runtime = cannot start the AWS client runtime: { $error }
live-unknown-services = unknown service { $services } (known: { $known })
live-cannot-identify = cannot identify the account: { $error }
live-cannot-list-regions = cannot list the account's regions (ec2:DescribeRegions): { $error }
live-cannot-list-organization = cannot list the organization's accounts (organizations:ListAccounts): { $error }
live-no-active-account = the organization has no active account
live-internal = internal error: a collector outlived its scan
## fix skip reasons (2)

fix-skip-no-parameter = no parameter { $name }
fix-skip-no-properties = no Properties
fix-skip-expression-not-replaced = an expression the fixer does not replace
fix-skip-no-open-literal-or-default = no ingress rule open to the internet is written as a literal range or a parameter's default
fix-skip-no-open-literal = no ingress rule open to the internet is written as a literal range
fix-skip-all-protocols-open = all protocols (or TFTP, SNMP) are open: which to keep is the author's decision
fix-skip-no-tls-port = ports { $from }-{ $to } have no TLS port to move to (FTP 21→990, Telnet 23→22, HTTP 80→443, LDAP 389→636, IMAP 143→993, POP3 110→995)
fix-skip-no-cleartext-literal-ports = no open ingress rule on a cleartext port is written with literal ports
fix-skip-target-group-not-http = only an HTTP or TCP target group is moved to HTTPS or TLS
fix-skip-no-http-subscription = no subscription delivers over plain HTTP
fix-skip-already-tls = already HTTPS or TLS (the elb-target-tls or elb-listener-tls fix of this run)
fix-skip-flow-hop-left = this hop is left to its author: API Gateway integrations, Firehose HTTP endpoints and CloudFront origins must be served over HTTPS by their endpoint first
fix-skip-encryption-config-written = { $property } is written; which resources it encrypts is the author's
fix-skip-artifact-stores-regions = artifact stores in several Regions need a key in each Region: the author's to name
fix-skip-backup-rules-not-list = BackupPlanRule is not a list written in the template
fix-skip-copy-destinations-named = every rule names its copy destinations; moving them to another Region or account is the author's call
fix-skip-no-security-configuration = the cluster names no security configuration of this template; its keys and certificates are the author's design
fix-skip-no-security-configuration-tf = the cluster names no security configuration of this configuration; its keys and certificates are the author's design
fix-skip-no-encryption-configuration = the security configuration has no EncryptionConfiguration written
fix-skip-security-configuration-lacks = the security configuration has no { $settings }: its keys or certificates are the author's design
fix-skip-security-configuration-shape = the security configuration is not a jsonencode({"{"}EncryptionConfiguration = {"{"}...{"}"}{"}"}) the fixer can edit
fix-skip-security-configuration-no-flag = the security configuration does not write { $flag }
fix-skip-inline-queue-policy = an inline queue policy: add the Deny-unless-aws:SecureTransport statement to it by hand
fix-skip-no-block-device = no block device is written in the configuration
fix-skip-already-listens-443 = the load balancer already listens on 443: make this listener redirect to it by hand
fix-skip-vpc-has-flow-log = { $vpc } already has a flow log of all traffic
fix-skip-vpc-unknown-tf = the subnets or their VPC are not declared in this configuration
fix-skip-group-elsewhere-tf = { $argument } does not name a parameter group of this configuration
fix-skip-no-engine-version-tf = no engine_version: the parameter group family cannot be chosen
fix-skip-containers-not-jsonencode = container_definitions is not jsonencode([...])
fix-skip-containers-not-written = container_definitions is not jsonencode([...]) written in the configuration
fix-skip-no-log-group-tf = the configuration declares no aws_cloudwatch_log_group to send the containers' logs to
fix-skip-container-expression = a container definition is an expression
fix-skip-one-line-container = a one-line container definition the fixer does not edit
fix-skip-logs-configured = every container's log configuration is written
fix-skip-no-artifact-store = no artifact_store block is written
fix-skip-store-repeated = the store is made by count or for_each: which of its instances to back up is the author's call
fix-skip-selection-expression = the selection's resources are an expression
