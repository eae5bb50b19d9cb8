//! What a rule is: its documentation and its check, in one value.

use crate::{Ctx, Outcome};
use phiguard_model::{Resource, ResourceId};
use serde::Serialize;
use std::fmt;

/// How much a failing rule matters (the catalog's severity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing.
    Low,
    /// Should be fixed.
    Medium,
    /// Must be fixed before PHI goes in.
    High,
    /// PHI is exposed or the BAA is breached.
    Critical,
}

impl Severity {
    /// All severities, most serious first.
    pub const ALL: [Severity; 4] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
    ];

    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// Parses a lower-case name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule's judgement of one resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The requirement is violated.
    Fail,
    /// The deciding value cannot be resolved before deployment.
    Unknown,
    /// The requirement is met.
    Pass,
    /// The rule does not apply to this resource.
    NotApplicable,
}

impl Verdict {
    /// Snake-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Fail => "fail",
            Verdict::Unknown => "unknown",
            Verdict::Pass => "pass",
            Verdict::NotApplicable => "not_applicable",
        }
    }
}

/// A scan-level outcome and the resource it is about, if any.
pub type ScanOutcome = (Option<ResourceId>, Outcome);

/// How a rule looks at the graph.
#[derive(Clone, Copy)]
pub enum Check {
    /// Judges each resource of the rule's kinds on its own (with the graph at hand).
    Resource(fn(&Ctx, &Resource) -> Outcome),
    /// Judges the scan as a whole; each outcome names the resource it is about, if any.
    Scan(fn(&Ctx) -> Vec<ScanOutcome>),
    /// A rule loaded at run time (a Rego policy): judges the scan as a whole, once.
    Custom(&'static dyn CustomCheck),
}

/// The check of a rule loaded at run time. It judges every resource it is about in one
/// evaluation per scan; problems it meets while judging are kept for the scan's report
/// (see the `phiguard-policy` crate).
pub trait CustomCheck: Send + Sync {
    /// The outcomes over the whole scan, each naming the resource it is about, if any.
    fn judge(&self, ctx: &Ctx) -> Vec<ScanOutcome>;
}

/// A rule: documentation and check in one place. `phiguard rules`, `phiguard explain`,
/// the generated docs and every report read these fields.
pub struct Rule {
    /// Stable id, kebab-case (`s3-bucket-encryption`).
    pub id: &'static str,
    /// One line: what a compliant configuration does.
    pub title: &'static str,
    /// Severity of a failure.
    pub severity: Severity,
    /// The AWS service, as the whitepaper names it.
    pub service: &'static str,
    /// The whitepaper section the requirement comes from.
    pub section: &'static str,
    /// HIPAA Security Rule citations (45 CFR Part 164).
    pub cfr: &'static [&'static str],
    /// Catalog requirement ids this rule implements.
    pub requirements: &'static [&'static str],
    /// Resource kinds (AWS type names) the rule judges; empty for scan-level rules.
    pub kinds: &'static [&'static str],
    /// Judge only resources that hold PHI (others are not applicable).
    pub phi_only: bool,
    /// Why it matters.
    pub rationale: &'static str,
    /// How to fix a failure.
    pub remediation: &'static str,
    /// The check.
    pub check: Check,
}

impl Rule {
    /// Whether the rule was loaded at run time (a custom Rego policy), not built in.
    pub fn is_custom(&self) -> bool {
        matches!(self.check, Check::Custom(_))
    }
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
    }
}
