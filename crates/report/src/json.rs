//! `--format json`: the stable machine-readable report (schema `phiguard/scan/v1`,
//! documented in `docs/json-schema.md`).

use crate::{Render, ScanResult, l10n};
use phiguard_i18n::{Lang, Tr};
use phiguard_model::Diagnostic;
use phiguard_rules::Finding;
use serde::Serialize;
use serde_json::{Value, json};
use std::borrow::Cow;
use std::io::{self, Write};

/// The JSON report.
pub struct Json {
    /// The language of the text fields (titles, messages, sections, remediation).
    pub tr: Tr,
}

/// One finding as JSON, borrowing from the finding and its rule.
#[derive(Serialize)]
struct FindingJson<'a> {
    rule_id: &'a str,
    fingerprint: String,
    title: Cow<'a, str>,
    severity: phiguard_rules::Severity,
    verdict: phiguard_rules::Verdict,
    message: Cow<'a, str>,
    resource: Option<ResourceJson<'a>>,
    path: Option<&'a str>,
    location: Option<&'a phiguard_model::Location>,
    service: &'a str,
    section: Cow<'a, str>,
    cfr: &'a [&'a str],
    requirements: &'a [&'a str],
    remediation: Cow<'a, str>,
    suppressed: Option<&'a str>,
    suppression: Option<&'a phiguard_rules::Suppressed>,
    expired_suppression: Option<&'a phiguard_rules::Suppressed>,
    /// A custom (Rego) rule; left out for built-in rules.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    custom: bool,
}

#[derive(Serialize)]
struct ResourceJson<'a> {
    name: &'a str,
    kind: &'a str,
    source_type: &'a str,
    origin: &'a phiguard_model::Origin,
}

impl<'a> FindingJson<'a> {
    fn new(tr: Tr, f: &'a Finding) -> Self {
        Self {
            rule_id: f.rule.id,
            fingerprint: crate::fingerprint(f),
            title: l10n::title(tr, f.rule),
            severity: f.rule.severity,
            verdict: f.verdict,
            message: l10n::message(tr, f),
            resource: f.subject.as_ref().map(|s| ResourceJson {
                name: &s.name,
                kind: &s.kind,
                source_type: &s.source_type,
                origin: &s.origin,
            }),
            path: f.path.as_deref(),
            location: f.location.as_ref(),
            service: f.rule.service,
            section: l10n::section(tr, f.rule.section),
            cfr: f.rule.cfr,
            requirements: f.rule.requirements,
            remediation: l10n::remediation(tr, f.rule),
            suppressed: f.suppressed.as_ref().map(|s| s.reason.as_str()),
            suppression: f.suppressed.as_ref(),
            expired_suppression: f.expired_suppression.as_ref(),
            custom: f.rule.is_custom(),
        }
    }
}

/// The diagnostics, their messages in the report's language (English: as serialised).
fn diagnostics(tr: Tr, all: &[Diagnostic]) -> Value {
    let mut v = json!(all);
    if tr.lang != Lang::En
        && let Value::Array(items) = &mut v
    {
        for (item, d) in items.iter_mut().zip(all) {
            item["message"] = json!(l10n::diagnostic_message(tr, d));
        }
    }
    v
}

/// Findings serialised one by one, so a large scan is never held as one JSON tree.
struct Findings<'a>(Tr, &'a [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|f| FindingJson::new(self.0, f)))
    }
}

impl Render for Json {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let s = scan.summary();
        let head = json!({
            "schema": "phiguard/scan/v1",
            "tool": { "name": "phiguard", "version": env!("CARGO_PKG_VERSION") },
            "scanned_at": scan.scanned_at,
            "rule_count": scan.rule_count,
            "phi_assumed": scan.phi_assumed,
            "summary": {
                "resources": s.resources,
                "fail": s.fail,
                "unknown": s.unknown,
                "pass": s.pass,
                "not_applicable": s.not_applicable,
                "suppressed": s.suppressed,
                "input_errors": s.input_errors,
                "fail_by_severity": s.fail_by_severity.iter().map(|(k, v)| (k.as_str().to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
            },
            "inputs": scan.inputs,
            "diagnostics": diagnostics(self.tr, &scan.diagnostics),
            "config": scan.scope.config,
            "skipped_rules": scan.scope.skipped_rules,
            "baseline": scan.scope.baseline,
            "account_scope": l10n::account_scope(self.tr, scan),
            "scope": l10n::scope_lines(self.tr, scan),
        });
        #[derive(Serialize)]
        struct Doc<'a> {
            #[serde(flatten)]
            head: Value,
            findings: Findings<'a>,
            attestations: Vec<crate::Attestation>,
        }
        let doc = Doc {
            head,
            findings: Findings(self.tr, &scan.findings),
            attestations: scan
                .attestations
                .iter()
                .map(|a| crate::Attestation {
                    statement: l10n::attestation(self.tr, a).into_owned(),
                    section: l10n::section(self.tr, &a.section).into_owned(),
                    ..a.clone()
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
