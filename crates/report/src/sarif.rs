//! `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).
//!
//! Failing findings become results at `error` (critical, high) or `warning` (medium,
//! low) level; unknown findings become `note` results of kind `review`; suppressed
//! failures keep their result with an external suppression and its justification.
//! Every result points at a file relative to the source root `%SRCROOT%` (GitHub rejects
//! any other location). The root is [`Sarif::base`]: `--sarif-base`, else the repository
//! that holds the scanned files (the folder with `.git`), else the current folder; its
//! absolute URI is in `run.originalUriBaseIds`. Account-level findings ("no CloudTrail
//! trail"), which belong to no resource, are located at line 1 of the first scanned input
//! under the root. Findings that still have no file under the root (live resources known
//! by ARN, files outside the root) are left out and listed with the reason in
//! `run.properties.omittedFindings` ([`Sarif::omitted`] lets the command line say so).
//! Input problems are `invocations[0].toolExecutionNotifications`, what shaped the
//! verdicts (configuration, skipped rules, account scope) its
//! `toolConfigurationNotifications`. The manual attestations are in
//! `run.properties.attestations`.

use crate::{Render, ScanResult, fingerprint, resource_label, resource_label_in};
use phiguard_rules::{Finding, Rule, Severity, Verdict};
use serde_json::json;
use serde_sarif::sarif::{
    self, ArtifactLocation, Invocation, Location, LogicalLocation, Message,
    MultiformatMessageString, Notification, PhysicalLocation, PropertyBag, Region,
    ReportingConfiguration, ReportingDescriptor, Result, ResultKind, ResultLevel, Run, Suppression,
    Tool, ToolComponent,
};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};

/// The SARIF report.
#[derive(Clone, Debug, Default)]
pub struct Sarif {
    /// The folder result URIs are relative to; `None` for the current folder.
    pub base: Option<PathBuf>,
    /// The language of the rule texts and result messages (ids and structure stay).
    pub tr: phiguard_i18n::Tr,
}

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

/// `p` made absolute (against the current folder) with `.` and `..` resolved; symbolic
/// links are resolved too where the path exists, so it compares with a canonical base.
pub fn absolute(p: &Path) -> PathBuf {
    if let Ok(c) = p.canonicalize() {
        return c;
    }
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// A file path as a URI relative to `base` (an absolute folder):
/// `templates/my%20stack.yaml`. `None` when the file is not under `base`.
pub(crate) fn relative_uri(file: &str, base: &Path) -> Option<String> {
    let abs = absolute(Path::new(file));
    let rel = abs.strip_prefix(base).ok()?;
    let segments: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(percent_encode(&s.to_string_lossy())),
            _ => None,
        })
        .collect::<Option<_>>()?;
    (!segments.is_empty()).then(|| segments.join("/"))
}

