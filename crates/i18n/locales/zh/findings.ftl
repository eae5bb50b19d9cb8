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

## judge: inherited.rs

inherited-key-declared = 从 { $path } 恢复且声明了 KmsKeyId：无论源如何，恢复的副本都使用该密钥加密。
inherited-encrypted = 从 { $source } 继承加密。
inherited-unencrypted = 从 { $source } 继承未加密的存储；未加密源的副本同样未加密。
inherited-snapshot-of = 加密继承自 { $source } 的快照，而模板未显示其加密情况。
inherited-snapshot-of-ignored = 加密继承自 { $source } 的快照，而模板未显示其加密情况；恢复或复制时会忽略 { $flag }。
inherited-outside = 加密继承自 { $path }“{ $source }”，但它不在本次扫描范围内。
inherited-outside-ignored = 加密继承自 { $path }“{ $source }”，但它不在本次扫描范围内；恢复或复制时会忽略 { $flag }。
inherited-outside-key = 加密继承自 { $path }“{ $source }”，但它不在本次扫描范围内；请声明 KmsKeyId 以加密恢复的副本。
inherited-outside-ignored-key = 加密继承自 { $path }“{ $source }”，但它不在本次扫描范围内；恢复或复制时会忽略 { $flag }；请声明 KmsKeyId 以加密恢复的副本。

## judge: rds_settings.rs

rds-engine-inherited = 引擎通过 { $path } 继承，而此处无法解析。
rds-engine-not-written = 未写入 Engine。
rds-engine-version-invalid = EngineVersion“{ $version }”不是有效的版本号。
rds-parameter-group-outside = { $path } 指定了本次扫描范围之外的参数组“{ $group }”；无法检查它是否设置了 { $parameter }。

## rds-backup-retention

rds-backup-retention-default-missing = 未声明 BackupRetentionPeriod
rds-backup-retention-default-does = 默认将自动备份保留 1 天（对于 PHI，建议保留 7 天或更长）

## rds-multi-az

what-multi-az-deployment = 多可用区部署

## rds-oracle-encryption-in-transit

rds-oracle-cluster-member = 属于 DB 集群的成员，而 DB 集群从不是 Oracle。
rds-oracle-other-engine = 引擎“{ $engine }”不是 Oracle。
rds-oracle-custom = RDS Custom for Oracle：网络加密在数据库主机上配置。
rds-oracle-no-option-group = 未附加选项组：默认选项组没有本机网络加密，因此连接可能未加密。
rds-oracle-default-option-group = “{ $group }”是默认选项组，没有本机网络加密或 SSL 选项。
rds-oracle-option-group-outside = OptionGroupName 指定了本次扫描范围之外的选项组“{ $group }”；无法检查其加密选项。
rds-oracle-nne-required = 选项组“{ $group }”启用了 NATIVE_NETWORK_ENCRYPTION，且 SQLNET.ENCRYPTION_SERVER = REQUIRED。
rds-oracle-nne-not-required = 选项组“{ $group }”设置了 SQLNET.ENCRYPTION_SERVER = { $value }；只有 REQUIRED 才会拒绝未加密的连接。
rds-oracle-nne-no-server = 选项组“{ $group }”启用了 NATIVE_NETWORK_ENCRYPTION，但未设置 SQLNET.ENCRYPTION_SERVER；其默认值 REQUESTED 仍接受未加密的客户端。
rds-oracle-no-encryption-option = 选项组“{ $group }”既没有 NATIVE_NETWORK_ENCRYPTION 也没有 SSL，因此连接可能未加密。
rds-oracle-ssl = 选项组“{ $group }”启用了 SSL 选项；请确保客户端使用其 TLS 端口。

## rds-sqlserver-audit

rds-sqlserver-cluster-member = 属于 DB 集群的成员，而 DB 集群从不是 SQL Server。
rds-sqlserver-other-engine = 引擎“{ $engine }”不是 SQL Server。
rds-sqlserver-audit-custom = RDS Custom for SQL Server：审计在数据库主机上配置。
rds-sqlserver-audit-no-group = 未附加参数组：默认参数组未设置 rds.sqlserver_audit，因此 SQL Server 审计处于关闭状态。
rds-sqlserver-audit-default-group = “{ $group }”是默认参数组，未设置 rds.sqlserver_audit。
rds-sqlserver-audit-on = 参数组“{ $group }”设置了 rds.sqlserver_audit = fedramp_hipaa。
rds-sqlserver-audit-other = 参数组“{ $group }”设置了 rds.sqlserver_audit = { $value }；请将其设置为 fedramp_hipaa 以启用审计。
rds-sqlserver-audit-not-literal = 参数组“{ $group }”中的 rds.sqlserver_audit 不是字面值。
rds-sqlserver-audit-unset = 参数组“{ $group }”未设置 rds.sqlserver_audit，因此 SQL Server 审计处于关闭状态。
rds-sqlserver-audit-option = 选项组“{ $group }”启用了 SQL Server Audit (SQLSERVER_AUDIT)；白皮书要求的参数组设置是 rds.sqlserver_audit = fedramp_hipaa。

## rds-sqlserver-edition

rds-sqlserver-express = SQL Server Express (sqlserver-ex) 不支持 PHI，绝不能用于存储 PHI。
rds-sqlserver-2008r2 = SQL Server 2008 R2 ({ $version }) 仅在 Enterprise 版中支持 PHI，“{ $engine }”不受支持。
rds-sqlserver-edition-supported = “{ $engine }”是支持 PHI 的版本。
rds-sqlserver-edition-other = SQL Server 版本“{ $edition }”不是白皮书支持用于 PHI 的版本（Web、Standard、Enterprise）。

## rds-tls-enforced

rds-tls-param-on = { $engine }：参数组“{ $group }”设置了 { $parameter } = { $value }。
rds-tls-param-off = { $engine }：参数组“{ $group }”设置了 { $parameter } = { $value }，因此客户端可以不使用 TLS 进行连接。
rds-tls-param-unreadable = { $engine }：参数组“{ $group }”中的 { $parameter } 为“{ $value }”，既不能解读为开启，也不能解读为关闭。
rds-tls-param-not-literal = { $engine }：参数组“{ $group }”中的 { $parameter } 不是字面值，既不能解读为开启，也不能解读为关闭。
rds-tls-family-default-on = { $engine }：参数组“{ $group }”未设置 { $parameter }，而其系列的默认值（{ $engine } { $version }）要求 TLS。
rds-tls-family-default-off = { $engine }：参数组“{ $group }”未设置 { $parameter }，而该系列的默认值允许客户端不使用 TLS 进行连接。
rds-tls-engine-default-off = { $engine }：参数组“{ $group }”未设置 { $parameter }；引擎默认值允许客户端不使用 TLS 进行连接。
rds-tls-default-group-on = 使用默认参数组的 { $engine } { $version }：其默认的 { $parameter } 要求 TLS；在自定义参数组中显式设置该参数，可让审计人员看到这一控制措施。
rds-tls-default-group-off = { $engine } 使用默认参数组，其中 { $parameter } 处于关闭状态：客户端可以不使用 TLS 进行连接。
rds-tls-enforced-default-missing = 未声明参数组和引擎版本，因此配置并未要求 TLS
rds-tls-enforced-default-does = 默认以 15 或更高版本创建 PostgreSQL 数据库，其默认参数组设置 rds.force_ssl = 1

## judge: cache_engine.rs

cache-engine-unrecognised = 无法识别的引擎“{ $engine }”。
cache-engine-not-written = 未写入 Engine。
cache-engine-group-node = 复制组的节点；由复制组承担判定。
cache-engine-memcached = Memcached：白皮书中的 ElastiCache 要求针对 Redis（Memcached 由规则 elasticache-memcached-not-for-phi 覆盖）。
cache-engine-from-global = { $path } 继承自全局数据存储的主复制组，而此处看不到该复制组。

## elasticache-at-rest-encryption

elasticache-at-rest-serverless = 无服务器缓存始终对静态数据进行加密。
elasticache-at-rest-cache-cluster = 独立的缓存集群无法对静态数据进行加密；请创建启用 AtRestEncryptionEnabled 的复制组。
elasticache-at-rest-on = 静态数据已加密 (AtRestEncryptionEnabled)。
elasticache-at-rest-off = AtRestEncryptionEnabled 为 false：磁盘上的数据和备份未加密。
elasticache-at-rest-absent = 未设置 AtRestEncryptionEnabled，而 Redis OSS 复制组默认不进行静态加密。

## elasticache-engine-version

elasticache-version-serverless = 无服务器缓存运行由 AWS 管理的版本。
elasticache-version-valkey = Valkey（7.2 及更高版本）是符合条件的引擎。
elasticache-version-default = 未设置 EngineVersion：ElastiCache 使用其当前默认版本，该版本符合条件。
elasticache-version-invalid = EngineVersion“{ $version }”不是有效的版本号。
elasticache-version-326 = Redis 3.2.6 是符合条件的版本。
elasticache-version-current = Redis { $version } 为 4.0.10 或更高版本。
elasticache-version-ineligible = Redis { $version } 不符合 PHI 的条件：请使用 3.2.6 或 4.0.10 及更高版本。

## elasticache-memcached-not-for-phi

elasticache-memcached-other-engine = 运行 { $engine }，由 Redis 相关规则覆盖。
elasticache-memcached-serverless = 无服务器 Memcached 会加密数据，但无法对客户端进行身份验证；白皮书仅支持在 ElastiCache for Redis 上处理 PHI。
elasticache-memcached = Memcached 既无法加密静态数据，也无法对客户端进行身份验证；白皮书仅支持在 ElastiCache for Redis 上处理 PHI。

## elasticache-node-type

elasticache-node-serverless = 无服务器缓存没有节点类型。
elasticache-node-not-written = 未写入 CacheNodeType（它来自快照或全局数据存储）。
elasticache-node-invalid = “{ $node }”不是 ElastiCache 节点类型。
elasticache-node-previous = { $node } 是上一代节点类型。
elasticache-node-current = { $node } 是当前一代节点类型。

## elasticache-redis-auth

elasticache-auth-cache-cluster = 独立的缓存集群无法要求 Redis AUTH；请创建带有 AuthToken 或用户组的复制组。
elasticache-auth-rbac = 客户端通过 RBAC 用户组进行身份验证。
elasticache-auth-no-user-group = 未附加用户组 (UserGroupId)：访问缓存的客户端未经过身份验证。
elasticache-auth-none = AuthToken 和 UserGroupIds 均未设置：访问缓存的客户端未经过身份验证。
elasticache-auth-token-short = 模板中写入的 AuthToken 短于 16 个字符；而且任何能查看模板的人都能读取它。
elasticache-auth-token-long = 模板中写入的 AuthToken 长于 128 个字符；而且任何能查看模板的人都能读取它。
elasticache-auth-token-not-ascii = 模板中写入的 AuthToken 包含非可打印 ASCII 字符；而且任何能查看模板的人都能读取它。
elasticache-auth-token-forbidden = 模板中写入的 AuthToken 包含 '/'、'"' 或 '@'；而且任何能查看模板的人都能读取它。
elasticache-auth-token-in-template = 已要求 Redis AUTH；令牌写在模板中，请将其移至 Secrets Manager 或 NoEcho 参数。
elasticache-auth-token-in-repository = 已要求 Redis AUTH；令牌写在代码仓库中（隐藏的字面值或变量的默认值），请将其移至 Secrets Manager。
elasticache-auth-token-secret = 已要求 Redis AUTH（令牌来自密钥）。

## elasticache-security-updates

elasticache-update-unnamed = （未命名的更新）
elasticache-update-its-cluster = 其集群
elasticache-update-not-security = 更新 { $name } 的类型为 { $type }，不是安全更新。
elasticache-update-type-not-collected = 未收集 ServiceUpdateType。
elasticache-update-status-not-collected = 未收集 UpdateActionStatus。
elasticache-update-done = 安全更新 { $name } 在 { $target } 上的状态为 { $status }。
elasticache-update-no-date = 安全更新 { $name } 在 { $target } 上的状态为 { $status }，且未读取到其 ServiceUpdateRecommendedApplyByDate。
elasticache-update-overdue = 安全更新 { $name } 在 { $target } 上的状态为 { $status }，已超过建议的应用截止日期 { $date } { $days } 天。
elasticache-update-not-due = 安全更新 { $name } 在 { $target } 上的状态为 { $status }，但截止日期为 { $date }，尚未到期。

## elasticache-transit-encryption

elasticache-transit-serverless = 无服务器缓存仅接受 TLS 连接。
elasticache-transit-preferred = TransitEncryptionMode 为“preferred”：缓存仍接受未加密的连接。
elasticache-transit-required = 每个连接都必须使用 TLS。
elasticache-transit-mode-unknown = 无法识别的 TransitEncryptionMode“{ $mode }”。
elasticache-transit-default-mode = 已启用 TLS，且为必需（默认模式）。
elasticache-transit-off = TransitEncryptionEnabled 为 false：客户端以明文连接。
elasticache-transit-cache-cluster = 此独立缓存集群未设置 TransitEncryptionEnabled：客户端以明文连接；请使用启用 TLS 的复制组。
elasticache-transit-absent = 未设置 TransitEncryptionEnabled，因此 TLS 处于关闭状态，客户端以明文连接。
## elb-listener-tls

elb-listener-tls-no-actions = HTTP 侦听器未声明任何操作。
elb-listener-tls-no-type = { $path } 没有 Type。
elb-listener-tls-rule-no-type = 侦听器规则 '{ $rule }'：{ $path } 没有 Type。
elb-listener-tls-redirects = HTTP 侦听器仅重定向到 HTTPS。
elb-listener-tls-redirect-other = HTTP 侦听器重定向到 '{ $protocol }'，而不是 HTTPS。
elb-listener-tls-rule-redirect-other = 侦听器规则 '{ $rule }'：HTTP 侦听器重定向到 '{ $protocol }'，而不是 HTTPS。
elb-listener-tls-redirect-no-protocol = HTTP 侦听器在重定向时未设置 Protocol: HTTPS，因此重定向后仍使用明文 HTTP。
elb-listener-tls-rule-redirect-no-protocol = 侦听器规则 '{ $rule }'：HTTP 侦听器在重定向时未设置 Protocol: HTTPS，因此重定向后仍使用明文 HTTP。
elb-listener-tls-fixed-response = HTTP 侦听器仅重定向到 HTTPS 或返回固定响应。
elb-listener-tls-plain = HTTP 侦听器以明文处理请求（{ $type } 操作）。
elb-listener-tls-rule-plain = 侦听器规则 '{ $rule }'：HTTP 侦听器以明文处理请求（{ $type } 操作）。
elb-listener-tls-classic-encrypted = 每个侦听器都使用 HTTPS 或 SSL（{ $protocol }）。
elb-listener-tls-classic-http = 某个侦听器接受明文 HTTP；Classic Load Balancer 无法重定向，因此 PHI 可能以未加密方式传输。
elb-listener-tls-classic-tcp = TCP 侦听器直接传递流量；无法看出应用程序是否使用 TLS。
elb-classic-no-listeners = 负载均衡器未声明任何侦听器。
elb-path-not-written = 未写入 { $path }。

## elb-target-tls

elb-target-tls-classic-encrypted = 每个侦听器都通过 { $protocol } 访问其实例。
elb-target-tls-classic-http = 某个侦听器通过明文 HTTP 转发到其实例。
elb-target-tls-classic-ssl-tcp = SSL 侦听器终止 TLS 并将明文 TCP 转发到其实例。
elb-target-tls-classic-tcp = TCP 直通：实例必须自行终止 TLS，但这无法看出。
elb-target-tls-classic-other = 无法识别的实例协议 '{ $protocol }'。
elb-target-tls-classic-http-default = 未设置 InstanceProtocol 的 HTTP 侦听器通过 HTTP 转发到其实例。
elb-target-tls-classic-absent = 未写入 { $path }，因此后端协议由 AWS 选择，无法确认其已加密。

## elb-tls-policy

