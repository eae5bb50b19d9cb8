# 命令行：用户阅读的摘要和警告（clap 的 --help 保持英文）。

cli-rule-count = { $count } 条规则
cli-nothing-read-allowed = 警告：在给定路径下未读取到任何 CloudFormation 模板、Terraform 配置或计划（--allow-empty）
cli-nothing-read = 错误：在给定路径下未读取到任何 CloudFormation 模板、Terraform 配置或计划，未检查任何内容（对于每次变更都运行的作业，可使用 --allow-empty 接受这种情况）
cli-asff-defaults = 警告：ASFF 检查结果需要 --aws-account 和 --aws-region；缺少时使用 { $account } 和 { $region }
cli-sarif-omitted = 警告：{ $count } 项不合规或无法判定的检查结果不是 SARIF 结果（列于 run.properties.omittedFindings）：
cli-and-more = ……另有 { $count } 项

## phiguard explain

explain-severity = 严重性：
explain-service = 服务：
explain-section = 白皮书章节：
explain-cfr = HIPAA 安全规则：
explain-requirements = 目录要求：
explain-kinds = 资源类型：
explain-applies = 适用于：
explain-applies-phi = 保存 PHI 的资源
explain-applies-all = 所有匹配的资源
explain-why = 重要性
explain-fix = 修复方法

## phiguard coverage

coverage-implemented = 已由 { $rules } 实现
coverage-manual = 人工（每份报告中均需证明）
coverage-implemented-live = 由 { $rules } 实现（在线扫描）
coverage-not-implemented = 未实现：{ $reason }
coverage-missing = 缺失：既未实现也未说明理由
coverage-summary =
    { $total } 项要求：已实现 { $implemented } 项，人工 { $manual } 项，未实现（附理由）{ $not } 项，缺失 { $missing } 项。
    static/both：{ $checkable } 项中已实现 { $static } 项（{ $percent } %）。
    live（仅在在线扫描和已保存的清单中判定）：{ $live } 项中已实现 { $live_implemented } 项。

## Custom (Rego) rules

cli-rule-count-custom = { $count } 条规则（其中自定义 { $custom } 条）
explain-custom = 自定义规则（贵组织的 Rego 策略，非内置）
coverage-custom = { $count } 条自定义规则（贵组织自有，不计入目录）：

## errors of the command line

cli-error = 错误：{ $message }
cli-creating = 无法创建 { $path }：{ $error }
cli-writing = 无法写入 { $path }：{ $error }
cli-reading = 无法读取 { $path }：{ $error }
cli-unknown-format = 未知格式 '{ $format }'（{ $formats }）
cli-unknown-graph-format = 未知图格式 '{ $format }'（{ $formats }）
cli-output-dir-markdown = --output-dir 需要 --format markdown
cli-no-rule = 不存在规则 '{ $rule }'；`phiguard rules` 可列出所有规则
cli-no-rule-would-run = 没有可运行的规则：{ $config } 跳过了所有规则
cli-no-rule-would-run-config = 没有可运行的规则：配置跳过了所有规则
cli-param-pair = --param 需要 KEY=VALUE 形式，实际为 '{ $value }'
cli-var-pair = --var 需要 NAME=VALUE 形式，实际为 '{ $value }'
cli-date = { $flag } 需要形如 2027-03-31 的日期，实际为 '{ $value }'
cli-output-is-input = -o { $path } 是本次扫描的输入，拒绝覆盖

## configuration file

config-reading = 无法读取配置文件 { $path }：{ $error }
config-invalid-toml = { $place }：配置无效：{ $error }
config-invalid = 配置无效：{ $list }
config-skip-no-rule = { $place }：skip_rules 指定的规则 '{ $rule }' 不存在（`phiguard rules` 可列出所有规则）
config-suppress-no-rule = { $place }：[[suppress]] 指定的规则 '{ $rule }' 不存在（`phiguard rules` 可列出所有规则）
config-bad-glob = { $place }：'{ $glob }' 不是有效的 glob：{ $error }
config-no-reason = { $place }：抑制必须注明理由（由谁接受以及原因）

## scan history

cli-history-recorded = 扫描已记录为 { $history } 中的 #{ $id }
cli-history-record-failed = 错误：无法记录扫描：{ $error }
cli-history-last = --last 至少需要 1 次扫描

## baseline

baseline-not-report = { $path } 不是 phiguard JSON 报告（`phiguard scan --format json`）：{ $error }
baseline-schema = { $path } 的架构为 '{ $schema }'；此版本的 phiguard 读取 '{ $expected }'

## phiguard fix

fix-summary-written = 已修复 { $files } 个文件中的 { $fixes } 项检查结果
fix-summary-shown = { $files } 个文件中有 { $fixes } 项检查结果可以修复
fix-unsafe-left-out = 另有 { $count } 项修复不安全，已排除（--unsafe-fixes 会应用它们）
fix-not-fixed = { $count } 项有修复方法的不合规检查结果无法在此修复（--format json 会说明原因）

## phiguard diff

diff-headline = 新增 { $added } 项（其中不合规 { $failing } 项），已修复 { $fixed } 项，已变更 { $changed } 项
diff-text-title = phiguard diff { $old } -> { $new }：{ diff-headline }
diff-text-new = 新增：
diff-text-fixed = 已修复：
diff-text-changed = 已变更：
diff-md-title = phiguard：自基准报告以来的变更
diff-md-new = 新增
diff-md-fixed = 已修复
diff-md-changed = 已变更
diff-md-verdict = 判定
diff-md-rule = 规则
diff-md-resource = 资源
diff-md-location = 位置
diff-md-finding = 检查结果

