# 报告：各种格式的标题、标签和语句。

## 判定与严重性

verdict-fail = 不合规
verdict-unknown = 无法判定
verdict-pass = 合规
verdict-not-applicable = 不适用
verdict-accepted = 已接受
severity-critical = 严重
severity-high = 高
severity-medium = 中
severity-low = 低
count-severity = { $severity } { $count } 项

## 通用语句

whole-scan = （整个扫描）
no-config-file = 无配置文件
account-scope = 将本次扫描的全部 { $count } 个输入文件视为一个账户
scope-config = 配置：{ $path }（{ $how }）
scope-no-config = 配置：无
scope-skipped = { $config } 跳过的规则：{ $rules }
scope-suppressed = { $config } 抑制的检查结果：{ $count } 项（连同原因一并列出）
scope-account = 账户级规则（CloudTrail 跟踪、Config 记录器、备份等）的判定范围：{ $scope }
skipped-by = 已被 { $config } 跳过
summary-by-severity = （{ $list }）
summary-line = { $files } 个文件，{ $resources } 个资源：不合规 { $fail } 项{ $by-severity }，无法判定 { $unknown } 项，合规 { $pass } 项，不适用 { $na } 项，已抑制 { $suppressed } 项，输入错误 { $errors } 项

## 文本（终端）

text-whitepaper = 白皮书：{ $section } | { $cfr }
text-fix = 修复方法：{ $fix }
text-suppressed = 已抑制：{ $reason }
text-phi-assumed =
    注意：没有资源被标记为保存 PHI（标签 phi=true、data-classification=phi 或 --phi NAME），
          因此假定所有数据存储都保存 PHI。
text-attestations-hint = 白皮书中有 { $count } 项要求无法通过配置检查，需要人工证明（使用 --attestations 列出）。
text-attestations-heading = 人工证明（{ $count } 项）：扫描无法检查的流程控制措施

## Markdown（拉取请求评论）

md-title = HIPAA-on-AWS 检查
md-summary = { $mark } **不合规 { $fail } 项**{ $by-severity } · 无法判定 { $unknown } 项 · 合规 { $pass } 项 · 不适用 { $na } 项 · 已抑制 { $suppressed } 项 — { $files } 个文件，{ $resources } 个资源
md-input-errors = 输入错误 { $count } 项
md-phi-assumed = 没有资源被标记为保存 PHI（标签 `phi=true` 或 `data-classification=phi`，或 `--phi NAME`），因此假定所有数据存储都保存 PHI。
md-table-head-fix = | 规则 | 资源 | 位置 | 检查结果 | 修复方法 | HIPAA |
md-table-head = | 规则 | 资源 | 位置 | 检查结果 |
md-unknown = 无法判定 — 决定性的值在部署前无法确定
md-suppressed = 已抑制 — 已由安全团队接受
md-suppressed-row = { $message } — *已抑制：* { $reason }
md-input-problems = 输入问题 { $count } 项 — 未能读取的文件或部分
md-attestations = 人工证明 { $count } 项 — 扫描无法检查的流程控制措施
md-left-out = 为使本评论保持在 { $kb } KB 以内，省略了另外 { $count } 行；运行 `phiguard scan --format html` 获取完整报告。

## JUnit

junit-resource = 资源：{ $value }
junit-location = 位置：{ $value }
junit-attribute = 属性：{ $value }
junit-fix = 修复方法：{ $value }
junit-section = 白皮书章节：{ $value }
junit-cfr = HIPAA 安全规则：{ $value }
junit-suppressed = 已抑制：{ $reason }（检查结果：{ $message }）
junit-unknown = 无法判定：{ $message }
junit-attestations = 人工证明
junit-attestations-note = 扫描无法检查的流程控制措施：请人工证明
junit-manual = 人工：{ $statement }（{ $section }；{ $cfr }）

## CSV 列标题

csv-verdict = 判定
csv-severity = 严重性
csv-rule-id = 规则 ID
csv-resource = 资源
csv-type = 类型
csv-file = 文件
csv-line = 行
csv-column = 列
csv-section = 章节
csv-cfr = CFR
csv-message = 消息
csv-remediation = 修复方法
csv-suppressed = 已抑制

## SARIF

sarif-help-text =
    { $fix }

    白皮书章节：{ $section }
    HIPAA 安全规则：{ $cfr }
