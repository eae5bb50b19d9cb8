//! `phiguard diff OLD.json NEW.json`: what changed between two JSON reports, matched by
//! fingerprint.
//!
//! - **new**: failing or unknown in NEW, and not in OLD;
//! - **fixed**: failing or unknown in OLD, and passing, not applicable or gone in NEW;
//! - **changed**: in both with another verdict (a suppression counts as its own verdict,
//!   so an expired or new suppression shows here), except what is fixed.
//!
//! The exit code is 1 when NEW has failures OLD did not (new failing findings, or
//! findings that changed to failing), else 0.

use crate::baseline::{ReportFinding, read_report};
use anyhow::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// A finding whose verdict changed.
#[derive(Serialize)]
pub struct Changed {
    /// Its verdict in OLD (`suppressed` for an accepted failure).
    pub from: String,
    /// Its verdict in NEW.
    pub to: String,
    /// The finding in NEW.
    pub finding: ReportFinding,
}

/// The differences between two reports.
#[derive(Serialize)]
pub struct Diff {
    /// The old report.
    pub old: String,
    /// The new report.
    pub new: String,
    /// Failing or unknown findings NEW adds.
    pub new_findings: Vec<ReportFinding>,
    /// Failing or unknown findings of OLD that NEW no longer has.
    pub fixed: Vec<ReportFinding>,
    /// Findings whose verdict changed otherwise.
    pub changed: Vec<Changed>,
}

fn open(state: &str) -> bool {
    matches!(state, "fail" | "unknown")
}

fn is_fix(old: &ReportFinding, new: &ReportFinding) -> bool {
    open(old.state()) && matches!(new.state(), "pass" | "not_applicable")
}

impl Diff {
    /// Compares two JSON reports.
    pub fn of(old_path: &Path, new_path: &Path) -> Result<Diff> {
        let old = read_report(old_path)?;
        let new = read_report(new_path)?;
        let mut old_by: HashMap<&str, &ReportFinding> = HashMap::new();
        for f in &old {
            old_by.entry(&f.fingerprint).or_insert(f);
        }
        let mut new_by: HashMap<&str, &ReportFinding> = HashMap::new();
        for f in &new {
            new_by.entry(&f.fingerprint).or_insert(f);
        }
        let mut d = Diff {
            old: old_path.to_string_lossy().into_owned(),
            new: new_path.to_string_lossy().into_owned(),
            new_findings: Vec::new(),
            fixed: Vec::new(),
            changed: Vec::new(),
        };
        for f in &new {
            match old_by.get(f.fingerprint.as_str()) {
                None if open(f.state()) => d.new_findings.push(f.clone()),
                None => {}
                Some(o) if o.state() != f.state() && !is_fix(o, f) => d.changed.push(Changed {
                    from: o.state().into(),
                    to: f.state().into(),
                    finding: f.clone(),
                }),
                Some(_) => {}
            }
        }
        for o in &old {
            let gone = match new_by.get(o.fingerprint.as_str()) {
                None => true,
                Some(n) => matches!(n.state(), "pass" | "not_applicable"),
            };
            if open(o.state()) && gone {
                d.fixed.push(o.clone());
            }
        }
        Ok(d)
    }

    /// Failures NEW has that OLD did not.
    pub fn new_failures(&self) -> usize {
        self.new_findings
            .iter()
            .filter(|f| f.state() == "fail")
            .count()
            + self.changed.iter().filter(|c| c.to == "fail").count()
    }

    /// Renders `text`, `json` or `markdown`; `None` for another format.
    pub fn render(&self, format: &str) -> Option<String> {
        match format {
            "text" => Some(self.text()),
            "json" => serde_json::to_string_pretty(self).ok().map(|s| s + "\n"),
            "markdown" => Some(self.markdown()),
            _ => None,
        }
    }

    fn headline(&self) -> String {
        format!(
            "{} new ({} failing), {} fixed, {} changed",
            self.new_findings.len(),
            self.new_failures(),
            self.fixed.len(),
            self.changed.len()
        )
    }

    fn text(&self) -> String {
        let mut s = format!(
            "phiguard diff {} -> {}: {}\n",
            self.old,
            self.new,
            self.headline()
        );
        let line = |f: &ReportFinding| {
            format!(
                "{:<8} {}  {}  {}\n    {}\n",
                f.state().to_uppercase(),
                f.rule_id,
                resource(f),
                place(f),
                f.message
            )
        };
        for (title, list) in [("new", &self.new_findings), ("fixed", &self.fixed)] {
            if !list.is_empty() {
                let _ = writeln!(s, "\n{title}:");
                list.iter().for_each(|f| s.push_str(&line(f)));
            }
        }
        if !self.changed.is_empty() {
            s.push_str("\nchanged:\n");
            for c in &self.changed {
                let _ = write!(s, "{} -> {}: {}", c.from, c.to, line(&c.finding));
            }
        }
        s
    }

    fn markdown(&self) -> String {
        let mark = if self.new_failures() > 0 {
            "❌"
        } else {
            "✅"
        };
        let mut s = format!(
            "## phiguard: changes since the base report\n\n{mark} {}\n",
            self.headline()
        );
        let table = |s: &mut String, title: &str, rows: Vec<(String, &ReportFinding)>| {
            if rows.is_empty() {
                return;
            }
            let _ = write!(
                s,
                "\n### {title} ({})\n\n| Verdict | Rule | Resource | Location | Finding |\n|---|---|---|---|---|\n",
                rows.len()
            );
            for (verdict, f) in rows {
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} | {} | {} |",
                    cell(&verdict),
                    cell(&f.rule_id),
                    cell(&resource(f)),
                    cell(&place(f)),
                    cell(&f.message)
                );
            }
        };
        table(
            &mut s,
            "New",
            self.new_findings
                .iter()
                .map(|f| (f.state().to_string(), f))
                .collect(),
        );
        table(
            &mut s,
            "Fixed",
            self.fixed
                .iter()
                .map(|f| (f.state().to_string(), f))
                .collect(),
        );
        table(
            &mut s,
            "Changed",
            self.changed
                .iter()
                .map(|c| (format!("{} → {}", c.from, c.to), &c.finding))
                .collect(),
        );
        s
    }
}

fn resource(f: &ReportFinding) -> String {
    f.resource
        .as_ref()
        .map_or_else(|| "(whole scan)".into(), |r| r.name.clone())
}

fn place(f: &ReportFinding) -> String {
    f.location
        .as_ref()
        .map(|l| l.to_string())
        .unwrap_or_default()
}

/// Text made safe for one Markdown table cell: no pipes, line breaks, HTML or code spans.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '`' => out.push('\''),
            '\n' | '\r' => out.push(' '),
            '*' | '_' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}
