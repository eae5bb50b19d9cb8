# 検出結果のメッセージ (1 文ずつ)。引数は識別子または入力中の名前です。

engine-not-phi = PHI を保持するとマークされていません。
engine-conditional-resource = このリソースは条件「{ $condition }」が成立する場合にのみ作成されます。この条件は未設定のパラメータに依存するため、作成されるものとして判定しています。
engine-phi-path = PHI の経路: { $path }
s3-encryption-declared = デフォルト暗号化 { $algorithm } が宣言されています。
s3-encryption-invalid = SSEAlgorithm '{ $algorithm }' は有効なサーバー側暗号化アルゴリズムではありません。
s3-encryption-no-algorithm = BucketEncryption にデフォルトの暗号化アルゴリズムが宣言されていません。
s3-versioning-absent = バージョニングが設定されていません。S3 バケットはデフォルトではバージョニングされません。
s3-versioning-enabled = バージョニングが有効です。
s3-versioning-suspended = バージョニングが Suspended です。以前のバージョンは保持されますが、新たな上書きや削除は復元できません。
s3-versioning-other = バージョニングのステータス '{ $status }' は Enabled ではありません。
rds-aurora-member = Aurora クラスターのメンバーです。判定はクラスターが担います。
rds-storage-encrypted-absent = StorageEncrypted が設定されていません。RDS のストレージはデフォルトでは暗号化されません。

## vpc-flow-logs

vpc-flow-logs-all-traffic = フローログ '{ $log }' が VPC のすべてのトラフィックを記録しています。
vpc-flow-logs-all-subnets = VPC のすべてのサブネットに、すべてのトラフィックを記録するフローログがあります。
vpc-flow-logs-none = VPC のトラフィックを記録するフローログがありません。

## sns-topic-encryption

sns-topic-encryption-kms = メッセージは KMS キーで保管時に暗号化されています。
sns-topic-encryption-absent = KmsMasterKeyId が設定されていません。SNS はデフォルトでは保存されたメッセージを暗号化しません。

## sqs-queue-encryption

sqs-queue-encryption-kms = メッセージは KMS キー (KmsMasterKeyId) で暗号化されています。
sqs-queue-encryption-sse-sqs = メッセージは SQS 管理キー (SSE-SQS) で暗号化されています。
sqs-queue-encryption-disabled = SqsManagedSseEnabled が false で KMS キーも設定されていません。メッセージは暗号化されずに保存されます。

## sqs-queue-tls-only

sqs-tls-no-policy = TLS を使用しないリクエストを拒否するキューポリシーがありません (キューにポリシーがありません)。
sqs-tls-enforced = キューポリシーが TLS を使用しないリクエストを拒否しています。
