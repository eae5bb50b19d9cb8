//! The compliance matrix: HIPAA Security Rule paragraphs × verdict counts, built from
//! each rule's CFR citations and the manual attestations.

use crate::ScanResult;
use phiguard_rules::Verdict;
use serde::Serialize;
use std::collections::BTreeMap;

/// The Security Rule's standards and implementation specifications (45 CFR 164.308–316),
/// in the order of the regulation, with their headings; `true` marks an implementation
/// specification under the standard before it.
const PARAGRAPHS: &[(&str, &str, bool)] = &[
    ("164.308(a)(1)", "Security management process", false),
    ("164.308(a)(1)(ii)(A)", "Risk analysis", true),
    ("164.308(a)(1)(ii)(B)", "Risk management", true),
    ("164.308(a)(1)(ii)(C)", "Sanction policy", true),
    (
        "164.308(a)(1)(ii)(D)",
        "Information system activity review",
        true,
    ),
    ("164.308(a)(2)", "Assigned security responsibility", false),
    ("164.308(a)(3)", "Workforce security", false),
    (
        "164.308(a)(3)(ii)(A)",
        "Authorization and/or supervision",
        true,
    ),
    (
        "164.308(a)(3)(ii)(B)",
        "Workforce clearance procedure",
        true,
    ),
    ("164.308(a)(3)(ii)(C)", "Termination procedures", true),
    ("164.308(a)(4)", "Information access management", false),
    (
        "164.308(a)(4)(ii)(A)",
        "Isolating health care clearinghouse functions",
        true,
    ),
    ("164.308(a)(4)(ii)(B)", "Access authorization", true),
    (
        "164.308(a)(4)(ii)(C)",
        "Access establishment and modification",
        true,
    ),
    ("164.308(a)(5)", "Security awareness and training", false),
    ("164.308(a)(5)(ii)(A)", "Security reminders", true),
    (
        "164.308(a)(5)(ii)(B)",
        "Protection from malicious software",
        true,
    ),
    ("164.308(a)(5)(ii)(C)", "Log-in monitoring", true),
    ("164.308(a)(5)(ii)(D)", "Password management", true),
    ("164.308(a)(6)", "Security incident procedures", false),
    ("164.308(a)(6)(ii)", "Response and reporting", true),
    ("164.308(a)(7)", "Contingency plan", false),
    ("164.308(a)(7)(ii)(A)", "Data backup plan", true),
    ("164.308(a)(7)(ii)(B)", "Disaster recovery plan", true),
    (
        "164.308(a)(7)(ii)(C)",
        "Emergency mode operation plan",
        true,
    ),
    (
        "164.308(a)(7)(ii)(D)",
        "Testing and revision procedures",
        true,
    ),
    (
        "164.308(a)(7)(ii)(E)",
        "Applications and data criticality analysis",
        true,
    ),
    ("164.308(a)(8)", "Evaluation", false),
    (
        "164.308(b)(1)",
        "Business associate contracts and other arrangements",
        false,
    ),
    ("164.310(a)(1)", "Facility access controls", false),
    ("164.310(a)(2)(i)", "Contingency operations", true),
    ("164.310(a)(2)(ii)", "Facility security plan", true),
    (
        "164.310(a)(2)(iii)",
        "Access control and validation procedures",
        true,
    ),
    ("164.310(a)(2)(iv)", "Maintenance records", true),
    ("164.310(b)", "Workstation use", false),
    ("164.310(c)", "Workstation security", false),
    ("164.310(d)(1)", "Device and media controls", false),
    ("164.310(d)(2)(i)", "Disposal", true),
    ("164.310(d)(2)(ii)", "Media re-use", true),
    ("164.310(d)(2)(iii)", "Accountability", true),
    ("164.310(d)(2)(iv)", "Data backup and storage", true),
    ("164.312(a)(1)", "Access control", false),
    ("164.312(a)(2)(i)", "Unique user identification", true),
    ("164.312(a)(2)(ii)", "Emergency access procedure", true),
    ("164.312(a)(2)(iii)", "Automatic logoff", true),
    ("164.312(a)(2)(iv)", "Encryption and decryption", true),
    ("164.312(b)", "Audit controls", false),
    ("164.312(c)(1)", "Integrity", false),
    (
        "164.312(c)(2)",
        "Mechanism to authenticate electronic PHI",
        true,
    ),
    ("164.312(d)", "Person or entity authentication", false),
    ("164.312(e)(1)", "Transmission security", false),
    ("164.312(e)(2)(i)", "Integrity controls", true),
    ("164.312(e)(2)(ii)", "Encryption", true),
    (
        "164.314(a)(1)",
        "Business associate contracts or other arrangements",
        false,
    ),
    (
        "164.314(b)(1)",
        "Requirements for group health plans",
        false,
    ),
    ("164.316(a)", "Policies and procedures", false),
    ("164.316(b)(1)", "Documentation", false),
    ("164.316(b)(2)(i)", "Time limit", true),
    ("164.316(b)(2)(ii)", "Availability", true),
    ("164.316(b)(2)(iii)", "Updates", true),
    (
        "164.502(a)",
        "Uses and disclosures of PHI: general rules",
        false,
    ),
    ("164.502(b)", "Minimum necessary", false),
    ("164.514(b)", "De-identification of PHI", false),
    ("164.530(c)", "Safeguards (Privacy Rule)", false),
];

/// The safeguard groups, by CFR section; each shows every paragraph when `full`,
/// otherwise only the cited ones.
const GROUPS: &[(&str, &str, &str, bool)] = &[
    (
        "164.308",
        "administrative",
        "Administrative safeguards",
        true,
    ),
    ("164.310", "physical", "Physical safeguards", true),
    ("164.312", "technical", "Technical safeguards", true),
    (
        "164.314",
        "organizational",
        "Organizational requirements",
        false,
    ),
    (
        "164.316",
        "documentation",
        "Policies, procedures and documentation",
        false,
    ),
];

