//! The terminal report: failures grouped by severity, then unknowns, then input
//! problems (with a source snippet), then a summary line.

use crate::{Render, ScanResult, l10n};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use phiguard_i18n::Tr;
use phiguard_model::{Diagnostic, Level as DiagLevel};
use phiguard_rules::{Finding, Severity, Verdict};
use std::io::{self, Write};
use std::sync::Arc;

/// The terminal report.
pub struct Text {
    /// Also list passing and not-applicable findings.
    pub show_passed: bool,
    /// Print the manual attestation checklist (otherwise only its size and a hint).
    pub show_attestations: bool,
    /// File contents for snippets (path, text).
    pub sources: Arc<Vec<(String, String)>>,
    /// The language.
    pub tr: Tr,
}

fn where_(tr: Tr, f: &Finding) -> String {
    let loc = f
        .location
        .as_ref()
        .map(|l| l.to_string())
        .or_else(|| f.subject.as_ref().map(|s| s.origin.to_string()));
    let res = f
        .subject
        .as_ref()
        .map(|s| format!("{} ({})", s.name, s.source_type));
    // A live resource's ARN is both its origin and its name: say it once.
    let loc = loc.filter(|l| f.subject.as_ref().is_none_or(|s| *l != s.name));
    match (loc, res) {
        (Some(l), Some(r)) => format!("{l}  {r}"),
        (Some(l), None) => l,
        (None, Some(r)) => r,
        (None, None) => tr.t("whole-scan"),
    }
}

fn write_finding(out: &mut dyn Write, tr: Tr, f: &Finding, full: bool) -> io::Result<()> {
    let tag = match f.verdict {
        Verdict::Fail => l10n::severity(tr, f.rule.severity).to_uppercase(),
        v => l10n::verdict(tr, v).to_uppercase(),
    };
    writeln!(out, "{tag:<8} {}  {}", f.rule.id, l10n::title(tr, f.rule))?;
    writeln!(out, "  --> {}", where_(tr, f))?;
    let path = f
        .path
        .as_deref()
        .map(|p| format!(" [{p}]"))
        .unwrap_or_default();
    writeln!(out, "  {}{path}", l10n::message(tr, f))?;
    if full {
        let section = l10n::section(tr, f.rule.section);
        let cfr = f.rule.cfr.join(", ");
        let line = tr.args(
            "text-whitepaper",
            &[("section", section.as_ref().into()), ("cfr", cfr.into())],
        );
        writeln!(out, "  {line}")?;
        let fix = l10n::remediation(tr, f.rule);
        writeln!(
            out,
            "  {}",
            tr.args("text-fix", &[("fix", fix.as_ref().into())])
        )?;
    }
    if let Some(note) = crate::suppression_note(tr, f) {
        writeln!(out, "  {note}")?;
    }
    writeln!(out)
}

impl Text {
    fn write_diagnostic(&self, out: &mut dyn Write, d: &Diagnostic) -> io::Result<()> {
        let mut level = match d.level {
            DiagLevel::Error => Level::ERROR,
            DiagLevel::Warning => Level::WARNING,
        };
        if self.tr.lang != phiguard_i18n::Lang::En {
            level = level.with_name(l10n::diagnostic_level(self.tr, d.level));
        }
        let message = l10n::diagnostic_message(self.tr, d);
        let source = self
            .sources
            .iter()
            .find(|(p, _)| *p == d.file)
            .map(|(_, t)| t.as_str());
        match (&d.location, source) {
            (Some(loc), Some(text)) if loc.line > 0 => {
                let offset = byte_offset(text, loc.line, loc.column);
                let end = text[offset..]
                    .find('\n')
                    .map_or(text.len(), |n| offset + n)
                    .max(offset);
                let end = if end == offset {
                    (offset + 1).min(text.len())
                } else {
                    end
                };
                let report = &[level.primary_title(message.as_ref()).element(
                    Snippet::source(text)
                        .path(&d.file)
                        .annotation(AnnotationKind::Primary.span(offset..end)),
                )];
                writeln!(out, "{}\n", Renderer::plain().render(report))
            }
            _ => writeln!(out, "{}\n", l10n::diagnostic_line(self.tr, d)),
        }
    }
}

/// Byte offset of a 1-based line/column (column counted in characters).
fn byte_offset(text: &str, line: u32, column: u32) -> usize {
    let mut off = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line as usize {
            return off
                + l.char_indices()
                    .nth(column.saturating_sub(1) as usize)
                    .map_or(l.len(), |(b, _)| b);
        }
        off += l.len();
    }
    text.len()
}

impl Text {
    fn write_attestations(&self, out: &mut dyn Write, scan: &ScanResult) -> io::Result<()> {
        let n = scan.attestations.len();
        if n == 0 {
            return Ok(());
        }
        let tr = self.tr;
        if !self.show_attestations {
            let line = tr.args("text-attestations-hint", &[("count", n.into())]);
            return writeln!(out, "{line}\n");
        }
        let head = tr.args("text-attestations-heading", &[("count", n.into())]);
        writeln!(out, "{head}\n")?;
        for a in &scan.attestations {
            let statement = l10n::attestation(tr, a);
            writeln!(out, "[ ] {}  {statement}", a.id)?;
            let section = l10n::section(tr, &a.section);
            let cfr = a.cfr.join(", ");
            let line = tr.args(
                "text-whitepaper",
                &[("section", section.as_ref().into()), ("cfr", cfr.into())],
            );
            writeln!(out, "    {line}")?;
        }
        writeln!(out)
    }
}

impl Render for Text {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let tr = self.tr;
        if scan.phi_assumed && !scan.graph.resources().is_empty() {
            writeln!(out, "{}\n", tr.t("text-phi-assumed"))?;
        }
        for sev in Severity::ALL {
            for f in scan
                .findings
                .iter()
                .filter(|f| f.verdict == Verdict::Fail && f.rule.severity == sev)
            {
                write_finding(out, tr, f, true)?;
            }
        }
        for f in scan.with_verdict(Verdict::Unknown) {
            write_finding(out, tr, f, false)?;
        }
        if self.show_passed {
            for v in [Verdict::Pass, Verdict::NotApplicable] {
                for f in scan.with_verdict(v) {
                    write_finding(out, tr, f, false)?;
                }
            }
        }
        for d in &scan.diagnostics {
            self.write_diagnostic(out, d)?;
        }
        self.write_attestations(out, scan)?;
        for line in l10n::scope_lines(tr, scan) {
            writeln!(out, "{line}")?;
        }
        writeln!(out, "{}", l10n::summary_line(tr, scan))?;
        let _ = DiagLevel::Error;
        Ok(())
    }
}