## phiguard explain: automatic fix

fix-explain-heading = 自动修复
fix-explain-none = 无：`phiguard fix` 不会更改此规则的检查结果。
fix-explain-formats-both = 格式：CloudFormation（YAML、JSON）和 Terraform。
fix-explain-formats-cfn = 格式：CloudFormation（YAML、JSON）。
fix-explain-formats-tf = 格式：Terraform。
fix-explain-formats-none = 格式：暂无。
fix-explain-what = { $text }。
fix-explain-safe = 安全：`phiguard fix --write` 会应用此修复。
fix-explain-unsafe = 不安全，仅在指定 `--unsafe-fixes` 时应用：{ $text }。
fix-why-replaces = 在现有资源上更改此项会替换该资源（对于数据存储，替换为一个新的空资源），请先迁移数据
fix-why-key-policy = KMS 密钥的策略必须允许该服务（以及每个读取方）使用它；若模板未声明密钥，该密钥将成为一个新参数
fix-what-rds-tls-enforced = 在模板的参数组中设置 `rds.force_ssl: 1`（PostgreSQL）或 `require_secure_transport: ON`（MySQL、MariaDB），或为引擎系列添加一个参数组
fix-why-rds-tls-enforced = 不使用 TLS 连接的客户端将被拒绝；新的参数组在重启后生效
fix-what-ec2-phi-no-public-ip = 在实例或启动模板的网络接口上设置 `AssociatePublicIpAddress: false`，在 ECS 服务上设置 `AssignPublicIp: DISABLED`（Terraform：`associate_public_ip_address = false`、`assign_public_ip = false`）；位于公有子网或带有弹性 IP 的实例必须由其作者迁移
fix-why-ec2-phi-no-public-ip = 实例或任务将无法再从互联网访问；在没有 NAT 网关的公有子网中，它们也将无法访问互联网
fix-what-phi-store-not-public = 在 RDS 实例上设置 `PubliclyAccessible: false`，并将 EKS 集群的 API 端点设为仅私有（`EndpointPublicAccess: false`、`EndpointPrivateAccess: true`；Terraform：`publicly_accessible = false`、`endpoint_public_access = false`）
fix-why-phi-store-not-public = VPC 外部的客户端将无法再连接（RDS 实例失去其公有地址；EKS API 端点变为私有，因此 kubectl 必须在 VPC 内部运行）
fix-what-ecs-container-logging = 为每个未输出日志的容器设置 `awslogs` `LogConfiguration`，指向模板声明的日志组（没有日志组的模板留给其作者处理）
fix-why-ecs-container-logging = 任务的执行角色必须获准写入日志组（logs:CreateLogStream、logs:PutLogEvents），否则任务将无法启动
fix-what-ec2-imdsv2 = 设置 `MetadataOptions.HttpTokens: required`（Terraform：`metadata_options {"{"} http_tokens = "required" {"}"}`）
fix-why-ec2-imdsv2 = 实例上仍调用 IMDSv1 的软件将无法获取实例元数据及其角色凭证
fix-what-s3-bucket-access-logging = 将 `LoggingConfiguration` 设置为模板中声明的日志存储桶或新的 `AccessLogsBucketName` 参数（Terraform：一个 `aws_s3_bucket_logging`）
fix-why-s3-bucket-access-logging = 会添加一个日志存储桶参数（除非模板已声明一个名称类似日志存储桶的存储桶），该存储桶的策略必须允许 S3 日志传输写入
fix-what-s3-bucket-tls-only = 向存储桶的策略添加一条拒绝非 `aws:SecureTransport` 请求的 (Deny) 语句，或添加新的 `AWS::S3::BucketPolicy`（Terraform：`aws_s3_bucket_policy`）
fix-what-s3-bucket-versioning = 设置 `VersioningConfiguration.Status: Enabled`（Terraform：一个 `aws_s3_bucket_versioning`）
fix-what-s3-bucket-encryption = 声明默认加密 `SSEAlgorithm: AES256`（Terraform：一个 `aws_s3_bucket_server_side_encryption_configuration`）
fix-what-s3-bucket-public-access-block = 将 `PublicAccessBlockConfiguration` 的四项设置设为 true（Terraform：一个 `aws_s3_bucket_public_access_block`）
fix-why-s3-bucket-public-access-block = 会阻止网站或公开数据集存储桶可能依赖的公共访问
fix-what-logs-group-kms-encryption = 将 `KmsKeyId` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数
fix-why-logs-group-kms-encryption = { fix-why-key-policy }
fix-what-logs-group-retention = 设置 `RetentionInDays: 2192`（Terraform：`retention_in_days = 2192`）
fix-why-logs-group-retention = 早于保留期（2192 天，即六年）的日志事件将被删除
fix-what-sqs-queue-tls-only = 向队列的策略添加一条拒绝非 `aws:SecureTransport` 请求的 (Deny) 语句，或添加新的 `AWS::SQS::QueuePolicy`
fix-what-sqs-queue-encryption = 设置 `SqsManagedSseEnabled: true`（Terraform：`sqs_managed_sse_enabled = true`）
fix-what-dynamodb-table-kms-encryption = 设置 `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}`（Terraform：`server_side_encryption {"{"} enabled = true {"}"}`）
fix-what-dynamodb-point-in-time-recovery = 设置 `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true`（Terraform：`point_in_time_recovery {"{"} enabled = true {"}"}`）
fix-what-sns-topic-encryption = 将 `KmsMasterKeyId` 设置为模板中声明的密钥，否则设置为 `alias/aws/sns`
fix-why-sns-topic-encryption = 向该主题发布消息的 AWS 服务（CloudWatch 告警、S3 和 EventBridge 事件）无法使用 AWS 托管密钥 alias/aws/sns，它们需要一个策略允许其使用的客户托管密钥
fix-what-rds-multi-az = 在数据库实例上设置 `MultiAZ: true`；对于只有一个实例的 Aurora 集群，添加第二个同样的实例（Terraform：`multi_az = true`）
fix-what-codebuild-artifact-encryption = 设置 `EncryptionKey` 并关闭 `EncryptionDisabled`
fix-why-codebuild-artifact-encryption = { fix-why-key-policy }
fix-what-elb-tls-policy = 在监听器上设置 `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`（Terraform：`ssl_policy`）
fix-why-elb-tls-policy = 仅支持 TLS 1.0 或 1.1 的客户端将无法再连接
fix-what-elb-listener-tls = 将 HTTP 监听器改为端口 443 上的 HTTPS 监听器，使用新的 `ListenerCertificateArn` 参数的证书和 `ELBSecurityPolicy-TLS13-1-2-2021-06`
fix-why-elb-listener-tls = 监听器从其端口上的 HTTP 改为 443 上的 HTTPS：客户端和安全组必须随之调整，并且新的 `ListenerCertificateArn` 参数必须指定一个 ACM 证书
fix-what-elb-access-logs = 开启访问日志，写入新参数指定的存储桶
fix-why-elb-access-logs = 会添加 `LoadBalancerLogsBucketName` 参数；该存储桶的策略必须允许 Elastic Load Balancing 写入
fix-what-vpc-flow-logs = 为该 VPC 添加一个 `AWS::EC2::FlowLog`，写入新参数指定的存储桶
fix-why-vpc-flow-logs = 会添加 `FlowLogsBucketName` 参数；该存储桶的策略必须允许日志传输写入
fix-what-ec2-flow-logs = 为实例或 Auto Scaling 组所在子网的 VPC（当模板声明了这些子网且它们都属于同一个 VPC 时）添加一个 `AWS::EC2::FlowLog`，写入新参数指定的存储桶，与 `vpc-flow-logs` 的修复相同
fix-why-ec2-flow-logs = { fix-why-vpc-flow-logs }
fix-what-rds-storage-encrypted = 设置 `StorageEncrypted: true`（Terraform：`storage_encrypted = true`）
fix-why-rds-storage-encrypted = { fix-why-replaces }
fix-what-rds-backup-retention = 设置 `BackupRetentionPeriod: 7`（Terraform：`backup_retention_period = 7`）
fix-what-kms-key-rotation = 设置 `EnableKeyRotation: true`（Terraform：`enable_key_rotation = true`）
fix-what-cloudfront-viewer-https = 在每个允许 HTTP 的缓存行为上设置 `ViewerProtocolPolicy: redirect-to-https`
fix-what-efs-file-system-encrypted = 设置 `Encrypted: true`（Terraform：`encrypted = true`）
fix-why-efs-file-system-encrypted = { fix-why-replaces }
fix-what-efs-tls-required = 向 `FileSystemPolicy` 添加一条拒绝非 `aws:SecureTransport` 请求的 (Deny) 语句
fix-why-efs-tls-required = 不使用 `-o tls` 挂载的客户端将失去访问权限；若原先没有策略，新策略将取代 EFS 的默认允许，客户端随后需要 IAM 权限才能挂载
fix-what-ebs-volume-encrypted = 设置 `Encrypted: true`（Terraform：`encrypted = true`）
fix-why-ebs-volume-encrypted = { fix-why-replaces }
fix-what-ec2-instance-ebs-encrypted = 在每个块设备映射上设置 `Ebs.Encrypted: true`
fix-why-ec2-instance-ebs-encrypted = { fix-why-replaces }
fix-what-cloudtrail-kms-encryption = 将 `KMSKeyId` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数
fix-why-cloudtrail-kms-encryption = { fix-why-key-policy }
fix-what-cloudtrail-log-file-validation = 设置 `EnableLogFileValidation: true`（Terraform：`enable_log_file_validation = true`）
fix-what-cloudtrail-multi-region = 设置 `IsMultiRegionTrail: true` 和 `IncludeGlobalServiceEvents: true`（Terraform：`is_multi_region_trail = true`）
fix-what-elasticache-at-rest-encryption = 在复制组上设置 `AtRestEncryptionEnabled: true`（Terraform：`at_rest_encryption_enabled = true`）
fix-why-elasticache-at-rest-encryption = { fix-why-replaces }
fix-what-elasticache-transit-encryption = 设置 `TransitEncryptionEnabled: true`（在已写明处同时设置 `TransitEncryptionMode: required`）（Terraform：`transit_encryption_enabled = true`）
fix-why-elasticache-transit-encryption = 客户端此后必须使用 TLS 连接；较旧的引擎版本会替换该组
fix-what-elasticache-redis-auth = 从新的 NoEcho 参数设置 `AuthToken`，并设置 `TransitEncryptionEnabled: true`
fix-why-elasticache-redis-auth = 会添加一个必须在部署时提供的 NoEcho AUTH 令牌参数；客户端此后必须进行身份验证并使用 TLS
fix-what-secretsmanager-secret-kms = 将 `KmsKeyId` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数
fix-why-secretsmanager-secret-kms = { fix-why-key-policy }
fix-what-codecommit-repository-kms = 将 `KmsKeyId` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数
fix-why-codecommit-repository-kms = { fix-why-key-policy }
fix-what-lambda-environment-kms = 将 `KmsKeyArn` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数
fix-why-lambda-environment-kms = { fix-why-key-policy }

