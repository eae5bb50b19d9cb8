//! The fixed input every report renders.

use phiguard_model::{Diagnostic, Graph, Level};
use phiguard_rules::{Finding, Severity, Verdict};
use serde::Serialize;

/// One input file and its fingerprint (evidence of what was scanned).
#[derive(Clone, Debug, Serialize)]
pub struct InputFile {
    /// Path as given.
    pub path: String,
    /// `cloudformation`, `terraform`, `terraform-plan`.
    pub kind: String,
    /// SHA-256 of the content, hex.
    pub sha256: String,
    /// Resources read from it.
    pub resources: usize,
}

/// A requirement no scan can check (a process or organisational control), listed in
/// every report so nothing of the whitepaper is silently dropped.
#[derive(Clone, Debug, Serialize)]
pub struct Attestation {
    /// Catalog id (`GEN-BAA-EXECUTED`).
    pub id: String,
    /// Whitepaper section.
    pub section: String,
    /// What must be attested.
    pub statement: String,
    /// HIPAA Security Rule citations.
    pub cfr: Vec<String>,
}

/// Everything a report needs.
#[derive(Debug)]
pub struct ScanResult {
    /// The resource graph.
    pub graph: Graph,
    /// Findings of every verdict.
    pub findings: Vec<phiguard_rules::Finding>,
    /// Problems reading inputs.
    pub diagnostics: Vec<Diagnostic>,
    /// What was scanned.
    pub inputs: Vec<InputFile>,
    /// Nothing was marked as PHI, so every data store was assumed to hold PHI.
    pub phi_assumed: bool,
    /// Which resources hold PHI.
    pub phi: phiguard_rules::PhiMap,
    /// The whitepaper's manual (process) requirements, to attest by hand.
    pub attestations: Vec<Attestation>,
    /// RFC 3339 time the scan ran.
    pub scanned_at: String,
    /// How many rules ran (evidence of what was checked).
    pub rule_count: usize,
}

/// Counts by verdict.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Summary {
    /// Failing findings (not suppressed).
    pub fail: usize,
    /// Undecidable findings.
    pub unknown: usize,
    /// Passing findings.
    pub pass: usize,
    /// Rules that do not apply.
    pub not_applicable: usize,
    /// Failures accepted by a suppression.
    pub suppressed: usize,
    /// Failing findings by severity.
    pub fail_by_severity: Vec<(Severity, usize)>,
    /// Input errors.
    pub input_errors: usize,
    /// Resources in the graph.
    pub resources: usize,
}

impl ScanResult {
    /// Counts by verdict and severity.
    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            resources: self
                .graph
                .resources()
                .iter()
                .filter(|r| !r.kind.starts_with("phiguard::"))
                .count(),
            ..Summary::default()
        };
        for f in &self.findings {
            match (f.verdict, f.suppressed.is_some()) {
                (Verdict::Fail, true) => s.suppressed += 1,
                (Verdict::Fail, false) => s.fail += 1,
                (Verdict::Unknown, _) => s.unknown += 1,
                (Verdict::Pass, _) => s.pass += 1,
                (Verdict::NotApplicable, _) => s.not_applicable += 1,
            }
        }
        s.fail_by_severity = Severity::ALL
            .iter()
            .map(|&sev| {
                (
                    sev,
                    self.findings
                        .iter()
                        .filter(|f| f.is_failure() && f.rule.severity == sev)
                        .count(),
                )
            })
            .collect();
        s.input_errors = self
            .diagnostics
            .iter()
            .filter(|d| d.level == Level::Error)
            .count();
        s
    }

    /// Findings with a given verdict, in report order.
    pub fn with_verdict(&self, v: Verdict) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.verdict == v)
    }
}
