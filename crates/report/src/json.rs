//! `--format json`: the stable machine-readable report (schema `phiguard/scan/v1`,
//! documented in `docs/json-schema.md`).

use crate::{Render, ScanResult};
use phiguard_rules::Finding;
use serde_json::{Value, json};
use std::io::{self, Write};

/// The JSON report.
pub struct Json;

/// One finding as JSON (shared with other machine formats).
pub fn finding_json(f: &Finding) -> Value {
    json!({
        "rule_id": f.rule.id,
        "fingerprint": crate::fingerprint(f),
        "title": f.rule.title,
        "severity": f.rule.severity,
        "verdict": f.verdict,
        "message": f.message,
        "resource": f.subject.as_ref().map(|s| json!({
            "name": s.name,
            "kind": s.kind,
            "source_type": s.source_type,
            "origin": s.origin,
        })),
        "path": f.path,
        "location": f.location,
        "service": f.rule.service,
        "section": f.rule.section,
        "cfr": f.rule.cfr,
        "requirements": f.rule.requirements,
        "remediation": f.rule.remediation,
        "suppressed": f.suppressed,
    })
}

impl Render for Json {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let s = scan.summary();
        let doc = json!({
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
            "findings": scan.findings.iter().map(finding_json).collect::<Vec<_>>(),
            "attestations": scan.attestations,
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}
