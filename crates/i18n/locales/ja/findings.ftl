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

## s3-bucket-tls-only

s3-tls-enforced = バケットポリシー { $policies } が、バケットとそのオブジェクトに対する TLS を使用しないリクエストを拒否しています。
s3-tls-no-policy = TLS を使用しないリクエストを拒否するバケットポリシーがありません。aws:SecureTransport = false を拒否するポリシーがない限り、S3 は平文の HTTP を受け付けます。
s3-tls-missing = バケットポリシー { $policies } に、TLS を使用しないリクエストを拒否するステートメント (Effect Deny, Principal "*", Condition Bool aws:SecureTransport = false) がありません。

## s3-bucket-access-logging

s3-logging-on-to = サーバーアクセスログが { $bucket } に記録されています。
s3-logging-on-other = サーバーアクセスログが別のバケットに記録されています。
s3-logging-on-itself = サーバーアクセスログがバケット自身に記録されています。
s3-logging-on = サーバーアクセスログが有効です。
s3-logging-data-events = サーバーアクセスログはありませんが、CloudTrail 証跡がこのバケットの S3 データイベントを記録しています。
s3-logging-none = サーバーアクセスログ (LoggingConfiguration) も CloudTrail の S3 データイベントも、このバケットのオブジェクトへのアクセスを記録していません。

## s3-bucket-public-access-block

s3-pab-account = アカウントのブロックパブリックアクセスの 4 つの設定がすべて有効で、このバケットにも適用されます。
s3-pab-public-acl = バケットがパブリックな既定 ACL { $acl } を付与しており、PublicAccessBlockConfiguration を宣言していません。
s3-pab-live-absent = バケットにブロックパブリックアクセスの設定がなく、アカウントの設定も 4 つすべてを有効にしていません。
s3-pab-incomplete-one-account = ブロックパブリックアクセスが不完全です。{ $settings } が無効です (バケットでもアカウントでも有効になっていません)。
s3-pab-incomplete-many-account = ブロックパブリックアクセスが不完全です。{ $settings } が無効です (バケットでもアカウントでも有効になっていません)。
s3-pab-incomplete-one = ブロックパブリックアクセスが不完全です。{ $settings } が無効です (省略された設定は無効です)。
s3-pab-incomplete-many = ブロックパブリックアクセスが不完全です。{ $settings } が無効です (省略された設定は無効です)。
s3-pab-all-on = ブロックパブリックアクセスの 4 つの設定がすべて有効です。

## s3-transfer-acceleration-protected

s3-acceleration-off = Transfer Acceleration は有効ではありません。
s3-acceleration-protected = 高速化されたバケットはデフォルト暗号化を宣言し、TLS を使用しないリクエストを拒否しています。