## scan history: the store

history-folder = { $history } 是一个文件夹；--history 需要一个数据库文件（或将 --history 放在最后，或写作 --history=FILE）
history-missing = { $history } 处没有扫描历史；`phiguard scan --history` 可记录一次扫描
history-newer = { $history }：历史的架构版本为 { $version }，比此版本的 phiguard 所知的版本（{ $latest }）更新；请升级 phiguard

## phiguard history

history-text-title = { $history } 中的扫描历史：共记录 { $total } 次扫描，显示最近 { $shown } 次（按时间先后）。
history-text-empty = 尚未记录任何扫描；`phiguard scan --history` 可记录一次扫描。
history-col-scan = 扫描
history-col-scanned-at = 扫描时间
history-col-rule-set = 规则集
history-col-files = 文件
history-col-resources = 资源
history-col-change = 变化
history-per-safeguard = 按 HIPAA 保护措施统计的不合规/无法判定/合规（"-"：没有针对它的规则运行）：
history-per-rule = 按规则统计的不合规/无法判定/合规（"-"：没有针对它的规则运行）：
history-no-finding = （这些扫描中没有检查结果）
history-quiet = （省略了 { $count } 条仅合规的规则；--format json 会列出所有规则）
history-changed = 扫描 #{ $scan } 相对于扫描 #{ $before } 的变化（不合规检查结果：新增 { $new } 项，已修复 { $fixed } 项）：
history-nothing-changed = 无变化：相同的检查结果仍不合规
history-change-new = 新增
history-change-fixed = 已修复
history-change-line = { $change }  { $rule }  资源 { $resource }  （{ $location }）
history-and-more = ……另有 { $count } 项（--format json 会列出全部）

