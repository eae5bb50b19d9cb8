//! `--format json`: the stable machine-readable report (schema `phiguard/scan/v1`,
//! documented in `docs/json-schema.md`).

use crate::{Render, ScanResult};
use phiguard_rules::Finding;
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{self, Write};

/// The JSON report.
pub struct Json;

/// One finding as JSON, borrowing from the finding and its rule.
#[derive(Serialize)]
struct FindingJson<'a> {
    rule_id: &'a str,
    fingerprint: String,
    title: &'a str,
    severity: phiguard_rules::Severity,
    verdict: phiguard_rules::Verdict,
    message: &'a str,
    resource: Option<ResourceJson<'a>>,
    path: Option<&'a str>,
    location: Option<&'a phiguard_model::Location>,
    service: &'a str,
    section: &'a str,
    cfr: &'a [&'a str],
    requirements: &'a [&'a str],
    remediation: &'a str,
    suppressed: Option<&'a str>,
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

impl<'a> From<&'a Finding> for FindingJson<'a> {
    fn from(f: &'a Finding) -> Self {
        Self {
            rule_id: f.rule.id,
            fingerprint: crate::fingerprint(f),
            title: f.rule.title,
            severity: f.rule.severity,
            verdict: f.verdict,
            message: &f.message,
            resource: f.subject.as_ref().map(|s| ResourceJson {
                name: &s.name,
                kind: &s.kind,
                source_type: &s.source_type,
                origin: &s.origin,
            }),
            path: f.path.as_deref(),
            location: f.location.as_ref(),
            service: f.rule.service,
            section: f.rule.section,
            cfr: f.rule.cfr,
            requirements: f.rule.requirements,
            remediation: f.rule.remediation,
            suppressed: f.suppressed.as_deref(),
            custom: f.rule.is_custom(),
        }
    }
}

/// Findings serialised one by one, so a large scan is never held as one JSON tree.
struct Findings<'a>(&'a [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(FindingJson::from))
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
            "diagnostics": scan.diagnostics,
            "config": scan.scope.config,
            "skipped_rules": scan.scope.skipped_rules,
            "account_scope": scan.account_scope(),
            "scope": scan.scope_lines(),
        });
        #[derive(Serialize)]
        struct Doc<'a> {
            #[serde(flatten)]
            head: Value,
            findings: Findings<'a>,
            attestations: &'a [crate::Attestation],
        }
        let doc = Doc {
            head,
            findings: Findings(&scan.findings),
            attestations: &scan.attestations,
        };
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
