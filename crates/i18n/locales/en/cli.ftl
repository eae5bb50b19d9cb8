# The command line: summaries and warnings people read (clap's --help stays English).

cli-rule-count = { $count } rules
cli-nothing-read-allowed = warning: no CloudFormation template, Terraform configuration or plan was read under the given paths (--allow-empty)
cli-nothing-read = error: no CloudFormation template, Terraform configuration or plan was read under the given paths; nothing was checked (--allow-empty accepts this for jobs that run on every change)
cli-asff-defaults = warning: ASFF findings need --aws-account and --aws-region; using { $account } and { $region } where missing
cli-sarif-omitted = warning: { $count } failing or unknown findings are not SARIF results (listed in run.properties.omittedFindings):
cli-and-more = ... and { $count } more

## phiguard explain

explain-severity = Severity:
explain-service = Service:
explain-section = Whitepaper section:
explain-cfr = HIPAA Security Rule:
explain-requirements = Catalog requirements:
explain-kinds = Resource types:
explain-applies = Applies to:
explain-applies-phi = resources that hold PHI
explain-applies-all = every matching resource
explain-why = Why it matters
explain-fix = How to fix

## phiguard coverage

coverage-implemented = implemented by { $rules }
coverage-manual = manual (attestation in every report)
coverage-implemented-live = implemented by { $rules } (live scans)
coverage-not-implemented = not implemented: { $reason }
coverage-missing = MISSING: neither implemented nor justified
coverage-summary =
    { $total } requirements: { $implemented } implemented, { $manual } manual, { $not } not implemented (with reasons), { $missing } missing.
    static/both: { $static } of { $checkable } implemented ({ $percent } %).
    live (judged only in live scans and saved inventories): { $live_implemented } of { $live } implemented.

## Custom (Rego) rules

cli-rule-count-custom = { $count } rules ({ $custom } custom)
explain-custom = Custom rule (a Rego policy of your organisation, not built in)
coverage-custom = { $count } custom rules (your organisation's, not counted against the catalog):