## custom rules

policy-no-rego = 自定义规则需要启用 `rego` 特性构建的 phiguard（策略文件夹 { $path }）
policy-input-no-rego = --policy-input 需要启用 `rego` 特性构建的 phiguard

## phiguard coverage: why a requirement is not implemented

coverage-reason-appflow-non-s3-dest-encrypted = 非 S3 目标是 SaaS 应用程序（Salesforce、Snowflake、Zendesk、SAP 等），或通过仅指定连接名称的 AWS::AppFlow::ConnectorProfile 访问的 Redshift 集群。SaaS 应用程序中的静态加密在该应用程序中配置，不在任何模板中，需要人工审查；扫描中的 Redshift 集群由 Redshift 加密规则判定。
coverage-reason-appstream-home-folder-encryption = 模板中的任何内容都不会使其不合规：HOMEFOLDERS 存储始终是使用 SSE-S3 和 TLS 的 S3（由 AWS 应用，没有相关设置），而 GOOGLE_DRIVE / ONE_DRIVE 连接器必须根据客户与这些供应商的协议在 Google Workspace 或 Microsoft 365 中配置，只能通过人工审查判断。
coverage-reason-comprehend-iam-least-privilege = 最小权限是对每个身份需要什么的判断，而模板并未说明这一点。comprehend:Detect* 和大多数实时操作仅支持 Resource "*"，因此 Resource "*" 授权往往已是可能的最小权限；标记它会造成误报。可检查的部分已经实现：数据访问角色的 S3 范围（comprehend-data-access-scope）及其防范混淆代理的条件（comprehend-role-confused-deputy）。
coverage-reason-comprehend-multi-tenancy = 这是应用程序设计问题：多租户应用如何将租户映射到已验证的电子邮件或电话、应用客户端可以写入哪些属性、哪个身份提供商服务于哪个客户端，都由应用程序的授权逻辑决定。仅凭 Cognito 设置（AutoVerifiedAttributes、WriteAttributes）无法表明租户属性是否就是应用据以授权的属性；需要人工审查。
coverage-reason-ecs-firelens-no-phi-file-logs = 应用程序是否将 PHI 写入日志文件，以及 Fluent Bit 是否缓冲到磁盘（storage.path），是在应用程序代码和 Fluent Bit 配置文件中设置的，该配置文件内置于镜像或从 S3 获取（FirelensConfiguration config-file-value），模板中均不包含。Fargate 任务存储始终加密；EC2 容器实例卷由 EBS 加密规则判定。
coverage-reason-forecast-s3-buckets = Forecast 的导入和导出存储桶仅在 API 调用（CreateDatasetImportJob、CreateForecastExportJob）中指定，这些调用没有 CloudFormation 或 Terraform 资源，因此没有模板将存储桶与 Forecast 关联。存储桶本身与所有存放 PHI 的存储桶一样，由 S3 加密和 TLS 规则判定。
coverage-reason-healthlake-encrypted-export-bucket = HealthLake 的导入和导出存储桶仅在 StartFHIRImportJob / StartFHIRExportJob API 调用中指定；AWS::HealthLake::FHIRDatastore 没有指定它们的属性，因此没有模板将存储桶与 HealthLake 关联。这些存储桶与所有存放 PHI 的存储桶一样，由 S3 加密规则判定。
coverage-reason-lex-iam-least-privilege = lex:* 操作的最小权限取决于哪些调用方需要哪些机器人，而模板并未说明这一点；限定于机器人 ARN 的策略也只能对照模板未记录的意图来检查。请人工审查授予 lex: 操作的 IAM 策略。
coverage-reason-lex-monitoring = CloudTrail 无需配置即可记录 Lex API 调用（对跟踪的实时检查），而 AWS/Lex 命名空间上的 CloudWatch 告警通常位于单独的监控堆栈中；机器人模板中没有告警并不能证明机器人未受监控，因此任何基于模板的判定都只是猜测。
coverage-reason-netfw-auto-encryption = 白皮书指出，Network Firewall 无需特殊配置即可对规则和日志进行静态和传输中加密；没有任何设置可以关闭这一点，因此模板中没有可能不合规的内容。可选的客户密钥仅存在于 API/Terraform（encryption_configuration）中，白皮书也不要求使用；日志目标（S3、CloudWatch Logs、Firehose）由各自的规则判定。
coverage-reason-polly-iam-least-privilege = 最小权限取决于每个主体需要什么，而模板并未说明这一点。Polly 不为语音合成提供资源级权限，因此对 '*' 授予 'polly:*' 通常就是狭义语音角色的写法；标记它会造成误报，模板中也没有其他内容能区分必要的授权和过度的授权。
coverage-reason-polly-output-s3-encrypted = 异步合成（StartSpeechSynthesisTask）是一个没有 CloudFormation 或 Terraform 资源的 API 调用，且 Polly 使用调用方的凭证写入，因此没有模板指定输出存储桶。每个存放 PHI 的存储桶都已由 S3 加密规则判定。
coverage-reason-quicksight-enterprise-only = 版本是账户订阅的属性，CloudFormation 无法声明；Terraform 的 aws_quicksight_account_subscription（edition）需要 Terraform 适配器，实时检查（DescribeAccountSubscription）需要 AWS 读取器。
coverage-reason-redshift-spectrum-in-scope = 这是范围说明，而非义务：Redshift Spectrum 受 BAA 覆盖，它查询的 S3 数据与其他存储桶一样由 S3 规则判定。
coverage-reason-glacier-no-phi-in-names = S3 Glacier 文件库没有 CloudFormation 类型（只有 Terraform 的 aws_glacier_vault）。一旦 Terraform 适配器将文件库映射到图中，其标签将由 metadata-no-phi-in-tags 读取；文件库名称检查需要等待该类型名称。归档描述由应用程序而非模板写入。
coverage-reason-textract-input-sse = Textract 没有 CloudFormation 或 Terraform 资源：输入文档和异步 OutputConfig（及其 KMSKeyId）是 API 参数，且 Textract 使用调用方的凭证读取，因此没有模板指定其存储桶。存放 PHI 的输入和输出存储桶由 S3 加密规则判定。
coverage-reason-transcribe-no-retention-tls = 转录作业（OutputBucketName、OutputEncryptionKMSKeyId）是没有 CloudFormation 或 Terraform 资源的 API 调用；TLS 和不保留数据是服务本身的特性。存放 PHI 的输出存储桶由 S3 加密规则判定。
coverage-reason-vpc-private-connectivity = AWS Site-to-Site VPN 连接始终使用 IPsec，因此不会不合规；通过 Direct Connect 传输的 PHI 是否加密取决于 MACsec 或 VPN/TLS 叠加层，而模板不会体现这一点（没有 MACsec 的普通 aws_dx_connection 仍可能承载 IPsec 或 TLS）。没有任何模板值可以合理地判定此要求不合规。
coverage-reason-workdocs-audit-sharing = 其中 CloudTrail 部分由 cloudtrail-records-api-calls 判定（WorkDocs API 调用属于管理事件）。其余部分是决策和审查：是否允许外部共享是 WorkDocs 站点设置，没有公开的读取 API（仅限管理控制台），而审查活动日志是一个流程。此外，Amazon WorkDocs 已停止接受新客户，并于 2025 年 4 月终止支持。
coverage-reason-workdocs-mfa-radius = RADIUS MFA 是 WorkDocs 目录的设置（ds:DescribeDirectories 的 RadiusSettings）；收集器不读取 AWS Directory Service，且 WorkDocs 已于 2025 年 4 月终止支持。规则首先需要一个目录收集器（带有 `RadiusSettings` 的 `AWS::DirectoryService::MicrosoftAD` 以及 WorkDocs 站点的目录 ID）。
coverage-reason-mgn-encrypted-replication = 复制设置位于 Application Migration Service 中（mgn:DescribeReplicationConfigurationTemplates 的 ebsEncryption），收集器不读取它；迁移是短期项目，而不是长期存放 PHI 的存储，迁移创建的 EBS 卷在被收集后由 ebs-volume-encrypted 和 ebs-encryption-by-default 判定。
coverage-reason-ds-msad-encrypted = AWS Managed Microsoft AD 的两个版本都将目录数据存储在使用 AWS 托管密钥加密的 EBS 卷上，且 Enterprise 是默认版本；LDAP 保留在 VPC 内。没有任何设置可以禁用这一点，而与本地的连接（VPN 或 Direct Connect）位于目录模板之外。
coverage-reason-ds-ldaps = LDAPS 状态需按目录通过 ds:DescribeLDAPSSettings 读取；收集器不读取 AWS Directory Service，且该要求是从白皮书推导出的（可选）。规则首先需要一个目录收集器。
coverage-reason-drs-encrypted-replication = 实时复制设置来自 Elastic Disaster Recovery（drs:DescribeReplicationConfigurationTemplates），收集器不读取它。声明 AWS::DRS::ReplicationConfigurationTemplate 的模板属于静态检查范畴；暂存 EBS 卷在被收集后由 ebs-volume-encrypted 和 ebs-encryption-by-default 判定。
coverage-reason-sdkmetrics-log-group-kms = SDK Metrics（仅限 Enterprise Support，现已弃用）在 SDK 和 CloudWatch 代理中配置，而不是在模板中；模板中没有任何内容标明哪个日志组接收它。日志组的 KMS 加密由 CloudWatch Logs 规则判定。
coverage-reason-sms-encrypted-volumes = AWS Server Migration Service 已停止提供（由 Application Migration Service 取代），且没有 CloudFormation 或 Terraform 资源；复制作业是 API 调用。由此产生的实例和卷由 EBS 加密规则判定。
coverage-reason-snowball-kms-key = Snowball 作业是一次性传输（snowball:DescribeJob 的 KmsKeyARN），而不是长期的账户配置；收集器不列出作业，且作业的密钥在创建时即已确定。Snowball 始终使用 KMS 密钥加密（默认为 AWS 托管），因此该检查只能区分客户托管密钥和 AWS 托管密钥。
coverage-reason-snowball-dest-bucket-sse-s3 = Snowball 作业既没有 CloudFormation 类型，也没有 Terraform AWS 提供程序资源，因此没有模板指定导入目标存储桶。存放 PHI 的目标存储桶由 S3 加密规则判定。
coverage-reason-gen-no-dedicated-tenancy-required = 这是一项许可，而非义务：自 2017 年 5 月起，PHI 不再需要专用实例和专用主机，因此 phiguard 绝不能标记默认租赁（AWS::EC2::Instance 的 Tenancy、AWS::EC2::VPC 的 InstanceTenancy）。没有需要检查的内容；没有规则查看租赁。
coverage-reason-aurora-engine-editions = AWS::RDS::DBCluster 接受的每种引擎（aurora-mysql、aurora-postgresql，以及多可用区数据库集群的 mysql/postgres）都属于符合条件的白皮书章节，因此模板不会出错；传输加密由 RDS 传输中加密规则检查。