elb-tls-policy-no-tls = { $protocol } 侦听器不协商 TLS。
elb-tls-policy-no-protocol = 侦听器没有协议。
elb-tls-policy-absent = 未设置 SslPolicy，因此侦听器使用接受 TLS 1.0 的 { $policy }。
elb-tls-policy-minimum = { $policy } 要求 { $protocol } 或更高版本。
elb-tls-policy-old = { $policy } 接受 { $protocol }；请使用 TLS 1.2 策略。
elb-tls-policy-unknown = '{ $policy }' 不是此规则已知的安全策略。
elb-tls-policy-classic-absent = HTTPS/SSL 侦听器没有 SSL 协商策略，因此使用接受 TLS 1.0 的 { $policy }。
elb-tls-policy-no-secure-listeners = 没有 HTTPS 或 SSL 侦听器。
elb-tls-policy-reference-not-literal = 所引用的安全策略不是字面值。
elb-tls-policy-custom-old = 自定义 SSL 策略启用了 { $protocols }。
elb-tls-policy-custom-tls12 = 自定义 SSL 策略仅允许 TLS 1.2。
elb-tls-policy-custom-unrecognised = 自定义 SSL 策略未启用此规则可识别的任何协议。

## flow-transmission-encrypted

flow-service-api = PHI 通过 { $via } 从 { $from } 传输到 { $to }，这是通过 HTTPS 进行的 AWS API 调用。
flow-hop = { $hop ->
    [subscription] 订阅 { $name }
    [topic-subscription] 主题 { $name } 的订阅 { $index }
    [target-group] 目标组 { $name }
    [listener] 侦听器 { $name }
    [method] 方法 { $name }
    [integration] 集成 { $name }
    [api] API { $name } ({ $path })
    [delivery-stream] 传输流 { $name }
   *[origin] 分配 { $name } 的源 '{ $origin }'
}
flow-url-http = { flow-hop } 通过明文 HTTP 将 PHI 发送到 { $url }。
flow-url-http-firehose = { flow-hop } 通过明文 HTTP 将 PHI 发送到 { $url }（Firehose 仅接受 https:// 端点 URL）。
flow-url-https = { flow-hop } 通过 HTTPS 将 PHI 发送到 { $url }。
flow-url-other = { flow-hop } 将 PHI 发送到 '{ $url }'，这不是 http:// 或 https:// URL。
flow-url-none = { flow-hop } 未指定 URL。
flow-sns-http = { flow-hop } 通过明文 HTTP 将 PHI 传送到 { $endpoint }。
flow-sns-http-no-endpoint = { flow-hop } 通过明文 HTTP 将 PHI 传送到其端点。
flow-sns-https = { flow-hop } 通过 HTTPS 传送 PHI。
flow-sns-aws = { flow-hop } 在 AWS 内部通过 TLS 将 PHI 传送到 { $protocol }。
flow-sns-message = { flow-hop } 通过 { $protocol } 传送 PHI；传输途中是否加密取决于接收方的邮件服务器或电话运营商，而不取决于此配置。
flow-protocol-other = { flow-hop } 使用协议 '{ $protocol }'。
flow-protocol-none = { flow-hop } 未声明协议。
flow-target-group-lambda = { flow-hop } 通过 Lambda API 经由 TLS 调用 Lambda 函数。
flow-target-group-tls = { flow-hop } 使用 { $protocol } 连接到其目标。
flow-target-group-http = { flow-hop } 通过明文 HTTP 将 PHI 发送到其目标。
flow-target-group-behind-tls = 侦听器 { $listener } 终止 TLS，{ flow-hop } 通过明文 { $protocol } 将 PHI 转发到其目标。
flow-target-group-pass-through = { flow-hop } 直接传递 { $protocol }；仅当目标使用 TLS 时，此跃点才会加密。
flow-listener-tls = { flow-hop } 使用 { $protocol } 接受连接。
flow-listener-redirects = { flow-hop } 将 HTTP 重定向到 HTTPS。
flow-listener-http = { flow-hop } 通过明文 HTTP 与客户端之间传输 PHI。
flow-listener-pass-through = { flow-hop } 直接传递 { $protocol }；仅当客户端和目标使用 TLS 时，此跃点才会加密。
flow-integration-private = { flow-hop } 是私有的；没有 TlsConfig 时，它使用其指定的侦听器的协议。
flow-integration-private-tls = { flow-hop } 使用 TLS 连接其私有目标。
flow-origin-vpc-outside = { flow-hop } 是在其他位置定义的 VPC 源；此处无法看到其协议策略。
flow-origin-https = { flow-hop } 仅通过 HTTPS 获取。
flow-origin-http = { flow-hop } 通过明文 HTTP 获取。
flow-origin-policy-other = { flow-hop } 使用 OriginProtocolPolicy '{ $policy }'。
flow-origin-policy-none = { flow-hop } 未声明 OriginProtocolPolicy。
flow-origin-viewer-http = { flow-hop } 向允许 HTTP 查看器的行为提供 PHI，而且{ $fetch ->
    [s3] S3 源使用查看器的协议获取
   *[match-viewer] 该源使用查看器的协议获取 (match-viewer)
}，因此 PHI 可能通过明文 HTTP 传输。
flow-origin-viewer-policy = { flow-hop }：ViewerProtocolPolicy { $policy }
flow-origin-viewer-policy-none = { flow-hop }：未设置 ViewerProtocolPolicy。
flow-origin-viewer-https = { flow-hop }：{ $fetch ->
    [s3] S3 源使用查看器的协议获取
   *[match-viewer] 该源使用查看器的协议获取 (match-viewer)
}，并且路由到它的每个行为都让查看器使用 HTTPS。

## cloudfront-origin-https

cloudfront-no-origins = 分配未声明任何源。
cloudfront-path-not-written = 未写入 { $path }。
cloudfront-origin-vpc-no-endpoint = VPC 源 '{ $origin }' 在扫描中没有端点配置。
cloudfront-origin-vpc-outside = VPC 源 '{ $origin }' 定义在此扫描之外；无法检查其源协议。
cloudfront-origin-no-config = 源 '{ $origin }' 既未声明自定义源配置，也未声明 S3 源配置。
cloudfront-origin-http-only = 源 '{ $origin }' 通过明文 HTTP 获取 (OriginProtocolPolicy: http-only)。
cloudfront-origin-policy-other = 无法识别的 OriginProtocolPolicy '{ $policy }'。
cloudfront-origin-ssl-unresolved = { $path } 包含仅在部署时才能确定的值。
cloudfront-origin-tls12 = 源 '{ $origin }' 通过使用 TLS 1.2 的 HTTPS 获取。
cloudfront-origin-old-tls = 源 '{ $origin }' 通过 HTTPS 获取，但仅使用 { $protocols }，而不是 TLS 1.2。
cloudfront-origin-https-only = 源 '{ $origin }' 仅通过 HTTPS 获取。
cloudfront-origin-kind = { $kind ->
    [s3] S3 源
   *[match-viewer] match-viewer 源
}
cloudfront-origin-every-behavior-https = { cloudfront-origin-kind } '{ $origin }' 通过 HTTPS 访问：每个缓存行为都要求查看器使用 HTTPS。
cloudfront-origin-id-unresolved = { cloudfront-origin-kind } { $origin } 的 Id 不是字面值，因此无法得知路由到它的行为。
cloudfront-origin-target-unresolved = { $behavior }.TargetOriginId 不是字面值，因此无法得知路由到 { cloudfront-origin-kind } '{ $origin }' 的行为。
cloudfront-origin-routed-https = { cloudfront-origin-kind } '{ $origin }' 通过 HTTPS 访问：路由到它的每个行为都要求查看器使用 HTTPS。
cloudfront-origin-routed-http = { cloudfront-origin-kind } '{ $origin }' 使用查看器的协议获取，而 { $behavior } 允许明文 HTTP (allow-all)。
cloudfront-origin-routed-unresolved = { cloudfront-origin-kind } '{ $origin }'：无法解析 { $behavior } 的查看器协议策略。
cloudfront-origin-not-routed = 没有任何缓存行为路由到 { cloudfront-origin-kind } '{ $origin }'。
cloudfront-origin-no-behaviors = 没有行为。

## cloudfront-s3-origin-encrypted

cloudfront-s3-origin-none = 没有 S3 源：自定义源自行加密其存储。

## cloudfront-tls-minimum

cloudfront-tls-minimum-default-certificate = 该分配使用 CloudFront 的默认证书，其最低协议 (TLSv1) 无法更改。
cloudfront-tls-minimum-absent = 未设置 MinimumProtocolVersion，因此查看器可以使用 TLSv1 连接。
cloudfront-tls-minimum-ok = { $version } 要求 { $protocol } 或更高版本。
cloudfront-tls-minimum-old = { $version } 接受 { $protocol }；请使用 TLSv1.2_2021。
cloudfront-tls-minimum-unknown = '{ $version }' 不是此规则已知的协议版本。

## cloudfront-viewer-https

cloudfront-viewer-no-behavior = 分配未声明任何缓存行为。
cloudfront-viewer-https = 每个缓存行为都要求使用 HTTPS ({ $policy })。
cloudfront-viewer-allow-all = { $path } 允许明文 HTTP (ViewerProtocolPolicy: allow-all)。
cloudfront-viewer-other = 无法识别的 ViewerProtocolPolicy '{ $policy }'。

## neptune-audit-logs

neptune-audit-exports-absent = 未导出审计日志（未设置 EnableCloudwatchLogsExports）。
neptune-audit-exports-unresolved = { $path } 无法完全解析。
neptune-audit-group-outside = 参数组 '{ $group }' 不在此扫描中；请在该参数组中检查 neptune_enable_audit_log。
neptune-group-other = 参数组指向 '{ $name }'，这是一个 { $kind }。
neptune-audit-on = 审计日志已在 '{ $group }' 中开启，并导出到 CloudWatch Logs。
neptune-audit-off = 参数组 '{ $group }' 未开启 neptune_enable_audit_log。
neptune-audit-default = 参数组 '{ $group }' 将 neptune_enable_audit_log 保留为默认值 0，因此不会记录任何内容。

## neptune-storage-encrypted

neptune-storage-encrypted-absent = 未设置 StorageEncrypted；Neptune 默认创建未加密的集群。

## neptune-tls

neptune-tls-https-only = 引擎 { $version } 仅接受 HTTPS 连接（TLS 1.2 及以上）。
neptune-tls-version-unparsed = EngineVersion '{ $version }' 不是版本号。
neptune-tls-default-group = 引擎 { $version } 使用默认参数组，该参数组要求 SSL。
neptune-tls-group-outside = 引擎 { $version } 早于仅支持 HTTPS 的 Neptune 版本，且其参数组 '{ $group }' 不在此扫描中。
neptune-tls-ssl-off = 使用参数组 '{ $group }'（将 neptune_enforce_ssl 设置为 0）的引擎 { $version } 接受明文连接。
neptune-tls-ssl-on = 参数组 '{ $group }' 强制使用 SSL。
neptune-tls-ssl-default = 参数组 '{ $group }' 保留默认值，该默认值要求 SSL。

## lambdaedge-https

lambdaedge-https-viewer-http = 运行 Lambda@Edge 的行为允许查看器通过明文 HTTP 连接。
lambdaedge-https-viewer-absent = 运行 Lambda@Edge 的行为没有 ViewerProtocolPolicy。
lambdaedge-https-no-origin = { $path } 未指定分配中的任何源。
lambdaedge-https-origin-http = 运行 Lambda@Edge 的行为的源通过 HTTP (http-only) 访问；查看器使用 { $policy }。
lambdaedge-https-none = 没有缓存行为运行 Lambda@Edge。
lambdaedge-https-ok = 运行 Lambda@Edge 的行为对查看器和源均使用 HTTPS。

## events-api-destination-https

events-api-destination-no-endpoint = 未写入 InvocationEndpoint。
events-api-destination-https = 事件通过 HTTPS 传送。
events-api-destination-http = 端点 { $url } 使用明文 HTTP，因此事件将以明文传输。
events-api-destination-other = '{ $url }' 不是 http(s) URL。

## judge: endpoint_url.rs

endpoint-url-http = { $name } 指向 http://{ $host }：发往该端点的请求以明文传输。
endpoint-url-http-dynamodb = { $name } 指向 http://{ $host }（DynamoDB 端点）：发往该端点的请求以明文传输。
endpoint-url-http-more = { $name } 指向 http://{ $host }，另有 { $more } 个：发往这些端点的请求以明文传输。
endpoint-url-http-dynamodb-more = { $name } 指向 http://{ $host }（DynamoDB 端点），另有 { $more } 个：发往这些端点的请求以明文传输。
endpoint-url-https = 配置中的 { $count } 个端点 URL 使用 https://。
endpoint-url-none = 配置中未写入任何端点 URL（从代码发起的调用需要进行代码审查）。

## judge: reference.rs

reference-other-kind = { $path } 引用 '{ $name }'，这是一个 { $kind }，而不是 { $wanted }。
reference-found = { $path } 引用 '{ $name }'。
reference-outside = { $path } 指定了 '{ $name }'，它不在此扫描中。

## elb-access-logs

elb-access-logs-key-unreadable = 某个属性键：{ $reason }

## elb-listener-tls

elb-listener-tls-rule-actions-unreadable = 侦听器规则 '{ $rule }' 的操作：{ $reason }
elb-listener-tls-type-unreadable = 操作类型：{ $reason }
elb-listener-tls-rule-type-unreadable = 侦听器规则 '{ $rule }' 的操作类型：{ $reason }
elb-listener-tls-redirect-unreadable = 重定向协议：{ $reason }
elb-listener-tls-rule-redirect-unreadable = 侦听器规则 '{ $rule }' 的重定向协议：{ $reason }

## flow-transmission-encrypted

flow-unreadable = { flow-hop }：{ $property }：{ $reason }

## neptune-tls

neptune-parameters-unreadable = '{ $group }' 的参数：{ $reason }
## phi-store-not-public

phi-store-no-phi = 该资源不存有 PHI。
phi-store-redshift-private = 未设置 PubliclyAccessible；除非将其设为 true，否则 Redshift 集群是私有的。
phi-store-broker-private = 未设置 PubliclyAccessible；除非将其设为 true，否则代理是私有的。
phi-store-public-true = PubliclyAccessible 为 true：终端节点从 VPC 外部解析为公有 IP 地址。
phi-store-public-false = PubliclyAccessible 为 false：终端节点是私有的。
phi-store-terraform-private = 未设置 PubliclyAccessible；Terraform 提供程序默认将{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }创建为私有。
phi-store-default-subnet-group = 未设置 PubliclyAccessible，且该{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }使用 `default` 数据库子网组，因此 RDS 会将其设为公开。
phi-store-own-subnet-group = 未设置 PubliclyAccessible；由于有自己的数据库子网组，RDS 会将该{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }创建为私有。
phi-store-aurora-private = 未设置 PubliclyAccessible；未指定数据库子网组时，Aurora 将实例创建为私有。
phi-store-default-vpc = 未设置 PubliclyAccessible，且未指定数据库子网组：RDS 会将该{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }放入默认 VPC 并设为公开。
phi-store-engine-unknown = 未设置 PubliclyAccessible，且未指定数据库子网组；除非引擎为 Aurora，否则 RDS 会将该{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }设为公开，而引擎未知。
phi-store-aurora-cluster = Aurora 集群的终端节点遵循其实例的 PubliclyAccessible，在每个实例上判定。
phi-store-not-multi-az-cluster = 不是多可用区数据库集群 (没有 DBClusterInstanceClass)；PubliclyAccessible 由其实例承载。
phi-store-eks-private = 集群的 API 终端节点是私有的 (EndpointPublicAccess 为 false)。
phi-store-eks-public = 集群的 API 终端节点对整个互联网公开：EndpointPublicAccess 已开启 (默认)，且没有 PublicAccessCidrs 加以限制。
phi-store-eks-open-cidr = 集群的 API 终端节点是公开的，且 PublicAccessCidrs 包含 { $cidr }。
phi-store-eks-cidrs-empty = 集群的 API 终端节点是公开的，且 PublicAccessCidrs 为空 (此时 AWS 允许 0.0.0.0/0)。
phi-store-eks-cidrs-limited = 集群的公有 API 终端节点仅限于所列的 PublicAccessCidrs。

## resource-policy-not-public

resource-policy-no-phi = 该资源既不存有也不传输 PHI。
resource-policy-open-but-bpa = { $path } 在{ $by ->
        [sid] '{ $statement }'
       *[index] 第 { $statement } 条语句
    }中允许所有人，但阻止公共访问的 { $setting } 已开启，因此 S3 会忽略它。
resource-policy-open-but-vpc = { $path } 在{ $by ->
        [sid] '{ $statement }'
       *[index] 第 { $statement } 条语句
    }中允许所有人，但该域位于 VPC 内，因此只有其网络 (及安全组) 能够访问它。
