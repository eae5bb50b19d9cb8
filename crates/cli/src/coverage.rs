//! `phiguard coverage`: every catalog requirement and how phiguard accounts for it.

use phiguard_catalog::{Checkable, Requirement};
use serde::Serialize;
use std::fmt::Write;

/// How one requirement is accounted for.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "status", rename_all = "kebab-case")]
pub enum Status {
    /// Checked by these rules.
    Implemented {
        /// Rule ids.
        rules: Vec<String>,
    },
    /// A process control, listed as an attestation in every report.
    Manual,
    /// Needs the AWS API (live scan).
    LiveOnly,
    /// Deliberately not implemented, with the written reason.
    NotImplemented {
        /// Why.
        reason: String,
    },
    /// Neither implemented nor justified: a gap.
    Missing,
}

/// One row of the coverage table.
#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// The requirement.
    #[serde(flatten)]
    pub requirement: Requirement,
    /// How it is accounted for.
    #[serde(flatten)]
    pub status: Status,
}

/// The coverage of the whole catalog.
pub fn rows() -> Vec<Row> {
    let reasons = phiguard_catalog::unimplemented();
    phiguard_catalog::requirements()
        .into_iter()
        .map(|req| {
            let rules: Vec<String> = phiguard_rules::all()
                .iter()
                .filter(|r| r.requirements.contains(&req.id.as_str()))
                .map(|r| r.id.to_string())
                .collect();
            let status = if !rules.is_empty() {
                Status::Implemented { rules }
            } else if req.checkable == Checkable::Manual {
                Status::Manual
            } else if req.checkable == Checkable::Live {
                Status::LiveOnly
            } else if let Some(r) = reasons.iter().find(|r| r.id == req.id) {
                Status::NotImplemented {
                    reason: r.reason.clone(),
                }
            } else {
                Status::Missing
            };
            Row {
                requirement: req,
                status,
            }
        })
        .collect()
}

/// The custom rules loaded for this command, as coverage entries: they implement no
/// catalog requirement and are not counted against the catalog.
pub fn custom_rows() -> Vec<serde_json::Value> {
    phiguard_rules::custom()
        .into_iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id, "status": "custom", "title": r.title, "service": r.service,
                "section": r.section, "cfr": r.cfr, "severity": r.severity,
            })
        })
        .collect()
}

/// Counts: (implemented, manual, live-only, not-implemented, missing, static+both total).
pub fn counts(rows: &[Row]) -> [usize; 6] {
    let mut c = [0; 6];
    for r in rows {
        let i = match r.status {
            Status::Implemented { .. } => 0,
            Status::Manual => 1,
            Status::LiveOnly => 2,
            Status::NotImplemented { .. } => 3,
            Status::Missing => 4,
        };
        c[i] += 1;
        if matches!(r.requirement.checkable, Checkable::Static | Checkable::Both) {
            c[5] += 1;
        }
    }
    c
}

/// The coverage table as text.
pub fn text(rows: &[Row]) -> String {
    let mut s = String::new();
    for r in rows {
        let status = match &r.status {
            Status::Implemented { rules } => format!("implemented by {}", rules.join(", ")),
            Status::Manual => "manual (attestation in every report)".into(),
            Status::LiveOnly => "live-only (needs the AWS API)".into(),
            Status::NotImplemented { reason } => format!("not implemented: {reason}"),
            Status::Missing => "MISSING: neither implemented nor justified".into(),
        };
        let _ = writeln!(
            s,
            "{:<42} {:<8} {}",
            r.requirement.id,
            format!("{:?}", r.requirement.checkable).to_lowercase(),
            status
        );
    }
    let [imp, manual, live, not, missing, checkable] = counts(rows);
    let static_impl = rows
        .iter()
        .filter(|r| matches!(r.requirement.checkable, Checkable::Static | Checkable::Both))
        .filter(|r| matches!(r.status, Status::Implemented { .. }))
        .count();
    let _ = writeln!(
        s,
        "\n{} requirements: {imp} implemented, {manual} manual, {live} live-only, {not} not implemented (with reasons), {missing} missing.\nstatic/both: {static_impl} of {checkable} implemented ({:.1} %).",
        rows.len(),
        100.0 * static_impl as f64 / checkable.max(1) as f64
    );
    let custom = phiguard_rules::custom();
    if !custom.is_empty() {
        let _ = writeln!(
            s,
            "\n{} custom rules (your organisation's, not counted against the catalog):",
            custom.len()
        );
        for r in custom {
            let _ = writeln!(
                s,
                "{:<42} custom   {} | {}",
                r.id,
                r.title,
                r.cfr.join(", ")
            );
        }
    }
    s
}
