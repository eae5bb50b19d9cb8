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
