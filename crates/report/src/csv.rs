//! `--format csv`: one row per finding (every verdict), one `manual` row per attestation,
//! one `input-error`/`input-warning` row per input problem, one `skipped` row per rule the
//! configuration skipped and `scope` rows saying what shaped the verdicts (configuration,
//! account-level scope), with fixed columns, for spreadsheets and audit workpapers.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return gets a leading
//! `'` so a spreadsheet shows it as text instead of running it as a formula (a
//! template's resource names and values end up in cells).

use crate::{Render, ScanResult, l10n};
use phiguard_i18n::Tr;
use phiguard_rules::Finding;
use std::io::{self, Write};

/// The CSV report.
pub struct Csv {
    /// The language of the headers and text cells (verdict and id cells stay identifiers).
    pub tr: Tr,
}

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

fn row(tr: Tr, f: &Finding) -> [String; 13] {
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
        l10n::section(tr, f.rule.section).into_owned(),
        f.rule.cfr.join("; "),
        l10n::message(tr, f).into_owned(),
        l10n::remediation(tr, f.rule).into_owned(),
        crate::suppression_note(tr, f).unwrap_or_default(),
    ]
}

impl Render for Csv {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let mut w = ::csv::Writer::from_writer(out);
        let tr = self.tr;
        if tr.lang == phiguard_i18n::Lang::En {
            w.write_record(COLUMNS)?;
        } else {
            w.write_record(COLUMNS.map(|c| tr.t(&format!("csv-{}", c.replace('_', "-")))))?;
        }
        for f in &scan.findings {
            w.write_record(row(tr, f).iter().map(|c| cell(c)))?;
        }
        for a in &scan.attestations {
            let section = l10n::section(tr, &a.section);
            let statement = l10n::attestation(tr, a);
            let r = [
                "manual",
                "",
                &a.id,
                "",
                "",
                "",
                "",
                "",
                &section,
                &a.cfr.join("; "),
                &statement,
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
            let message = l10n::diagnostic_message(tr, d);
            let r = [
                verdict, "", "", "", "", &file, &line, &column, "", "", &message, "", "",
            ];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        let config = l10n::config_name(tr, scan);
        for id in &scan.scope.skipped_rules {
            let why = tr.args("skipped-by", &[("config", config.as_str().into())]);
            let r = ["skipped", "", id, "", "", "", "", "", "", "", &why, "", ""];
            w.write_record(r.iter().map(|c| cell(c)))?;
        }
        for line in l10n::scope_lines(tr, scan) {
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