## progress bar

progress-reading = 正在读取输入

## fix: eks, dms, backup, emr, codepipeline

fix-why-emr-replaced = 安全配置以及使用它的每个集群都会被替换：正在运行的集群将被终止并重新创建（具名的安全配置必须重命名）
fix-what-eks-secrets-encryption = 设置 `EncryptionConfig`，使用模板中声明的密钥或新的 `KmsKeyArn` 参数加密 `secrets`（Terraform：`encryption_config`）
fix-why-eks-secrets-encryption = 信封加密一经开启便无法关闭，且 KMS 密钥的策略必须允许集群角色使用它（若模板未声明密钥，该密钥将成为一个新参数）
fix-what-dms-kms-key = 将 `KmsKeyId`（无服务器：`ComputeConfig.KmsKeyId`）设置为模板中声明的密钥或新的 `KmsKeyArn` 参数（Terraform：`kms_key_arn`）
fix-why-dms-kms-key = 复制实例会被替换（其任务必须重新启动），且 KMS 密钥的策略必须允许 AWS DMS 使用它
fix-what-backup-vault-kms-key = 将 `EncryptionKeyArn` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数（Terraform：`kms_key_arn`）
fix-why-backup-vault-kms-key = 该文件库会被一个新的空文件库替换（恢复点保留在旧文件库中，具名的文件库必须重命名），且 KMS 密钥的策略必须允许 AWS Backup 使用它
fix-what-backup-plan-offsite-copy = 为每条备份规则添加一个复制操作，复制到新的 `OffsiteBackupVaultArn` 参数指定的文件库（Terraform：`copy_action`）
fix-why-backup-plan-offsite-copy = 会添加 `OffsiteBackupVaultArn` 参数：该文件库必须位于另一个区域或账户中并允许复制，且副本会产生存储和传输费用
fix-what-emr-at-rest-encryption = 当集群指定的安全配置中写有静态加密设置（密钥）时，在该安全配置中设置 `EnableAtRestEncryption: true`
fix-why-emr-at-rest-encryption = { fix-why-emr-replaced }
fix-what-emr-in-transit-encryption = 当集群指定的安全配置中写有传输中加密设置（证书）时，在该安全配置中设置 `EnableInTransitEncryption: true`
fix-why-emr-in-transit-encryption = { fix-why-emr-replaced }
fix-what-codepipeline-artifact-store-kms = 将构件存储的 `EncryptionKey` 设置为模板中声明的密钥或新的 `KmsKeyArn` 参数（Terraform：`encryption_key`）
fix-why-codepipeline-artifact-store-kms = { fix-why-key-policy }
## fix: why a fix was not written (`phiguard fix --format json`, skipped[].reason)
fix-skip-unsafe = 不安全（{ $why }）；--unsafe-fixes 会应用它
fix-skip-type = { $type } 没有修复方法
fix-skip-not-plain-value = { $resource } 的 { $property } 不是普通值
fix-skip-has-flow-log = { $vpc } 在此模板中已有记录全部流量的流日志
fix-skip-engine = 引擎 { $engine } 没有修复方法
fix-skip-group-elsewhere = { $property } 未指定此模板中的参数组
fix-skip-no-family = 未知 { $engine } { $version } 的参数组系列
fix-skip-template-parse = 无法解析模板：{ $error }
fix-skip-written-as = 写作 { $type }，此修复不编辑这种写法
fix-skip-template-broken = 修复后的模板将无法解析（{ $error }）；未写入任何内容
fix-skip-no-resource = 没有资源 { $resource }
fix-skip-no-path = { $resource } 没有 { $path }
fix-skip-not-a-mapping = 无法在此处添加 { $key }：不是普通映射
fix-skip-several-blocks = 有多个 { $block } 块
fix-skip-file-parse = 无法解析文件：{ $error }
fix-skip-file-broken = 修复后的文件将无法解析（{ $error }）；未写入任何内容
fix-skip-aurora-multi-az = 这是 Aurora 实例：请改为向集群添加第二个实例
fix-skip-cluster-no-instance = 此模板中该集群没有实例
fix-skip-aurora-encryption = 这是 Aurora 实例：加密在集群上设置
fix-skip-read-replica = 这是只读副本：请加密其源实例
fix-skip-aurora-backups = 这是 Aurora 实例：备份在集群上设置
fix-skip-listener-not-http = 只有 Application Load Balancer 的 HTTP 侦听器会改为 HTTPS
fix-skip-attributes-expression = LoadBalancerAttributes 是表达式
fix-skip-vpc-unknown = 此模板未声明子网或其 VPC
fix-skip-key-no-rotation = 非对称密钥或 HMAC 密钥无法自动轮换
fix-skip-root-volume-ami = 根卷来自 AMI：请使用 EBS 默认加密或已加密的 AMI 对其加密
fix-skip-public-address-elsewhere = 公有地址来自子网或弹性 IP：迁移实例属于架构变更
fix-skip-containers-not-list = ContainerDefinitions 不是模板中写出的列表
fix-skip-no-log-group = 模板未声明可接收容器日志的 AWS::Logs::LogGroup
fix-skip-log-driver-expression = 每个容器的日志驱动程序都写成了表达式
fix-skip-engine-not-literal = 引擎不是字面值
fix-skip-no-engine-version = 没有 EngineVersion：无法选择参数组系列
fix-skip-not-written = 此资源并未按原样写在此文件中（由转换或循环生成）
fix-skip-no-cfn-fix = 此规则没有 CloudFormation 修复方法
fix-skip-already-fixed = 资源已包含修复要写入的内容；该检查结果另有原因
fix-skip-inline-encryption = 内联的 server_side_encryption_configuration：请将其移至 aws_s3_bucket_server_side_encryption_configuration
fix-skip-encryption-shape = 存储桶的加密配置采用了修复工具不编辑的写法
fix-skip-inline-policy = 内联存储桶策略：请手动向其添加 Deny-unless-aws:SecureTransport 语句
fix-skip-policy-shape = 存储桶策略不是修复工具可以追加的 jsonencode({"{"}Statement = [...]{"}"})；请手动添加该语句
fix-skip-one-line-statements = 修复工具不编辑的单行语句列表
fix-skip-logging-shape = 存储桶的日志记录采用了修复工具不编辑的写法
fix-skip-not-an-address = 不是资源地址
fix-skip-block-elsewhere = 资源块不在此文件中
fix-skip-no-tf-fix = 此规则尚无 Terraform 修复方法
fix-skip-empty-path = 路径为空
fix-skip-no-position = 没有位置信息
fix-skip-no-closing-brace = 没有右花括号
fix-skip-one-line-block = 修复工具不编辑的单行块
fix-skip-no-resources = 没有 Resources
fix-skip-no-list-item = 没有该列表项
fix-skip-expected-list = 此处应为列表
fix-skip-value-shape = 现有值的形式不同
fix-skip-value-expression = 现有值是表达式或列表
fix-skip-position-outside = 位置超出文件范围
fix-skip-key-layout = 键的布局是修复工具不编辑的形式
fix-skip-empty-mapping = 修复工具不编辑的空映射
fix-skip-empty-list = 空列表
fix-skip-list-layout = 列表的布局是修复工具不编辑的形式
fix-skip-value-form = 值的写法是修复工具不替换的形式
fix-skip-terraform-json = 不编辑 Terraform JSON 和计划；请修复配置
fix-skip-internal-error = 修复此文件时发生内部错误；未写入任何内容

