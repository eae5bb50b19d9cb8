# Reports: headings, labels and sentences of every format. English is the source; every
# other language has the same ids (a test checks both directions).

## Verdicts and severities (the words people read; JSON, SARIF and CSV values stay ids)

verdict-fail = fail
verdict-unknown = unknown
verdict-pass = pass
verdict-not-applicable = not applicable
verdict-accepted = accepted
severity-critical = critical
severity-high = high
severity-medium = medium
severity-low = low
# "2 high"
count-severity = { $count } { $severity }

## Shared sentences

whole-scan = (whole scan)
no-config-file = no configuration file
account-scope = { $count ->
    [one] all { $count } input file of this scan as one account
   *[other] all { $count } input files of this scan as one account
}
scope-config = config: { $path } ({ $how })
scope-no-config = config: none
scope-skipped = rules skipped by { $config }: { $rules }
scope-suppressed = findings suppressed by { $config }: { $count } (listed with their reasons)
scope-account = account-level rules (CloudTrail trail, Config recorder, backups...) judged over: { $scope }
skipped-by = skipped by { $config }
summary-by-severity = {" "}({ $list })
summary-line = { $files } files, { $resources } resources: { $fail } failing{ $by-severity }, { $unknown } unknown, { $pass } passing, { $na } not applicable, { $suppressed } suppressed, { $errors } input errors

## Text (terminal)

text-whitepaper = whitepaper: { $section } | { $cfr }
text-fix = fix: { $fix }
text-suppressed = suppressed: { $reason }
text-phi-assumed =
    note: no resource is marked as holding PHI (tag phi=true, data-classification=phi, or --phi NAME),
          so every data store is assumed to hold PHI.
text-attestations-hint = { $count } whitepaper requirements cannot be checked in configuration and need a manual attestation (--attestations lists them).
text-attestations-heading = MANUAL ATTESTATIONS ({ $count }): process controls no scan can check

## Markdown (pull-request comment)

md-title = HIPAA-on-AWS check
md-summary = { $mark } **{ $fail } failing**{ $by-severity } · { $unknown } unknown · { $pass } passing · { $na } not applicable · { $suppressed } suppressed — { $files ->
    [one] { $files } file
   *[other] { $files } files
}, { $resources } resources
md-input-errors = { $count } input errors
md-phi-assumed = No resource is marked as holding PHI (tag `phi=true` or `data-classification=phi`, or `--phi NAME`), so every data store is assumed to hold PHI.
md-table-head-fix = | Rule | Resource | Location | Finding | Fix | HIPAA |
md-table-head = | Rule | Resource | Location | Finding |
md-unknown = unknown — a deciding value cannot be resolved before deployment
md-suppressed = suppressed — accepted by the security team
md-suppressed-row = { $message } — *suppressed:* { $reason }
md-input-problems = { $count } input problems — files or parts not read
md-attestations = { $count } manual attestations — process controls no scan can check
md-left-out = { $count } more rows were left out to keep this comment under { $kb } KB; run `phiguard scan --format html` for the full report.

## JUnit

junit-resource = Resource: { $value }
junit-location = Location: { $value }
junit-attribute = Attribute: { $value }
junit-fix = Fix: { $value }
junit-section = Whitepaper section: { $value }
junit-cfr = HIPAA Security Rule: { $value }
junit-suppressed = suppressed: { $reason } (finding: { $message })
junit-unknown = unknown: { $message }
junit-attestations = Manual attestations
junit-attestations-note = process controls no scan can check: attest them by hand
junit-manual = manual: { $statement } ({ $section }; { $cfr })

## CSV column headers (English headers are the stable column names)

csv-verdict = verdict
csv-severity = severity
csv-rule-id = rule_id
csv-resource = resource
csv-type = type
csv-file = file
csv-line = line
csv-column = column
csv-section = section
csv-cfr = cfr
csv-message = message
csv-remediation = remediation
csv-suppressed = suppressed

## SARIF

sarif-help-text =
    { $fix }

    Whitepaper section: { $section }
    HIPAA Security Rule: { $cfr }
sarif-help-markdown =
    {"*"}*Fix:** { $fix }

    {"*"}*Whitepaper section:** { $section }{"  "}
    {"*"}*HIPAA Security Rule:** { $cfr }
