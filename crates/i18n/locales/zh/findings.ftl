# 检查结果消息（每条一句）。参数为标识符或输入中的名称。

engine-not-phi = 未被标记为保存 PHI。
engine-conditional-resource = 仅当条件“{ $condition }”成立时才会创建此资源；该条件取决于未设置的参数，因此按已创建进行判定。
engine-phi-path = PHI 路径：{ $path }
s3-encryption-declared = 已声明默认加密 { $algorithm }。
s3-encryption-invalid = SSEAlgorithm“{ $algorithm }”不是有效的服务器端加密算法。
s3-encryption-no-algorithm = BucketEncryption 未声明默认加密算法。
s3-versioning-absent = 未配置版本控制；S3 存储桶默认不启用版本控制。
s3-versioning-enabled = 已启用版本控制。
s3-versioning-suspended = 版本控制处于 Suspended 状态：会保留早期版本，但新的覆盖和删除无法恢复。
s3-versioning-other = 版本控制状态“{ $status }”不是 Enabled。
rds-aurora-member = 属于 Aurora 集群的成员；由集群承担判定。
rds-storage-encrypted-absent = 未设置 StorageEncrypted；RDS 存储默认不加密。

## vpc-flow-logs

vpc-flow-logs-all-traffic = 流日志“{ $log }”记录该 VPC 的所有流量。
vpc-flow-logs-all-subnets = 该 VPC 的每个子网都有记录所有流量的流日志。
vpc-flow-logs-none = 没有流日志记录该 VPC 的流量。

## sns-topic-encryption

sns-topic-encryption-kms = 消息使用 KMS 密钥进行静态加密。
sns-topic-encryption-absent = 未设置 KmsMasterKeyId；SNS 默认不加密存储的消息。

## sqs-queue-encryption

sqs-queue-encryption-kms = 消息使用 KMS 密钥（KmsMasterKeyId）加密。
sqs-queue-encryption-sse-sqs = 消息使用 SQS 托管密钥（SSE-SQS）加密。
sqs-queue-encryption-disabled = SqsManagedSseEnabled 为 false 且未设置 KMS 密钥；消息以未加密形式存储。

## sqs-queue-tls-only

sqs-tls-no-policy = 没有队列策略拒绝未使用 TLS 的请求（该队列没有策略）。
sqs-tls-enforced = 队列策略拒绝未使用 TLS 的请求。

## s3-bucket-tls-only

s3-tls-enforced = 存储桶策略 { $policies } 拒绝对该存储桶及其对象发出的未使用 TLS 的请求。
s3-tls-no-policy = 没有存储桶策略拒绝未使用 TLS 的请求；除非有策略拒绝 aws:SecureTransport = false，否则 S3 接受明文 HTTP。
s3-tls-missing = 存储桶策略 { $policies } 中没有拒绝未使用 TLS 的请求的语句（Effect Deny, Principal "*", Condition Bool aws:SecureTransport = false）。

## s3-bucket-access-logging

s3-logging-on-to = 服务器访问日志已开启，写入 { $bucket }。
s3-logging-on-other = 服务器访问日志已开启，写入另一个存储桶。
s3-logging-on-itself = 服务器访问日志已开启，写入该存储桶本身。
s3-logging-on = 服务器访问日志已开启。
s3-logging-data-events = 未开启服务器访问日志，但有 CloudTrail 跟踪记录该存储桶的 S3 数据事件。
s3-logging-none = 服务器访问日志（LoggingConfiguration）和 CloudTrail S3 数据事件均未记录对该存储桶对象的访问。

## s3-bucket-public-access-block

s3-pab-account = 账户的阻止公共访问四项设置均已开启，覆盖该存储桶。
s3-pab-public-acl = 该存储桶授予公共预设 ACL { $acl }，且未声明 PublicAccessBlockConfiguration。
s3-pab-live-absent = 该存储桶没有阻止公共访问配置，账户的配置也未开启全部四项设置。
s3-pab-incomplete-one-account = 阻止公共访问不完整：{ $settings } 未开启（存储桶和账户均未开启）。
s3-pab-incomplete-many-account = 阻止公共访问不完整：{ $settings } 未开启（存储桶和账户均未开启）。
s3-pab-incomplete-one = 阻止公共访问不完整：{ $settings } 未开启（省略的设置即为关闭）。
s3-pab-incomplete-many = 阻止公共访问不完整：{ $settings } 未开启（省略的设置即为关闭）。
s3-pab-all-on = 阻止公共访问的四项设置均已开启。

## s3-transfer-acceleration-protected

s3-acceleration-off = 未启用 Transfer Acceleration。
s3-acceleration-protected = 该加速存储桶声明了默认加密，并拒绝未使用 TLS 的请求。

## logs-group-kms-encryption

logs-kms-set = 该日志组使用 KMS 密钥加密。
logs-kms-absent = 未设置 KmsKeyId；CloudWatch Logs 默认使用服务托管密钥加密数据，但只有 KMS 密钥能通过密钥策略限制访问，并在 CloudTrail 中留下密钥使用记录。

## logs-group-retention

logs-retention-days = 日志事件保留 { $days } 天。
logs-retention-absent = 未设置 RetentionInDays；可能包含 PHI 的日志事件永不过期，也没有记录保留期限的决定；请声明保留策略要求的期限。

## rds-backup-retention

