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

/// The configuration file a scan used, and how it was chosen.
#[derive(Clone, Debug, Serialize)]
pub struct ConfigSource {
    /// Path as found or given.
    pub path: String,
    /// How it was chosen: `--config`, or found in the working directory.
    pub how: String,
}

/// What shaped the verdicts besides the inputs: the configuration that skipped rules and
/// accepted findings, and how far account-level rules looked. Every report states it, so a
/// configuration that loosens the gate is never silent.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ScanScope {
    /// The configuration file loaded; `None` when none was.
    pub config: Option<ConfigSource>,
    /// Rule ids the configuration skipped.
    pub skipped_rules: Vec<String>,
    /// The baseline whose findings this report leaves out (`--baseline`).
    pub baseline: Option<BaselineUse>,
}

/// A baseline a scan was compared with, and how many of its findings were hidden.
#[derive(Clone, Debug, Serialize)]
pub struct BaselineUse {
    /// The previous JSON report, as given.
    pub path: String,
    /// Failing and unknown findings left out because the baseline already has them.
    pub hidden: usize,
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
    /// The configuration behind the verdicts.
    pub scope: ScanScope,
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

    /// The configuration file's name for messages (`no configuration file` when none).
    pub fn config_name(&self) -> String {
        match &self.scope.config {
            Some(c) => c.path.clone(),
            None => "no configuration file".into(),
        }
    }

    /// The scope of account-level rules, as one sentence part.
    pub fn account_scope(&self) -> String {
        let n = self
            .inputs
            .iter()
            .filter(|i| i.kind != "terraform-vars")
            .count();
        let what = if n == 1 { "input file" } else { "input files" };
        format!("all {n} {what} of this scan as one account")
    }

    /// What shaped the verdicts, one statement a line: the configuration used, the rules it
    /// skipped, the findings it accepted, and the scope of account-level rules. Every
    /// report prints these.
    pub fn scope_lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let config = self.config_name();
        out.push(match &self.scope.config {
            Some(c) => format!("config: {} ({})", c.path, c.how),
            None => "config: none".to_string(),
        });
        if !self.scope.skipped_rules.is_empty() {
            out.push(format!(
                "rules skipped by {config}: {}",
                self.scope.skipped_rules.join(", ")
            ));
        }
        let suppressed: Vec<bool> = self
            .findings
            .iter()
            .filter(|f| f.verdict == Verdict::Fail)
            .filter_map(|f| f.suppressed.as_ref().map(|s| s.source.is_inline()))
            .collect();
        let inline = suppressed.iter().filter(|i| **i).count();
        let central = suppressed.len() - inline;
        if central > 0 {
            out.push(format!(
                "findings suppressed by {config}: {central} (listed with their reasons)"
            ));
        }
        if inline > 0 {
            out.push(format!(
                "findings suppressed inline in the scanned files: {inline} (listed with their reasons)"
            ));
        }
        let expired = self
            .findings
            .iter()
            .filter(|f| f.expired_suppression.is_some())
            .count();
        if expired > 0 {
            out.push(format!(
                "failing findings whose suppression has expired: {expired}"
            ));
        }
        if let Some(b) = &self.scope.baseline {
            out.push(format!(
                "baseline: {}; {} failing or unknown finding{} already in it {} hidden, this report and its exit code cover only new ones",
                b.path,
                b.hidden,
                if b.hidden == 1 { "" } else { "s" },
                if b.hidden == 1 { "is" } else { "are" },
            ));
        }
        out.push(format!(
            "account-level rules (CloudTrail trail, Config recorder, backups...) judged over: {}",
            self.account_scope()
        ));
        out
    }

    /// Findings with a given verdict, in report order.
    pub fn with_verdict(&self, v: Verdict) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.verdict == v)
    }
}