/// `base` as a `file://` URI ending in `/`, as `originalUriBaseIds` needs.
fn folder_uri(base: &Path) -> String {
    let mut uri = String::from("file://");
    for c in base.components() {
        if let Component::Normal(s) = c {
            uri.push('/');
            uri.push_str(&percent_encode(&s.to_string_lossy()));
        }
    }
    uri.push('/');
    uri
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

fn descriptor(tr: phiguard_i18n::Tr, rule: &Rule) -> ReportingDescriptor {
    let cfr = rule.cfr.join(", ");
    let remediation = crate::l10n::remediation(tr, rule);
    let section = crate::l10n::section(tr, rule.section);
    let args = [
        ("fix", remediation.as_ref().into()),
        ("section", section.as_ref().into()),
        ("cfr", cfr.as_str().into()),
    ];
    let help_text = tr.args("sarif-help-text", &args);
    let help_markdown = tr.args("sarif-help-markdown", &args);
    let mut tags = vec![rule.service.to_string()];
    tags.extend(rule.cfr.iter().map(|c| c.to_string()));
    tags.push("hipaa".into());
    // GitHub ranks alerts by security-severity only for rules tagged `security`.
    tags.push("security".into());
    if rule.is_custom() {
        tags.push("custom".into());
    }
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
        .short_description(
            MultiformatMessageString::builder()
                .text(crate::l10n::title(tr, rule))
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(crate::l10n::rationale(tr, rule))
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

fn result(
    tr: phiguard_i18n::Tr,
    f: &Finding,
    loc: &phiguard_model::Location,
    rule_index: usize,
    uri: String,
) -> Result {
    let (level, kind) = match f.verdict {
        Verdict::Unknown => (ResultLevel::Note, ResultKind::Review),
        _ => (level(f.rule.severity), ResultKind::Fail),
    };
    let resource = resource_label_in(tr, f);
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
                .text(format!("{}: {}", resource, crate::l10n::message(tr, f)))
                .build(),
        )
        .locations(vec![location])
        .partial_fingerprints(BTreeMap::from([(
            "phiguardFinding/v1".to_string(),
            fingerprint(f),
        )]))
        .properties(PropertyBag::builder().additional_properties(props).build())
        .build();
    if let Some(sup) = &f.suppressed {
        let kind = if sup.source.is_inline() {
            "inSource"
        } else {
            "external"
        };
        let mut props = BTreeMap::new();
        props.insert("owner".to_string(), json!(sup.owner));
        props.insert("expires".to_string(), json!(sup.expires));
        props.insert("origin".to_string(), json!(sup.source.to_string()));
        r.suppressions = Some(vec![
            Suppression::builder()
                .kind(json!(kind))
                .justification(format!("{} ({})", sup.reason, sup.details()))
                .properties(PropertyBag::builder().additional_properties(props).build())
                .build(),
        ]);
    }
    if let Some(sup) = &f.expired_suppression
        && let Some(props) = r.properties.as_mut()
    {
        props
            .additional_properties
            .insert("expiredSuppression".to_string(), json!(sup));
    }
    r
}

/// Where a reported finding goes: a file under the base, or left out with the reason.
enum Placement<'a> {
    At(&'a Finding, phiguard_model::Location, String),
    Omitted(&'a Finding, Omission),
}

/// Why a finding is not a SARIF result.
enum Omission {
    /// Its file (first) is outside the base (second).
    Outside(String, String),
    /// An account-level finding, and no input is under the base.
    NoInput(String),
    /// A live resource, known by its ARN.
    NoFile,
}

impl Omission {
    fn say(&self, tr: phiguard_i18n::Tr) -> String {
        match self {
            Omission::Outside(file, base) => tr.args(
                "sarif-omitted-outside",
                &[
                    ("file", file.as_str().into()),
                    ("base", base.as_str().into()),
                ],
            ),
            Omission::NoInput(base) => {
                tr.args("sarif-omitted-no-input", &[("base", base.as_str().into())])
            }
            Omission::NoFile => tr.t("sarif-omitted-no-file"),
        }
    }
}

impl Sarif {
    /// The absolute folder result URIs are relative to.
    pub fn base_dir(&self) -> PathBuf {
        absolute(self.base.as_deref().unwrap_or(Path::new(".")))
    }

    /// The first scanned input under the base: where account-level findings are shown.
    fn anchor(&self, scan: &ScanResult, base: &Path) -> Option<(phiguard_model::Location, String)> {
        scan.inputs
            .iter()
            .filter(|i| i.kind != "terraform-vars")
            .find_map(|i| {
                let uri = relative_uri(&i.path, base)?;
                Some((
                    phiguard_model::Location::new(i.path.as_str().into(), 1, 1),
                    uri,
                ))
            })
    }

    fn place<'a>(&self, scan: &'a ScanResult, base: &Path) -> Vec<Placement<'a>> {
        let anchor = self.anchor(scan, base);
        scan.findings
            .iter()
            .filter(|f| matches!(f.verdict, Verdict::Fail | Verdict::Unknown))
            .map(|f| match (&f.location, &f.subject) {
                (Some(l), _) => match relative_uri(&l.file, base) {
                    Some(uri) => Placement::At(f, l.clone(), uri),
                    None => Placement::Omitted(
                        f,
                        Omission::Outside(l.file.to_string(), base.display().to_string()),
                    ),
                },
                (None, None) => match &anchor {
                    Some((l, uri)) => Placement::At(f, l.clone(), uri.clone()),
                    None => Placement::Omitted(f, Omission::NoInput(base.display().to_string())),
                },
                (None, Some(_)) => Placement::Omitted(f, Omission::NoFile),
            })
            .collect()
    }

    /// The failing and unknown findings this report leaves out, with the reason in the
    /// report's language (in the SARIF document it stays English, as the messages there).
    pub fn omitted<'a>(&self, scan: &'a ScanResult) -> Vec<(&'a Finding, String)> {
        self.place(scan, &self.base_dir())
            .into_iter()
            .filter_map(|p| match p {
                Placement::Omitted(f, why) => Some((f, why.say(self.tr))),
                Placement::At(..) => None,
            })
            .collect()
    }
}

fn notification(level: &str, text: String, location: Option<Location>) -> Notification {
    let mut n = Notification::builder()
        .message(Message::builder().text(text).build())
        .level(json!(level))
        .build();
    n.locations = location.map(|l| vec![l]);
    n
}

