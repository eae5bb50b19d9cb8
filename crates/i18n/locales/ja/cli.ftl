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