resource-policy-open = { $path } 在{ $by ->
        [sid] '{ $statement }'
       *[index] 第 { $statement } 条语句
    }中允许 Principal "*"，且没有将其限制到账户、组织、VPC 或来源的条件。
resource-policy-acl-but-bpa = 该存储桶授予预设 ACL { $acl }，但阻止公共访问的 { $setting } 已开启，因此 S3 会忽略它。
resource-policy-acl-authenticated = 该存储桶授予公共预设 ACL { $acl }：每个 AWS 账户都可以读取它。
resource-policy-acl-public = 该存储桶授予公共预设 ACL { $acl }：任何人都可以读取它。
resource-policy-none = 未附加资源策略；只有该账户的 IAM 身份拥有访问权限。
resource-policy-no-open-statement = { $policies } 中没有任何语句在无限制条件的情况下允许所有人。
resource-policy-lambda-open = 权限 { $permission } 允许 Principal "*" 调用该函数，且没有 SourceArn、SourceAccount 或 PrincipalOrgID。
resource-policy-lambda-restricted = 每项权限都指定了其主体或限制了其来源。
resource-policy-lambda-none = 该函数未附加基于资源的权限。

## judge: exposure.rs

exposure-not-a-subnet = { $name } 不是子网。
exposure-subnet-outside = 子网 '{ $subnet }' 不在本次扫描范围内，因此无法确定它是否分配公有 IP。

## ec2-phi-no-public-ip

ec2-public-ip-no-phi = 该主机既不存有也不处理 PHI。
ec2-public-ip-launched-elsewhere = 未写入 AssociatePublicIpAddress；由启动它的实例或组的子网决定，并在那里判定。
ec2-public-ip-assoc-true = { $path } 为 true：主机获得公有 IP 地址。
ec2-public-ip-assoc-false = { $path } 为 false：不分配公有 IP 地址。
ec2-public-ip-from-assoc-true = { $kind ->
        [template] 启动模板
       *[configuration] 启动配置
    } { $name }：{ $path } 为 true：主机获得公有 IP 地址。
ec2-public-ip-from-assoc-false = { $kind ->
        [template] 启动模板
       *[configuration] 启动配置
    } { $name }：{ $path } 为 false：不分配公有 IP 地址。
ec2-public-ip-eip = 弹性 IP { $eip } 为实例提供公有 IP 地址。
ec2-public-ip-subnet-public = 子网 { $subnet } 的 MapPublicIpOnLaunch 为 true，因此主机获得公有 IP 地址。
ec2-public-ip-private-subnets = 主机在私有子网中启动 (没有 MapPublicIpOnLaunch)。
ec2-public-ip-instance-default-vpc = 未指定子网：实例在默认 VPC 中启动，除非账户更改过，否则其默认子网会分配公有 IP 地址。
ec2-public-ip-subnet-unjudged = 无法判定该子网。
ec2-public-ip-group-no-subnet = VPCZoneIdentifier 未指定子网。
ec2-public-ip-group-default-vpc = 没有 VPCZoneIdentifier：该组在默认 VPC 中启动，除非账户更改过，否则其默认子网会分配公有 IP 地址。
ec2-public-ip-ecs-enabled = AssignPublicIp 已启用：每个任务都会获得公有 IP 地址。
ec2-public-ip-ecs-disabled = AssignPublicIp 已禁用。
ec2-public-ip-ecs-bridge = 该服务使用桥接或主机网络：其任务共享容器实例的地址，在实例上判定。
ec2-public-ip-ecs-default = 未设置 AssignPublicIp；ECS 默认不分配公有 IP。

## cloudtrail-audit-log-retention

cloudtrail-retention-no-bucket = 该跟踪未指定存储桶。
cloudtrail-retention-not-bucket = { $path } 指定了 '{ $name }'，它是 { $kind }，不是存储桶。
cloudtrail-retention-outside = 日志存储桶 '{ $bucket }' 未在扫描的文件中定义，因此无法检查其生命周期。
cloudtrail-retention-expires = 日志存储桶 '{ $bucket }' 的生命周期规则 { $rule } 在 { $days } 天后删除审计日志，早于六年 ({ $minimum } 天)。
cloudtrail-retention-kept = 日志存储桶 '{ $bucket }' 不会在六年内使审计日志过期。

## cloudtrail-data-events

cloudtrail-data-events-on = 该跟踪记录数据事件。
cloudtrail-data-events-other = 跟踪 '{ $trail }' 记录数据事件。
cloudtrail-data-events-management-only = 该跟踪仅记录管理事件；对 S3 对象和 DynamoDB 项目 (PHI) 的读取和写入不会留下审计记录。

## cloudtrail-kms-encryption

cloudtrail-kms-set = 日志文件使用 KMS 密钥加密 (SSE-KMS)。
cloudtrail-kms-absent = 未设置 KMSKeyId：日志文件仅获得默认的 SSE-S3 加密，既不能通过密钥策略限制谁可以读取它们，也不会记录其解密。

## cloudtrail-log-file-validation

cloudtrail-validation-absent = 未设置 EnableLogFileValidation；CloudTrail 默认不写入摘要文件。

## cloudtrail-multi-region

cloudtrail-multi-region-absent = 未设置 IsMultiRegionTrail；跟踪默认仅记录其主区域。
cloudtrail-multi-region-other = 此跟踪记录一个区域，但跟踪 { $trail } 记录所有区域。

## cloudtrail-phi-bucket-data-events

cloudtrail-phi-bucket-not-live = 该存储桶不是从实时账户读取的。
cloudtrail-phi-bucket-advanced = 跟踪 { $trail } 正在记录日志，且高级事件选择器记录该存储桶的 S3 对象事件。
cloudtrail-phi-bucket-basic = 跟踪 { $trail } 正在记录日志，且事件选择器记录该存储桶的 S3 对象事件。
cloudtrail-phi-bucket-stopped = 跟踪 { $trails } 本会记录该存储桶的对象事件，但未在记录日志。
cloudtrail-phi-bucket-none = 账户 { $account } 中没有跟踪记录存储桶 { $bucket } 的对象读取和写入事件：谁读取或更改了其中的 PHI 不会留下审计记录。

## cloudtrail-records-api-calls

cloudtrail-api-calls-one = 在账户 { $account } 中，跟踪 { $trails } 正在记录日志，并记录所有已扫描区域 ({ $regions }) 中每项服务的读取和写入管理事件。
cloudtrail-api-calls-many = 在账户 { $account } 中，跟踪 { $trails } 正在记录日志，并记录所有已扫描区域 ({ $regions }) 中每项服务的读取和写入管理事件。

## cloudtrail-trail-exists

cloudtrail-trail-none = 扫描的配置中未定义 CloudTrail 跟踪；仅有事件历史记录并不是 BAA 要求的审计日志。如果跟踪位于其他堆栈或账户中，请一并扫描，或以此理由抑制该发现。
cloudtrail-trail-none-no-phi = 未定义跟踪，且扫描中没有任何资源存有 PHI。
cloudtrail-trail-none-account = 账户 { $account } 中不存在 CloudTrail 跟踪：其 API 活动仅保存在 90 天的事件历史记录中，这不是 BAA 要求的审计日志。
cloudtrail-trail-logging = 该跟踪正在记录日志。
cloudtrail-trail-not-logging = IsLogging 为 false：跟踪存在但不记录任何内容。
cloudtrail-trail-logging-default = 该跟踪正在记录日志 (enable_logging 默认为 true)。
cloudtrail-trail-not-collected = 未收集 IsLogging (cloudtrail:GetTrailStatus)。
cloudtrail-trail-logging-unset = 未设置 IsLogging；CloudFormation 要求设置该属性，因此该模板无法按所写内容部署。
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
## judge: glue.rs

glue-connection-ssl-absent = JDBC 连接 '{ $connection }' 未设置 JDBC_ENFORCE_SSL，因此 Glue 可能在不使用 TLS 的情况下连接。
glue-connection-ssl-enforced = JDBC 连接 '{ $connection }' 强制使用 SSL。
glue-connection-ssl-false = JDBC 连接 '{ $connection }' 将 JDBC_ENFORCE_SSL 设置为 false，因此 Glue 可能在不使用 TLS 的情况下连接。

## glue-catalog-encryption

glue-catalog-mode-other = CatalogEncryptionMode 为 { $mode }：目录元数据未加密。
glue-catalog-mode-absent = 未设置 CatalogEncryptionMode：目录元数据未加密。
glue-catalog-settings-elsewhere = 由扫描中的 DataCatalogEncryptionSettings 承担判定。
glue-catalog-no-settings = 扫描中没有 AWS::Glue::DataCatalogEncryptionSettings：保存此数据库的 Data Catalog 默认不加密。

## glue-job-encryption

glue-job-sc-no-s3 = 安全配置 '{ $configuration }' 不加密 S3 数据。
glue-job-sc-disabled = 安全配置 '{ $configuration }' 将 S3 加密保持为 DISABLED。
glue-job-sc-encrypts = 安全配置 '{ $configuration }' 加密 S3 数据（{ $mode }）。
glue-job-sc-outside = 安全配置 '{ $configuration }' 不在本次扫描中。
glue-job-sc-other = SecurityConfiguration 指向 '{ $target }'，这是一个 { $kind }。

## ssm-output-encrypted

ssm-output-flag-false = { $flag } 为 false：会话记录以未加密形式发送到 { $destination }。
ssm-output-flag-absent = 未写入 { $flag }，因此无法看出会话记录是否加密。
ssm-output-no-destination = 会话记录不发送到 S3 或 CloudWatch Logs。

## ssm-parameter-secure-string

ssm-parameter-not-secret = '{ $name }' 的名称并不表示密钥。
ssm-parameter-reference = '{ $name }' 指向保存在别处的密钥，而不是密钥本身。
ssm-parameter-clear = '{ $name }' 将密钥保存在明文 String 参数中。
ssm-parameter-copies = '{ $name }' 将密钥复制到明文 String 参数中。
ssm-parameter-no-value = '{ $name }' 在模板中没有值。

## dynamodb-no-phi-in-keys

dynamodb-keys-identifier = 键属性 '{ $attribute }' 表示患者标识符；键属性和索引属性在查询、日志和客户端加密中始终不加密。
dynamodb-keys-no-schema = 未写入键架构。
dynamodb-keys-clean = 没有表示患者标识符的键属性或索引属性。

## dynamodb-point-in-time-recovery

dynamodb-pitr-absent = 未启用时间点恢复；默认处于关闭状态。
dynamodb-pitr-no-replicas = 全局表未声明任何副本。
dynamodb-pitr-replicas-off = 以下区域的副本未启用时间点恢复：{ $regions }
dynamodb-pitr-all-replicas = 所有副本均已启用时间点恢复。

## dynamodb-table-kms-encryption

dynamodb-sse-absent = 未设置 SSESpecification：该表使用 AWS 拥有的密钥（DynamoDB 默认）加密，其使用不会在您的 CloudTrail 中留下记录；请启用使用 KMS 密钥的 SSE。
dynamodb-sse-false = SSEEnabled 为 false：该表使用 AWS 拥有的密钥（DynamoDB 默认）加密，其使用不会在您的 CloudTrail 中留下记录；请启用使用 KMS 密钥的 SSE。
dynamodb-sse-type-invalid = SSEType '{ $type }' 不是 DynamoDB 加密类型（仅 KMS 有效）。
dynamodb-sse-customer-key = 该表使用客户托管的 KMS 密钥加密。
dynamodb-sse-aws-managed-key = 该表使用 AWS 托管的 KMS 密钥 aws/dynamodb 加密。

## config-recorder-enabled

config-recorder-listed-types = 记录器只记录其列出的资源类型。
config-recorder-all-supported-false = AllSupported 为 false：记录器只记录其列出的资源类型。
config-recorder-stopped = 账户 { $account } 区域 { $region } 中的记录器已停止。
config-recorder-stopped-last = 账户 { $account } 区域 { $region } 中的记录器已停止（最后状态为 { $status }）。
config-recorder-status-not-collected = 未收集记录器的状态（config:DescribeConfigurationRecorderStatus）。
config-recorder-no-channel-in = 账户 { $account } 区域 { $region } 中没有传送通道：记录器的配置历史无处可去。
config-recorder-live-ok = 账户 { $account } 区域 { $region } 中的 Config 记录器正在记录所有支持的资源类型，并且有传送通道。
config-recorder-none = 扫描的文件中未定义 AWS Config 记录器；Config 按账户和区域启用，因此请检查该账户（或同时扫描其基线堆栈）。
config-recorder-no-channel = 未定义 AWS::Config::DeliveryChannel，因此记录器无法启动。
config-recorder-status-off = 记录器状态 '{ $status }' 使记录器保持停止。
config-recorder-terraform-status = 如果没有 is_enabled = true 的 aws_config_configuration_recorder_status，Terraform 不会启动记录器。
config-recorder-ok = Config 记录器记录所有支持的资源类型，并且有传送通道。

## sagemaker-endpoint-kms

sagemaker-endpoint-ebs-no-key = 没有 KmsKeyId：{ $instance-type } 托管实例的 EBS 存储未使用团队指定的密钥加密。
sagemaker-endpoint-local-storage = 每个变体都是无服务器的，或使用具有硬件加密本地存储的实例类型，这些类型不接受 KMS 密钥。

## sagemaker-job-output-kms

sagemaker-schedule-named-job = 该计划运行一个按名称指定的作业定义，由该作业定义承担判定。
sagemaker-job-output-kms-default-missing = 未为作业输出指定 KMS 密钥
sagemaker-job-output-kms-default-does = 使用账户的 AWS 托管 S3 密钥加密这些输出
sagemaker-pipeline-no-job-steps = 该管道没有训练、处理、转换或调优步骤。
sagemaker-pipeline-all-keys = 每个作业步骤都指定了输出 KMS 密钥（{ $steps }）。

## sagemaker-notebook-kms

sagemaker-domain-kms-set = 域的 EFS 主目录使用指定的 KMS 密钥加密。
sagemaker-notebook-kms-set = 笔记本的 ML 存储卷使用指定的 KMS 密钥加密。
sagemaker-domain-kms-absent = 未设置 KmsKeyId：没有团队指定的 KMS 密钥保护域的 EFS 主目录。
sagemaker-notebook-kms-absent = 未设置 KmsKeyId：没有团队指定的 KMS 密钥保护笔记本的 ML 存储卷。

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-other = DirectInternetAccess 为 { $value }：笔记本在 VPC 的控制之外访问互联网。

## redshift-encryption-at-rest

redshift-encryption-at-rest-default-missing = 未声明 Encrypted
redshift-encryption-at-rest-default-does = 自 2025 年 1 月起默认加密新的预置集群

## redshift-require-ssl

redshift-require-ssl-default-missing = 未声明参数组，因此配置未要求 SSL
redshift-require-ssl-default-does = 对 2025 年 1 月以后创建的集群应用 require_ssl = true 的默认参数组
redshift-ssl-default-group = '{ $group }' 是 AWS 默认参数组；是否要求 SSL 取决于集群的创建时间。
redshift-ssl-group-outside = ClusterParameterGroupName 指定了本次扫描之外的参数组 '{ $group }'；无法检查它是否设置了 require_ssl。
redshift-ssl-true = 参数组 '{ $group }' 设置了 require_ssl = true。
redshift-ssl-false = 参数组 '{ $group }' 设置了 require_ssl = false：客户端可能在不使用 SSL 的情况下连接。
redshift-ssl-unreadable = 参数组 '{ $group }' 中的 require_ssl 为 '{ $value }'，既不能读作 true 也不能读作 false。
redshift-ssl-not-literal = 参数组 '{ $group }' 中的 require_ssl 不是字面值，既不能读作 true 也不能读作 false。
redshift-ssl-absent = 参数组 '{ $group }' 未设置 require_ssl，其默认值为 false：客户端可能在不使用 SSL 的情况下连接。

## not-for-phi-service

not-for-phi-marked = 已标记为保存 PHI，但白皮书规定 { $service } 不得存储、传输或处理 PHI。

## eligibility-phi-in-eligible-service

