# コマンドラインのヘルプ: 各コマンドと引数の説明、clap 自身の文言 (見出し、生成されるフラグ、エラー)。
# 英語の原文は en/help.ftl (clap の定義から生成)。フラグ、値、パスはそのまま残します。

## phiguard

help-about = AWS のアーキテクチャ (CloudFormation、Terraform) を HIPAA-on-AWS ホワイトペーパーに照らして確認します。
help-lang = レポートとメッセージの言語: en、ja、zh、ko、de (既定: LC_ALL、LC_MESSAGES、LANG の順に従い、いずれもなければ en)。ID、プロパティ名、引用はそのまま表示されます

## scan

help-scan-about = テンプレートをスキャンし、検出結果を報告します
help-scan-after-help =
    終了コード:
      0  --fail-on 以上の不適合の検出結果はありません
      1  --fail-on 以上の不適合の検出結果があります
      2  使用法または設定のエラー、読み取れなかった入力 (ほかの入力は報告されます)、
         入力がまったく読み取られなかった (--allow-empty がない場合)、実行するルールが残っていない、
         -o が入力ファイルを指している、またはスキャン履歴 (--history) に書き込めなかった
help-scan-paths = スキャンするファイルまたはフォルダー。`aws` は稼働中の AWS アカウントをスキャンします (下記参照)
help-scan-params = CloudFormation パラメーターの値 (既定値を上書きします。繰り返し指定可)
help-scan-vars = Terraform 変数の値 (繰り返し指定可。変数ファイルより優先されます)
help-scan-var-files = Terraform 変数ファイル、`.tfvars` または `.tfvars.json` (繰り返し指定可。後のものが優先されます)
help-scan-root = Terraform の `file()`、`templatefile()`、モジュールのソースは、このフォルダー配下のファイルだけを読み取ります (既定: スキャンするパスを含むリポジトリ、なければそれらの共通フォルダー)
help-scan-input = 入力の形式を自動検出せず、この形式として扱います
help-scan-input-cloudformation = CloudFormation または SAM のテンプレート (YAML または JSON)
help-scan-input-terraform = Terraform の構成 (`.tf`)。モジュールのディレクトリごとに読み取ります
help-scan-input-terraform-plan = JSON 形式の Terraform プラン (`terraform show -json plan.out`)
help-scan-input-inventory = 稼働中のアカウントを保存したインベントリ (`phiguard scan aws --save-inventory FILE`)
help-scan-config = 設定ファイル (既定: 現在のフォルダーに phiguard.toml があればそれ。使用したファイルはすべてのレポートに記載されます)
help-scan-no-config = 設定ファイルを読み込みません。現在のフォルダーの phiguard.toml も読み込みません
help-scan-allow-empty = パスに入力がまったくない場合に 0 で終了します (変更のたびに実行するモノレポのジョブ向け)。既定では、何も読み取らなかったスキャンは 2 で終了します
help-scan-trust-aws-defaults = AWS が既定で適用する保護 (S3 SSE-S3、SQS マネージド SSE など) を適合とみなします
help-scan-phi = リソース (論理 ID またはアドレス) を PHI を保持するものとして指定します (繰り返し指定可)
help-scan-policy-dirs = Rego で記述したカスタムルールのフォルダー (繰り返し指定可。設定の `policy_dirs` に追加されます)。docs/custom-rules.md を参照してください
help-scan-format = レポートの形式
help-scan-output = レポートを標準出力ではなくこのファイルに書き込みます
help-scan-fail-on = 不適合の検出結果がこの重大度以上の場合に 1 で終了します [指定可能な値: critical, high, medium, low]
help-scan-sarif-base = SARIF の結果のパスの基準となるフォルダー (既定: 最初にスキャンするパスを含む git リポジトリ、なければ現在のフォルダー)
help-scan-show-passed = 適合および対象外の検出結果も一覧表示します (text 形式)
help-scan-attestations = 手動証明のチェックリストを出力します (text 形式。ほかの形式には常に含まれます)
help-scan-aws-account = 検出結果が属する AWS アカウント ID (asff 形式)
help-scan-aws-region = 検出結果をインポートする AWS リージョン (asff 形式)
help-scan-history = このスキャンをスキャン履歴に記録します: SQLite ファイルまたは postgres:// URL (値を省略した場合: 設定の `history`、なければ .phiguard/history.db)。スキャンするパスを値として取り込まないよう、最後に置くか --history=PATH と書いてください
help-scan-baseline = 以前の JSON レポート: そこにない検出結果だけを報告し、判定に使います
help-scan-color = text レポートの色付け: auto (端末に出力し、NO_COLOR が設定されていない場合)、always、never
help-scan-quiet = 進行状況バーを表示しません
help-scan-policy-input = カスタム Rego ルールが読み取る入力ドキュメントも書き出します (docs/custom-rules.md)

## rules