sarif-help-markdown =
    {"*"}*修复方法：** { $fix }

    {"*"}*白皮书章节：** { $section }{"  "}
    {"*"}*HIPAA 安全规则：** { $cfr }
sarif-account-level = { $message }（账户级规则，判定范围为{ $scope }；显示在第一个扫描的输入处）

## ASFF（Security Hub）

asff-resource = 资源 { $resource }。
asff-resource-at = 资源 { $resource }，位于 { $location }。
asff-section = 白皮书章节：{ $section }。
asff-suppressed = 已抑制：{ $reason }

## 数据流

flow-outside = 本次扫描范围之外的 AWS 服务
flow-node-title = { $name }（{ $type }），位于 { $group }
flow-fails = 不合规：{ $reason }（{ $rule }）：{ $message }
flow-reason-unencrypted-transit = 传输未加密
flow-reason-unencrypted-destination = 目标未加密
flow-reason-ineligible-destination = 目标不是符合 HIPAA 资格的服务
flow-live-account = 在用账户
flow-root-module = 根模块（{ $dir }）
flow-fails-list = 不合规：{ $reasons }
flow-failure = { $reason }（{ $rule }）：{ $message }
flow-node-fails = 不合规：{ $rules }

## HTML 报告

html-title = HIPAA-on-AWS 合规性报告
html-checked-against = 依据 AWS 白皮书《Amazon Web Services 上的 HIPAA 安全性和合规性架构》和 HIPAA 安全规则（45 CFR Part 164, Subpart C）进行检查
html-subtitle = phiguard { $version } · 扫描时间 { $time } · { $files } 个文件 · { $resources } 个资源 · { $rules } 条规则
html-nav-summary = 摘要
html-nav-attestations = 证明
html-matrix = 合规性矩阵
html-findings = 检查结果
html-flow = 数据流
html-evidence = 证据
html-status-fail = 在此架构存储 PHI 之前，必须修复 { $count } 项不合规的检查。
html-status-pass = 没有不合规的检查。
html-status-review = 仍有 { $count } 项检查结果需要人工审查。
html-not-everything = 并非所有内容都已检查。
html-skipped-rules = { $config } 跳过了 { $count } 条规则：<span class="mono">{ $rules }</span>。
html-accepted-findings = { $config } 接受了 { $count } 项不合规的检查结果。
html-input-problems = 输入问题 { $count } 项（见“证据”）。
html-phi-assumed-title = 假定所有资源均保存 PHI。
html-phi-assumed = 没有资源被标记为保存 PHI（标签 <code>phi=true</code> 或 <code>data-classification=phi</code>，或 <code>--phi NAME</code>），因此所有数据存储均按保存 PHI 进行判定。
html-card-failing = 不合规
html-card-unknown = 需要审查（无法判定）
html-card-passing = 合规
html-card-accepted = 已接受（已抑制）
html-card-manual = 人工证明
html-card-phi = 保存 PHI 的资源
html-card-phi-assumed = 保存 PHI 的资源（假定）
html-input-errors = <b>输入错误 { $count } 项：</b>部分文件无法读取；请参阅<a href="#evidence">证据</a>。
html-matrix-lead = 按检查结果所属规则引用的 HIPAA 安全规则条款进行统计（一项检查结果在其引用的每个条款下各计一次）。“人工”为需要人工证明的流程控制措施数量。没有计数的条款不在自动检查范围内。
html-col-paragraph = 条款
html-col-requirement = 要求
html-col-fail = 不合规
html-col-unknown = 无法判定
html-col-pass = 合规
html-col-accepted = 已接受
html-col-manual = 人工
html-col-status = 状态
matrix-status-fail = 不合规
matrix-status-review = 待审查
matrix-status-pass = 合规
matrix-status-manual = 人工
matrix-status-none = —
html-findings-lead = 列出不合规、无法判定、已接受和合规的检查；{ $count } 项不适用的结果（不适用于某资源的规则）仅计数，不列出。
html-col-verdict = 判定
html-filter-all = 全部
html-filter-severity = 严重性
html-filter-service = 服务
html-filter-safeguard = 保护措施
safeguard-kind-administrative = 管理
safeguard-kind-physical = 物理
safeguard-kind-technical = 技术
safeguard-kind-organizational = 组织
safeguard-kind-documentation = 文档
safeguard-kind-other = 其他
html-col-rule = 规则
html-col-resource = 资源
html-col-finding = 检查结果
html-accepted = 已接受：
html-fix = 修复方法：
html-no-findings = 没有检查结果。
html-shown = 显示 { $n } / { $total } 项
html-flow-lead-flows = PHI 可能在资源之间流动的路径，从左到右排列，每个模板或 Terraform 模块一个区带。
html-flow-lead-references = 未追踪到数据流，因此以数据存储与计算资源之间的引用代替（虚线）。
html-flow-lead-marks = 保存 PHI 的资源带有标记；存在不合规检查的资源显示为红色；传输 PHI 的路径显示为橙色，不合规的路径显示为红色（将鼠标悬停在路径上可查看其机制和原因）。
html-flow-omitted = 为保持图示清晰，另有 { $count } 个资源未显示。
html-flow-aria = 数据流图
html-flow-loose = 保存 PHI，未追踪到数据流：
html-legend-resource = 资源
html-legend-phi = 保存 PHI
html-legend-phi-assumed = 保存 PHI（假定：数据存储）
html-legend-failing = 存在不合规的检查
html-legend-external = 本次扫描范围之外的 AWS 服务
html-legend-flow = 数据流
html-legend-carries-phi = 传输 PHI
html-legend-failing-hop = 不合规的路径：传输未加密、目标未加密或目标不符合 HIPAA 资格
html-legend-reference = 引用（指明数据存储的代码或配置）
html-failing-hops = 不合规的路径
html-and-more = 另有 { $count } 项
html-flow-empty = 没有保存 PHI 的资源，也未发现数据流。
html-attestations = 人工证明
html-attestations-lead = 无法通过扫描配置来检查的白皮书要求（流程、协议、培训）。请逐项人工证明，并将证据与本报告一同保存。
html-col-done = 完成
html-col-statement = 内容
html-col-section = 章节
html-attested = 已证明 { $id }
html-no-attestations = 本次扫描没有人工证明项。
html-ev-tool = 工具
html-ev-rules = 已运行的规则
html-ev-scope = 范围
html-ev-time = 扫描时间
html-ev-phi = PHI 标记
html-ev-phi-none = 未找到：假定所有数据存储都保存 PHI
html-ev-phi-marked = { $count } 个资源被标记为保存 PHI
html-ev-results = 结果
html-ev-results-line = 不合规 { $fail } · 无法判定 { $unknown } · 合规 { $pass } · 不适用 { $na } · 已接受 { $accepted }
html-input-files = 输入文件
html-col-path = 路径
html-col-kind = 类型
html-col-resources = 资源
html-no-inputs = 没有输入文件。
html-input-problems-heading = 输入问题
html-footer = 由 phiguard { $version } 于 { $time } 生成。检查结果依据配置判定；“无法判定”表示决定性的值在部署前无法确定。

