# コマンドライン: 利用者が読む要約と警告 (clap の --help は英語のまま)。

cli-rule-count = ルール { $count } 件
cli-nothing-read-allowed = 警告: 指定されたパスから CloudFormation テンプレート、Terraform 構成、プランのいずれも読み取られませんでした (--allow-empty)
cli-nothing-read = エラー: 指定されたパスから CloudFormation テンプレート、Terraform 構成、プランのいずれも読み取られなかったため、何も確認されていません (変更のたびに実行するジョブでは --allow-empty でこれを許可できます)
cli-asff-defaults = 警告: ASFF の検出結果には --aws-account と --aws-region が必要です。指定がない場合は { $account } と { $region } を使用します
cli-sarif-omitted = 警告: 不適合または判定不能の検出結果 { $count } 件は SARIF の結果に含まれていません (run.properties.omittedFindings に記載):
cli-and-more = ... ほか { $count } 件

## phiguard explain

explain-severity = 重大度:
explain-service = サービス:
explain-section = ホワイトペーパーのセクション:
explain-cfr = HIPAA セキュリティルール:
explain-requirements = カタログの要件:
explain-kinds = リソースタイプ:
explain-applies = 適用対象:
explain-applies-phi = PHI を保持するリソース
explain-applies-all = 一致するすべてのリソース
explain-why = 重要な理由
explain-fix = 修正方法

## phiguard coverage

coverage-implemented = 実装済み: { $rules }
coverage-manual = 手動 (すべてのレポートで証明)
coverage-implemented-live = 実装済み: { $rules } (稼働環境のスキャン)
coverage-not-implemented = 未実装: { $reason }
coverage-missing = 欠落: 実装も理由の記載もありません
coverage-summary =
    要件 { $total } 件: 実装済み { $implemented } 件、手動 { $manual } 件、未実装 (理由あり) { $not } 件、欠落 { $missing } 件。
    static/both: { $checkable } 件中 { $static } 件を実装済み ({ $percent } %)。
    live (稼働環境のスキャンと保存したインベントリでのみ判定): { $live } 件中 { $live_implemented } 件を実装済み。

## Custom (Rego) rules

cli-rule-count-custom = ルール { $count } 件 (うちカスタム { $custom } 件)
explain-custom = カスタムルール (組織独自の Rego ポリシーで、組み込みではありません)
coverage-custom = カスタムルール { $count } 件 (組織独自のもので、カタログには計上しません):

## errors of the command line

cli-error = エラー: { $message }
cli-creating = { $path } を作成できませんでした: { $error }
cli-writing = { $path } に書き込めませんでした: { $error }
cli-reading = { $path } を読み取れませんでした: { $error }
cli-unknown-format = 不明な形式 '{ $format }' です ({ $formats })
cli-unknown-graph-format = 不明なグラフ形式 '{ $format }' です ({ $formats })
cli-output-dir-markdown = --output-dir には --format markdown が必要です
cli-no-rule = ルール '{ $rule }' はありません。`phiguard rules` で一覧を確認できます
cli-no-rule-would-run = 実行されるルールがありません: { $config } がすべてのルールをスキップしています
cli-no-rule-would-run-config = 実行されるルールがありません: 設定がすべてのルールをスキップしています
cli-param-pair = --param には KEY=VALUE の形式で指定する必要があります。指定された値: '{ $value }'
cli-var-pair = --var には NAME=VALUE の形式で指定する必要があります。指定された値: '{ $value }'
cli-date = { $flag } には 2027-03-31 のような日付を指定する必要があります。指定された値: '{ $value }'
cli-output-is-input = -o { $path } はこのスキャンの入力であるため、上書きしません

## configuration file

config-reading = 設定ファイル { $path } を読み取れませんでした: { $error }
config-invalid-toml = { $place }: 設定が無効です: { $error }
config-invalid = 設定が無効です:{ $list }
config-skip-no-rule = { $place }: skip_rules に指定されたルール '{ $rule }' はありません (`phiguard rules` で一覧を確認できます)
config-suppress-no-rule = { $place }: [[suppress]] に指定されたルール '{ $rule }' はありません (`phiguard rules` で一覧を確認できます)
config-bad-glob = { $place }: '{ $glob }' は有効な glob ではありません: { $error }
config-no-reason = { $place }: 抑制には理由 (誰がなぜ受容したか) が必要です

## scan history

cli-history-recorded = スキャンを #{ $id } として { $history } に記録しました
cli-history-record-failed = エラー: スキャンを記録できませんでした: { $error }
cli-history-last = --last には 1 以上のスキャン数を指定する必要があります

## baseline

baseline-not-report = { $path } は phiguard の JSON レポート (`phiguard scan --format json`) ではありません: { $error }
baseline-schema = { $path } のスキーマは '{ $schema }' ですが、この phiguard が読み取るのは '{ $expected }' です

## phiguard fix

fix-summary-written = { $files } 個のファイルで検出結果 { $fixes } 件を修正しました
fix-summary-shown = { $files } 個のファイルで検出結果 { $fixes } 件を修正できます
fix-unsafe-left-out = ほかに { $count } 件の修正は安全でないため除外しました (--unsafe-fixes で適用されます)
fix-not-fixed = 修正方法のある不適合の検出結果 { $count } 件は、ここでは修正できませんでした (理由は --format json で確認できます)

## phiguard diff

diff-headline = 新規 { $added } 件 (うち不適合 { $failing } 件)、修正済み { $fixed } 件、変更 { $changed } 件
diff-text-title = phiguard diff { $old } -> { $new }: { diff-headline }
diff-text-new = 新規:
diff-text-fixed = 修正済み:
diff-text-changed = 変更:
diff-md-title = phiguard: ベースのレポートからの変更
diff-md-new = 新規
diff-md-fixed = 修正済み
diff-md-changed = 変更
diff-md-verdict = 判定
diff-md-rule = ルール
diff-md-resource = リソース
diff-md-location = 場所
diff-md-finding = 検出結果

## phiguard explain: automatic fix

