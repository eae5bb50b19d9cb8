# 入力に関する問題 (診断): 読み取れない、または解析できないファイル、拒否されたファイル、
# 無視された抑制、何も指していない設定。引数はパス、名前、値、およびパーサーやシステム自身の
# エラーテキストであり、翻訳しません。

## the diagnostic line

diag-line = { $level }: { $place }: { $message }
diag-level-error = エラー
diag-level-warning = 警告
diag-command-line = (コマンドライン)

## CloudFormation templates

diag-cfn-parse = テンプレートを解析できません: { $error }
diag-cfn-resources-not-map = `Resources` はマッピングである必要があります。
diag-cfn-rain-module = リソース '{ $resource }' は Rain モジュールです。作成される内容を確認するには、`rain pkg` でテンプレートをパッケージ化してください。
diag-cfn-no-type = リソース '{ $resource }' に `Type` がないため、スキップしました。
diag-cfn-properties-not-map = '{ $resource }' の Properties がマッピングではありません。
diag-cfn-foreach-shape = Fn::ForEach には [Identifier, Collection, Template] が必要です。
diag-cfn-foreach-deploy-time = { $loop } のコレクションはデプロイ時にしか判明しないため、そのリソースは確認していません。

## reading files

diag-read-file = ファイルを読み取れません: { $error }
diag-read-not-inventory = ファイルを読み取れません: phiguard のインベントリではありません ("format": "phiguard-inventory/1" がありません)
diag-read-too-large = ファイルを読み取れません: { $size } バイトは上限の { $limit } バイトを超えています
diag-read-not-utf8 = ファイルを読み取れません: UTF-8 テキストではありません

## Terraform

diag-tf-read-vars = 変数ファイルを読み取れません: { $error }
diag-tf-var-undeclared = --var { $name }: このモジュールには変数 "{ $name }" が宣言されていません。
diag-tf-json-parse = Terraform JSON ファイルを解析できません: { $error }
diag-tf-plan-parse = Terraform プランを解析できません: { $error }
diag-tf-vars-parse = 変数ファイルを解析できません: { $error }
diag-tf-parse = Terraform ファイルを解析できません: { $error }
diag-tf-attachment-outside = { $address }: 設定対象のリソースがこのスキャンに含まれていないため、その設定は確認していません。
diag-tf-policy-document-cycle = { $document } は (直接または他のドキュメントを介して) 自分自身のドキュメントを含んでいるため、判定できません。
diag-tf-module-source-not-read = モジュール "{ $name }" の取得元 '{ $source }' は読み取りません (読み取るのはローカルモジュールと `terraform init` でインストールされたモジュールのみです)。そのため、その出力は不明です。
diag-tf-module-cycle = module.{ $name } は、すでに読み取り中のモジュール { $dir } を呼び出しています (循環: { $cycle })。再度は読み取りません。
diag-tf-module-too-deep = module.{ $name } は { $depth } 階層を超えて入れ子になっているため、読み取りません。
diag-tf-module-file-refused = モジュール "{ $name }": { $file } は読み取りません: { $error }
diag-tf-module-empty = モジュール "{ $name }": { $dir } から .tf ファイルを 1 つも読み取れませんでした。
diag-tf-module-unreadable = モジュール "{ $name }": { $dir } を読み取れません: { $error }
diag-tf-count-capped = count は { $count } です。読み取るのは最初の { $max } 個のインスタンスのみです。
diag-tf-range-too-long = range() は { $max } 個を超える数値を生成するため、phiguard は評価しません。この値は不明です。
diag-tf-data-file-refused = ファイル '{ $file }' は読み取りません: { $error }
diag-tf-value-refused = この値は不明です: { $reason }
diag-tf-its-count = count: { $reason }
diag-tf-its-for-each = for_each: { $reason }
diag-tf-module-instances-unknown = モジュール "{ $name }": { $why }そのリソースは、作成されうるすべてのインスタンスについて 1 回だけ判定します。
diag-tf-block-instances-unknown = { $address }: { $why }このブロックは、作成されうるすべてのインスタンスについて 1 回だけ判定します。

