//! The compliance trend over recorded scans: what `phiguard history` prints and the HTML
//! report charts. Built by the `phiguard-history` crate from its store; here it is only
//! data, so every report crate user can render it without a database.

use serde::Serialize;

/// Counts of one scan (or of one rule or paragraph in one scan).
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    /// Failing findings (not suppressed).
    pub fail: usize,
    /// Undecidable findings.
    pub unknown: usize,
    /// Passing findings.
    pub pass: usize,
    /// Failures accepted by a suppression.
    pub suppressed: usize,
}

impl Counts {
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: Counts) {
        self.fail += other.fail;
        self.unknown += other.unknown;
        self.pass += other.pass;
        self.suppressed += other.suppressed;
    }
}

/// One recorded scan.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct TrendScan {
    /// The store's id of the scan.
    pub id: i64,
    /// RFC 3339 time the scan ran.
    pub scanned_at: String,
    /// phiguard version that ran it.
    pub tool_version: String,
    /// Fingerprint of the rule set (ids, severities, citations) it ran.
    pub ruleset_version: String,
    /// Input files read.
    pub inputs: usize,
    /// Resources in the scan.
    pub resources: usize,
    /// Counts over every finding.
    pub totals: Counts,
}

/// Counts of one safeguard paragraph or one rule, one entry per scan of [`Trend::scans`]
/// (`None`: no rule behind it ran in that scan).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Series {
    /// `164.312(a)(2)(iv)` or a rule id.
    pub key: String,
    /// The paragraph's heading or the rule's title.
    pub title: String,
    /// Per scan, oldest first.
    pub counts: Vec<Option<Counts>>,
}

impl Series {
    /// The change of failing findings from the scan before the last to the last one.
    pub fn fail_change(&self) -> Option<i64> {
        match self.counts.as_slice() {
            [.., Some(a), Some(b)] => Some(b.fail as i64 - a.fail as i64),
            _ => None,
        }
    }
}

/// A failing finding that appeared or went away between the last two scans.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Change {
    /// `new` (fails now, did not before) or `fixed` (failed before, does not now).
    pub change: &'static str,
    /// Rule id.
    pub rule_id: String,
    /// Resource name.
    pub resource: String,
    /// Where it is defined.
    pub location: String,
}

/// The trend over the last recorded scans.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Trend {
    /// Recorded scans in the store, in all.
    pub total_scans: usize,
    /// The scans shown, oldest first.
    pub scans: Vec<TrendScan>,
    /// Per HIPAA Security Rule paragraph cited by the rules (a finding counts under each
    /// paragraph its rule cites), in regulation order.
    pub safeguards: Vec<Series>,
    /// Per rule that had a finding in one of the scans.
    pub rules: Vec<Series>,
    /// Failing findings new or fixed in the last scan, compared with the one before.
    pub changes: Vec<Change>,
}