rds-backup-cluster-member = 属于 DB 集群的成员；适用集群的备份保留期。
rds-backup-read-replica = 只读副本；自动备份针对其源数据库保留。
rds-backup-zero = BackupRetentionPeriod 为 0：自动备份和时间点恢复均已关闭。
rds-backup-short = 自动备份保留 { $days } 天；对于 PHI，建议保留 7 天或更长。
rds-backup-days = 自动备份保留 { $days } 天。

## rds-multi-az

rds-multi-az-cluster = 多可用区 DB 集群将其实例放置在三个可用区中。
rds-multi-az-serverless = Aurora Serverless v1 自行管理故障转移。
rds-multi-az-no-instance = 扫描范围内未定义该集群的任何实例。
rds-multi-az-single = 该 Aurora 集群只有一个实例，因此没有位于其他可用区的副本可供故障转移。
rds-multi-az-instances = 该 Aurora 集群有 { $count } 个实例。
rds-multi-az-member = 属于 DB 集群的成员；由集群承担判定。
rds-multi-az-replica = 只读副本；由其源承担判定。
rds-multi-az-absent = 未设置 MultiAZ，因此数据库在单个可用区中运行。

## rds-tls-enforced

rds-tls-cluster-member = 属于 DB 集群的成员；由集群的参数组承担判定。
rds-tls-oracle = Oracle 通过选项组中的本机网络加密对连接进行加密（规则 rds-oracle-encryption-in-transit）。
rds-tls-other-engine = 引擎“{ $engine }”在白皮书中没有 TLS 要求。
rds-tls-custom = RDS Custom：TLS 在数据库主机上配置，而不是在参数组中。
rds-tls-aurora-instance = Aurora 实例从其集群获取 TLS 设置。

## sns-subscription-https

sns-sub-topic-not-phi = 主题“{ $topic }”未标记为承载 PHI。
sns-sub-not-written = 未写明 { $path }。
sns-sub-not-phi = 未标记为承载 PHI。
sns-sub-no-inline = 没有内联订阅（单独的 AWS::SNS::Subscription 资源会各自判定）。
sns-sub-empty = 内联 Subscription 列表为空。
sns-sub-http = 通过明文 http 传递消息：发布到该主题的任何内容都以未加密形式通过网络。
sns-sub-https = 通过 https 传递。
sns-sub-aws-service = 在 AWS 服务终端节点内通过 TLS 传递到 { $protocol }。
sns-sub-unencrypted-channel = 通过 { $protocol } 传递，会在没有端到端加密的情况下离开 AWS；请勿在这些通知中包含 PHI。
sns-sub-unrecognised = 无法识别的传递协议“{ $protocol }”。

## redshift-audit-logging

redshift-audit-absent = 未设置 LoggingProperties：审计日志已关闭。
redshift-audit-cloudwatch = 审计日志发送到 CloudWatch Logs。
redshift-audit-s3 = 审计日志发送到 S3。
redshift-audit-no-destination = LoggingProperties 既未指定 S3 存储桶也未指定 CloudWatch Logs：审计日志已关闭。

## redshift-encryption-at-rest

redshift-encrypted = 该集群已加密。
redshift-encrypted-false = Encrypted 为 false：集群的数据和备份未加密。

## glue-catalog-encryption

glue-catalog-passwords-encrypted = 目录元数据和连接密码使用 KMS 加密。
glue-catalog-passwords-clear = ReturnConnectionPasswordEncrypted 为 false：连接密码以明文返回。
glue-catalog-passwords-absent = 未启用连接密码加密。
glue-catalog-not-phi = 未标记为存有 PHI。

## glue-connection-ssl

glue-connection-not-jdbc = 不是 JDBC 连接。

## glue-job-encryption

glue-job-python-shell = Python shell 作业通过自身代码写入。
glue-job-ray = 不判定 Ray 作业的 S3 加密设置。
glue-job-sse-s3 = 该作业使用 SSE-S3（--encryption-type）写入 S3 数据。
glue-job-no-encryption = 该作业既没有安全配置也没有 --encryption-type，因此其 S3 输出没有服务器端加密设置。

## sagemaker-endpoint-kms

sagemaker-endpoint-kms-set = 托管存储使用指定的 KMS 密钥加密。
sagemaker-endpoint-no-variants = 终端节点配置没有生产变体。

## sagemaker-job-output-kms

sagemaker-job-not-job = 不是作业定义。
sagemaker-job-output-kms-set = 作业输出使用指定的 KMS 密钥加密。
sagemaker-pipeline-s3 = 管道定义从 S3（PipelineDefinitionS3Location）读取，因此无法在此判定其步骤。
sagemaker-pipeline-no-steps = 管道定义中没有可读取的 Steps。

## sagemaker-notebook-kms

sagemaker-notebook-not-phi = 未标记为存有 PHI。

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-disabled = 直接互联网访问已禁用；流量经由 VPC。
sagemaker-notebook-internet-absent = 未设置 DirectInternetAccess；笔记本实例默认可直接访问互联网。

## iam-console-user-mfa

iam-console-no-password = 该用户没有控制台密码。
iam-console-password-not-collected = 未收集 CredentialReport.PasswordEnabled。
iam-console-has-mfa = 该控制台用户已启用 MFA。
iam-console-mfa-not-collected = 未收集 CredentialReport.MfaActive。

## iam-console-user-no-access-keys

iam-console-no-active-key = 该控制台用户没有有效的访问密钥。

## ses-receipt-s3-kms