sarif-account-level = { $message } (account-level rule, judged over { $scope }; shown at the first scanned input)

## ASFF (Security Hub)

asff-resource = Resource { $resource }.
asff-resource-at = Resource { $resource } at { $location }.
asff-section = Whitepaper section: { $section }.
asff-suppressed = Suppressed: { $reason }

## Data flow (HTML report and `phiguard graph`)

flow-outside = AWS services outside this scan
flow-node-title = { $name } ({ $type }) in { $group }
flow-fails = FAILS: { $reason } ({ $rule }): { $message }
flow-reason-unencrypted-transit = unencrypted transit
flow-reason-unencrypted-destination = unencrypted destination
flow-reason-ineligible-destination = ineligible destination

## HTML report (message text may hold markup; values are escaped)

html-title = HIPAA-on-AWS compliance report
html-checked-against = Checked against the AWS whitepaper “Architecting for HIPAA Security and Compliance on Amazon Web Services” and the HIPAA Security Rule (45 CFR Part 164, Subpart C)
html-subtitle = phiguard { $version } · scanned { $time } · { $files ->
    [one] { $files } file
   *[other] { $files } files
} · { $resources } resources · { $rules } rules
html-nav-summary = Summary
html-nav-attestations = Attestations
html-matrix = Compliance matrix
html-findings = Findings
html-flow = Data flow
html-evidence = Evidence
html-status-fail = { $count ->
    [one] { $count } failing check must be fixed before this architecture stores PHI.
   *[other] { $count } failing checks must be fixed before this architecture stores PHI.
}
html-status-pass = No failing checks.
html-status-review = { $count ->
    [one] { $count } finding still need a human review.
   *[other] { $count } findings still need a human review.
}
html-not-everything = Not everything was checked.
html-skipped-rules = { $count ->
    [one] { $count } rule skipped by { $config }: <span class="mono">{ $rules }</span>.
   *[other] { $count } rules skipped by { $config }: <span class="mono">{ $rules }</span>.
}
html-accepted-findings = { $count ->
    [one] { $count } failing finding accepted by { $config }.
   *[other] { $count } failing findings accepted by { $config }.
}
html-input-problems = { $count ->
    [one] { $count } input problem (see Evidence).
   *[other] { $count } input problems (see Evidence).
}
html-phi-assumed-title = PHI assumed everywhere.
html-phi-assumed = No resource is marked as holding PHI (tag <code>phi=true</code> or <code>data-classification=phi</code>, or <code>--phi NAME</code>), so every data store was judged as if it held PHI.
html-card-failing = failing
html-card-unknown = need review (unknown)
html-card-passing = passing
html-card-accepted = accepted (suppressed)
html-card-manual = manual attestations
html-card-phi = resources holding PHI
html-card-phi-assumed = resources holding PHI (assumed)
html-input-errors = { $count ->
    [one] <b>{ $count } input error:</b> some files could not be read; see <a href="#evidence">Evidence</a>.
   *[other] <b>{ $count } input errors:</b> some files could not be read; see <a href="#evidence">Evidence</a>.
}
html-matrix-lead = Findings counted under each HIPAA Security Rule paragraph their rule cites (a finding counts once under every paragraph it cites). “Manual” counts the process controls to attest by hand. Paragraphs with no count are not covered by an automated check.
html-col-paragraph = Paragraph
html-col-requirement = Requirement
html-col-fail = Fail
html-col-unknown = Unknown
html-col-pass = Pass
html-col-accepted = Accepted
html-col-manual = Manual
html-col-status = Status
matrix-status-fail = fail
matrix-status-review = review
matrix-status-pass = pass
matrix-status-manual = manual
matrix-status-none = —
html-findings-lead = { $count ->
    [one] Failing, unknown, accepted and passing checks; { $count } not-applicable result (rules that do not apply to a resource) are counted but not listed.
   *[other] Failing, unknown, accepted and passing checks; { $count } not-applicable results (rules that do not apply to a resource) are counted but not listed.
}
html-col-verdict = Verdict
html-filter-all = all
html-filter-severity = Severity
html-filter-service = Service
html-filter-safeguard = Safeguard
safeguard-kind-administrative = administrative
safeguard-kind-physical = physical
safeguard-kind-technical = technical
safeguard-kind-organizational = organizational
safeguard-kind-documentation = documentation
safeguard-kind-other = other
html-col-rule = Rule
html-col-resource = Resource
html-col-finding = Finding
html-accepted = Accepted:
html-fix = Fix:
html-no-findings = No findings.
html-shown = { $n } of { $total } shown
html-flow-lead-flows = Where PHI can move between resources, left to right, one band per template or Terraform module.
html-flow-lead-references = No data flows were traced, so references between data stores and compute stand in for them (dashed).
html-flow-lead-marks = Resources that hold PHI are marked; resources with a failing check are red; hops that carry PHI are orange, failing hops red (hover a hop for its mechanism and reasons).
html-flow-omitted = { $count } more resources are left out to keep the picture readable.
html-flow-aria = Data-flow diagram
html-flow-loose = Holding PHI, no flow traced:
html-legend-resource = resource
html-legend-phi = holds PHI
html-legend-phi-assumed = holds PHI (assumed: data store)
html-legend-failing = has a failing check
html-legend-external = AWS service outside this scan
html-legend-flow = data flow
html-legend-carries-phi = carries PHI
html-legend-failing-hop = failing hop: unencrypted transit, unencrypted destination or ineligible destination
html-legend-reference = reference (code or config naming the store)
html-failing-hops = Failing hops
html-and-more = and { $count } more
html-flow-empty = No resource holds PHI and no data flow was found.
html-attestations = Manual attestations
html-attestations-lead = Whitepaper requirements that no scan of the configuration can check (processes, agreements, training). Attest each one by hand and keep the evidence with this report.
html-col-done = Done
html-col-statement = Statement
html-col-section = Section
html-attested = { $id } attested
html-no-attestations = No manual attestations in this scan.
html-ev-tool = Tool
html-ev-rules = Rules run
html-ev-scope = Scope
html-ev-time = Scan time
html-ev-phi = PHI marking
html-ev-phi-none = none found: every data store assumed to hold PHI
html-ev-phi-marked = { $count } resources marked as holding PHI
html-ev-results = Results
html-ev-results-line = { $fail } fail · { $unknown } unknown · { $pass } pass · { $na } not applicable · { $accepted } accepted
html-input-files = Input files
html-col-path = Path
html-col-kind = Kind
html-col-resources = Resources
html-no-inputs = No input files.
html-input-problems-heading = Input problems
html-footer = Generated by phiguard { $version } on { $time }. Findings are judged from configuration; “unknown” means a deciding value cannot be resolved before deployment.
flow-live-account = live account
flow-root-module = root module ({ $dir })
flow-fails-list = FAILS: { $reasons }
flow-failure = { $reason } ({ $rule }): { $message }
flow-node-fails = fails: { $rules }

