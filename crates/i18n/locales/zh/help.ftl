# 命令行帮助：每个命令和参数的说明，以及 clap 自身的用语（标题、自动生成的选项、错误）。
# 英文原文见 en/help.ftl（由 clap 定义生成）。选项、取值和路径保持原样。

## phiguard

help-about = 对照 HIPAA-on-AWS 白皮书检查 AWS 架构（CloudFormation、Terraform）。
help-lang = 报告和消息的语言：en、ja、zh、ko、de（默认：依次取 LC_ALL、LC_MESSAGES 或 LANG，均未设置时为 en）。ID、属性名和引用保持原样

## scan

help-scan-about = 扫描模板并报告检查结果
help-scan-after-help =
    退出码：
      0  没有达到或高于 --fail-on 的不合规检查结果
      1  存在达到或高于 --fail-on 的不合规检查结果
      2  用法或配置错误、有输入无法读取（其他输入仍会报告）、未读取到任何输入（未指定 --allow-empty 时）、
         没有剩余可运行的规则、-o 指向了某个输入文件，或无法写入扫描历史（--history）
help-scan-paths = 要扫描的文件或文件夹；`aws` 扫描正在运行的 AWS 账户（见下文）
help-scan-params = CloudFormation 参数值，覆盖默认值（可重复指定）
help-scan-vars = Terraform 变量值（可重复指定；优先于变量文件）
help-scan-var-files = Terraform 变量文件，`.tfvars` 或 `.tfvars.json`（可重复指定，后指定者优先）
help-scan-root = Terraform 的 `file()`、`templatefile()` 和模块源只读取此文件夹下的文件（默认：包含所扫描路径的代码仓库，否则为这些路径的共同文件夹）
help-scan-input = 将输入视为此格式，而不自动检测
help-scan-input-cloudformation = CloudFormation 或 SAM 模板（YAML 或 JSON）
help-scan-input-terraform = Terraform 配置（`.tf`），按模块目录读取
help-scan-input-terraform-plan = JSON 格式的 Terraform 计划（`terraform show -json plan.out`）
help-scan-input-inventory = 已保存的运行中账户清单（`phiguard scan aws --save-inventory FILE`）
help-scan-config = 配置文件（默认：当前文件夹中的 phiguard.toml（如存在）；每份报告都会注明所用文件）
help-scan-no-config = 不加载任何配置文件，包括当前文件夹中的 phiguard.toml
help-scan-allow-empty = 路径中完全没有输入时以 0 退出（适用于每次变更都运行的 monorepo 作业）；默认情况下，未读取到任何内容的扫描以 2 退出
help-scan-trust-aws-defaults = 接受 AWS 默认应用的保护措施（S3 SSE-S3、SQS 托管的 SSE 等）
help-scan-phi = 将某个资源（逻辑 ID 或地址）标记为保存 PHI（可重复指定）
help-scan-policy-dirs = 以 Rego 编写的自定义规则所在的文件夹（可重复指定；添加到配置的 `policy_dirs` 中）。参见 docs/custom-rules.md
help-scan-format = 报告格式
help-scan-output = 将报告写入此文件，而不是标准输出
help-scan-fail-on = 当不合规检查结果达到或高于此严重程度时以 1 退出 [可选值：critical, high, medium, low]
help-scan-sarif-base = SARIF 结果路径所相对的文件夹（默认：包含第一个扫描路径的 git 代码仓库，否则为当前文件夹）
help-scan-show-passed = 同时列出合规和不适用的检查结果（text 格式）
help-scan-attestations = 输出人工证明检查清单（text 格式；其他格式始终包含该清单）
help-scan-aws-account = 检查结果所属的 AWS 账户 ID（asff 格式）
help-scan-aws-region = 导入检查结果的 AWS 区域（asff 格式）
help-scan-history = 将本次扫描记录到扫描历史中：SQLite 文件或 postgres:// URL（不带值时：使用配置中的 `history`，否则为 .phiguard/history.db）。请将其放在最后，或写成 --history=PATH，以免把扫描路径当作它的值
help-scan-baseline = 之前的 JSON 报告：只报告并判定其中没有的检查结果
help-scan-color = text 报告中的颜色：auto（输出到终端且未设置 NO_COLOR 时）、always、never
help-scan-quiet = 不显示进度条
help-scan-policy-input = 同时写出自定义 Rego 规则所读取的输入文档（docs/custom-rules.md）

## rules

help-rules-about = 列出所有规则
help-rules-policy-dirs = { help-scan-policy-dirs }
help-rules-format = 输出格式：text、json 或 markdown
help-rules-output-dir = 使用 markdown 时：将索引和每条规则一页写入此文件夹（docs/rules）

## explain

help-explain-about = 显示一条规则的完整文档
help-explain-rule = 规则 ID
help-explain-policy-dirs = { help-scan-policy-dirs }

## coverage

help-coverage-about = 显示白皮书的每项要求是如何处理的
help-coverage-policy-dirs = { help-scan-policy-dirs }
help-coverage-format = 输出格式：text 或 json

## graph

help-graph-about = 绘制数据（及 PHI）在资源之间的流向，不合规的环节以红色显示
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
help-graph-format = 图形格式：dot（Graphviz）、mermaid 或 json
help-graph-output = 将图形写入此文件，而不是标准输出

## fix

