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

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }' はデフォルト暗号化を宣言していません。AWS は 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化しています。このため許容しています (trust_aws_defaults)。
bucket-role-default-fail = { $role } '{ $bucket }' はデフォルト暗号化を宣言していません。AWS は 2023 年 1 月以降、新しい S3 オブジェクトを SSE-S3 で暗号化していますが、構成で宣言されていないため、監査の証拠にはなりません。
