//! `--format markdown`: a pull-request comment. A summary line, the failures as one
//! table per severity, then unknowns, suppressed findings and the manual attestations
//! folded in `<details>`. The comment stays under a size cap (GitHub refuses comments
//! over 65,536 characters); rows past it are left out and a last line counts them.
//!
//! Text that comes from the scanned files (resource names, messages) is escaped so it
//! cannot inject markup; the rules' own text is trusted Markdown.

use crate::{Render, ScanResult, l10n, resource_label_in};
use phiguard_i18n::Tr;
use phiguard_rules::{Finding, Severity, Verdict};
use std::fmt::Write as _;
use std::io::{self, Write};

/// The Markdown report.
pub struct Markdown {
    /// Size cap in bytes.
    pub max_bytes: usize,
    /// The language.
    pub tr: Tr,
}

impl Markdown {
    /// A cap that keeps a comment under GitHub's limit with room to spare.
    pub const GITHUB_COMMENT_BYTES: usize = 60_000;
}

/// Room kept at the end for closing tags and the "left out" line.
const RESERVE: usize = 600;

/// Escapes text from the scanned files for a Markdown table cell.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Trusted rule text in a table cell: only line breaks and pipes would break the table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

fn location(f: &Finding) -> String {
    match (&f.location, &f.subject) {
        (Some(l), _) => text(&l.to_string()),
        (None, Some(s)) => text(&s.origin.to_string()),
        (None, None) => "—".into(),
    }
}

fn resource(tr: Tr, f: &Finding) -> String {
    match &f.subject {
        Some(s) => format!("**{}** <sub>{}</sub>", text(&s.name), text(&s.source_type)),
        None => text(&resource_label_in(tr, f)),
    }
}

/// Builds the comment within the cap.
struct Comment {
    body: String,
    max: usize,
    left_out: usize,
}

impl Comment {
    fn line(&mut self, line: &str) {
        self.body.push_str(line);
        self.body.push('\n');
    }

    /// Adds a section: its head and foot are kept whenever one of its rows fits; rows
    /// past the cap (and whole sections after it) are counted as left out.
    fn section(&mut self, head: &[&str], rows: Vec<String>, foot: &[&str]) {
        if rows.is_empty() {
            return;
        }
        let head_len: usize = head.iter().map(|l| l.len() + 1).sum();
        if self.left_out > 0 || self.body.len() + head_len + rows[0].len() + RESERVE > self.max {
            self.left_out += rows.len();
            return;
        }
        for l in head {
            self.line(l);
        }
        for r in rows {
            if self.left_out > 0 || self.body.len() + r.len() + 1 + RESERVE > self.max {
                self.left_out += 1;
            } else {
                self.line(&r);
            }
        }
        for l in foot {
            self.line(l);
        }
    }
}

