//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).
//!
//! Failing findings become results at `error` (critical, high) or `warning` (medium,
//! low) level; unknown findings become `note` results of kind `review`; suppressed
//! failures keep their result with an external suppression and its justification.
//! Every result points at a file relative to the source root (GitHub rejects any other
//! location), so findings without a file location (scan-level findings such as "no
//! CloudTrail trail", live resources known by ARN, files outside the current folder)
//! are left out and listed in `run.properties.omittedFindings` instead. The manual
//! attestations are in `run.properties.attestations`.

use crate::{Render, ScanResult, fingerprint, resource_label};
use phiguard_rules::{Finding, Rule, Severity, Verdict};
use serde_json::json;
use serde_sarif::sarif::{
    self, ArtifactLocation, Location, LogicalLocation, Message, MultiformatMessageString,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor, Result,
    ResultKind, ResultLevel, Run, Suppression, Tool, ToolComponent,
};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Component, Path};

/// The SARIF report.
pub struct Sarif;

/// Where the SARIF 2.1.0 schema is published.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base every artifact URI is relative to (GitHub resolves it to the repository root).
const SRCROOT: &str = "%SRCROOT%";

/// The score GitHub ranks security alerts by (`properties.security-severity`).
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
    }
}

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Critical | Severity::High => ResultLevel::Error,
        Severity::Medium | Severity::Low => ResultLevel::Warning,
    }
}

/// `s3-bucket-encryption` → `S3BucketEncryption`.
fn pascal_case(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// A file path as a URI relative to the current folder: `templates/my%20stack.yaml`.
/// `None` when the path leaves the folder (absolute elsewhere, or `..`).
pub(crate) fn relative_uri(file: &str) -> Option<String> {
    let path = Path::new(file);
    let cwd;
    let rel = if path.is_absolute() {
        cwd = std::env::current_dir().ok()?;
        path.strip_prefix(&cwd).ok()?
    } else {
        path
    };
    let mut segments = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(s) => segments.push(percent_encode(&s.to_string_lossy())),
            Component::CurDir => {}
            _ => return None,
        }
    }
    (!segments.is_empty()).then(|| segments.join("/"))
}

fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn descriptor(rule: &Rule) -> ReportingDescriptor {
    let cfr = rule.cfr.join(", ");
    let help_text = format!(
        "{}\n\nWhitepaper section: {}\nHIPAA Security Rule: {}",
        rule.remediation, rule.section, cfr
    );
    let help_markdown = format!(
        "**Fix:** {}\n\n**Whitepaper section:** {}  \n**HIPAA Security Rule:** {}",
        rule.remediation, rule.section, cfr
    );
    let mut tags = vec![rule.service.to_string()];
    tags.extend(rule.cfr.iter().map(|c| c.to_string()));
    tags.push("hipaa".into());
    // GitHub ranks alerts by security-severity only for rules tagged `security`.
    tags.push("security".into());
    let mut extra = BTreeMap::new();
    extra.insert(
        "security-severity".to_string(),
        json!(security_severity(rule.severity)),
    );
    extra.insert("severity".to_string(), json!(rule.severity));
    extra.insert("requirements".to_string(), json!(rule.requirements));
    ReportingDescriptor::builder()
        .id(rule.id)
        .name(pascal_case(rule.id))
        .short_description(MultiformatMessageString::builder().text(rule.title).build())
        .full_description(
            MultiformatMessageString::builder()
                .text(rule.rationale)
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(help_text)
                .markdown(help_markdown)
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(level(rule.severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(tags)
                .additional_properties(extra)
                .build(),
        )
        .build()
}

fn result(f: &Finding, loc: &phiguard_model::Location, rule_index: usize, uri: String) -> Result {
    let (level, kind) = match f.verdict {
        Verdict::Unknown => (ResultLevel::Note, ResultKind::Review),
        _ => (level(f.rule.severity), ResultKind::Fail),
    };
    let resource = resource_label(f);
    let mut logical = LogicalLocation::builder().name(resource.clone()).build();
    if let Some(s) = &f.subject {
        logical.kind = Some("resource".into());
        logical.fully_qualified_name = Some(format!("{} ({})", s.name, s.source_type));
    }
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(uri)
                        .uri_base_id(SRCROOT)
                        .build(),
                )
                .region(
                    Region::builder()
                        .start_line(i64::from(loc.line.max(1)))
                        .start_column(i64::from(loc.column.max(1)))
                        .build(),
                )
                .build(),
        )
        .logical_locations(vec![logical])
        .build();
    let mut props = BTreeMap::new();
    props.insert("resource".to_string(), json!(resource));
    if let Some(s) = &f.subject {
        props.insert("resourceType".to_string(), json!(s.kind));
    }
    if let Some(p) = &f.path {
        props.insert("attribute".to_string(), json!(p));
    }
    let mut r = Result::builder()
        .rule_id(f.rule.id)
        .rule_index(rule_index as i64)
        .level(level)
        .kind(kind)
        .message(
            Message::builder()
                .text(format!("{}: {}", resource, f.message))
                .build(),
        )
        .locations(vec![location])
        .partial_fingerprints(BTreeMap::from([(
            "phiguardFinding/v1".to_string(),
            fingerprint(f),
        )]))
        .properties(PropertyBag::builder().additional_properties(props).build())
        .build();
    if let Some(reason) = &f.suppressed {
        r.suppressions = Some(vec![
            Suppression::builder()
                .kind(json!("external"))
                .justification(reason.clone())
                .build(),
        ]);
    }
    r
}