## inventories

diag-inventory-invalid = { $line } 行目のインベントリが不正です: { $error }
diag-inventory-format = サポートされていないインベントリ形式 '{ $format }' です (この phiguard が読み取るのは '{ $supported }' です)。
diag-inventory-gap = アカウント { $account }、リージョン { $region } で { $action } が失敗しました ({ $reason })。{ $kinds } は読み取れていないため、それらに依存するルールはそこでは判定不能です。
diag-inventory-tags-unread = アカウント { $account }、リージョン { $region } で { $action } が失敗しました ({ $reason })。{ $resources } のタグは読み取れていません。PHI タグが含まれている可能性があるため、PHI をタグで示している場合は PHI を保持しているものとみなします。

## suppressions

diag-suppression-what =
    { $kind ->
        [inline] { $rule } のインライン抑制
        [resource] '{ $resource }' に対する { $rule } の抑制
       *[rule] { $rule } の抑制
    }
diag-suppression-what-start =
    { $kind ->
        [inline] { $rule } のインライン抑制
        [resource] '{ $resource }' に対する { $rule } の抑制
       *[rule] { $rule } の抑制
    }
diag-suppression-expired-unused = { diag-suppression-what-start }は { $date } に期限切れとなっており、どの不適合の検出結果にも一致しません。削除してください。
diag-suppression-expired-one = { diag-suppression-what-start }は { $date } に期限切れとなりました。対象としていた不適合の検出結果 { $count } 件は、再び不適合として報告されます (新しい期限で更新するか、検出結果を修正してください)。
diag-suppression-expired-other = { diag-suppression-what-start }は { $date } に期限切れとなりました。対象としていた不適合の検出結果 { $count } 件は、再び不適合として報告されます (新しい期限で更新するか、検出結果を修正してください)。
diag-suppression-stale = 古い抑制: { diag-suppression-what }はどの不適合の検出結果にも一致しません (リソースが削除されたか適合している、またはルールがそのリソースを判定しません)。削除してください。

## inline suppressions

diag-inline-no-rule = インライン抑制を無視しました: ルールが指定されていません。
diag-inline-unknown-rule = インライン抑制を無視しました: ルール '{ $rule }' はありません (`phiguard rules` で一覧を表示できます)。
diag-inline-no-reason = インライン抑制を無視しました: { $rule } の抑制には理由 (誰がなぜ受容したか) が必要です。
diag-inline-bad-date = インライン抑制を無視しました: expires '{ $expires }' は 2027-03-31 のような日付ではありません。
diag-inline-no-list = インライン抑制を無視しました: Metadata.phiguard には { "{" }rule, reason, expires, owner{ "}" } のリストを持つ `suppress:` が必要です。
diag-inline-unknown-key = インライン抑制を無視しました: 不明なキー { $keys } (使用できるのは rule, reason, expires, owner)
diag-inline-misplaced = インライン抑制を無視しました: resource ブロックの内側にも、その直前のコメント行にもありません。
diag-inline-refused = { $rule } のインライン抑制を拒否しました: 設定で allow_inline = false が指定されているため、この抑制はないものとして検出結果を判定します。

## configuration

diag-config-phi-unmatched = '{ $name }' (--phi または [phi] resources) は、このスキャンのどのリソースも指していません。
diag-config-param-unmatched = --param { $name } は、スキャンしたどの CloudFormation テンプレートのパラメータも指していません。

## scanned paths

diag-skipped-not-input = スキップ: 認識できる入力ではありません (.yaml .yml .json .template .tf。--input で形式を指定できます)
diag-skipped-symlink = スキップ: シンボリックリンクはたどりません
diag-skipped-terraform-json = スキップ: Terraform フォルダー内の JSON データです (テンプレートでもプランでもありません)
diag-internal-error = この入力の読み取り中に内部エラーが発生しました ({ $error })。この入力は判定しませんが、他の入力は判定します。
diag-skipped-not-template = スキップ: CloudFormation テンプレートでも Terraform プランでもありません
diag-no-such-path = そのようなファイルまたはフォルダーはありません

