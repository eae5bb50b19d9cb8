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