eligibility-what-marked = 该资源已标记为保存 PHI，其类型为
eligibility-what-assumed = 该资源是数据存储（扫描中没有任何标记，因此假定其保存 PHI），其类型为
eligibility-what-backend = 承载 PHI 的 API 的后端类型为
eligibility-custom = { $what }自定义资源：其背后的代码在别处运行，因此无法从模板中读出其服务。
eligibility-eligible = { $what } { $kind }，这是符合 HIPAA 资格的服务（白皮书：{ $services }）。
eligibility-eligible-more = { $what } { $kind }，这是符合 HIPAA 资格的服务（白皮书：{ $services } 等另外 { $more } 项）。
eligibility-supporting = { $what } { $kind }（{ $service }），它在白皮书中没有单独的章节；请对照最新的 HIPAA 合格服务参考进行核实。
eligibility-not-in-whitepaper = { $what } { $kind }（{ $service }），它不在白皮书的涵盖范围内；请对照最新的 HIPAA 合格服务参考进行核实。
eligibility-newer = { $what } { $kind }，这是在白皮书之后推出的医疗健康服务；请对照最新的 HIPAA 合格服务参考进行核实。
eligibility-unlisted = { $what } { $kind }，它在白皮书中不是符合 HIPAA 资格的服务：BAA 不涵盖其中的 PHI。

## msk-broker-logs

msk-broker-logs-absent = 未配置代理日志目标（未设置 LoggingInfo.BrokerLogs）。
msk-broker-logs-to = 代理日志传送到 { $destination }。

## msk-encryption-at-rest-kms

msk-encryption-at-rest-kms-default-missing = 未为代理卷声明 KMS 密钥
msk-encryption-at-rest-kms-default-does = 在未指定密钥时使用 AWS 托管密钥 aws/kafka 加密 MSK 代理存储

## msk-public-access-disabled

msk-public-absent = 未开启公有访问（MSK 创建的代理没有公有地址）。
msk-public-on = 公有访问为 { $type }：代理获得可从互联网访问的公有地址。

## msk-tls-in-transit

msk-tls-in-transit-default-missing = 未声明传输中加密
msk-tls-in-transit-default-does = 将新 MSK 集群默认设置为 ClientBroker TLS 和 InCluster true
msk-tls-client-other = ClientBroker 为 { $value }：客户端可能在不使用 TLS 的情况下发送和接收 PHI。
msk-tls-in-cluster-false = InCluster 为 false：代理之间在不使用 TLS 的情况下复制 PHI。
msk-tls-in-transit-default-missing-2 = 未声明 ClientBroker
msk-tls-in-transit-default-does-2 = 将 ClientBroker 默认设置为 TLS

## opsworks-no-plaintext-secrets

opsworks-no-custom-json = 该堆栈没有自定义 JSON。
opsworks-custom-json-secret = { $path } 将密钥以明文形式保存在自定义 JSON 中。
opsworks-custom-json-clean = 该堆栈的自定义 JSON 不含名称表示密钥的值。
opsworks-no-environment = 该应用未设置环境变量。
opsworks-env-not-secure = 环境变量 { $key } 未标记为 Secure，因此 DescribeApps 会以明文返回它。
opsworks-env-not-secure-default = 环境变量 { $key } 未标记为 Secure（默认），因此 DescribeApps 会以明文返回它。
opsworks-env-all-secure = 所有名称表示密钥的环境变量都已标记为 Secure。

## storagegateway-audit-logging

storagegateway-logs-delivered = 日志传送到指定的目标。
storagegateway-gateway-no-logs = 没有 CloudWatchLogGroupARN：网关不向 CloudWatch Logs 发送日志。
storagegateway-share-no-audit = 没有 AuditDestinationARN：文件共享不记录文件访问的审计日志。

## storagegateway-file-share-encryption

storagegateway-not-phi = 未被标记为保存 PHI。
storagegateway-kms-type = 对象使用 KMS 密钥加密（{ $type }）。
storagegateway-sse-s3 = 已声明对象的 SSE-S3 加密。
storagegateway-type-unknown = EncryptionType '{ $type }' 不是已知类型。
storagegateway-kms-flag = 对象使用 KMS 密钥加密（KMSEncrypted）。
storagegateway-kms-flag-false = 已声明对象的 SSE-S3 加密（KMSEncrypted: false）。
storagegateway-file-share-encryption-default-missing = 文件共享未声明其对象的加密方式
storagegateway-file-share-encryption-default-does = 默认使用 SSE-S3 存储文件网关对象

## stepfunctions-logging-no-data

stepfunctions-logging-off = 执行日志已关闭（Level OFF）。
stepfunctions-data-false = 执行日志不包含状态的输入和输出（IncludeExecutionData false）。
stepfunctions-data-absent = 执行日志不包含状态的输入和输出（未设置 IncludeExecutionData；默认值为 false）。
stepfunctions-group-outside = 执行数据记录到此处未定义的日志组（{ $path }）；请检查它是否使用 KMS 密钥加密。
stepfunctions-no-group = IncludeExecutionData 为 true，但没有可解析的日志组目标。
stepfunctions-group-no-key = IncludeExecutionData 为 true，且日志组 '{ $group }' 没有 KmsKeyId：可能包含 PHI 的状态输入和输出在没有 KMS 密钥的情况下被记录。
stepfunctions-groups-encrypted = 执行数据仅记录到使用 KMS 加密的日志组。

## stepfunctions-no-phi

stepfunctions-no-phi-marked = 已标记为保存 PHI，但白皮书规定 Step Functions 不得存储、传输或处理 PHI；请传递引用，并将 PHI 保存在合格的数据存储中。

## kinesisanalytics-encrypted-streams

kinesisanalytics-input-outside = 输入流 { $stream } 不在扫描中。
kinesisanalytics-stream-not-kms = 流 '{ $stream }' 未使用 KMS 加密。
kinesisanalytics-stream-unencrypted = 流 '{ $stream }' 没有服务器端加密，因此其中的 PHI 在静态时未加密。
kinesisanalytics-no-stream = 该应用程序在模板中未指定 Kinesis 流（在代码中设置的源需要审查）。
kinesisanalytics-streams-kms = 该应用程序使用的 { $count } 个流均已使用 KMS 加密。

## kinesisanalytics-logging

kinesisanalytics-logging-option = 日志记录选项 '{ $option }' 将应用程序的日志发送到 CloudWatch。
kinesisanalytics-logging-maybe = 日志记录选项 '{ $option }' 可能属于此应用程序：其 ApplicationName 未设置。
kinesisanalytics-logging-none = 该应用程序未附加 CloudWatch 日志记录选项，因此其日志不会被保留。

## fargate-efs-transit-encryption

fargate-not-fargate = 不是 Fargate 任务定义。
fargate-no-efs = 该任务未挂载 EFS 卷。
fargate-efs-no-tls = EFS 卷 '{ $volume }' 在未使用 TLS 的情况下挂载（TransitEncryption { $value }）。
fargate-efs-no-tls-default = EFS 卷 '{ $volume }' 在未使用 TLS 的情况下挂载（TransitEncryption 默认为 DISABLED）。
fargate-efs-all-tls = 所有 EFS 卷均使用 TLS 挂载。

## judge: emr_security.rs

emr-no-security-configuration = 该集群未指定 SecurityConfiguration，因此 EMR 既不加密本地磁盘，也不加密节点之间的流量。
emr-security-configuration-outside = 安全配置 '{ $configuration }' 未在扫描的文件中定义。
emr-security-configuration-no-document = 安全配置 '{ $configuration }' 没有文档。
emr-security-configuration-unreadable = 安全配置 '{ $configuration }' 不是可读的 JSON 文档。

## emr-at-rest-encryption

emr-at-rest-off = 安全配置 '{ $configuration }' 未启用静态加密。
emr-at-rest-without = 安全配置 '{ $configuration }' 启用了静态加密，但没有 { $part }。
emr-at-rest-without-both = 安全配置 '{ $configuration }' 启用了静态加密，但既没有 S3EncryptionConfiguration 也没有 LocalDiskEncryptionConfiguration。
emr-at-rest-all = 安全配置 '{ $configuration }' 加密 EMRFS 数据、本地磁盘和 EBS 卷。
emr-at-rest-no-ebs = 安全配置 '{ $configuration }' 加密 EMRFS 数据和本地磁盘（EnableEbsEncryption 还可覆盖 EBS 根卷）。

## emr-in-transit-encryption

emr-in-transit-on = 安全配置 '{ $configuration }' 启用了传输中加密。
emr-in-transit-off = 安全配置 '{ $configuration }' 未启用传输中加密。

## judge: declared_key.rs

declared-key-ref = 使用 KMS 密钥 '{ $key }' 加密。
declared-key-literal = 使用 KMS 密钥 { $key } 加密。
## autoscaling-multi-az

autoscaling-single-zone = { $path } 仅指定了一个可用区。
autoscaling-single-subnet = { $path } 仅指定了一个子网。
autoscaling-subnets-one-zone = 全部 { $count } 个子网都位于 { $zone }。
autoscaling-entries = { $path } 列出了 { $count } 个条目。
autoscaling-no-placement = 既未写明 VPCZoneIdentifier，也未写明 AvailabilityZones（实例可能由启动模板或混合实例策略放置）。

## autoscaling-no-credentials-in-urls

autoscaling-url-password = { $url } 在 URL 中嵌入了密码。
autoscaling-url-deferred = { $url } 在 URL 的密码位置使用了部署时才确定的值。
autoscaling-url-none = 扫描的资源中没有任何 URL 嵌入凭证。

## lambda-environment-kms

lambda-env-none = 该函数没有环境变量。

## lambda-plaintext-endpoints

lambda-inline-http = 内联代码以明文方式调用 AWS 终端节点 http://{ $host }。

## lambda-url-auth

lambda-url-carries = 由函数 URL '{ $url }' 承担判定。
lambda-url-auth-not-written = 未写明 { $path }。
lambda-url-auth-none = AuthType 为 NONE：互联网上的任何人都可以调用该函数 URL。

## eks-control-plane-logging

eks-logging-none = 未启用任何控制平面日志类型。
eks-logging-on = 已启用 api、audit 和 authenticator 日志。
eks-logging-lacks = 控制平面日志记录缺少 { $types }。

## eks-secrets-encryption

eks-secrets-kms = Kubernetes 密钥使用声明的 KMS 密钥进行信封加密。
eks-secrets-no-key = EncryptionConfig 涵盖密钥，但未指定 KMS 密钥。
eks-secrets-old-version = 没有针对密钥的 EncryptionConfig，且此 Kubernetes 版本早于 EKS 默认信封加密 (1.28)。

## athena-source-bucket-encrypted

athena-table-no-location = 该表未指定 S3 位置。
athena-table-not-s3 = 该表的位置 '{ $location }' 不在 S3 中。
athena-table-not-phi = 该表及其存储桶均未标记为存储 PHI。

## athena-workgroup-results-encrypted

athena-managed-results = 已启用托管查询结果；Athena 会对其加密。
athena-results-encrypted = 查询结果使用 { $option } 加密。
athena-results-encrypted-overridable = 查询结果使用 { $option } 加密，但客户端可以覆盖此设置（EnforceWorkGroupConfiguration 为 false）。
athena-results-invalid-option = EncryptionOption '{ $option }' 不是 SSE_S3、SSE_KMS 或 CSE_KMS。

## snapshot-encrypted

what-snapshot-encryption = 快照加密
snapshot-not-collected = 未收集 { $path }。

## snapshot-not-public

snapshot-sharing-outside = 快照共享在快照定义之外设置；只有实时扫描才能显示。
snapshot-public = 该快照是公开的：任何 AWS 账户都可以还原它并读取其中的数据。
snapshot-not-shared = 该快照未与任何其他账户共享。
snapshot-shared-named = 该快照仅与 { $count } 个指定账户共享，未公开。

## datasync-efs-location-tls

datasync-efs-tls = DataSync 通过 TLS 1.2 挂载文件系统。
datasync-efs-plain = InTransitEncryption 为 { $value }：DataSync 通过未加密的 NFS 将 PHI 复制到 EFS。
datasync-efs-absent = 未设置 InTransitEncryption；DataSync 默认不使用 TLS 挂载 EFS。

## datasync-s3-location-encrypted

datasync-s3-no-bucket = 该位置未指定存储桶。

## datasync-task-logging

datasync-log-level-off = Options.LogLevel 为 OFF，因此该任务不记录任何内容。
datasync-task-logs = 该任务将日志记录到 CloudWatch Logs。
datasync-task-no-log-group = 没有 CloudWatchLogGroupArn：该任务的传输未被记录。

## appmesh-listener-tls

appmesh-client-not-enforced = 默认客户端策略未强制使用 TLS（Enforce: false）。
appmesh-no-listeners = 没有侦听器：该节点仅调用其他服务。
appmesh-listener-mode = 侦听器 { $listener } 使用 TLS 模式 { $mode }，该模式接受明文。
appmesh-listener-no-tls = 侦听器 { $listener } 没有 TLS 配置，因此只接受明文。
appmesh-all-strict = 每个侦听器都要求 TLS（STRICT）。

## macie-enabled

macie-not-enabled-scope = 在 S3 存储桶存储 PHI 的账户 { $account } 区域 { $region } 中未启用 Macie。
macie-no-session = 扫描的文件中没有 AWS::Macie::Session；Macie 按账户和区域启用，因此请检查该账户。
macie-session-status = Macie 会话的 Status 为 { $status }，因此 Macie 不会查找敏感数据。

## macie-job-bucket-encryption

macie-job-bucket-unencrypted = Macie 作业中的存储桶 '{ $bucket }' 未声明服务器端默认加密。AWS 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象，但配置中未声明，因此不能作为审计证据。
macie-job-bucket-outside = 存储桶 '{ $bucket }' 未在本次扫描中定义。
macie-job-not-bucket = '{ $name }' 是 { $kind }。
macie-job-all-encrypted = 作业中的每个存储桶都声明了服务器端加密（{ $buckets }）。

## judge: live.rs

live-gap = 无法在账户 { $account } 区域 { $region } 中列出 { $kind }：{ $action } 失败（{ $reason }），因此其不存在不能证明任何事情。

## mq-broker-logs

mq-logs-absent = 未发布任何代理日志（未设置 Logs；general 和 audit 日志默认关闭）。
mq-logs-false = { $path } 为 false，因此代理不发布这些日志。
mq-logs-not-set = 未设置 { $path }；代理默认不发布这些日志。
mq-logs-general = 代理发布 general 日志。
mq-logs-general-audit = 代理发布 general 和 audit 日志。

## mq-encryption-at-rest

mq-rabbitmq-encrypted = RabbitMQ 代理始终使用 AWS 拥有的密钥进行静态加密，且没有密钥设置。
mq-aws-owned-key = 已声明使用 AWS 拥有的密钥进行静态加密。
mq-declared-key = 消息使用声明的 KMS 密钥进行静态加密。
mq-managed-key = 消息使用 AWS 托管密钥 aws/mq 进行静态加密。

## databrew-dataset-ssl

databrew-dataset-not-jdbc = 该数据集不通过 JDBC 读取数据库。
databrew-connection-not-jdbc = Glue 连接 '{ $connection }' 不是 JDBC 连接。
databrew-connection-outside = Glue 连接 '{ $connection }' 不在本次扫描中；请在那里检查 JDBC_ENFORCE_SSL。
databrew-connection-other = 连接名称指向 '{ $name }'，它是 { $kind }。

## databrew-job-encryption

databrew-job-encrypted = 作业输出已加密（{ $mode }）。
databrew-job-mode-unencrypted = EncryptionMode '{ $mode }' 不会加密作业输出。

## secretsmanager-no-plaintext-passwords

secretsmanager-password-literal = { $path } 是模板中的字面值（或参数的默认值）；请将其保存在 Secrets Manager 中。
secretsmanager-password-literal-default = { $path } 已隐藏（NoEcho 或 sensitive），但其字面默认值已提交到存储库中；请将其保存在 Secrets Manager 中。
secretsmanager-no-password = 未写入密码（由服务管理、从快照还原或未使用）。
secretsmanager-password-secret = { $paths } 来自部署时解析的密钥或 NoEcho 值。

## secretsmanager-secret-kms

secretsmanager-kms-named = 该密钥使用指定的 KMS 密钥加密。
secretsmanager-secret-kms-default-missing = 未为该密钥指定 KMS 密钥
secretsmanager-secret-kms-default-does = 使用 AWS 托管密钥 aws/secretsmanager 加密密钥

## transfer-server-no-ftp

transfer-ftp = 该服务器提供普通 FTP，会以明文发送凭证和文件。
transfer-encrypted-protocols = 该服务器仅提供加密协议（{ $protocols }）。

## ses-event-destination

ses-event-destination = 事件目标 '{ $destination }' 发布发送事件。
ses-no-event-destination = 未关联任何已启用的事件目标，因此不会记录发送、退信和拒绝。

## ses-receipt-s3-kms

