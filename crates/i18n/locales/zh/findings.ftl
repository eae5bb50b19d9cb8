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
