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
