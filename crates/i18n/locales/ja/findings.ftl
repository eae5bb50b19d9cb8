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
reason-cfn-get-att-not-resource = '{ $name }' はここではリソースではないため、その Fn::GetAtt は判明しません。
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
