# Problems with inputs (diagnostics): files that cannot be read or parsed, refused
# files, ignored suppressions, configuration that names nothing. Arguments are paths,
# names, values and the parser's or system's own error text, never translated.

## the diagnostic line

diag-line = { $level }: { $place }: { $message }
diag-level-error = error
diag-level-warning = warning
diag-command-line = (command line)

## CloudFormation templates

diag-cfn-parse = cannot parse template: { $error }
diag-cfn-resources-not-map = `Resources` must be a mapping
diag-cfn-rain-module = resource '{ $resource }' is a Rain module; package the template with `rain pkg` to check what it creates
diag-cfn-no-type = resource '{ $resource }' has no `Type`; it was skipped
diag-cfn-properties-not-map = the Properties of '{ $resource }' are not a mapping
diag-cfn-foreach-shape = Fn::ForEach needs [Identifier, Collection, Template]
diag-cfn-foreach-deploy-time = the collection of { $loop } is known only at deploy time; its resources were not checked

## reading files

diag-read-file = cannot read file: { $error }
diag-read-not-inventory = cannot read file: not a phiguard inventory (no "format": "phiguard-inventory/1")
diag-read-too-large = cannot read file: { $size } bytes is over the { $limit } byte limit
diag-read-not-utf8 = cannot read file: not UTF-8 text

## Terraform

diag-tf-read-vars = cannot read variable file: { $error }
diag-tf-var-undeclared = --var { $name }: no variable "{ $name }" is declared in this module
diag-tf-json-parse = cannot parse Terraform JSON file: { $error }
diag-tf-plan-parse = cannot parse Terraform plan: { $error }
diag-tf-vars-parse = cannot parse variable file: { $error }
diag-tf-parse = cannot parse Terraform file: { $error }
diag-tf-attachment-outside = { $address }: the resource it configures is not in this scan; its settings are not checked
diag-tf-policy-document-cycle = { $document } includes its own document (directly or through another); it is unknown
diag-tf-module-source-not-read = module "{ $name }" comes from '{ $source }', which is not read (only local modules and modules installed by `terraform init` are); its outputs are unknown
diag-tf-module-cycle = module.{ $name } calls { $dir }, a module that is already being read (a cycle: { $cycle }); it is not read again
diag-tf-module-too-deep = module.{ $name } is nested more than { $depth } modules deep; it is not read
diag-tf-module-file-refused = module "{ $name }": { $file } is not read: { $error }
diag-tf-module-empty = module "{ $name }": no .tf files read in { $dir }
diag-tf-module-unreadable = module "{ $name }": cannot read { $dir }: { $error }
diag-tf-count-capped = count is { $count }; only the first { $max } instances are read
diag-tf-range-too-long = range() would give more than { $max } numbers, which phiguard does not evaluate; the value is unknown
diag-tf-data-file-refused = file '{ $file }' is not read: { $error }
diag-tf-value-refused = this value { $reason }; it is unknown
diag-tf-its-count = its count { $reason }
diag-tf-its-for-each = its for_each { $reason }
diag-tf-module-instances-unknown = module "{ $name }": { $why }; its resources are judged once, for every instance it may create
diag-tf-block-instances-unknown = { $address }: { $why }; the block is judged once, for every instance it may create

## inventories

diag-inventory-invalid = invalid inventory at line { $line }: { $error }
diag-inventory-format = unsupported inventory format '{ $format }' (this phiguard reads '{ $supported }')
diag-inventory-gap = { $action } in account { $account } region { $region } failed ({ $reason }): { $kinds } not read; rules that depend on them are unknown there
diag-inventory-tags-unread = { $action } in account { $account } region { $region } failed ({ $reason }): the tags of { $resources } were not read; a PHI tag may be among them, so where PHI is marked by tags they are assumed to hold PHI

## suppressions

diag-suppression-what =
    { $kind ->
        [inline] the inline suppression of { $rule }
        [resource] the suppression of { $rule } on '{ $resource }'
       *[rule] the suppression of { $rule }
    }
diag-suppression-what-start =
    { $kind ->
        [inline] the inline suppression of { $rule }
        [resource] the suppression of { $rule } on '{ $resource }'
       *[rule] the suppression of { $rule }
    }
diag-suppression-expired-unused = { diag-suppression-what-start } expired on { $date } and matches no failing finding; remove it
diag-suppression-expired-one = { diag-suppression-what-start } expired on { $date }; the { $count } failing finding it covered is reported as failing again (renew it with a new expiry, or fix the finding)
diag-suppression-expired-other = { diag-suppression-what-start } expired on { $date }; the { $count } failing findings it covered are reported as failing again (renew it with a new expiry, or fix the finding)
diag-suppression-stale = stale suppression: { diag-suppression-what } matches no failing finding (the resource is gone or passes, or the rule does not judge it); remove it

## inline suppressions

