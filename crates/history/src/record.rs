//! What one scan writes: rows built from a [`ScanResult`], the same for every backend.

use phiguard_report::{Counts, ScanResult, Summary};
use phiguard_rules::{Finding, Rule, Verdict};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// One rule's metadata as of a scan and its counts in that scan.
#[derive(Clone, Debug)]
pub struct RuleRow {
    /// The scan (0 before it is written).
    pub scan_id: i64,
    pub rule_id: String,
    pub title: String,
    pub severity: String,
    pub section: String,
    /// CFR citations, one a line.
    pub cfr: String,
    pub counts: Counts,
    pub not_applicable: usize,
}

/// One finding as stored.
pub struct FindingRow<'a> {
    pub rule_id: &'a str,
    pub verdict: &'static str,
    pub resource: String,
    pub resource_type: &'a str,
    pub location: String,
    pub attribute: Option<&'a str>,
    pub message: &'a str,
    /// The suppression's reason.
    pub suppressed: Option<&'a str>,
    pub fingerprint: String,
}

/// Everything one scan writes.
pub struct ScanRecord<'a> {
    pub scan: &'a ScanResult,
    pub tool_version: &'static str,
    pub ruleset_version: String,
    pub summary: Summary,
    /// `skip_rules` as a JSON array.
    pub skipped_rules: String,
    pub rules: Vec<RuleRow>,
    pub findings: Vec<FindingRow<'a>>,
}

/// A short fingerprint of the built-in rule set: every rule's id, severity and citations.
/// It changes when a rule is added, removed, re-graded or re-cited.
pub fn ruleset_version() -> String {
    let mut rules: Vec<&Rule> = phiguard_rules::all().to_vec();
    rules.sort_by_key(|r| r.id);
    let mut h = Sha256::new();
    for r in rules {
        h.update(r.id.as_bytes());
        h.update([0]);
        h.update(r.severity.as_str().as_bytes());
        for c in r.cfr {
            h.update([0]);
            h.update(c.as_bytes());
        }
        h.update([1]);
    }
    h.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn counts_of(f: &Finding, c: &mut Counts, na: &mut usize) {
    match (f.verdict, f.suppressed.is_some()) {
        (Verdict::Fail, true) => c.suppressed += 1,
        (Verdict::Fail, false) => c.fail += 1,
        (Verdict::Unknown, _) => c.unknown += 1,
        (Verdict::Pass, _) => c.pass += 1,
        (Verdict::NotApplicable, _) => *na += 1,
    }
}

fn rule_row(r: &Rule) -> RuleRow {
    RuleRow {
        scan_id: 0,
        rule_id: r.id.to_string(),
        title: r.title.to_string(),
        severity: r.severity.as_str().to_string(),
        section: r.section.to_string(),
        cfr: r.cfr.join("\n"),
        counts: Counts::default(),
        not_applicable: 0,
    }
}

impl<'a> ScanRecord<'a> {
    /// The rows of a finished scan: every rule that ran (with its counts, zero when it found
    /// nothing) and every finding.
    pub fn new(scan: &'a ScanResult) -> Self {
        let skipped = &scan.scope.skipped_rules;
        let mut rules: BTreeMap<&str, RuleRow> = phiguard_rules::all()
            .iter()
            .filter(|r| !skipped.iter().any(|s| s == r.id))
            .map(|r| (r.id, rule_row(r)))
            .collect();
        for f in &scan.findings {
            let row = rules.entry(f.rule.id).or_insert_with(|| rule_row(f.rule));
            counts_of(f, &mut row.counts, &mut row.not_applicable);
        }
        let mut findings: Vec<FindingRow> = scan
            .findings
            .iter()
            .map(|f| FindingRow {
                rule_id: f.rule.id,
                verdict: f.verdict.as_str(),
                resource: phiguard_report::resource_label(f),
                resource_type: f.subject.as_ref().map_or("", |s| s.source_type.as_str()),
                location: match (&f.location, &f.subject) {
                    (Some(l), _) => l.to_string(),
                    (None, Some(s)) => s.origin.to_string(),
                    (None, None) => String::new(),
                },
                attribute: f.path.as_deref(),
                message: &f.message,
                suppressed: f.suppressed.as_ref().map(|s| s.reason.as_str()),
                fingerprint: phiguard_report::fingerprint(f),
            })
            .collect();
        // In index order: the (scan, fingerprint) index then grows at its end.
        findings.sort_unstable_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
        ScanRecord {
            scan,
            tool_version: env!("CARGO_PKG_VERSION"),
            ruleset_version: ruleset_version(),
            summary: scan.summary(),
            skipped_rules: serde_json::to_string(skipped).unwrap_or_else(|_| "[]".into()),
            rules: rules.into_values().collect(),
            findings,
        }
    }

    /// The configuration file's path, if one was used.
    pub fn config(&self) -> Option<&str> {
        self.scan.scope.config.as_ref().map(|c| c.path.as_str())
    }
}
