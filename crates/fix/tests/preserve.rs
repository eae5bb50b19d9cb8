//! Fixing a realistic template (comments, short tags, odd quoting and indentation, flow
//! collections, CRLF) changes only the intended lines; every other byte stays.

use phiguard::ScanOptions;
use phiguard_fix::{Options, plan};
use similar::{ChangeTag, TextDiff};
use std::path::Path;

fn fix(name: &str, text: &str) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(name);
    std::fs::write(&file, text).unwrap();
    let (result, sources) = phiguard::scan(&[file], &ScanOptions::default());
    let p = plan(&result.findings, &sources, &Options::default());
    assert_eq!(p.files.len(), 1, "{:?}", p.skipped);
    p.files[0].after.clone()
}

fn data(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
    )
    .unwrap()
}

/// Lines removed by the fix (a line that changed shows as removed and added).
fn removed(before: &str, after: &str) -> Vec<String> {
    TextDiff::from_lines(before, after)
        .iter_all_changes()
        .filter(|c| c.tag() == ChangeTag::Delete)
        .map(|c| c.value().to_string())
        .collect()
}

#[test]
fn only_the_intended_lines_of_a_yaml_template_change() {
    let before = data("intake.yaml");
    let after = fix("intake.yaml", &before);
    assert_eq!(after, data("intake.fixed.yaml"));
    assert_eq!(
        removed(&before, &after),
        [
            "         PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: false}  # TODO\n"
        ]
    );
    assert!(phiguard_cloudformation::yaml::parse(&after).is_ok());
}

#[test]
fn a_crlf_template_keeps_crlf_line_endings() {
    let before = data("intake.yaml").replace('\n', "\r\n");
    let after = fix("intake.yaml", &before);
    assert_eq!(after, data("intake.fixed.yaml").replace('\n', "\r\n"));
}

#[test]
fn only_the_intended_lines_of_a_json_template_change() {
    let before = data("intake.json");
    let after = fix("intake.json", &before);
    assert_eq!(after, data("intake.fixed.json"));
    assert!(removed(&before, &after).is_empty());
    serde_json::from_str::<serde_json::Value>(&after).unwrap();
}

#[test]
fn only_the_intended_lines_of_a_terraform_file_change() {
    let before = data("intake.tf");
    let after = fix("intake.tf", &before);
    assert_eq!(after, data("intake.fixed.tf"));
    assert_eq!(
        removed(&before, &after),
        ["  backup_retention_period = 0 # off\n"]
    );
    assert!(hcl_edit::parser::parse_body(&after).is_ok());
}