fix-explain-heading = 自動修正
fix-explain-none = なし: `phiguard fix` はこのルールの検出結果を変更しません。
fix-explain-formats-both = 対応形式: CloudFormation (YAML、JSON) と Terraform。
fix-explain-formats-cfn = 対応形式: CloudFormation (YAML、JSON)。
fix-explain-formats-tf = 対応形式: Terraform。
fix-explain-formats-none = 対応形式: まだありません。
fix-explain-what = { $text }。
fix-explain-safe = 安全: `phiguard fix --write` で適用されます。
fix-explain-unsafe = 安全ではないため、`--unsafe-fixes` を指定した場合にのみ適用されます: { $text }。
fix-why-replaces = 既存のリソースで変更するとリソースが置き換えられる (データストアの場合は新しい空のリソースになる) ため、先にデータを移行する必要があります
fix-why-key-policy = KMS キーのポリシーでサービス (およびすべての読み取り元) にキーの使用を許可する必要があり、テンプレートでキーが宣言されていない場合はキーが新しいパラメータになります
fix-what-rds-tls-enforced = テンプレートのパラメータグループで `rds.force_ssl: 1` (PostgreSQL) または `require_secure_transport: ON` (MySQL、MariaDB) を設定するか、エンジンのファミリー用のパラメータグループを追加します
fix-why-rds-tls-enforced = TLS を使わずに接続するクライアントは拒否され、新しいパラメータグループは再起動後に有効になります
fix-what-ec2-phi-no-public-ip = インスタンスまたは起動テンプレートのネットワークインターフェイスに `AssociatePublicIpAddress: false` を、ECS サービスに `AssignPublicIp: DISABLED` を設定します (Terraform: `associate_public_ip_address = false`、`assign_public_ip = false`)。パブリックサブネット内のインスタンスや Elastic IP を持つインスタンスは、作成者が移動する必要があります
fix-why-ec2-phi-no-public-ip = インスタンスやタスクにはインターネットから到達できなくなり、NAT ゲートウェイのないパブリックサブネットではインスタンスやタスクからインターネットにも到達できなくなります
fix-what-phi-store-not-public = RDS インスタンスに `PubliclyAccessible: false` を設定し、EKS クラスターの API エンドポイントをプライベートのみにします (`EndpointPublicAccess: false`、`EndpointPrivateAccess: true`。Terraform: `publicly_accessible = false`、`endpoint_public_access = false`)
fix-why-phi-store-not-public = VPC 外のクライアントは接続できなくなります (RDS インスタンスはパブリックアドレスを失い、EKS API エンドポイントはプライベートになるため、kubectl は VPC 内から実行する必要があります)
fix-what-ecs-container-logging = ログの出力先がないすべてのコンテナに、テンプレートで宣言されたロググループへの `awslogs` の `LogConfiguration` を設定します (ロググループのないテンプレートは作成者に任せます)
fix-why-ecs-container-logging = タスクの実行ロールにロググループへの書き込み (logs:CreateLogStream、logs:PutLogEvents) を許可する必要があり、許可がないとタスクが起動しなくなります
fix-what-ec2-imdsv2 = `MetadataOptions.HttpTokens: required` を設定します (Terraform: `metadata_options {"{"} http_tokens = "required" {"}"}`)
fix-why-ec2-imdsv2 = インスタンス上でまだ IMDSv1 を呼び出すソフトウェアは、インスタンスメタデータとロールの認証情報を取得できなくなります
fix-what-s3-bucket-access-logging = `LoggingConfiguration` に、テンプレートで宣言されたログバケットまたは新しい `AccessLogsBucketName` パラメータを設定します (Terraform: `aws_s3_bucket_logging`)
fix-why-s3-bucket-access-logging = ログバケットのパラメータが追加され (テンプレートでログバケットらしい名前のバケットが宣言されている場合を除く)、そのバケットのポリシーで S3 のログ配信による書き込みを許可する必要があります
fix-what-s3-bucket-tls-only = バケットのポリシーに `aws:SecureTransport` でない要求を拒否する (Deny) ステートメントを追加するか、新しい `AWS::S3::BucketPolicy` を追加します (Terraform: `aws_s3_bucket_policy`)
fix-what-s3-bucket-versioning = `VersioningConfiguration.Status: Enabled` を設定します (Terraform: `aws_s3_bucket_versioning`)
fix-what-s3-bucket-encryption = デフォルト暗号化 `SSEAlgorithm: AES256` を宣言します (Terraform: `aws_s3_bucket_server_side_encryption_configuration`)
fix-what-s3-bucket-public-access-block = `PublicAccessBlockConfiguration` の 4 つの設定を true にします (Terraform: `aws_s3_bucket_public_access_block`)
fix-why-s3-bucket-public-access-block = ウェブサイトや公開データセットのバケットが依存しているパブリックアクセスもブロックします
fix-what-logs-group-kms-encryption = `KmsKeyId` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します
fix-why-logs-group-kms-encryption = { fix-why-key-policy }
fix-what-logs-group-retention = `RetentionInDays: 2192` を設定します (Terraform: `retention_in_days = 2192`)
fix-why-logs-group-retention = 保持期間 (2192 日、6 年) より古いログイベントは削除されます
fix-what-sqs-queue-tls-only = キューのポリシーに `aws:SecureTransport` でない要求を拒否する (Deny) ステートメントを追加するか、新しい `AWS::SQS::QueuePolicy` を追加します
fix-what-sqs-queue-encryption = `SqsManagedSseEnabled: true` を設定します (Terraform: `sqs_managed_sse_enabled = true`)
fix-what-dynamodb-table-kms-encryption = `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}` を設定します (Terraform: `server_side_encryption {"{"} enabled = true {"}"}`)
fix-what-dynamodb-point-in-time-recovery = `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` を設定します (Terraform: `point_in_time_recovery {"{"} enabled = true {"}"}`)
fix-what-sns-topic-encryption = `KmsMasterKeyId` に、テンプレートで宣言されたキー、なければ `alias/aws/sns` を設定します
fix-why-sns-topic-encryption = トピックに発行する AWS のサービス (CloudWatch アラーム、S3 と EventBridge のイベント) は AWS マネージドキー alias/aws/sns を使用できず、それらを許可するポリシーを持つカスタマーマネージドキーが必要です
fix-what-rds-multi-az = DB インスタンスに `MultiAZ: true` を設定し、インスタンスが 1 つの Aurora クラスターには同様の 2 つ目のインスタンスを追加します (Terraform: `multi_az = true`)
fix-what-codebuild-artifact-encryption = `EncryptionKey` を設定し、`EncryptionDisabled` をオフにします
fix-why-codebuild-artifact-encryption = { fix-why-key-policy }
fix-what-elb-tls-policy = リスナーに `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` を設定します (Terraform: `ssl_policy`)
fix-why-elb-tls-policy = TLS 1.0 または 1.1 しか使えないクライアントは接続できなくなります
fix-what-elb-listener-tls = HTTP リスナーを、新しい `ListenerCertificateArn` パラメータの証明書と `ELBSecurityPolicy-TLS13-1-2-2021-06` を使用するポート 443 の HTTPS リスナーに変更します
fix-why-elb-listener-tls = リスナーはそのポートの HTTP から 443 の HTTPS に移るため、クライアントとセキュリティグループをそれに合わせる必要があり、新しい `ListenerCertificateArn` パラメータで ACM 証明書を指定する必要があります
fix-what-elb-access-logs = 新しいパラメータのバケットへのアクセスログを有効にします
fix-why-elb-access-logs = `LoadBalancerLogsBucketName` パラメータが追加され、そのバケットのポリシーで Elastic Load Balancing による書き込みを許可する必要があります
fix-what-vpc-flow-logs = VPC に対して、新しいパラメータのバケットに出力する `AWS::EC2::FlowLog` を追加します
fix-why-vpc-flow-logs = `FlowLogsBucketName` パラメータが追加され、そのバケットのポリシーでログ配信による書き込みを許可する必要があります
fix-what-ec2-flow-logs = インスタンスまたは Auto Scaling グループのサブネットの VPC (テンプレートでサブネットが宣言され、すべてが 1 つの VPC に属する場合) に対して、`vpc-flow-logs` の修正と同様に、新しいパラメータのバケットに出力する `AWS::EC2::FlowLog` を追加します
fix-why-ec2-flow-logs = { fix-why-vpc-flow-logs }
fix-what-rds-storage-encrypted = `StorageEncrypted: true` を設定します (Terraform: `storage_encrypted = true`)
fix-why-rds-storage-encrypted = { fix-why-replaces }
fix-what-rds-backup-retention = `BackupRetentionPeriod: 7` を設定します (Terraform: `backup_retention_period = 7`)
fix-what-kms-key-rotation = `EnableKeyRotation: true` を設定します (Terraform: `enable_key_rotation = true`)
fix-what-cloudfront-viewer-https = HTTP を許可するすべてのキャッシュビヘイビアに `ViewerProtocolPolicy: redirect-to-https` を設定します
fix-what-efs-file-system-encrypted = `Encrypted: true` を設定します (Terraform: `encrypted = true`)
fix-why-efs-file-system-encrypted = { fix-why-replaces }
fix-what-efs-tls-required = `FileSystemPolicy` に `aws:SecureTransport` でない要求を拒否する (Deny) ステートメントを追加します
fix-why-efs-tls-required = `-o tls` を付けずにマウントするクライアントはアクセスできなくなり、ポリシーがなかった場合は新しいポリシーが EFS のデフォルトの許可に代わるため、クライアントにはマウントのための IAM 権限が必要になります
fix-what-ebs-volume-encrypted = `Encrypted: true` を設定します (Terraform: `encrypted = true`)
fix-why-ebs-volume-encrypted = { fix-why-replaces }
fix-what-ec2-instance-ebs-encrypted = すべてのブロックデバイスマッピングに `Ebs.Encrypted: true` を設定します
fix-why-ec2-instance-ebs-encrypted = { fix-why-replaces }
fix-what-cloudtrail-kms-encryption = `KMSKeyId` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します
fix-why-cloudtrail-kms-encryption = { fix-why-key-policy }
fix-what-cloudtrail-log-file-validation = `EnableLogFileValidation: true` を設定します (Terraform: `enable_log_file_validation = true`)
fix-what-cloudtrail-multi-region = `IsMultiRegionTrail: true` と `IncludeGlobalServiceEvents: true` を設定します (Terraform: `is_multi_region_trail = true`)
fix-what-elasticache-at-rest-encryption = レプリケーショングループに `AtRestEncryptionEnabled: true` を設定します (Terraform: `at_rest_encryption_enabled = true`)
fix-why-elasticache-at-rest-encryption = { fix-why-replaces }
fix-what-elasticache-transit-encryption = `TransitEncryptionEnabled: true` を設定します (記述されている場合は `TransitEncryptionMode: required` も設定します) (Terraform: `transit_encryption_enabled = true`)
fix-why-elasticache-transit-encryption = クライアントは TLS で接続する必要があり、古いエンジンバージョンではグループが置き換えられます
fix-what-elasticache-redis-auth = 新しい NoEcho パラメータから `AuthToken` を設定し、`TransitEncryptionEnabled: true` を設定します
fix-why-elasticache-redis-auth = デプロイ時に指定が必要な NoEcho の AUTH トークンパラメータが追加され、クライアントは認証と TLS の使用が必要になります
fix-what-secretsmanager-secret-kms = `KmsKeyId` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します
fix-why-secretsmanager-secret-kms = { fix-why-key-policy }
fix-what-codecommit-repository-kms = `KmsKeyId` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します
fix-why-codecommit-repository-kms = { fix-why-key-policy }
fix-what-lambda-environment-kms = `KmsKeyArn` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します
fix-why-lambda-environment-kms = { fix-why-key-policy }

