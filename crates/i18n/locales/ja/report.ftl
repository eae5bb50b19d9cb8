# レポート: 全形式の見出し、ラベル、文。

## 判定と重大度

verdict-fail = 不適合
verdict-unknown = 判定不能
verdict-pass = 適合
verdict-not-applicable = 対象外
verdict-accepted = 受容済み
severity-critical = 重大
severity-high = 高
severity-medium = 中
severity-low = 低
count-severity = { $severity } { $count } 件

## 共通の文

whole-scan = (スキャン全体)
no-config-file = 設定ファイルなし
account-scope = このスキャンの全 { $count } 件の入力ファイルを 1 つのアカウントとして
scope-config = 設定: { $path } ({ $how })
scope-no-config = 設定: なし
scope-skipped = { $config } によりスキップされたルール: { $rules }
scope-suppressed = { $config } により抑制された検出結果: { $count } 件 (理由とともに記載)
scope-account = アカウントレベルのルール (CloudTrail 証跡、Config レコーダー、バックアップなど) の判定範囲: { $scope }
skipped-by = { $config } によりスキップ
summary-by-severity = {" "}({ $list })
summary-line = ファイル { $files } 件、リソース { $resources } 件: 不適合 { $fail } 件{ $by-severity }、判定不能 { $unknown } 件、適合 { $pass } 件、対象外 { $na } 件、抑制 { $suppressed } 件、入力エラー { $errors } 件

## テキスト (端末)

text-whitepaper = ホワイトペーパー: { $section } | { $cfr }
text-fix = 修正方法: { $fix }
text-suppressed = 抑制: { $reason }
text-phi-assumed =
    注記: PHI を保持するとマークされたリソースがありません (タグ phi=true、data-classification=phi、または --phi NAME)。
          そのため、すべてのデータストアが PHI を保持するものとみなされます。
text-attestations-hint = ホワイトペーパーの要件のうち { $count } 件は設定からは確認できず、手動での証明が必要です (--attestations で一覧表示)。
text-attestations-heading = 手動による証明 ({ $count } 件): スキャンでは確認できないプロセス管理策

## Markdown (プルリクエストのコメント)

md-title = HIPAA-on-AWS チェック
md-summary = { $mark } **不適合 { $fail } 件**{ $by-severity } · 判定不能 { $unknown } 件 · 適合 { $pass } 件 · 対象外 { $na } 件 · 抑制 { $suppressed } 件 — ファイル { $files } 件、リソース { $resources } 件
md-input-errors = 入力エラー { $count } 件
md-phi-assumed = PHI を保持するとマークされたリソースがありません (タグ `phi=true` または `data-classification=phi`、あるいは `--phi NAME`)。そのため、すべてのデータストアが PHI を保持するものとみなされます。
md-table-head-fix = | ルール | リソース | 場所 | 検出結果 | 修正方法 | HIPAA |
md-table-head = | ルール | リソース | 場所 | 検出結果 |
md-unknown = 判定不能 — 判定を左右する値がデプロイ前には確定しません
md-suppressed = 抑制 — セキュリティチームにより受容済み
md-suppressed-row = { $message } — *抑制:* { $reason }
md-input-problems = 入力の問題 { $count } 件 — 読み取れなかったファイルまたは部分
md-attestations = 手動による証明 { $count } 件 — スキャンでは確認できないプロセス管理策
md-left-out = このコメントを { $kb } KB 未満に収めるため、{ $count } 行を省略しました。完全なレポートは `phiguard scan --format html` で出力してください。

## JUnit

junit-resource = リソース: { $value }
junit-location = 場所: { $value }
junit-attribute = 属性: { $value }
junit-fix = 修正方法: { $value }
junit-section = ホワイトペーパーのセクション: { $value }
junit-cfr = HIPAA セキュリティルール: { $value }
junit-suppressed = 抑制: { $reason } (検出結果: { $message })
junit-unknown = 判定不能: { $message }
junit-attestations = 手動による証明
junit-attestations-note = スキャンでは確認できないプロセス管理策: 手動で証明してください
junit-manual = 手動: { $statement } ({ $section }; { $cfr })

## CSV の列見出し

csv-verdict = 判定
csv-severity = 重大度
csv-rule-id = ルール ID
csv-resource = リソース
csv-type = タイプ
csv-file = ファイル
csv-line = 行
csv-column = 列
csv-section = セクション
csv-cfr = CFR
csv-message = メッセージ
csv-remediation = 修正方法
csv-suppressed = 抑制

## SARIF

sarif-help-text =
    { $fix }

    ホワイトペーパーのセクション: { $section }
    HIPAA セキュリティルール: { $cfr }