help-fix-about = 显示（以差异形式）或写入修复不合规检查结果的编辑
help-fix-after-help =
    退出码：
      0  没有需要修复的内容，或修复已写入（--write）
      1  有可用的修复，已显示但未写入
      2  用法或配置错误、有输入无法读取、有文件无法写入，
         或未读取到任何输入（未指定 --allow-empty 时）
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
help-fix-write = 将修复写入文件，而不是显示差异
help-fix-unsafe-fixes = 同时应用可能破坏部署或丢失数据的修复（每项都会说明原因）
help-fix-rules = 只修复此规则的检查结果（可重复指定）
help-fix-format = 输出：unified diff 格式的差异，或 json（文件、修复、剩余的检查结果及原因）

## history

help-history-about = 显示已记录扫描（`scan --history`）的合规趋势，按 HIPAA 保障措施条款和按规则分列，并显示最近一次扫描的变化
help-history-last = 显示最近多少次已记录的扫描
help-history-format = { help-coverage-format }
help-history-history = 历史记录：SQLite 文件或 postgres:// URL（默认：配置中的 `history`，否则为 .phiguard/history.db）
help-history-config = 配置文件（默认：当前文件夹中的 phiguard.toml（如存在））
help-history-no-config = 不加载任何配置文件

## diff

help-diff-about = 比较两份 JSON 报告：新增、已修复和有变化的检查结果
help-diff-after-help =
    退出码：
      0  没有新的不合规检查结果
      1  有新的不合规检查结果（新增，或变为不合规）
      2  无法读取某份报告
help-diff-old = 较早的报告（`phiguard scan --format json`）
help-diff-new = 较晚的报告
help-diff-format = 输出格式：text、json 或 markdown（用于拉取请求评论）
help-diff-output = 写入此文件，而不是标准输出

## values

help-value-lang = 应为 en、ja、zh、ko、de 之一；实际为 '{ $value }'
help-value-severity = 应为 critical、high、medium、low 之一；实际为 '{ $value }'
help-value-account = AWS 账户 ID 为 12 位数字；实际为 '{ $value }'
help-value-region = 应为 AWS 区域，例如 us-east-1；实际为 '{ $value }'

## clap

help-clap-usage = 用法
help-clap-commands = 命令
help-clap-arguments = 参数
help-clap-options = 选项
help-clap-default = 默认值
help-clap-possible-values = 可选值
help-clap-possible-values-heading = 可选值
help-clap-print-help = 显示帮助
help-clap-print-help-more = 显示帮助（使用 '--help' 查看更多）
help-clap-print-help-summary = 显示帮助（使用 '-h' 查看摘要）
help-clap-print-version = 显示版本
help-clap-help-about = 显示此消息或指定子命令的帮助
help-clap-help-subcommand = 显示指定子命令的帮助
help-clap-error = 错误
help-clap-tip = 提示
help-clap-try-help = 如需更多信息，请尝试 '{ $help }'。
help-clap-unexpected-argument = 发现意外的参数 '{ $arg }'
help-clap-pass-as-value = 若要将 '{ $arg }' 作为值传递，请使用 '{ $suggestion }'
help-clap-similar-argument = 存在相似的参数：{ $names }
help-clap-similar-subcommand = 存在相似的子命令：{ $names }
help-clap-similar-value = 存在相似的值：{ $names }
help-clap-unrecognized-subcommand = 无法识别的子命令 '{ $name }'
help-clap-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
help-clap-value-required = '{ $arg }' 需要一个值，但未提供
help-clap-missing-required = 未提供以下必需参数：
help-clap-missing-subcommand = '{ $name }' 需要一个子命令，但未提供
help-clap-used-multiple-times = 参数 '{ $arg }' 不能多次使用
help-clap-cannot-be-used-with = 参数 '{ $arg }' 不能与 { $other } 一起使用
help-clap-no-equals = 为 '{ $arg }' 赋值时需要使用等号（=）
help-clap-too-many-values = '{ $arg }' 出现意外的值 '{ $value }'；不应再有更多的值
help-clap-wrong-number-of-values = '{ $arg }' 需要 { $expected } 个值，但提供了 { $actual } 个
help-clap-invalid-utf8 = 一个或多个参数中检测到无效的 UTF-8

## live AWS accounts (phiguard scan aws) and aws-policy

help-scan-profile = 共享 AWS 配置文件中的命名配置文件（默认：标准凭证链：环境变量、AWS_PROFILE、SSO、Web 身份、实例或容器角色）
help-scan-regions = 要读取的区域（可重复；默认：配置文件的区域）
help-scan-all-regions = 读取账户中启用的所有区域
help-scan-services = 仅这些服务，以逗号分隔（`phiguard aws-policy --services` 列出它们）
help-scan-concurrency = 每个账户同时进行的 API 调用数（限流时以自适应退避重试）
help-scan-max-attempts = 每个 API 调用的尝试次数（含首次）；超过后仍被限流或失败的调用视为无法读取，其检查结果为未知
help-scan-save-inventory = 同时将收集到的内容写为清单（之后可用 `phiguard scan FILE` 评判）
help-scan-role-arn = 在 --accounts 或 --organization 的每个账户中承担的角色；`{"{"}account{"}"}` 替换为账户 ID（arn:aws:iam::{"{"}account{"}"}:role/PhiguardAudit）
help-scan-accounts = 通过 --role-arn 扫描的成员账户，以逗号分隔
help-scan-organization = 通过 --role-arn 扫描组织中的每个活动账户（从管理账户或委托管理员账户以 organizations:ListAccounts 列出）
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
help-aws-policy-about = 输出实时扫描（`phiguard scan aws`）所需的最小权限只读 IAM 策略，由收集器生成
help-aws-policy-services = 改为列出 `--services` 接受的服务