## scan history: the store

history-folder = { $history } はフォルダーです。--history にはデータベースファイルを指定してください (--history を最後に置くか、--history=FILE と書いてください)
history-missing = { $history } にスキャン履歴がありません。`phiguard scan --history` で記録できます
history-newer = { $history }: 履歴のスキーマはバージョン { $version } で、この phiguard が扱えるバージョン ({ $latest }) より新しいため、phiguard を更新してください

## phiguard history

history-text-title = { $history } のスキャン履歴: 記録された { $total } 回のうち、直近の { $shown } 回を表示しています (古い順)。
history-text-empty = まだスキャンが記録されていません。`phiguard scan --history` で記録できます。
history-col-scan = スキャン
history-col-scanned-at = スキャン日時
history-col-rule-set = ルールセット
history-col-files = ファイル
history-col-resources = リソース
history-col-change = 増減
history-per-safeguard = HIPAA 保護措置ごとの不適合/判定不能/適合 ("-": 該当するルールは実行されていません):
history-per-rule = ルールごとの不適合/判定不能/適合 ("-": 該当するルールは実行されていません):
history-no-finding = (これらのスキャンに検出結果はありません)
history-quiet = (適合のみだったルール { $count } 件は省略しています。--format json ではすべてのルールを表示します)
history-changed = スキャン #{ $before } から #{ $scan } への変化 (不適合の検出結果: 新規 { $new } 件、修正済み { $fixed } 件):
history-nothing-changed = 変化なし: 同じ検出結果が不適合のままです
history-change-new = 新規
history-change-fixed = 修正済み
history-change-line = { $change }  { $rule }  リソース { $resource }  ({ $location })
history-and-more = ... ほか { $count } 件 (--format json ではすべて表示します)