ses-receipt-disabled = 该接收规则已禁用。
ses-receipt-no-actions = 该接收规则没有操作。
ses-receipt-no-s3 = 该接收规则不将邮件存储到 S3。
ses-receipt-kms = 收到的邮件在 SES 将其存储到 S3 之前使用 KMS 加密。

## ses-tls-required

ses-tls-require = 投递要求使用 TLS；SES 不会回退到明文。
ses-tls-absent = 未设置 TlsPolicy；默认值（OPTIONAL）在接收服务器不提供 TLS 时以明文投递。

## transfer-server-logging

transfer-logging-on = 该服务器将用户活动记录到 CloudWatch Logs。
transfer-logging-absent = 没有 LoggingRole 或 StructuredLogDestinations：不记录用户会话和文件传输。

## transfer-server-no-ftp

transfer-sftp-only = 该服务器仅提供 SFTP（默认值）。

## transfer-user-home-bucket-encrypted

transfer-home-efs = 该服务器将文件存储在 EFS 中。
transfer-home-none = 该用户没有主目录。
transfer-home-not-s3 = 没有 S3 主目录。

## macie-enabled

macie-no-phi-bucket = 扫描的账户和区域中没有存有 PHI 的 S3 存储桶。
macie-no-session-no-phi = 扫描范围内既没有 Macie 会话，也没有存有 PHI 的 S3 存储桶。
macie-session-default = Macie 会话已启用（Status 默认为 ENABLED）。
macie-session-enabled = Macie 会话已启用。

## macie-job-bucket-encryption

macie-job-criteria = 该作业按条件而非名称选择存储桶。
macie-job-no-buckets = 该作业未指定任何存储桶。

## ssm-output-encrypted

ssm-output-no-s3 = 没有 S3 输出位置。
ssm-output-not-session-prefs = 不是 Session Manager 首选项文档。
ssm-output-no-content = 该文档没有内容。
ssm-output-encrypted-only = 会话记录仅发送到已加密的目标。

## ssm-parameter-secure-string

ssm-parameter-secure = 该参数为 SecureString，使用 KMS 加密。

## kinesis-stream-encryption

kinesis-stream-unencrypted = 未设置 StreamEncryption：该流以未加密形式存储记录。
kinesis-stream-kms = 记录使用 KMS 密钥加密。

## kms-key-rotation

kms-rotation-absent = 未设置 EnableKeyRotation；除非其为 true，否则 KMS 密钥不会轮换。

## lambda-url-auth

lambda-url-iam = 调用方必须使用 IAM 凭证对请求签名。
lambda-url-none = 该函数没有函数 URL。

## msk-broker-logs

msk-broker-logs-none = LoggingInfo.BrokerLogs 下未启用任何代理日志目标。

## msk-encryption-at-rest-kms

msk-storage-kms = 代理存储使用声明的 KMS 密钥加密。

## msk-public-access-disabled

msk-public-disabled = 公共访问为 DISABLED。

## msk-tls-in-transit

msk-tls-on = ClientBroker 为 TLS，且代理间加密已开启。

## neptune-audit-logs

neptune-audit-not-exported = EnableCloudwatchLogsExports 不包含 audit。
neptune-audit-default-group = 审计日志已导出，但默认集群参数组将 neptune_enable_audit_log 保持为 0，因此不会记录任何内容。

## neptune-tls

neptune-tls-current-engine = 未固定 EngineVersion，因此集群运行仅接受 HTTPS 的当前引擎。

## qldb-ledger-kms

qldb-kms-aws-owned = 已声明使用 AWS 拥有的密钥加密。
qldb-kms-declared = 该分类账使用声明的 KMS 密钥加密。

## qldb-permissions-mode-standard

qldb-permissions-allow-all = PermissionsMode 为 ALLOW_ALL：任何被允许 SendCommand 的人都可以读取和更改所有表。
qldb-permissions-not-written = PermissionsMode 为必需项，但未写明。
qldb-permissions-standard = 该分类账检查表级 IAM 权限（STANDARD）。

## opensearch-vpc-access

opensearch-public-unreadable-policy = 该域具有公共终端节点，且无法读取其访问策略。
opensearch-in-vpc = 该域在 VPC 内运行。

## iot-domain-tls-policy

iot-domain-default-policy = 默认安全策略要求 TLS 1.2 或更高版本。

## iot-policy-no-wildcard

iot-policy-no-wildcard = 没有语句允许对所有资源执行所有 IoT 操作。
iot-policy-no-document = 该策略没有文档。

## healthlake-datastore-kms

healthlake-kms-customer = 使用客户托管的 KMS 密钥加密。
healthlake-kms-aws-owned = 已声明使用 AWS 拥有的密钥加密。

## guardduty-enabled

guardduty-enable-absent = 检测器上未设置 Enable。
guardduty-nothing-scanned = 未扫描任何内容。

## globalaccelerator-encrypted-listener

ga-port-range-unresolvable = 无法解析端口范围。
ga-all-ports-tls = 每个侦听器端口都通往终止 TLS 的终端节点。
ga-no-port-ranges = 该侦听器未声明端口范围。
## 共享辅助函数: require_true (what 引用下方的 what-* 消息)

helper-true-on = { $what }: { $path } 为 true。
helper-true-off = { $what }未启用: { $path } 为 false。
what-log-file-integrity-validation = 日志文件完整性验证
what-multi-region-logging = 多区域日志记录
what-storage-encryption = 存储加密
what-point-in-time-recovery = 时间点恢复
what-ebs-encryption = EBS 加密
what-encryption-at-rest = 静态加密
what-access-logging = 访问日志记录