## scan --format sarif: a finding left out of the SARIF results (stderr)
cli-sarif-omitted-item = { $resource } 上的 { $rule }：{ $why }

## live AWS accounts (phiguard scan aws)

progress-collecting = 正在收集 AWS 服务
## fix: the five top-30 rules that had none

fix-what-vpc-security-group-open-ingress = 将端口 80 和 443 以外的入站规则中开放的来源（0.0.0.0/0、::/0）替换为一个没有默认值的新 `AllowedIngressCidr` 参数（IPv6 为 `AllowedIngressCidrIpv6`）（Terraform：一个变量）
fix-why-vpc-security-group-open-ingress = 它会改变谁能访问该端口：只有新 `AllowedIngressCidr` 参数（IPv6 为 `AllowedIngressCidrIpv6`）中给出的范围才能连接，其他所有来源都会被切断
fix-what-ec2-cleartext-ingress = 将在明文端口上向互联网开放的入站规则改到该协议的 TLS 端口（HTTP 80 改为 443，FTP 20-21 改为 989-990，Telnet 23 改为 SSH 22，POP3 110 改为 995，IMAP 143 改为 993，LDAP 389 改为 636，8080 改为 8443）；r 系列服务、TFTP 和 SNMP 留给作者处理
fix-why-ec2-cleartext-ingress = 服务必须在 TLS 端口上监听，客户端必须连接到该端口
fix-what-elb-target-tls = 将 HTTP 目标组改为端口 443 上的 HTTPS（TCP 改为 TLS；由参数设置的端口保持不变），并将 HTTP 运行状况检查改为 HTTPS；Classic Load Balancer 留给作者处理
fix-why-elb-target-tls = 目标必须在端口 443 上提供 TLS，并且更改协议或端口会替换目标组
fix-what-backup-plan-covers-phi-stores = 将数据存储的 ARN 添加到模板的备份选择中；没有备份选择的模板会获得一个备份文件库、一个将恢复点保留 35 天并复制到新 `BackupCopyVaultArn` 参数所指文件库的每日计划，以及一个其角色带有 AWS 托管策略 AWSBackupServiceRolePolicyForBackup 的备份选择（Terraform：相同的资源）
fix-why-backup-plan-covers-phi-stores = 备份会产生存储费用，并且新计划会添加一个文件库、一个角色和一个 `BackupCopyVaultArn` 参数（模板未声明密钥时还会添加 `KmsKeyArn` 参数）
fix-what-flow-transmission-encrypted = 修复其他修复所能修复的传输环节：SNS 订阅的 HTTP 端点改为 HTTPS，HTTP 监听器改为 HTTPS（与 `elb-listener-tls` 相同），HTTP 目标组改为 HTTPS（与 `elb-target-tls` 相同）；API Gateway 集成、Firehose HTTP 端点和 CloudFront 源留给作者处理
fix-why-flow-transmission-encrypted = 接收端随后必须使用 TLS：SNS 端点必须接受 HTTPS，负载均衡器的目标必须提供 TLS，HTTP 监听器需要证书