help-rules-about = すべてのルールを一覧表示します
help-rules-policy-dirs = { help-scan-policy-dirs }
help-rules-format = 出力形式: text、json、markdown
help-rules-output-dir = markdown の場合: 索引とルールごとのページをこのフォルダーに書き込みます (docs/rules)

## explain

help-explain-about = 1 つのルールの詳しい説明を表示します
help-explain-rule = ルール ID
help-explain-policy-dirs = { help-scan-policy-dirs }

## coverage

help-coverage-about = ホワイトペーパーの各要件がどのように扱われているかを表示します
help-coverage-policy-dirs = { help-scan-policy-dirs }
help-coverage-format = 出力形式: text または json

## graph

help-graph-about = リソース間でデータ (と PHI) が流れる経路を描画し、不適合の経路を赤で示します
help-graph-paths = { help-scan-paths }
help-graph-params = { help-scan-params }
help-graph-vars = { help-scan-vars }
help-graph-var-files = { help-scan-var-files }
help-graph-root = { help-scan-root }
help-graph-input = { help-scan-input }
help-graph-input-cloudformation = { help-scan-input-cloudformation }
help-graph-input-terraform = { help-scan-input-terraform }
help-graph-input-terraform-plan = { help-scan-input-terraform-plan }
help-graph-input-inventory = { help-scan-input-inventory }
help-graph-config = { help-scan-config }
help-graph-no-config = { help-scan-no-config }
help-graph-allow-empty = { help-scan-allow-empty }
help-graph-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-graph-phi = { help-scan-phi }
help-graph-policy-dirs = { help-scan-policy-dirs }
help-graph-format = グラフの形式: dot (Graphviz)、mermaid、json
help-graph-output = グラフを標準出力ではなくこのファイルに書き込みます

## fix

help-fix-about = 不適合の検出結果を修正する編集を表示 (差分として) または書き込みます
help-fix-after-help =
    終了コード:
      0  修正するものがない、または修正を書き込みました (--write)
      1  修正があり、表示しましたが書き込んでいません
      2  使用法または設定のエラー、読み取れなかった入力、書き込めなかったファイル、
         または入力がまったく読み取られなかった (--allow-empty がない場合)
help-fix-paths = { help-scan-paths }
help-fix-params = { help-scan-params }
help-fix-vars = { help-scan-vars }
help-fix-var-files = { help-scan-var-files }
help-fix-root = { help-scan-root }
help-fix-input = { help-scan-input }
help-fix-input-cloudformation = { help-scan-input-cloudformation }
help-fix-input-terraform = { help-scan-input-terraform }
help-fix-input-terraform-plan = { help-scan-input-terraform-plan }
help-fix-input-inventory = { help-scan-input-inventory }
help-fix-config = { help-scan-config }
help-fix-no-config = { help-scan-no-config }
help-fix-allow-empty = { help-scan-allow-empty }
help-fix-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-fix-phi = { help-scan-phi }
help-fix-policy-dirs = { help-scan-policy-dirs }
help-fix-write = 差分を表示せず、修正をファイルに書き込みます
help-fix-unsafe-fixes = デプロイを壊したりデータを失ったりするおそれのある修正も適用します (それぞれ理由を示します)
help-fix-rules = このルールの検出結果だけを修正します (繰り返し指定可)
help-fix-format = 出力: unified diff 形式の差分、または json (ファイル、修正、残った検出結果とその理由)

## history

help-history-about = 記録されたスキャン (`scan --history`) にわたるコンプライアンスの推移を、HIPAA の保護措置の項ごと、ルールごとに表示し、直近のスキャンでの変化も示します
help-history-last = 表示する直近の記録済みスキャンの数
help-history-format = { help-coverage-format }
help-history-history = 履歴: SQLite ファイルまたは postgres:// URL (既定: 設定の `history`、なければ .phiguard/history.db)
help-history-config = 設定ファイル (既定: 現在のフォルダーに phiguard.toml があればそれ)
help-history-no-config = 設定ファイルを読み込みません

## diff

help-diff-about = 2 つの JSON レポートを比較します: 新規、修正済み、変化した検出結果
help-diff-after-help =
    終了コード:
      0  新たな不適合の検出結果はありません
      1  新たな不適合の検出結果があります (新規、または不適合に変化)
      2  レポートを読み取れませんでした
help-diff-old = 以前のレポート (`phiguard scan --format json`)
help-diff-new = 後のレポート
help-diff-format = 出力形式: text、json、markdown (プルリクエストのコメント向け)
help-diff-output = 標準出力ではなくこのファイルに書き込みます

## values

help-value-lang = en、ja、zh、ko、de のいずれかを指定してください。指定された値: '{ $value }'
help-value-severity = critical、high、medium、low のいずれかを指定してください。指定された値: '{ $value }'
help-value-account = AWS アカウント ID は 12 桁の数字です。指定された値: '{ $value }'
help-value-region = us-east-1 のような AWS リージョンを指定してください。指定された値: '{ $value }'

## clap