## 共享辅助函数: Ctx::aws_default (missing 与 does 引用各规则的 *-default-* 消息)

helper-aws-default-trusted = { $missing }；由于 AWS { $does }，已接受 (trust_aws_defaults)。
helper-aws-default-fail = { $missing }。AWS { $does }，但配置中未声明，因此不能作为审计证据。

## mq-encryption-at-rest

mq-encryption-at-rest-default-missing = 未声明静态加密选项
mq-encryption-at-rest-default-does = 在未声明密钥时使用 AWS 拥有的密钥加密 ActiveMQ 代理
mq-encryption-at-rest-default-missing-2 = EncryptionOptions 未说明由哪个密钥加密代理
mq-encryption-at-rest-default-does-2 = 在未设置 UseAwsOwnedKey 时使用 AWS 拥有的密钥

## backup-vault-kms-key

backup-vault-kms-key-default-missing = 备份存储库未声明 EncryptionKeyArn
backup-vault-kms-key-default-does = 使用 AWS Backup 默认密钥 (aws/backup) 加密存储库中的备份

## databrew-job-encryption

databrew-job-encryption-default-missing = 未为作业输出设置加密模式
databrew-job-encryption-default-does = 默认使用 SSE-S3 加密新的 S3 对象

## dms-target-encrypted

dms-target-encrypted-default-missing = 未为 S3 目标文件指定加密模式
dms-target-encrypted-default-does = 默认使用 SSE-S3 写入这些文件

## eks-secrets-encryption

eks-secrets-encryption-default-missing = 未声明使用 KMS 密钥对 Kubernetes 密钥进行信封加密
eks-secrets-encryption-default-does = 使用 AWS 拥有的密钥加密运行 1.28 或更高版本的集群上的 Kubernetes API 数据

## elasticache-at-rest-encryption

elasticache-at-rest-encryption-default-missing = 未声明 AtRestEncryptionEnabled
elasticache-at-rest-encryption-default-does = 默认对 Valkey 复制组进行静态加密

## athena-workgroup-results-encrypted

athena-workgroup-results-encrypted-default-missing = 未声明查询结果的加密
athena-workgroup-results-encrypted-default-does = 自 2023 年 1 月起使用 SSE-S3 加密结果存储桶中的新对象

## codebuild-artifact-encryption

codebuild-artifact-encryption-default-missing = 未为构建输出指定 KMS 密钥
codebuild-artifact-encryption-default-does = 使用 AWS 托管密钥 aws/s3 对其加密

## codecommit-repository-kms

codecommit-repository-kms-default-missing = 未为存储库指定 KMS 密钥
codecommit-repository-kms-default-does = 使用 AWS 托管密钥 aws/codecommit 加密存储库

## ecr-repository-encryption

ecr-repository-encryption-default-missing = 未声明镜像加密
ecr-repository-encryption-default-does = 默认使用 AES256 (SSE-S3) 加密镜像

## 共享辅助函数: 路径的值无法读取的原因

helper-path-ref = { $path } 引用 '{ $target }'，仅在部署时才能确定。
helper-path-secret = { $path } 来自密钥。
helper-path-choice = { $path } 取决于条件 '{ $condition }'，而该条件取决于未设置的参数或变量。
helper-path-literal-secret = { $path } 是一个其字面默认值已提交到存储库中的密钥。
helper-path-not-literal = { $path } 不是字面值。
helper-path-not-string = { $path } 不是字符串。
helper-true-ref = { $what }: { $path } 引用 '{ $target }'，仅在部署时才能确定。
helper-true-secret = { $what }: { $path } 来自密钥。
helper-true-choice = { $what }: { $path } 取决于条件 '{ $condition }'，而该条件取决于未设置的参数或变量。
helper-true-literal-secret = { $what }: { $path } 是一个其字面默认值已提交到存储库中的密钥。
helper-true-not-literal = { $what }: { $path } 不是字面值。

## ec2-imdsv2

ec2-imdsv2-disabled = 实例元数据服务已禁用。
ec2-imdsv2-tokens-absent = 未设置 HttpTokens，因此除非 AMI 或账户默认设置要求令牌，否则 IMDSv1 仍然可用。
ec2-imdsv2-required = 要求使用 IMDSv2 会话令牌。
ec2-imdsv2-optional = HttpTokens 为 optional，因此 IMDSv1 请求可以读取实例角色的凭证。
ec2-imdsv2-template = 启动模板 '{ $template }' 承载元数据选项。
ec2-imdsv2-template-outside = 元数据选项来自启动模板 '{ $template }'，但该模板不在扫描范围内。

## elb-access-logs

elb-access-logs-policy-absent = 未启用 AccessLoggingPolicy：请求不会被记录。
elb-access-logs-gateway = Gateway Load Balancer 没有访问日志。
elb-access-logs-nlb-no-tls = Network Load Balancer 的访问日志仅记录 TLS 连接，而此负载均衡器在扫描范围内没有 TLS 侦听器。
elb-access-logs-no-attribute = 未启用访问日志 (没有 access_logs.s3.enabled 属性)。
elb-access-logs-enabled = 访问日志写入 S3。
elb-access-logs-disabled = access_logs.s3.enabled 为 false：请求不会被记录。
elb-access-logs-no-value = { $key } 没有值。

## ec2-flow-logs

