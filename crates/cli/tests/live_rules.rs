//! The rules only a live account can answer: silent on templates (never a failure there),
//! judging saved inventories, and account-level rules that speak of the account in live
//! scans and of the configuration in template scans.

use phiguard::ScanOptions;
use phiguard_rules::Verdict;
use std::path::{Path, PathBuf};

/// Rules that read only live facts (credential report, trail status, recovery points...).
const LIVE_ONLY: &[&str] = &[
    "backup-recent-recovery-point",
    "cloudtrail-phi-bucket-data-events",
    "cloudtrail-records-api-calls",
    "ebs-encryption-by-default",
    "elasticache-security-updates",
    "iam-console-user-mfa",
    "iam-console-user-no-access-keys",
    "iam-root-mfa",
    "iam-root-no-access-keys",
    "inspector-phi-instances",
    "snapshot-encrypted",
    "snapshot-not-public",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(rule: &str, name: &str) -> PathBuf {
    root().join("crates/rules/fixtures").join(rule).join(name)
}

fn scan(paths: &[PathBuf]) -> phiguard_report::ScanResult {
    phiguard::scan(paths, &ScanOptions::default()).0
}

#[test]
fn live_only_rules_exist_and_say_nothing_about_templates() {
    for id in LIVE_ONLY {
        assert!(phiguard_rules::find(id).is_some(), "no rule {id}");
    }
    for example in [
        "examples/cloudformation/patient-portal-noncompliant.yaml",
        "examples/cloudformation/patient-portal-compliant.yaml",
        "examples/terraform/patient-portal-noncompliant",
    ] {
        let result = scan(&[root().join(example)]);
        assert!(!result.findings.is_empty(), "{example} gave no finding");
        let live: Vec<_> = result
            .findings
            .iter()
            .filter(|f| LIVE_ONLY.contains(&f.rule.id))
            .map(|f| (f.rule.id, f.verdict, &f.message))
            .collect();
        assert!(live.is_empty(), "{example}: {live:?}");
    }
}

#[test]
fn template_scans_keep_speaking_of_the_configuration() {
    let result = scan(&[root().join("examples/cloudformation/patient-portal-noncompliant.yaml")]);
    let detector = result
        .findings
        .iter()
        .find(|f| f.rule.id == "guardduty-enabled")
        .expect("a GuardDuty finding");
    assert_eq!(detector.verdict, Verdict::Unknown);
    assert!(
        detector.message.contains("in the scanned files")
            && !detector.message.contains("account 1"),
        "{}",
        detector.message
    );
}

#[test]
fn a_gap_makes_absence_unknown_and_its_absence_makes_it_a_failure() {
    // The same account, once with cloudtrail:DescribeTrails refused and once read fully.
    let gap = scan(&[fixture("cloudtrail-trail-exists", "unknown-live-gap.json")]);
    let found = |r: &phiguard_report::ScanResult, rule: &str| -> Vec<(Verdict, String)> {
        r.findings
            .iter()
            .filter(|f| f.rule.id == rule)
            .map(|f| (f.verdict, f.message.clone()))
            .collect()
    };
    for rule in ["cloudtrail-trail-exists", "cloudtrail-records-api-calls"] {
        let got = found(&gap, rule);
        assert!(!got.is_empty(), "{rule}: no finding");
        assert!(
            got.iter()
                .all(|(v, m)| *v == Verdict::Unknown && m.contains("cloudtrail:DescribeTrails")),
            "{rule}: {got:?}"
        );
    }
    let read = scan(&[fixture(
        "cloudtrail-trail-exists",
        "fail-live-no-trail.json",
    )]);
    let got = found(&read, "cloudtrail-trail-exists");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, Verdict::Fail);
    assert!(got[0].1.contains("account 111122223333"), "{}", got[0].1);
}

#[test]
fn a_template_beside_an_inventory_does_not_turn_live_verdicts_into_template_ones() {
    // A template's trail does not prove that the live account logs: the live rule
    // judges the account's own trails.
    let result = scan(&[
        root().join("examples/cloudformation/patient-portal-compliant.yaml"),
        fixture("cloudtrail-records-api-calls", "fail-no-trail.json"),
    ]);
    let live: Vec<_> = result
        .findings
        .iter()
        .filter(|f| f.rule.id == "cloudtrail-records-api-calls")
        .collect();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].verdict, Verdict::Fail, "{}", live[0].message);
}

#[test]
fn the_live_vocabulary_names_every_live_rule_and_only_real_ones() {
    let doc = std::fs::read_to_string(root().join("docs/live-vocabulary.md")).unwrap();
    let table = doc
        .split("## Which rules read which live kinds")
        .nth(1)
        .expect("the section listing which rules read which live kinds");
    for id in LIVE_ONLY {
        assert!(
            table.contains(&format!("`{id}`")),
            "{id} is not in the table"
        );
    }
    // Every backquoted kebab-case name in the table's rule column is a rule.
    for line in table.lines().filter(|l| l.starts_with("| `")) {
        let rules = line.rsplit('|').nth(1).unwrap_or_default();
        for name in rules.split('`').skip(1).step_by(2) {
            if name.contains('-') && !name.contains(' ') && !name.contains(':') {
                assert!(
                    phiguard_rules::find(name).is_some() || name == "max_recovery_point_age_days",
                    "the table names no rule '{name}'"
                );
            }
        }
    }
}
