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
mod trend_chart;

pub use matrix::{paragraph, paragraph_title};

use crate::{Attestation, InputFile, Render, ScanResult, Summary, l10n};
use minijinja::value::{Kwargs, Serde};
use minijinja::{AutoEscape, Environment, Value};
use phiguard_i18n::{FluentValue, Tr};
use phiguard_rules::{Finding, Verdict};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// The HTML report; with a [`crate::Trend`] (from `--history`) it adds a trend chart.
pub struct Html {
    /// The language.
    pub tr: Tr,
    /// The recorded scans' trend, when the scan was recorded.
    pub trend: Option<std::sync::Arc<crate::Trend>>,
}

const TEMPLATE: &str = include_str!("report.html");

/// One row of the findings table.
#[derive(Serialize)]
struct Row {
    verdict: &'static str,
    severity: &'static str,
    rule_id: &'static str,
    title: String,
    resource: String,
    resource_type: String,
    phi: bool,
    location: String,
    attribute: Option<String>,
    message: String,
    remediation: String,
    section: String,
    cfr: Vec<&'static str>,
    safeguards: String,
    service: &'static str,
    suppressed: Option<String>,
    expired_suppression: Option<String>,
}

#[derive(Serialize)]
struct Page<'a> {
    lang: &'static str,
    shown_template: String,
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
    /// (value, label): the rule's service and its name in the report's language.
    services: Vec<(&'static str, String)>,
    flow: Option<flow::Diagram>,
    attestations: Vec<Attestation>,
    inputs: &'a [InputFile],
    diagnostics: Vec<String>,
    scope: Vec<String>,
    config: String,
    skipped_rules: &'a [String],
    trend: Option<trend_chart::Chart>,
}

fn row(tr: Tr, scan: &ScanResult, f: &Finding) -> Row {
    let verdict = match (f.verdict, &f.suppressed) {
        (Verdict::Fail, Some(_)) => "accepted",
        (v, _) => v.as_str(),
    };
    let safeguards: BTreeSet<&str> = f.rule.cfr.iter().map(|c| matrix::safeguard(c)).collect();
    Row {
        verdict,
        severity: f.rule.severity.as_str(),
        rule_id: f.rule.id,
        title: l10n::title(tr, f.rule).into_owned(),
        resource: crate::resource_label_in(tr, f),
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
        message: l10n::message(tr, f).into_owned(),
        remediation: l10n::remediation(tr, f.rule).into_owned(),
        section: l10n::section(tr, f.rule.section).into_owned(),
        cfr: f.rule.cfr.iter().map(|c| matrix::paragraph(c)).collect(),
        safeguards: safeguards.into_iter().collect::<Vec<_>>().join(" "),
        service: f.rule.service,
        suppressed: f.suppressed.as_ref().map(|s| s.describe()),
        expired_suppression: f
            .expired_suppression
            .as_ref()
            .and(crate::suppression_note(tr, f)),
    }
}

/// The template's `t("id", name=value...)`: a message from `report.ftl`, whose own text is
/// trusted markup; string arguments are HTML-escaped, so the result is safe.
fn translate(tr: Tr, id: &str, kwargs: &Kwargs) -> Result<Value, minijinja::Error> {
    let mut args: Vec<(&str, FluentValue<'static>)> = Vec::new();
    for name in kwargs.args() {
        let v: Value = kwargs.get(name)?;
        let v = match v.as_i64() {
            Some(n) => FluentValue::from(n),
            None => FluentValue::from(minijinja::HtmlEscape(&v.to_string()).to_string()),
        };
        args.push((name, v));
    }
    Ok(Value::from_safe_string(tr.args(id, &args)))
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
        let tr = self.tr;
        let mut matrix = matrix::build(scan);
        for g in &mut matrix {
            g.title = tr
                .or(&format!("safeguard-group-{}", g.key), &g.title)
                .into_owned();
            for r in &mut g.rows {
                let id = format!("safeguard-{}", phiguard_i18n::slug(&r.paragraph));
                r.title = tr.or(&id, &r.title).into_owned();
            }
        }
        let attestations = scan
            .attestations
            .iter()
            .map(|a| Attestation {
                statement: l10n::attestation(tr, a).into_owned(),
                section: l10n::section(tr, &a.section).into_owned(),
                ..a.clone()
            })
            .collect();
        let page = Page {
            lang: tr.lang.code(),
            shown_template: tr.args(
                "html-shown",
                &[("n", "{n}".into()), ("total", "{total}".into())],
            ),
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
            matrix,
            findings: shown.iter().map(|f| row(tr, scan, f)).collect(),
            services: services
                .into_iter()
                .map(|s| (s, l10n::service(tr, s).into_owned()))
                .collect(),
            flow: flow::build(tr, scan),
            attestations,
            inputs: &scan.inputs,
            diagnostics: scan
                .diagnostics
                .iter()
                .map(|d| l10n::diagnostic_line(tr, d))
                .collect(),
            scope: l10n::scope_lines(tr, scan),
            config: l10n::config_name(tr, scan),
            skipped_rules: &scan.scope.skipped_rules,
            trend: self.trend.as_deref().and_then(trend_chart::build),
        };
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_filter("code_spans", code_spans);
        env.add_filter("js_string", |s: String| {
            // A JSON string is a JavaScript string; `<` escaped so it cannot end the script.
            let json = serde_json::to_string(&s).unwrap_or_default();
            Value::from_safe_string(json.replace('<', "\\u003c"))
        });
        env.add_function("t", move |id: String, kwargs: Kwargs| {
            translate(tr, &id, &kwargs)
        });
        let html = env
            .template_from_str(TEMPLATE)
            .and_then(|t| t.render(Value::from(Serde(&page))))
            .map_err(io::Error::other)?;
        out.write_all(html.as_bytes())
    }
}
