# 命令行：用户阅读的摘要和警告（clap 的 --help 保持英文）。

cli-rule-count = { $count } 条规则
cli-nothing-read-allowed = 警告：在给定路径下未读取到任何 CloudFormation 模板、Terraform 配置或计划（--allow-empty）
cli-nothing-read = 错误：在给定路径下未读取到任何 CloudFormation 模板、Terraform 配置或计划，未检查任何内容（对于每次变更都运行的作业，可使用 --allow-empty 接受这种情况）
cli-asff-defaults = 警告：ASFF 检查结果需要 --aws-account 和 --aws-region；缺少时使用 { $account } 和 { $region }
cli-sarif-omitted = 警告：{ $count } 项不合规或无法判定的检查结果不是 SARIF 结果（列于 run.properties.omittedFindings）：
cli-and-more = ……另有 { $count } 项

## phiguard explain

explain-severity = 严重性：
explain-service = 服务：
explain-section = 白皮书章节：
explain-cfr = HIPAA 安全规则：
explain-requirements = 目录要求：
explain-kinds = 资源类型：
explain-applies = 适用于：
explain-applies-phi = 保存 PHI 的资源
explain-applies-all = 所有匹配的资源
explain-why = 重要性
explain-fix = 修复方法

## phiguard coverage

coverage-implemented = 已由 { $rules } 实现
coverage-manual = 人工（每份报告中均需证明）
coverage-implemented-live = 由 { $rules } 实现（在线扫描）
coverage-not-implemented = 未实现：{ $reason }
coverage-missing = 缺失：既未实现也未说明理由
coverage-summary =
    { $total } 项要求：已实现 { $implemented } 项，人工 { $manual } 项，未实现（附理由）{ $not } 项，缺失 { $missing } 项。
    static/both：{ $checkable } 项中已实现 { $static } 项（{ $percent } %）。
    live（仅在在线扫描和已保存的清单中判定）：{ $live } 项中已实现 { $live_implemented } 项。

## Custom (Rego) rules

cli-rule-count-custom = { $count } 条规则（其中自定义 { $custom } 条）
explain-custom = 自定义规则（贵组织的 Rego 策略，非内置）
coverage-custom = { $count } 条自定义规则（贵组织自有，不计入目录）：

## errors of the command line

cli-error = 错误：{ $message }
cli-creating = 无法创建 { $path }：{ $error }
cli-writing = 无法写入 { $path }：{ $error }
cli-reading = 无法读取 { $path }：{ $error }
cli-unknown-format = 未知格式 '{ $format }'（{ $formats }）
cli-unknown-graph-format = 未知图格式 '{ $format }'（{ $formats }）
cli-output-dir-markdown = --output-dir 需要 --format markdown
cli-no-rule = 不存在规则 '{ $rule }'；`phiguard rules` 可列出所有规则
cli-no-rule-would-run = 没有可运行的规则：{ $config } 跳过了所有规则
cli-no-rule-would-run-config = 没有可运行的规则：配置跳过了所有规则
cli-param-pair = --param 需要 KEY=VALUE 形式，实际为 '{ $value }'
cli-var-pair = --var 需要 NAME=VALUE 形式，实际为 '{ $value }'
cli-date = { $flag } 需要形如 2027-03-31 的日期，实际为 '{ $value }'
cli-output-is-input = -o { $path } 是本次扫描的输入，拒绝覆盖

## configuration file

config-reading = 无法读取配置文件 { $path }：{ $error }
config-invalid-toml = { $place }：配置无效：{ $error }
config-invalid = 配置无效：{ $list }
config-skip-no-rule = { $place }：skip_rules 指定的规则 '{ $rule }' 不存在（`phiguard rules` 可列出所有规则）
config-suppress-no-rule = { $place }：[[suppress]] 指定的规则 '{ $rule }' 不存在（`phiguard rules` 可列出所有规则）
config-bad-glob = { $place }：'{ $glob }' 不是有效的 glob：{ $error }
config-no-reason = { $place }：抑制必须注明理由（由谁接受以及原因）

## scan history

cli-history-recorded = 扫描已记录为 { $history } 中的 #{ $id }
cli-history-record-failed = 错误：无法记录扫描：{ $error }
cli-history-last = --last 至少需要 1 次扫描

## baseline

baseline-not-report = { $path } 不是 phiguard JSON 报告（`phiguard scan --format json`）：{ $error }
baseline-schema = { $path } 的架构为 '{ $schema }'；此版本的 phiguard 读取 '{ $expected }'

## phiguard fix

fix-summary-written = 已修复 { $files } 个文件中的 { $fixes } 项检查结果
fix-summary-shown = { $files } 个文件中有 { $fixes } 项检查结果可以修复
fix-unsafe-left-out = 另有 { $count } 项修复不安全，已排除（--unsafe-fixes 会应用它们）
fix-not-fixed = { $count } 项有修复方法的不合规检查结果无法在此修复（--format json 会说明原因）

## phiguard diff

diff-headline = 新增 { $added } 项（其中不合规 { $failing } 项），已修复 { $fixed } 项，已变更 { $changed } 项
diff-text-title = phiguard diff { $old } -> { $new }：{ diff-headline }
diff-text-new = 新增：
diff-text-fixed = 已修复：
diff-text-changed = 已变更：
diff-md-title = phiguard：自基准报告以来的变更
diff-md-new = 新增
diff-md-fixed = 已修复
diff-md-changed = 已变更
diff-md-verdict = 判定
diff-md-rule = 规则
diff-md-resource = 资源
diff-md-location = 位置
diff-md-finding = 检查结果
