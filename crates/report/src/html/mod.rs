//! `--format html`: one self-contained page for compliance officers and auditors.
//!
//! Summary and PHI banner, a compliance matrix by HIPAA Security Rule paragraph, the
//! findings with filters, the data-flow picture (inline SVG laid out by [`flow`]), the
//! manual attestation checklist and the scan's evidence (version, rule count, input
//! files and their SHA-256). No network request: CSS and the few lines of filter
//! script are inline. Rendered with minijinja with HTML auto-escaping on for every
//! value, so nothing from a scanned file can inject markup.

mod flow;
mod matrix;

use crate::{Attestation, InputFile, Render, ScanResult, Summary};
use minijinja::{AutoEscape, Environment, Value, value::Serde};
use phiguard_rules::{Finding, Verdict};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// The HTML report.
pub struct Html;

const TEMPLATE: &str = include_str!("report.html");

/// One row of the findings table.
#[derive(Serialize)]
struct Row {
    verdict: &'static str,
    severity: &'static str,
    rule_id: &'static str,
    title: &'static str,
    resource: String,
    resource_type: String,
    phi: bool,
    location: String,
    attribute: Option<String>,
    message: String,
    remediation: &'static str,
    section: &'static str,
    cfr: Vec<&'static str>,
    safeguards: String,
    service: &'static str,
    suppressed: Option<String>,
    expired_suppression: Option<String>,
}

#[derive(Serialize)]
struct Page<'a> {
    version: &'static str,
    repository: &'static str,
    scanned_at: &'a str,
    phi_assumed: bool,
    phi_holders: usize,
    summary: Summary,
    files: usize,
    rule_count: usize,
    matrix: Vec<matrix::Group>,
    findings: Vec<Row>,
    services: Vec<&'static str>,
    flow: Option<flow::Diagram>,
    attestations: &'a [Attestation],
    inputs: &'a [InputFile],
    diagnostics: Vec<String>,
    scope: Vec<String>,
    config: String,
    skipped_rules: &'a [String],
}

fn row(scan: &ScanResult, f: &Finding) -> Row {
    let verdict = match (f.verdict, &f.suppressed) {
        (Verdict::Fail, Some(_)) => "accepted",
        (v, _) => v.as_str(),
    };
    let safeguards: BTreeSet<&str> = f.rule.cfr.iter().map(|c| matrix::safeguard(c)).collect();
    Row {
        verdict,
        severity: f.rule.severity.as_str(),
        rule_id: f.rule.id,
        title: f.rule.title,
        resource: crate::resource_label(f),
        resource_type: f
            .subject
            .as_ref()
            .map(|s| s.source_type.clone())
            .unwrap_or_default(),
        phi: f
            .subject
            .as_ref()
            .is_some_and(|s| scan.phi.holds(scan.graph.resource(s.id))),
        location: match (&f.location, &f.subject) {
            (Some(l), _) => l.to_string(),
            (None, Some(s)) => s.origin.to_string(),
            (None, None) => String::new(),
        },
        attribute: f.path.clone(),
        message: f.message.clone(),
        remediation: f.rule.remediation,
        section: f.rule.section,
        cfr: f.rule.cfr.iter().map(|c| matrix::paragraph(c)).collect(),
        safeguards: safeguards.into_iter().collect::<Vec<_>>().join(" "),
        service: f.rule.service,
        suppressed: f.suppressed.as_ref().map(|s| s.describe()),
        expired_suppression: f
            .expired_suppression
            .as_ref()
            .and(crate::suppression_note(f)),
    }
}

/// Escapes text, then shows its `backtick` spans as code (for the rules' own Markdown-ish
/// remediation text).
fn code_spans(text: String) -> Value {
    let escaped = minijinja::HtmlEscape(&text).to_string();
    if escaped.matches('`').count() % 2 == 1 {
        // An unpaired backtick: show the text as it is rather than a dangling <code>.
        return Value::from_safe_string(escaped);
    }
    let mut out = String::with_capacity(escaped.len() + 32);
    for (i, part) in escaped.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else {
            out.push_str(part);
        }
    }
    Value::from_safe_string(out)
}

/// Report order: failures by severity, then unknowns, accepted failures, passes.
fn rank(f: &Finding) -> (u8, std::cmp::Reverse<phiguard_rules::Severity>) {
    let group = match (f.verdict, &f.suppressed) {
        (Verdict::Fail, None) => 0,
        (Verdict::Unknown, _) => 1,
        (Verdict::Fail, Some(_)) => 2,
        _ => 3,
    };
    (group, std::cmp::Reverse(f.rule.severity))
}

impl Render for Html {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let mut shown: Vec<&Finding> = scan
            .findings
            .iter()
            .filter(|f| f.verdict != Verdict::NotApplicable)
            .collect();
        shown.sort_by_key(|f| rank(f));
        let services: BTreeSet<&'static str> = shown.iter().map(|f| f.rule.service).collect();
        let page = Page {
            version: env!("CARGO_PKG_VERSION"),
            repository: env!("CARGO_PKG_REPOSITORY"),
            scanned_at: &scan.scanned_at,
            phi_assumed: scan.phi_assumed,
            phi_holders: scan
                .graph
                .resources()
                .iter()
                .filter(|r| scan.phi.holds(r))
                .count(),
            summary: scan.summary(),
            files: scan.inputs.len(),
            rule_count: scan.rule_count,
            matrix: matrix::build(scan),
            findings: shown.iter().map(|f| row(scan, f)).collect(),
            services: services.into_iter().collect(),
            flow: flow::build(scan),
            attestations: &scan.attestations,
            inputs: &scan.inputs,
            diagnostics: scan.diagnostics.iter().map(|d| d.to_string()).collect(),
            scope: scan.scope_lines(),
            config: scan.config_name(),
            skipped_rules: &scan.scope.skipped_rules,
        };
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_filter("code_spans", code_spans);
        let html = env
            .template_from_str(TEMPLATE)
            .and_then(|t| t.render(Value::from(Serde(&page))))
            .map_err(io::Error::other)?;
        out.write_all(html.as_bytes())
    }
}
