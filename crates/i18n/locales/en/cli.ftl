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

## errors of the command line

cli-error = error: { $message }
cli-creating = creating { $path }: { $error }
cli-writing = writing { $path }: { $error }
cli-reading = reading { $path }: { $error }
cli-unknown-format = unknown format '{ $format }' ({ $formats })
cli-unknown-graph-format = unknown graph format '{ $format }' ({ $formats })
cli-output-dir-markdown = --output-dir needs --format markdown
cli-no-rule = no rule '{ $rule }'; `phiguard rules` lists them
cli-no-rule-would-run = no rule would run: { $config } skips every rule
cli-no-rule-would-run-config = no rule would run: the configuration skips every rule
cli-param-pair = --param needs KEY=VALUE, got '{ $value }'
cli-var-pair = --var needs NAME=VALUE, got '{ $value }'
cli-date = { $flag } needs a date such as 2027-03-31, got '{ $value }'
cli-output-is-input = -o { $path } is an input of this scan; refusing to overwrite it

## configuration file

config-reading = reading config file { $path }: { $error }
config-invalid-toml = { $place }: invalid config: { $error }
config-invalid = invalid config:{ $list }
config-skip-no-rule = { $place }: skip_rules names no rule '{ $rule }' (`phiguard rules` lists them)
config-suppress-no-rule = { $place }: [[suppress]] names no rule '{ $rule }' (`phiguard rules` lists them)
config-bad-glob = { $place }: '{ $glob }' is not a valid glob: { $error }
config-no-reason = { $place }: a suppression needs a reason (who accepted it and why)

## scan history

cli-history-recorded = scan recorded as #{ $id } in { $history }
cli-history-record-failed = error: recording the scan: { $error }
cli-history-last = --last needs at least 1 scan

## baseline

baseline-not-report = { $path } is not a phiguard JSON report (`phiguard scan --format json`): { $error }
baseline-schema = { $path } has schema '{ $schema }'; this phiguard reads '{ $expected }'

## phiguard fix

fix-summary-written = { $fixes } findings fixed in { $files } files
fix-summary-shown = { $fixes } findings fixable in { $files } files
fix-unsafe-left-out = { $count } more fixes are unsafe and were left out (--unsafe-fixes applies them)
fix-not-fixed = { $count } failing findings with a fix could not be fixed here (--format json says why)

## phiguard diff

diff-headline = { $added } new ({ $failing } failing), { $fixed } fixed, { $changed } changed
diff-text-title = phiguard diff { $old } -> { $new }: { diff-headline }
diff-text-new = new:
diff-text-fixed = fixed:
diff-text-changed = changed:
diff-md-title = phiguard: changes since the base report
diff-md-new = New
diff-md-fixed = Fixed
diff-md-changed = Changed
diff-md-verdict = Verdict
diff-md-rule = Rule
diff-md-resource = Resource
diff-md-location = Location
diff-md-finding = Finding