ec2-flow-logs-no-subnet = 未指定子网 (默认 VPC 或启动模板的网络设置)。
ec2-flow-logs-subnets-outside = 子网在扫描范围之外定义；VPC 流日志在定义 VPC 的位置进行判定。
ec2-flow-logs-vpc-outside = VPC 在扫描范围之外定义；VPC 流日志在定义 VPC 的位置进行判定。
ec2-flow-logs-uncovered-elsewhere = 模板中子网 '{ $subnet }' 和 VPC '{ $vpc }' 都没有流日志，而流日志 '{ $flowlog }' 覆盖的 VPC 或子网无法解析。
ec2-flow-logs-uncovered = 子网 '{ $subnet }' 和 VPC '{ $vpc }' 都没有流日志，因此到达实例的流量不会被记录。
ec2-flow-logs-covered = 实例的子网已被 VPC 流日志覆盖。

## elb-target-tls

elb-target-tls-lambda = Lambda 目标通过 Lambda API 调用。
elb-target-tls-no-protocol = 未写入 Protocol。
elb-target-tls-encrypted = 通过 { $protocol } 访问目标。
elb-target-tls-quic = { $protocol } 始终加密 (TLS 1.3)。
elb-target-tls-http = 通过明文 HTTP 访问目标：负载均衡器解密 PHI 并以未加密方式转发。
elb-target-tls-tcp-behind-tls = TLS 侦听器 '{ $listener }' 终止 TLS，并将明文 TCP 转发到这些目标。
elb-target-tls-tcp = TCP 直通：目标必须自行终止 TLS，这无法从模板中看出。
elb-target-tls-udp = { $protocol } 直接传递流量；无法看出应用程序是否对其加密。
elb-target-tls-geneve = Gateway Load Balancer 目标接收封装的流量。
elb-target-tls-other = 无法识别的目标组协议 '{ $protocol }'。

## elb-listener-tls

elb-listener-tls-no-protocol = 未写入 Protocol (Gateway Load Balancer 侦听器没有此项)。
elb-listener-tls-encrypted = 侦听器使用 { $protocol }。
elb-listener-tls-pass-through = { $protocol } 原样传递流量；无法看出客户端和目标是否端到端使用 TLS。
elb-listener-tls-geneve = Gateway Load Balancer 侦听器传输封装的流量。
elb-listener-tls-other = 无法识别的侦听器协议 '{ $protocol }'。

## iam-console-user-mfa

iam-credential-row-not-collected = 未收集该用户在凭证报告中的行 (iam:GetCredentialReport)。
iam-console-no-mfa = 该用户仅使用密码登录控制台，没有 MFA 设备。
iam-console-no-mfa-last-used = 该用户仅使用密码登录控制台，没有 MFA 设备 (密码上次使用时间：{ $used })。

## iam-console-user-no-access-keys

iam-console-no-password-workload = 该用户没有控制台密码 (是工作负载身份，而非人员)。
iam-console-active-keys = 该控制台用户还持有 { $count } 个有效的长期访问密钥 ({ $keys })。

## iam-no-long-term-access-keys

iam-key-inactive = 访问密钥以非活动状态创建。
iam-key-inactive-for = '{ $user }' 的访问密钥以非活动状态创建。
iam-key-active = 模板创建了有效的长期访问密钥；请使用角色或临时凭证。
iam-key-active-for = 模板为 '{ $user }' 创建了有效的长期访问密钥；请使用角色或临时凭证。
iam-key-default-active = 模板创建了长期访问密钥 (默认有效)；请使用角色或临时凭证。
iam-key-default-active-for = 模板为 '{ $user }' 创建了长期访问密钥 (默认有效)；请使用角色或临时凭证。

## iam-root-mfa

iam-root-mfa = 账户 { $account } 的根用户已启用 MFA。
iam-root-no-mfa = 账户 { $account } 的根用户没有 MFA 设备：仅凭其密码即可访问所有 PHI 存储。
iam-root-mfa-not-collected = 未收集账户 { $account } 的 RootMfaActive (iam:GenerateCredentialReport / iam:GetCredentialReport)。

## iam-root-no-access-keys

iam-root-no-key = 账户 { $account } 的根用户没有有效的访问密钥。
iam-root-active-key = 账户 { $account } 的根用户有一个有效的访问密钥：这是一个拥有全部权限、永不过期的共享凭证。
iam-root-keys-not-collected = 未收集账户 { $account } 的 RootAccessKeysActive (iam:GetCredentialReport)。

## docdb-audit-logs

docdb-audit-no-exports = 该集群未向 CloudWatch 导出任何日志；审计事件不会被记录。
docdb-audit-not-exported = EnableCloudwatchLogsExports 不包含 audit。
docdb-audit-default-group = 审计日志已导出，但默认参数组使 audit_logs 保持禁用，因此不会写入任何审计事件。
docdb-audit-default-group-named = 审计日志已导出，但默认参数组 { $group } 使 audit_logs 保持禁用。
docdb-group-outside = 参数组 '{ $group }' 未在扫描的文件中定义。
docdb-audit-on = 审计日志已导出，且参数组 '{ $group }' 设置了 audit_logs = { $value }。
docdb-audit-off = 参数组 '{ $group }' 设置了 audit_logs = { $value }，因此不会写入任何审计事件。
docdb-audit-unset = 参数组 '{ $group }' 使 audit_logs 保持默认值 (禁用)。

## docdb-storage-encrypted

docdb-storage-encrypted-absent = 未设置 StorageEncrypted；DocumentDB 集群默认不加密。

## docdb-tls

