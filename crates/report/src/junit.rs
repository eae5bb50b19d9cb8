//! `--format junit`: JUnit XML for CI dashboards (GitLab, Jenkins, Azure DevOps,
//! CircleCI). One test suite per AWS service; one test case per rule × resource
//! (classname = rule id, name = resource and location). A failing finding is a
//! `<failure>` with the message and the remediation; an unknown or suppressed finding
//! is `<skipped>` with its reason; a passing finding is a passed test; not-applicable
//! findings are left out. The manual attestations form a last suite of skipped tests.

use crate::{Render, ScanResult, l10n, resource_label_in};
use phiguard_i18n::Tr;
use phiguard_rules::{Finding, Verdict};
use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The JUnit report.
pub struct Junit {
    /// The language.
    pub tr: Tr,
}

fn case_name(tr: Tr, f: &Finding) -> String {
    match &f.location {
        Some(l) => format!("{} ({}:{})", resource_label_in(tr, f), l.file, l.line),
        None => match &f.subject {
            Some(s) if s.origin.to_string() != s.name => format!("{} ({})", s.name, s.origin),
            _ => resource_label_in(tr, f),
        },
    }
}

fn failure_text(tr: Tr, f: &Finding) -> String {
    let mut s = format!("{}\n", l10n::title(tr, f.rule));
    let mut line = |id: &str, value: &str| {
        s += &tr.args(id, &[("value", value.into())]);
        s.push('\n');
    };
    if let Some(sub) = &f.subject {
        line(
            "junit-resource",
            &format!("{} ({})", sub.name, sub.source_type),
        );
    }
    if let Some(l) = &f.location {
        line("junit-location", &l.to_string());
    }
    if let Some(p) = &f.path {
        line("junit-attribute", p);
    }
    line("junit-fix", &l10n::remediation(tr, f.rule));
    line("junit-section", &l10n::section(tr, f.rule.section));
    line("junit-cfr", &f.rule.cfr.join(", "));
    s
}

fn test_case(tr: Tr, f: &Finding) -> Option<TestCase> {
    let message = l10n::message(tr, f);
    let status = match (f.verdict, &f.suppressed) {
        (Verdict::NotApplicable, _) => return None,
        (Verdict::Pass, _) => TestCaseStatus::success(),
        (Verdict::Fail, None) => {
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
            let message = match crate::suppression_note(tr, f) {
                Some(note) => format!("{message} ({note})"),
                None => message.into_owned(),
            };
            s.set_message(message)
                .set_type(f.rule.severity.as_str())
                .set_description(failure_text(tr, f));
            s
        }
        (Verdict::Fail, Some(sup)) => {
            let mut s = TestCaseStatus::skipped();
            let args = [
                ("reason", sup.describe().into()),
                ("message", message.as_ref().into()),
            ];
            s.set_message(tr.args("junit-suppressed", &args))
                .set_type("suppressed");
            s
        }
        (Verdict::Unknown, _) => {
            let mut s = TestCaseStatus::skipped();
            s.set_message(tr.args("junit-unknown", &[("message", message.as_ref().into())]))
                .set_type("unknown");
            s
        }
    };
    let mut case = TestCase::new(case_name(tr, f), status);
    case.set_classname(f.rule.id);
    Some(case)
}

/// What shaped the verdicts, as properties, with one test case per input problem (an
/// error fails) and per rule the configuration skipped.
fn scope_suite(tr: Tr, scan: &ScanResult) -> TestSuite {
    let mut suite = TestSuite::new("phiguard scan");
    for (i, line) in l10n::scope_lines(tr, scan).into_iter().enumerate() {
        suite.add_property(Property::new(format!("scope.{i}"), line));
    }
    for d in &scan.diagnostics {
        let mut status = match d.level {
            phiguard_model::Level::Error => {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
                s.set_type("input-error");
                s
            }
            phiguard_model::Level::Warning => {
                let mut s = TestCaseStatus::skipped();
                s.set_type("input-warning");
                s
            }
        };
        status.set_message(l10n::diagnostic_line(tr, d));
        let mut case = TestCase::new(d.file.as_str(), status);
        case.set_classname("input");
        suite.add_test_case(case);
    }
    let config = l10n::config_name(tr, scan);
    for id in &scan.scope.skipped_rules {
        let mut status = TestCaseStatus::skipped();
        status
            .set_message(tr.args("skipped-by", &[("config", config.as_str().into())]))
            .set_type("skipped-rule");
        let mut case = TestCase::new(id.as_str(), status);
        case.set_classname(id.as_str());
        suite.add_test_case(case);
    }
    suite
}

impl Render for Junit {
    fn render(&self, scan: &ScanResult, out: &mut dyn Write) -> io::Result<()> {
        let mut report = Report::new("phiguard");
        let timestamp = chrono::DateTime::parse_from_rfc3339(&scan.scanned_at).ok();
        if let Some(t) = timestamp {
            report.set_timestamp(t);
        }
        let mut suites: BTreeMap<&str, TestSuite> = BTreeMap::new();
        for f in &scan.findings {
            if let Some(case) = test_case(self.tr, f) {
                suites
                    .entry(f.rule.service)
                    .or_insert_with(|| {
                        let mut s = TestSuite::new(l10n::service(self.tr, f.rule.service));
                        if let Some(t) = timestamp {
                            s.set_timestamp(t);
                        }
                        s
                    })
                    .add_test_case(case);
            }
        }
        report.add_test_suites(suites.into_values());
        let tr = self.tr;
        report.add_test_suite(scope_suite(tr, scan));
        if !scan.attestations.is_empty() {
            let mut suite = TestSuite::new(tr.t("junit-attestations"));
            suite.add_property(Property::new("note", tr.t("junit-attestations-note")));
            for a in &scan.attestations {
                let statement = l10n::attestation(tr, a);
                let section = l10n::section(tr, &a.section);
                let mut status = TestCaseStatus::skipped();
                status
                    .set_message(tr.args(
                        "junit-manual",
                        &[
                            ("statement", statement.as_ref().into()),
                            ("section", section.as_ref().into()),
                            ("cfr", a.cfr.join(", ").into()),
                        ],
                    ))
                    .set_type("manual");
                let mut case = TestCase::new(statement.as_ref(), status);
                case.set_classname(a.id.as_str());
                suite.add_test_case(case);
            }
            report.add_test_suite(suite);
        }
        report.serialize(&mut *out).map_err(io::Error::other)?;
        writeln!(out)
    }
}
