//! `phiguard scan --format F` end to end: every format renders, and the ASFF flags are
//! checked and used.

use assert_cmd::Command;
use std::path::Path;

const FIXTURE: &str = "crates/rules/fixtures/s3-bucket-encryption/fail.yaml";

fn phiguard() -> Command {
    let mut cmd = Command::cargo_bin("phiguard").unwrap();
    cmd.current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."));
    cmd
}

#[test]
fn every_format_renders_a_failing_scan() {
    for format in phiguard_report::FORMATS {
        let out = phiguard()
            .args(["scan", FIXTURE, "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}: exit code");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("ReferralLetters"), "{format}: {text}");
    }
}

#[test]
fn sarif_locations_are_relative_to_the_current_folder() {
    let out = phiguard()
        .args(["scan", FIXTURE, "--format", "sarif"])
        .output()
        .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let uri = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"];
    assert_eq!(uri, FIXTURE);
}

#[test]
fn asff_uses_the_account_and_region_given() {
    let out = phiguard()
        .args(["scan", FIXTURE, "--format", "asff"])
        .args(["--aws-account", "123456789012", "--aws-region", "eu-west-1"])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "no warning expected");
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        all[0]["ProductArn"],
        "arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default"
    );
    assert_eq!(all[0]["AwsAccountId"], "123456789012");
}

#[test]
fn asff_warns_about_placeholder_account() {
    let out = phiguard()
        .args(["scan", FIXTURE, "--format", "asff"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--aws-account"), "{err}");
}

#[test]
fn bad_account_id_is_a_usage_error() {
    let out = phiguard()
        .args([
            "scan",
            FIXTURE,
            "--format",
            "asff",
            "--aws-account",
            "12345",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("12 digits"));
}
