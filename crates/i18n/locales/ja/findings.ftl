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

## logs-group-kms-encryption

logs-kms-set = ロググループは KMS キーで暗号化されています。
logs-kms-absent = KmsKeyId が設定されていません。CloudWatch Logs はデフォルトでサービス管理キーによりデータを暗号化しますが、キーポリシーでアクセスを制限し、CloudTrail にキー使用の記録を残せるのは KMS キーだけです。

## logs-group-retention

logs-retention-days = ログイベントは { $days } 日間保持されます。
logs-retention-absent = RetentionInDays が設定されていません。PHI を含む可能性のあるログイベントが期限切れにならず、保持期間の決定も記録されていません。保持ポリシーが求める期間を宣言してください。

## rds-backup-retention

rds-backup-cluster-member = DB クラスターのメンバーです。クラスターのバックアップ保持期間が適用されます。
rds-backup-read-replica = リードレプリカです。自動バックアップはソースデータベースについて保持されます。
rds-backup-zero = BackupRetentionPeriod が 0 です。自動バックアップとポイントインタイムリカバリが無効です。
rds-backup-short = 自動バックアップは { $days } 日間保持されます。PHI には 7 日以上が推奨されます。
rds-backup-days = 自動バックアップは { $days } 日間保持されます。

## rds-multi-az

rds-multi-az-cluster = マルチ AZ DB クラスターはインスタンスを 3 つのアベイラビリティーゾーンに配置します。
rds-multi-az-serverless = Aurora Serverless v1 は自身でフェイルオーバーを管理します。
rds-multi-az-no-instance = クラスターのインスタンスがスキャン対象内に定義されていません。
rds-multi-az-single = Aurora クラスターのインスタンスが 1 つだけのため、フェイルオーバー先となる別のアベイラビリティーゾーンのレプリカがありません。
rds-multi-az-instances = Aurora クラスターには { $count } 個のインスタンスがあります。
rds-multi-az-member = DB クラスターのメンバーです。判定はクラスターが担います。
rds-multi-az-replica = リードレプリカです。判定はソースが担います。
rds-multi-az-absent = MultiAZ が設定されていないため、データベースは単一のアベイラビリティーゾーンで稼働します。

## rds-tls-enforced

rds-tls-cluster-member = DB クラスターのメンバーです。判定はクラスターのパラメータグループが担います。
rds-tls-oracle = Oracle はオプショングループのネイティブネットワーク暗号化で接続を暗号化します (ルール rds-oracle-encryption-in-transit)。
rds-tls-other-engine = エンジン '{ $engine }' にはホワイトペーパー上の TLS 要件がありません。
rds-tls-custom = RDS Custom: TLS はパラメータグループではなくデータベースホストで設定します。
rds-tls-aurora-instance = Aurora インスタンスは TLS 設定をクラスターから引き継ぎます。

## sns-subscription-https

sns-sub-topic-not-phi = トピック '{ $topic }' は PHI を扱うものとしてマークされていません。
sns-sub-not-written = { $path } が記述されていません。
sns-sub-not-phi = PHI を扱うものとしてマークされていません。
sns-sub-no-inline = インラインのサブスクリプションがありません (個別の AWS::SNS::Subscription リソースはそれぞれ判定されます)。
sns-sub-empty = インラインの Subscription リストが空です。
sns-sub-http = 平文の http でメッセージを配信しています。トピックに発行された内容は暗号化されずにネットワークを通過します。
sns-sub-https = https で配信しています。
sns-sub-aws-service = AWS のサービスエンドポイント内で TLS を介して { $protocol } に配信しています。
sns-sub-unencrypted-channel = { $protocol } で配信しており、エンドツーエンドの暗号化なしに AWS の外へ出ます。これらの通知に PHI を含めないでください。
sns-sub-unrecognised = 認識できない配信プロトコル '{ $protocol }' です。

## redshift-audit-logging

redshift-audit-absent = LoggingProperties が設定されていません。監査ログは無効です。
redshift-audit-cloudwatch = 監査ログは CloudWatch Logs に送られます。
redshift-audit-s3 = 監査ログは S3 に送られます。
redshift-audit-no-destination = LoggingProperties が S3 バケットも CloudWatch Logs も指定していません。監査ログは無効です。

## redshift-encryption-at-rest

redshift-encrypted = クラスターは暗号化されています。
redshift-encrypted-false = Encrypted が false です。クラスターのデータとバックアップは暗号化されていません。

## glue-catalog-encryption

glue-catalog-passwords-encrypted = カタログのメタデータと接続パスワードは KMS で暗号化されています。
glue-catalog-passwords-clear = ReturnConnectionPasswordEncrypted が false です。接続パスワードが平文で返されます。
glue-catalog-passwords-absent = 接続パスワードの暗号化が有効になっていません。
glue-catalog-not-phi = PHI を保持するものとしてマークされていません。

## glue-connection-ssl

glue-connection-not-jdbc = JDBC 接続ではありません。

## glue-job-encryption

glue-job-python-shell = Python シェルジョブは自身のコードを通じて書き込みます。
glue-job-ray = Ray ジョブの S3 暗号化設定は判定対象外です。
glue-job-sse-s3 = ジョブは SSE-S3 (--encryption-type) で S3 データを書き込みます。
glue-job-no-encryption = ジョブにセキュリティ設定も --encryption-type もないため、S3 出力にはサーバー側暗号化の設定がありません。

## sagemaker-endpoint-kms

sagemaker-endpoint-kms-set = ホスティング用ストレージは指定された KMS キーで暗号化されています。
sagemaker-endpoint-no-variants = エンドポイント設定に本番バリアントがありません。

## sagemaker-job-output-kms

sagemaker-job-not-job = ジョブ定義ではありません。
sagemaker-job-output-kms-set = ジョブの出力は指定された KMS キーで暗号化されています。
sagemaker-pipeline-s3 = パイプライン定義は S3 (PipelineDefinitionS3Location) から読み込まれるため、ここではそのステップを判定できません。
sagemaker-pipeline-no-steps = パイプライン定義に読み取り可能な Steps がありません。

## sagemaker-notebook-kms

sagemaker-notebook-not-phi = PHI を保持するものとしてマークされていません。

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-disabled = 直接インターネットアクセスは無効です。通信は VPC を経由します。
sagemaker-notebook-internet-absent = DirectInternetAccess が設定されていません。ノートブックはデフォルトで直接インターネットにアクセスできます。

## iam-console-user-mfa

iam-console-no-password = ユーザーにはコンソールパスワードがありません。
iam-console-password-not-collected = CredentialReport.PasswordEnabled は収集されていません。
iam-console-has-mfa = コンソールユーザーには MFA があります。
iam-console-mfa-not-collected = CredentialReport.MfaActive は収集されていません。

## iam-console-user-no-access-keys

iam-console-no-active-key = コンソールユーザーには有効なアクセスキーがありません。

## ses-receipt-s3-kms

ses-receipt-disabled = 受信ルールは無効です。
ses-receipt-no-actions = 受信ルールにアクションがありません。
ses-receipt-no-s3 = 受信ルールはメールを S3 に保存しません。
ses-receipt-kms = 受信したメールは SES が S3 に保存する前に KMS で暗号化されます。

## ses-tls-required

ses-tls-require = 配信には TLS が必須です。SES は平文にフォールバックしません。
ses-tls-absent = TlsPolicy が設定されていません。デフォルト (OPTIONAL) では、受信サーバーが TLS を提供しない場合に平文で配信されます。

## transfer-server-logging

transfer-logging-on = サーバーはユーザーアクティビティを CloudWatch Logs に記録しています。
transfer-logging-absent = LoggingRole も StructuredLogDestinations もありません。ユーザーセッションとファイル転送は記録されません。

## transfer-server-no-ftp

transfer-sftp-only = サーバーは SFTP のみを提供しています (デフォルト)。

## transfer-user-home-bucket-encrypted

transfer-home-efs = サーバーはファイルを EFS に保存します。
transfer-home-none = ユーザーにはホームディレクトリがありません。
transfer-home-not-s3 = S3 のホームディレクトリがありません。

## macie-enabled

macie-no-phi-bucket = スキャンしたアカウントとリージョンに PHI を保持する S3 バケットはありません。
macie-no-session-no-phi = スキャン対象に Macie セッションも PHI を保持する S3 バケットもありません。
macie-session-default = Macie セッションは有効です (Status のデフォルトは ENABLED)。
macie-session-enabled = Macie セッションは有効です。

## macie-job-bucket-encryption

macie-job-criteria = ジョブは名前ではなく条件でバケットを選択します。
macie-job-no-buckets = ジョブはバケットを指定していません。

## ssm-output-encrypted

ssm-output-no-s3 = S3 の出力先がありません。
ssm-output-not-session-prefs = Session Manager の設定ドキュメントではありません。
ssm-output-no-content = ドキュメントにコンテンツがありません。
ssm-output-encrypted-only = セッションの記録は暗号化された送信先にのみ送られます。

## ssm-parameter-secure-string

ssm-parameter-secure = パラメータは SecureString で、KMS で暗号化されています。

## kinesis-stream-encryption

kinesis-stream-unencrypted = StreamEncryption が設定されていません。ストリームはレコードを暗号化せずに保存します。
kinesis-stream-kms = レコードは KMS キーで暗号化されています。

## kms-key-rotation

kms-rotation-absent = EnableKeyRotation が設定されていません。true でない限り KMS キーはローテーションされません。

## lambda-url-auth

lambda-url-iam = 呼び出し元は IAM 認証情報でリクエストに署名する必要があります。
lambda-url-none = 関数には関数 URL がありません。

## msk-broker-logs

msk-broker-logs-none = LoggingInfo.BrokerLogs で有効になっているブローカーログの送信先がありません。

## msk-encryption-at-rest-kms

msk-storage-kms = ブローカーのストレージは宣言された KMS キーで暗号化されています。

## msk-public-access-disabled

msk-public-disabled = パブリックアクセスは DISABLED です。

## msk-tls-in-transit

msk-tls-on = ClientBroker は TLS で、ブローカー間の暗号化も有効です。

## neptune-audit-logs

neptune-audit-not-exported = EnableCloudwatchLogsExports に audit が含まれていません。
neptune-audit-default-group = 監査ログはエクスポートされますが、デフォルトのクラスターパラメータグループでは neptune_enable_audit_log が 0 のままのため、何も記録されません。

## neptune-tls

neptune-tls-current-engine = EngineVersion が固定されていないため、クラスターは HTTPS のみを受け付ける現行エンジンで稼働します。

## qldb-ledger-kms

qldb-kms-aws-owned = AWS 所有キーによる暗号化が宣言されています。
qldb-kms-declared = 台帳は宣言された KMS キーで暗号化されています。

## qldb-permissions-mode-standard

qldb-permissions-allow-all = PermissionsMode が ALLOW_ALL です。SendCommand を許可された誰もがすべてのテーブルを読み取り、変更できます。
qldb-permissions-not-written = PermissionsMode は必須ですが記述されていません。
qldb-permissions-standard = 台帳はテーブルレベルの IAM 許可を確認します (STANDARD)。

## opensearch-vpc-access

opensearch-public-unreadable-policy = ドメインにはパブリックエンドポイントがあり、そのアクセスポリシーを読み取れません。
opensearch-in-vpc = ドメインは VPC 内で稼働しています。

## iot-domain-tls-policy

iot-domain-default-policy = デフォルトのセキュリティポリシーは TLS 1.2 以降を要求します。

## iot-policy-no-wildcard

iot-policy-no-wildcard = すべてのリソースに対するすべての IoT アクションを許可するステートメントはありません。
iot-policy-no-document = ポリシーにドキュメントがありません。

## healthlake-datastore-kms

healthlake-kms-customer = カスタマーマネージド KMS キーで暗号化されています。
healthlake-kms-aws-owned = AWS 所有キーによる暗号化が宣言されています。

## guardduty-enabled

guardduty-enable-absent = ディテクターに Enable が設定されていません。
guardduty-nothing-scanned = 何もスキャンされませんでした。

## globalaccelerator-encrypted-listener

ga-port-range-unresolvable = ポート範囲を解決できません。
ga-all-ports-tls = すべてのリスナーポートが TLS を終端するエンドポイントに到達します。
ga-no-port-ranges = リスナーはポート範囲を宣言していません。
## 共通ヘルパー: require_true (what は下の what-* の参照)

helper-true-on = { $what }: { $path } は true です。
helper-true-off = { $what } が無効です: { $path } は false です。
what-log-file-integrity-validation = ログファイルの整合性検証
what-multi-region-logging = マルチリージョンのログ記録
what-storage-encryption = ストレージ暗号化
what-point-in-time-recovery = ポイントインタイムリカバリ
what-ebs-encryption = EBS 暗号化
what-encryption-at-rest = 保管時の暗号化
what-access-logging = アクセスログ記録

## 共通ヘルパー: Ctx::aws_default (missing と does は各ルールの *-default-* の参照)

helper-aws-default-trusted = { $missing }。AWS は{ $does }。このため許容しています (trust_aws_defaults)。
helper-aws-default-fail = { $missing }。AWS は{ $does }が、構成で宣言されていないため、監査の証拠にはなりません。

## mq-encryption-at-rest

mq-encryption-at-rest-default-missing = 保管時の暗号化オプションが宣言されていません
mq-encryption-at-rest-default-does = キーが宣言されていない場合、ActiveMQ ブローカーを AWS 所有キーで暗号化します
mq-encryption-at-rest-default-missing-2 = EncryptionOptions にブローカーを暗号化するキーが指定されていません
mq-encryption-at-rest-default-does-2 = UseAwsOwnedKey が設定されていない場合、AWS 所有キーを使用します

## backup-vault-kms-key

backup-vault-kms-key-default-missing = バックアップボールトに EncryptionKeyArn が宣言されていません
backup-vault-kms-key-default-does = ボールトのバックアップを AWS Backup のデフォルトキー (aws/backup) で暗号化します

## databrew-job-encryption

databrew-job-encryption-default-missing = ジョブ出力の暗号化モードが設定されていません
databrew-job-encryption-default-does = 新しい S3 オブジェクトをデフォルトで SSE-S3 により暗号化します

## dms-target-encrypted

dms-target-encrypted-default-missing = S3 ターゲットファイルの暗号化モードが指定されていません
dms-target-encrypted-default-does = これらをデフォルトで SSE-S3 により書き込みます

## eks-secrets-encryption

eks-secrets-encryption-default-missing = KMS キーによる Kubernetes シークレットのエンベロープ暗号化が宣言されていません
eks-secrets-encryption-default-does = 1.28 以降を実行するクラスターの Kubernetes API データを AWS 所有キーで暗号化します

## elasticache-at-rest-encryption

elasticache-at-rest-encryption-default-missing = AtRestEncryptionEnabled が宣言されていません
elasticache-at-rest-encryption-default-does = Valkey レプリケーショングループをデフォルトで保管時に暗号化します

## athena-workgroup-results-encrypted

athena-workgroup-results-encrypted-default-missing = クエリ結果の暗号化が宣言されていません
athena-workgroup-results-encrypted-default-does = 2023 年 1 月以降、結果バケット内の新しいオブジェクトを SSE-S3 で暗号化しています

## codebuild-artifact-encryption

codebuild-artifact-encryption-default-missing = ビルド出力に KMS キーが指定されていません
codebuild-artifact-encryption-default-does = これを AWS マネージドキー aws/s3 で暗号化します

## codecommit-repository-kms

codecommit-repository-kms-default-missing = リポジトリに KMS キーが指定されていません
codecommit-repository-kms-default-does = リポジトリを AWS マネージドキー aws/codecommit で暗号化します

## ecr-repository-encryption

ecr-repository-encryption-default-missing = イメージの暗号化が宣言されていません
ecr-repository-encryption-default-does = イメージをデフォルトで AES256 (SSE-S3) により暗号化します

## 共通ヘルパー: パスの値を読み取れない理由

helper-path-ref = { $path } は '{ $target }' を参照しており、デプロイ時にのみ判明します。
helper-path-secret = { $path } はシークレットから取得されます。
helper-path-choice = { $path } は条件 '{ $condition }' に依存し、その条件は未設定のパラメータまたは変数に依存します。
helper-path-literal-secret = { $path } はリテラルのデフォルト値がリポジトリにコミットされたシークレットです。
helper-path-not-literal = { $path } はリテラル値ではありません。
helper-path-not-string = { $path } は文字列ではありません。
helper-true-ref = { $what }: { $path } は '{ $target }' を参照しており、デプロイ時にのみ判明します。
helper-true-secret = { $what }: { $path } はシークレットから取得されます。
helper-true-choice = { $what }: { $path } は条件 '{ $condition }' に依存し、その条件は未設定のパラメータまたは変数に依存します。
helper-true-literal-secret = { $what }: { $path } はリテラルのデフォルト値がリポジトリにコミットされたシークレットです。
helper-true-not-literal = { $what }: { $path } はリテラル値ではありません。

## ec2-imdsv2

ec2-imdsv2-disabled = インスタンスメタデータサービスは無効化されています。
ec2-imdsv2-tokens-absent = HttpTokens が設定されていないため、AMI またはアカウントのデフォルトでトークンが必須とされていない限り IMDSv1 が利用可能なままです。
ec2-imdsv2-required = IMDSv2 のセッショントークンが必須です。
ec2-imdsv2-optional = HttpTokens が optional のため、IMDSv1 のリクエストでインスタンスのロールの認証情報を読み取れます。
ec2-imdsv2-template = 起動テンプレート '{ $template }' がメタデータオプションを保持しています。
ec2-imdsv2-template-outside = メタデータオプションは起動テンプレート '{ $template }' から取得されますが、このテンプレートはスキャン対象に含まれていません。

## elb-access-logs

elb-access-logs-policy-absent = AccessLoggingPolicy が有効になっていません。リクエストは記録されません。
elb-access-logs-gateway = Gateway Load Balancer にはアクセスログがありません。
elb-access-logs-nlb-no-tls = Network Load Balancer のアクセスログは TLS 接続のみを記録しますが、このロードバランサーにはスキャン内に TLS リスナーがありません。
elb-access-logs-no-attribute = アクセスログが有効になっていません (access_logs.s3.enabled 属性がありません)。
elb-access-logs-enabled = アクセスログは S3 に書き込まれます。
elb-access-logs-disabled = access_logs.s3.enabled が false です。リクエストは記録されません。
elb-access-logs-no-value = { $key } に値がありません。

## ec2-flow-logs

ec2-flow-logs-no-subnet = サブネットが指定されていません (デフォルト VPC または起動テンプレートのネットワーク設定)。
ec2-flow-logs-subnets-outside = サブネットはスキャン対象外で定義されています。VPC フローログは VPC が定義されている場所で判定されます。
ec2-flow-logs-vpc-outside = VPC はスキャン対象外で定義されています。VPC フローログは VPC が定義されている場所で判定されます。
ec2-flow-logs-uncovered-elsewhere = テンプレート内ではサブネット '{ $subnet }' にも VPC '{ $vpc }' にもフローログがなく、フローログ '{ $flowlog }' は解決できない VPC またはサブネットを対象としています。
ec2-flow-logs-uncovered = サブネット '{ $subnet }' にも VPC '{ $vpc }' にもフローログがないため、インスタンスに到達するトラフィックは記録されません。
ec2-flow-logs-covered = インスタンスのサブネットは VPC フローログの対象です。

## elb-target-tls

elb-target-tls-lambda = Lambda ターゲットは Lambda API を通じて呼び出されます。
elb-target-tls-no-protocol = Protocol が記述されていません。
elb-target-tls-encrypted = ターゲットには { $protocol } で到達します。
elb-target-tls-quic = { $protocol } は常に暗号化されます (TLS 1.3)。
elb-target-tls-http = ターゲットには平文の HTTP で到達します。ロードバランサーが PHI を復号し、暗号化せずに転送します。
elb-target-tls-tcp-behind-tls = TLS リスナー '{ $listener }' が TLS を終端し、これらのターゲットに平文の TCP を転送します。
elb-target-tls-tcp = TCP パススルーです。ターゲット自身が TLS を終端する必要がありますが、テンプレートからは確認できません。
elb-target-tls-udp = { $protocol } はトラフィックをそのまま通過させます。アプリケーションが暗号化しているかは確認できません。
elb-target-tls-geneve = Gateway Load Balancer のターゲットはカプセル化されたトラフィックを受信します。
elb-target-tls-other = 認識できないターゲットグループのプロトコル '{ $protocol }' です。

## elb-listener-tls

elb-listener-tls-no-protocol = Protocol が記述されていません (Gateway Load Balancer のリスナーにはありません)。
elb-listener-tls-encrypted = リスナーは { $protocol } を使用しています。
elb-listener-tls-pass-through = { $protocol } はトラフィックを変更せずに通過させます。クライアントとターゲットがエンドツーエンドで TLS を使用しているかは確認できません。
elb-listener-tls-geneve = Gateway Load Balancer のリスナーはカプセル化されたトラフィックを伝送します。
elb-listener-tls-other = 認識できないリスナープロトコル '{ $protocol }' です。

## judge: inherited.rs

inherited-key-declared = KmsKeyId を宣言して { $path } から復元されています。ソースにかかわらず、復元されたコピーはそのキーで暗号化されます。
inherited-encrypted = { $source } から暗号化を引き継ぎます。
inherited-unencrypted = { $source } から暗号化されていないストレージを引き継ぎます。暗号化されていないソースのコピーは暗号化されません。
inherited-snapshot-of = 暗号化は { $source } のスナップショットから引き継がれますが、その暗号化はテンプレートからはわかりません。
inherited-snapshot-of-ignored = 暗号化は { $source } のスナップショットから引き継がれますが、その暗号化はテンプレートからはわかりません。復元またはレプリケーションの際、{ $flag } は無視されます。
inherited-outside = 暗号化は { $path } '{ $source }' から引き継がれますが、これはこのスキャンの対象外です。
inherited-outside-ignored = 暗号化は { $path } '{ $source }' から引き継がれますが、これはこのスキャンの対象外です。復元またはレプリケーションの際、{ $flag } は無視されます。
inherited-outside-key = 暗号化は { $path } '{ $source }' から引き継がれますが、これはこのスキャンの対象外です。復元されたコピーを暗号化するには KmsKeyId を宣言してください。
inherited-outside-ignored-key = 暗号化は { $path } '{ $source }' から引き継がれますが、これはこのスキャンの対象外です。復元またはレプリケーションの際、{ $flag } は無視されます。復元されたコピーを暗号化するには KmsKeyId を宣言してください。

## judge: rds_settings.rs

rds-engine-inherited = エンジンは { $path } を通じて引き継がれますが、ここでは解決できません。
rds-engine-not-written = Engine が記述されていません。
rds-engine-version-invalid = EngineVersion '{ $version }' はバージョンではありません。
rds-parameter-group-outside = { $path } はこのスキャンの対象外のパラメータグループ '{ $group }' を指定しています。{ $parameter } を設定しているかどうかは確認できません。

## rds-backup-retention

rds-backup-retention-default-missing = BackupRetentionPeriod が宣言されていません
rds-backup-retention-default-does = デフォルトで自動バックアップを 1 日間 (PHI には 7 日以上を推奨) 保持します