## HTML trend chart (scan history)

html-nav-trend = 趋势
html-trend = 趋势
html-trend-lead = 最近 { $scans } 次已记录扫描（扫描历史共 { $total } 次）的检查结果，最后一次为本次扫描。将鼠标悬停在点上可查看扫描及数量。
html-trend-aria = 每次已记录扫描的不合规、无法判定和合规检查结果数量
html-trend-safeguards = 按保护措施统计的不合规检查（所示第一次扫描与当前）
html-trend-paragraph = 条款
html-trend-requirement = 要求
html-trend-first = 第一次
html-trend-now = 当前
html-trend-change = 变化

## Suppressions and baselines

scope-suppressed-inline = 在所扫描文件中以内联方式抑制的检查结果：{ $count } 项（附理由列出）
scope-expired = 抑制已过期的不合规检查结果：{ $count } 项
scope-baseline = 基线：{ $path }；已隐藏其中已有的 { $hidden } 项不合规或无法判定的检查结果，本报告及其退出码仅涵盖新的检查结果
suppression-expired = 抑制已于 { $date } 过期：{ $reason }
html-no-longer-accepted = 不再接受：

## sarif: why a finding is not a SARIF result
sarif-omitted-outside = { $file } 位于 SARIF 基准文件夹 { $base } 之外（请设置 --sarif-base）
sarif-omitted-no-input = 这是账户级检查结果，且 SARIF 基准文件夹 { $base } 下没有扫描的输入
sarif-omitted-no-file = 没有文件位置（按 ARN 识别的在线资源）

## rules: a service that is a category, not an AWS service
service-general = 通用