## live AWS accounts (phiguard scan aws)
live-not-built = 此 phiguard 构建时未包含实时 AWS 支持；请使用 `--features aws` 构建 (cargo install --path crates/cli --features aws)
live-role-placeholder = 当 --accounts 指定多个账户或使用 --organization 时，--role-arn 必须包含 {"{"}account{"}"}
live-runtime = 无法启动 AWS 客户端运行时：{ $error }
live-unknown-services = 未知服务 { $services }（已知服务：{ $known }）
live-cannot-identify = 无法识别账户：{ $error }
live-cannot-list-regions = 无法列出账户的区域 (ec2:DescribeRegions)：{ $error }
live-cannot-list-organization = 无法列出组织的账户 (organizations:ListAccounts)：{ $error }
live-no-active-account = 该组织没有活动账户
live-internal = 内部错误：收集器在扫描结束后仍在运行
## fix skip reasons (2)

fix-skip-no-parameter = 没有参数 { $name }
fix-skip-no-properties = 没有 Properties
fix-skip-expression-not-replaced = 修复工具不替换的表达式
fix-skip-no-open-literal-or-default = 没有任何向互联网开放的入站规则以字面范围或参数默认值写出
fix-skip-no-open-literal = 没有任何向互联网开放的入站规则以字面范围写出
fix-skip-all-protocols-open = 所有协议（或 TFTP、SNMP）均已开放：保留哪些由作者决定
fix-skip-no-tls-port = 端口 { $from }-{ $to } 没有可迁移到的 TLS 端口（FTP 21→990，Telnet 23→22，HTTP 80→443，LDAP 389→636，IMAP 143→993，POP3 110→995）
fix-skip-no-cleartext-literal-ports = 没有任何在明文端口上开放的入站规则以字面端口写出
fix-skip-target-group-not-http = 只有 HTTP 或 TCP 目标组会改为 HTTPS 或 TLS
fix-skip-no-http-subscription = 没有通过纯 HTTP 传送的订阅
fix-skip-already-tls = 已是 HTTPS 或 TLS（由本次运行的 elb-target-tls 或 elb-listener-tls 修复所致）
fix-skip-flow-hop-left = 此传输环节留给作者处理：API Gateway 集成、Firehose HTTP 端点和 CloudFront 源必须先由其端点通过 HTTPS 提供服务
fix-skip-encryption-config-written = 已写有 { $property }；加密哪些资源由作者决定
fix-skip-artifact-stores-regions = 位于多个区域的构件存储在每个区域都需要一个密钥：由作者指定
fix-skip-backup-rules-not-list = BackupPlanRule 不是写在模板中的列表
fix-skip-copy-destinations-named = 每条规则都已指定其复制目标；是否将其移到其他区域或账户由作者决定
fix-skip-no-security-configuration = 集群未指定此模板中的安全配置；其密钥和证书由作者设计
fix-skip-no-security-configuration-tf = 集群未指定此 Terraform 配置中的安全配置；其密钥和证书由作者设计
fix-skip-no-encryption-configuration = 安全配置中没有写出 EncryptionConfiguration
fix-skip-security-configuration-lacks = 安全配置中没有 { $settings }：其密钥或证书由作者设计
fix-skip-security-configuration-shape = 安全配置不是修复工具可以编辑的 jsonencode({"{"}EncryptionConfiguration = {"{"}...{"}"}{"}"})
fix-skip-security-configuration-no-flag = 安全配置中没有写出 { $flag }
fix-skip-inline-queue-policy = 内联队列策略：请手动向其添加 Deny-unless-aws:SecureTransport 语句
fix-skip-no-block-device = 配置中没有写出块设备
fix-skip-already-listens-443 = 负载均衡器已在端口 443 上监听：请手动将此监听器设置为重定向到该端口
fix-skip-vpc-has-flow-log = { $vpc } 已有记录全部流量的流日志
fix-skip-vpc-unknown-tf = 子网或其 VPC 未在此配置中声明
fix-skip-group-elsewhere-tf = { $argument } 未指定此配置中的参数组
fix-skip-no-engine-version-tf = 没有 engine_version：无法选择参数组系列
fix-skip-containers-not-jsonencode = container_definitions 不是 jsonencode([...])
fix-skip-containers-not-written = container_definitions 不是写在配置中的 jsonencode([...])
fix-skip-no-log-group-tf = 配置未声明可接收容器日志的 aws_cloudwatch_log_group
fix-skip-container-expression = 容器定义是表达式
fix-skip-one-line-container = 修复工具不编辑的单行容器定义
fix-skip-logs-configured = 每个容器的日志配置均已写出
fix-skip-no-artifact-store = 没有写出 artifact_store 块
fix-skip-store-repeated = 该数据存储由 count 或 for_each 创建：备份其中哪些实例由作者决定
fix-skip-selection-expression = 备份选择的资源是表达式