sarif-help-markdown =
    {"*"}*修正方法:** { $fix }

    {"*"}*ホワイトペーパーのセクション:** { $section }{"  "}
    {"*"}*HIPAA セキュリティルール:** { $cfr }
sarif-account-level = { $message } (アカウントレベルのルール。判定範囲は { $scope }。最初にスキャンされた入力の位置に表示)

## ASFF (Security Hub)

asff-resource = リソース { $resource }。
asff-resource-at = リソース { $resource } ({ $location })。
asff-section = ホワイトペーパーのセクション: { $section }。
asff-suppressed = 抑制: { $reason }

## データフロー

flow-outside = このスキャンの対象外の AWS サービス
flow-node-title = { $name } ({ $type })、{ $group } 内
flow-fails = 不適合: { $reason } ({ $rule }): { $message }
flow-reason-unencrypted-transit = 転送時の暗号化なし
flow-reason-unencrypted-destination = 送信先が暗号化されていない
flow-reason-ineligible-destination = 送信先が HIPAA 対象サービスではない
flow-live-account = 稼働中のアカウント
flow-root-module = ルートモジュール ({ $dir })
flow-fails-list = 不適合: { $reasons }
flow-failure = { $reason } ({ $rule }): { $message }
flow-node-fails = 不適合: { $rules }

## HTML レポート

html-title = HIPAA-on-AWS コンプライアンスレポート
html-checked-against = AWS ホワイトペーパー「Amazon Web Services における HIPAA セキュリティとコンプライアンスのためのアーキテクチャ」および HIPAA セキュリティルール (45 CFR Part 164, Subpart C) に照らして確認
html-subtitle = phiguard { $version } · スキャン日時 { $time } · ファイル { $files } 件 · リソース { $resources } 件 · ルール { $rules } 件
html-nav-summary = 概要
html-nav-attestations = 証明
html-matrix = コンプライアンスマトリクス
html-findings = 検出結果
html-flow = データフロー
html-evidence = 証跡
html-status-fail = このアーキテクチャで PHI を保存する前に、不適合のチェック { $count } 件を修正する必要があります。
html-status-pass = 不適合のチェックはありません。
html-status-review = 検出結果 { $count } 件について、引き続き担当者による確認が必要です。
html-not-everything = すべてが確認されたわけではありません。
html-skipped-rules = { $config } によりルール { $count } 件がスキップされました: <span class="mono">{ $rules }</span>。
html-accepted-findings = { $config } により不適合の検出結果 { $count } 件が受容されました。
html-input-problems = 入力の問題 { $count } 件 (証跡を参照)。
html-phi-assumed-title = すべてのリソースで PHI を想定。
html-phi-assumed = PHI を保持するとマークされたリソースがありません (タグ <code>phi=true</code> または <code>data-classification=phi</code>、あるいは <code>--phi NAME</code>)。そのため、すべてのデータストアを PHI を保持するものとして判定しました。
html-card-failing = 不適合
html-card-unknown = 要確認 (判定不能)
html-card-passing = 適合
html-card-accepted = 受容済み (抑制)
html-card-manual = 手動による証明
html-card-phi = PHI を保持するリソース
html-card-phi-assumed = PHI を保持するリソース (想定)
html-input-errors = <b>入力エラー { $count } 件:</b> 読み取れなかったファイルがあります。<a href="#evidence">証跡</a>を参照してください。
html-matrix-lead = 各検出結果を、そのルールが引用する HIPAA セキュリティルールの条項ごとに集計しています (検出結果は引用するすべての条項で 1 回ずつ数えられます)。「手動」は手動で証明するプロセス管理策の数です。件数のない条項は自動チェックの対象外です。
html-col-paragraph = 条項
html-col-requirement = 要件
html-col-fail = 不適合
html-col-unknown = 判定不能
html-col-pass = 適合
html-col-accepted = 受容済み
html-col-manual = 手動
html-col-status = 状態
matrix-status-fail = 不適合
matrix-status-review = 要確認
matrix-status-pass = 適合
matrix-status-manual = 手動
matrix-status-none = —
html-findings-lead = 不適合、判定不能、受容済み、適合のチェックを示します。対象外の結果 { $count } 件 (リソースに適用されないルール) は集計のみで、一覧には含めていません。
html-col-verdict = 判定
html-filter-all = すべて
html-filter-severity = 重大度
html-filter-service = サービス
html-filter-safeguard = 保護措置
safeguard-kind-administrative = 管理的
safeguard-kind-physical = 物理的
safeguard-kind-technical = 技術的
safeguard-kind-organizational = 組織的
safeguard-kind-documentation = 文書化
safeguard-kind-other = その他
html-col-rule = ルール
html-col-resource = リソース
html-col-finding = 検出結果
html-accepted = 受容:
html-fix = 修正方法:
html-no-findings = 検出結果はありません。
html-shown = { $total } 件中 { $n } 件を表示
html-flow-lead-flows = リソース間で PHI が移動しうる経路を左から右へ示します。テンプレートまたは Terraform モジュールごとに 1 つの帯で表示します。
html-flow-lead-references = データフローが追跡されなかったため、データストアとコンピューティングの間の参照で代替しています (破線)。
html-flow-lead-marks = PHI を保持するリソースにはマークを付け、不適合のチェックがあるリソースは赤で示します。PHI を運ぶ経路はオレンジ、不適合の経路は赤で示します (経路にカーソルを合わせると仕組みと理由を表示)。
html-flow-omitted = 図を読みやすくするため、さらに { $count } 件のリソースを省略しています。
html-flow-aria = データフロー図
html-flow-loose = PHI を保持、フローは追跡されず:
html-legend-resource = リソース
html-legend-phi = PHI を保持
html-legend-phi-assumed = PHI を保持 (想定: データストア)
html-legend-failing = 不適合のチェックあり
html-legend-external = このスキャンの対象外の AWS サービス
html-legend-flow = データフロー
html-legend-carries-phi = PHI を運ぶ
html-legend-failing-hop = 不適合の経路: 転送時の暗号化なし、送信先の暗号化なし、または送信先が HIPAA 対象外
html-legend-reference = 参照 (データストアを指定するコードまたは設定)
html-failing-hops = 不適合の経路
html-and-more = ほか { $count } 件
html-flow-empty = PHI を保持するリソースはなく、データフローも見つかりませんでした。
html-attestations = 手動による証明
html-attestations-lead = 設定のスキャンでは確認できないホワイトペーパーの要件 (プロセス、契約、トレーニング) です。それぞれを手動で証明し、その証拠を本レポートとともに保管してください。
html-col-done = 完了
html-col-statement = 内容
html-col-section = セクション
html-attested = { $id } を証明済み
html-no-attestations = このスキャンには手動による証明はありません。
html-ev-tool = ツール
html-ev-rules = 実行したルール
html-ev-scope = 範囲
html-ev-time = スキャン日時
html-ev-phi = PHI のマーク
html-ev-phi-none = マークなし: すべてのデータストアが PHI を保持するものと想定
html-ev-phi-marked = PHI を保持するとマークされたリソース { $count } 件
html-ev-results = 結果
html-ev-results-line = 不適合 { $fail } · 判定不能 { $unknown } · 適合 { $pass } · 対象外 { $na } · 受容済み { $accepted }
html-input-files = 入力ファイル
html-col-path = パス
html-col-kind = 種類
html-col-resources = リソース
html-no-inputs = 入力ファイルはありません。
html-input-problems-heading = 入力の問題
html-footer = phiguard { $version } により { $time } に生成。検出結果は設定に基づいて判定しています。「判定不能」は、判定を左右する値がデプロイ前には確定しないことを意味します。