/// A citation without its title prefix: `45 CFR 164.312(b)` → `164.312(b)`.
pub fn paragraph(citation: &str) -> &str {
    let c = citation.trim();
    c.strip_prefix("45 CFR ")
        .or_else(|| c.strip_prefix("45 C.F.R. "))
        .unwrap_or(c)
        .trim_start_matches("§ ")
        .trim()
}

/// The heading of a Security Rule paragraph (`164.312(b)` → `Audit controls`), when known.
pub fn paragraph_title(paragraph: &str) -> Option<&'static str> {
    PARAGRAPHS
        .iter()
        .find(|(p, ..)| *p == paragraph)
        .map(|(_, title, _)| *title)
}

/// The safeguard group key (`technical`) a citation belongs to; `other` outside 164.308–316.
pub fn safeguard(citation: &str) -> &'static str {
    let p = paragraph(citation);
    GROUPS
        .iter()
        .find(|(sec, ..)| p.starts_with(sec))
        .map_or("other", |(_, key, ..)| key)
}

/// One paragraph's counts.
#[derive(Serialize, Default, Clone)]
pub struct Row {
    /// `164.312(a)(2)(iv)`.
    pub paragraph: String,
    /// Its heading in the regulation, when known.
    pub title: String,
    /// Failing findings (not suppressed).
    pub fail: usize,
    /// Undecidable findings.
    pub unknown: usize,
    /// Passing findings.
    pub pass: usize,
    /// Suppressed (accepted) failures.
    pub accepted: usize,
    /// Manual attestations citing the paragraph.
    pub manual: usize,
    /// `fail`, `review`, `pass`, `manual` or `none`.
    pub status: &'static str,
    /// Whether it is an implementation specification under a standard (indented).
    pub spec: bool,
}

/// One safeguard group of the matrix.
#[derive(Serialize)]
pub struct Group {
    /// `technical`.
    pub key: &'static str,
    /// `Technical safeguards`.
    pub title: String,
    /// `164.312`.
    pub section: String,
    /// Paragraphs in regulation order.
    pub rows: Vec<Row>,
}

/// Builds the matrix.
pub fn build(scan: &ScanResult) -> Vec<Group> {
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let mut bump = |citation: &str, f: &mut dyn FnMut(&mut Row)| {
        let p = paragraph(citation).to_string();
        f(rows.entry(p).or_default());
    };
    for finding in &scan.findings {
        for c in finding.rule.cfr {
            bump(c, &mut |r| match (finding.verdict, &finding.suppressed) {
                (Verdict::Fail, None) => r.fail += 1,
                (Verdict::Fail, Some(_)) => r.accepted += 1,
                (Verdict::Unknown, _) => r.unknown += 1,
                (Verdict::Pass, _) => r.pass += 1,
                (Verdict::NotApplicable, _) => {}
            });
        }
    }
    for a in &scan.attestations {
        for c in &a.cfr {
            bump(c, &mut |r| r.manual += 1);
        }
    }
    let order = |p: &str| PARAGRAPHS.iter().position(|(k, ..)| *k == p);
    let mut groups: Vec<Group> = GROUPS
        .iter()
        .map(|(sec, key, title, full)| {
            let mut keys: Vec<String> = rows
                .keys()
                .filter(|p| p.starts_with(sec))
                .cloned()
                .collect();
            if *full {
                keys.extend(
                    PARAGRAPHS
                        .iter()
                        .filter(|(p, ..)| p.starts_with(sec) && !rows.contains_key(*p))
                        .map(|(p, ..)| p.to_string()),
                );
            }
            Group {
                key,
                title: title.to_string(),
                section: sec.to_string(),
                rows: finish(keys, &rows, &order),
            }
        })
        .collect();
    let others: Vec<String> = rows
        .keys()
        .filter(|p| safeguard(p) == "other")
        .cloned()
        .collect();
    if !others.is_empty() {
        groups.push(Group {
            key: "other",
            title: "Other HIPAA provisions cited".into(),
            section: String::new(),
            rows: finish(others, &rows, &order),
        });
    }
    groups.retain(|g| !g.rows.is_empty());
    groups
}

fn finish(
    mut keys: Vec<String>,
    rows: &BTreeMap<String, Row>,
    order: &dyn Fn(&str) -> Option<usize>,
) -> Vec<Row> {
    keys.sort_by(|a, b| {
        (order(a).is_none(), order(a), a.as_str()).cmp(&(order(b).is_none(), order(b), b.as_str()))
    });
    keys.into_iter()
        .map(|k| {
            let mut r = rows.get(&k).cloned().unwrap_or_default();
            if let Some((_, title, spec)) = PARAGRAPHS.iter().find(|(p, ..)| *p == k) {
                r.title = title.to_string();
                r.spec = *spec;
            }
            r.status = if r.fail > 0 {
                "fail"
            } else if r.unknown > 0 {
                "review"
            } else if r.pass > 0 {
                "pass"
            } else if r.manual > 0 || r.accepted > 0 {
                "manual"
            } else {
                "none"
            };
            r.paragraph = k;
            r
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations() {
        assert_eq!(paragraph("45 CFR 164.312(a)(2)(iv)"), "164.312(a)(2)(iv)");
        assert_eq!(safeguard("45 CFR 164.308(b)(1)"), "administrative");
        assert_eq!(safeguard("45 CFR 164.502(b)"), "other");
    }
}