docdb-tls-default-group = 该集群使用默认参数组，该参数组要求 TLS。
docdb-tls-default-group-named = 默认参数组 { $group } 要求 TLS。
docdb-tls-unset = 参数组 '{ $group }' 使 tls 保持默认值 (启用)。
docdb-tls-disabled = 参数组 '{ $group }' 设置了 tls = disabled，因此客户端可以不使用 TLS 进行连接。
docdb-tls-value = 参数组 '{ $group }' 设置了 tls = { $value }。

## batch-encrypted-storage

batch-unmanaged = 非托管计算环境：其实例由 EC2 规则判定。
batch-fargate = Fargate 计算环境：AWS 会加密其存储。
batch-no-compute-resources = 该计算环境未声明任何计算资源。
batch-ebs-default = 该账户默认加密新的 EBS 卷 ('{ $setting }')。
batch-no-launch-template = 没有启动模板：除非账户默认加密 EBS，否则实例将使用 AMI 中未加密的 EBS 卷启动。
batch-lt-not-named = 未指定启动模板。
batch-lt-outside = 启动模板 '{ $template }' 不在此次扫描范围内。
batch-lt-other = 启动模板指向 '{ $name }'，它是一个 { $kind }。
batch-lt-no-mappings = 启动模板 '{ $template }' 未声明任何加密卷，因此根卷沿用 AMI 的设置 (未加密)。
batch-lt-device-unencrypted = 启动模板 '{ $template }' 未加密 { $device }。
batch-lt-some-device-unencrypted = 启动模板 '{ $template }' 有一个设备未加密。
batch-lt-device-not-encrypted = 启动模板 '{ $template }' 未加密 { $device }。
batch-lt-some-device-not-encrypted = 启动模板 '{ $template }' 有一个设备未加密。
batch-lt-device-snapshot = { $device } 由一个快照创建，无法在此处看到其加密情况。
batch-lt-some-device-snapshot = 有一个设备由快照创建，无法在此处看到其加密情况。
batch-lt-no-ebs = 启动模板 '{ $template }' 未声明任何加密的 EBS 卷。
batch-lt-encrypted = 启动模板 '{ $template }' 加密了其声明的每个 EBS 卷。

## opensearch-encryption-at-rest

opensearch-encryption-at-rest-absent = 未设置 EncryptionAtRestOptions.Enabled：该域的数据未进行静态加密。

## opensearch-https-only

what-https-enforcement = 强制 HTTPS
opensearch-https-absent = 未设置 DomainEndpointOptions.EnforceHTTPS：该域接受明文 HTTP 请求。

## opensearch-node-to-node

what-node-to-node-encryption = 节点间加密
opensearch-node-to-node-absent = 未设置 NodeToNodeEncryptionOptions.Enabled：节点之间的流量未加密。

## opensearch-engine-version

opensearch-es-version-absent = 未设置 ElasticsearchVersion，因此该域将使用 Elasticsearch 1.5 创建。
opensearch-engine-version-absent = 未设置 EngineVersion：该域运行最新的 OpenSearch 版本。
opensearch-engine-opensearch = { $version } 是 OpenSearch。
opensearch-es-recent = Elasticsearch { $version } 为 6.0 或更高版本。
opensearch-es-old = Elasticsearch { $version } 早于 PHI 所需的最低版本 6.0。
opensearch-engine-unrecognised = '{ $version }' 不是可识别的引擎版本。

## opensearch-tls-policy

opensearch-tls-policy-absent = 未设置 TLSSecurityPolicy，因此终端节点使用接受 TLS 1.0 的 { $policy }。
opensearch-tls-policy-ok = { $policy } 要求 { $protocol } 或更高版本。
opensearch-tls-policy-old = { $policy } 接受 { $protocol }；请使用 TLS 1.2 策略。
opensearch-tls-policy-unknown = '{ $policy }' 不是此规则已知的 TLS 安全策略。

## opensearch-vpc-access

opensearch-public-open-policy = 该域具有公共终端节点，且其访问策略无条件地允许所有人 (Principal *)。
opensearch-public-endpoint = 该域具有公共终端节点 (没有 VPCOptions)；白皮书要求使用 VPC 域。

## waf-protected-resource-https

waf-lb-no-listener = '{ $lb }' 的侦听器均不在此次扫描范围内。
waf-listener-no-protocol = 侦听器 '{ $listener }' 没有协议。
waf-listener-protocol-unresolvable = 无法解析侦听器 '{ $listener }' 的协议。
waf-lb-http-listener = '{ $lb }' 有一个 HTTP 侦听器 '{ $listener }'，它在不重定向到 HTTPS 的情况下处理流量。
waf-lb-https-only = '{ $lb }' 仅提供 HTTPS 服务 (HTTP 侦听器会重定向)。
waf-no-acl = 未附加任何 Web ACL。
waf-viewer-http = 某个缓存行为允许查看器使用 HTTP (ViewerProtocolPolicy allow-all)。
waf-origin-http = CloudFront 通过 HTTP 访问自定义源 (OriginProtocolPolicy http-only)。
waf-cloudfront-https = 查看器和源均通过 HTTPS 访问。
waf-no-resource = 该关联未指定任何资源。
waf-endpoint-https-only = 受保护的终端节点仅接受 HTTPS。
waf-resource-https-only = '{ $name }' 仅接受 HTTPS。
waf-resource-not-judged = 此处不判定 '{ $name }' ({ $kind }) 的协议。
waf-resource-outside = '{ $arn }' 未在此次扫描中定义。

## judge: ecs_task.rs