impl Render for Markdown {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let tr = self.tr;
        let s = scan.summary();
        let mut c = Comment {
            body: String::new(),
            max: self.max_bytes.max(RESERVE * 4),
            left_out: 0,
        };
        c.line(&format!("## phiguard · {}", tr.t("md-title")));
        c.line("");
        let sev: Vec<String> = s
            .fail_by_severity
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| {
                let args = [
                    ("count", n.into()),
                    ("severity", l10n::severity(tr, *k).into()),
                ];
                tr.args("count-severity", &args)
            })
            .collect();
        let sev = if sev.is_empty() {
            String::new()
        } else {
            tr.args("summary-by-severity", &[("list", sev.join(", ").into())])
        };
        let mark = if s.fail > 0 { "❌" } else { "✅" };
        let mut summary = tr.args(
            "md-summary",
            &[
                ("mark", mark.into()),
                ("fail", s.fail.into()),
                ("by-severity", sev.into()),
                ("unknown", s.unknown.into()),
                ("pass", s.pass.into()),
                ("na", s.not_applicable.into()),
                ("suppressed", s.suppressed.into()),
                ("files", scan.inputs.len().into()),
                ("resources", s.resources.into()),
            ],
        );
        if s.input_errors > 0 {
            let errors = tr.args("md-input-errors", &[("count", s.input_errors.into())]);
            let _ = write!(summary, " · ⚠️ {errors}");
        }
        c.line(&summary);
        c.line("");
        // What shaped the verdicts comes before any table, so it is never cut.
        let scope: Vec<String> = l10n::scope_lines(tr, scan)
            .iter()
            .map(|l| text(l))
            .collect();
        c.line(&format!("<sub>{}</sub>", scope.join(" · ")));
        c.line("");
        if scan.phi_assumed && s.resources > 0 {
            c.line(&format!("> {}", tr.t("md-phi-assumed")));
            c.line("");
        }

        for sev in Severity::ALL {
            let fails: Vec<&Finding> = scan
                .findings
                .iter()
                .filter(|f| f.is_failure() && f.rule.severity == sev)
                .collect();
            if fails.is_empty() {
                continue;
            }
            let title = format!(
                "### {} ({})",
                capitalised(&l10n::severity(tr, sev)),
                fails.len()
            );
            let rows = fails
                .iter()
                .map(|f| {
                    format!(
                        "| `{}` | {} | {} | {} | {} | {} |",
                        f.rule.id,
                        resource(tr, f),
                        location(f),
                        match crate::suppression_note(tr, f) {
                            Some(note) => {
                                format!("{} — *{}*", text(&l10n::message(tr, f)), text(&note))
                            }
                            None => text(&l10n::message(tr, f)),
                        },
                        cell(&l10n::remediation(tr, f.rule)),
                        cell(&f.rule.cfr.join(", ")),
                    )
                })
                .collect();
            c.section(
                &[
                    &title,
                    "",
                    &tr.t("md-table-head-fix"),
                    "|---|---|---|---|---|---|",
                ],
                rows,
                &[""],
            );
        }

        let folded: [(String, Vec<&Finding>); 2] = [
            (
                tr.t("md-unknown"),
                scan.with_verdict(Verdict::Unknown).collect(),
            ),
            (
                tr.t("md-suppressed"),
                scan.findings
                    .iter()
                    .filter(|f| f.verdict == Verdict::Fail && f.suppressed.is_some())
                    .collect(),
            ),
        ];
        for (title, list) in folded {
            let summary = format!("<details><summary>{} {title}</summary>", list.len());
            let rows = list
                .iter()
                .map(|f| {
                    let message = text(&l10n::message(tr, f));
                    let why = match &f.suppressed {
                        Some(r) => tr.args(
                            "md-suppressed-row",
                            &[
                                ("message", message.into()),
                                ("reason", text(&r.describe()).into()),
                            ],
                        ),
                        None => message,
                    };
                    format!(
                        "| `{}` | {} | {} | {} |",
                        f.rule.id,
                        resource(tr, f),
                        location(f),
                        why
                    )
                })
                .collect();
            c.section(
                &[&summary, "", &tr.t("md-table-head"), "|---|---|---|---|"],
                rows,
                &["", "</details>", ""],
            );
        }

        let problems = scan
            .diagnostics
            .iter()
            .map(|d| format!("- {}", text(&l10n::diagnostic_line(tr, d))))
            .collect();
        c.section(
            &[
                &format!(
                    "<details><summary>{}</summary>",
                    tr.args(
                        "md-input-problems",
                        &[("count", scan.diagnostics.len().into())]
                    )
                ),
                "",
            ],
            problems,
            &["", "</details>", ""],
        );

        let summary = format!(
            "<details><summary>{}</summary>",
            tr.args(
                "md-attestations",
                &[("count", scan.attestations.len().into())]
            )
        );
        let rows = scan
            .attestations
            .iter()
            .map(|a| {
                format!(
                    "- [ ] **{}** {} <sub>{} · {}</sub>",
                    text(&a.id),
                    text(&l10n::attestation(tr, a)),
                    text(&l10n::section(tr, &a.section)),
                    text(&a.cfr.join(", "))
                )
            })
            .collect();
        c.section(&[&summary, ""], rows, &["", "</details>", ""]);

        if c.left_out > 0 {
            let line = tr.args(
                "md-left-out",
                &[
                    ("count", c.left_out.into()),
                    ("kb", (self.max_bytes / 1000).into()),
                ],
            );
            c.line(&format!("_{line}_"));
        }
        out.write_all(c.body.as_bytes())
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(super::text("<script>|*x*"), "&lt;script&gt;\\|\\*x\\*");
    }
}