impl Render for Sarif {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let reported = scan
            .findings
            .iter()
            .filter(|f| matches!(f.verdict, Verdict::Fail | Verdict::Unknown));
        let mut located = Vec::new();
        let mut omitted = Vec::new();
        for f in reported {
            match f
                .location
                .as_ref()
                .and_then(|l| Some((l, relative_uri(&l.file)?)))
            {
                Some((loc, uri)) => located.push((f, loc, uri)),
                None => omitted.push(f),
            }
        }
        let mut rules: Vec<&Rule> = located.iter().map(|(f, _, _)| f.rule).collect();
        rules.sort_by_key(|r| r.id);
        rules.dedup_by_key(|r| r.id);
        let results: Vec<Result> = located
            .into_iter()
            .map(|(f, loc, uri)| {
                let index = rules.iter().position(|r| r.id == f.rule.id).unwrap_or(0);
                result(f, loc, index, uri)
            })
            .collect();

        let mut run_props = BTreeMap::new();
        run_props.insert("scannedAt".to_string(), json!(scan.scanned_at));
        run_props.insert("phiAssumed".to_string(), json!(scan.phi_assumed));
        run_props.insert("omittedFindingCount".to_string(), json!(omitted.len()));
        run_props.insert(
            "omittedFindings".to_string(),
            json!(
                omitted
                    .iter()
                    .map(|f| json!({
                        "ruleId": f.rule.id,
                        "verdict": f.verdict,
                        "resource": resource_label(f),
                        "origin": f.subject.as_ref().map(|s| s.origin.to_string()),
                        "message": f.message,
                        "suppressed": f.suppressed,
                        "reason": "no file location relative to the source root",
                    }))
                    .collect::<Vec<_>>()
            ),
        );
        run_props.insert("attestations".to_string(), json!(scan.attestations));

        let driver = ToolComponent::builder()
            .name("phiguard")
            .full_name(concat!("phiguard ", env!("CARGO_PKG_VERSION")))
            .version(env!("CARGO_PKG_VERSION"))
            .semantic_version(env!("CARGO_PKG_VERSION"))
            .information_uri(env!("CARGO_PKG_REPOSITORY"))
            .rules(rules.iter().map(|r| descriptor(r)).collect::<Vec<_>>())
            .build();
        let run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .results(results)
            .column_kind(json!("unicodeCodePoints"))
            .properties(
                PropertyBag::builder()
                    .additional_properties(run_props)
                    .build(),
            )
            .build();
        let log = sarif::Sarif::builder()
            .schema(SCHEMA)
            .version(json!("2.1.0"))
            .runs(vec![run])
            .build();
        serde_json::to_writer_pretty(&mut *out, &log)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(
            relative_uri("./stacks/my stack.yaml").as_deref(),
            Some("stacks/my%20stack.yaml")
        );
        assert_eq!(relative_uri("../elsewhere.yaml"), None);
        assert_eq!(relative_uri("/nowhere-near/x.yaml"), None);
        let inside = std::env::current_dir().unwrap().join("t/a.yaml");
        assert_eq!(
            relative_uri(&inside.to_string_lossy()).as_deref(),
            Some("t/a.yaml")
        );
    }

    #[test]
    fn rule_names() {
        assert_eq!(pascal_case("s3-bucket-encryption"), "S3BucketEncryption");
    }
}
