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
reason-cfn-get-att-not-resource = 对“{ $name }”的 Fn::GetAtt，而“{ $name }”在此处不是资源。
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