## HTML trend chart (scan history)

html-nav-trend = Trend
html-trend = Trend
html-trend-lead = Findings of the last { $scans } recorded { $scans ->
        [one] scan
       *[other] scans
    } (of { $total } in the scan history), this one last. Hover a point for its scan and count.
html-trend-aria = Failing, unknown and passing findings per recorded scan
html-trend-safeguards = Failing checks by safeguard, first shown scan and now
html-trend-paragraph = Paragraph
html-trend-requirement = Requirement
html-trend-first = First
html-trend-now = Now
html-trend-change = Change

## Suppressions and baselines

scope-suppressed-inline = findings suppressed inline in the scanned files: { $count } (listed with their reasons)
scope-expired = failing findings whose suppression has expired: { $count }
scope-baseline = baseline: { $path }; { $hidden } failing or unknown { $hidden ->
        [one] finding already in it is hidden
       *[other] findings already in it are hidden
    }, this report and its exit code cover only new ones
suppression-expired = suppression expired on { $date }: { $reason }
html-no-longer-accepted = No longer accepted:

## sarif: why a finding is not a SARIF result
sarif-omitted-outside = { $file } is outside the SARIF base { $base } (set --sarif-base)
sarif-omitted-no-input = an account-level finding, and no scanned input is under the SARIF base { $base }
sarif-omitted-no-file = no file location (a live resource known by its ARN)

## rules: a service that is a category, not an AWS service
service-general = General