ecs-containers-not-list = { $path } 不是列表。
ecs-containers-unreadable = { $path } 不是可读取的列表。

## ecs-container-logging

ecs-no-containers = 没有容器定义。
ecs-logging-none = 容器 '{ $container }' 没有 LogConfiguration，因此其日志会随任务一起丢失。
ecs-logging-none-driver = 容器 '{ $container }' 使用 none 日志驱动程序，因此其日志会被丢弃。
ecs-logging-other-driver = 容器 '{ $container }' 使用 { $driver } 驱动程序记录日志；无法在此处看出日志是否到达 CloudWatch 或其他会保留日志的存储。
ecs-logging-no-driver = 容器 '{ $container }' 的 LogConfiguration 没有 LogDriver。
ecs-logging-ok = 每个容器都将其日志发送到 CloudWatch Logs 或 FireLens。

## ecs-efs-transit-encryption

ecs-no-volumes = 没有卷。
ecs-efs-transit-absent = EFS 卷 '{ $volume }' 未设置 TransitEncryption，其默认值为 DISABLED。
ecs-efs-tls = 每个 EFS 卷都使用 TLS 挂载。
ecs-efs-transit-value = EFS 卷 '{ $volume }' 将 TransitEncryption 设置为 { $value }。
ecs-no-efs-volumes = 没有 EFS 卷。

## ecs-log-destination-tls

ecs-log-firelens-config-file = 容器 '{ $container }'：FireLens 输出在配置文件中定义，而不是在任务定义中。
ecs-log-unknown-output = 容器 '{ $container }'：Fluent Bit 输出 { $output } 不是 phiguard 已知的输出。
ecs-log-address-absent = 容器 '{ $container }'：未设置 { $key }。
ecs-log-fluentd = 容器 '{ $container }'：fluentd 驱动程序的传输安全性取决于接收代理。
ecs-log-driver-unresolvable = 容器 '{ $container }'：无法解析 { $path }。
ecs-log-cleartext-fluent-bit-host = 容器 '{ $container }' 通过未设置 tls On 的 Fluent Bit { $output } 输出，以明文将日志发送到 { $host }。
ecs-log-cleartext-fluent-bit = 容器 '{ $container }' 通过未设置 tls On 的 Fluent Bit { $output } 输出，以明文将日志发送到其主机。
ecs-log-cleartext-url = 容器 '{ $container }' 以明文将日志发送到 { $url }。
ecs-log-tls-awslogs = 容器日志通过 TLS 离开主机 (CloudWatch Logs (awslogs))。
ecs-log-tls-aws-output = 容器日志通过 TLS 离开主机 (AWS Fluent Bit 输出 { $output })。
ecs-log-tls-fluent-bit = 容器日志通过 TLS 离开主机 (已启用 TLS 的 Fluent Bit 输出 { $output })。
ecs-log-tls-url = 容器日志通过 TLS 离开主机 ({ $url })。
ecs-log-none-off-host = 没有容器将其日志发送到主机之外。

## backup-plan-covers-phi-stores

backup-covers-selection = AWS Backup 选择 { $selection } 将其分配给备份计划。
backup-covers-attached = 它已挂载到实例 { $instance }，该实例由 AWS Backup 选择 { $selection } 备份。
backup-covers-dlm = 有一个 Data Lifecycle Manager 策略会为其创建快照。
backup-lead-native =
    { $plan ->
        [none] 未定义任何 AWS Backup 计划
       *[unassigned] 没有 AWS Backup 选择分配它
    }
backup-lead-missing =
    { $scope ->
        [account] 账户 { $account } 中没有 AWS Backup 选择 (通过 ARN 或标签) 分配它
        [scan] 扫描中没有 AWS Backup 选择 (通过 ARN、引用或标签) 分配它
       *[none] 扫描未定义任何 AWS Backup 计划 (AWS::Backup::BackupPlan/BackupSelection)
    }
backup-native-backups-default = { backup-lead-native }，但自动备份默认启用 ({ $prop } 1 天)。
backup-native-backups-kept = { backup-lead-native }，但自动备份会保留 { $days } 天 ({ $prop })。
backup-native-snapshots-default = { backup-lead-native }，但自动快照默认启用 ({ $prop } 1 天)。
backup-native-snapshots-kept = { backup-lead-native }，但自动快照会保留 { $days } 天 ({ $prop })。
backup-native-pitr = { backup-lead-native }，但时间点恢复会保留连续备份。
backup-native-pitr-replicas = { backup-lead-native }，但时间点恢复会在每个副本上保留连续备份。
backup-native-efs = { backup-lead-native }，但其自动备份策略 (BackupPolicy ENABLED) 将其纳入 AWS Backup 默认计划。
backup-native-fsx-default = { backup-lead-native }，但 FSx 默认每天自动备份。
backup-native-fsx-kept = { backup-lead-native }，但 FSx 会将每日自动备份保留 { $days } 天。
backup-native-backups-zero = { backup-lead-missing }，并且 { $prop } 为 0，这会关闭自动备份。
backup-native-snapshots-zero = { backup-lead-missing }，并且 { $prop } 为 0，这会关闭自动快照。
backup-native-pitr-off = { backup-lead-missing }，并且时间点恢复未启用。
backup-native-pitr-replica-off = { backup-lead-missing }，并且某些副本上的时间点恢复未启用。
backup-native-efs-off = { backup-lead-missing }，并且其自动备份策略 (BackupPolicy) 不是 ENABLED。
backup-native-ec2 = { backup-lead-missing }，并且 EBS 卷和 EC2 实例没有自身的自动备份。
backup-native-lustre = { backup-lead-missing }，并且 FSx for Lustre 默认不进行自动备份。
backup-native-fsx-zero = { backup-lead-missing }，并且 { $path } 为 0，这会关闭自动备份。

