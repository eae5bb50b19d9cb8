# 输入问题（诊断）：无法读取或解析的文件、被拒绝的文件、被忽略的抑制、未指向任何内容的配置。
# 参数为路径、名称、值以及解析器或系统自身的错误文本，不予翻译。

## the diagnostic line

diag-line = { $level }：{ $place }：{ $message }
diag-level-error = 错误
diag-level-warning = 警告
diag-command-line = （命令行）

## CloudFormation templates

diag-cfn-parse = 无法解析模板：{ $error }
diag-cfn-resources-not-map = `Resources` 必须是映射。
diag-cfn-rain-module = 资源“{ $resource }”是 Rain 模块；请使用 `rain pkg` 打包模板，以检查其创建的内容。
diag-cfn-no-type = 资源“{ $resource }”没有 `Type`，已跳过。
diag-cfn-properties-not-map = “{ $resource }”的 Properties 不是映射。
diag-cfn-foreach-shape = Fn::ForEach 需要 [Identifier, Collection, Template]。
diag-cfn-foreach-deploy-time = { $loop } 的集合只有在部署时才能确定，因此未检查其资源。

## reading files

diag-read-file = 无法读取文件：{ $error }
diag-read-not-inventory = 无法读取文件：不是 phiguard 清单（缺少 "format": "phiguard-inventory/1"）
diag-read-too-large = 无法读取文件：{ $size } 字节超过了 { $limit } 字节的上限
diag-read-not-utf8 = 无法读取文件：不是 UTF-8 文本

## Terraform

diag-tf-read-vars = 无法读取变量文件：{ $error }
diag-tf-var-undeclared = --var { $name }：此模块中未声明变量 "{ $name }"。
diag-tf-json-parse = 无法解析 Terraform JSON 文件：{ $error }
diag-tf-plan-parse = 无法解析 Terraform 计划：{ $error }
diag-tf-vars-parse = 无法解析变量文件：{ $error }
diag-tf-parse = 无法解析 Terraform 文件：{ $error }
diag-tf-attachment-outside = { $address }：其配置的资源不在本次扫描中，因此未检查其设置。
diag-tf-policy-document-cycle = { $document } 包含其自身的文档（直接或通过其他文档），因此无法判定。
diag-tf-module-source-not-read = 模块 "{ $name }" 来自“{ $source }”，该来源不会被读取（仅读取本地模块和由 `terraform init` 安装的模块）；其输出未知。
diag-tf-module-cycle = module.{ $name } 调用了 { $dir }，该模块已在读取中（循环：{ $cycle }）；不会再次读取。
diag-tf-module-too-deep = module.{ $name } 的嵌套超过 { $depth } 层模块，因此不予读取。
diag-tf-module-file-refused = 模块 "{ $name }"：未读取 { $file }：{ $error }
diag-tf-module-empty = 模块 "{ $name }"：在 { $dir } 中未读取到任何 .tf 文件。
diag-tf-module-unreadable = 模块 "{ $name }"：无法读取 { $dir }：{ $error }
diag-tf-count-capped = count 为 { $count }；仅读取前 { $max } 个实例。
diag-tf-range-too-long = range() 将生成超过 { $max } 个数字，phiguard 不对其求值；该值未知。
diag-tf-data-file-refused = 未读取文件“{ $file }”：{ $error }
diag-tf-value-refused = 此值未知：{ $reason }
diag-tf-its-count = count：{ $reason }
diag-tf-its-for-each = for_each：{ $reason }
diag-tf-module-instances-unknown = 模块 "{ $name }"：{ $why }对其可能创建的所有实例，其资源只判定一次。
diag-tf-block-instances-unknown = { $address }：{ $why }对其可能创建的所有实例，此块只判定一次。

## inventories

diag-inventory-invalid = 第 { $line } 行的清单无效：{ $error }
diag-inventory-format = 不支持的清单格式“{ $format }”（此 phiguard 读取“{ $supported }”）。
diag-inventory-gap = 在账户 { $account } 的区域 { $region } 中，{ $action } 失败（{ $reason }）：未读取 { $kinds }；依赖它们的规则在该处无法判定。
diag-inventory-tags-unread = 在账户 { $account } 的区域 { $region } 中，{ $action } 失败（{ $reason }）：未读取 { $resources } 的标签；其中可能有 PHI 标签，因此在以标签标记 PHI 时，视其为保存 PHI。

## suppressions

diag-suppression-what =
    { $kind ->
        [inline] { $rule } 的内联抑制
        [resource] 对“{ $resource }”的 { $rule } 抑制
       *[rule] { $rule } 的抑制
    }
diag-suppression-what-start =
    { $kind ->
        [inline] { $rule } 的内联抑制
        [resource] 对“{ $resource }”的 { $rule } 抑制
       *[rule] { $rule } 的抑制
    }
diag-suppression-expired-unused = { diag-suppression-what-start }已于 { $date } 过期，且不匹配任何不合规的检查结果；请将其删除。
diag-suppression-expired-one = { diag-suppression-what-start }已于 { $date } 过期；其覆盖的 { $count } 项不合规检查结果将再次报告为不合规（请设置新的过期日期以续期，或修复该检查结果）。
diag-suppression-expired-other = { diag-suppression-what-start }已于 { $date } 过期；其覆盖的 { $count } 项不合规检查结果将再次报告为不合规（请设置新的过期日期以续期，或修复这些检查结果）。
diag-suppression-stale = 过时的抑制：{ diag-suppression-what }不匹配任何不合规的检查结果（资源已不存在或已合规，或该规则不判定该资源）；请将其删除。

## inline suppressions