## custom rules

policy-no-rego = カスタムルールには `rego` フィーチャー付きでビルドされた phiguard が必要です (ポリシーフォルダー { $path })
policy-input-no-rego = --policy-input には `rego` フィーチャー付きでビルドされた phiguard が必要です

## phiguard coverage: why a requirement is not implemented

coverage-reason-appflow-non-s3-dest-encrypted = S3 以外の送信先は、SaaS アプリケーション (Salesforce、Snowflake、Zendesk、SAP など) か、接続名だけを指定する AWS::AppFlow::ConnectorProfile を介して到達する Redshift クラスターです。SaaS アプリケーションでの保存時の暗号化はテンプレートの外でそのアプリケーション内で設定されるため、手動での確認が必要です。スキャン対象の Redshift クラスターは Redshift の暗号化ルールで判定されます。
coverage-reason-appstream-home-folder-encryption = テンプレートの内容でこの要件が不適合になることはありません。HOMEFOLDERS のストレージは常に SSE-S3 と TLS を使用する S3 であり (AWS が適用し、設定項目はありません)、GOOGLE_DRIVE / ONE_DRIVE のコネクタは、顧客とそれらのベンダーとの契約の下で Google Workspace または Microsoft 365 側で設定する必要があり、手動での確認でしか判断できません。
coverage-reason-comprehend-iam-least-privilege = 最小権限は各 ID が何を必要とするかの判断であり、テンプレートにはそれが記述されていません。comprehend:Detect* やほとんどのリアルタイムアクションは Resource "*" しかサポートしていないため、Resource "*" の付与が可能な限り最小の権限であることも多く、これを指摘すると誤検知になります。確認できる部分は実装済みです: データアクセスロールの S3 の範囲 (comprehend-data-access-scope) と、混乱した代理 (confused deputy) を防ぐ条件 (comprehend-role-confused-deputy)。
coverage-reason-comprehend-multi-tenancy = アプリケーションの設計の問題です。マルチテナントアプリがテナントを検証済みのメールアドレスや電話番号にどう対応付けるか、アプリクライアントがどの属性を書き込めるか、どの ID プロバイダーがどのクライアントに対応するかは、アプリケーションの認可ロジックで決まります。Cognito の設定 (AutoVerifiedAttributes、WriteAttributes) だけでは、テナント属性がアプリの認可に使われる属性かどうかはわからないため、手動での確認が必要です。
coverage-reason-ecs-firelens-no-phi-file-logs = アプリケーションが PHI をログファイルに書き込むかどうか、Fluent Bit がディスクにバッファリングするか (storage.path) は、アプリケーションコードと、イメージに組み込まれるか S3 から取得される Fluent Bit の設定ファイル (FirelensConfiguration の config-file-value) で設定され、どちらもテンプレートには含まれません。Fargate のタスクストレージは常に暗号化されます。EC2 コンテナインスタンスのボリュームは EBS の暗号化ルールで判定されます。
coverage-reason-forecast-s3-buckets = Forecast のインポートとエクスポートのバケットは API 呼び出し (CreateDatasetImportJob、CreateForecastExportJob) でのみ指定され、これらには CloudFormation や Terraform のリソースがないため、バケットと Forecast を結び付けるテンプレートはありません。バケット自体は、PHI を保持する他のバケットと同様に S3 の暗号化ルールと TLS ルールで判定されます。
coverage-reason-healthlake-encrypted-export-bucket = HealthLake のインポートとエクスポートのバケットは StartFHIRImportJob / StartFHIRExportJob の API 呼び出しでのみ指定されます。AWS::HealthLake::FHIRDatastore にはそれらを指定するプロパティがないため、バケットと HealthLake を結び付けるテンプレートはありません。バケットは、PHI を保持する他のバケットと同様に S3 の暗号化ルールで判定されます。
coverage-reason-lex-iam-least-privilege = lex:* アクションの最小権限は、どの呼び出し元がどのボットを必要とするかによって決まり、テンプレートにはそれが記述されていません。ボットの ARN に範囲を絞ったポリシーも、テンプレートに記録されていない意図と照らし合わせなければ確認できません。lex: アクションを付与する IAM ポリシーを手動で確認してください。
coverage-reason-lex-monitoring = CloudTrail は設定なしで Lex の API 呼び出しを記録し (証跡のライブチェック)、AWS/Lex 名前空間の CloudWatch アラームは通常、別の監視用スタックにあります。ボットのテンプレートにアラームがないことはボットが監視されていない証拠にはならないため、テンプレートでの判定は推測にしかなりません。
coverage-reason-netfw-auto-encryption = ホワイトペーパーによれば、Network Firewall は特別な設定なしでルールとログを保存時および転送時に暗号化します。これを無効にする設定はないため、テンプレートで不適合になり得るものはありません。オプションのカスタマーキーは API/Terraform (encryption_configuration) にしかなく、ホワイトペーパーもそれを求めていません。ログの送信先 (S3、CloudWatch Logs、Firehose) はそれぞれのルールで判定されます。
coverage-reason-polly-iam-least-privilege = 最小権限は各プリンシパルが何を必要とするかによって決まり、テンプレートにはそれが記述されていません。Polly は音声合成にリソースレベルのアクセス許可を提供しないため、'*' に対する 'polly:*' は限定的な音声合成ロールの一般的な書き方です。これを指摘すると誤検知になり、テンプレートの他の内容からも必要な付与と過剰な付与は区別できません。
coverage-reason-polly-output-s3-encrypted = 非同期の音声合成 (StartSpeechSynthesisTask) は CloudFormation や Terraform のリソースがない API 呼び出しであり、Polly は呼び出し元の認証情報で書き込むため、出力バケットを指定するテンプレートはありません。PHI を保持するバケットはすべて、すでに S3 の暗号化ルールで判定されています。
coverage-reason-quicksight-enterprise-only = エディションはアカウントのサブスクリプションのプロパティであり、CloudFormation では宣言できません。Terraform の aws_quicksight_account_subscription (edition) には Terraform アダプターが、ライブチェック (DescribeAccountSubscription) には AWS リーダーが必要です。
coverage-reason-redshift-spectrum-in-scope = 義務ではなく対象範囲の記述です。Redshift Spectrum は BAA の対象であり、Spectrum がクエリする S3 のデータは、他のバケットと同様に S3 のルールで判定されます。
coverage-reason-glacier-no-phi-in-names = S3 Glacier のボールトには CloudFormation のタイプがありません (Terraform の aws_glacier_vault のみ)。Terraform アダプターがボールトをグラフに取り込むようになれば、そのタグは metadata-no-phi-in-tags で読み取られます。ボールト名のチェックはそのリソース種別名を待っています。アーカイブの説明はテンプレートではなくアプリケーションが書き込みます。
coverage-reason-textract-input-sse = Textract には CloudFormation や Terraform のリソースがありません。入力ドキュメントと非同期処理の OutputConfig (その KMSKeyId を含む) は API パラメータであり、Textract は呼び出し元の認証情報で読み取るため、そのバケットを指定するテンプレートはありません。PHI を保持する入力バケットと出力バケットは S3 の暗号化ルールで判定されます。
coverage-reason-transcribe-no-retention-tls = 文字起こしジョブ (OutputBucketName、OutputEncryptionKMSKeyId) は CloudFormation や Terraform のリソースがない API 呼び出しです。TLS とデータを保持しないことはサービスの特性です。PHI を保持する出力バケットは S3 の暗号化ルールで判定されます。
coverage-reason-vpc-private-connectivity = AWS Site-to-Site VPN 接続は常に IPsec であるため、不適合になることはありません。Direct Connect 経由の PHI が暗号化されるかどうかは、テンプレートに現れない MACsec または VPN/TLS のオーバーレイによって決まります (MACsec のない通常の aws_dx_connection でも IPsec や TLS を通している場合があります)。この要件を正当に不適合と判定できるテンプレートの値はありません。
coverage-reason-workdocs-audit-sharing = CloudTrail に関する部分は cloudtrail-records-api-calls で判定されます (WorkDocs の API 呼び出しは管理イベントです)。残りは判断と確認の問題です: 外部共有を許可するかどうかは、公開された読み取り API のない WorkDocs のサイト設定 (管理コンソールのみ) であり、アクティビティログの確認はプロセスです。また、Amazon WorkDocs は新規顧客の受け付けを終了し、2025 年 4 月にサポートが終了しました。
coverage-reason-workdocs-mfa-radius = RADIUS MFA は WorkDocs のディレクトリの設定です (ds:DescribeDirectories の RadiusSettings)。コレクターは AWS Directory Service を読み取らず、WorkDocs は 2025 年 4 月にサポートが終了しました。ルールを作るには、まずディレクトリのコレクター (`RadiusSettings` を持つ `AWS::DirectoryService::MicrosoftAD` と WorkDocs サイトのディレクトリ ID) が必要です。
coverage-reason-mgn-encrypted-replication = レプリケーション設定は Application Migration Service (mgn:DescribeReplicationConfigurationTemplates の ebsEncryption) にあり、コレクターはこれを読み取りません。移行は PHI を常時保管する場所ではなく短期間のプロジェクトであり、移行で作成される EBS ボリュームは、収集されれば ebs-volume-encrypted と ebs-encryption-by-default で判定されます。
coverage-reason-ds-msad-encrypted = AWS Managed Microsoft AD はどちらのエディションも、AWS マネージドキーで暗号化された EBS ボリュームにディレクトリデータを保存し、Enterprise がデフォルトのエディションです。LDAP は VPC 内にとどまります。これを無効にする設定はなく、オンプレミスとの接続 (VPN または Direct Connect) はディレクトリのテンプレートの外にあります。
coverage-reason-ds-ldaps = LDAPS の状態はディレクトリごとに ds:DescribeLDAPSSettings で読み取ります。コレクターは AWS Directory Service を読み取らず、この要件はホワイトペーパーから導かれたもの (任意) です。ルールを作るには、まずディレクトリのコレクターが必要です。
coverage-reason-drs-encrypted-replication = ライブのレプリケーション設定は Elastic Disaster Recovery (drs:DescribeReplicationConfigurationTemplates) から取得されますが、コレクターはこれを読み取りません。AWS::DRS::ReplicationConfigurationTemplate を宣言するテンプレートは静的チェックの対象です。ステージング用の EBS ボリュームは、収集されれば ebs-volume-encrypted と ebs-encryption-by-default で判定されます。
coverage-reason-sdkmetrics-log-group-kms = SDK Metrics (Enterprise Support 専用で、現在は非推奨) はテンプレートではなく SDK と CloudWatch エージェントで設定され、どのロググループがそれを受け取るかを示すものはテンプレートにありません。ロググループの KMS 暗号化は CloudWatch Logs のルールで判定されます。
coverage-reason-sms-encrypted-volumes = AWS Server Migration Service は提供が終了しており (Application Migration Service に置き換えられました)、CloudFormation や Terraform のリソースもありません。レプリケーションジョブは API 呼び出しです。作成されるインスタンスとボリュームは EBS の暗号化ルールで判定されます。
coverage-reason-snowball-kms-key = Snowball ジョブは一度きりの転送 (snowball:DescribeJob の KmsKeyARN) であり、アカウントの常設の設定ではありません。コレクターはジョブを一覧せず、ジョブのキーは作成時に固定されます。Snowball は常に KMS キー (デフォルトは AWS マネージド) で暗号化するため、このチェックでわかるのはカスタマーマネージドキーか AWS マネージドキーかの違いだけです。
coverage-reason-snowball-dest-bucket-sse-s3 = Snowball ジョブには CloudFormation のタイプも Terraform の AWS プロバイダーのリソースもないため、インポート先のバケットを指定するテンプレートはありません。PHI を保持する送信先バケットは S3 の暗号化ルールで判定されます。
coverage-reason-gen-no-dedicated-tenancy-required = 義務ではなく許可です: 2017 年 5 月以降、PHI にハードウェア専有インスタンスや専有ホストは必要なくなったため、phiguard はデフォルトのテナンシー (AWS::EC2::Instance の Tenancy、AWS::EC2::VPC の InstanceTenancy) を決して指摘してはなりません。チェックするものはなく、テナンシーを調べるルールもありません。
coverage-reason-aurora-engine-editions = AWS::RDS::DBCluster が受け付けるエンジン (aurora-mysql、aurora-postgresql、およびマルチ AZ DB クラスター用の mysql/postgres) はすべて対象となるホワイトペーパーのセクションに属するため、テンプレートで誤り得るものはありません。転送時の暗号化は RDS の転送時暗号化のルールで確認されます。