## HTML trend chart (scan history)

html-nav-trend = 推移
html-trend = 推移
html-trend-lead = 記録された直近 { $scans } 回のスキャン (スキャン履歴全 { $total } 回中) の検出結果です。最後が今回のスキャンです。点にカーソルを合わせると、スキャンと件数が表示されます。
html-trend-aria = 記録されたスキャンごとの不適合、判定不能、適合の件数
html-trend-safeguards = 保護措置ごとの不適合チェック (表示した最初のスキャンと現在)
html-trend-paragraph = 条項
html-trend-requirement = 要件
html-trend-first = 最初
html-trend-now = 現在
html-trend-change = 増減

## Suppressions and baselines

scope-suppressed-inline = スキャンしたファイル内のインライン指定で抑制された検出結果: { $count } 件 (理由とともに記載)
scope-expired = 抑制の期限が切れた不適合の検出結果: { $count } 件
scope-baseline = ベースライン: { $path }。既に含まれている不適合または判定不能の検出結果 { $hidden } 件を非表示にしました。このレポートと終了コードは新しい検出結果のみを対象とします
suppression-expired = 抑制の期限切れ ({ $date }): { $reason }
html-no-longer-accepted = 受容の期限切れ:

## sarif: why a finding is not a SARIF result
sarif-omitted-outside = { $file } は SARIF のベースフォルダー { $base } の外にあります (--sarif-base を指定してください)
sarif-omitted-no-input = アカウントレベルの検出結果であり、SARIF のベースフォルダー { $base } の下にスキャンされた入力がありません
sarif-omitted-no-file = ファイルの位置がありません (ARN で識別される稼働環境のリソース)

## rules: a service that is a category, not an AWS service
service-general = 全般