impl Render for Sarif {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let base = self.base_dir();
        let mut located = Vec::new();
        let mut omitted = Vec::new();
        for p in self.place(scan, &base) {
            match p {
                Placement::At(f, loc, uri) => located.push((f, loc, uri)),
                Placement::Omitted(f, why) => omitted.push((f, why)),
            }
        }
        let mut rules: Vec<&Rule> = located.iter().map(|(f, _, _)| f.rule).collect();
        rules.sort_by_key(|r| r.id);
        rules.dedup_by_key(|r| r.id);
        let tr = self.tr;
        let account_scope = crate::l10n::account_scope(tr, scan);
        let results: Vec<Result> = located
            .into_iter()
            .map(|(f, loc, uri)| {
                let index = rules.iter().position(|r| r.id == f.rule.id).unwrap_or(0);
                let mut r = result(tr, f, &loc, index, uri);
                if f.subject.is_none() {
                    r.message.text = Some(tr.args(
                        "sarif-account-level",
                        &[
                            ("message", r.message.text.unwrap_or_default().into()),
                            ("scope", account_scope.as_str().into()),
                        ],
                    ));
                }
                r
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
                    .map(|(f, why)| json!({
                        "ruleId": f.rule.id,
                        "verdict": f.verdict,
                        "resource": resource_label(f),
                        "origin": f.subject.as_ref().map(|s| s.origin.to_string()),
                        "message": f.message,
                        "suppressed": f.suppressed,
                        "reason": why.say(phiguard_i18n::Tr::default()),
                    }))
                    .collect::<Vec<_>>()
            ),
        );
        let attestations: Vec<crate::Attestation> = scan
            .attestations
            .iter()
            .map(|a| crate::Attestation {
                statement: crate::l10n::attestation(tr, a).into_owned(),
                section: crate::l10n::section(tr, &a.section).into_owned(),
                ..a.clone()
            })
            .collect();
        run_props.insert("attestations".to_string(), json!(attestations));
        run_props.insert("config".to_string(), json!(scan.scope.config));
        run_props.insert("skippedRules".to_string(), json!(scan.scope.skipped_rules));
        run_props.insert("accountScope".to_string(), json!(account_scope));

        let problems: Vec<Notification> = scan
            .diagnostics
            .iter()
            .map(|d| {
                let level = match d.level {
                    phiguard_model::Level::Error => "error",
                    phiguard_model::Level::Warning => "warning",
                };
                let loc = d.location.as_ref();
                let file = loc.map_or(d.file.as_str(), |l| &*l.file);
                let location = relative_uri(file, &base).map(|uri| {
                    let mut phys = PhysicalLocation::builder()
                        .artifact_location(
                            ArtifactLocation::builder()
                                .uri(uri)
                                .uri_base_id(SRCROOT)
                                .build(),
                        )
                        .build();
                    if let Some(l) = loc.filter(|l| l.line > 0) {
                        phys.region = Some(
                            Region::builder()
                                .start_line(i64::from(l.line))
                                .start_column(i64::from(l.column.max(1)))
                                .build(),
                        );
                    }
                    Location::builder().physical_location(phys).build()
                });
                notification(level, crate::l10n::diagnostic_line(tr, d), location)
            })
            .collect();
        let scope: Vec<Notification> = crate::l10n::scope_lines(tr, scan)
            .into_iter()
            .map(|l| notification("note", l, None))
            .collect();
        let mut invocation = Invocation::builder()
            .execution_successful(scan.summary().input_errors == 0)
            .build();
        invocation.tool_execution_notifications = (!problems.is_empty()).then_some(problems);
        invocation.tool_configuration_notifications = Some(scope);

        let driver = ToolComponent::builder()
            .name("phiguard")
            .full_name(concat!("phiguard ", env!("CARGO_PKG_VERSION")))
            .version(env!("CARGO_PKG_VERSION"))
            .semantic_version(env!("CARGO_PKG_VERSION"))
            .information_uri(env!("CARGO_PKG_REPOSITORY"))
            .rules(rules.iter().map(|r| descriptor(tr, r)).collect::<Vec<_>>())
            .build();
        let mut run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .results(results)
            .invocations(vec![invocation])
            .column_kind(json!("unicodeCodePoints"))
            .properties(
                PropertyBag::builder()
                    .additional_properties(run_props)
                    .build(),
            )
            .build();
        run.original_uri_base_ids = Some(BTreeMap::from([(
            SRCROOT.to_string(),
            ArtifactLocation::builder().uri(folder_uri(&base)).build(),
        )]));
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
        let cwd = absolute(Path::new("."));
        assert_eq!(
            relative_uri("./stacks/my stack.yaml", &cwd).as_deref(),
            Some("stacks/my%20stack.yaml")
        );
        assert_eq!(relative_uri("../elsewhere.yaml", &cwd), None);
        assert_eq!(relative_uri("/nowhere-near/x.yaml", &cwd), None);
        let inside = cwd.join("t/a.yaml");
        assert_eq!(
            relative_uri(&inside.to_string_lossy(), &cwd).as_deref(),
            Some("t/a.yaml")
        );
        // `../x` from a subfolder is inside a base one level up.
        let parent = cwd.parent().unwrap();
        let here = cwd.file_name().unwrap().to_string_lossy().to_string();
        assert_eq!(
            relative_uri(&format!("../{here}/a b.yaml"), parent),
            Some(format!("{here}/a%20b.yaml"))
        );
        assert_eq!(folder_uri(Path::new("/r/my repo")), "file:///r/my%20repo/");
    }

    #[test]
    fn rule_names() {
        assert_eq!(pascal_case("s3-bucket-encryption"), "S3BucketEncryption");
    }
}