diag-inline-no-rule = inline suppression ignored: it names no rule
diag-inline-unknown-rule = inline suppression ignored: no rule '{ $rule }' (`phiguard rules` lists them)
diag-inline-no-reason = inline suppression ignored: the suppression of { $rule } needs a reason (who accepted it and why)
diag-inline-bad-date = inline suppression ignored: expires '{ $expires }' is not a date such as 2027-03-31
diag-inline-no-list = inline suppression ignored: Metadata.phiguard needs `suppress:` with a list of { "{" }rule, reason, expires, owner{ "}" }
diag-inline-unknown-key = inline suppression ignored: unknown key { $keys } (rule, reason, expires, owner)
diag-inline-misplaced = inline suppression ignored: it is neither inside a resource block nor on the comment lines right above one
diag-inline-refused = inline suppression of { $rule } refused: the configuration sets allow_inline = false; the finding is judged as if it were not there

## configuration

diag-config-phi-unmatched = '{ $name }' (--phi or [phi] resources) names no resource in this scan
diag-config-param-unmatched = --param { $name } names no parameter of a scanned CloudFormation template

## scanned paths

diag-skipped-not-input = skipped: not a recognised input (.yaml .yml .json .template .tf; --input forces a format)
diag-skipped-symlink = skipped: symbolic link, not followed
diag-skipped-terraform-json = skipped: JSON data in a Terraform folder (neither a template nor a plan)
diag-internal-error = internal error while reading this input ({ $error }); it is not judged, the other inputs are
diag-skipped-not-template = skipped: not a CloudFormation template or Terraform plan
diag-no-such-path = no such file or folder

## custom rules (Rego policies)

diag-policy-error = custom rule not run: { $error }
diag-policy-no-folder = custom rules not run: no such policy folder
diag-policy-unreadable = custom rule not run: cannot read the policy: { $error }
diag-policy-folder-unreadable = custom rules not run: cannot read the policy folder: { $error }
diag-policy-duplicate-id = custom rule not run: id '{ $id }' is already the id of the rule in { $file }
diag-policy-builtin-id = custom rule not run: id '{ $id }' is the id of a built-in rule
diag-policy-no-metadata = custom rule not run: { $package } declares no `metadata` object (id, title, severity, rationale, remediation...)
diag-policy-no-results = custom rule not run: { $package } declares no `results` set (the verdicts)
diag-policy-not-run = custom rule not run: { $why }
diag-policy-meta-not-object = `metadata` must be an object; it is { $value }
diag-policy-meta-unknown-key = `metadata` has an unknown key '{ $key }' (known: { $known })
diag-policy-meta-missing = `metadata` needs '{ $key }'
diag-policy-meta-not-text = `metadata.{ $key }` must be a non-empty string; it is { $value }
diag-policy-meta-list-item = `metadata.{ $key }` must list strings; it has { $value }
diag-policy-meta-not-list = `metadata.{ $key }` must be a list of strings; it is { $value }
diag-policy-meta-bad-id = `metadata.id` '{ $id }' must start with 'custom-' or an organisation namespace ('acme.phi-bucket-tag'), in lower-case kebab-case, so that it cannot collide with a built-in rule
diag-policy-meta-bad-severity = `metadata.severity` '{ $severity }' is not one of critical, high, medium, low
diag-policy-meta-phi-only = `metadata.phi_only` must be true or false; it is { $value }
diag-policy-results-not-set = `results` must be a set of objects; it is { $value }
diag-policy-result-kind = a result names resource { $id } '{ $resource }' of kind { $kind }, which is not one of the rule's kinds ({ $kinds })
diag-policy-result-invalid = a result { $problem }: { $item }
diag-policy-result-not-object = must be an object
diag-policy-result-unknown-key = has an unknown key { $key } (resource, verdict, message, path)
diag-policy-result-no-resource = names no resource of this scan (use the resource's `id`)
diag-policy-result-resource-type = needs `resource` to be a resource's `id` (a number)
diag-policy-result-verdict = needs `verdict` "fail", "pass", "unknown" or "not_applicable"
diag-policy-result-message = needs a non-empty `message` string
diag-policy-result-path = has a `path` that is not a string

## refused files

refusal-system-file = it is a system file ({ $path }), never read
refusal-outside = it is outside the scanned tree { $root }; only files under the scan root are read (set it with --root)
refusal-outside-via = it is outside the scanned tree { $root } (it resolves to { $real }); only files under the scan root are read (set it with --root)
refusal-too-large = it is { $size } bytes, over the { $limit } byte limit
refusal-over-limit = it is over the { $limit } byte limit
refusal-not-utf8 = it is not UTF-8 text
refusal-directory = it is a directory, not a regular file
refusal-named-pipe = it is a named pipe, not a regular file
refusal-socket = it is a socket, not a regular file
refusal-device = it is a device, not a regular file