## progress bar

progress-reading = 入力を読み取り中

## fix: eks, dms, backup, emr, codepipeline

fix-why-emr-replaced = セキュリティ設定と、それを使用するすべてのクラスターが置き換えられます。実行中のクラスターは終了して作成し直されます (名前付きのセキュリティ設定は名前を変更する必要があります)
fix-what-eks-secrets-encryption = `EncryptionConfig` を設定し、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータで `secrets` を暗号化します (Terraform: `encryption_config`)
fix-why-eks-secrets-encryption = エンベロープ暗号化は一度有効にすると無効に戻せません。また、KMS キーのポリシーでクラスターロールにキーの使用を許可する必要があります (テンプレートでキーが宣言されていない場合はキーが新しいパラメータになります)
fix-what-dms-kms-key = `KmsKeyId` (サーバーレスの場合は `ComputeConfig.KmsKeyId`) に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します (Terraform: `kms_key_arn`)
fix-why-dms-kms-key = レプリケーションインスタンスが置き換えられ (そのタスクは再度開始する必要があります)、KMS キーのポリシーで AWS DMS にキーの使用を許可する必要があります
fix-what-backup-vault-kms-key = `EncryptionKeyArn` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します (Terraform: `kms_key_arn`)
fix-why-backup-vault-kms-key = ボールトは新しい空のボールトに置き換えられ (復旧ポイントは古いボールトに残り、名前付きのボールトは名前を変更する必要があります)、KMS キーのポリシーで AWS Backup にキーの使用を許可する必要があります
fix-what-backup-plan-offsite-copy = すべてのバックアップルールに、新しい `OffsiteBackupVaultArn` パラメータのボールトへのコピーアクションを追加します (Terraform: `copy_action`)
fix-why-backup-plan-offsite-copy = `OffsiteBackupVaultArn` パラメータが追加されます。ボールトは別のリージョンまたはアカウントに存在し、コピーを許可している必要があります。また、コピーにはストレージと転送の料金がかかります
fix-what-emr-at-rest-encryption = クラスターが指定するセキュリティ設定に保管時の設定 (キー) が記述されている場合、その設定で `EnableAtRestEncryption: true` を設定します
fix-why-emr-at-rest-encryption = { fix-why-emr-replaced }
fix-what-emr-in-transit-encryption = クラスターが指定するセキュリティ設定に転送中の設定 (証明書) が記述されている場合、その設定で `EnableInTransitEncryption: true` を設定します
fix-why-emr-in-transit-encryption = { fix-why-emr-replaced }
fix-what-codepipeline-artifact-store-kms = アーティファクトストアの `EncryptionKey` に、テンプレートで宣言されたキーまたは新しい `KmsKeyArn` パラメータを設定します (Terraform: `encryption_key`)
fix-why-codepipeline-artifact-store-kms = { fix-why-key-policy }
## fix: why a fix was not written (`phiguard fix --format json`, skipped[].reason)
fix-skip-unsafe = 安全ではありません: { $why }。--unsafe-fixes を指定すると適用されます
fix-skip-type = { $type } には修正がありません
fix-skip-not-plain-value = { $resource } の { $property } が単純な値ではありません
fix-skip-has-flow-log = { $vpc } には、このテンプレートですでにすべてのトラフィックのフローログがあります
fix-skip-engine = エンジン { $engine } には修正がありません
fix-skip-group-elsewhere = { $property } がこのテンプレートのパラメータグループを指定していません
fix-skip-no-family = { $engine } { $version } のパラメータグループファミリーが不明です
fix-skip-template-parse = テンプレートを解析できません: { $error }
fix-skip-written-as = { $type } として記述されており、この修正では編集しません
fix-skip-template-broken = 修正後のテンプレートが解析できなくなるため ({ $error })、何も書き込みませんでした
fix-skip-no-resource = リソース { $resource } がありません
fix-skip-no-path = { $resource } に { $path } がありません
fix-skip-not-a-mapping = ここには { $key } を追加できません: 単純なマッピングではありません
fix-skip-several-blocks = { $block } ブロックが複数あります
fix-skip-file-parse = ファイルを解析できません: { $error }
fix-skip-file-broken = 修正後のファイルが解析できなくなるため ({ $error })、何も書き込みませんでした
fix-skip-aurora-multi-az = Aurora インスタンスです: 代わりにクラスターに 2 つ目のインスタンスを追加してください
fix-skip-cluster-no-instance = このテンプレートにはクラスターのインスタンスがありません
fix-skip-aurora-encryption = Aurora インスタンスです: 暗号化はクラスターで設定します
fix-skip-read-replica = リードレプリカです: レプリケーション元のインスタンスを暗号化してください
fix-skip-aurora-backups = Aurora インスタンスです: バックアップはクラスターで設定します
fix-skip-listener-not-http = HTTPS に変更するのは Application Load Balancer の HTTP リスナーのみです
fix-skip-attributes-expression = LoadBalancerAttributes が式です
fix-skip-vpc-unknown = サブネットまたはその VPC がこのテンプレートで宣言されていません
fix-skip-key-no-rotation = 非対称キーまたは HMAC キーは自動ローテーションできません
fix-skip-root-volume-ami = ルートボリュームは AMI から作成されます: EBS のデフォルト暗号化または暗号化された AMI で暗号化してください
fix-skip-public-address-elsewhere = パブリックアドレスはサブネットまたは Elastic IP によるものです: インスタンスの移動はアーキテクチャの変更になります
fix-skip-containers-not-list = ContainerDefinitions がテンプレートに記述されたリストではありません
fix-skip-no-log-group = コンテナのログの送信先となる AWS::Logs::LogGroup がテンプレートで宣言されていません
fix-skip-log-driver-expression = すべてのコンテナのログドライバーが式で記述されています
fix-skip-engine-not-literal = エンジンがリテラルではありません
fix-skip-no-engine-version = EngineVersion がありません: パラメータグループファミリーを選択できません
fix-skip-not-written = リソースがこのファイルにそのままの形で記述されていません (変換またはループで作成されています)
fix-skip-no-cfn-fix = このルールには CloudFormation の修正がありません
fix-skip-already-fixed = リソースには修正で書き込む内容がすでにあります。検出結果は別の原因によるものです
fix-skip-inline-encryption = インラインの server_side_encryption_configuration です: aws_s3_bucket_server_side_encryption_configuration に移動してください
fix-skip-encryption-shape = バケットの暗号化設定が、修正ツールで編集しない形式で記述されています
fix-skip-inline-policy = インラインのバケットポリシーです: Deny-unless-aws:SecureTransport ステートメントを手動で追加してください
fix-skip-policy-shape = バケットポリシーが、修正ツールで追加できる jsonencode({"{"}Statement = [...]{"}"}) ではありません。ステートメントを手動で追加してください
fix-skip-one-line-statements = 修正ツールで編集しない 1 行のステートメントリストです
fix-skip-logging-shape = バケットのログ記録が、修正ツールで編集しない形式で記述されています
fix-skip-not-an-address = リソースアドレスではありません
fix-skip-block-elsewhere = リソースブロックがこのファイルにありません
fix-skip-no-tf-fix = このルールには Terraform の修正がまだありません
fix-skip-empty-path = パスが空です
fix-skip-no-position = 位置情報がありません
fix-skip-no-closing-brace = 閉じ括弧がありません
fix-skip-one-line-block = 修正ツールで編集しない 1 行のブロックです
fix-skip-no-resources = Resources がありません
fix-skip-no-list-item = 該当するリスト項目がありません
fix-skip-expected-list = リストである必要があります
fix-skip-value-shape = 既存の値の形式が異なります
fix-skip-value-expression = 既存の値が式またはリストです
fix-skip-position-outside = 位置がファイルの範囲外です
fix-skip-key-layout = 修正ツールで編集しないレイアウトのキーです
fix-skip-empty-mapping = 修正ツールで編集しない空のマッピングです
fix-skip-empty-list = 空のリストです
fix-skip-list-layout = 修正ツールで編集しないレイアウトのリストです
fix-skip-value-form = 修正ツールで置き換えない形式で記述された値です
fix-skip-terraform-json = Terraform JSON とプランは編集しません。設定ファイルを修正してください
fix-skip-internal-error = このファイルの修正中に内部エラーが発生しました。何も書き込みませんでした