ses-receipt-no-kms = 某个 S3 操作在未经 SES 加密的情况下存储收到的邮件（没有 KmsKeyArn）。

## ses-tls-required

ses-tls-optional = TlsPolicy 为 { $policy }：当接收服务器不提供 TLS 时，SES 以明文投递。

## iot-domain-tls-policy

iot-domain-tls-min = { $policy } 要求 TLS 1.{ $minor } 或更高版本。
iot-domain-tls-old = { $policy } 仍接受 TLS 1.{ $minor }。
iot-domain-policy-unknown = 安全策略 '{ $policy }' 不是已知的 IoT 策略名称。

## iot-policy-no-wildcard

iot-policy-wildcard = 该策略允许对所有资源执行 { $action }。

## sqs-queue-encryption

sqs-queue-encryption-default-missing = 该队列既未声明 KmsMasterKeyId，也未声明 SqsManagedSseEnabled
sqs-queue-encryption-default-does = 自 2022 年 10 月起默认在新队列上启用 SSE-SQS

## sqs-queue-tls-only

sqs-tls-policy-maybe = 队列策略 '{ $policy }' 可能适用于此队列，但无法解析其队列列表。

## vmie-bucket-encrypted

vmie-bucket-encrypted = VM Import/Export 存储桶声明了默认加密（{ $algorithm }）。
vmie-bucket-encrypted-default-missing = VM Import/Export 存储桶未声明默认加密
vmie-bucket-encrypted-default-does = 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象
vmie-bucket-outside = VM Import/Export 存储桶 '{ $bucket }' 未在本次扫描中定义。

## securityhub-enabled

securityhub-enabled-scope = 账户 { $account } 区域 { $region } 中已启用 Security Hub。
securityhub-not-enabled-scope = 账户 { $account } 区域 { $region } 中未启用 Security Hub。
securityhub-no-hub = 扫描的文件中未定义 Security Hub 中心；Security Hub 按账户和区域启用，因此请检查该账户（或同时扫描其基线堆栈）。
securityhub-no-standards = EnableDefaultStandards 为 false，且未启用任何 AWS::SecurityHub::Standard，因此不会检查任何内容。
securityhub-standards = Security Hub 已启用并应用了安全标准。

## dataexchange-export-encrypted

dataexchange-no-export = 该事件操作不导出到 S3。
dataexchange-export-encrypted = 导出内容已加密（{ $type }）。
dataexchange-export-invalid-type = '{ $type }' 不是 S3 服务器端加密类型。
dataexchange-no-bucket = 该导出未指定目标存储桶。

## codepipeline-artifact-store-kms

codepipeline-no-store = 该管道未声明构件存储。
codepipeline-store-no-key = { $store } 未指定 KMS 密钥。AWS 使用 AWS 托管密钥 aws/s3 加密构件，但配置中未声明，因此不能作为审计证据。
codepipeline-store-no-key-trusted = { $store } 未指定 KMS 密钥；由于 AWS 使用 AWS 托管密钥 aws/s3 加密构件，已接受 (trust_aws_defaults)。
codepipeline-all-keys = 每个构件存储都指定了 KMS 密钥。

## acm-certificate-dns-validation

acm-private-ca = 由 AWS Private CA 颁发的私有证书；ACM 无需验证即可续订。
acm-imported = 导入的证书：ACM 不会续订，因此必须监控其到期时间。
acm-dns = DNS 验证：ACM 自动续订证书。
acm-validation-method = ValidationMethod 为 { $method }：续订需等待有人批准电子邮件。
acm-no-validation-method = 没有 ValidationMethod：CloudFormation 默认使用电子邮件验证，因此续订需等待有人批准电子邮件。

## healthlake-datastore-kms

healthlake-datastore-kms-default-missing = 未声明 SseConfiguration
healthlake-datastore-kms-default-does = 使用 AWS 拥有的密钥加密 FHIR 数据存储
healthlake-cmk-type-unknown = CmkType '{ $type }' 不是 phiguard 已知的值。

## kms-key-rotation

kms-aws-managed = AWS 托管密钥：AWS 每年轮换一次，且其轮换无法更改。
kms-asymmetric = 自动轮换仅适用于对称加密密钥；此密钥为 { $spec }。
kms-origin-manual = Origin 为 { $origin } 的密钥无法自动轮换；请手动轮换。
what-automatic-key-rotation = 自动密钥轮换

## workspaces-volume-encryption

workspaces-root-false = 根卷未加密（{ $path } 为 false）。
workspaces-root-not-set = 根卷未加密（未设置 { $path }）。
workspaces-user-false = 用户卷未加密（{ $path } 为 false）。
workspaces-user-not-set = 用户卷未加密（未设置 { $path }）。
workspaces-encrypted = 根卷和用户卷均已加密。

## glacier-vault-tls-only

glacier-no-policy = 该保管库没有访问策略或锁定策略，因此没有任何机制拒绝明文 (HTTP) 请求。
glacier-tls-enforced = 保管库策略拒绝不使用 TLS 的请求。

## qldb-ledger-kms

qldb-ledger-kms-default-missing = 未为该分类账声明加密密钥
qldb-ledger-kms-default-does = 在未指定密钥时使用 AWS 拥有的密钥加密 QLDB 分类账

## qldb-permissions-mode-standard

qldb-permissions-unknown-mode = PermissionsMode '{ $mode }' 不是已知的模式。

## logs-group-retention

logs-retention-audit-trail = 未设置 RetentionInDays，因此事件永不过期；此日志组存储审计日志（CloudTrail 跟踪 { $name } 向其传送日志），可以无限期保留。
logs-retention-audit-flow-log = 未设置 RetentionInDays，因此事件永不过期；此日志组存储审计日志（流日志 { $name } 向其传送日志），可以无限期保留。
logs-retention-audit-name = 未设置 RetentionInDays，因此事件永不过期；此日志组存储审计日志（其名称 { $name } 表明它是审计日志），可以无限期保留。

## globalaccelerator-encrypted-listener

ga-listener-protocol-unknown = 侦听器 '{ $listener }' 的协议未知。
ga-lb-no-listener = 在本次扫描中，'{ $lb }' 在端口 { $port } 上没有侦听器。
ga-ports-too-wide = 端口 { $from }-{ $to } 范围过大，无法逐一判定。
ga-port-not-visible = 端口 { $port } 转发到此处无法看到其协议的终端节点。
ga-port-plain = 侦听器端口 { $port } 转发到 '{ $lb }' 端口 { $target } 上的 { $protocol } 侦听器 '{ $listener }'，因此 PHI 以未加密方式通过加速器。

## kinesis-stream-encryption

kinesis-stream-no-key-id = EncryptionType 为 KMS，但缺少 KeyId；按所写内容无法创建该流。
kinesis-stream-type-unencrypted = EncryptionType 为 { $type }：该流以未加密方式存储记录。

## guardduty-enabled

guardduty-enabled-scope = 账户 { $account } 区域 { $region } 中已启用 GuardDuty。
guardduty-no-detector-scope = 账户 { $account } 区域 { $region } 中未启用 GuardDuty：那里不存在检测器。
what-guardduty = GuardDuty
guardduty-no-detector = 扫描的文件中没有 AWS::GuardDuty::Detector；GuardDuty 按账户和区域启用，因此请检查该账户。

## ecr-repository-encryption

ecr-images-encrypted = 镜像使用 { $type } 加密。
ecr-invalid-type = EncryptionType '{ $type }' 不是 ECR 加密类型。

## codebuild-artifact-encryption

codebuild-encryption-disabled = { $place } 关闭了加密（EncryptionDisabled: true）。
codebuild-no-output = 该项目不生成构件，也不生成 S3 日志。
codebuild-kms-named = 构建输出使用指定的 KMS 密钥加密。

## pinpoint-sms-short-code

pinpoint-sms-disabled = SMS 渠道已禁用。
pinpoint-short-code = SMS 渠道通过专用短代码发送。
pinpoint-no-short-code = SMS 渠道未指定短代码，因此消息从共享号码、长代码号码或发件人 ID 发出。

## inspector-phi-instances

inspector-scans-ec2 = Inspector 会扫描账户 { $account } 区域 { $region } 中的 EC2。
inspector-no-ec2-scan = Amazon Inspector 不扫描账户 { $account } 区域 { $region } 中的 EC2：此 PHI 实例得不到漏洞评估。

## codedeploy-revision-bucket-encrypted

codedeploy-no-s3-revision = 该部署组不从 S3 部署修订。
## unknown-value reasons (outcome.rs unknown_reason, the loaders' reasons)

helper-path-unknown = { $path }：{ $reason }
helper-true-unknown = { $what }：{ $path }：{ $reason }
reason-ref = 引用了“{ $target }”，仅在部署时才能确定。
reason-secret = 来自密钥。
reason-choice = 取决于条件“{ $condition }”，而该条件取决于未设置的参数或变量。
reason-literal-secret = 是一个密钥，其字面默认值已提交到代码库中。
reason-not-literal = 不是字面值。
reason-cfn-param-no-default = 参数“{ $name }”没有默认值；请通过 --param { $name }=VALUE 传入值。
reason-cfn-param-ssm = 参数“{ $name }”在部署时从 SSM 读取。
reason-cfn-import-value = Fn::ImportValue 读取另一个堆栈的导出值。
reason-cfn-get-azs = Fn::GetAZs 仅在部署时才能确定。
reason-cfn-notification-arns = AWS::NotificationARNs 仅在部署时才能确定。
reason-cfn-dynamic-reference = 动态引用在部署时解析。
reason-cfn-cidr = 不对 Fn::Cidr 求值。
reason-cfn-unset-condition = 条件取决于未设置的参数。
reason-tf-var-no-value = 来自变量“{ $name }”，该变量没有默认值，也未指定值（--var, --var-file）。
reason-tf-no-variable = 无效的表达式：未声明变量“{ $name }”。
reason-tf-no-resource = 无效的表达式：未声明资源“{ $name }”。
reason-tf-after-apply = 仅在 apply 之后才能确定（{ $name }）。

## apigateway-cache-encrypted

