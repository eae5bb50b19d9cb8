//! Baselines: a previous JSON report whose findings a scan no longer reports or gates on,
//! so a team can adopt phiguard on an existing estate and hold the line on new findings.
//!
//! A finding is *old* when the baseline has a finding with the same fingerprint and the
//! same verdict. Only failing and unknown findings are hidden: passes and suppressed
//! findings stay as evidence, and a finding whose verdict changed (pass to fail, unknown
//! to fail) is new.

use crate::Said;
use anyhow::{Result, bail};
use phiguard_report::{BaselineUse, ScanResult};
use phiguard_rules::Verdict;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;

/// The schema of the JSON report (what baselines and `phiguard diff` read).
pub const SCHEMA: &str = "phiguard/scan/v1";

/// One finding of a JSON report, as far as baselines and diffs read it.
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
pub struct ReportFinding {
    /// Rule id.
    pub rule_id: String,
    /// Stable identity.
    pub fingerprint: String,
    /// Severity of a failure.
    pub severity: String,
    /// Verdict (`fail`, `unknown`, `pass`, `not_applicable`).
    pub verdict: String,
    /// What was found.
    #[serde(default)]
    pub message: String,
    /// The resource, if any.
    #[serde(default)]
    pub resource: Option<ReportResource>,
    /// Where.
    #[serde(default)]
    pub location: Option<ReportLocation>,
    /// The suppression's reason, when suppressed.
    #[serde(default)]
    pub suppressed: Option<String>,
}

/// Where a finding is, in a JSON report.
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
pub struct ReportLocation {
    /// File.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl std::fmt::Display for ReportLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// A finding's resource in a JSON report.
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
pub struct ReportResource {
    /// Logical id, address or ARN.
    pub name: String,
}

impl ReportFinding {
    /// The verdict, with failures a suppression accepts as `suppressed`.
    pub fn state(&self) -> &str {
        match (self.verdict.as_str(), &self.suppressed) {
            ("fail", Some(_)) => "suppressed",
            (v, _) => v,
        }
    }
}

#[derive(Deserialize)]
struct Report {
    schema: String,
    findings: Vec<ReportFinding>,
}

/// Reads a phiguard JSON report's findings.
pub fn read_report(path: &Path) -> Result<Vec<ReportFinding>> {
    let shown = path.display();
    let file = std::fs::File::open(path)
        .map_err(|e| Said::new("cli-reading", &[("path", &shown), ("error", &e)]))?;
    let report: Report = serde_json::from_reader(std::io::BufReader::new(file))
        .map_err(|e| Said::new("baseline-not-report", &[("path", &shown), ("error", &e)]))?;
    if report.schema != SCHEMA {
        let args: [(_, &dyn std::fmt::Display); 3] = [
            ("path", &shown),
            ("schema", &report.schema),
            ("expected", &SCHEMA),
        ];
        bail!(Said::new("baseline-schema", &args));
    }
    Ok(report.findings)
}

/// Removes from `result` the failing (not suppressed) and unknown findings `baseline`
/// already has (same fingerprint and verdict) and records the baseline and how many it hid in the scope.
pub fn apply(result: &mut ScanResult, path: &Path) -> Result<()> {
    let old: HashSet<(String, String)> = read_report(path)?
        .into_iter()
        .map(|f| (f.fingerprint, f.verdict))
        .collect();
    let before = result.findings.len();
    result.findings.retain(|f| {
        !(matches!(f.verdict, Verdict::Fail | Verdict::Unknown)
            && f.suppressed.is_none()
            && old.contains(&(f.fingerprint.clone(), f.verdict.as_str().to_string())))
    });
    result.scope.baseline = Some(BaselineUse {
        path: path.to_string_lossy().into_owned(),
        hidden: before - result.findings.len(),
    });
    Ok(())
}