## rds-multi-az

what-multi-az-deployment = マルチ AZ 配置

## rds-oracle-encryption-in-transit

rds-oracle-cluster-member = DB クラスターのメンバーです。DB クラスターが Oracle であることはありません。
rds-oracle-other-engine = エンジン '{ $engine }' は Oracle ではありません。
rds-oracle-custom = RDS Custom for Oracle: ネットワーク暗号化はデータベースホストで設定します。
rds-oracle-no-option-group = オプショングループがアタッチされていません。デフォルトのオプショングループにはネイティブネットワーク暗号化がないため、接続が暗号化されない可能性があります。
rds-oracle-default-option-group = '{ $group }' はデフォルトのオプショングループであり、ネイティブネットワーク暗号化も SSL オプションもありません。
rds-oracle-option-group-outside = OptionGroupName はこのスキャンの対象外のオプショングループ '{ $group }' を指定しています。その暗号化オプションは確認できません。
rds-oracle-nne-required = オプショングループ '{ $group }' は SQLNET.ENCRYPTION_SERVER = REQUIRED で NATIVE_NETWORK_ENCRYPTION を有効にしています。
rds-oracle-nne-not-required = オプショングループ '{ $group }' は SQLNET.ENCRYPTION_SERVER = { $value } を設定しています。暗号化されていない接続を拒否するのは REQUIRED のみです。
rds-oracle-nne-no-server = オプショングループ '{ $group }' は SQLNET.ENCRYPTION_SERVER を設定せずに NATIVE_NETWORK_ENCRYPTION を有効にしています。そのデフォルト値 REQUESTED では、暗号化しないクライアントも受け入れられます。
rds-oracle-no-encryption-option = オプショングループ '{ $group }' には NATIVE_NETWORK_ENCRYPTION も SSL もないため、接続が暗号化されない可能性があります。
rds-oracle-ssl = オプショングループ '{ $group }' は SSL オプションを有効にしています。クライアントがその TLS ポートを使用していることを確認してください。

## rds-sqlserver-audit

rds-sqlserver-cluster-member = DB クラスターのメンバーです。DB クラスターが SQL Server であることはありません。
rds-sqlserver-other-engine = エンジン '{ $engine }' は SQL Server ではありません。
rds-sqlserver-audit-custom = RDS Custom for SQL Server: 監査はデータベースホストで設定します。
rds-sqlserver-audit-no-group = パラメータグループがアタッチされていません。デフォルトのグループは rds.sqlserver_audit を設定しないため、SQL Server の監査は無効です。
rds-sqlserver-audit-default-group = '{ $group }' はデフォルトのパラメータグループであり、rds.sqlserver_audit を設定しません。
rds-sqlserver-audit-on = パラメータグループ '{ $group }' は rds.sqlserver_audit = fedramp_hipaa を設定しています。
rds-sqlserver-audit-other = パラメータグループ '{ $group }' は rds.sqlserver_audit = { $value } を設定しています。監査を有効にするには fedramp_hipaa に設定してください。
rds-sqlserver-audit-not-literal = パラメータグループ '{ $group }' の rds.sqlserver_audit はリテラル値ではありません。
rds-sqlserver-audit-unset = パラメータグループ '{ $group }' は rds.sqlserver_audit を設定していないため、SQL Server の監査は無効です。
rds-sqlserver-audit-option = オプショングループ '{ $group }' は SQL Server Audit (SQLSERVER_AUDIT) を有効にしています。ホワイトペーパーが示すパラメータグループの設定は rds.sqlserver_audit = fedramp_hipaa です。

## rds-sqlserver-edition

rds-sqlserver-express = SQL Server Express (sqlserver-ex) は PHI に対してサポートされておらず、PHI の保存に使用してはなりません。
rds-sqlserver-2008r2 = SQL Server 2008 R2 ({ $version }) が PHI に対してサポートされるのは Enterprise Edition のみであり、'{ $engine }' ではサポートされません。
rds-sqlserver-edition-supported = '{ $engine }' は PHI に対してサポートされているエディションです。
rds-sqlserver-edition-other = SQL Server エディション '{ $edition }' は、ホワイトペーパーが PHI に対してサポートするエディション (Web、Standard、Enterprise) ではありません。

## rds-tls-enforced

rds-tls-param-on = { $engine }: パラメータグループ '{ $group }' は { $parameter } = { $value } を設定しています。
rds-tls-param-off = { $engine }: パラメータグループ '{ $group }' は { $parameter } = { $value } を設定しているため、クライアントは TLS なしで接続できます。
rds-tls-param-unreadable = { $engine }: パラメータグループ '{ $group }' の { $parameter } は '{ $value }' であり、オンともオフとも解釈できません。
rds-tls-param-not-literal = { $engine }: パラメータグループ '{ $group }' の { $parameter } はリテラル値ではなく、オンともオフとも解釈できません。
rds-tls-family-default-on = { $engine }: パラメータグループ '{ $group }' は { $parameter } を設定していませんが、そのファミリーのデフォルト ({ $engine } { $version }) で TLS が必須になります。
rds-tls-family-default-off = { $engine }: パラメータグループ '{ $group }' は { $parameter } を設定しておらず、ファミリーのデフォルトではクライアントが TLS なしで接続できます。
rds-tls-engine-default-off = { $engine }: パラメータグループ '{ $group }' は { $parameter } を設定していません。エンジンのデフォルトではクライアントが TLS なしで接続できます。
rds-tls-default-group-on = デフォルトのパラメータグループを使用する { $engine } { $version }: デフォルトの { $parameter } で TLS が必須になります。カスタムパラメータグループで明示的に設定すると、監査人がこの統制を確認できるようになります。
rds-tls-default-group-off = { $engine } はデフォルトのパラメータグループを使用しており、{ $parameter } はオフのままです。クライアントは TLS なしで接続できます。
rds-tls-enforced-default-missing = パラメータグループもエンジンバージョンも宣言されていないため、構成では TLS が必須になっていません
rds-tls-enforced-default-does = PostgreSQL データベースをデフォルトで 15 以降のバージョンで作成し、そのデフォルトのパラメータグループは rds.force_ssl = 1 を設定します

## judge: cache_engine.rs

cache-engine-unrecognised = 認識できないエンジン '{ $engine }' です。
cache-engine-not-written = Engine が記述されていません。
cache-engine-group-node = レプリケーショングループのノードです。判定はレプリケーショングループが担います。
cache-engine-memcached = Memcached: ホワイトペーパーの ElastiCache の要件は Redis 向けです (Memcached はルール elasticache-memcached-not-for-phi が対象とします)。
cache-engine-from-global = { $path } はグローバルデータストアのプライマリレプリケーショングループから引き継がれますが、ここからは確認できません。

## elasticache-at-rest-encryption

elasticache-at-rest-serverless = サーバーレスキャッシュは保管中のデータを常に暗号化します。
elasticache-at-rest-cache-cluster = スタンドアロンのキャッシュクラスターは保管中のデータを暗号化できません。AtRestEncryptionEnabled を指定したレプリケーショングループを作成してください。
elasticache-at-rest-on = 保管中のデータは暗号化されています (AtRestEncryptionEnabled)。
elasticache-at-rest-off = AtRestEncryptionEnabled が false です。ディスク上のデータとバックアップは暗号化されません。
elasticache-at-rest-absent = AtRestEncryptionEnabled が設定されておらず、Redis OSS のレプリケーショングループはデフォルトでは保管時に暗号化されません。

## elasticache-engine-version

elasticache-version-serverless = サーバーレスキャッシュは AWS が管理するバージョンで実行されます。
elasticache-version-valkey = Valkey (7.2 以降) は対象となるエンジンです。
elasticache-version-default = EngineVersion が設定されていません。ElastiCache は現在のデフォルトバージョンを使用し、これは対象となるバージョンです。
elasticache-version-invalid = EngineVersion '{ $version }' はバージョンではありません。
elasticache-version-326 = Redis 3.2.6 は対象となるバージョンです。
elasticache-version-current = Redis { $version } は 4.0.10 以降です。
elasticache-version-ineligible = Redis { $version } は PHI の対象外です。3.2.6 または 4.0.10 以降を使用してください。

## elasticache-memcached-not-for-phi

elasticache-memcached-other-engine = { $engine } を実行しており、これは Redis のルールが対象とします。
elasticache-memcached-serverless = サーバーレスの Memcached はデータを暗号化しますが、クライアントを認証できません。ホワイトペーパーが PHI をサポートしているのは ElastiCache for Redis のみです。
elasticache-memcached = Memcached は保管中のデータの暗号化もクライアントの認証もできません。ホワイトペーパーが PHI をサポートしているのは ElastiCache for Redis のみです。

## elasticache-node-type

elasticache-node-serverless = サーバーレスキャッシュにはノードタイプがありません。
elasticache-node-not-written = CacheNodeType が記述されていません (スナップショットまたはグローバルデータストアから取得されます)。
elasticache-node-invalid = '{ $node }' は ElastiCache のノードタイプではありません。
elasticache-node-previous = { $node } は旧世代のノードタイプです。
elasticache-node-current = { $node } は現行世代のノードタイプです。

## elasticache-redis-auth

elasticache-auth-cache-cluster = スタンドアロンのキャッシュクラスターでは Redis AUTH を必須にできません。AuthToken またはユーザーグループを指定したレプリケーショングループを作成してください。
elasticache-auth-rbac = クライアントは RBAC ユーザーグループを通じて認証されます。
elasticache-auth-no-user-group = ユーザーグループがアタッチされていません (UserGroupId)。キャッシュに到達したクライアントは認証されません。
elasticache-auth-none = AuthToken も UserGroupIds も設定されていません。キャッシュに到達したクライアントは認証されません。
elasticache-auth-token-short = テンプレートに記述された AuthToken は 16 文字未満です。また、テンプレートを見られる人なら誰でも読み取れます。
elasticache-auth-token-long = テンプレートに記述された AuthToken は 128 文字を超えています。また、テンプレートを見られる人なら誰でも読み取れます。
elasticache-auth-token-not-ascii = テンプレートに記述された AuthToken には印字可能な ASCII 以外の文字が含まれています。また、テンプレートを見られる人なら誰でも読み取れます。
elasticache-auth-token-forbidden = テンプレートに記述された AuthToken には '/'、'"' または '@' が含まれています。また、テンプレートを見られる人なら誰でも読み取れます。
elasticache-auth-token-in-template = Redis AUTH は必須です。トークンがテンプレートに記述されているため、Secrets Manager または NoEcho パラメータに移してください。
elasticache-auth-token-in-repository = Redis AUTH は必須です。トークンがリポジトリに記述されているため (隠されたリテラルまたは変数のデフォルト値)、Secrets Manager に移してください。
elasticache-auth-token-secret = Redis AUTH は必須です (トークンはシークレットから提供されます)。

## elasticache-security-updates

elasticache-update-unnamed = (名前のない更新)
elasticache-update-its-cluster = そのクラスター
elasticache-update-not-security = 更新 { $name } のタイプは { $type } であり、セキュリティ更新ではありません。
elasticache-update-type-not-collected = ServiceUpdateType は収集されていません。
elasticache-update-status-not-collected = UpdateActionStatus は収集されていません。
elasticache-update-done = { $target } に対するセキュリティ更新 { $name } は { $status } です。
elasticache-update-no-date = { $target } に対するセキュリティ更新 { $name } は { $status } であり、その ServiceUpdateRecommendedApplyByDate は読み取れませんでした。
elasticache-update-overdue = { $target } に対するセキュリティ更新 { $name } は { $status } であり、推奨適用期限 { $date } を { $days } 日過ぎています。
elasticache-update-not-due = { $target } に対するセキュリティ更新 { $name } は { $status } ですが、期限は { $date } です。

## elasticache-transit-encryption

elasticache-transit-serverless = サーバーレスキャッシュは TLS 接続のみを受け付けます。
elasticache-transit-preferred = TransitEncryptionMode が 'preferred' です。キャッシュは暗号化されていない接続も引き続き受け付けます。
elasticache-transit-required = すべての接続で TLS が必須です。
elasticache-transit-mode-unknown = 認識できない TransitEncryptionMode '{ $mode }' です。
elasticache-transit-default-mode = TLS が有効で、必須になっています (デフォルトのモード)。
elasticache-transit-off = TransitEncryptionEnabled が false です。クライアントは平文で接続します。
elasticache-transit-cache-cluster = このスタンドアロンのキャッシュクラスターには TransitEncryptionEnabled が設定されていません。クライアントは平文で接続します。TLS を有効にしたレプリケーショングループを使用してください。
elasticache-transit-absent = TransitEncryptionEnabled が設定されていないため TLS は無効であり、クライアントは平文で接続します。
## elb-listener-tls

elb-listener-tls-no-actions = HTTP リスナーはアクションを宣言していません。
elb-listener-tls-no-type = { $path } に Type がありません。
elb-listener-tls-rule-no-type = リスナールール '{ $rule }': { $path } に Type がありません。
elb-listener-tls-redirects = HTTP リスナーは HTTPS へのリダイレクトのみを行います。
elb-listener-tls-redirect-other = HTTP リスナーは HTTPS ではなく '{ $protocol }' にリダイレクトします。
elb-listener-tls-rule-redirect-other = リスナールール '{ $rule }': HTTP リスナーは HTTPS ではなく '{ $protocol }' にリダイレクトします。
elb-listener-tls-redirect-no-protocol = HTTP リスナーは Protocol: HTTPS を設定せずにリダイレクトするため、リダイレクト先も平文の HTTP のままです。
elb-listener-tls-rule-redirect-no-protocol = リスナールール '{ $rule }': HTTP リスナーは Protocol: HTTPS を設定せずにリダイレクトするため、リダイレクト先も平文の HTTP のままです。
elb-listener-tls-fixed-response = HTTP リスナーは HTTPS へのリダイレクトまたは固定レスポンスの応答のみを行います。
elb-listener-tls-plain = HTTP リスナーはリクエストを平文で処理します ({ $type } アクション)。
elb-listener-tls-rule-plain = リスナールール '{ $rule }': HTTP リスナーはリクエストを平文で処理します ({ $type } アクション)。
elb-listener-tls-classic-encrypted = すべてのリスナーが HTTPS または SSL ({ $protocol }) を使用しています。
elb-listener-tls-classic-http = リスナーが平文の HTTP を受け付けています。Classic Load Balancer はリダイレクトできないため、PHI が暗号化されずに送信されるおそれがあります。
elb-listener-tls-classic-tcp = TCP リスナーはトラフィックをそのまま通過させます。アプリケーションが TLS を使用しているかは確認できません。
elb-classic-no-listeners = ロードバランサーはリスナーを宣言していません。
elb-path-not-written = { $path } が記述されていません。

## elb-target-tls

elb-target-tls-classic-encrypted = すべてのリスナーが { $protocol } でインスタンスに到達します。
elb-target-tls-classic-http = リスナーが平文の HTTP でインスタンスに転送しています。
elb-target-tls-classic-ssl-tcp = SSL リスナーが TLS を終端し、インスタンスに平文の TCP を転送しています。
elb-target-tls-classic-tcp = TCP パススルーです。インスタンス自身が TLS を終端する必要がありますが、確認できません。
elb-target-tls-classic-other = 認識できないインスタンスプロトコル '{ $protocol }' です。
elb-target-tls-classic-http-default = InstanceProtocol のない HTTP リスナーは HTTP でインスタンスに転送します。
elb-target-tls-classic-absent = { $path } が記述されていないため、バックエンドのプロトコルは AWS が選択し、暗号化されていることを確認できません。

## elb-tls-policy

elb-tls-policy-no-tls = { $protocol } リスナーは TLS のネゴシエーションを行いません。
elb-tls-policy-no-protocol = リスナーにプロトコルがありません。
elb-tls-policy-absent = SslPolicy が設定されていないため、リスナーは TLS 1.0 を受け付ける { $policy } を使用します。
elb-tls-policy-minimum = { $policy } は { $protocol } 以上を必須としています。
elb-tls-policy-old = { $policy } は { $protocol } を受け付けます。TLS 1.2 のポリシーを使用してください。
elb-tls-policy-unknown = '{ $policy }' はこのルールが認識しているセキュリティポリシーではありません。
elb-tls-policy-classic-absent = HTTPS/SSL リスナーに SSL ネゴシエーションポリシーがないため、TLS 1.0 を受け付ける { $policy } が使用されます。
elb-tls-policy-no-secure-listeners = HTTPS または SSL のリスナーがありません。
elb-tls-policy-reference-not-literal = 参照されているセキュリティポリシーはリテラル値ではありません。
elb-tls-policy-custom-old = カスタム SSL ポリシーが { $protocols } を有効にしています。
elb-tls-policy-custom-tls12 = カスタム SSL ポリシーは TLS 1.2 のみを許可しています。
elb-tls-policy-custom-unrecognised = カスタム SSL ポリシーは、このルールが認識するプロトコルを有効にしていません。

## flow-transmission-encrypted

