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
        .iter()
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
            } else if let Some(r) = reasons.iter().find(|r| r.id == req.id) {
                Status::NotImplemented {
                    reason: r.reason.clone(),
                }
            } else {
                Status::Missing
            };
            Row {
                requirement: req.clone(),
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

/// Counts: (implemented, manual, not-implemented, missing, static+both total, live total).
pub fn counts(rows: &[Row]) -> [usize; 6] {
    let mut c = [0; 6];
    for r in rows {
        let i = match r.status {
            Status::Implemented { .. } => 0,
            Status::Manual => 1,
            Status::NotImplemented { .. } => 2,
            Status::Missing => 3,
        };
        c[i] += 1;
        match r.requirement.checkable {
            Checkable::Static | Checkable::Both => c[4] += 1,
            Checkable::Live => c[5] += 1,
            Checkable::Manual => {}
        }
    }
    c
}

/// The coverage table as text.
pub fn text(tr: phiguard_i18n::Tr, rows: &[Row]) -> String {
    let mut s = String::new();
    for r in rows {
        let status = match &r.status {
            Status::Implemented { rules } if r.requirement.checkable == Checkable::Live => tr.args(
                "coverage-implemented-live",
                &[("rules", rules.join(", ").into())],
            ),
            Status::Implemented { rules } => tr.args(
                "coverage-implemented",
                &[("rules", rules.join(", ").into())],
            ),
            Status::Manual => tr.t("coverage-manual"),
            Status::NotImplemented { reason } => {
                let id = format!("coverage-reason-{}", phiguard_i18n::slug(&r.requirement.id));
                let reason = tr.or(&id, reason);
                tr.args("coverage-not-implemented", &[("reason", reason.into())])
            }
            Status::Missing => tr.t("coverage-missing"),
        };
        let _ = writeln!(
            s,
            "{:<42} {:<8} {}",
            r.requirement.id,
            format!("{:?}", r.requirement.checkable).to_lowercase(),
            status
        );
    }
    let [imp, manual, not, missing, checkable, live] = counts(rows);
    let implemented = |which: &dyn Fn(Checkable) -> bool| {
        rows.iter()
            .filter(|r| which(r.requirement.checkable))
            .filter(|r| matches!(r.status, Status::Implemented { .. }))
            .count()
    };
    let static_impl = implemented(&|c| matches!(c, Checkable::Static | Checkable::Both));
    let live_impl = implemented(&|c| c == Checkable::Live);
    let percent = format!(
        "{:.1}",
        100.0 * static_impl as f64 / checkable.max(1) as f64
    );
    let summary = tr.args(
        "coverage-summary",
        &[
            ("total", rows.len().into()),
            ("implemented", imp.into()),
            ("manual", manual.into()),
            ("live", live.into()),
            ("live_implemented", live_impl.into()),
            ("not", not.into()),
            ("missing", missing.into()),
            ("static", static_impl.into()),
            ("checkable", checkable.into()),
            ("percent", percent.into()),
        ],
    );
    let _ = writeln!(s, "\n{summary}");
    let custom = phiguard_rules::custom();
    if !custom.is_empty() {
        let heading = tr.args("coverage-custom", &[("count", custom.len().into())]);
        let _ = writeln!(s, "\n{heading}");
        for r in custom {
            let _ = writeln!(
                s,
                "{:<42} custom   {} | {}",
                r.id,
                phiguard_report::l10n::title(tr, r),
                r.cfr.join(", ")
            );
        }
    }
    s
}