## custom rules (Rego policies)

diag-policy-error = カスタムルールを実行していません: { $error }
diag-policy-no-folder = カスタムルールを実行していません: そのようなポリシーフォルダーはありません
diag-policy-unreadable = カスタムルールを実行していません: ポリシーを読み取れません: { $error }
diag-policy-folder-unreadable = カスタムルールを実行していません: ポリシーフォルダーを読み取れません: { $error }
diag-policy-duplicate-id = カスタムルールを実行していません: ID '{ $id }' は、すでに { $file } のルールの ID です。
diag-policy-builtin-id = カスタムルールを実行していません: ID '{ $id }' は組み込みルールの ID です。
diag-policy-no-metadata = カスタムルールを実行していません: { $package } は `metadata` オブジェクト (id, title, severity, rationale, remediation...) を宣言していません。
diag-policy-no-results = カスタムルールを実行していません: { $package } は `results` セット (判定結果) を宣言していません。
diag-policy-not-run = カスタムルールを実行していません: { $why }
diag-policy-meta-not-object = `metadata` はオブジェクトである必要がありますが、{ $value } です。
diag-policy-meta-unknown-key = `metadata` に不明なキー '{ $key }' があります (使用できるキー: { $known })。
diag-policy-meta-missing = `metadata` には '{ $key }' が必要です。
diag-policy-meta-not-text = `metadata.{ $key }` は空でない文字列である必要がありますが、{ $value } です。
diag-policy-meta-list-item = `metadata.{ $key }` には文字列を列挙する必要がありますが、{ $value } が含まれています。
diag-policy-meta-not-list = `metadata.{ $key }` は文字列のリストである必要がありますが、{ $value } です。
diag-policy-meta-bad-id = `metadata.id` '{ $id }' は、組み込みルールと衝突しないよう、'custom-' または組織の名前空間 ('acme.phi-bucket-tag') で始まる小文字のケバブケースである必要があります。
diag-policy-meta-bad-severity = `metadata.severity` '{ $severity }' は critical, high, medium, low のいずれでもありません。
diag-policy-meta-phi-only = `metadata.phi_only` は true または false である必要がありますが、{ $value } です。
diag-policy-results-not-set = `results` はオブジェクトのセットである必要がありますが、{ $value } です。
diag-policy-result-kind = 結果がリソース { $id } '{ $resource }' (種類 { $kind }) を指していますが、これはルールの種類 ({ $kinds }) のいずれでもありません。
diag-policy-result-invalid = 結果 { $item } が不正です: { $problem }
diag-policy-result-not-object = オブジェクトである必要があります。
diag-policy-result-unknown-key = 不明なキー { $key } があります (使用できるキー: resource, verdict, message, path)。
diag-policy-result-no-resource = このスキャンのどのリソースも指していません (リソースの `id` を使用してください)。
diag-policy-result-resource-type = `resource` にはリソースの `id` (数値) が必要です。
diag-policy-result-verdict = `verdict` には "fail"、"pass"、"unknown"、"not_applicable" のいずれかが必要です。
diag-policy-result-message = 空でない `message` 文字列が必要です。
diag-policy-result-path = `path` が文字列ではありません。

## refused files

refusal-system-file = システムファイル ({ $path }) のため、読み取りません
refusal-outside = スキャン対象のツリー { $root } の外にあります。読み取るのはスキャンルート配下のファイルのみです (--root で設定できます)
refusal-outside-via = スキャン対象のツリー { $root } の外にあります ({ $real } に解決されます)。読み取るのはスキャンルート配下のファイルのみです (--root で設定できます)
refusal-too-large = { $size } バイトで、上限の { $limit } バイトを超えています
refusal-over-limit = 上限の { $limit } バイトを超えています
refusal-not-utf8 = UTF-8 テキストではありません
refusal-directory = ディレクトリであり、通常のファイルではありません
refusal-named-pipe = 名前付きパイプであり、通常のファイルではありません
refusal-socket = ソケットであり、通常のファイルではありません
refusal-device = デバイスであり、通常のファイルではありません