flow-service-api = PHI は { $from } から { $to } へ { $via } によって移動します。これは HTTPS 経由の AWS API 呼び出しです。
flow-hop = { $hop ->
    [subscription] サブスクリプション { $name }
    [topic-subscription] トピック { $name } のサブスクリプション { $index }
    [target-group] ターゲットグループ { $name }
    [listener] リスナー { $name }
    [method] メソッド { $name }
    [integration] 統合 { $name }
    [api] API { $name } ({ $path })
    [delivery-stream] 配信ストリーム { $name }
   *[origin] ディストリビューション { $name } のオリジン '{ $origin }'
}
flow-url-http = { flow-hop } は PHI を平文の HTTP で { $url } に送信します。
flow-url-http-firehose = { flow-hop } は PHI を平文の HTTP で { $url } に送信します (Firehose は https:// のエンドポイント URL のみを受け付けます)。
flow-url-https = { flow-hop } は PHI を HTTPS で { $url } に送信します。
flow-url-other = { flow-hop } は PHI を '{ $url }' に送信しますが、これは http:// または https:// の URL ではありません。
flow-url-none = { flow-hop } は URL を指定していません。
flow-sns-http = { flow-hop } は PHI を平文の HTTP で { $endpoint } に配信します。
flow-sns-http-no-endpoint = { flow-hop } は PHI を平文の HTTP でエンドポイントに配信します。
flow-sns-https = { flow-hop } は PHI を HTTPS で配信します。
flow-sns-aws = { flow-hop } は PHI を AWS 内で TLS を使用して { $protocol } に配信します。
flow-sns-message = { flow-hop } は PHI を { $protocol } で配信します。経路上で暗号化されるかは、この設定ではなく受信側のメールサーバーまたは携帯電話事業者に依存します。
flow-protocol-other = { flow-hop } はプロトコル '{ $protocol }' を使用しています。
flow-protocol-none = { flow-hop } はプロトコルを宣言していません。
flow-target-group-lambda = { flow-hop } は Lambda API を通じて TLS で Lambda 関数を呼び出します。
flow-target-group-tls = { flow-hop } は { $protocol } でターゲットに接続します。
flow-target-group-http = { flow-hop } は PHI を平文の HTTP でターゲットに送信します。
flow-target-group-behind-tls = リスナー { $listener } が TLS を終端し、{ flow-hop } は PHI を平文の { $protocol } でターゲットに転送します。
flow-target-group-pass-through = { flow-hop } は { $protocol } をそのまま通過させます。このホップが暗号化されるのはターゲットが TLS を使用する場合のみです。
flow-listener-tls = { flow-hop } は { $protocol } で接続を受け付けます。
flow-listener-redirects = { flow-hop } は HTTP を HTTPS にリダイレクトします。
flow-listener-http = { flow-hop } はクライアントとの間で PHI を平文の HTTP で伝送します。
flow-listener-pass-through = { flow-hop } は { $protocol } をそのまま通過させます。このホップが暗号化されるのはクライアントとターゲットが TLS を使用する場合のみです。
flow-integration-private = { flow-hop } はプライベートです。TlsConfig がない場合、指定したリスナーのプロトコルを使用します。
flow-integration-private-tls = { flow-hop } はプライベートなターゲットへの接続に TLS を使用します。
flow-origin-vpc-outside = { flow-hop } は別の場所で定義された VPC オリジンです。そのプロトコルポリシーはここからは確認できません。
flow-origin-https = { flow-hop } は HTTPS のみで取得されます。
flow-origin-http = { flow-hop } は平文の HTTP で取得されます。
flow-origin-policy-other = { flow-hop } は OriginProtocolPolicy '{ $policy }' を使用しています。
flow-origin-policy-none = { flow-hop } は OriginProtocolPolicy を宣言していません。
flow-origin-viewer-http = { flow-hop } は HTTP のビューワーを許可する動作に PHI を提供しており、{ $fetch ->
    [s3] S3 オリジンはビューワーのプロトコルで取得されるため
   *[match-viewer] オリジンはビューワーのプロトコルで取得される (match-viewer) ため
}、PHI が平文の HTTP で送信されるおそれがあります。
flow-origin-viewer-policy = { flow-hop }: ViewerProtocolPolicy { $policy }
flow-origin-viewer-policy-none = { flow-hop }: ViewerProtocolPolicy が設定されていません。
flow-origin-viewer-https = { flow-hop }: { $fetch ->
    [s3] S3 オリジンはビューワーのプロトコルで取得され
   *[match-viewer] オリジンはビューワーのプロトコルで取得され (match-viewer)
}、このオリジンにルーティングされるすべての動作がビューワーに HTTPS を使用させています。

## cloudfront-origin-https

cloudfront-no-origins = ディストリビューションはオリジンを宣言していません。
cloudfront-path-not-written = { $path } が記述されていません。
cloudfront-origin-vpc-no-endpoint = VPC オリジン '{ $origin }' には、スキャン内にエンドポイント設定がありません。
cloudfront-origin-vpc-outside = VPC オリジン '{ $origin }' はこのスキャンの対象外で定義されているため、そのオリジンプロトコルを確認できません。
cloudfront-origin-no-config = オリジン '{ $origin }' はカスタムオリジン設定も S3 オリジン設定も宣言していません。
cloudfront-origin-http-only = オリジン '{ $origin }' は平文の HTTP で取得されます (OriginProtocolPolicy: http-only)。
cloudfront-origin-policy-other = 認識できない OriginProtocolPolicy '{ $policy }' です。
cloudfront-origin-ssl-unresolved = { $path } にはデプロイ時にのみ判明する値が含まれています。
cloudfront-origin-tls12 = オリジン '{ $origin }' は TLS 1.2 を使用した HTTPS で取得されます。
cloudfront-origin-old-tls = オリジン '{ $origin }' は HTTPS で取得されますが、使用できるのは { $protocols } のみで、TLS 1.2 ではありません。
cloudfront-origin-https-only = オリジン '{ $origin }' は HTTPS のみで取得されます。
cloudfront-origin-kind = { $kind ->
    [s3] S3 オリジン
   *[match-viewer] match-viewer オリジン
}
cloudfront-origin-every-behavior-https = { cloudfront-origin-kind } '{ $origin }' には HTTPS で到達します。すべてのキャッシュ動作がビューワーに HTTPS を必須としています。
cloudfront-origin-id-unresolved = { cloudfront-origin-kind } { $origin } の Id がリテラル値ではないため、そのオリジンにルーティングする動作は不明です。
cloudfront-origin-target-unresolved = { $behavior }.TargetOriginId がリテラル値ではないため、{ cloudfront-origin-kind } '{ $origin }' にルーティングする動作は不明です。
cloudfront-origin-routed-https = { cloudfront-origin-kind } '{ $origin }' には HTTPS で到達します。そのオリジンにルーティングするすべての動作がビューワーに HTTPS を必須としています。
cloudfront-origin-routed-http = { cloudfront-origin-kind } '{ $origin }' はビューワーのプロトコルで取得されますが、{ $behavior } は平文の HTTP を許可しています (allow-all)。
cloudfront-origin-routed-unresolved = { cloudfront-origin-kind } '{ $origin }': { $behavior } のビューワープロトコルポリシーを解決できません。
cloudfront-origin-not-routed = { cloudfront-origin-kind } '{ $origin }' にルーティングするキャッシュ動作はありません。
cloudfront-origin-no-behaviors = 動作がありません。

## cloudfront-s3-origin-encrypted

cloudfront-s3-origin-none = S3 オリジンはありません。カスタムオリジンは自身のストレージを暗号化します。

## cloudfront-tls-minimum

cloudfront-tls-minimum-default-certificate = ディストリビューションは CloudFront のデフォルト証明書を使用しており、その最小プロトコル (TLSv1) は変更できません。
cloudfront-tls-minimum-absent = MinimumProtocolVersion が設定されていないため、ビューワーは TLSv1 で接続できます。
cloudfront-tls-minimum-ok = { $version } は { $protocol } 以上を必須としています。
cloudfront-tls-minimum-old = { $version } は { $protocol } を受け付けます。TLSv1.2_2021 を使用してください。
cloudfront-tls-minimum-unknown = '{ $version }' はこのルールが認識しているプロトコルバージョンではありません。

## cloudfront-viewer-https

cloudfront-viewer-no-behavior = ディストリビューションはキャッシュ動作を宣言していません。
cloudfront-viewer-https = すべてのキャッシュ動作が HTTPS を必須としています ({ $policy })。
cloudfront-viewer-allow-all = { $path } は平文の HTTP を許可しています (ViewerProtocolPolicy: allow-all)。
cloudfront-viewer-other = 認識できない ViewerProtocolPolicy '{ $policy }' です。

## neptune-audit-logs

neptune-audit-exports-absent = 監査ログはエクスポートされていません (EnableCloudwatchLogsExports が設定されていません)。
neptune-audit-exports-unresolved = { $path } を完全には解決できません。
neptune-audit-group-outside = パラメータグループ '{ $group }' はこのスキャンに含まれていません。そこで neptune_enable_audit_log を確認してください。
neptune-group-other = パラメータグループは '{ $name }' ({ $kind }) を指しています。
neptune-audit-on = '{ $group }' で監査ログが有効になっており、CloudWatch Logs にエクスポートされています。
neptune-audit-off = パラメータグループ '{ $group }' は neptune_enable_audit_log を有効にしていません。
neptune-audit-default = パラメータグループ '{ $group }' は neptune_enable_audit_log をデフォルトの 0 のままにしているため、何も記録されません。

## neptune-storage-encrypted

neptune-storage-encrypted-absent = StorageEncrypted が設定されていません。Neptune はデフォルトで暗号化されていないクラスターを作成します。

## neptune-tls

neptune-tls-https-only = エンジン { $version } は HTTPS 接続 (TLS 1.2 以上) のみを受け付けます。
neptune-tls-version-unparsed = EngineVersion '{ $version }' はバージョン番号ではありません。
neptune-tls-default-group = エンジン { $version } はデフォルトのパラメータグループを使用しており、SSL が必須です。
neptune-tls-group-outside = エンジン { $version } は HTTPS 専用の Neptune より前のバージョンであり、そのパラメータグループ '{ $group }' はこのスキャンに含まれていません。
neptune-tls-ssl-off = neptune_enforce_ssl を 0 に設定したパラメータグループ '{ $group }' を使用するエンジン { $version } は、平文の接続を受け付けます。
neptune-tls-ssl-on = パラメータグループ '{ $group }' は SSL を強制しています。
neptune-tls-ssl-default = パラメータグループ '{ $group }' はデフォルトのままであり、SSL が必須です。

## lambdaedge-https

lambdaedge-https-viewer-http = Lambda@Edge を実行する動作が、平文の HTTP によるビューワーの接続を許可しています。
lambdaedge-https-viewer-absent = Lambda@Edge を実行する動作に ViewerProtocolPolicy がありません。
lambdaedge-https-no-origin = { $path } はディストリビューションのどのオリジンも指定していません。
lambdaedge-https-origin-http = Lambda@Edge を実行する動作のオリジンには HTTP (http-only) で到達します。ビューワーは { $policy } を使用します。
lambdaedge-https-none = Lambda@Edge を実行するキャッシュ動作はありません。
lambdaedge-https-ok = Lambda@Edge を実行する動作は、ビューワーとオリジンの両方に HTTPS を使用しています。

## events-api-destination-https

events-api-destination-no-endpoint = InvocationEndpoint が記述されていません。
events-api-destination-https = イベントは HTTPS で配信されます。
events-api-destination-http = エンドポイント { $url } は平文の HTTP であるため、イベントは暗号化されずに送信されます。
events-api-destination-other = '{ $url }' は http(s) の URL ではありません。

## judge: endpoint_url.rs

endpoint-url-http = { $name } は http://{ $host } を指しています。このエンドポイントへのリクエストは平文で送信されます。
endpoint-url-http-dynamodb = { $name } は http://{ $host } (DynamoDB エンドポイント) を指しています。このエンドポイントへのリクエストは平文で送信されます。
endpoint-url-http-more = { $name } は http://{ $host } を指しており、ほかにも同様のものが { $more } 件あります。これらのエンドポイントへのリクエストは平文で送信されます。
endpoint-url-http-dynamodb-more = { $name } は http://{ $host } (DynamoDB エンドポイント) を指しており、ほかにも同様のものが { $more } 件あります。これらのエンドポイントへのリクエストは平文で送信されます。
endpoint-url-https = 設定内の { $count } 件のエンドポイント URL が https:// を使用しています。
endpoint-url-none = 設定にエンドポイント URL は記述されていません (コードから行われる呼び出しはコードレビューが必要です)。

## judge: reference.rs

reference-other-kind = { $path } は '{ $name }' を参照していますが、これは { $wanted } ではなく { $kind } です。
reference-found = { $path } は '{ $name }' を参照しています。
reference-outside = { $path } は '{ $name }' を指定していますが、これはこのスキャンに含まれていません。

## elb-access-logs

elb-access-logs-key-unreadable = 属性キー: { $reason }

## elb-listener-tls

elb-listener-tls-rule-actions-unreadable = リスナールール '{ $rule }' のアクション: { $reason }
elb-listener-tls-type-unreadable = アクションタイプ: { $reason }
elb-listener-tls-rule-type-unreadable = リスナールール '{ $rule }' のアクションタイプ: { $reason }
elb-listener-tls-redirect-unreadable = リダイレクトのプロトコル: { $reason }
elb-listener-tls-rule-redirect-unreadable = リスナールール '{ $rule }' のリダイレクトのプロトコル: { $reason }

## flow-transmission-encrypted

flow-unreadable = { flow-hop }: { $property }: { $reason }

## neptune-tls

neptune-parameters-unreadable = '{ $group }' のパラメータ: { $reason }
## phi-store-not-public

phi-store-no-phi = このリソースは PHI を保持していません。
phi-store-redshift-private = PubliclyAccessible が設定されていません。Redshift クラスターは、これが true でない限りプライベートです。
phi-store-broker-private = PubliclyAccessible が設定されていません。ブローカーは、これが true でない限りプライベートです。
phi-store-public-true = PubliclyAccessible が true です。エンドポイントは VPC の外部からパブリック IP アドレスに解決されます。
phi-store-public-false = PubliclyAccessible が false です。エンドポイントはプライベートです。
phi-store-terraform-private = PubliclyAccessible が設定されていません。Terraform プロバイダーはデフォルトで{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }をプライベートとして作成します。
phi-store-default-subnet-group = PubliclyAccessible が設定されておらず、{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }が `default` DB サブネットグループを使用しているため、RDS はこれをパブリックにします。
phi-store-own-subnet-group = PubliclyAccessible が設定されていませんが、独自の DB サブネットグループがあるため、RDS は{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }をプライベートとして作成します。
phi-store-aurora-private = PubliclyAccessible が設定されていません。DB サブネットグループが指定されていない場合、Aurora はインスタンスをプライベートとして作成します。
phi-store-default-vpc = PubliclyAccessible が設定されておらず、DB サブネットグループも指定されていません。RDS は{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }をデフォルト VPC に配置し、パブリックにします。
phi-store-engine-unknown = PubliclyAccessible が設定されておらず、DB サブネットグループも指定されていません。RDS はエンジンが Aurora でない限り{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }をパブリックにしますが、エンジンが不明です。
phi-store-aurora-cluster = Aurora クラスターのエンドポイントはインスタンスの PubliclyAccessible に従い、各インスタンスで判定されます。
phi-store-not-multi-az-cluster = マルチ AZ DB クラスターではありません (DBClusterInstanceClass がありません)。PubliclyAccessible はそのインスタンスが保持します。
phi-store-eks-private = クラスターの API エンドポイントはプライベートです (EndpointPublicAccess が false)。
phi-store-eks-public = クラスターの API エンドポイントはインターネット全体に公開されています。EndpointPublicAccess が有効 (デフォルト) で、PublicAccessCidrs による制限がありません。
phi-store-eks-open-cidr = クラスターの API エンドポイントはパブリックで、PublicAccessCidrs に { $cidr } が含まれています。
phi-store-eks-cidrs-empty = クラスターの API エンドポイントはパブリックで、PublicAccessCidrs が空です (この場合 AWS は 0.0.0.0/0 を許可します)。
phi-store-eks-cidrs-limited = クラスターのパブリック API エンドポイントは、列挙された PublicAccessCidrs に限定されています。

## resource-policy-not-public

resource-policy-no-phi = このリソースは PHI を保持も伝送もしていません。
resource-policy-open-but-bpa = { $path } は { $by ->
        [sid] '{ $statement }'
       *[index] ステートメント { $statement }
    } で全員を許可していますが、ブロックパブリックアクセスの { $setting } が有効なため、S3 はこれを無視します。
resource-policy-open-but-vpc = { $path } は { $by ->
        [sid] '{ $statement }'
       *[index] ステートメント { $statement }
    } で全員を許可していますが、ドメインは VPC 内にあるため、到達できるのはそのネットワーク (およびセキュリティグループ) だけです。
resource-policy-open = { $path } は { $by ->
        [sid] '{ $statement }'
       *[index] ステートメント { $statement }
    } で Principal "*" を許可しており、アカウント、組織、VPC、ソースのいずれかに制限する条件がありません。
resource-policy-acl-but-bpa = バケットは既定 ACL { $acl } を付与していますが、ブロックパブリックアクセスの { $setting } が有効なため、S3 はこれを無視します。
resource-policy-acl-authenticated = バケットはパブリックな既定 ACL { $acl } を付与しています。すべての AWS アカウントが読み取れます。
resource-policy-acl-public = バケットはパブリックな既定 ACL { $acl } を付与しています。誰でも読み取れます。
resource-policy-none = リソースポリシーはアタッチされていません。アクセスできるのはアカウントの IAM アイデンティティのみです。
resource-policy-no-open-statement = { $policies } のどのステートメントも、制限する条件なしに全員を許可していません。
resource-policy-lambda-open = アクセス許可 { $permission } は Principal "*" に関数の呼び出しを許可しており、SourceArn、SourceAccount、PrincipalOrgID のいずれもありません。
resource-policy-lambda-restricted = すべてのアクセス許可がプリンシパルを指定しているか、ソースを制限しています。
resource-policy-lambda-none = 関数にはリソースベースのアクセス許可がアタッチされていません。

## judge: exposure.rs

exposure-not-a-subnet = { $name } はサブネットではありません。
exposure-subnet-outside = サブネット '{ $subnet }' はこのスキャンに含まれていないため、パブリック IP を割り当てるかどうかは不明です。

## ec2-phi-no-public-ip

ec2-public-ip-no-phi = このホストは PHI を保持も処理もしていません。
ec2-public-ip-launched-elsewhere = AssociatePublicIpAddress が記述されていません。これを起動するインスタンスまたはグループのサブネットによって決まり、そちらで判定されます。
ec2-public-ip-assoc-true = { $path } が true です。ホストにパブリック IP アドレスが割り当てられます。
ec2-public-ip-assoc-false = { $path } が false です。パブリック IP アドレスは割り当てられません。
ec2-public-ip-from-assoc-true = { $kind ->
        [template] 起動テンプレート
       *[configuration] 起動設定
    } { $name }: { $path } が true です。ホストにパブリック IP アドレスが割り当てられます。
ec2-public-ip-from-assoc-false = { $kind ->
        [template] 起動テンプレート
       *[configuration] 起動設定
    } { $name }: { $path } が false です。パブリック IP アドレスは割り当てられません。
ec2-public-ip-eip = Elastic IP { $eip } によってインスタンスにパブリック IP アドレスが割り当てられます。
ec2-public-ip-subnet-public = サブネット { $subnet } は MapPublicIpOnLaunch が true のため、ホストにパブリック IP アドレスが割り当てられます。
ec2-public-ip-private-subnets = ホストはプライベートサブネット (MapPublicIpOnLaunch なし) で起動されます。
ec2-public-ip-instance-default-vpc = サブネットが指定されていません。インスタンスはデフォルト VPC で起動され、そのデフォルトサブネットは、アカウントで変更されていない限りパブリック IP アドレスを割り当てます。
ec2-public-ip-subnet-unjudged = サブネットを判定できません。
ec2-public-ip-group-no-subnet = VPCZoneIdentifier にサブネットが指定されていません。
ec2-public-ip-group-default-vpc = VPCZoneIdentifier がありません。グループはデフォルト VPC で起動され、そのデフォルトサブネットは、アカウントで変更されていない限りパブリック IP アドレスを割り当てます。
ec2-public-ip-ecs-enabled = AssignPublicIp が有効です。すべてのタスクにパブリック IP アドレスが割り当てられます。
ec2-public-ip-ecs-disabled = AssignPublicIp は無効です。
ec2-public-ip-ecs-bridge = このサービスはブリッジまたはホストネットワーキングを使用しています。タスクはコンテナインスタンスのアドレスを共有するため、インスタンスで判定されます。
ec2-public-ip-ecs-default = AssignPublicIp が設定されていません。ECS はデフォルトではパブリック IP を割り当てません。

## cloudtrail-audit-log-retention

cloudtrail-retention-no-bucket = 証跡がバケットを指定していません。
cloudtrail-retention-not-bucket = { $path } は '{ $name }' を指定していますが、これは { $kind } であり、バケットではありません。
cloudtrail-retention-outside = ログバケット '{ $bucket }' はスキャンしたファイル内で定義されていないため、ライフサイクルを確認できません。
cloudtrail-retention-expires = ログバケット '{ $bucket }' のライフサイクルルール { $rule } は、6 年 ({ $minimum } 日) より前の { $days } 日後に監査ログを削除します。
cloudtrail-retention-kept = ログバケット '{ $bucket }' は 6 年以内に監査ログを失効させません。

## cloudtrail-data-events

cloudtrail-data-events-on = 証跡はデータイベントを記録しています。
cloudtrail-data-events-other = 証跡 '{ $trail }' がデータイベントを記録しています。
cloudtrail-data-events-management-only = 証跡は管理イベントのみを記録しています。S3 オブジェクトと DynamoDB 項目 (PHI) の読み取りと書き込みは監査記録に残りません。

## cloudtrail-kms-encryption

cloudtrail-kms-set = ログファイルは KMS キーで暗号化されています (SSE-KMS)。
cloudtrail-kms-absent = KMSKeyId が設定されていません。ログファイルにはデフォルトの SSE-S3 暗号化しか適用されず、キーポリシーで読み取りできるユーザーを制限することも、復号を記録することもできません。

## cloudtrail-log-file-validation

cloudtrail-validation-absent = EnableLogFileValidation が設定されていません。CloudTrail はデフォルトではダイジェストファイルを書き込みません。

## cloudtrail-multi-region

cloudtrail-multi-region-absent = IsMultiRegionTrail が設定されていません。証跡はデフォルトではホームリージョンのみを記録します。
cloudtrail-multi-region-other = この証跡は 1 つのリージョンを記録していますが、証跡 { $trail } がすべてのリージョンを記録しています。

## cloudtrail-phi-bucket-data-events

cloudtrail-phi-bucket-not-live = このバケットはライブアカウントから読み取られたものではありません。
cloudtrail-phi-bucket-advanced = 証跡 { $trail } はログ記録中で、アドバンストイベントセレクターがこのバケットの S3 オブジェクトイベントを記録しています。
cloudtrail-phi-bucket-basic = 証跡 { $trail } はログ記録中で、イベントセレクターがこのバケットの S3 オブジェクトイベントを記録しています。
cloudtrail-phi-bucket-stopped = 証跡 { $trails } はこのバケットのオブジェクトイベントを記録する設定ですが、ログ記録を行っていません。
cloudtrail-phi-bucket-none = アカウント { $account } には、バケット { $bucket } のオブジェクトの読み取りと書き込みのイベントを記録する証跡がありません。誰がその中の PHI を読み取り、変更したかが監査記録に残りません。

## cloudtrail-records-api-calls

cloudtrail-api-calls-one = アカウント { $account } では、証跡 { $trails } がログ記録中で、スキャンしたすべてのリージョン ({ $regions }) ですべてのサービスの読み取りと書き込みの管理イベントを記録しています。
cloudtrail-api-calls-many = アカウント { $account } では、証跡 { $trails } がログ記録中で、スキャンしたすべてのリージョン ({ $regions }) ですべてのサービスの読み取りと書き込みの管理イベントを記録しています。

## cloudtrail-trail-exists

cloudtrail-trail-none = スキャンした構成に CloudTrail 証跡が定義されていません。イベント履歴だけでは BAA が求める監査ログになりません。証跡が別のスタックまたはアカウントにある場合は、それもスキャンするか、その理由を添えてこの検出結果を抑制してください。
cloudtrail-trail-none-no-phi = 証跡は定義されておらず、スキャン内に PHI を保持するものもありません。
cloudtrail-trail-none-account = アカウント { $account } には CloudTrail 証跡がありません。その API アクティビティは 90 日間のイベント履歴にしか残らず、これは BAA が求める監査ログではありません。
cloudtrail-trail-logging = 証跡はログ記録中です。
cloudtrail-trail-not-logging = IsLogging が false です。証跡は存在しますが、何も記録していません。
cloudtrail-trail-logging-default = 証跡はログ記録中です (enable_logging のデフォルトは true)。
cloudtrail-trail-not-collected = IsLogging が収集されていません (cloudtrail:GetTrailStatus)。
cloudtrail-trail-logging-unset = IsLogging が設定されていません。CloudFormation ではこれが必須のため、このテンプレートは記述どおりにはデプロイできません。
## iam-console-user-mfa

iam-credential-row-not-collected = ユーザーの認証情報レポートの行は収集されていません (iam:GetCredentialReport)。
iam-console-no-mfa = ユーザーは MFA デバイスなしでパスワードによりコンソールにサインインしています。
iam-console-no-mfa-last-used = ユーザーは MFA デバイスなしでパスワードによりコンソールにサインインしています (パスワードの最終使用: { $used })。

## iam-console-user-no-access-keys

iam-console-no-password-workload = ユーザーにはコンソールパスワードがありません (人ではなくワークロードの ID です)。
iam-console-active-keys = コンソールユーザーは有効な長期アクセスキーも { $count } 個保持しています ({ $keys })。

## iam-no-long-term-access-keys

iam-key-inactive = アクセスキーは無効な状態で作成されます。
iam-key-inactive-for = '{ $user }' のアクセスキーは無効な状態で作成されます。
iam-key-active = テンプレートが有効な長期アクセスキーを作成しています。ロールまたは一時的な認証情報を使用してください。
iam-key-active-for = テンプレートが '{ $user }' の有効な長期アクセスキーを作成しています。ロールまたは一時的な認証情報を使用してください。
iam-key-default-active = テンプレートが長期アクセスキーを作成しています (デフォルトで有効です)。ロールまたは一時的な認証情報を使用してください。
iam-key-default-active-for = テンプレートが '{ $user }' の長期アクセスキーを作成しています (デフォルトで有効です)。ロールまたは一時的な認証情報を使用してください。

## iam-root-mfa

iam-root-mfa = アカウント { $account } のルートユーザーには MFA があります。
iam-root-no-mfa = アカウント { $account } のルートユーザーには MFA デバイスがありません。パスワードだけですべての PHI ストアにアクセスできます。
iam-root-mfa-not-collected = アカウント { $account } の RootMfaActive は収集されていません (iam:GenerateCredentialReport / iam:GetCredentialReport)。

## iam-root-no-access-keys

iam-root-no-key = アカウント { $account } のルートユーザーには有効なアクセスキーがありません。
iam-root-active-key = アカウント { $account } のルートユーザーには有効なアクセスキーがあります。これはすべての権限を持ち、期限切れにならない共有の認証情報です。
iam-root-keys-not-collected = アカウント { $account } の RootAccessKeysActive は収集されていません (iam:GetCredentialReport)。

## docdb-audit-logs

docdb-audit-no-exports = クラスターは CloudWatch にログをエクスポートしていません。監査イベントは記録されません。
docdb-audit-not-exported = EnableCloudwatchLogsExports に audit が含まれていません。
docdb-audit-default-group = 監査ログはエクスポートされていますが、デフォルトのパラメータグループでは audit_logs が無効のままのため、監査イベントは書き込まれません。
docdb-audit-default-group-named = 監査ログはエクスポートされていますが、デフォルトのパラメータグループ { $group } では audit_logs が無効のままです。
docdb-group-outside = パラメータグループ '{ $group }' はスキャンしたファイル内で定義されていません。
docdb-audit-on = 監査ログはエクスポートされており、パラメータグループ '{ $group }' は audit_logs = { $value } を設定しています。
docdb-audit-off = パラメータグループ '{ $group }' は audit_logs = { $value } を設定しているため、監査イベントは書き込まれません。
docdb-audit-unset = パラメータグループ '{ $group }' では audit_logs がデフォルト (無効) のままです。

## docdb-storage-encrypted

docdb-storage-encrypted-absent = StorageEncrypted が設定されていません。DocumentDB クラスターはデフォルトでは暗号化されません。

## docdb-tls

docdb-tls-default-group = クラスターは TLS を必須とするデフォルトのパラメータグループを使用しています。
docdb-tls-default-group-named = デフォルトのパラメータグループ { $group } は TLS を必須としています。
docdb-tls-unset = パラメータグループ '{ $group }' では tls がデフォルト (有効) のままです。
docdb-tls-disabled = パラメータグループ '{ $group }' は tls = disabled を設定しているため、クライアントは TLS なしで接続できます。
docdb-tls-value = パラメータグループ '{ $group }' は tls = { $value } を設定しています。

## batch-encrypted-storage

batch-unmanaged = アンマネージド型のコンピューティング環境です。そのインスタンスは EC2 のルールで判定されます。
batch-fargate = Fargate のコンピューティング環境です。ストレージは AWS が暗号化します。
batch-no-compute-resources = コンピューティング環境はコンピューティングリソースを宣言していません。
batch-ebs-default = アカウントは新しい EBS ボリュームをデフォルトで暗号化します ('{ $setting }')。
batch-no-launch-template = 起動テンプレートがありません。アカウントが EBS をデフォルトで暗号化しない限り、インスタンスは AMI の暗号化されていない EBS ボリュームで起動します。
batch-lt-not-named = 起動テンプレートが指定されていません。
batch-lt-outside = 起動テンプレート '{ $template }' はこのスキャンに含まれていません。
batch-lt-other = 起動テンプレートは '{ $name }' ({ $kind }) を指しています。
batch-lt-no-mappings = 起動テンプレート '{ $template }' は暗号化されたボリュームを宣言していないため、ルートボリュームは AMI に従います (暗号化されません)。
batch-lt-device-unencrypted = 起動テンプレート '{ $template }' は { $device } を暗号化しないままにしています。
batch-lt-some-device-unencrypted = 起動テンプレート '{ $template }' はデバイスを暗号化しないままにしています。
batch-lt-device-not-encrypted = 起動テンプレート '{ $template }' は { $device } を暗号化していません。
batch-lt-some-device-not-encrypted = 起動テンプレート '{ $template }' は暗号化していないデバイスがあります。
batch-lt-device-snapshot = { $device } は、暗号化の有無をここでは確認できないスナップショットから作成されます。
batch-lt-some-device-snapshot = デバイスが、暗号化の有無をここでは確認できないスナップショットから作成されます。
batch-lt-no-ebs = 起動テンプレート '{ $template }' は暗号化された EBS ボリュームを宣言していません。
batch-lt-encrypted = 起動テンプレート '{ $template }' は宣言しているすべての EBS ボリュームを暗号化しています。

## opensearch-encryption-at-rest

opensearch-encryption-at-rest-absent = EncryptionAtRestOptions.Enabled が設定されていません。ドメインのデータは保管時に暗号化されません。

## opensearch-https-only

what-https-enforcement = HTTPS の強制
opensearch-https-absent = DomainEndpointOptions.EnforceHTTPS が設定されていません。ドメインは平文の HTTP リクエストを受け付けます。

## opensearch-node-to-node

what-node-to-node-encryption = ノード間の暗号化
opensearch-node-to-node-absent = NodeToNodeEncryptionOptions.Enabled が設定されていません。ノード間のトラフィックは暗号化されません。

## opensearch-engine-version

opensearch-es-version-absent = ElasticsearchVersion が設定されていないため、ドメインは Elasticsearch 1.5 で作成されます。
opensearch-engine-version-absent = EngineVersion が設定されていません。ドメインは最新の OpenSearch バージョンで稼働します。
opensearch-engine-opensearch = { $version } は OpenSearch です。
opensearch-es-recent = Elasticsearch { $version } は 6.0 以降です。
opensearch-es-old = Elasticsearch { $version } は、PHI に求められる最低バージョン 6.0 より古いバージョンです。
opensearch-engine-unrecognised = '{ $version }' は認識できるエンジンバージョンではありません。

## opensearch-tls-policy

opensearch-tls-policy-absent = TLSSecurityPolicy が設定されていないため、エンドポイントは TLS 1.0 を受け付ける { $policy } を使用します。
opensearch-tls-policy-ok = { $policy } は { $protocol } 以降を必須としています。
opensearch-tls-policy-old = { $policy } は { $protocol } を受け付けます。TLS 1.2 のポリシーを使用してください。
opensearch-tls-policy-unknown = '{ $policy }' はこのルールが認識している TLS セキュリティポリシーではありません。

## opensearch-vpc-access

opensearch-public-open-policy = ドメインにはパブリックエンドポイントがあり、そのアクセスポリシーは条件なしで全員 (Principal *) を許可しています。
opensearch-public-endpoint = ドメインにはパブリックエンドポイントがあります (VPCOptions がありません)。ホワイトペーパーは VPC ドメインを求めています。

## waf-protected-resource-https

waf-lb-no-listener = '{ $lb }' のリスナーはこのスキャンに含まれていません。
waf-listener-no-protocol = リスナー '{ $listener }' にはプロトコルがありません。
waf-listener-protocol-unresolvable = リスナー '{ $listener }' のプロトコルを解決できません。
waf-lb-http-listener = '{ $lb }' には、HTTPS にリダイレクトせずにトラフィックを処理する HTTP リスナー '{ $listener }' があります。
waf-lb-https-only = '{ $lb }' は HTTPS のみを提供しています (HTTP リスナーはリダイレクトします)。
waf-no-acl = ウェブ ACL がアタッチされていません。
waf-viewer-http = キャッシュ動作がビューワーに HTTP の使用を許可しています (ViewerProtocolPolicy allow-all)。
waf-origin-http = CloudFront は HTTP でカスタムオリジンに接続しています (OriginProtocolPolicy http-only)。
waf-cloudfront-https = ビューワーとオリジンには HTTPS で接続しています。
waf-no-resource = 関連付けにリソースが指定されていません。
waf-endpoint-https-only = 保護対象のエンドポイントは HTTPS のみを受け付けます。
waf-resource-https-only = '{ $name }' は HTTPS のみを受け付けます。
waf-resource-not-judged = '{ $name }' ({ $kind }) のプロトコルはここでは判定しません。
waf-resource-outside = '{ $arn }' はこのスキャン内で定義されていません。

## judge: ecs_task.rs

ecs-containers-not-list = { $path } はリストではありません。
ecs-containers-unreadable = { $path } は読み取り可能なリストではありません。

## ecs-container-logging

ecs-no-containers = コンテナ定義がありません。
ecs-logging-none = コンテナ '{ $container }' には LogConfiguration がないため、そのログはタスクとともに失われます。
ecs-logging-none-driver = コンテナ '{ $container }' は none ログドライバーを使用しているため、そのログは破棄されます。
ecs-logging-other-driver = コンテナ '{ $container }' は { $driver } ドライバーでログを記録しています。ログが CloudWatch または他の保持されるストアに届くかどうかは、ここでは確認できません。
ecs-logging-no-driver = コンテナ '{ $container }' の LogConfiguration には LogDriver がありません。
ecs-logging-ok = すべてのコンテナがログを CloudWatch Logs または FireLens に送信しています。

## ecs-efs-transit-encryption

ecs-no-volumes = ボリュームがありません。
ecs-efs-transit-absent = EFS ボリューム '{ $volume }' は TransitEncryption を設定していません。デフォルトは DISABLED です。
ecs-efs-tls = すべての EFS ボリュームが TLS でマウントされています。
ecs-efs-transit-value = EFS ボリューム '{ $volume }' は TransitEncryption を { $value } に設定しています。
ecs-no-efs-volumes = EFS ボリュームがありません。

## ecs-log-destination-tls

ecs-log-firelens-config-file = コンテナ '{ $container }': FireLens の出力はタスク定義ではなく設定ファイルで定義されています。
ecs-log-unknown-output = コンテナ '{ $container }': Fluent Bit の出力 { $output } は phiguard が認識しているものではありません。
ecs-log-address-absent = コンテナ '{ $container }': { $key } が設定されていません。
ecs-log-fluentd = コンテナ '{ $container }': fluentd ドライバーの転送時のセキュリティは受信側のエージェントに依存します。
ecs-log-driver-unresolvable = コンテナ '{ $container }': { $path } を解決できません。
ecs-log-cleartext-fluent-bit-host = コンテナ '{ $container }' は、tls On なしの Fluent Bit の { $output } 出力を通じて { $host } にログを平文で送信しています。
ecs-log-cleartext-fluent-bit = コンテナ '{ $container }' は、tls On なしの Fluent Bit の { $output } 出力を通じてその送信先ホストにログを平文で送信しています。
ecs-log-cleartext-url = コンテナ '{ $container }' はログを { $url } に平文で送信しています。
ecs-log-tls-awslogs = コンテナのログは TLS でホストから送信されています (CloudWatch Logs (awslogs))。
ecs-log-tls-aws-output = コンテナのログは TLS でホストから送信されています (AWS の Fluent Bit 出力 { $output })。
ecs-log-tls-fluent-bit = コンテナのログは TLS でホストから送信されています (TLS を有効にした Fluent Bit 出力 { $output })。
ecs-log-tls-url = コンテナのログは TLS でホストから送信されています ({ $url })。
ecs-log-none-off-host = ホストの外にログを送信するコンテナはありません。

## backup-plan-covers-phi-stores

backup-covers-selection = AWS Backup の選択 { $selection } がこのリソースをバックアッププランに割り当てています。
backup-covers-attached = このリソースはインスタンス { $instance } にアタッチされており、そのインスタンスは AWS Backup の選択 { $selection } によってバックアップされています。
backup-covers-dlm = Data Lifecycle Manager のポリシーがこのリソースのスナップショットを作成しています。
backup-lead-native =
    { $plan ->
        [none] AWS Backup プランが定義されていません
       *[unassigned] このリソースを割り当てる AWS Backup の選択はありません
    }
backup-lead-missing =
    { $scope ->
        [account] アカウント { $account } には、このリソースを (ARN またはタグで) 割り当てる AWS Backup の選択がありません
        [scan] スキャン内には、このリソースを (ARN、参照またはタグで) 割り当てる AWS Backup の選択がありません
       *[none] スキャンは AWS Backup プラン (AWS::Backup::BackupPlan/BackupSelection) を定義していません
    }
backup-native-backups-default = { backup-lead-native }が、自動バックアップはデフォルトで有効です ({ $prop } 1 日)。
backup-native-backups-kept = { backup-lead-native }が、自動バックアップは { $days } 日間保持されます ({ $prop })。
backup-native-snapshots-default = { backup-lead-native }が、自動スナップショットはデフォルトで有効です ({ $prop } 1 日)。
backup-native-snapshots-kept = { backup-lead-native }が、自動スナップショットは { $days } 日間保持されます ({ $prop })。
backup-native-pitr = { backup-lead-native }が、ポイントインタイムリカバリが継続的なバックアップを保持しています。
backup-native-pitr-replicas = { backup-lead-native }が、ポイントインタイムリカバリがすべてのレプリカで継続的なバックアップを保持しています。
backup-native-efs = { backup-lead-native }が、自動バックアップポリシー (BackupPolicy ENABLED) により AWS Backup のデフォルトプランに含まれています。
backup-native-fsx-default = { backup-lead-native }が、FSx はデフォルトで毎日自動バックアップを取得します。
backup-native-fsx-kept = { backup-lead-native }が、FSx は毎日の自動バックアップを { $days } 日間保持します。
backup-native-backups-zero = { backup-lead-missing }。また、{ $prop } が 0 のため、自動バックアップは無効です。
backup-native-snapshots-zero = { backup-lead-missing }。また、{ $prop } が 0 のため、自動スナップショットは無効です。
backup-native-pitr-off = { backup-lead-missing }。また、ポイントインタイムリカバリは無効です。
backup-native-pitr-replica-off = { backup-lead-missing }。また、一部のレプリカでポイントインタイムリカバリが無効です。
backup-native-efs-off = { backup-lead-missing }。また、自動バックアップポリシー (BackupPolicy) は ENABLED ではありません。
backup-native-ec2 = { backup-lead-missing }。また、EBS ボリュームと EC2 インスタンスには独自の自動バックアップがありません。
backup-native-lustre = { backup-lead-missing }。また、FSx for Lustre はデフォルトでは自動バックアップを取得しません。
backup-native-fsx-zero = { backup-lead-missing }。また、{ $path } が 0 のため、自動バックアップは無効です。

## backup-plan-offsite-copy

backup-copy-no-rules = プランにルールが記述されていません。
backup-copy-offsite = 復旧ポイントは { $arn } にコピーされます。
backup-copy-local-vault = コピー先はプランと一緒に定義されたボールト '{ $vault }' だけのため、リージョン外に出るコピーはありません。
backup-copy-local-arn = コピー先はプラン自身のリージョンとアカウントにある '{ $arn }' だけのため、リージョン外に出るコピーはありません。
backup-copy-not-arn = { $path } の '{ $arn }' はボールトの ARN ではありません。
backup-copy-none = 復旧ポイントを別のリージョンまたはアカウントにコピーするルールがありません。すべてのコピーがソースボールトに留まります。

## backup-recent-recovery-point

backup-point-recent-hours = 復旧ポイント { $point } は { $time } に完了しました (収集の { $age } 時間前、上限 { $limit } 日)。
backup-point-recent-days = 復旧ポイント { $point } は { $time } に完了しました (収集の { $age } 日前、上限 { $limit } 日)。
backup-point-old-hours = 完了した最新の復旧ポイント { $point } は { $time } のものです (収集の { $age } 時間前、上限 { $limit } 日)。この PHI ストアのバックアップは停止しているか、緊急時対応計画に遅れています。
backup-point-old-days = 完了した最新の復旧ポイント { $point } は { $time } のものです (収集の { $age } 日前、上限 { $limit } 日)。この PHI ストアのバックアップは停止しているか、緊急時対応計画に遅れています。
backup-point-none = PHI ストアには完了した AWS Backup の復旧ポイントがありません。取得可能なコピーは存在しません。

## backup-vault-kms-key

backup-vault-key-named = ボールトは暗号化キーを指定しています。

## s3-bucket-access-logging

s3-logging-target-of = これはアクセスログ用のバケットです。{ $bucket } がサーバーアクセスログをここに配信しています。
s3-logging-target-acl = これはアクセスログ用のバケットです。ACL が LogDeliveryWrite です。
s3-logging-target-policy = これはアクセスログ用のバケットです。バケットポリシー { $policy } が logging.s3.amazonaws.com にログの配信を許可しています。

## s3-bucket-encryption

s3-bucket-encryption-default-missing = バケットにデフォルト暗号化が宣言されていません
s3-bucket-encryption-default-does = 2023 年 1 月以降、新しいオブジェクトを SSE-S3 で暗号化しています

## s3-bucket-public-access-block

s3-bucket-public-access-block-default-missing = バケットに PublicAccessBlockConfiguration が宣言されていません
s3-bucket-public-access-block-default-does = 2023 年 4 月以降、新しいバケットでブロックパブリックアクセスの 4 つの設定をすべて有効にしています

## s3-transfer-acceleration-protected

s3-acceleration-no-encryption = 高速化されたバケットはデフォルト暗号化を宣言していません (AWS は SSE-S3 を適用しますが、構成では宣言されていません)。
s3-acceleration-no-policy = 高速化されたバケットには、TLS を使用しないリクエストを拒否するバケットポリシーがありません。
s3-acceleration-no-encryption-no-policy = 高速化されたバケットはデフォルト暗号化を宣言しておらず (AWS は SSE-S3 を適用しますが、構成では宣言されていません)、TLS を使用しないリクエストを拒否するバケットポリシーもありません。

## judge: bucket.rs

bucket-role-encrypted = { $role } '{ $bucket }' はデフォルト暗号化 ({ $algorithm }) を宣言しています。
bucket-role-outside = { $role } '{ $bucket }' はこのスキャン内で定義されていません。管理されている場所でデフォルト暗号化を確認してください。
bucket-role-other = { $role } は、バケットではなく { $kind } である '{ $name }' を指しています。
bucket-role-datasync-location = DataSync ロケーションのバケット
bucket-role-command-output = コマンド出力用のバケット
bucket-role-destination = 送信先バケット
bucket-role-export-destination = エクスポート先のバケット
bucket-role-home-directory = ホームディレクトリのバケット
bucket-role-input = 入力バケット
bucket-role-origin = オリジンのバケット
bucket-role-revision = リビジョンのバケット
bucket-role-tables = テーブルのバケット

## fsx-kms

fsx-kms-scratch-default = Lustre のスクラッチファイルシステム (デフォルトは SCRATCH_1) は、常に FSx が管理するキーで暗号化されます。
fsx-kms-scratch = Lustre のスクラッチファイルシステムは、常に FSx が管理するキーで暗号化されます。

## fsx-lustre-transit-encryption

fsx-not-lustre = { $type } ファイルシステムは Lustre ではありません。
fsx-type-unresolvable = FileSystemType を解決できません。
fsx-lustre-no-deployment-type = DeploymentType がないため、ファイルシステムは SCRATCH_1 となり、転送中のデータを暗号化しません。
fsx-lustre-scratch-1 = SCRATCH_1 ファイルシステムは転送中のデータを暗号化しません。
fsx-lustre-transit = { $deployment } は、サポートされるインスタンスタイプからの転送中のデータを暗号化します。

## fsx-windows-audit-logs

fsx-not-windows = { $type } ファイルシステムには Windows のファイルアクセス監査がありません。
fsx-audit-level = { $setting } は { $level } です。
fsx-audit-off = ファイルおよび共有へのアクセス監査が無効のため、共有上のファイルへのアクセスは監査記録に残りません。
## judge: glue.rs

glue-connection-ssl-absent = JDBC 接続 '{ $connection }' は JDBC_ENFORCE_SSL を設定していないため、Glue が TLS なしで接続する可能性があります。
glue-connection-ssl-enforced = JDBC 接続 '{ $connection }' は SSL を強制しています。
glue-connection-ssl-false = JDBC 接続 '{ $connection }' は JDBC_ENFORCE_SSL を false に設定しているため、Glue が TLS なしで接続する可能性があります。

## glue-catalog-encryption

glue-catalog-mode-other = CatalogEncryptionMode が { $mode } です。カタログのメタデータは暗号化されていません。
glue-catalog-mode-absent = CatalogEncryptionMode が設定されていません。カタログのメタデータは暗号化されていません。
glue-catalog-settings-elsewhere = 判定はスキャン内の DataCatalogEncryptionSettings が担います。
glue-catalog-no-settings = スキャン内に AWS::Glue::DataCatalogEncryptionSettings がありません。このデータベースを保持する Data Catalog はデフォルトでは暗号化されません。

## glue-job-encryption

glue-job-sc-no-s3 = セキュリティ設定 '{ $configuration }' は S3 データを暗号化しません。
glue-job-sc-disabled = セキュリティ設定 '{ $configuration }' は S3 の暗号化を DISABLED のままにしています。
glue-job-sc-encrypts = セキュリティ設定 '{ $configuration }' は S3 データを暗号化します ({ $mode })。
glue-job-sc-outside = セキュリティ設定 '{ $configuration }' はこのスキャンに含まれていません。
glue-job-sc-other = SecurityConfiguration は '{ $target }' ({ $kind }) を指しています。

## ssm-output-encrypted

ssm-output-flag-false = { $flag } が false です。セッションの記録は暗号化されないまま { $destination } に送られます。
ssm-output-flag-absent = { $flag } が記述されていないため、セッションの記録が暗号化されるかどうかは示されていません。
ssm-output-no-destination = セッションの記録は S3 にも CloudWatch Logs にも送られません。

## ssm-parameter-secure-string

ssm-parameter-not-secret = '{ $name }' はシークレットを表す名前ではありません。
ssm-parameter-reference = '{ $name }' はシークレットそのものではなく、別の場所に保管されたシークレットを指しています。
ssm-parameter-clear = '{ $name }' はシークレットを平文の String パラメータに保存しています。
ssm-parameter-copies = '{ $name }' はシークレットを平文の String パラメータにコピーしています。
ssm-parameter-no-value = '{ $name }' にはテンプレート内で値がありません。

## dynamodb-no-phi-in-keys

dynamodb-keys-identifier = キー属性 '{ $attribute }' は患者の識別子を表しています。キー属性とインデックス属性は、クエリ、ログ、クライアント側暗号化において暗号化されないままです。
dynamodb-keys-no-schema = キースキーマが記述されていません。
dynamodb-keys-clean = 患者の識別子を表すキー属性やインデックス属性はありません。

## dynamodb-point-in-time-recovery

dynamodb-pitr-absent = ポイントインタイムリカバリが有効になっていません。デフォルトでは無効です。
dynamodb-pitr-no-replicas = グローバルテーブルにレプリカが宣言されていません。
dynamodb-pitr-replicas-off = 次のリージョンのレプリカでポイントインタイムリカバリが無効です: { $regions }
dynamodb-pitr-all-replicas = すべてのレプリカでポイントインタイムリカバリが有効です。

## dynamodb-table-kms-encryption

dynamodb-sse-absent = SSESpecification が設定されていません。テーブルは AWS 所有キー (DynamoDB のデフォルト) で暗号化されており、その使用は CloudTrail に記録されません。KMS キーによる SSE を有効にしてください。
dynamodb-sse-false = SSEEnabled が false です。テーブルは AWS 所有キー (DynamoDB のデフォルト) で暗号化されており、その使用は CloudTrail に記録されません。KMS キーによる SSE を有効にしてください。
dynamodb-sse-type-invalid = SSEType '{ $type }' は DynamoDB の暗号化タイプではありません (KMS のみが有効です)。
dynamodb-sse-customer-key = テーブルはカスタマーマネージド KMS キーで暗号化されています。
dynamodb-sse-aws-managed-key = テーブルは AWS マネージド KMS キー aws/dynamodb で暗号化されています。

## config-recorder-enabled

config-recorder-listed-types = レコーダーは列挙されたリソースタイプのみを記録します。
config-recorder-all-supported-false = AllSupported が false です。レコーダーは列挙されたリソースタイプのみを記録します。
config-recorder-stopped = アカウント { $account } のリージョン { $region } のレコーダーは停止しています。
config-recorder-stopped-last = アカウント { $account } のリージョン { $region } のレコーダーは停止しています (最後のステータス: { $status })。
config-recorder-status-not-collected = レコーダーのステータスが収集されていません (config:DescribeConfigurationRecorderStatus)。
config-recorder-no-channel-in = アカウント { $account } のリージョン { $region } に配信チャネルがありません。レコーダーの設定履歴はどこにも送られません。
config-recorder-live-ok = アカウント { $account } のリージョン { $region } の Config レコーダーは、サポートされるすべてのリソースタイプを記録しており、配信チャネルがあります。
config-recorder-none = スキャンしたファイルに AWS Config レコーダーが定義されていません。Config はアカウントとリージョンごとに有効化されるため、アカウントを確認してください (またはそのベースラインスタックもスキャンしてください)。
config-recorder-no-channel = AWS::Config::DeliveryChannel が定義されていないため、レコーダーを開始できません。
config-recorder-status-off = レコーダーステータス '{ $status }' がレコーダーを停止したままにしています。
config-recorder-terraform-status = Terraform は、is_enabled = true の aws_config_configuration_recorder_status がなければレコーダーを開始しません。
config-recorder-ok = Config レコーダーは、サポートされるすべてのリソースタイプを記録しており、配信チャネルがあります。

## sagemaker-endpoint-kms

sagemaker-endpoint-ebs-no-key = KmsKeyId がありません。{ $instance-type } ホスティングインスタンスの EBS ストレージは、チームが指定したキーで暗号化されていません。
sagemaker-endpoint-local-storage = すべてのバリアントがサーバーレスであるか、ハードウェアで暗号化されたローカルストレージを持つインスタンスタイプを使用しており、KMS キーは指定できません。

## sagemaker-job-output-kms

sagemaker-schedule-named-job = スケジュールは名前で指定したジョブ定義を実行します。判定はそのジョブ定義が担います。
sagemaker-job-output-kms-default-missing = ジョブの出力に KMS キーが指定されていません
sagemaker-job-output-kms-default-does = それらをアカウントの AWS マネージド S3 キーで暗号化します
sagemaker-pipeline-no-job-steps = パイプラインにトレーニング、処理、変換、チューニングのステップがありません。
sagemaker-pipeline-all-keys = すべてのジョブステップが出力用の KMS キーを指定しています ({ $steps })。

## sagemaker-notebook-kms

sagemaker-domain-kms-set = ドメインの EFS ホームディレクトリは指定された KMS キーで暗号化されています。
sagemaker-notebook-kms-set = ノートブックの ML ストレージボリュームは指定された KMS キーで暗号化されています。
sagemaker-domain-kms-absent = KmsKeyId が設定されていません。ドメインの EFS ホームディレクトリを保護する、チームが指定した KMS キーはありません。
sagemaker-notebook-kms-absent = KmsKeyId が設定されていません。ノートブックの ML ストレージボリュームを保護する、チームが指定した KMS キーはありません。

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-other = DirectInternetAccess が { $value } です。ノートブックは VPC の制御の外でインターネットに接続します。

## redshift-encryption-at-rest

redshift-encryption-at-rest-default-missing = Encrypted が宣言されていません
redshift-encryption-at-rest-default-does = 2025 年 1 月以降、新しいプロビジョニング済みクラスターをデフォルトで暗号化しています

## redshift-require-ssl

redshift-require-ssl-default-missing = パラメータグループが宣言されていないため、構成は SSL を必須にしていません
redshift-require-ssl-default-does = 2025 年 1 月以降に作成されたクラスターに require_ssl = true のデフォルトパラメータグループを適用します
redshift-ssl-default-group = '{ $group }' は AWS のデフォルトパラメータグループです。SSL が必須かどうかはクラスターの作成時期によって異なります。
redshift-ssl-group-outside = ClusterParameterGroupName はこのスキャン外のパラメータグループ '{ $group }' を指定しています。require_ssl が設定されているかどうかは確認できません。
redshift-ssl-true = パラメータグループ '{ $group }' は require_ssl = true を設定しています。
redshift-ssl-false = パラメータグループ '{ $group }' は require_ssl = false を設定しています。クライアントが SSL なしで接続する可能性があります。
redshift-ssl-unreadable = パラメータグループ '{ $group }' の require_ssl は '{ $value }' であり、true とも false とも読み取れません。
redshift-ssl-not-literal = パラメータグループ '{ $group }' の require_ssl はリテラル値ではなく、true とも false とも読み取れません。
redshift-ssl-absent = パラメータグループ '{ $group }' は require_ssl を設定しておらず、デフォルトは false です。クライアントが SSL なしで接続する可能性があります。

## not-for-phi-service

not-for-phi-marked = PHI を保持するものとしてマークされていますが、ホワイトペーパーでは { $service } で PHI を保存、送信、処理してはならないとされています。

## eligibility-phi-in-eligible-service

eligibility-what-marked = PHI を保持するものとしてマークされたこのリソースは
eligibility-what-assumed = データストアであるこのリソース (スキャン内に何もマークされていないため、PHI を保持すると仮定) は
eligibility-what-backend = PHI を扱う API のバックエンドは
eligibility-custom = { $what }カスタムリソースです。その背後のコードは別の場所で実行されるため、サービスをテンプレートから読み取ることができません。
eligibility-eligible = { $what } { $kind } で、HIPAA 対象サービスです (ホワイトペーパー: { $services })。
eligibility-eligible-more = { $what } { $kind } で、HIPAA 対象サービスです (ホワイトペーパー: { $services } ほか { $more } 件)。
eligibility-supporting = { $what } { $kind } ({ $service }) で、ホワイトペーパーに独自のセクションがありません。最新の HIPAA 対象サービスリファレンスで確認してください。
eligibility-not-in-whitepaper = { $what } { $kind } ({ $service }) で、ホワイトペーパーの対象外です。最新の HIPAA 対象サービスリファレンスで確認してください。
eligibility-newer = { $what } { $kind } で、ホワイトペーパーより後に提供が開始されたヘルスケアサービスです。最新の HIPAA 対象サービスリファレンスで確認してください。
eligibility-unlisted = { $what } { $kind } で、ホワイトペーパーでは HIPAA 対象サービスではありません。そこでの PHI は BAA の対象外です。

## msk-broker-logs

msk-broker-logs-absent = ブローカーログの送信先が設定されていません (LoggingInfo.BrokerLogs が設定されていません)。
msk-broker-logs-to = ブローカーログは { $destination } に配信されます。

## msk-encryption-at-rest-kms

msk-encryption-at-rest-kms-default-missing = ブローカーボリュームに KMS キーが宣言されていません
msk-encryption-at-rest-kms-default-does = キーが指定されていない場合、MSK ブローカーのストレージを AWS マネージドキー aws/kafka で暗号化します

## msk-public-access-disabled

msk-public-absent = パブリックアクセスは有効になっていません (MSK はパブリックアドレスなしでブローカーを作成します)。
msk-public-on = パブリックアクセスが { $type } です。ブローカーにはインターネットから到達可能なパブリックアドレスが割り当てられます。

## msk-tls-in-transit

msk-tls-in-transit-default-missing = 転送中の暗号化が宣言されていません
msk-tls-in-transit-default-does = 新しい MSK クラスターのデフォルトを ClientBroker TLS、InCluster true にします
msk-tls-client-other = ClientBroker が { $value } です。クライアントが TLS なしで PHI を送受信する可能性があります。
msk-tls-in-cluster-false = InCluster が false です。ブローカー間で PHI が TLS なしで複製されます。
msk-tls-in-transit-default-missing-2 = ClientBroker が宣言されていません
msk-tls-in-transit-default-does-2 = ClientBroker のデフォルトを TLS にします

## opsworks-no-plaintext-secrets

opsworks-no-custom-json = スタックにカスタム JSON はありません。
opsworks-custom-json-secret = { $path } はシークレットを平文のカスタム JSON に保存しています。
opsworks-custom-json-clean = スタックのカスタム JSON には、シークレットを表す名前の値はありません。
opsworks-no-environment = アプリは環境変数を設定していません。
opsworks-env-not-secure = 環境変数 { $key } は Secure とマークされていないため、DescribeApps が平文で返します。
opsworks-env-not-secure-default = 環境変数 { $key } は Secure とマークされていない (デフォルト) ため、DescribeApps が平文で返します。
opsworks-env-all-secure = シークレットを表す名前の環境変数はすべて Secure とマークされています。

## storagegateway-audit-logging

storagegateway-logs-delivered = ログは指定された送信先に配信されます。
storagegateway-gateway-no-logs = CloudWatchLogGroupARN がありません。ゲートウェイは CloudWatch Logs にログを送信しません。
storagegateway-share-no-audit = AuditDestinationARN がありません。ファイル共有はファイルアクセスの監査ログを記録しません。

## storagegateway-file-share-encryption

storagegateway-not-phi = PHI を保持するものとしてマークされていません。
storagegateway-kms-type = オブジェクトは KMS キーで暗号化されます ({ $type })。
storagegateway-sse-s3 = オブジェクトの SSE-S3 暗号化が宣言されています。
storagegateway-type-unknown = EncryptionType '{ $type }' は既知のタイプではありません。
storagegateway-kms-flag = オブジェクトは KMS キーで暗号化されます (KMSEncrypted)。
storagegateway-kms-flag-false = オブジェクトの SSE-S3 暗号化が宣言されています (KMSEncrypted: false)。
storagegateway-file-share-encryption-default-missing = ファイル共有はオブジェクトの暗号化方法を宣言していません
storagegateway-file-share-encryption-default-does = ファイルゲートウェイのオブジェクトをデフォルトで SSE-S3 により保存します

## stepfunctions-logging-no-data

stepfunctions-logging-off = 実行ログは無効です (Level OFF)。
stepfunctions-data-false = 実行ログにはステートの入力と出力が含まれません (IncludeExecutionData false)。
stepfunctions-data-absent = 実行ログにはステートの入力と出力が含まれません (IncludeExecutionData は設定されておらず、デフォルトは false です)。
stepfunctions-group-outside = 実行データは、ここで定義されていないロググループに記録されます ({ $path })。KMS キーで暗号化されていることを確認してください。
stepfunctions-no-group = IncludeExecutionData は true ですが、解決できるロググループの送信先がありません。
stepfunctions-group-no-key = IncludeExecutionData が true で、ロググループ '{ $group }' に KmsKeyId がありません。PHI を含む可能性のあるステートの入力と出力が KMS キーなしで記録されます。
stepfunctions-groups-encrypted = 実行データは KMS で暗号化されたロググループにのみ記録されます。

## stepfunctions-no-phi

stepfunctions-no-phi-marked = PHI を保持するものとしてマークされていますが、ホワイトペーパーでは Step Functions で PHI を保存、送信、処理してはならないとされています。参照を渡し、PHI は対象となるデータストアに保管してください。

## kinesisanalytics-encrypted-streams

kinesisanalytics-input-outside = 入力ストリーム { $stream } はスキャンに含まれていません。
kinesisanalytics-stream-not-kms = ストリーム '{ $stream }' は KMS で暗号化されていません。
kinesisanalytics-stream-unencrypted = ストリーム '{ $stream }' にはサーバー側暗号化がないため、その中の PHI は保管時に暗号化されていません。
kinesisanalytics-no-stream = アプリケーションはテンプレート内で Kinesis ストリームを指定していません (コードで設定されたソースはレビューが必要です)。
kinesisanalytics-streams-kms = アプリケーションが使用する { $count } 個のストリームは KMS で暗号化されています。

## kinesisanalytics-logging

kinesisanalytics-logging-option = ログ記録オプション '{ $option }' がアプリケーションのログを CloudWatch に送信します。
kinesisanalytics-logging-maybe = ログ記録オプション '{ $option }' はこのアプリケーションのものである可能性があります。その ApplicationName が設定されていません。
kinesisanalytics-logging-none = アプリケーションに CloudWatch のログ記録オプションが関連付けられていないため、ログは保持されません。

## fargate-efs-transit-encryption

fargate-not-fargate = Fargate のタスク定義ではありません。
fargate-no-efs = タスクは EFS ボリュームをマウントしていません。
fargate-efs-no-tls = EFS ボリューム '{ $volume }' は TLS なしでマウントされています (TransitEncryption { $value })。
fargate-efs-no-tls-default = EFS ボリューム '{ $volume }' は TLS なしでマウントされています (TransitEncryption のデフォルトは DISABLED です)。
fargate-efs-all-tls = すべての EFS ボリュームが TLS でマウントされています。

## judge: emr_security.rs

emr-no-security-configuration = クラスターが SecurityConfiguration を指定していないため、EMR はローカルディスクもノード間のトラフィックも暗号化しません。
emr-security-configuration-outside = セキュリティ設定 '{ $configuration }' はスキャンしたファイル内で定義されていません。
emr-security-configuration-no-document = セキュリティ設定 '{ $configuration }' にはドキュメントがありません。
emr-security-configuration-unreadable = セキュリティ設定 '{ $configuration }' は読み取り可能な JSON ドキュメントではありません。

## emr-at-rest-encryption

emr-at-rest-off = セキュリティ設定 '{ $configuration }' は保管時の暗号化を有効にしていません。
emr-at-rest-without = セキュリティ設定 '{ $configuration }' は { $part } なしで保管時の暗号化を有効にしています。
emr-at-rest-without-both = セキュリティ設定 '{ $configuration }' は S3EncryptionConfiguration も LocalDiskEncryptionConfiguration もなしで保管時の暗号化を有効にしています。
emr-at-rest-all = セキュリティ設定 '{ $configuration }' は EMRFS データ、ローカルディスク、EBS ボリュームを暗号化します。
emr-at-rest-no-ebs = セキュリティ設定 '{ $configuration }' は EMRFS データとローカルディスクを暗号化します (EnableEbsEncryption を有効にすると EBS ルートボリュームも対象になります)。

## emr-in-transit-encryption

emr-in-transit-on = セキュリティ設定 '{ $configuration }' は転送中の暗号化を有効にしています。
emr-in-transit-off = セキュリティ設定 '{ $configuration }' は転送中の暗号化を有効にしていません。

## judge: declared_key.rs

declared-key-ref = KMS キー '{ $key }' で暗号化されています。
declared-key-literal = KMS キー { $key } で暗号化されています。
## autoscaling-multi-az

autoscaling-single-zone = { $path } にはゾーンが 1 つしか指定されていません。
autoscaling-single-subnet = { $path } にはサブネットが 1 つしか指定されていません。
autoscaling-subnets-one-zone = { $count } 個のサブネットはすべて { $zone } にあります。
autoscaling-entries = { $path } には { $count } 個のエントリが指定されています。
autoscaling-no-placement = VPCZoneIdentifier と AvailabilityZones のどちらも記述されていません (起動テンプレートまたは混合インスタンスポリシーがインスタンスを配置している可能性があります)。

## autoscaling-no-credentials-in-urls

autoscaling-url-password = { $url } は URL にパスワードを埋め込んでいます。
autoscaling-url-deferred = { $url } は URL のパスワードの位置にデプロイ時に決まる値を使用しています。
autoscaling-url-none = スキャンしたリソース内の URL に認証情報を埋め込んだものはありません。

## lambda-environment-kms

lambda-env-none = 関数には環境変数がありません。

## lambda-plaintext-endpoints

lambda-inline-http = インラインコードが AWS エンドポイントである http://{ $host } を平文で呼び出しています。

## lambda-url-auth

lambda-url-carries = 判定は関数 URL '{ $url }' が担います。
lambda-url-auth-not-written = { $path } が記述されていません。
lambda-url-auth-none = AuthType が NONE です。インターネット上の誰もが関数 URL を呼び出せます。

## eks-control-plane-logging

eks-logging-none = コントロールプレーンのログタイプが 1 つも有効になっていません。
eks-logging-on = api、audit、authenticator のログが有効です。
eks-logging-lacks = コントロールプレーンのログ記録に { $types } がありません。

## eks-secrets-encryption

eks-secrets-kms = Kubernetes シークレットは宣言された KMS キーでエンベロープ暗号化されています。
eks-secrets-no-key = EncryptionConfig はシークレットを対象としていますが、KMS キーを指定していません。
eks-secrets-old-version = シークレットの EncryptionConfig がなく、この Kubernetes バージョンは EKS のデフォルトのエンベロープ暗号化 (1.28) より前のものです。

## athena-source-bucket-encrypted

athena-table-no-location = テーブルは S3 の場所を指定していません。
athena-table-not-s3 = テーブルの場所 '{ $location }' は S3 にありません。
athena-table-not-phi = テーブルもそのバケットも PHI を保持するとマークされていません。

## athena-workgroup-results-encrypted

athena-managed-results = マネージドクエリ結果が有効です。Athena がそれらを暗号化します。
athena-results-encrypted = クエリ結果は { $option } で暗号化されます。
athena-results-encrypted-overridable = クエリ結果は { $option } で暗号化されますが、クライアントはこれを上書きできます (EnforceWorkGroupConfiguration が false です)。
athena-results-invalid-option = EncryptionOption '{ $option }' は SSE_S3、SSE_KMS、CSE_KMS のいずれでもありません。

## snapshot-encrypted

what-snapshot-encryption = スナップショットの暗号化
snapshot-not-collected = { $path } は収集されていません。

## snapshot-not-public

snapshot-sharing-outside = スナップショットの共有はスナップショットの定義の外で設定されます。ライブスキャンでのみ確認できます。
snapshot-public = スナップショットはパブリックです。任意の AWS アカウントが復元し、保持されているデータを読み取れます。
snapshot-not-shared = スナップショットは他のどのアカウントとも共有されていません。
snapshot-shared-named = スナップショットは指定された { $count } 個のアカウントとのみ共有されており、パブリックではありません。

## datasync-efs-location-tls

datasync-efs-tls = DataSync はファイルシステムを TLS 1.2 でマウントします。
datasync-efs-plain = InTransitEncryption が { $value } です。DataSync は暗号化されていない NFS 経由で PHI を EFS にコピーします。
datasync-efs-absent = InTransitEncryption が設定されていません。DataSync はデフォルトで TLS なしで EFS をマウントします。

## datasync-s3-location-encrypted

datasync-s3-no-bucket = ロケーションはバケットを指定していません。

## datasync-task-logging

datasync-log-level-off = Options.LogLevel が OFF のため、タスクは何も記録しません。
datasync-task-logs = タスクは CloudWatch Logs にログを記録します。
datasync-task-no-log-group = CloudWatchLogGroupArn がありません。タスクの転送はログに記録されません。

## appmesh-listener-tls

appmesh-client-not-enforced = デフォルトのクライアントポリシーは TLS を強制していません (Enforce: false)。
appmesh-no-listeners = リスナーがありません。ノードは他のサービスを呼び出すだけです。
appmesh-listener-mode = リスナー { $listener } は TLS モード { $mode } を使用しており、平文を受け付けます。
appmesh-listener-no-tls = リスナー { $listener } には TLS 設定がないため、平文のみを受け付けます。
appmesh-all-strict = すべてのリスナーが TLS を必須としています (STRICT)。

## macie-enabled

macie-not-enabled-scope = S3 バケットが PHI を保持しているアカウント { $account } リージョン { $region } で Macie が有効になっていません。
macie-no-session = スキャンしたファイルに AWS::Macie::Session がありません。Macie はアカウントとリージョンごとに有効化されるため、アカウントを確認してください。
macie-session-status = Macie セッションの Status が { $status } のため、Macie は機密データを検出しません。

## macie-job-bucket-encryption

macie-job-bucket-unencrypted = Macie ジョブのバケット '{ $bucket }' はサーバー側のデフォルト暗号化を宣言していません。AWS は 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化していますが、構成で宣言されていないため、監査の証拠にはなりません。
macie-job-bucket-outside = バケット '{ $bucket }' はこのスキャンで定義されていません。
macie-job-not-bucket = '{ $name }' は { $kind } です。
macie-job-all-encrypted = ジョブ内のすべてのバケットがサーバー側の暗号化を宣言しています ({ $buckets })。

## judge: live.rs

live-gap = アカウント { $account } リージョン { $region } で { $kind } を一覧表示できませんでした。{ $action } が失敗したため ({ $reason })、存在しないことは何も証明しません。

## mq-broker-logs

mq-logs-absent = ブローカーログは発行されていません (Logs が設定されておらず、general ログと audit ログはデフォルトで無効です)。
mq-logs-false = { $path } が false のため、ブローカーはそれらのログを発行しません。
mq-logs-not-set = { $path } が設定されていません。ブローカーはデフォルトではそれらのログを発行しません。
mq-logs-general = ブローカーは general ログを発行します。
mq-logs-general-audit = ブローカーは general ログと audit ログを発行します。

## mq-encryption-at-rest

mq-rabbitmq-encrypted = RabbitMQ ブローカーは常に AWS 所有キーで保管時に暗号化され、キーの設定はありません。
mq-aws-owned-key = AWS 所有キーによる保管時の暗号化が宣言されています。
mq-declared-key = メッセージは宣言された KMS キーで保管時に暗号化されます。
mq-managed-key = メッセージは AWS マネージドキー aws/mq で保管時に暗号化されます。

## databrew-dataset-ssl

databrew-dataset-not-jdbc = データセットは JDBC 経由でデータベースを読み取りません。
databrew-connection-not-jdbc = Glue 接続 '{ $connection }' は JDBC 接続ではありません。
databrew-connection-outside = Glue 接続 '{ $connection }' はこのスキャンに含まれていません。そちらで JDBC_ENFORCE_SSL を確認してください。
databrew-connection-other = 接続名は { $kind } である '{ $name }' を指しています。

## databrew-job-encryption

databrew-job-encrypted = ジョブの出力は暗号化されます ({ $mode })。
databrew-job-mode-unencrypted = EncryptionMode '{ $mode }' はジョブの出力を暗号化しません。

## secretsmanager-no-plaintext-passwords

secretsmanager-password-literal = { $path } はテンプレート (またはパラメータのデフォルト値) 内のリテラルです。Secrets Manager に保管してください。
secretsmanager-password-literal-default = { $path } は非表示 (NoEcho または sensitive) ですが、そのリテラルのデフォルト値がリポジトリにコミットされています。Secrets Manager に保管してください。
secretsmanager-no-password = パスワードは記述されていません (サービスによる管理、スナップショットからの復元、または未使用)。
secretsmanager-password-secret = { $paths } はデプロイ時に解決されるシークレットまたは NoEcho 値から取得されます。

## secretsmanager-secret-kms

secretsmanager-kms-named = シークレットは指定された KMS キーで暗号化されています。
secretsmanager-secret-kms-default-missing = シークレットに KMS キーが指定されていません
secretsmanager-secret-kms-default-does = シークレットを AWS マネージドキー aws/secretsmanager で暗号化します

## transfer-server-no-ftp

transfer-ftp = サーバーはプレーンな FTP を提供しており、認証情報とファイルを平文で送信します。
transfer-encrypted-protocols = サーバーは暗号化されたプロトコルのみを提供しています ({ $protocols })。

## ses-event-destination

ses-event-destination = イベント送信先 '{ $destination }' が送信イベントを発行します。
ses-no-event-destination = 有効なイベント送信先が関連付けられていないため、送信、バウンス、拒否は記録されません。

## ses-receipt-s3-kms

ses-receipt-no-kms = S3 アクションが受信メールを SES の暗号化なしで保存しています (KmsKeyArn がありません)。

## ses-tls-required

ses-tls-optional = TlsPolicy が { $policy } です。受信側サーバーが TLS を提供しない場合、SES は平文で配信します。

## iot-domain-tls-policy

iot-domain-tls-min = { $policy } は TLS 1.{ $minor } 以降を必須とします。
iot-domain-tls-old = { $policy } は依然として TLS 1.{ $minor } を受け付けます。
iot-domain-policy-unknown = セキュリティポリシー '{ $policy }' は既知の IoT ポリシー名ではありません。

## iot-policy-no-wildcard

iot-policy-wildcard = ポリシーはすべてのリソースに対して { $action } を許可しています。

## sqs-queue-encryption

sqs-queue-encryption-default-missing = キューに KmsMasterKeyId も SqsManagedSseEnabled も宣言されていません
sqs-queue-encryption-default-does = 2022 年 10 月以降、新しいキューでデフォルトで SSE-SQS を有効にしています

## sqs-queue-tls-only

sqs-tls-policy-maybe = キューポリシー '{ $policy }' はこのキューに適用される可能性がありますが、そのキューリストを解決できません。

## vmie-bucket-encrypted

vmie-bucket-encrypted = VM Import/Export のバケットはデフォルト暗号化を宣言しています ({ $algorithm })。
vmie-bucket-encrypted-default-missing = VM Import/Export のバケットはデフォルト暗号化を宣言していません
vmie-bucket-encrypted-default-does = 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化しています
vmie-bucket-outside = VM Import/Export のバケット '{ $bucket }' はこのスキャンで定義されていません。

## securityhub-enabled

securityhub-enabled-scope = アカウント { $account } リージョン { $region } で Security Hub が有効になっています。
securityhub-not-enabled-scope = アカウント { $account } リージョン { $region } で Security Hub が有効になっていません。
securityhub-no-hub = スキャンしたファイルに Security Hub のハブが定義されていません。Security Hub はアカウントとリージョンごとに有効化されるため、アカウントを確認してください (またはそのベースラインスタックもスキャンしてください)。
securityhub-no-standards = EnableDefaultStandards が false で、AWS::SecurityHub::Standard も有効になっていないため、何もチェックされません。
securityhub-standards = Security Hub はセキュリティ標準とともに有効になっています。

## dataexchange-export-encrypted

dataexchange-no-export = イベントアクションは S3 にエクスポートしません。
dataexchange-export-encrypted = エクスポートは暗号化されます ({ $type })。
dataexchange-export-invalid-type = '{ $type }' は S3 のサーバー側暗号化タイプではありません。
dataexchange-no-bucket = エクスポートは送信先バケットを指定していません。

## codepipeline-artifact-store-kms

codepipeline-no-store = パイプラインはアーティファクトストアを宣言していません。
codepipeline-store-no-key = { $store } は KMS キーを指定していません。AWS はアーティファクトを AWS マネージドキー aws/s3 で暗号化しますが、構成で宣言されていないため、監査の証拠にはなりません。
codepipeline-store-no-key-trusted = { $store } は KMS キーを指定していません。AWS はアーティファクトを AWS マネージドキー aws/s3 で暗号化します。このため許容しています (trust_aws_defaults)。
codepipeline-all-keys = すべてのアーティファクトストアが KMS キーを指定しています。

## acm-certificate-dns-validation

acm-private-ca = AWS Private CA が発行したプライベート証明書です。ACM は検証なしで更新します。
acm-imported = インポートされた証明書です。ACM は更新しないため、有効期限を監視する必要があります。
acm-dns = DNS 検証: ACM は証明書を自動的に更新します。
acm-validation-method = ValidationMethod が { $method } です。更新は誰かが E メールを承認するまで待機します。
acm-no-validation-method = ValidationMethod がありません。CloudFormation のデフォルトは E メール検証のため、更新は誰かが E メールを承認するまで待機します。

## healthlake-datastore-kms

healthlake-datastore-kms-default-missing = SseConfiguration が宣言されていません
healthlake-datastore-kms-default-does = FHIR データストアを AWS 所有キーで暗号化します
healthlake-cmk-type-unknown = CmkType '{ $type }' は phiguard が認識している値ではありません。

## kms-key-rotation

kms-aws-managed = AWS マネージドキーです。AWS が毎年ローテーションし、そのローテーションは変更できません。
kms-asymmetric = 自動ローテーションは対称暗号化キーにのみ適用されます。このキーは { $spec } です。
kms-origin-manual = Origin が { $origin } のキーは自動ローテーションできません。手動でローテーションしてください。
what-automatic-key-rotation = 自動キーローテーション

## workspaces-volume-encryption

workspaces-root-false = ルートボリュームは暗号化されていません ({ $path } が false です)。
workspaces-root-not-set = ルートボリュームは暗号化されていません ({ $path } が設定されていません)。
workspaces-user-false = ユーザーボリュームは暗号化されていません ({ $path } が false です)。
workspaces-user-not-set = ユーザーボリュームは暗号化されていません ({ $path } が設定されていません)。
workspaces-encrypted = ルートボリュームとユーザーボリュームは暗号化されています。

## glacier-vault-tls-only

glacier-no-policy = ボールトにはアクセスポリシーもロックポリシーもないため、平文 (HTTP) のリクエストを拒否するものがありません。
glacier-tls-enforced = ボールトポリシーが TLS なしのリクエストを拒否します。

## qldb-ledger-kms

qldb-ledger-kms-default-missing = 台帳に暗号化キーが宣言されていません
qldb-ledger-kms-default-does = キーが指定されていない場合、QLDB 台帳を AWS 所有キーで暗号化します

## qldb-permissions-mode-standard

qldb-permissions-unknown-mode = PermissionsMode '{ $mode }' は既知のモードではありません。

## logs-group-retention

logs-retention-audit-trail = RetentionInDays が設定されていないため、イベントは期限切れになりません。このロググループは監査ログを保持しており (CloudTrail 証跡 { $name } が配信しています)、無期限に保持してもかまいません。
logs-retention-audit-flow-log = RetentionInDays が設定されていないため、イベントは期限切れになりません。このロググループは監査ログを保持しており (フローログ { $name } が配信しています)、無期限に保持してもかまいません。
logs-retention-audit-name = RetentionInDays が設定されていないため、イベントは期限切れになりません。このロググループは監査ログを保持しており (名前 { $name } が監査ログであることを示しています)、無期限に保持してもかまいません。

## globalaccelerator-encrypted-listener

ga-listener-protocol-unknown = リスナー '{ $listener }' のプロトコルが不明です。
ga-lb-no-listener = このスキャンでは '{ $lb }' にポート { $port } のリスナーがありません。
ga-ports-too-wide = ポート { $from }-{ $to } は範囲が広すぎるため、1 つずつ判定できません。
ga-port-not-visible = ポート { $port } は、ここではプロトコルを確認できないエンドポイントに転送します。
ga-port-plain = リスナーポート { $port } は '{ $lb }' のポート { $target } にある { $protocol } リスナー '{ $listener }' に転送するため、PHI は暗号化されずにアクセラレーターを通過します。

## kinesis-stream-encryption

kinesis-stream-no-key-id = EncryptionType は KMS ですが、KeyId がありません。記述どおりではストリームを作成できません。
kinesis-stream-type-unencrypted = EncryptionType が { $type } です。ストリームはレコードを暗号化せずに保存します。

## guardduty-enabled

guardduty-enabled-scope = アカウント { $account } リージョン { $region } で GuardDuty が有効になっています。
guardduty-no-detector-scope = アカウント { $account } リージョン { $region } で GuardDuty が有効になっていません。ディテクターが存在しません。
what-guardduty = GuardDuty
guardduty-no-detector = スキャンしたファイルに AWS::GuardDuty::Detector がありません。GuardDuty はアカウントとリージョンごとに有効化されるため、アカウントを確認してください。

## ecr-repository-encryption

ecr-images-encrypted = イメージは { $type } で暗号化されます。
ecr-invalid-type = EncryptionType '{ $type }' は ECR の暗号化タイプではありません。

## codebuild-artifact-encryption

codebuild-encryption-disabled = { $place } は暗号化を無効にしています (EncryptionDisabled: true)。
codebuild-no-output = プロジェクトはアーティファクトも S3 ログも生成しません。
codebuild-kms-named = ビルド出力は指定された KMS キーで暗号化されます。

## pinpoint-sms-short-code

pinpoint-sms-disabled = SMS チャネルは無効です。
pinpoint-short-code = SMS チャネルは専用のショートコードを通じて送信します。
pinpoint-no-short-code = SMS チャネルはショートコードを指定していないため、メッセージは共有番号、ロングコード番号、または送信者 ID から送信されます。

## inspector-phi-instances

inspector-scans-ec2 = Inspector はアカウント { $account } リージョン { $region } の EC2 をスキャンします。
inspector-no-ec2-scan = Amazon Inspector はアカウント { $account } リージョン { $region } の EC2 をスキャンしません。この PHI インスタンスは脆弱性評価を受けません。

## codedeploy-revision-bucket-encrypted

codedeploy-no-s3-revision = デプロイグループは S3 からリビジョンをデプロイしません。
## unknown-value reasons (outcome.rs unknown_reason, the loaders' reasons)

helper-path-unknown = { $path }: { $reason }
helper-true-unknown = { $what }: { $path }: { $reason }
reason-ref = '{ $target }' を参照しており、デプロイ時にのみ判明します。
reason-secret = シークレットから取得されます。
reason-choice = 条件 '{ $condition }' に依存し、その条件は未設定のパラメータまたは変数に依存します。
reason-literal-secret = リテラルのデフォルト値がリポジトリにコミットされたシークレットです。
reason-not-literal = リテラル値ではありません。
reason-cfn-param-no-default = パラメータ '{ $name }' にデフォルト値がありません。--param { $name }=VALUE で値を指定してください。
reason-cfn-param-ssm = パラメータ '{ $name }' はデプロイ時に SSM から読み取られます。
reason-cfn-import-value = Fn::ImportValue は別のスタックのエクスポートを読み取ります。
reason-cfn-get-azs = Fn::GetAZs はデプロイ時にのみ判明します。
reason-cfn-notification-arns = AWS::NotificationARNs はデプロイ時にのみ判明します。
reason-cfn-dynamic-reference = 動的参照はデプロイ時に解決されます。
reason-cfn-cidr = Fn::Cidr は評価されません。
reason-cfn-unset-condition = 条件が未設定のパラメータに依存しています。
reason-tf-var-no-value = 変数 '{ $name }' から取得されますが、この変数にはデフォルト値がなく、値も指定されていません (--var, --var-file)。
reason-tf-no-variable = 無効な式です: 変数 '{ $name }' は宣言されていません。
reason-tf-no-resource = 無効な式です: リソース '{ $name }' は宣言されていません。
reason-tf-after-apply = apply 後にのみ判明します ({ $name })。

## apigateway-cache-encrypted

apigateway-cache-no-stage-settings = デプロイメントはステージ設定を記述していません。
apigateway-cache-api = キャッシュ設定は API のステージが持ちます。
apigateway-cache-no-cluster = ステージにキャッシュクラスターがありません。
apigateway-cache-unencrypted = ステージはレスポンスをキャッシュしていますが、CacheDataEncrypted が false です。
apigateway-cache-encryption-absent = ステージはレスポンスをキャッシュしていますが、CacheDataEncrypted を設定していないため、キャッシュは暗号化されません。
apigateway-cache-default-unencrypted = ステージにはデフォルトで GET メソッドをキャッシュするキャッシュクラスターがありますが、ステージ全体の設定 (ResourcePath /*、HttpMethod *) で CacheDataEncrypted を設定しているものがないため、キャッシュは暗号化されません。
apigateway-cache-override-unencrypted = メソッドのオーバーライドが CacheDataEncrypted を false にしてレスポンスをキャッシュしています。
apigateway-cache-override-inherits = メソッドのオーバーライドが独自の CacheDataEncrypted なしでレスポンスをキャッシュしています。ステージ全体の設定を引き継ぐかどうかはテンプレートからはわかりません。
apigateway-cache-override-absent = メソッドのオーバーライドが CacheDataEncrypted なしでレスポンスをキャッシュしています。
apigateway-cache-encrypted = キャッシュデータはステージ全体で暗号化されています。
apigateway-cache-no-method = レスポンスをキャッシュするメソッドはありません。

## apigateway-domain-tls12

apigateway-tls-policy-strong = セキュリティポリシー { $policy } は 1.2 未満の TLS を拒否します。
apigateway-tls-policy-weak = セキュリティポリシー { $policy } は TLS 1.0 と 1.1 を受け入れます。
apigateway-tls-policy-unknown = セキュリティポリシー '{ $policy }' は phiguard が把握しているものではありません。
apigateway-tls-policy-absent = SecurityPolicy が設定されていません。REST API のカスタムドメインのデフォルトは TLS_1_0 であり、TLS 1.0 と 1.1 を受け入れます。
apigateway-tls-no-configuration = ドメイン名の設定が記述されていません。API Gateway V2 のドメイン名のデフォルトは TLS_1_2 です。
apigateway-tls-v2-default = SecurityPolicy が記述されていません。API Gateway V2 のドメイン名のデフォルトは TLS_1_2 です。

## apigateway-logging

apigateway-logging-access = アクセスログは CloudWatch に送信されます。
apigateway-logging-execution = レベル { $level } の実行ログは CloudWatch に送信されます。
apigateway-logging-no-stage = デプロイメントはステージを作成しません。
apigateway-logging-deployment-none = デプロイメントは、アクセスログ記録も実行ログ記録もないステージを作成します。
apigateway-logging-api = ログ記録の設定は API のステージが持ちます。
apigateway-logging-off = ステージはアクセスログも実行ログも書き込まないため、API の呼び出しは監査記録に残りません。

## apigateway-method-authorization

apigateway-auth-options-method = OPTIONS (CORS プリフライト) メソッドはデータを運びません。
apigateway-auth-mock = MOCK 統合は固定のレスポンスを返し、バックエンドには到達しません。
apigateway-auth-absent = AuthorizationType が設定されていないため、デフォルトの NONE になります。エンドポイントに到達できる誰もが呼び出せます。
apigateway-auth-absent-api-key = AuthorizationType が設定されていないため、デフォルトの NONE になります。エンドポイントに到達できる誰もが呼び出せます。API キーが必須になっていますが、API キーは認可の仕組みではありません。
apigateway-auth-none = AuthorizationType が NONE です。エンドポイントに到達できる誰もが呼び出せます。
apigateway-auth-none-api-key = AuthorizationType が NONE です。エンドポイントに到達できる誰もが呼び出せます。API キーが必須になっていますが、API キーは認可の仕組みではありません。
apigateway-auth-type = 呼び出し元は { $type } で認可されます。
apigateway-auth-options-route = OPTIONS (CORS プリフライト) ルートはデータを運びません。
apigateway-auth-default-route = $default ルートの API がスキャン対象内にないため、それが WebSocket ルート (オーソライザーを持てない) かどうかはわかりません。
apigateway-auth-websocket-route = $connect 以外の WebSocket ルートは、接続の確立時に認可されます。

## apigateway-no-data-trace

apigateway-trace-no-stage = ここではステージ設定が定義されていません。
apigateway-trace-on = { $path } が true です。リクエストとレスポンスの本文全体が、含まれる PHI ごと CloudWatch Logs に書き込まれます。
apigateway-trace-off = データトレースは無効です (DataTraceEnabled が true ではありません)。

## dms-endpoint-ssl

dms-endpoint-no-engine = エンドポイントにエンジンが指定されていません。
dms-ssl-https = { $engine } エンドポイントはサービスの HTTPS API を使用します。
dms-ssl-kafka-plaintext = Kafka エンドポイントは平文で接続します。
dms-ssl-kafka-protocol = Kafka エンドポイントは { $protocol } で接続します。
dms-ssl-kafka-absent = SecurityProtocol がありません。DMS は Kafka ブローカーに平文で接続します。
dms-ssl-not-judged = { $engine } エンドポイントの SSL 設定は判定されません。
dms-ssl-none = SslMode が none です。{ $engine } への接続は PHI を平文で運びます。
dms-ssl-on = { $engine } への接続は SSL ({ $mode }) を使用します。
dms-ssl-absent = SslMode が設定されていません。DMS はデフォルトで SSL なしで { $engine } に接続します。

## dms-kms-key

dms-kms-key-serverless = 指定された KMS キーがサーバーレスレプリケーションのストレージを暗号化します。
dms-kms-key-endpoint = 指定された KMS キーがエンドポイントの接続設定を暗号化します。
dms-kms-key-instance = 指定された KMS キーがレプリケーションインスタンスのストレージを暗号化します。
dms-kms-key-default-missing-serverless = サーバーレスレプリケーションのストレージに KMS キーが指定されていません
dms-kms-key-default-missing-endpoint = エンドポイントの接続設定に KMS キーが指定されていません
dms-kms-key-default-missing-instance = レプリケーションインスタンスのストレージに KMS キーが指定されていません
dms-kms-key-default-does = これを AWS マネージドキー aws/dms で暗号化します

## dms-replication-instance-private

dms-instance-private = レプリケーションインスタンスにはプライベートアドレスしかありません。
dms-instance-public = レプリケーションインスタンスはパブリックにアクセス可能です。
dms-instance-public-absent = PubliclyAccessible が設定されていません。DMS はデフォルトでレプリケーションインスタンスをパブリックにアクセス可能にします。

## dms-target-encrypted

dms-target-db-encrypted = ターゲット '{ $target }' はストレージを暗号化しています。
dms-target-db-unencrypted = ターゲット '{ $target }' はストレージを暗号化していません ({ $path } が true ではありません)。
dms-target-source-endpoint = ソースエンドポイントです。
dms-target-s3-mode = DMS はターゲットファイルを { $mode } で書き込みます。
dms-target-s3-mode-unknown = EncryptionMode '{ $mode }' は既知のモードではありません。
dms-target-dynamodb = DynamoDB はすべてのテーブルを暗号化します。キーはテーブルのルールが判定します。
dms-target-no-server = { $engine } ターゲットにサーバーが指定されていません (シークレットから取得される可能性があります)。
dms-target-outside = ターゲット '{ $target }' はこのスキャン内で定義されていません。管理されている場所でその暗号化を確認してください。
dms-target-other = ターゲットサーバーは '{ $target }' を指していますが、これは { $kind } 型のリソースです。

## judge: policy.rs

policy-plaintext-no-deny = aws:SecureTransport が false のリクエストを拒否するステートメントがありません
policy-plaintext-not-principal = aws:SecureTransport に対する Deny が NotPrincipal を使用しているため、一部のプリンシパルが除外されます
policy-plaintext-some-principals = aws:SecureTransport に対する Deny は '*' ではなく特定のプリンシパルを指定しています

## sqs-queue-tls-only

sqs-tls-not-enforced = キューポリシーは平文のリクエストを拒否していません: { $gap }。
sqs-tls-actions-uncovered = キューポリシーは平文のリクエストを拒否していません: aws:SecureTransport に対する Deny は { $actions } を対象としていません。

## glacier-vault-tls-only

glacier-tls-not-enforced = ボールトポリシーは平文のリクエストを拒否していません: { $gap }。
glacier-tls-actions-uncovered = ボールトポリシーは平文のリクエストを拒否していません: aws:SecureTransport に対する Deny は { $actions } を対象としていません。

## ec2-cleartext-ingress

ec2-cleartext-protocol-unresolvable = IpProtocol を解決できません。
ec2-cleartext-ports-unresolvable = ルールのポートを解決できません。
ec2-cleartext-group-verdict = セキュリティグループ '{ $group }' が判定を担います。
ec2-cleartext-load-balancer = このグループはロードバランサー '{ $balancer }' を保護しており、提供されるプロトコルはそのリスナーによって決まります (ロードバランサーのルールで判定されます)。
ec2-cleartext-open = インターネット (0.0.0.0/0 または ::/0) から平文のサービスに到達できる可能性があります: { $services }
ec2-cleartext-none = インターネットに開放されている平文のプロトコルはありません。

## judge: block_devices.rs (ec2-instance-ebs-encrypted, ec2-launch-template-ebs-encrypted, ec2-launch-configuration-ebs-encrypted)

block-devices-false = 暗号化されていない EBS ボリューム — { $device }: Encrypted が false です。
block-devices-absent = 暗号化されていない EBS ボリューム — { $device }: Encrypted が設定されていないため、アカウントで EBS のデフォルト暗号化が有効になっていない限り、新しいボリュームは暗号化されません。
block-devices-snapshot = EBS の暗号化を判定できません — { $device }: Encrypted なしで SnapshotId から復元されるため、スナップショットの暗号化を引き継ぎます。
block-devices-encrypted = 宣言された EBS ボリューム { $devices } は暗号化されています。
block-devices-encrypted-root = 宣言された EBS ボリューム { $devices } は暗号化されています。ルートボリューム { $root } は AMI スナップショットの暗号化を引き継ぎます。
block-devices-root-unset = ルートボリューム { $device } は Encrypted を設定していません。ルートボリュームの暗号化は AMI のスナップショットとアカウントの EBS デフォルト暗号化の設定によって決まりますが、テンプレートはどちらも示していません。監査の証拠とするには、ルートデバイスのマッピングで Ebs.Encrypted: true を設定してください。
block-devices-no-mapping = { $kind ->
        [launch-template] 起動テンプレート
        [launch-configuration] 起動設定
       *[instance] インスタンス
    }は EBS ブロックデバイスマッピングを宣言していません。ルートボリュームの暗号化は AMI のスナップショットとアカウントの EBS デフォルト暗号化の設定によって決まりますが、テンプレートはどちらも示していません。監査の証拠とするには、ルートデバイスのマッピングで Ebs.Encrypted: true を設定してください。

## firehose-destination-encrypted

firehose-dest-kms = ストリームは S3 に書き込むデータを KMS で暗号化します。
firehose-dest-https = HTTP エンドポイントは https:// です。
firehose-dest-not-https = HTTP エンドポイント { $url } は https:// ではありません。
firehose-dest-none = S3 または HTTP エンドポイントの送信先がありません (その他の送信先はそれぞれのルールで判定されます)。

## firehose-encryption

firehose-encryption-none = Direct PUT ストリームはサーバー側の暗号化を宣言していません。
firehose-encryption-sse = { $key } によるサーバー側の暗号化です。
firehose-encryption-source-kms = ソースストリーム '{ $stream }' は KMS で暗号化されています。
firehose-encryption-source-none = ソースストリーム '{ $stream }' にはサーバー側の暗号化がありません。
firehose-encryption-source-not-stream = ソース '{ $source }' は Kinesis ストリームではありません。
firehose-encryption-source-outside = ソースストリーム { $stream } はスキャン対象に含まれていません。
firehose-encryption-source-unnamed = ソースストリームが指定されていません。
firehose-encryption-other-source = ソース ({ $source }) はそのサービス自身のルールで判定されます。

## firehose-error-logging

firehose-logging-no-destination = 送信先の設定が記述されていません。
firehose-logging-on = 配信エラーは CloudWatch Logs に記録されます。
firehose-logging-disabled = 送信先のエラーログ記録が無効になっています。
firehose-logging-absent = 送信先で CloudWatch のエラーログ記録が有効になっていません。

## comprehend-data-access-scope, comprehend-role-confused-deputy

comprehend-not-trusted = このロールは Comprehend から信頼されていません。

## comprehend-data-access-scope

comprehend-scope-inline = インラインポリシーがすべてのバケットに対する S3 アクションを許可しています (Resource "*")。
comprehend-scope-managed = 管理ポリシー '{ $policy }' がすべてのバケットに対する S3 アクションを許可しています。
comprehend-scope-aws-managed = AWS 管理ポリシー { $policy } はすべてのバケットへの S3 アクセスを付与します。
comprehend-scope-outside = 管理ポリシー { $policy } はスキャン対象に含まれていません。
comprehend-scope-attached = ロールにアタッチされたポリシー '{ $policy }' がすべてのバケットに対する S3 アクションを許可しています。
comprehend-scope-specific = ロールの S3 アクセス許可は特定のバケットを指定しています。

## comprehend-input-bucket-encrypted

comprehend-input-none = 入力場所が記述されていません。

## comprehend-kms

comprehend-kms-declared = ジョブのボリューム、モデル、出力に KMS キーが宣言されています。
comprehend-kms-default-trusted = { $paths } に KMS キーが宣言されていません。AWS はこれらを Comprehend が管理するキーで暗号化するため、許容されます (trust_aws_defaults)。
comprehend-kms-default-fail = { $paths } に KMS キーが宣言されていません。AWS はこれらを Comprehend が管理するキーで暗号化しますが、構成で宣言されていないため、監査の証拠にはなりません。

## comprehend-role-confused-deputy

comprehend-trust-none = 信頼ポリシーが記述されていません。
comprehend-trust-unreadable = 信頼ポリシーは読み取り可能なポリシードキュメントではありません。
comprehend-trust-unscoped = このロールは aws:SourceArn または aws:SourceAccount の条件なしに Comprehend を信頼しているため、他のアカウントのジョブが Comprehend にこのロールを使用させることができます。
comprehend-trust-scoped = Comprehend への信頼は aws:SourceArn または aws:SourceAccount によって制限されています。

## comprehend-vpc

comprehend-vpc-absent = VpcConfig がありません。ジョブはお客様の VPC の外部で実行されます。
comprehend-vpc-set = ジョブはお客様の VPC 内で実行されます。
comprehend-vpc-no-subnets = VpcConfig にサブネットが指定されていません。

## vpc-flow-logs: a flow log of part of the traffic

vpc-flow-logs-partial = フローログ '{ $log }' は { $traffic } のトラフィックのみを記録しています。監査証跡には ALL が必要です。
vpc-flow-logs-partial-unset = フローログ '{ $log }' は TrafficType が設定されておらず、一部のトラフィックしか記録しません。監査証跡には ALL が必要です。

## vpc-security-group-open-ingress

vpc-sg-all-open = すべてのプロトコルとポートが { $cidr } に開放されています。
vpc-sg-all-ports = { $protocol } のすべてのポートが { $cidr } に開放されています。
vpc-sg-port = { $protocol } のポート { $port } が { $cidr } に開放されています。
vpc-sg-ports = { $protocol } のポート { $from }-{ $to } が { $cidr } に開放されています。
vpc-sg-unjudged-not-written = インバウンドルールを判定できません: { $key } が記述されていません。
vpc-sg-no-rules = セキュリティグループにインバウンドルールがありません。
vpc-sg-web-only = 80/443 以外のポートをインターネットに開放するインバウンドルールはありません。

## ebs-encryption-by-default. `region` is the region's name or the message ebs-this-region.

ebs-this-region = このリージョン
ebs-default-on = { $region } の新しい EBS ボリュームはデフォルトで暗号化されます。
ebs-default-on-key = { $region } の新しい EBS ボリュームはデフォルトで暗号化されます (キー { $key })。
ebs-default-off = { $region } では EBS のデフォルト暗号化が無効です。Encrypted なしで作成されたボリュームは PHI を平文で保存します。
ebs-default-not-collected = { $region } の EbsEncryptionByDefault が収集されていません (ec2:GetEbsEncryptionByDefault)。

## ebs-volume-encrypted

ebs-volume-from-snapshot = このボリュームは Encrypted なしで SnapshotId から復元されます。スナップショットの暗号化を引き継ぎますが、テンプレートにはそれが示されていません。
ebs-volume-encrypted-absent = Encrypted が設定されていません。アカウントで EBS のデフォルト暗号化が有効になっていない限りボリュームは暗号化されず、構成にはそれが示されていません。

## efs-file-system-encrypted

efs-encrypted-absent = Encrypted が設定されていません。CloudFormation はデフォルトで EFS ファイルシステムを暗号化せずに作成します。

## efs-tls-required

efs-tls-no-policy = ファイルシステムポリシーがありません。クライアントは TLS なしでマウントでき、PHI を NFS 経由で平文のまま転送する可能性があります。
efs-tls-unreadable = ファイルシステムポリシーは読み取り可能なポリシードキュメントではありません。
efs-tls-denied = ファイルシステムポリシーは TLS を使用しないアクセスを拒否しています。
efs-tls-allow-only = ファイルシステムポリシーは TLS 経由のクライアントアクセスのみを許可しています。
efs-tls-not-denied = ファイルシステムポリシーは TLS を使用しないアクセスを拒否していません (aws:SecureTransport false に対する Deny がありません)。

## ec2-instance-ebs-encrypted

ec2-instance-ebs-from-template = このインスタンスはブロックデバイスを起動テンプレートから取得しており、判定はその起動テンプレートが担います。

## cloudtrail-records-api-calls: one region not recorded

cloudtrail-api-calls-uncovered = アカウント { $account } では、API 呼び出しの一部がログ記録中の証跡によって記録されていません。リージョン { $region }: このリージョンを対象とする証跡がありません。
cloudtrail-api-calls-stopped = アカウント { $account } では、API 呼び出しの一部がログ記録中の証跡によって記録されていません。リージョン { $region }: 証跡 { $trail } はログ記録を行っていません。

## cloudtrail-phi-bucket-data-events: one trail's status not collected

cloudtrail-phi-bucket-not-collected = このバケットのオブジェクトイベントを証跡が記録しているかどうかは不明です。証跡 { $trail }: IsLogging が収集されていません。

## ec2-instance-ebs-encrypted: volumes attached through Volumes

ec2-instance-ebs-encrypted-attached = 宣言された EBS ボリューム { $devices } は暗号化されています (Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます)。
ec2-instance-ebs-encrypted-root-attached = 宣言された EBS ボリューム { $devices } は暗号化されています。ルートボリューム { $root } は AMI スナップショットの暗号化を引き継ぎます (Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます)。
ec2-instance-ebs-snapshot-attached = EBS の暗号化を判定できません — { $device }: Encrypted なしで SnapshotId から復元されるため、スナップショットの暗号化を引き継ぎます (Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます)。
ec2-instance-ebs-root-unset-attached = ルートボリューム { $device } は Encrypted を設定していません。ルートボリュームの暗号化は AMI のスナップショットとアカウントの EBS デフォルト暗号化の設定によって決まりますが、テンプレートはどちらも示していません。監査の証拠とするには、ルートデバイスのマッピングで Ebs.Encrypted: true を設定してください (Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます)。
ec2-instance-ebs-no-mapping-attached = インスタンスは EBS ブロックデバイスマッピングを宣言していません。ルートボリュームの暗号化は AMI のスナップショットとアカウントの EBS デフォルト暗号化の設定によって決まりますが、テンプレートはどちらも示していません。監査の証拠とするには、ルートデバイスのマッピングで Ebs.Encrypted: true を設定してください (Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます)。

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }' はデフォルト暗号化を宣言していません。AWS は 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化しています。このため許容しています (trust_aws_defaults)。
bucket-role-default-fail = { $role } '{ $bucket }' はデフォルト暗号化を宣言していません。AWS は 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化していますが、構成で宣言されていないため、監査の証拠にはなりません。
## judge: phi_scan.rs

phi-scan-holds = { $path } の値は{ $kind }と思われます: { $masked }。
phi-scan-holds-key = { $path } (キー '{ $key }') の値は{ $kind }と思われます: { $masked }。
phi-scan-unchecked = { $path } は、デプロイ前に PHI を含むかどうかを確認できません: { $reason }
phi-scan-unchecked-one-more = { $path } (ほか 1 件のフィールド) は、デプロイ前に PHI を含むかどうかを確認できません: { $reason }
phi-scan-unchecked-more = { $path } (ほか { $count } 件のフィールド) は、デプロイ前に PHI を含むかどうかを確認できません: { $reason }
phi-scan-nothing-set = 確認対象の名前、タグ、自由形式のフィールドが設定されていません。
phi-scan-clean = { $fields } に PHI と思われる値はありません。

## judge: phi_detect.rs

phi-kind-ssn = 米国の社会保障番号
phi-kind-mbi = Medicare 受益者識別子 (Medicare Beneficiary Identifier)
phi-kind-npi = 全米医療提供者識別子 (National Provider Identifier)
phi-kind-record-number = 患者 ID または診療記録番号
phi-kind-birth-date = 生年月日
phi-kind-email = 個人のメールアドレス
phi-kind-phone = 電話番号
phi-kind-patient-name = 患者の氏名
phi-kind-custom = パターン '{ $name }' に一致するもの

## appmesh-no-phi-in-names

appmesh-no-phi-in-names-why = App Mesh の名前と属性は保護されず、メッシュ内のすべての Envoy プロキシに配布されます。

## autoscaling-no-phi-in-names

autoscaling-no-phi-in-names-why = Auto Scaling の名前は、診断ログに記録される自由形式のフィールドです。

## batch-no-phi-in-definitions

batch-no-phi-in-definitions-why = Batch のジョブ定義、キュー、タグは暗号化されず、ジョブの詳細を取得できるすべてのユーザーに表示されます。

## cloudformation-no-phi-in-template

cloudformation-no-phi-in-template-why = テンプレートのテキスト、パラメータ値、出力、スタックのタグは、ソース管理、S3、CloudFormation コンソールに平文で置かれます。

## cloudwatch-no-phi

cloudwatch-no-phi-why = CloudWatch のメトリクスとアラームは PHI の保存先ではありません: 名前、ディメンション、説明は通知、ダッシュボード、サードパーティのツールに送られます。

## comprehend-no-phi-in-names

comprehend-no-phi-in-names-why = Comprehend の名前とタグは自由形式のフィールドであり、ドキュメントの内容のようには保護されません。

## connect-no-phi-in-admin-fields

connect-no-phi-in-admin-fields-why = Connect の管理フィールドと Customer Profiles のキーは、問い合わせやプロファイルの内容のようには暗号化されません。

## beanstalk-no-phi-in-names

beanstalk-no-phi-in-names-why = Elastic Beanstalk の名前、説明、環境プロパティは暗号化されず、コンソールと API の結果に表示されます。

## not-for-phi-service

not-for-phi-service-why = このサービスで PHI を保存、送信、処理してはならず、その設定は組織全体の管理者が読み取れます。

## events-no-phi

events-no-phi-why = PHI を CloudWatch Events/EventBridge に流してはなりません: ルール定義、パターン、ターゲットへの定数入力は、多くのプリンシパルが読み取れる設定です。

## iot-no-phi-in-topics

iot-no-phi-in-topics-why = モノの名前、属性、MQTT トピック名は暗号化されたペイロードではありません: レジストリ、ログ、トピックでルーティングされるすべてのメッセージに現れます。

## kms-no-phi-in-metadata

kms-no-phi-in-metadata-why = KMS キーのメタデータは暗号化されず、コンソール、ListKeys/ListAliases の結果、CloudTrail に表示されます。

## macie-no-phi-in-config

macie-no-phi-in-config-why = Macie の設定はすべての Macie 管理者が読み取れる構成情報であり、PHI を置く場所ではありません。

## metadata-no-phi-in-tags

metadata-no-phi-in-tags-why = 名前、タグ、説明は暗号化されず、ARN、URL、CloudWatch メトリクス、タグ付け API、Cost Explorer、Config、CloudTrail に現れます。

## rekognition-no-phi-in-ids

rekognition-no-phi-in-ids-why = Rekognition の識別子は暗号化されず、API の結果と CloudTrail に現れます。

## route53-no-phi-in-names

route53-no-phi-in-names-why = Route 53 の名前、レコード、タグは暗号化されず、DNS 名は公開され、リゾルバーに記録されます。

## s3-no-phi-in-names

s3-no-phi-in-names-why = バケット名、オブジェクトキー、プレフィックスは SSE でもクライアント側の暗号化でも暗号化されず、URL、アクセスログ、CloudTrail、S3 イベント通知に現れます。

## servicecatalog-no-phi

servicecatalog-no-phi-why = Service Catalog は PHI の保存、送信、処理には使用できず、そのメタデータはポートフォリオのすべてのユーザーに表示されます。

## cloudmap-no-phi-in-names

cloudmap-no-phi-in-names-why = Cloud Map の名前と属性は保護されず、サービスを検出するすべてのクライアントに返されます。

## ssm-no-phi-in-identifiers

ssm-no-phi-in-identifiers-why = Systems Manager の識別子とプレーンな String パラメータは暗号化されず、コンソール、API の結果、CloudTrail に現れます。

## stepfunctions-no-phi

stepfunctions-no-phi-why = Step Functions で PHI を保存、送信、処理してはならず、定義、名前、タグはコンソール、API の結果、実行履歴に平文で残ります。
## judge: reference.rs (reasons)

reason-ref-not-in-scan = '{ $target }' を参照していますが、これはこのスキャンに含まれていません。
reason-built-at-deploy = '{ $name }' はデプロイ時にのみ判明する値から組み立てられます。
reason-name-empty = 名前が空です。

## rds-oracle-encryption-in-transit (unresolved)

rds-oracle-server-unresolved = オプショングループ '{ $group }' の SQLNET.ENCRYPTION_SERVER を解決できません: { $reason }

## rds-sqlserver-audit (unresolved)

rds-sqlserver-audit-unresolved = パラメータグループ '{ $group }' の rds.sqlserver_audit を解決できません: { $reason }

## rds-tls-enforced (unresolved)

rds-tls-param-unresolved = { $engine }: パラメータグループ '{ $group }' の { $parameter } を解決できません: { $reason }

## judge: rds_settings.rs (unreadable)

rds-option-configurations-unreadable = オプショングループの OptionConfigurations: { $reason }
rds-option-name-unreadable = オプショングループ内のオプション名: { $reason }

## judge: inherited.rs (unreadable)

inherited-source-unreadable = 暗号化は { $path } から引き継がれますが、その値を読み取れません: { $reason }
inherited-unresolved-ignored = 暗号化は { $path } から引き継がれますが、その値を読み取れません: { $reason }復元またはレプリケーションの際、{ $flag } は無視されます。
inherited-source-flag-unreadable = 暗号化は { $source } から引き継がれますが、その { $flag } を読み取れません: { $reason }

## dms-target-encrypted (unreadable)

dms-target-flag-unreadable = ターゲットの { $path }: { $reason }
dms-target-server-unreadable = ターゲットサーバー: { $reason }
dms-target-server-unresolved = ターゲットサーバーを解決できません: { $reason }

## glue-job-encryption (unreadable)

glue-job-sc-s3-unreadable = セキュリティ設定 '{ $configuration }' の S3 暗号化: { $reason }
glue-job-sc-unresolved = セキュリティ設定を解決できません: { $reason }

## ssm-output-encrypted (unreadable)

ssm-output-bucket-unreadable = 出力先バケット: { $reason }
ssm-output-content-unreadable = ドキュメントのコンテンツ: { $reason }

## ssm-parameter-secure-string (unreadable)

ssm-parameter-value-unreadable = '{ $name }' の値: { $reason }

## dynamodb-point-in-time-recovery (unreadable)

dynamodb-pitr-replica-unreadable = レプリカ { $region }: { $path }: { $reason }

## sagemaker-endpoint-kms (unreadable)

sagemaker-endpoint-instance-type-unreadable = KmsKeyId がなく、バリアントの InstanceType を読み取れません: { $reason }

## sagemaker-job-output-kms (unreadable)

sagemaker-pipeline-definition-unreadable = パイプライン定義: { $reason }

## redshift-require-ssl (unresolved)

redshift-ssl-unresolved = パラメータグループ '{ $group }' の require_ssl を解決できません: { $reason }

## msk-broker-logs (unreadable)

msk-broker-logs-unreadable = ブローカーログが { $destination } に配信されるかどうかを判定できません: { $reason }

## opsworks-no-plaintext-secrets (unreadable)

opsworks-env-secure-unreadable = { $key } の Secure: { $reason }

## stepfunctions-logging-no-data (unreadable)

stepfunctions-group-key-unreadable = ロググループ '{ $group }' の KmsKeyId: { $reason }

## kinesisanalytics (unreadable)

kinesisanalytics-input-unresolved = 入力ストリーム: { $reason }
kinesisanalytics-stream-encryption-unreadable = ストリーム '{ $stream }' の暗号化: { $reason }
kinesisanalytics-logging-maybe-unreadable = ログ記録オプション '{ $option }' はこのアプリケーションのものである可能性があります。その ApplicationName: { $reason }

## fargate-efs-transit-encryption (unreadable)

fargate-efs-transit-unreadable = '{ $volume }' の TransitEncryption: { $reason }

## emr (unreadable)

emr-at-rest-unreadable = '{ $configuration }' の EnableAtRestEncryption: { $reason }
emr-in-transit-unreadable = '{ $configuration }' の EnableInTransitEncryption: { $reason }
emr-security-configuration-value-unreadable = セキュリティ設定 '{ $configuration }': { $reason }

## judge: reference.rs (reason not-string)

reason-not-string = 文字列ではありません。

## cloudfront-s3-origin-encrypted (unreadable)

cloudfront-origin-domain-unreadable = S3 オリジンのドメイン: { $reason }

## neptune (unresolved)

neptune-group-unresolved = パラメータグループを解決できません: { $reason }

## judge: endpoint_url.rs (unreadable)

endpoint-url-unreadable = { $name } のエンドポイント: { $reason }

## sqs-queue-encryption (declared key)

sqs-queue-encryption-kms-declared = メッセージは KMS キーで暗号化されています。KmsMasterKeyId が宣言されています (その値: { $reason })

## secretsmanager-no-plaintext-passwords (unreadable)

secretsmanager-password-unreadable = { $path }: { $reason }NoEcho のないパラメータは、その値がスタックのパラメータに表示されます。

## ses-event-destination (unreadable)

ses-event-destination-maybe = イベント送信先 '{ $destination }' はこの設定セットのものである可能性があります: { $reason }
ses-event-destination-maybe-enabled = イベント送信先 '{ $destination }' はこの設定セットのものである可能性があります。その Enabled: { $reason }

## iot-policy-no-wildcard (unreadable)

iot-policy-action-unreadable = ポリシーがすべてを許可しているかどうかを判定できません。Action: { $reason }
iot-policy-resource-unreadable = ポリシーがすべてを許可しているかどうかを判定できません。Resource: { $reason }

## databrew-dataset-ssl (unreadable)

databrew-connection-unreadable = Glue 接続: { $reason }
databrew-connection-unresolved = Glue 接続を解決できません: { $reason }

## vmie-bucket-encrypted (unreadable)

vmie-bucket-encryption-unreadable = バケットのデフォルト暗号化: { $reason }
vmie-bucket-unresolved = VM Import/Export のバケットを解決できません: { $reason }

## macie-job-bucket-encryption (unreadable)

macie-job-buckets-unreadable = ジョブのバケット: { $reason }
macie-job-bucket-encryption-unreadable = '{ $bucket }' の暗号化: { $reason }
macie-job-bucket-unresolved = ジョブのバケット: { $reason }

## datasync-s3-location-encrypted (unreadable)

datasync-bucket-unreadable = バケット: { $reason }

## appmesh-listener-tls (unreadable)

appmesh-tls-mode-unreadable = TLS モード: { $reason }

## ses-receipt-s3-kms (unreadable)

ses-s3action-unreadable = S3Action: { $reason }

## dataexchange-export-encrypted (unreadable)

dataexchange-bucket-unreadable = エクスポート先バケット: { $reason }

## inspector (unreadable)

inspector-resource-types-unreadable = Inspector の ResourceTypes: { $reason }

## codedeploy-revision-bucket-encrypted (unreadable)

codedeploy-revision-bucket-unreadable = リビジョンのバケット: { $reason }

## judge: policy.rs (undecided plaintext deny)

policy-plaintext-narrowed = aws:SecureTransport に対する Deny には、その範囲を狭める条件がほかにも付いています。
policy-plaintext-resource-unmatched = Deny の Resource がこのリソースに該当するかどうかを判定できません。
policy-plaintext-unknown-statements = ポリシーのステートメント: { $reason }
policy-plaintext-unknown-effect = ステートメントの Effect: { $reason }
policy-plaintext-unknown-condition = Deny ステートメントの Condition: { $reason }
policy-plaintext-unknown-clause = Deny ステートメントの条件: { $reason }
policy-plaintext-unknown-secure-transport = aws:SecureTransport: { $reason }
policy-plaintext-unknown-principal = Deny の Principal: { $reason }
policy-plaintext-unknown-action = Deny の Action: { $reason }
policy-plaintext-unknown-not-action = Deny の NotAction: { $reason }
policy-plaintext-unknown-resource = Deny の Resource: { $reason }

## sqs-queue-tls-only (undecided)

sqs-tls-unknown = 平文のリクエストが拒否されるかどうかを判定できません: { $reason }
sqs-tls-policy-of = '{ $policy }' のポリシー: { $reason }

## glacier-vault-tls-only (undecided)

glacier-tls-unknown = 平文のリクエストが拒否されるかどうかを判定できません: { $reason }
glacier-tls-vault-policy = ボールトポリシー: { $reason }

## sagemaker-job-output-kms (pipeline steps)

sagemaker-pipeline-default-missing = { $steps } に出力用の KMS キーが指定されていません
sagemaker-pipeline-default-does = それらの出力をアカウントの AWS マネージド S3 キーで暗号化します
sagemaker-pipeline-step = { $type } ステップ '{ $name }'
sagemaker-pipeline-step-and = { $type } ステップ '{ $name }'、{ $rest }

## judge: policy.rs (unresolved statements)

policy-unresolved-document = ポリシードキュメント: { $reason }
policy-unresolved-statement = ステートメント: { $reason }
policy-unresolved-statement-field = Statement: { $reason }
reason-not-policy-document = ポリシードキュメントではありません。

## iot-policy-no-wildcard (statements)

iot-policy-statements-unreadable = ステートメント: { $reason }
reason-cfn-get-att-not-resource = '{ $name }' はここではリソースではないため、その Fn::GetAtt は判明しません。

## judge: declared_key.rs

declared-key-none = KMS キーが宣言されていません ({ $path })
declared-key-empty = { $path } が空です
fsx-kms-aws-does = AWS マネージドキー aws/fsx でファイルシステムを暗号化します
lambda-environment-kms-aws-does = AWS マネージドキー aws/lambda で環境変数を暗号化します
kinesisvideo-stream-kms-aws-does = AWS マネージドキー aws/kinesisvideo で保存されたメディアを暗号化します
forecast-dataset-kms-aws-does = Forecast が管理するキーでデータセットを暗号化します
appflow-flow-kms-aws-does = AppFlow が管理するキー aws/appflow でフローデータを暗号化します

## judge: backup.rs

backup-covers-undecided = バックアップされているかどうかを判断できません: { $why }
backup-why-pattern = パターン { $pattern } は { $store } の名前に一致する可能性がありますが、その名前はデプロイ時に生成されます。
backup-why-tag-value = タグ { $key } の値はデプロイ時にのみ判明します。
backup-why-tags-entry = ListOfTags のエントリがデプロイ時にのみ判明します。
backup-why-target-tags-entry = { $policy } の TargetTags のエントリがデプロイ時にのみ判明します。

## judge: engine.rs

engine-same-verdict = { $message }(条件「{ $condition }」は未設定のパラメータまたは変数に依存しますが、そのどの値でも判定は同じです。)
engine-depends-on-condition = 条件「{ $condition }」に依存し、その条件は未設定のパラメータまたは変数に依存します。{ $condition } が true の場合: { $verdict-on } ({ $on })、{ $condition } が false の場合: { $verdict-off } ({ $off })
engine-verdict-pass = 適合
engine-verdict-fail = 不適合
engine-verdict-unknown = 判定不能
engine-verdict-not-applicable = 対象外

## eligibility-phi-in-eligible-service: services outside the scan

eligibility-hop-unknown-service = { $kind } { $name } は { $via } により、AWS サービス '{ $prefix }' (このスキャンの対象外) に PHI を送信しています。phiguard は IAM プレフィックス '{ $prefix }' がどのサービスのものかを把握していません。spec/eligible-services.yaml および AWS の最新の HIPAA Eligible Services Reference で確認してください。
eligibility-hop-unlisted = { $kind } { $name } は { $via } により、{ $service } (このスキャンの対象外) に PHI を送信していますが、{ $service } は HIPAA 対象サービスではありません (spec/eligible-services.yaml のどのリストにもありません)。そこでの PHI は BAA の対象外です。
eligibility-hop-eligible = { $kind } { $name } は { $via } により、{ $service } (このスキャンの対象外) に PHI を送信しています。{ $service } は HIPAA 対象サービスです (ホワイトペーパー: { $listed })。
eligibility-hop-supporting = { $kind } { $name } は { $via } により、{ $service } (このスキャンの対象外) に PHI を送信しています。{ $listed } にはホワイトペーパーに独自のセクションがありません。最新の HIPAA Eligible Services Reference で確認してください。
eligibility-hop-not-in-whitepaper = { $kind } { $name } は { $via } により、{ $service } (このスキャンの対象外) に PHI を送信しています。{ $listed } はホワイトペーパーの対象外です (spec/eligible-services.yaml)。最新の HIPAA Eligible Services Reference で確認してください。

## judge: policy.rs (transport gaps)

s3-tls-partial = バケットポリシー { $policies } は、TLS を使用しないリクエストをすべて拒否しているわけではありません: { $gap }。
policy-transport-old-tls-only = 最小バージョン未満の TLS のみを拒否しています (s3:TlsVersion)。プレーン HTTP のリクエストには TLS バージョンがないため拒否されません。Bool aws:SecureTransport=false の Deny を追加してください
policy-transport-some-principals = aws:SecureTransport に対する Deny が特定のプリンシパルを指定している (または NotPrincipal で一部を除外している) ため、他の呼び出し元は引き続きプレーン HTTP を使用できます
policy-transport-actions = aws:SecureTransport に対する Deny は { $actions } を対象にしていません

## judge: live.rs

live-collected-at-invalid = インベントリの collected_at が RFC 3339 形式の時刻ではないため、経過期間を計算できません。
live-no-collection-time = スキャンに収集時刻がないため、経過期間を計算できません。
config-recorder-live-none = アカウント { $account } のリージョン { $region } で AWS Config が記録していません。そこには設定レコーダーが存在しません。

## judge: endpoint_url.rs

endpoint-url-unresolved = { $name } のエンドポイント: { $reason }

## loader reasons (Terraform dynamic blocks)

reason-tf-dynamic-var-no-value = for_each が変数 '{ $name }' から取得される dynamic ブロックによって生成されますが、この変数にはデフォルト値がなく、値も指定されていません (--var, --var-file)。
reason-tf-dynamic-after-apply = for_each が apply 後にのみ判明する dynamic ブロックによって生成されます ({ $name })。

## loader reasons (live collections)

reason-live-refused-because = { $action } が拒否されました ({ $error })。
reason-live-refused = { $action } が拒否されました。

## s3-bucket-tls-only: undecided policies

s3-tls-unevaluable = バケットポリシーを評価できません: { $why }
s3-tls-undecided = バケットポリシーが TLS を使用しないリクエストを拒否するかどうかを判断できません: { $why }
s3-tls-maybe-policy = バケットポリシー { $policy } がこのバケットに適用される可能性がありますが、その Bucket を判定できません: { $reason }

## loader reasons (CloudFormation intrinsics, Terraform expressions)

reason-cfn-getatt-not-resource = '{ $name }' の Fn::GetAtt ですが、'{ $name }' はここではリソースではありません。
reason-cfn-getatt-malformed = Fn::GetAtt の形式が正しくありません。
reason-cfn-select-out-of-range = Fn::Select のインデックス { $index } が範囲外です。
reason-cfn-select-deploy-time = デプロイ時にのみ判明する値に対する Fn::Select です。
reason-cfn-split-deploy-time = デプロイ時にのみ判明する値に対する Fn::Split です。
reason-cfn-length-deploy-time = デプロイ時にのみ判明する値に対する Fn::Length です。
reason-cfn-to-json-deploy-time = デプロイ時にのみ判明する値に対する Fn::ToJsonString です。
reason-cfn-malformed = { $name } の形式が正しくありません。
reason-cfn-unsupported = { $name } はサポートされていません。
reason-tf-no-local = 無効な式です: ローカル値 '{ $name }' は宣言されていません。
reason-tf-self-after-apply = リソース自身を参照しており、apply 後にのみ判明します。
reason-tf-over-budget = この入力が評価の上限を超えたため、評価していません。
reason-tf-too-large = 大きすぎるため、評価していません。
reason-tf-contains-secret = シークレットを含んでいます。
reason-tf-budget-spent = この入力が評価の上限を超えたため、評価していません (上限に達した箇所の警告を参照してください)。
reason-tf-budget-time = この入力が評価時間の上限 { $seconds } 秒を超えたため、評価していません。
reason-tf-budget-elements = この入力が評価の上限 ({ $count } 要素) を超えたため、評価していません。
reason-tf-too-deep = 評価の入れ子が { $count } 段を超えるため、評価していません (自分自身を含むテンプレート、ポリシードキュメント、またはモジュールではありませんか?)。
reason-tf-value-too-large = 要素数が 1 つの値の上限である { $count } を超えるため、評価していません。
reason-tf-ref-after-apply = '{ $name }' を参照しており、apply 後にのみ判明します。
reason-tf-secret = シークレットです。
reason-tf-null = null です。
reason-tf-wrong-type = 想定された型ではありません。
reason-tf-invalid-no-variable = 無効です (変数 '{ $name }' は宣言されていません)。
reason-tf-invalid-no-resource = 無効です (リソース '{ $name }' は宣言されていません)。
reason-tf-invalid-no-local = 無効です (ローカル値 '{ $name }' は宣言されていません)。
reason-tf-instance-count = { $address } の { $name } は不明です。その count: { $reason }
reason-tf-instance-for-each = { $address } の { $name } は不明です。その for_each: { $reason }
reason-tf-set-by-count = { $address } によって設定されますが、{ $address } が存在するかどうかは不明です。その count: { $reason }
reason-tf-set-by-for-each = { $address } によって設定されますが、{ $address } が存在するかどうかは不明です。その for_each: { $reason }
reason-cfn-find-in-map-deploy-time = Fn::FindInMap のキーはデプロイ時にのみ判明します。
reason-cfn-mapping-missing = マッピング { $mapping } は存在しません。
reason-cfn-ref-undefined = '{ $name }' への Ref ですが、'{ $name }' はこのテンプレートで定義されていません。
reason-tf-workspace = Terraform の実行時に選択される Terraform ワークスペースに依存します。
reason-tf-self = リソース自身を参照しており、apply 後にのみ判明します。
reason-tf-nested-attribute = '{ $name }' のネストされた属性を読み取っており、apply 後にのみ判明します。
reason-tf-nested-value = '{ $name }' のネストされた値を読み取っており、apply 後にのみ判明します。
reason-tf-data-source = データソース '{ $name }' を読み取っており、Terraform の実行時にのみ判明します。
reason-tf-data-source-nested = データソース '{ $name }' のネストされた属性を読み取っており、Terraform の実行時にのみ判明します。
reason-tf-generated-on-apply = Terraform の apply 時に { $name } によって生成されます。
reason-tf-provider-function = プロバイダー関数 { $name } によって計算されますが、この関数は評価されません。
reason-tf-function-not-evaluated = { $name }() によって計算されますが、phiguard はこの関数を評価しません。
reason-tf-function-bad-arguments = 使用できない引数から { $name }() によって計算されます。

## eligibility-phi-in-eligible-service: undecided service

eligibility-undecided = { $what } { $kind } です: { $why }
eligibility-undecided-why = これが { $service } かどうかは { $attr } に依存しますが、{ $attr } はリテラル値ではありません。

## judge: backup.rs (FSx types)

backup-why-fsx-type = FileSystemType '{ $type }' はここでは認識されていません。

## backup-recent-recovery-point: unreadable recovery points

backup-points-unreadable = 復旧ポイントを読み取れませんでした: { $why }
backup-point-status-unread = { $point }: Status が読み取られていません。
backup-point-date-invalid = { $point }: CreationDate が RFC 3339 形式の時刻ではありません。

## backup-plan-covers-phi-stores: why coverage cannot be decided

backup-undecided = バックアップされているかどうかを判断できません: { $why }
backup-why-pattern = パターン { $entry } は { $name } の名前に一致する可能性がありますが、その名前はデプロイ時に生成されます。
backup-why-tag-value = タグ { $key } の値はデプロイ時にのみ判明します。
backup-why-tag-entry = ListOfTags のエントリがデプロイ時にのみ判明します。
backup-why-condition-operator = Conditions の { $operator } は解釈できません。
backup-why-condition-key = 条件キー { $key } はリソースタグではありません。
backup-why-condition-entry = Conditions の { $operator } のエントリがデプロイ時にのみ判明します。
backup-why-replica-pitr = レプリカの PointInTimeRecoveryEnabled がデプロイ時にのみ判明します。
backup-why-fsx-type = FileSystemType '{ $type }' はここでは判定できない種類です。
backup-why-target-tags = { $policy } の TargetTags のエントリがデプロイ時にのみ判明します。

## docdb-tls, docdb-audit-logs: a parameter that cannot be read

docdb-tls-param-unknown = パラメータグループ '{ $group }' の tls: { $reason }
docdb-audit-param-unknown = パラメータグループ '{ $group }' の audit_logs: { $reason }

## vpc-security-group-open-ingress, vpc-flow-logs: values that cannot be read

vpc-sg-unjudged = インバウンドルールを判定できません: { $why }
vpc-flow-logs-traffic-unknown = VPC にフローログがあるかどうかを判断できません: '{ $log }' の TrafficType: { $reason }

## cloudtrail-audit-log-retention: an expiration that cannot be read

cloudtrail-retention-expiration-unknown = ログバケット '{ $bucket }' の ExpirationInDays: { $reason }

## comprehend-data-access-scope: a managed policy ARN that cannot be read

comprehend-scope-arn-unknown = 管理ポリシーの ARN: { $reason }

## ecs: unnamed containers and volumes, log options that cannot be read

ecs-unnamed = (名前なし)
ecs-log-output-name-unknown = コンテナ '{ $container }': FireLens の出力名: { $reason }
ecs-log-tls-option-unknown = コンテナ '{ $container }': { $output } 出力の tls オプション: { $reason }
ecs-log-address-unknown = コンテナ '{ $container }': { $key }: { $reason }

## resource-policy-not-public, judge/exposure.rs: a policy or subnet that cannot be read

resource-policy-unevaluated = { $path } を評価できません: { $why }
exposure-policy-unknown = ポリシー: { $reason }
exposure-subnet-ip-unknown = サブネット { $subnet } の MapPublicIpOnLaunch: { $reason }
exposure-subnet-unresolved = サブネット: { $reason }

## ec2-phi-no-public-ip: a launch template's value that cannot be read

ec2-public-ip-from-unread = { $kind ->
        [template] 起動テンプレート
       *[configuration] 起動設定
    } { $name }: { $why }

## judge: block_devices.rs, several volumes and unnamed mappings

block-devices-device = { $device }
block-devices-mapping = マッピング #{ $index }
block-devices-comma = { $first }、{ $rest }
block-devices-next = { $first }{ $rest }
block-devices-item-false = { $device }: Encrypted が false です。
block-devices-item-absent = { $device }: Encrypted が設定されていないため、アカウントで EBS のデフォルト暗号化が有効になっていない限り、新しいボリュームは暗号化されません。
block-devices-item-snapshot = { $device }: Encrypted なしで SnapshotId から復元されるため、スナップショットの暗号化を引き継ぎます。
block-devices-item-unread = { $device }: { $why }
block-devices-failed = 暗号化されていない EBS ボリューム — { $volumes }
block-devices-undecided = EBS の暗号化を判定できません — { $volumes }
ec2-instance-ebs-attached-note = { $sentence }Volumes でアタッチされた { $attached } 個のボリュームは ebs-volume-encrypted で判定されます。

## judge: bucket.rs, reasons that cannot be read

bucket-role-encryption-unknown = { $role } '{ $bucket }' の暗号化: { $reason }
bucket-role-unresolved = { $role } を解決できません: { $reason }

## s3-bucket-tls-only: a policy that cannot be evaluated

s3-tls-unevaluated = バケットポリシーを評価できません: { $why }
s3-tls-maybe = バケットポリシー { $policy } はこのバケットに適用される可能性がありますが、その Bucket: { $reason }

## iam-console-user-mfa: users that could not be listed

iam-mfa-users-unlisted = アカウント { $account } の IAM ユーザーを一覧表示できませんでした。{ $action } が失敗したため ({ $reason })、MFA のないユーザーがこのレポートから漏れている可能性があります。

## cloudtrail-records-api-calls: several regions and trails

cloudtrail-api-calls-missing = アカウント { $account } では、API 呼び出しの一部がログ記録中の証跡によって記録されていません。{ $regions }
cloudtrail-api-calls-unknown = アカウント { $account } では、ログ記録中の証跡がすべての API 呼び出しを記録しているかどうかは不明です。{ $regions }
cloudtrail-next = { $first }{ $rest }
cloudtrail-region-item = リージョン { $region }: { $why }
cloudtrail-region-uncovered = リージョン { $region }: このリージョンを対象とする証跡がありません。
cloudtrail-trail-stopped-item = 証跡 { $trail } はログ記録を行っていません。
cloudtrail-trail-not-collected-item = 証跡 { $trail }: IsLogging が収集されていません (cloudtrail:GetTrailStatus)。
cloudtrail-trail-unread-item = 証跡 { $trail }: { $path }: { $reason }
cloudtrail-trail-gaps-item = 証跡 { $trail } は{ $gaps }。
cloudtrail-gap-no-management = 管理イベントを記録していません
cloudtrail-gap-read-only = 読み取り専用の管理イベントのみを記録しています
cloudtrail-gap-write-only = 書き込みの管理イベントのみを記録しています
cloudtrail-gap-leaves-out = { $sources } を対象外にしています
cloudtrail-gap-and = { $first }。さらに、{ $rest }

## batch-encrypted-storage: a launch template that cannot be read

batch-lt-unknown = 起動テンプレート: { $reason }
batch-lt-unresolved = 起動テンプレートを解決できません: { $reason }
batch-lt-mappings-unknown = '{ $template }' のブロックデバイスマッピング: { $reason }
batch-lt-device-encrypted-unknown = { $device } の Encrypted: { $reason }
batch-lt-some-device-encrypted-unknown = あるデバイスの Encrypted: { $reason }

## s3-transfer-acceleration-protected: why plaintext requests are not refused

s3-acceleration-not-refused = 高速化されたバケットは平文のリクエストを拒否していません: { $gap }
s3-acceleration-not-refused-actions = 高速化されたバケットは平文のリクエストを拒否していません: aws:SecureTransport に対する Deny は { $actions } を対象としていません。
s3-acceleration-no-encryption-not-refused = 高速化されたバケットはデフォルト暗号化を宣言しておらず (AWS は SSE-S3 を適用しますが、構成では宣言されていません)、平文のリクエストも拒否していません: { $gap }
s3-acceleration-no-encryption-not-refused-actions = 高速化されたバケットはデフォルト暗号化を宣言しておらず (AWS は SSE-S3 を適用しますが、構成では宣言されていません)、平文のリクエストも拒否していません: aws:SecureTransport に対する Deny は { $actions } を対象としていません。

## s3-bucket-public-access-block, s3-bucket-access-logging, waf-protected-resource-https, resource-policy-not-public: values that cannot be read

s3-pab-account-unknown = バケットにブロックパブリックアクセスの設定がなく、アカウントの S3PublicAccessBlock.{ $setting } は判断できません: { $reason }
s3-logging-data-events-unknown = サーバーアクセスログはなく、CloudTrail 証跡がこのバケットの S3 データイベントを記録しているかどうかは判断できません: { $trail }.{ $selectors }: { $reason }
waf-resource-unresolved = 保護対象のリソースを解決できません: { $reason }
resource-policy-lambda-principal-unknown = アクセス許可 { $permission } の Principal: { $reason }

## cloudtrail-phi-bucket-data-events: several trails unknown

cloudtrail-phi-bucket-item-not-collected = 証跡 { $trail }: IsLogging が収集されていません。
cloudtrail-phi-bucket-unknown = このバケットのオブジェクトイベントを証跡が記録しているかどうかは不明です。{ $trails }

## phi-store-not-public, firehose-encryption: values that cannot be read

phi-store-subnet-group-unknown-default = PubliclyAccessible が設定されておらず、DBSubnetGroupName: { $reason } RDS が{ $kind ->
        [cluster] クラスター
       *[instance] インスタンス
    }をパブリックにするのは `default` グループの場合だけです。
phi-store-subnet-group-unknown = PubliclyAccessible が設定されておらず、DBSubnetGroupName: { $reason }
phi-store-eks-cidr-unknown = { $path } のエントリ: { $reason }
firehose-encryption-source-unknown = ソースストリーム '{ $stream }' の暗号化: { $reason }

## vpc-flow-logs: a flow log whose resource cannot be read

vpc-flow-logs-watched-unknown = VPC にフローログがあるかどうかを判断できません: フローログ '{ $log }' の監視対象リソース: { $reason }

## backup-recent-recovery-point: recovery points that cannot be read

backup-point-unreadable = 復旧ポイントを読み取れませんでした。{ $points }
backup-point-next = { $first }{ $rest }
backup-point-status-unread = { $point }: Status が読み取られていません。
backup-point-date-unread = { $point }: CreationDate が RFC 3339 形式の時刻ではありません。

## s3-transfer-acceleration-protected: protections that cannot be read

s3-acceleration-unknown = 高速化されたバケットが保護されているかどうかを判断できません: { $why }
s3-acceleration-next = { $first }{ $rest }
s3-acceleration-encryption-unknown = デフォルト暗号化: { $reason }
s3-acceleration-policy-unknown = '{ $policy }' のポリシー: { $reason }

## Terraform value reasons built on other reasons, and what makes an expression invalid

reason-tf-built-from = 別の値から組み立てられます。その値: { $reason }
reason-tf-computed-by-from = { $name }() によって別の値から計算されます。その値: { $reason }
reason-tf-computed-from = 別の値から計算されます。その値: { $reason }
reason-tf-condition-that = 条件に依存します。その条件: { $reason }
reason-tf-iterates-over = コレクションを反復処理します。そのコレクション: { $reason }
reason-tf-filters-on = 条件で絞り込みます。その条件: { $reason }
reason-tf-selected-by-key = キーによって選択されます。そのキー: { $reason }
reason-tf-has-key = キーを含みます。そのキー: { $reason }
reason-tf-negates = 値を否定します。その値: { $reason }
reason-tf-expands-argument = 引数を展開します。その引数: { $reason }
reason-tf-merges-source = ソースポリシードキュメントをマージします。そのドキュメント: { $reason }
reason-tf-selects-instance = キーによって { $name } のインスタンスを選択します。そのキー: { $reason }
reason-tf-selects-data-instance = キーによってデータソースのインスタンスを選択します。そのキー: { $reason }
reason-tf-has-element = 要素を含みます。その要素: { $reason }
reason-tf-its-count = その count: { $reason }
reason-tf-its-for-each = その for_each: { $reason }
reason-tf-dynamic-for-each = dynamic ブロックによって生成されます。その for_each: { $reason }
reason-tf-invalid-because = 無効です。原因: { $reason }
reason-tf-invalid-expression = 無効な式です: { $reason }
reason-tf-no-attribute = 属性 '{ $name }' はありません。
reason-tf-variable-undeclared = 変数 '{ $name }' は宣言されていません。
reason-tf-resource-undeclared = リソース '{ $name }' は宣言されていません。
reason-tf-local-undeclared = ローカル値 '{ $name }' は宣言されていません。
reason-tf-attribute-unreadable = この値の属性 '{ $name }' は読み取れません。
reason-tf-index-out-of-range = インデックス { $index } は範囲外です。
reason-tf-no-key = キー '{ $name }' はありません。
reason-tf-index-not-number = リストのインデックスは数値でなければなりません。
reason-tf-not-indexable = インデックスを指定できるのはリストとマップだけです。
reason-tf-null-in-template = 文字列テンプレート内に null 値があります。
reason-tf-try-none-valid = try() の引数はいずれも有効ではありません。
reason-tf-dynamic-no-for-each = dynamic ブロックには for_each が必要です。
reason-tf-outside-resource = { $name } が、それを設定するリソースの外で使われています。
reason-tf-unknown-name = 名前 '{ $name }' は不明です。
reason-tf-module-no-output = module.{ $name } には出力 '{ $output }' がありません。
reason-tf-module-no-instance-key = module.{ $name } にはインスタンス { $key } がありません。
reason-tf-module-no-instance = module.{ $name } にはインスタンスがありません。
reason-tf-module-several-instances = module.{ $name } には複数のインスタンスがあります。1 つを選択してください。
reason-tf-local-cycle = local.{ $name } は自分自身を参照しています。
reason-tf-expansion-cycle = { $address } の count または for_each が自分自身に依存しています。
reason-tf-module-cycle = { $address } が自分自身に依存しています。
reason-tf-module-not-read = module.{ $name } から取得されますが、そのソース '{ $source }' は読み取られません (読み取られるのはローカルモジュールと `terraform init` でインストールされたモジュールだけです)。
reason-tf-policy-overrides = オーバーライドを含むポリシードキュメントですが、phiguard はオーバーライドをマージしません。
reason-tf-invalid-json = 有効な JSON ではありません ({ $error })。
reason-tf-principal-type-unknown = type が不明なプリンシパルを含んでいます。
reason-tf-condition-unknown = 演算子またはキーが不明な条件を含んでいます。
reason-tf-file-not-read = ファイル '{ $name }' から読み取られますが、このファイルは読み取られません: { $error }
reason-tf-template-not-read = ファイル '{ $name }' からレンダリングされますが、このファイルは読み取られません: { $error }

## resource policies: a statement that cannot be read, and TLS deny gaps

policy-transport-gaps = aws:SecureTransport に対する Deny は、{ $gaps } を対象にしていません
policy-gap-on = { $target }に対する { $action }
policy-gap-or = { $first } または { $rest }
policy-gap-next = { $first }、{ $rest }
policy-gap-action = { $action }
policy-target-bucket = バケット自体
policy-target-objects = そのオブジェクト (bucket/*)
exposure-statement-sid-unknown = '{ $sid }': { $why }
exposure-statement-unknown = ステートメント { $index }: { $why }