diag-inline-no-rule = 已忽略内联抑制：未指定规则。
diag-inline-unknown-rule = 已忽略内联抑制：不存在规则“{ $rule }”（`phiguard rules` 会列出所有规则）。
diag-inline-no-reason = 已忽略内联抑制：{ $rule } 的抑制需要说明原因（由谁接受以及为何接受）。
diag-inline-bad-date = 已忽略内联抑制：expires“{ $expires }”不是 2027-03-31 这样的日期。
diag-inline-no-list = 已忽略内联抑制：Metadata.phiguard 需要包含 { "{" }rule, reason, expires, owner{ "}" } 列表的 `suppress:`。
diag-inline-unknown-key = 已忽略内联抑制：未知的键 { $keys }（可用的键为 rule, reason, expires, owner）
diag-inline-misplaced = 已忽略内联抑制：它既不在 resource 块内，也不在紧邻其上方的注释行中。
diag-inline-refused = 已拒绝 { $rule } 的内联抑制：配置中设置了 allow_inline = false；检查结果将按不存在该抑制进行判定。

## configuration

diag-config-phi-unmatched = “{ $name }”（--phi 或 [phi] resources）未指向本次扫描中的任何资源。
diag-config-param-unmatched = --param { $name } 未指向任何已扫描 CloudFormation 模板的参数。

## scanned paths

diag-skipped-not-input = 已跳过：不是可识别的输入（.yaml .yml .json .template .tf；可用 --input 指定格式）
diag-skipped-symlink = 已跳过：符号链接，未跟随
diag-skipped-terraform-json = 已跳过：Terraform 文件夹中的 JSON 数据（既不是模板也不是计划）
diag-internal-error = 读取此输入时发生内部错误（{ $error }）；此输入不予判定，其他输入照常判定。
diag-skipped-not-template = 已跳过：既不是 CloudFormation 模板，也不是 Terraform 计划
diag-no-such-path = 没有这样的文件或文件夹

## custom rules (Rego policies)

diag-policy-error = 未运行自定义规则：{ $error }
diag-policy-no-folder = 未运行自定义规则：没有这样的策略文件夹
diag-policy-unreadable = 未运行自定义规则：无法读取策略：{ $error }
diag-policy-folder-unreadable = 未运行自定义规则：无法读取策略文件夹：{ $error }
diag-policy-duplicate-id = 未运行自定义规则：ID“{ $id }”已是 { $file } 中规则的 ID。
diag-policy-builtin-id = 未运行自定义规则：ID“{ $id }”是内置规则的 ID。
diag-policy-no-metadata = 未运行自定义规则：{ $package } 未声明 `metadata` 对象（id, title, severity, rationale, remediation...）。
diag-policy-no-results = 未运行自定义规则：{ $package } 未声明 `results` 集合（判定结果）。
diag-policy-not-run = 未运行自定义规则：{ $why }
diag-policy-meta-not-object = `metadata` 必须是对象，但它是 { $value }。
diag-policy-meta-unknown-key = `metadata` 包含未知的键“{ $key }”（已知的键：{ $known }）。
diag-policy-meta-missing = `metadata` 需要“{ $key }”。
diag-policy-meta-not-text = `metadata.{ $key }` 必须是非空字符串，但它是 { $value }。
diag-policy-meta-list-item = `metadata.{ $key }` 必须列出字符串，但其中包含 { $value }。
diag-policy-meta-not-list = `metadata.{ $key }` 必须是字符串列表，但它是 { $value }。
diag-policy-meta-bad-id = `metadata.id`“{ $id }”必须以“custom-”或组织命名空间（“acme.phi-bucket-tag”）开头，并采用小写 kebab-case 形式，以免与内置规则冲突。
diag-policy-meta-bad-severity = `metadata.severity`“{ $severity }”不是 critical, high, medium, low 之一。
diag-policy-meta-phi-only = `metadata.phi_only` 必须是 true 或 false，但它是 { $value }。
diag-policy-results-not-set = `results` 必须是对象集合，但它是 { $value }。
diag-policy-result-kind = 某个结果指向类型为 { $kind } 的资源 { $id }“{ $resource }”，但该类型不属于规则的类型（{ $kinds }）。
diag-policy-result-invalid = 结果 { $item } 无效：{ $problem }
diag-policy-result-not-object = 必须是对象。
diag-policy-result-unknown-key = 包含未知的键 { $key }（可用的键为 resource, verdict, message, path）。
diag-policy-result-no-resource = 未指向本次扫描中的任何资源（请使用资源的 `id`）。
diag-policy-result-resource-type = `resource` 必须是资源的 `id`（数字）。
diag-policy-result-verdict = `verdict` 必须是 "fail"、"pass"、"unknown" 或 "not_applicable"。
diag-policy-result-message = 需要非空的 `message` 字符串。
diag-policy-result-path = `path` 不是字符串。

## refused files

refusal-system-file = 这是系统文件（{ $path }），从不读取
refusal-outside = 它位于扫描树 { $root } 之外；仅读取扫描根目录下的文件（可用 --root 设置）
refusal-outside-via = 它位于扫描树 { $root } 之外（解析为 { $real }）；仅读取扫描根目录下的文件（可用 --root 设置）
refusal-too-large = 它有 { $size } 字节，超过了 { $limit } 字节的上限
refusal-over-limit = 它超过了 { $limit } 字节的上限
refusal-not-utf8 = 它不是 UTF-8 文本
refusal-directory = 它是目录，不是常规文件
refusal-named-pipe = 它是命名管道，不是常规文件
refusal-socket = 它是套接字，不是常规文件
refusal-device = 它是设备，不是常规文件
