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