help-clap-usage = 使い方
help-clap-commands = コマンド
help-clap-arguments = 引数
help-clap-options = オプション
help-clap-default = 既定値
help-clap-possible-values = 指定可能な値
help-clap-possible-values-heading = 指定可能な値
help-clap-print-help = ヘルプを表示します
help-clap-print-help-more = ヘルプを表示します (詳細は '--help')
help-clap-print-help-summary = ヘルプを表示します (要約は '-h')
help-clap-print-version = バージョンを表示します
help-clap-help-about = このメッセージ、または指定したサブコマンドのヘルプを表示します
help-clap-help-subcommand = 指定したサブコマンドのヘルプを表示します
help-clap-error = エラー
help-clap-tip = ヒント
help-clap-try-help = 詳しくは '{ $help }' を付けて実行してください。
help-clap-unexpected-argument = 想定外の引数 '{ $arg }' があります
help-clap-pass-as-value = '{ $arg }' を値として渡すには '{ $suggestion }' と指定してください
help-clap-similar-argument = 似た引数があります: { $names }
help-clap-similar-subcommand = 似たサブコマンドがあります: { $names }
help-clap-similar-value = 似た値があります: { $names }
help-clap-unrecognized-subcommand = 認識できないサブコマンド '{ $name }' です
help-clap-invalid-value = '{ $arg }' の値 '{ $value }' は無効です
help-clap-value-required = '{ $arg }' には値が必要ですが、指定されていません
help-clap-missing-required = 次の必須の引数が指定されていません:
help-clap-missing-subcommand = '{ $name }' にはサブコマンドが必要ですが、指定されていません
help-clap-used-multiple-times = 引数 '{ $arg }' は複数回指定できません
help-clap-cannot-be-used-with = 引数 '{ $arg }' は { $other } と同時に指定できません
help-clap-no-equals = '{ $arg }' に値を指定するには等号 (=) が必要です
help-clap-too-many-values = '{ $arg }' に想定外の値 '{ $value }' があります。これ以上の値は指定できません
help-clap-wrong-number-of-values = '{ $arg }' には { $expected } 個の値が必要ですが、{ $actual } 個が指定されました
help-clap-invalid-utf8 = 1 つ以上の引数に無効な UTF-8 が含まれています

## live AWS accounts (phiguard scan aws) and aws-policy

help-scan-profile = 共有 AWS 設定ファイルの名前付きプロファイル (既定: 標準の認証情報チェーン: 環境変数、AWS_PROFILE、SSO、Web ID、インスタンスまたはコンテナーのロール)
help-scan-regions = 読み取るリージョン (複数指定可。既定: プロファイルのリージョン)
help-scan-all-regions = アカウントで有効なすべてのリージョンを読み取ります
help-scan-services = これらのサービスのみ (カンマ区切り。`phiguard aws-policy --services` で一覧表示)
help-scan-concurrency = アカウントごとに同時に実行する API 呼び出しの数 (スロットリングはアダプティブなバックオフで再試行されます)
help-scan-max-attempts = API 呼び出しごとの試行回数 (初回を含む)。これを超えてスロットリングまたは失敗した呼び出しは読み取れなかったものとし、その検出結果は不明になります
help-scan-save-inventory = 収集した内容をインベントリとしても書き出します (後で `phiguard scan FILE` で判定できます)
help-scan-role-arn = --accounts または --organization の各アカウントで引き受けるロール。`{"{"}account{"}"}` はアカウント ID に置き換えられます (arn:aws:iam::{"{"}account{"}"}:role/PhiguardAudit)
help-scan-accounts = --role-arn 経由でスキャンするメンバーアカウント (カンマ区切り)
help-scan-organization = 組織のすべてのアクティブなアカウントを --role-arn 経由でスキャンします (管理アカウントまたは委任管理者アカウントから organizations:ListAccounts で一覧表示)
help-graph-profile = { help-scan-profile }
help-graph-regions = { help-scan-regions }
help-graph-all-regions = { help-scan-all-regions }
help-graph-services = { help-scan-services }
help-graph-concurrency = { help-scan-concurrency }
help-graph-max-attempts = { help-scan-max-attempts }
help-graph-save-inventory = { help-scan-save-inventory }
help-graph-role-arn = { help-scan-role-arn }
help-graph-accounts = { help-scan-accounts }
help-graph-organization = { help-scan-organization }
help-fix-profile = { help-scan-profile }
help-fix-regions = { help-scan-regions }
help-fix-all-regions = { help-scan-all-regions }
help-fix-services = { help-scan-services }
help-fix-concurrency = { help-scan-concurrency }
help-fix-max-attempts = { help-scan-max-attempts }
help-fix-save-inventory = { help-scan-save-inventory }
help-fix-role-arn = { help-scan-role-arn }
help-fix-accounts = { help-scan-accounts }
help-fix-organization = { help-scan-organization }
help-aws-policy-about = ライブスキャン (`phiguard scan aws`) に必要な最小権限の読み取り専用 IAM ポリシーを、コレクターから生成して表示します
help-aws-policy-services = 代わりに `--services` が受け付けるサービスを一覧表示します
