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