## scan --format sarif: a finding left out of the SARIF results (stderr)
cli-sarif-omitted-item = { $resource } の { $rule }: { $why }

## live AWS accounts (phiguard scan aws)

progress-collecting = AWS サービスを収集中
## fix: the five top-30 rules that had none

fix-what-vpc-security-group-open-ingress = ポート 80 と 443 以外のインバウンドルールで開放されている送信元 (0.0.0.0/0、::/0) を、デフォルト値のない新しい `AllowedIngressCidr` パラメータ (IPv6 の場合は `AllowedIngressCidrIpv6`) に置き換えます (Terraform: 変数)
fix-why-vpc-security-group-open-ingress = ポートに到達できる相手が変わります。新しい `AllowedIngressCidr` パラメータ (IPv6 の場合は `AllowedIngressCidrIpv6`) で指定した範囲からのみ接続でき、それ以外の送信元はすべて遮断されます
fix-what-ec2-cleartext-ingress = インターネットに開放された平文ポートのインバウンドルールを、そのプロトコルの TLS ポートに移します (HTTP 80 を 443、FTP 20-21 を 989-990、Telnet 23 を SSH 22、POP3 110 を 995、IMAP 143 を 993、LDAP 389 を 636、8080 を 8443 に)。r 系サービス、TFTP、SNMP は作成者に委ねます
fix-why-ec2-cleartext-ingress = サービスが TLS ポートで待ち受け、クライアントがそのポートに接続する必要があります
fix-what-elb-target-tls = HTTP のターゲットグループをポート 443 の HTTPS (TCP は TLS) に変更し (パラメータで指定されたポートはそのままです)、HTTP のヘルスチェックを HTTPS にします。Classic Load Balancer は作成者に委ねます
fix-why-elb-target-tls = ターゲットがポート 443 で TLS を提供する必要があり、プロトコルまたはポートを変更するとターゲットグループが置き換えられます
fix-what-backup-plan-covers-phi-stores = データストアの ARN をテンプレートのバックアップ選択に追加します。バックアップ選択のないテンプレートには、バックアップボールト、復旧ポイントを 35 日間保持して新しい `BackupCopyVaultArn` パラメータのボールトにコピーする日次プラン、および AWS 管理ポリシー AWSBackupServiceRolePolicyForBackup を持つロールを使用するバックアップ選択を追加します (Terraform: 同じリソース)
fix-why-backup-plan-covers-phi-stores = バックアップにはストレージのコストがかかり、新しいプランではボールト、ロール、`BackupCopyVaultArn` パラメータ (テンプレートでキーが宣言されていない場合は `KmsKeyArn` パラメータも) が追加されます
fix-what-flow-transmission-encrypted = 他の修正が修復する経路を修復します。SNS サブスクリプションの HTTP エンドポイントを HTTPS に、HTTP リスナーを HTTPS に (`elb-listener-tls` と同様)、HTTP のターゲットグループを HTTPS に (`elb-target-tls` と同様) 変更します。API Gateway の統合、Firehose の HTTP エンドポイント、CloudFront のオリジンは作成者に委ねます
fix-why-flow-transmission-encrypted = 受信側が TLS に対応している必要があります。SNS エンドポイントは HTTPS を受け付け、ロードバランサーのターゲットは TLS を提供し、HTTP リスナーには証明書が必要です

