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
use phiguard_i18n::{Lang, Tr};
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

    /// Renders `text`, `json` or `markdown` (text and markdown in `tr`'s language);
    /// `None` for another format.
    pub fn render(&self, tr: Tr, format: &str) -> Option<String> {
        match format {
            "text" => Some(self.text(tr)),
            "json" => serde_json::to_string_pretty(self).ok().map(|s| s + "\n"),
            "markdown" => Some(self.markdown(tr)),
            _ => None,
        }
    }

    fn counts(&self) -> [(&'static str, phiguard_i18n::FluentValue<'static>); 4] {
        [
            ("added", self.new_findings.len().into()),
            ("failing", self.new_failures().into()),
            ("fixed", self.fixed.len().into()),
            ("changed", self.changed.len().into()),
        ]
    }

    fn text(&self, tr: Tr) -> String {
        let mut args = self.counts().to_vec();
        args.push(("old", self.old.as_str().into()));
        args.push(("new", self.new.as_str().into()));
        let mut s = tr.args("diff-text-title", &args) + "\n";
        let line = |f: &ReportFinding| {
            format!(
                "{} {}  {}  {}\n    {}\n",
                pad(&state(tr, f.state()).to_uppercase(), 8),
                f.rule_id,
                resource(tr, f),
                place(f),
                f.message
            )
        };
        for (title, list) in [
            ("diff-text-new", &self.new_findings),
            ("diff-text-fixed", &self.fixed),
        ] {
            if !list.is_empty() {
                let _ = writeln!(s, "\n{}", tr.t(title));
                list.iter().for_each(|f| s.push_str(&line(f)));
            }
        }
        if !self.changed.is_empty() {
            let _ = writeln!(s, "\n{}", tr.t("diff-text-changed"));
            for c in &self.changed {
                let (from, to) = (state(tr, &c.from), state(tr, &c.to));
                let _ = write!(s, "{from} -> {to}: {}", line(&c.finding));
            }
        }
        s
    }

    fn markdown(&self, tr: Tr) -> String {
        let mark = if self.new_failures() > 0 {
            "❌"
        } else {
            "✅"
        };
        let mut s = format!(
            "## {}\n\n{mark} {}\n",
            tr.t("diff-md-title"),
            tr.args("diff-headline", &self.counts())
        );
        let head = [
            "diff-md-verdict",
            "diff-md-rule",
            "diff-md-resource",
            "diff-md-location",
            "diff-md-finding",
        ]
        .map(|id| tr.t(id))
        .join(" | ");
        let table = |s: &mut String, title: &str, rows: Vec<(String, &ReportFinding)>| {
            if rows.is_empty() {
                return;
            }
            let _ = write!(
                s,
                "\n### {} ({})\n\n| {head} |\n|---|---|---|---|---|\n",
                tr.t(title),
                rows.len()
            );
            for (verdict, f) in rows {
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} | {} | {} |",
                    cell(&verdict),
                    cell(&f.rule_id),
                    cell(&resource(tr, f)),
                    cell(&place(f)),
                    cell(&f.message)
                );
            }
        };
        table(
            &mut s,
            "diff-md-new",
            self.new_findings
                .iter()
                .map(|f| (state(tr, f.state()), f))
                .collect(),
        );
        table(
            &mut s,
            "diff-md-fixed",
            self.fixed
                .iter()
                .map(|f| (state(tr, f.state()), f))
                .collect(),
        );
        table(
            &mut s,
            "diff-md-changed",
            self.changed
                .iter()
                .map(|c| {
                    let change = format!("{} → {}", state(tr, &c.from), state(tr, &c.to));
                    (change, &c.finding)
                })
                .collect(),
        );
        s
    }
}

/// A verdict of a report (`fail`, `suppressed`...) as people read it: as it is in English,
/// the report's verdict name in another language (a value it does not know, as it is).
fn state(tr: Tr, state: &str) -> String {
    let id = match state {
        "fail" => "verdict-fail",
        "unknown" => "verdict-unknown",
        "pass" => "verdict-pass",
        "not_applicable" => "verdict-not-applicable",
        "suppressed" => "verdict-accepted",
        _ => return state.to_string(),
    };
    if tr.lang == Lang::En {
        state.to_string()
    } else {
        tr.t(id)
    }
}

/// `s` padded to `n` terminal columns (East Asian wide characters take two).
fn pad(s: &str, n: usize) -> String {
    let wide = |c: char| matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60);
    let width: usize = s.chars().map(|c| if wide(c) { 2 } else { 1 }).sum();
    format!("{s}{}", " ".repeat(n.saturating_sub(width)))
}

fn resource(tr: Tr, f: &ReportFinding) -> String {
    f.resource
        .as_ref()
        .map_or_else(|| tr.t("whole-scan"), |r| r.name.clone())
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