apigateway-cache-no-stage-settings = 该部署未描述任何阶段设置。
apigateway-cache-api = 缓存设置由 API 的阶段承载。
apigateway-cache-no-cluster = 该阶段没有缓存集群。
apigateway-cache-unencrypted = 该阶段缓存响应，但 CacheDataEncrypted 为 false。
apigateway-cache-encryption-absent = 该阶段缓存响应，但未设置 CacheDataEncrypted，因此缓存未加密。
apigateway-cache-default-unencrypted = 该阶段有缓存集群，默认缓存 GET 方法，而没有任何阶段级设置（ResourcePath /*、HttpMethod *）设置 CacheDataEncrypted，因此缓存未加密。
apigateway-cache-override-unencrypted = 某个方法覆盖在 CacheDataEncrypted 为 false 的情况下缓存响应。
apigateway-cache-override-inherits = 某个方法覆盖在没有自身 CacheDataEncrypted 的情况下缓存响应；无法从模板判断它是否继承阶段级设置。
apigateway-cache-override-absent = 某个方法覆盖在没有 CacheDataEncrypted 的情况下缓存响应。
apigateway-cache-encrypted = 缓存数据在整个阶段范围内加密。
apigateway-cache-no-method = 没有方法缓存响应。

## apigateway-domain-tls12

apigateway-tls-policy-strong = 安全策略 { $policy } 拒绝低于 1.2 的 TLS。
apigateway-tls-policy-weak = 安全策略 { $policy } 接受 TLS 1.0 和 1.1。
apigateway-tls-policy-unknown = 安全策略“{ $policy }”不是 phiguard 已知的策略。
apigateway-tls-policy-absent = 未设置 SecurityPolicy；REST API 自定义域默认使用 TLS_1_0，它接受 TLS 1.0 和 1.1。
apigateway-tls-no-configuration = 未写入域名配置；API Gateway V2 域名默认使用 TLS_1_2。
apigateway-tls-v2-default = 未写入 SecurityPolicy；API Gateway V2 域名默认使用 TLS_1_2。

## apigateway-logging

apigateway-logging-access = 访问日志发送到 CloudWatch。
apigateway-logging-execution = 级别为 { $level } 的执行日志发送到 CloudWatch。
apigateway-logging-no-stage = 该部署未创建阶段。
apigateway-logging-deployment-none = 该部署创建的阶段既没有访问日志记录，也没有执行日志记录。
apigateway-logging-api = 日志记录设置由 API 的阶段承载。
apigateway-logging-off = 该阶段既不写入访问日志也不写入执行日志，因此对 API 的调用不会留下审计记录。

## apigateway-method-authorization

apigateway-auth-options-method = OPTIONS（CORS 预检）方法不承载数据。
apigateway-auth-mock = MOCK 集成返回固定响应，不会到达任何后端。
apigateway-auth-absent = 未设置 AuthorizationType，因此默认为 NONE：任何能访问该端点的人都可以调用它。
apigateway-auth-absent-api-key = 未设置 AuthorizationType，因此默认为 NONE：任何能访问该端点的人都可以调用它。虽然要求 API 密钥，但 API 密钥并不是授权机制。
apigateway-auth-none = AuthorizationType 为 NONE：任何能访问该端点的人都可以调用它。
apigateway-auth-none-api-key = AuthorizationType 为 NONE：任何能访问该端点的人都可以调用它。虽然要求 API 密钥，但 API 密钥并不是授权机制。
apigateway-auth-type = 调用方通过 { $type } 进行授权。
apigateway-auth-options-route = OPTIONS（CORS 预检）路由不承载数据。
apigateway-auth-default-route = $default 路由的 API 不在扫描范围内，因此无法确定它是否为 WebSocket 路由（WebSocket 路由无法附加授权方）。
apigateway-auth-websocket-route = $connect 以外的 WebSocket 路由在建立连接时进行授权。

## apigateway-no-data-trace

apigateway-trace-no-stage = 此处未定义阶段设置。
apigateway-trace-on = { $path } 为 true：完整的请求和响应正文（连同其中的任何 PHI）都会写入 CloudWatch Logs。
apigateway-trace-off = 数据跟踪已关闭（DataTraceEnabled 不为 true）。

## dms-endpoint-ssl

dms-endpoint-no-engine = 该端点未指定引擎。
dms-ssl-https = { $engine } 端点使用该服务的 HTTPS API。
dms-ssl-kafka-plaintext = Kafka 端点以明文连接。
dms-ssl-kafka-protocol = Kafka 端点使用 { $protocol } 连接。
dms-ssl-kafka-absent = 没有 SecurityProtocol：DMS 以明文连接到 Kafka 代理。
dms-ssl-not-judged = 不判定 { $engine } 端点的 SSL 设置。
dms-ssl-none = SslMode 为 none：{ $engine } 连接以明文传输 PHI。
dms-ssl-on = { $engine } 连接使用 SSL ({ $mode })。
dms-ssl-absent = 未设置 SslMode；DMS 默认不使用 SSL 连接到 { $engine }。

## dms-kms-key

dms-kms-key-serverless = 指定的 KMS 密钥加密无服务器复制的存储。
dms-kms-key-endpoint = 指定的 KMS 密钥加密端点的连接设置。
dms-kms-key-instance = 指定的 KMS 密钥加密复制实例的存储。
dms-kms-key-default-missing-serverless = 未为无服务器复制的存储指定 KMS 密钥
dms-kms-key-default-missing-endpoint = 未为端点的连接设置指定 KMS 密钥
dms-kms-key-default-missing-instance = 未为复制实例的存储指定 KMS 密钥
dms-kms-key-default-does = 使用 AWS 托管密钥 aws/dms 对其加密

## dms-replication-instance-private

dms-instance-private = 该复制实例只有私有地址。
dms-instance-public = 该复制实例可公开访问。
dms-instance-public-absent = 未设置 PubliclyAccessible；DMS 默认使复制实例可公开访问。

## dms-target-encrypted

dms-target-db-encrypted = 目标“{ $target }”加密其存储。
dms-target-db-unencrypted = 目标“{ $target }”未加密其存储（{ $path } 不为 true）。
dms-target-source-endpoint = 源端点。
dms-target-s3-mode = DMS 使用 { $mode } 写入目标文件。
dms-target-s3-mode-unknown = EncryptionMode“{ $mode }”不是已知的模式。
dms-target-dynamodb = DynamoDB 加密每个表；由表的规则判定密钥。
dms-target-no-server = { $engine } 目标未指定服务器（可能来自密钥）。
dms-target-outside = 目标“{ $target }”未在本次扫描中定义；请在管理它的地方检查其加密。
dms-target-other = 目标服务器指向“{ $target }”，这是一个 { $kind } 类型的资源。

## judge: policy.rs

policy-plaintext-no-deny = 没有任何语句拒绝 aws:SecureTransport 为 false 的请求
policy-plaintext-not-principal = 针对 aws:SecureTransport 的 Deny 使用了 NotPrincipal，因此豁免了部分委托人
policy-plaintext-some-principals = 针对 aws:SecureTransport 的 Deny 指定了特定委托人，而不是 '*'

## sqs-queue-tls-only

sqs-tls-not-enforced = 队列策略未拒绝明文请求：{ $gap }。
sqs-tls-actions-uncovered = 队列策略未拒绝明文请求：针对 aws:SecureTransport 的 Deny 未涵盖 { $actions }。

## glacier-vault-tls-only

glacier-tls-not-enforced = 保管库策略未拒绝明文请求：{ $gap }。
glacier-tls-actions-uncovered = 保管库策略未拒绝明文请求：针对 aws:SecureTransport 的 Deny 未涵盖 { $actions }。

## ec2-cleartext-ingress

ec2-cleartext-protocol-unresolvable = 无法解析 IpProtocol。
ec2-cleartext-ports-unresolvable = 无法解析该规则的端口。
ec2-cleartext-group-verdict = 由安全组 '{ $group }' 承载判定。
ec2-cleartext-load-balancer = 该组保护负载均衡器 '{ $balancer }'，其侦听器决定提供哪些协议 (由负载均衡器规则判定)。
ec2-cleartext-open = 互联网 (0.0.0.0/0 或 ::/0) 可能访问明文服务：{ $services }
ec2-cleartext-none = 没有明文协议向互联网开放。

## judge: block_devices.rs (ec2-instance-ebs-encrypted, ec2-launch-template-ebs-encrypted, ec2-launch-configuration-ebs-encrypted)

block-devices-false = 未加密的 EBS 卷 — { $device }：Encrypted 为 false。
block-devices-absent = 未加密的 EBS 卷 — { $device }：未设置 Encrypted，因此除非账户开启了 EBS 默认加密，否则新卷不会加密。
block-devices-snapshot = 无法判定 EBS 加密 — { $device }：从 SnapshotId 恢复且未设置 Encrypted：它沿用快照的加密。
block-devices-encrypted = 声明的 EBS 卷 { $devices } 已加密。
block-devices-encrypted-root = 声明的 EBS 卷 { $devices } 已加密；根卷 { $root } 沿用 AMI 快照的加密。
block-devices-root-unset = 根卷 { $device } 未设置 Encrypted：根卷的加密取决于 AMI 的快照和账户的 EBS 默认加密设置，而模板均未体现；请在根设备映射上设置 Ebs.Encrypted: true，使其成为证据。
block-devices-no-mapping = 该{ $kind ->
        [launch-template] 启动模板
        [launch-configuration] 启动配置
       *[instance] 实例
    }未声明 EBS 块设备映射：根卷的加密取决于 AMI 的快照和账户的 EBS 默认加密设置，而模板均未体现；请在根设备映射上设置 Ebs.Encrypted: true，使其成为证据。

## firehose-destination-encrypted

firehose-dest-kms = 该流使用 KMS 加密其写入 S3 的数据。
firehose-dest-https = HTTP 终端节点为 https://。
firehose-dest-not-https = HTTP 终端节点 { $url } 不是 https://。
firehose-dest-none = 没有 S3 或 HTTP 终端节点目标 (其他目标由各自的规则判定)。

## firehose-encryption

firehose-encryption-none = Direct PUT 流未声明服务器端加密。
firehose-encryption-sse = 使用 { $key } 的服务器端加密。
firehose-encryption-source-kms = 源流 '{ $stream }' 已使用 KMS 加密。
firehose-encryption-source-none = 源流 '{ $stream }' 没有服务器端加密。
firehose-encryption-source-not-stream = 源 '{ $source }' 不是 Kinesis 流。
firehose-encryption-source-outside = 源流 { $stream } 不在扫描范围内。
firehose-encryption-source-unnamed = 未指定源流。
firehose-encryption-other-source = 该源 ({ $source }) 由其自身服务的规则判定。

## firehose-error-logging

firehose-logging-no-destination = 未写入目标配置。
firehose-logging-on = 传输错误记录到 CloudWatch Logs。
firehose-logging-disabled = 该目标的错误日志记录已禁用。
firehose-logging-absent = 该目标未启用 CloudWatch 错误日志记录。

## comprehend-data-access-scope, comprehend-role-confused-deputy

comprehend-not-trusted = 该角色不受 Comprehend 信任。

## comprehend-data-access-scope

comprehend-scope-inline = 内联策略允许对所有存储桶执行 S3 操作 (Resource "*")。
comprehend-scope-managed = 托管策略 '{ $policy }' 允许对所有存储桶执行 S3 操作。
comprehend-scope-aws-managed = AWS 托管策略 { $policy } 授予对所有存储桶的 S3 访问权限。
comprehend-scope-outside = 托管策略 { $policy } 不在扫描范围内。
comprehend-scope-attached = 附加到该角色的策略 '{ $policy }' 允许对所有存储桶执行 S3 操作。
comprehend-scope-specific = 该角色的 S3 权限指定了具体的存储桶。

## comprehend-input-bucket-encrypted

comprehend-input-none = 未写入输入位置。

## comprehend-kms

comprehend-kms-declared = 已为作业卷、模型和输出声明 KMS 密钥。
comprehend-kms-default-trusted = 未为 { $paths } 声明 KMS 密钥；由于 AWS 使用 Comprehend 管理的密钥加密这些内容，因此予以接受 (trust_aws_defaults)。
comprehend-kms-default-fail = 未为 { $paths } 声明 KMS 密钥。AWS 使用 Comprehend 管理的密钥加密这些内容，但配置中未声明，因此不能作为审计证据。

## comprehend-role-confused-deputy

comprehend-trust-none = 未写入信任策略。
comprehend-trust-unreadable = 信任策略不是可读取的策略文档。
comprehend-trust-unscoped = 该角色信任 Comprehend 但没有 aws:SourceArn 或 aws:SourceAccount 条件，因此其他账户中的作业可能让 Comprehend 使用该角色。
comprehend-trust-scoped = 对 Comprehend 的信任受 aws:SourceArn 或 aws:SourceAccount 限制。

## comprehend-vpc

comprehend-vpc-absent = 没有 VpcConfig：作业在客户的 VPC 之外运行。
comprehend-vpc-set = 作业在客户的 VPC 中运行。
comprehend-vpc-no-subnets = VpcConfig 未指定子网。

## vpc-flow-logs: a flow log of part of the traffic

vpc-flow-logs-partial = 流日志 '{ $log }' 仅记录 { $traffic } 流量；审计跟踪需要 ALL。
vpc-flow-logs-partial-unset = 流日志 '{ $log }' 未设置 TrafficType，仅记录部分流量；审计跟踪需要 ALL。

## vpc-security-group-open-ingress

vpc-sg-all-open = 所有协议和端口都向 { $cidr } 开放。
vpc-sg-all-ports = 所有 { $protocol } 端口都向 { $cidr } 开放。
vpc-sg-port = { $protocol } 端口 { $port } 向 { $cidr } 开放。
vpc-sg-ports = { $protocol } 端口 { $from }-{ $to } 向 { $cidr } 开放。
vpc-sg-unjudged-not-written = 无法判定入站规则：未写入 { $key }。
vpc-sg-no-rules = 该安全组没有入站规则。
vpc-sg-web-only = 没有入站规则向互联网开放 80/443 以外的端口。

## ebs-encryption-by-default. `region` is the region's name or the message ebs-this-region.

ebs-this-region = 此区域
ebs-default-on = { $region } 中的新 EBS 卷默认加密。
ebs-default-on-key = { $region } 中的新 EBS 卷默认加密 (密钥 { $key })。
ebs-default-off = { $region } 中的 EBS 默认加密已关闭：未设置 Encrypted 而创建的卷以明文存储 PHI。
ebs-default-not-collected = 未收集 { $region } 中的 EbsEncryptionByDefault (ec2:GetEbsEncryptionByDefault)。

## ebs-volume-encrypted

ebs-volume-from-snapshot = 该卷从 SnapshotId 恢复且未设置 Encrypted：它沿用快照的加密，而模板未体现这一点。
ebs-volume-encrypted-absent = 未设置 Encrypted：除非账户开启了 EBS 默认加密，否则该卷不加密，而配置未体现这一点。

## efs-file-system-encrypted

efs-encrypted-absent = 未设置 Encrypted；CloudFormation 默认创建未加密的 EFS 文件系统。

## efs-tls-required

efs-tls-no-policy = 没有文件系统策略：客户端可以不使用 TLS 挂载，并通过 NFS 以明文传输 PHI。
efs-tls-unreadable = 文件系统策略不是可读取的策略文档。
efs-tls-denied = 文件系统策略拒绝不使用 TLS 的访问。
efs-tls-allow-only = 文件系统策略仅允许通过 TLS 的客户端访问。
efs-tls-not-denied = 文件系统策略未拒绝不使用 TLS 的访问 (没有针对 aws:SecureTransport false 的 Deny)。

## ec2-instance-ebs-encrypted

ec2-instance-ebs-from-template = 该实例从其启动模板获取块设备，由启动模板承载判定。

## cloudtrail-records-api-calls: one region not recorded

cloudtrail-api-calls-uncovered = 在账户 { $account } 中，并非所有 API 调用都由正在记录日志的跟踪记录：区域 { $region }：没有跟踪覆盖该区域。
cloudtrail-api-calls-stopped = 在账户 { $account } 中，并非所有 API 调用都由正在记录日志的跟踪记录：区域 { $region }：跟踪 { $trail } 未在记录日志。

## cloudtrail-phi-bucket-data-events: one trail's status not collected

cloudtrail-phi-bucket-not-collected = 无法确定是否有跟踪记录该存储桶的对象事件：跟踪 { $trail }：未收集 IsLogging。

## ec2-instance-ebs-encrypted: volumes attached through Volumes

ec2-instance-ebs-encrypted-attached = 声明的 EBS 卷 { $devices } 已加密 (通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定)。
ec2-instance-ebs-encrypted-root-attached = 声明的 EBS 卷 { $devices } 已加密；根卷 { $root } 沿用 AMI 快照的加密 (通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定)。
ec2-instance-ebs-snapshot-attached = 无法判定 EBS 加密 — { $device }：从 SnapshotId 恢复且未设置 Encrypted：它沿用快照的加密 (通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定)。
ec2-instance-ebs-root-unset-attached = 根卷 { $device } 未设置 Encrypted：根卷的加密取决于 AMI 的快照和账户的 EBS 默认加密设置，而模板均未体现；请在根设备映射上设置 Ebs.Encrypted: true，使其成为证据 (通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定)。
ec2-instance-ebs-no-mapping-attached = 该实例未声明 EBS 块设备映射：根卷的加密取决于 AMI 的快照和账户的 EBS 默认加密设置，而模板均未体现；请在根设备映射上设置 Ebs.Encrypted: true，使其成为证据 (通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定)。

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }' 未声明默认加密；由于 AWS 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象，已接受 (trust_aws_defaults)。
bucket-role-default-fail = { $role } '{ $bucket }' 未声明默认加密。AWS 自 2023 年 1 月起使用 SSE-S3 加密新的 S3 对象，但配置中未声明，因此不能作为审计证据。
## judge: phi_scan.rs

phi-scan-holds = { $path } 中的值疑似{ $kind }：{ $masked }。
phi-scan-holds-key = { $path }（键“{ $key }”）中的值疑似{ $kind }：{ $masked }。
phi-scan-unchecked = 无法在部署前检查 { $path } 是否包含 PHI：{ $reason }
phi-scan-unchecked-one-more = 无法在部署前检查 { $path }（及另外 1 个字段）是否包含 PHI：{ $reason }
phi-scan-unchecked-more = 无法在部署前检查 { $path }（及另外 { $count } 个字段）是否包含 PHI：{ $reason }
phi-scan-nothing-set = 未设置需要检查的名称、标签或自由格式字段。
phi-scan-clean = { $fields } 中没有疑似 PHI 的值。

## judge: phi_detect.rs

phi-kind-ssn = 美国社会安全号码
phi-kind-mbi = Medicare 受益人标识符（Medicare Beneficiary Identifier）
phi-kind-npi = 国家医疗服务提供者标识符（National Provider Identifier）
phi-kind-record-number = 病历号或患者 ID
phi-kind-birth-date = 出生日期
phi-kind-email = 个人电子邮件地址
phi-kind-phone = 电话号码
phi-kind-patient-name = 患者姓名
phi-kind-custom = 与模式“{ $name }”匹配的内容

## appmesh-no-phi-in-names

appmesh-no-phi-in-names-why = App Mesh 的名称和属性不受保护，会分发到网格中的每个 Envoy 代理。

## autoscaling-no-phi-in-names

autoscaling-no-phi-in-names-why = Auto Scaling 名称是自由格式字段，会记录到诊断日志中。

## batch-no-phi-in-definitions

batch-no-phi-in-definitions-why = Batch 作业定义、队列和标签未加密，任何有权查看作业详情的人都能看到。

## cloudformation-no-phi-in-template

cloudformation-no-phi-in-template-why = 模板文本、参数值、输出和堆栈标签在源代码管理、S3 和 CloudFormation 控制台中均为明文。

## cloudwatch-no-phi

cloudwatch-no-phi-why = CloudWatch 指标和警报不是 PHI 存储：名称、维度和描述会进入通知、控制面板和第三方工具。

## comprehend-no-phi-in-names

comprehend-no-phi-in-names-why = Comprehend 名称和标签是自由格式字段，不像文档内容那样受到保护。

## connect-no-phi-in-admin-fields

connect-no-phi-in-admin-fields-why = Connect 管理字段和 Customer Profiles 键不像联系人内容和配置文件内容那样加密。

## beanstalk-no-phi-in-names

beanstalk-no-phi-in-names-why = Elastic Beanstalk 的名称、描述和环境属性未加密，会显示在控制台和 API 结果中。

## not-for-phi-service

not-for-phi-service-why = 此服务不得存储、传输或处理 PHI；整个组织的管理员都可以读取其配置。

## events-no-phi

events-no-phi-why = PHI 不得流入 CloudWatch Events/EventBridge：规则定义、模式和固定的目标输入都是许多主体都能读取的配置。

## iot-no-phi-in-topics

iot-no-phi-in-topics-why = 事物名称、属性和 MQTT 主题名称不是加密的有效载荷：它们会出现在注册表、日志以及按主题路由的每条消息中。

## kms-no-phi-in-metadata

kms-no-phi-in-metadata-why = KMS 密钥元数据未加密，会显示在控制台、ListKeys/ListAliases 结果和 CloudTrail 中。

## macie-no-phi-in-config

macie-no-phi-in-config-why = Macie 设置属于配置，每个 Macie 管理员都可以读取，不是存放 PHI 的地方。

## metadata-no-phi-in-tags

metadata-no-phi-in-tags-why = 名称、标签和描述未加密：它们会出现在 ARN、URL、CloudWatch 指标、标记 API、Cost Explorer、Config 和 CloudTrail 中。

## rekognition-no-phi-in-ids

rekognition-no-phi-in-ids-why = Rekognition 标识符未加密，会出现在 API 结果和 CloudTrail 中。

## route53-no-phi-in-names

route53-no-phi-in-names-why = Route 53 的名称、记录和标签未加密，而且 DNS 名称是公开的，会被解析器记录。

## s3-no-phi-in-names

s3-no-phi-in-names-why = 存储桶名称、对象键和前缀不受 SSE 或客户端加密保护，会出现在 URL、访问日志、CloudTrail 和 S3 事件通知中。

## servicecatalog-no-phi

servicecatalog-no-phi-why = Service Catalog 不能用于存储、传输或处理 PHI；其元数据会显示给产品组合的每个用户。

## cloudmap-no-phi-in-names

cloudmap-no-phi-in-names-why = Cloud Map 的名称和属性不受保护，会返回给每个发现该服务的客户端。

## ssm-no-phi-in-identifiers

ssm-no-phi-in-identifiers-why = Systems Manager 标识符和普通 String 参数未加密，会出现在控制台、API 结果和 CloudTrail 中。

## stepfunctions-no-phi

stepfunctions-no-phi-why = Step Functions 不得存储、传输或处理 PHI；定义、名称和标签在控制台、API 结果和执行历史记录中均为明文。
## judge: reference.rs (reasons)

reason-ref-not-in-scan = 引用了“{ $target }”，但它不在本次扫描范围内。
reason-built-at-deploy = “{ $name }”由仅在部署时才能确定的值构成。
reason-name-empty = 名称为空。

## rds-oracle-encryption-in-transit (unresolved)

rds-oracle-server-unresolved = 无法解析选项组“{ $group }”中的 SQLNET.ENCRYPTION_SERVER：{ $reason }

## rds-sqlserver-audit (unresolved)

rds-sqlserver-audit-unresolved = 无法解析参数组“{ $group }”中的 rds.sqlserver_audit：{ $reason }

## rds-tls-enforced (unresolved)

rds-tls-param-unresolved = { $engine }：无法解析参数组“{ $group }”中的 { $parameter }：{ $reason }

## judge: rds_settings.rs (unreadable)

rds-option-configurations-unreadable = 选项组的 OptionConfigurations：{ $reason }
rds-option-name-unreadable = 选项组中的某个选项名称：{ $reason }

## judge: inherited.rs (unreadable)

inherited-source-unreadable = 加密继承自 { $path }，但无法读取其值：{ $reason }
inherited-unresolved-ignored = 加密继承自 { $path }，但无法读取其值：{ $reason }恢复或复制时会忽略 { $flag }。
inherited-source-flag-unreadable = 加密继承自 { $source }，但无法读取其 { $flag }：{ $reason }

## dms-target-encrypted (unreadable)

dms-target-flag-unreadable = 目标的 { $path }：{ $reason }
dms-target-server-unreadable = 目标服务器：{ $reason }
dms-target-server-unresolved = 无法解析目标服务器：{ $reason }

## glue-job-encryption (unreadable)

glue-job-sc-s3-unreadable = 安全配置 '{ $configuration }' 的 S3 加密：{ $reason }
glue-job-sc-unresolved = 无法解析安全配置：{ $reason }

## ssm-output-encrypted (unreadable)

ssm-output-bucket-unreadable = 输出存储桶：{ $reason }
ssm-output-content-unreadable = 文档内容：{ $reason }

## ssm-parameter-secure-string (unreadable)

ssm-parameter-value-unreadable = '{ $name }' 的值：{ $reason }

## dynamodb-point-in-time-recovery (unreadable)

dynamodb-pitr-replica-unreadable = 副本 { $region }：{ $path }：{ $reason }

## sagemaker-endpoint-kms (unreadable)

sagemaker-endpoint-instance-type-unreadable = 没有 KmsKeyId，且无法读取某个变体的 InstanceType：{ $reason }

## sagemaker-job-output-kms (unreadable)

sagemaker-pipeline-definition-unreadable = 管道定义：{ $reason }

## redshift-require-ssl (unresolved)

redshift-ssl-unresolved = 无法解析参数组 '{ $group }' 中的 require_ssl：{ $reason }

## msk-broker-logs (unreadable)

msk-broker-logs-unreadable = 无法确定代理日志是否传送到 { $destination }：{ $reason }

## opsworks-no-plaintext-secrets (unreadable)

opsworks-env-secure-unreadable = { $key } 的 Secure：{ $reason }

## stepfunctions-logging-no-data (unreadable)

stepfunctions-group-key-unreadable = 日志组 '{ $group }' 的 KmsKeyId：{ $reason }

## kinesisanalytics (unreadable)

kinesisanalytics-input-unresolved = 某个输入流：{ $reason }
kinesisanalytics-stream-encryption-unreadable = 流 '{ $stream }' 的加密：{ $reason }
kinesisanalytics-logging-maybe-unreadable = 日志记录选项 '{ $option }' 可能属于此应用程序：其 ApplicationName：{ $reason }

## fargate-efs-transit-encryption (unreadable)

fargate-efs-transit-unreadable = '{ $volume }' 的 TransitEncryption：{ $reason }

## emr (unreadable)

emr-at-rest-unreadable = '{ $configuration }' 中的 EnableAtRestEncryption：{ $reason }
emr-in-transit-unreadable = '{ $configuration }' 中的 EnableInTransitEncryption：{ $reason }
emr-security-configuration-value-unreadable = 安全配置 '{ $configuration }'：{ $reason }

## judge: reference.rs (reason not-string)

reason-not-string = 不是字符串。

## cloudfront-s3-origin-encrypted (unreadable)

cloudfront-origin-domain-unreadable = S3 源的域名：{ $reason }

## neptune (unresolved)

neptune-group-unresolved = 无法解析参数组：{ $reason }

## judge: endpoint_url.rs (unreadable)

endpoint-url-unreadable = { $name } 中的端点：{ $reason }

## sqs-queue-encryption (declared key)

sqs-queue-encryption-kms-declared = 消息使用 KMS 密钥加密：已声明 KmsMasterKeyId（其值：{ $reason }）

## secretsmanager-no-plaintext-passwords (unreadable)

secretsmanager-password-unreadable = { $path }：{ $reason }没有 NoEcho 的参数会在堆栈的参数中显示其值。

## ses-event-destination (unreadable)

ses-event-destination-maybe = 事件目标 '{ $destination }' 可能属于此配置集：{ $reason }
ses-event-destination-maybe-enabled = 事件目标 '{ $destination }' 可能属于此配置集：其 Enabled：{ $reason }

## iot-policy-no-wildcard (unreadable)

iot-policy-action-unreadable = 无法判断该策略是否授予全部权限：某个 Action：{ $reason }
iot-policy-resource-unreadable = 无法判断该策略是否授予全部权限：某个 Resource：{ $reason }

## databrew-dataset-ssl (unreadable)

databrew-connection-unreadable = Glue 连接：{ $reason }
databrew-connection-unresolved = 无法解析 Glue 连接：{ $reason }

## vmie-bucket-encrypted (unreadable)

vmie-bucket-encryption-unreadable = 存储桶的默认加密：{ $reason }
vmie-bucket-unresolved = 无法解析某个 VM Import/Export 存储桶：{ $reason }

## macie-job-bucket-encryption (unreadable)

macie-job-buckets-unreadable = 作业的存储桶：{ $reason }
macie-job-bucket-encryption-unreadable = '{ $bucket }' 的加密：{ $reason }
macie-job-bucket-unresolved = 作业的存储桶：{ $reason }

## datasync-s3-location-encrypted (unreadable)

datasync-bucket-unreadable = 存储桶：{ $reason }

## appmesh-listener-tls (unreadable)

appmesh-tls-mode-unreadable = TLS 模式：{ $reason }

## ses-receipt-s3-kms (unreadable)

ses-s3action-unreadable = 某个 S3Action：{ $reason }

## dataexchange-export-encrypted (unreadable)

dataexchange-bucket-unreadable = 目标存储桶：{ $reason }

## inspector (unreadable)

inspector-resource-types-unreadable = Inspector 的 ResourceTypes：{ $reason }

## codedeploy-revision-bucket-encrypted (unreadable)

codedeploy-revision-bucket-unreadable = 修订版存储桶：{ $reason }

## judge: policy.rs (undecided plaintext deny)

policy-plaintext-narrowed = 针对 aws:SecureTransport 的 Deny 还带有缩小其范围的其他条件。
policy-plaintext-resource-unmatched = 无法判断 Deny 的 Resource 是否对应此资源。
policy-plaintext-unknown-statements = 策略的语句：{ $reason }
policy-plaintext-unknown-effect = 某条语句的 Effect：{ $reason }
policy-plaintext-unknown-condition = 某条 Deny 语句的 Condition：{ $reason }
policy-plaintext-unknown-clause = 某条 Deny 语句的条件：{ $reason }
policy-plaintext-unknown-secure-transport = aws:SecureTransport：{ $reason }
policy-plaintext-unknown-principal = Deny 的 Principal：{ $reason }
policy-plaintext-unknown-action = Deny 的 Action：{ $reason }
policy-plaintext-unknown-not-action = Deny 的 NotAction：{ $reason }
policy-plaintext-unknown-resource = Deny 的 Resource：{ $reason }

## sqs-queue-tls-only (undecided)

sqs-tls-unknown = 无法判断是否拒绝明文请求：{ $reason }
sqs-tls-policy-of = '{ $policy }' 的策略：{ $reason }

## glacier-vault-tls-only (undecided)

glacier-tls-unknown = 无法判断是否拒绝明文请求：{ $reason }
glacier-tls-vault-policy = 保管库策略：{ $reason }

## sagemaker-job-output-kms (pipeline steps)

sagemaker-pipeline-default-missing = 未为 { $steps } 指定输出 KMS 密钥
sagemaker-pipeline-default-does = 使用账户的 AWS 托管 S3 密钥加密这些输出
sagemaker-pipeline-step = { $type } 步骤 '{ $name }'
sagemaker-pipeline-step-and = { $type } 步骤 '{ $name }'、{ $rest }

## judge: policy.rs (unresolved statements)

policy-unresolved-document = 策略文档：{ $reason }
policy-unresolved-statement = 某条语句：{ $reason }
policy-unresolved-statement-field = Statement：{ $reason }
reason-not-policy-document = 不是策略文档。

## iot-policy-no-wildcard (statements)

iot-policy-statements-unreadable = 语句：{ $reason }
reason-cfn-get-att-not-resource = 对“{ $name }”的 Fn::GetAtt，而“{ $name }”在此处不是资源。

## judge: declared_key.rs

declared-key-none = 未声明 KMS 密钥（{ $path }）
declared-key-empty = { $path } 为空
fsx-kms-aws-does = 使用 AWS 托管密钥 aws/fsx 加密文件系统
lambda-environment-kms-aws-does = 使用 AWS 托管密钥 aws/lambda 加密环境变量
kinesisvideo-stream-kms-aws-does = 使用 AWS 托管密钥 aws/kinesisvideo 加密存储的媒体
forecast-dataset-kms-aws-does = 使用 Forecast 管理的密钥加密数据集
appflow-flow-kms-aws-does = 使用 AppFlow 管理的密钥 aws/appflow 加密流数据

## judge: backup.rs

backup-covers-undecided = 无法判定其是否已备份：{ $why }
backup-why-pattern = 模式 { $pattern } 可能与 { $store } 的名称匹配，而该名称在部署时生成。
backup-why-tag-value = 标签 { $key } 的值仅在部署时才能确定。
backup-why-tags-entry = 某个 ListOfTags 条目仅在部署时才能确定。
backup-why-target-tags-entry = { $policy } 的某个 TargetTags 条目仅在部署时才能确定。

## judge: engine.rs

engine-same-verdict = { $message }（条件“{ $condition }”取决于未设置的参数或变量，但其任何取值下的判定结果都相同。）
engine-depends-on-condition = 取决于条件“{ $condition }”，而该条件取决于未设置的参数或变量：当 { $condition } 为 true 时：{ $verdict-on }（{ $on }）；当 { $condition } 为 false 时：{ $verdict-off }（{ $off }）
engine-verdict-pass = 合规
engine-verdict-fail = 不合规
engine-verdict-unknown = 无法判定
engine-verdict-not-applicable = 不适用

## eligibility-phi-in-eligible-service: services outside the scan

eligibility-hop-unknown-service = { $kind } { $name } 通过 { $via } 向 AWS 服务 '{ $prefix }'（本次扫描范围之外）发送 PHI；phiguard 不知道 IAM 前缀 '{ $prefix }' 属于哪个服务：请对照 spec/eligible-services.yaml 和 AWS 最新的 HIPAA Eligible Services Reference 进行核实。
eligibility-hop-unlisted = { $kind } { $name } 通过 { $via } 向 { $service }（本次扫描范围之外）发送 PHI，而 { $service } 不是符合 HIPAA 资格的服务（不在 spec/eligible-services.yaml 的任何列表中）：BAA 不涵盖其中的 PHI。
eligibility-hop-eligible = { $kind } { $name } 通过 { $via } 向 { $service }（本次扫描范围之外）发送 PHI；{ $service } 符合 HIPAA 资格（白皮书：{ $listed }）。
eligibility-hop-supporting = { $kind } { $name } 通过 { $via } 向 { $service }（本次扫描范围之外）发送 PHI；{ $listed } 在白皮书中没有单独的章节：请对照最新的 HIPAA Eligible Services Reference 进行核实。
eligibility-hop-not-in-whitepaper = { $kind } { $name } 通过 { $via } 向 { $service }（本次扫描范围之外）发送 PHI；白皮书未涵盖 { $listed }（spec/eligible-services.yaml）：请对照最新的 HIPAA Eligible Services Reference 进行核实。

## judge: policy.rs (transport gaps)

s3-tls-partial = 存储桶策略 { $policies } 并未拒绝所有未使用 TLS 的请求：{ $gap }。
policy-transport-old-tls-only = 它只拒绝低于最低版本的 TLS（s3:TlsVersion）；纯 HTTP 请求不带 TLS 版本，因此不会被拒绝——请添加 Bool aws:SecureTransport=false 的 Deny
policy-transport-some-principals = 针对 aws:SecureTransport 的 Deny 指定了特定委托人（或通过 NotPrincipal 排除了部分委托人），因此其他调用方仍可使用纯 HTTP
policy-transport-actions = 针对 aws:SecureTransport 的 Deny 未涵盖 { $actions }

## judge: live.rs

live-collected-at-invalid = 清单的 collected_at 不是 RFC 3339 格式的时间，因此无法计算时长。
live-no-collection-time = 本次扫描没有收集时间，因此无法计算时长。
config-recorder-live-none = AWS Config 未在账户 { $account } 区域 { $region } 中记录：该处不存在配置记录器。

## judge: endpoint_url.rs

endpoint-url-unresolved = { $name } 中的端点：{ $reason }

## loader reasons (Terraform dynamic blocks)

reason-tf-dynamic-var-no-value = 由 dynamic 块生成，其 for_each 来自变量“{ $name }”，该变量没有默认值，也未指定值（--var, --var-file）。
reason-tf-dynamic-after-apply = 由 dynamic 块生成，其 for_each 仅在 apply 之后才能确定（{ $name }）。

## loader reasons (live collections)

reason-live-refused-because = { $action } 被拒绝（{ $error }）。
reason-live-refused = { $action } 被拒绝。

## s3-bucket-tls-only: undecided policies

s3-tls-unevaluable = 无法评估存储桶策略：{ $why }
s3-tls-undecided = 无法判定存储桶策略是否拒绝未使用 TLS 的请求：{ $why }
s3-tls-maybe-policy = 存储桶策略 { $policy } 可能适用于此存储桶，但无法判定其 Bucket：{ $reason }

## loader reasons (CloudFormation intrinsics, Terraform expressions)

reason-cfn-getatt-not-resource = 对“{ $name }”的 Fn::GetAtt，但“{ $name }”在此处不是资源。
reason-cfn-getatt-malformed = Fn::GetAtt 格式错误。
reason-cfn-select-out-of-range = Fn::Select 的索引 { $index } 超出范围。
reason-cfn-select-deploy-time = 对仅在部署时才能确定的值执行 Fn::Select。
reason-cfn-split-deploy-time = 对仅在部署时才能确定的值执行 Fn::Split。
reason-cfn-length-deploy-time = 对仅在部署时才能确定的值执行 Fn::Length。
reason-cfn-to-json-deploy-time = 对仅在部署时才能确定的值执行 Fn::ToJsonString。
reason-cfn-malformed = { $name } 格式不正确。
reason-cfn-unsupported = 不支持 { $name }。
reason-tf-no-local = 无效的表达式：未声明局部值“{ $name }”。
reason-tf-self-after-apply = 引用了资源自身，仅在 apply 之后才能确定。
reason-tf-over-budget = 未求值：此输入超出了其求值预算。
reason-tf-too-large = 未求值：值过大。
reason-tf-contains-secret = 包含密钥。
reason-tf-budget-spent = 未求值：此输入超出了其求值预算（请参阅预算耗尽处的警告）。
reason-tf-budget-time = 未求值：此输入超出了 { $seconds } 秒的求值预算。
reason-tf-budget-elements = 未求值：此输入超出了 { $count } 个已求值元素的求值预算。
reason-tf-too-deep = 未求值：其求值嵌套超过 { $count } 层（是否为包含自身的模板、策略文档或模块？）。
reason-tf-value-too-large = 未求值：其元素超过 { $count } 个，超出了单个值的上限。
reason-tf-ref-after-apply = 引用了“{ $name }”，仅在 apply 之后才能确定。
reason-tf-secret = 是密钥。
reason-tf-null = 为 null。
reason-tf-wrong-type = 不是预期的类型。
reason-tf-invalid-no-variable = 无效（未声明变量“{ $name }”）。
reason-tf-invalid-no-resource = 无效（未声明资源“{ $name }”）。
reason-tf-invalid-no-local = 无效（未声明局部值“{ $name }”）。
reason-tf-instance-count = { $address } 的 { $name } 未知。其 count：{ $reason }
reason-tf-instance-for-each = { $address } 的 { $name } 未知。其 for_each：{ $reason }
reason-tf-set-by-count = 由 { $address } 设置，但 { $address } 是否存在未知。其 count：{ $reason }
reason-tf-set-by-for-each = 由 { $address } 设置，但 { $address } 是否存在未知。其 for_each：{ $reason }
reason-cfn-find-in-map-deploy-time = Fn::FindInMap 的键仅在部署时才能确定。
reason-cfn-mapping-missing = 映射 { $mapping } 不存在。
reason-cfn-ref-undefined = 对“{ $name }”的 Ref，但此模板中未定义“{ $name }”。
reason-tf-workspace = 取决于 Terraform 工作区，该工作区在 Terraform 运行时选择。
reason-tf-self = 引用资源自身，仅在 apply 之后才能确定。
reason-tf-nested-attribute = 读取“{ $name }”的嵌套属性，仅在 apply 之后才能确定。
reason-tf-nested-value = 读取“{ $name }”的嵌套值，仅在 apply 之后才能确定。
reason-tf-data-source = 读取数据源“{ $name }”，仅在 Terraform 运行时才能确定。
reason-tf-data-source-nested = 读取数据源“{ $name }”的嵌套属性，仅在 Terraform 运行时才能确定。
reason-tf-generated-on-apply = 由 { $name } 在 Terraform apply 时生成。
reason-tf-provider-function = 由提供程序函数 { $name } 计算，而该函数不会被求值。
reason-tf-function-not-evaluated = 由 { $name }() 计算，而 phiguard 不对该函数求值。
reason-tf-function-bad-arguments = 由 { $name }() 根据无法使用的参数计算。

## eligibility-phi-in-eligible-service: undecided service

eligibility-undecided = { $what } { $kind }：{ $why }
eligibility-undecided-why = 这是否属于 { $service } 取决于 { $attr }，而 { $attr } 不是字面值。

## judge: backup.rs (FSx types)

backup-why-fsx-type = 此处无法识别 FileSystemType“{ $type }”。

## backup-recent-recovery-point: unreadable recovery points

backup-points-unreadable = 无法读取恢复点：{ $why }
backup-point-status-unread = { $point }：未读取 Status。
backup-point-date-invalid = { $point }：CreationDate 不是 RFC 3339 格式的时间。

## backup-plan-covers-phi-stores: why coverage cannot be decided

backup-undecided = 无法确定其是否已备份：{ $why }
backup-why-pattern = 模式 { $entry } 可能与 { $name } 的名称匹配，而该名称在部署时才生成。
backup-why-tag-value = 标签 { $key } 的值仅在部署时才能确定。
backup-why-tag-entry = 有一个 ListOfTags 条目仅在部署时才能确定。
backup-why-condition-operator = 无法理解 Conditions 中的 { $operator }。
backup-why-condition-key = 条件键 { $key } 不是资源标签。
backup-why-condition-entry = 有一个 Conditions { $operator } 条目仅在部署时才能确定。
backup-why-replica-pitr = 有一个副本的 PointInTimeRecoveryEnabled 仅在部署时才能确定。
backup-why-fsx-type = 此处无法识别 FileSystemType“{ $type }”。
backup-why-target-tags = { $policy } 的一个 TargetTags 条目仅在部署时才能确定。

## docdb-tls, docdb-audit-logs: a parameter that cannot be read

docdb-tls-param-unknown = 参数组 '{ $group }' 中的 tls：{ $reason }
docdb-audit-param-unknown = 参数组 '{ $group }' 中的 audit_logs：{ $reason }

## vpc-security-group-open-ingress, vpc-flow-logs: values that cannot be read

vpc-sg-unjudged = 无法判定入站规则：{ $why }
vpc-flow-logs-traffic-unknown = 无法确定该 VPC 是否有流日志：'{ $log }' 的 TrafficType：{ $reason }

## cloudtrail-audit-log-retention: an expiration that cannot be read

cloudtrail-retention-expiration-unknown = 日志存储桶 '{ $bucket }' 的 ExpirationInDays：{ $reason }

## comprehend-data-access-scope: a managed policy ARN that cannot be read

comprehend-scope-arn-unknown = 托管策略 ARN：{ $reason }

## ecs: unnamed containers and volumes, log options that cannot be read

ecs-unnamed = (未命名)
ecs-log-output-name-unknown = 容器 '{ $container }'：FireLens 输出名称：{ $reason }
ecs-log-tls-option-unknown = 容器 '{ $container }'：{ $output } 输出的 tls 选项：{ $reason }
ecs-log-address-unknown = 容器 '{ $container }'：{ $key }：{ $reason }

## resource-policy-not-public, judge/exposure.rs: a policy or subnet that cannot be read

resource-policy-unevaluated = 无法评估 { $path }：{ $why }
exposure-policy-unknown = 策略：{ $reason }
exposure-subnet-ip-unknown = 子网 { $subnet } 的 MapPublicIpOnLaunch：{ $reason }
exposure-subnet-unresolved = 子网：{ $reason }

## ec2-phi-no-public-ip: a launch template's value that cannot be read

ec2-public-ip-from-unread = { $kind ->
        [template] 启动模板
       *[configuration] 启动配置
    } { $name }：{ $why }

## judge: block_devices.rs, several volumes and unnamed mappings

block-devices-device = { $device }
block-devices-mapping = 映射 #{ $index }
block-devices-comma = { $first }、{ $rest }
block-devices-next = { $first }{ $rest }
block-devices-item-false = { $device }：Encrypted 为 false。
block-devices-item-absent = { $device }：未设置 Encrypted，因此除非账户开启了 EBS 默认加密，否则新卷不会加密。
block-devices-item-snapshot = { $device }：从 SnapshotId 恢复且未设置 Encrypted：它沿用快照的加密。
block-devices-item-unread = { $device }：{ $why }
block-devices-failed = 未加密的 EBS 卷 — { $volumes }
block-devices-undecided = 无法判定 EBS 加密 — { $volumes }
ec2-instance-ebs-attached-note = { $sentence }通过 Volumes 挂载的 { $attached } 个卷由 ebs-volume-encrypted 判定。

## judge: bucket.rs, reasons that cannot be read

bucket-role-encryption-unknown = { $role } '{ $bucket }' 的加密：{ $reason }
bucket-role-unresolved = 无法解析 { $role }：{ $reason }

## s3-bucket-tls-only: a policy that cannot be evaluated

s3-tls-unevaluated = 无法评估存储桶策略：{ $why }
s3-tls-maybe = 存储桶策略 { $policy } 可能适用于此存储桶，但其 Bucket：{ $reason }

## iam-console-user-mfa: users that could not be listed

iam-mfa-users-unlisted = 无法列出账户 { $account } 的 IAM 用户：{ $action } 失败（{ $reason }），因此本报告可能遗漏了未启用 MFA 的用户。

## cloudtrail-records-api-calls: several regions and trails

cloudtrail-api-calls-missing = 在账户 { $account } 中，并非所有 API 调用都由正在记录日志的跟踪记录：{ $regions }
cloudtrail-api-calls-unknown = 在账户 { $account } 中，无法确定是否有正在记录日志的跟踪记录了每个 API 调用：{ $regions }
cloudtrail-next = { $first }{ $rest }
cloudtrail-region-item = 区域 { $region }：{ $why }
cloudtrail-region-uncovered = 区域 { $region }：没有跟踪覆盖该区域。
cloudtrail-trail-stopped-item = 跟踪 { $trail } 未在记录日志。
cloudtrail-trail-not-collected-item = 跟踪 { $trail }：未收集 IsLogging (cloudtrail:GetTrailStatus)。
cloudtrail-trail-unread-item = 跟踪 { $trail }：{ $path }：{ $reason }
cloudtrail-trail-gaps-item = 跟踪 { $trail }{ $gaps }。
cloudtrail-gap-no-management = 未记录任何管理事件
cloudtrail-gap-read-only = 仅记录只读管理事件
cloudtrail-gap-write-only = 仅记录写入管理事件
cloudtrail-gap-leaves-out = 排除了 { $sources }
cloudtrail-gap-and = { $first }，并且{ $rest }

## batch-encrypted-storage: a launch template that cannot be read

batch-lt-unknown = 启动模板：{ $reason }
batch-lt-unresolved = 无法解析启动模板：{ $reason }
batch-lt-mappings-unknown = '{ $template }' 的块设备映射：{ $reason }
batch-lt-device-encrypted-unknown = { $device } 的 Encrypted：{ $reason }
batch-lt-some-device-encrypted-unknown = 某个设备的 Encrypted：{ $reason }

## s3-transfer-acceleration-protected: why plaintext requests are not refused

s3-acceleration-not-refused = 已加速的存储桶未拒绝明文请求：{ $gap }
s3-acceleration-not-refused-actions = 已加速的存储桶未拒绝明文请求：针对 aws:SecureTransport 的 Deny 未涵盖 { $actions }。
s3-acceleration-no-encryption-not-refused = 已加速的存储桶未声明默认加密 (AWS 会应用 SSE-S3，但配置中未声明)，也未拒绝明文请求：{ $gap }
s3-acceleration-no-encryption-not-refused-actions = 已加速的存储桶未声明默认加密 (AWS 会应用 SSE-S3，但配置中未声明)，也未拒绝明文请求：针对 aws:SecureTransport 的 Deny 未涵盖 { $actions }。

## s3-bucket-public-access-block, s3-bucket-access-logging, waf-protected-resource-https, resource-policy-not-public: values that cannot be read

s3-pab-account-unknown = 该存储桶没有阻止公共访问配置，且无法确定账户的 S3PublicAccessBlock.{ $setting }：{ $reason }
s3-logging-data-events-unknown = 未开启服务器访问日志；无法确定是否有 CloudTrail 跟踪记录该存储桶的 S3 数据事件：{ $trail }.{ $selectors }：{ $reason }
waf-resource-unresolved = 无法解析受保护的资源：{ $reason }
resource-policy-lambda-principal-unknown = 权限 { $permission } 的 Principal：{ $reason }

## cloudtrail-phi-bucket-data-events: several trails unknown

cloudtrail-phi-bucket-item-not-collected = 跟踪 { $trail }：未收集 IsLogging。
cloudtrail-phi-bucket-unknown = 无法确定是否有跟踪记录该存储桶的对象事件：{ $trails }

## phi-store-not-public, firehose-encryption: values that cannot be read

phi-store-subnet-group-unknown-default = 未设置 PubliclyAccessible，且 DBSubnetGroupName：{ $reason }只有使用 `default` 组时，RDS 才会将该{ $kind ->
        [cluster] 集群
       *[instance] 实例
    }设为公开。
phi-store-subnet-group-unknown = 未设置 PubliclyAccessible，且 DBSubnetGroupName：{ $reason }
phi-store-eks-cidr-unknown = { $path } 的一个条目：{ $reason }
firehose-encryption-source-unknown = 源流 '{ $stream }' 的加密：{ $reason }

## vpc-flow-logs: a flow log whose resource cannot be read

vpc-flow-logs-watched-unknown = 无法确定该 VPC 是否有流日志：流日志 '{ $log }' 监控的资源：{ $reason }

## backup-recent-recovery-point: recovery points that cannot be read

backup-point-unreadable = 无法读取恢复点：{ $points }
backup-point-next = { $first }{ $rest }
backup-point-status-unread = { $point }：未读取 Status。
backup-point-date-unread = { $point }：CreationDate 不是 RFC 3339 格式的时间。

## s3-transfer-acceleration-protected: protections that cannot be read

s3-acceleration-unknown = 无法确定已加速的存储桶是否受到保护：{ $why }
s3-acceleration-next = { $first }{ $rest }
s3-acceleration-encryption-unknown = 默认加密：{ $reason }
s3-acceleration-policy-unknown = '{ $policy }' 的策略：{ $reason }

## Terraform value reasons built on other reasons, and what makes an expression invalid

reason-tf-built-from = 由另一个值构建而成。该值：{ $reason }
reason-tf-computed-by-from = 由 { $name }() 根据另一个值计算得出。该值：{ $reason }
reason-tf-computed-from = 根据另一个值计算得出。该值：{ $reason }
reason-tf-condition-that = 取决于一个条件。该条件：{ $reason }
reason-tf-iterates-over = 遍历一个集合。该集合：{ $reason }
reason-tf-filters-on = 按一个条件进行筛选。该条件：{ $reason }
reason-tf-selected-by-key = 由一个键选择。该键：{ $reason }
reason-tf-has-key = 包含一个键。该键：{ $reason }
reason-tf-negates = 对一个值取反。该值：{ $reason }
reason-tf-expands-argument = 展开一个参数。该参数：{ $reason }
reason-tf-merges-source = 合并一个源策略文档。该文档：{ $reason }
reason-tf-selects-instance = 通过一个键选择 { $name } 的实例。该键：{ $reason }
reason-tf-selects-data-instance = 通过一个键选择数据源实例。该键：{ $reason }
reason-tf-has-element = 包含一个元素。该元素：{ $reason }
reason-tf-its-count = 其 count：{ $reason }
reason-tf-its-for-each = 其 for_each：{ $reason }
reason-tf-dynamic-for-each = 由 dynamic 块生成。其 for_each：{ $reason }
reason-tf-invalid-because = 无效。原因：{ $reason }
reason-tf-invalid-expression = 无效的表达式：{ $reason }
reason-tf-no-attribute = 没有属性“{ $name }”。
reason-tf-variable-undeclared = 未声明变量“{ $name }”。
reason-tf-resource-undeclared = 未声明资源“{ $name }”。
reason-tf-local-undeclared = 未声明局部值“{ $name }”。
reason-tf-attribute-unreadable = 无法读取该值的属性“{ $name }”。
reason-tf-index-out-of-range = 索引 { $index } 超出范围。
reason-tf-no-key = 没有键“{ $name }”。
reason-tf-index-not-number = 列表索引必须是数字。
reason-tf-not-indexable = 只有列表和映射可以使用索引。
reason-tf-null-in-template = 字符串模板中有 null 值。
reason-tf-try-none-valid = try() 的参数均无效。
reason-tf-dynamic-no-for-each = dynamic 块需要 for_each。
reason-tf-outside-resource = { $name } 在设置它的资源之外被使用。
reason-tf-unknown-name = 未知的名称“{ $name }”。
reason-tf-module-no-output = module.{ $name } 没有输出“{ $output }”。
reason-tf-module-no-instance-key = module.{ $name } 没有实例 { $key }。
reason-tf-module-no-instance = module.{ $name } 没有实例。
reason-tf-module-several-instances = module.{ $name } 有多个实例；请选择其中一个。
reason-tf-local-cycle = local.{ $name } 引用了自身。
reason-tf-expansion-cycle = { $address } 的 count 或 for_each 依赖于自身。
reason-tf-module-cycle = { $address } 依赖于自身。
reason-tf-module-not-read = 来自 module.{ $name }，但不会读取其源“{ $source }”（只读取本地模块和通过 `terraform init` 安装的模块）。
reason-tf-policy-overrides = 是带有覆盖项的策略文档，而 phiguard 不合并覆盖项。
reason-tf-invalid-json = 不是有效的 JSON（{ $error }）。
reason-tf-principal-type-unknown = 包含类型未知的主体。
reason-tf-condition-unknown = 包含运算符或键未知的条件。
reason-tf-file-not-read = 从文件“{ $name }”读取，但该文件未被读取：{ $error }
reason-tf-template-not-read = 从文件“{ $name }”渲染，但该文件未被读取：{ $error }

## resource policies: a statement that cannot be read, and TLS deny gaps

policy-transport-gaps = 针对 aws:SecureTransport 的 Deny 未涵盖 { $gaps }
policy-gap-on = { $target }上的 { $action }
policy-gap-or = { $first } 或 { $rest }
policy-gap-next = { $first }、{ $rest }
policy-gap-action = { $action }
policy-target-bucket = 存储桶本身
policy-target-objects = 其对象 (bucket/*)
exposure-statement-sid-unknown = '{ $sid }'：{ $why }
exposure-statement-unknown = 第 { $index } 条语句：{ $why }
