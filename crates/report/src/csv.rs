//! `--format csv`: one row per finding (every verdict), one `manual` row per attestation,
//! one `input-error`/`input-warning` row per input problem, one `skipped` row per rule the
//! configuration skipped and `scope` rows saying what shaped the verdicts (configuration,
//! account-level scope), with fixed columns, for spreadsheets and audit workpapers.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading
//! `'` so a spreadsheet shows it as text instead of running it as a formula (a
//! template's resource names and values end up in cells).

use crate::{Render, ScanResult};
use phiguard_rules::Finding;
use std::io::{self, Write};

/// The CSV report.
pub struct Csv;

/// The columns, in order.
pub const COLUMNS: [&str; 13] = [
    "verdict",
    "severity",
    "rule_id",
    "resource",
    "type",
    "file",
    "line",
    "column",
    "section",
    "cfr",
    "message",
    "remediation",
    "suppressed",
];

fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn row(f: &Finding) -> [String; 13] {
    let (file, line, column) = match (&f.location, &f.subject) {
        (Some(l), _) => (l.file.to_string(), l.line.to_string(), l.column.to_string()),
        // A live resource's ARN is its name (the resource column); it has no file.
        _ => Default::default(),
    };
    [
        f.verdict.as_str().to_string(),
        f.rule.severity.as_str().to_string(),
        f.rule.id.to_string(),
        f.subject
            .as_ref()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
        f.subject
            .as_ref()
            .map(|s| s.kind.clone())
            .unwrap_or_default(),
        file,
        line,
        column,
        f.rule.section.to_string(),
        f.rule.cfr.join("; "),
        f.message.clone(),
        f.rule.remediation.to_string(),
        crate::suppression_note(f).unwrap_or_default(),
    ]
}

impl Render for Csv {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let mut w = ::csv::Writer::from_writer(out);
        w.write_record(COLUMNS)?;
        for f in &scan.findings {
            w.write_record(row(f).iter().map(|c| cell(c)))?;
        }
        for a in &scan.attestations {
            let r = [
                "manual",
                "",
                &a.id,
                "",
                "",
                "",
                "",
                "",
                &a.section,
                &a.cfr.join("; "),
                &a.statement,
                "",
                "",
            ];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        for d in &scan.diagnostics {
            let verdict = match d.level {
                phiguard_model::Level::Error => "input-error",
                phiguard_model::Level::Warning => "input-warning",
            };
            let (file, line, column) = match &d.location {
                Some(l) => (l.file.to_string(), l.line.to_string(), l.column.to_string()),
                None => (d.file.clone(), String::new(), String::new()),
            };
            let r = [
                verdict, "", "", "", "", &file, &line, &column, "", "", &d.message, "", "",
            ];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        let config = scan.config_name();
        for id in &scan.scope.skipped_rules {
            let why = format!("skipped by {config}");
            let r = ["skipped", "", id, "", "", "", "", "", "", "", &why, "", ""];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        for line in scan.scope_lines() {
            let r = ["scope", "", "", "", "", "", "", "", "", "", &line, "", ""];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        w.flush()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_defused() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("PatientRecords"), "PatientRecords");
    }
}