## backup-plan-offsite-copy

backup-copy-no-rules = 该计划未编写任何规则。
backup-copy-offsite = 恢复点会被复制到 { $arn }。
backup-copy-local-vault = 唯一的复制目标是与该计划一起定义的存储库 '{ $vault }'，因此没有副本离开该区域。
backup-copy-local-arn = 唯一的复制目标是位于该计划自身区域和账户中的 '{ $arn }'，因此没有副本离开该区域。
backup-copy-not-arn = { $path } '{ $arn }' 不是存储库 ARN。
backup-copy-none = 没有规则将恢复点复制到其他区域或账户；所有副本都保留在源存储库中。

## backup-recent-recovery-point

backup-point-recent-hours = 恢复点 { $point } 于 { $time } 完成 (收集前 { $age } 小时；上限 { $limit } 天)。
backup-point-recent-days = 恢复点 { $point } 于 { $time } 完成 (收集前 { $age } 天；上限 { $limit } 天)。
backup-point-old-hours = 最新完成的恢复点 { $point } 来自 { $time } (收集前 { $age } 小时；上限 { $limit } 天)：此 PHI 存储的备份已停止或落后于应急计划。
backup-point-old-days = 最新完成的恢复点 { $point } 来自 { $time } (收集前 { $age } 天；上限 { $limit } 天)：此 PHI 存储的备份已停止或落后于应急计划。
backup-point-none = 该 PHI 存储没有已完成的 AWS Backup 恢复点：不存在可检索的副本。

## backup-vault-kms-key

backup-vault-key-named = 该存储库指定了其加密密钥。

## s3-bucket-access-logging

s3-logging-target-of = 这是一个访问日志存储桶：{ $bucket } 将其服务器访问日志传送到此处。
s3-logging-target-acl = 这是一个访问日志存储桶：其 ACL 为 LogDeliveryWrite。
s3-logging-target-policy = 这是一个访问日志存储桶：存储桶策略 { $policy } 允许 logging.s3.amazonaws.com 传送日志。

## s3-bucket-encryption

s3-bucket-encryption-default-missing = 未为该存储桶声明默认加密
s3-bucket-encryption-default-does = 自 2023 年 1 月起使用 SSE-S3 加密新对象

## s3-bucket-public-access-block

s3-bucket-public-access-block-default-missing = 未为该存储桶声明 PublicAccessBlockConfiguration
s3-bucket-public-access-block-default-does = 自 2023 年 4 月起为新存储桶开启全部四项阻止公共访问设置

## s3-transfer-acceleration-protected

s3-acceleration-no-encryption = 已加速的存储桶未声明默认加密 (AWS 会应用 SSE-S3，但配置中未声明)。
s3-acceleration-no-policy = 已加速的存储桶没有拒绝不使用 TLS 的请求的存储桶策略。
s3-acceleration-no-encryption-no-policy = 已加速的存储桶未声明默认加密 (AWS 会应用 SSE-S3，但配置中未声明)，也没有拒绝不使用 TLS 的请求的存储桶策略。

## judge: bucket.rs

bucket-role-encrypted = { $role } '{ $bucket }' 声明了默认加密 ({ $algorithm })。
bucket-role-outside = { $role } '{ $bucket }' 未在此次扫描中定义；请在管理它的位置检查其默认加密。
bucket-role-other = { $role } 指向 '{ $name }'，它是一个 { $kind }，而不是存储桶。
bucket-role-datasync-location = DataSync 位置存储桶
bucket-role-command-output = 命令输出存储桶
bucket-role-destination = 目标存储桶
bucket-role-export-destination = 导出目标存储桶
bucket-role-home-directory = 主目录存储桶
bucket-role-input = 输入存储桶
bucket-role-origin = 源存储桶
bucket-role-revision = 修订版本存储桶
bucket-role-tables = 表的存储桶

## fsx-kms

fsx-kms-scratch-default = Lustre 暂存文件系统 (默认为 SCRATCH_1) 始终使用 FSx 管理的密钥加密。
fsx-kms-scratch = Lustre 暂存文件系统始终使用 FSx 管理的密钥加密。

## fsx-lustre-transit-encryption

fsx-not-lustre = { $type } 文件系统不是 Lustre。
fsx-type-unresolvable = 无法解析 FileSystemType。
fsx-lustre-no-deployment-type = 没有 DeploymentType，因此该文件系统为 SCRATCH_1，它从不加密传输中的数据。
fsx-lustre-scratch-1 = SCRATCH_1 文件系统从不加密传输中的数据。
fsx-lustre-transit = { $deployment } 会加密来自受支持实例类型的传输中数据。

## fsx-windows-audit-logs

fsx-not-windows = { $type } 文件系统没有 Windows 文件访问审计。
fsx-audit-level = { $setting } 为 { $level }。
fsx-audit-off = 文件和共享访问审计已关闭，因此对共享中文件的访问不会留下审计记录。

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }' 未声明默认加密；由于 AWS 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象，已接受 (trust_aws_defaults)。
bucket-role-default-fail = { $role } '{ $bucket }' 未声明默认加密。AWS 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象，但配置中未声明，因此不能作为审计证据。