## live AWS accounts (phiguard scan aws)
live-not-built = この phiguard はライブ AWS 対応なしでビルドされています。`--features aws` を付けてビルドしてください (cargo install --path crates/cli --features aws)
live-role-placeholder = --accounts で複数のアカウントを指定する場合や --organization を使う場合、--role-arn には {"{"}account{"}"} が必要です
live-runtime = AWS クライアントのランタイムを開始できません: { $error }
live-unknown-services = 不明なサービス { $services } です (既知のサービス: { $known })
live-cannot-identify = アカウントを特定できません: { $error }
live-cannot-list-regions = アカウントのリージョンを一覧表示できません (ec2:DescribeRegions): { $error }
live-cannot-list-organization = 組織のアカウントを一覧表示できません (organizations:ListAccounts): { $error }
live-no-active-account = 組織にアクティブなアカウントがありません
live-internal = 内部エラー: コレクターがスキャンの終了後も動作しています
## fix skip reasons (2)

fix-skip-no-parameter = パラメータ { $name } がありません
fix-skip-no-properties = Properties がありません
fix-skip-expression-not-replaced = 修正ツールで置き換えない式です
fix-skip-no-open-literal-or-default = インターネットに開放されたインバウンドルールのうち、リテラルの範囲またはパラメータのデフォルト値で記述されたものがありません
fix-skip-no-open-literal = インターネットに開放されたインバウンドルールのうち、リテラルの範囲で記述されたものがありません
fix-skip-all-protocols-open = すべてのプロトコル (または TFTP、SNMP) が開放されています: どれを残すかは作成者が判断します
fix-skip-no-tls-port = ポート { $from }-{ $to } には移行先の TLS ポートがありません (FTP 21→990、Telnet 23→22、HTTP 80→443、LDAP 389→636、IMAP 143→993、POP3 110→995)
fix-skip-no-cleartext-literal-ports = 平文ポートで開放されたインバウンドルールのうち、リテラルのポートで記述されたものがありません
fix-skip-target-group-not-http = HTTPS または TLS に変更するのは HTTP または TCP のターゲットグループのみです
fix-skip-no-http-subscription = プレーンな HTTP で配信するサブスクリプションがありません
fix-skip-already-tls = すでに HTTPS または TLS です (この実行での elb-target-tls または elb-listener-tls の修正によるものです)
fix-skip-flow-hop-left = この経路は作成者に委ねます: API Gateway の統合、Firehose の HTTP エンドポイント、CloudFront のオリジンは、まずそのエンドポイントが HTTPS で提供する必要があります
fix-skip-encryption-config-written = { $property } が記述されています: どのリソースを暗号化するかは作成者が決定します
fix-skip-artifact-stores-regions = 複数のリージョンにあるアーティファクトストアには、リージョンごとにキーが必要です: キーの指定は作成者に委ねます
fix-skip-backup-rules-not-list = BackupPlanRule がテンプレートに記述されたリストではありません
fix-skip-copy-destinations-named = すべてのルールがコピー先を指定しています: コピー先を別のリージョンまたはアカウントに移すかどうかは作成者が判断します
fix-skip-no-security-configuration = クラスターがこのテンプレートのセキュリティ設定を指定していません: キーと証明書は作成者が設計します
fix-skip-no-security-configuration-tf = クラスターがこの構成のセキュリティ設定を指定していません: キーと証明書は作成者が設計します
fix-skip-no-encryption-configuration = セキュリティ設定に EncryptionConfiguration が記述されていません
fix-skip-security-configuration-lacks = セキュリティ設定に { $settings } がありません: キーまたは証明書は作成者が設計します
fix-skip-security-configuration-shape = セキュリティ設定が、修正ツールで編集できる jsonencode({"{"}EncryptionConfiguration = {"{"}...{"}"}{"}"}) ではありません
fix-skip-security-configuration-no-flag = セキュリティ設定に { $flag } が記述されていません
fix-skip-inline-queue-policy = インラインのキューポリシーです: Deny-unless-aws:SecureTransport ステートメントを手動で追加してください
fix-skip-no-block-device = 構成にブロックデバイスが記述されていません
fix-skip-already-listens-443 = ロードバランサーはすでにポート 443 で待ち受けています: このリスナーがそこへリダイレクトするよう手動で設定してください
fix-skip-vpc-has-flow-log = { $vpc } にはすでにすべてのトラフィックのフローログがあります
fix-skip-vpc-unknown-tf = サブネットまたはその VPC がこの構成で宣言されていません
fix-skip-group-elsewhere-tf = { $argument } がこの構成のパラメータグループを指定していません
fix-skip-no-engine-version-tf = engine_version がありません: パラメータグループファミリーを選択できません
fix-skip-containers-not-jsonencode = container_definitions が jsonencode([...]) ではありません
fix-skip-containers-not-written = container_definitions が構成に記述された jsonencode([...]) ではありません
fix-skip-no-log-group-tf = コンテナのログの送信先となる aws_cloudwatch_log_group が構成で宣言されていません
fix-skip-container-expression = コンテナ定義が式です
fix-skip-one-line-container = 修正ツールで編集しない 1 行のコンテナ定義です
fix-skip-logs-configured = すべてのコンテナのログ設定が記述されています
fix-skip-no-artifact-store = artifact_store ブロックが記述されていません
fix-skip-store-repeated = データストアは count または for_each で作成されています: どのインスタンスをバックアップするかは作成者が判断します
fix-skip-selection-expression = バックアップ選択のリソースが式です
