//! The command line as a user runs it: exit codes, broken inputs, parameters, secrets.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn phiguard() -> Command {
    let mut c = Command::cargo_bin("phiguard").unwrap();
    c.current_dir(root());
    c
}

fn stdout(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn noncompliant_example_fails_and_compliant_passes() {
    let (code, out, _) = stdout(phiguard().args([
        "scan",
        "examples/cloudformation/patient-portal-noncompliant.yaml",
    ]));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("s3-bucket-encryption"));
    assert!(out.contains("examples/cloudformation/patient-portal-noncompliant.yaml:"));
    assert!(out.contains("45 CFR 164.312(a)(2)(iv)"));
    let (code, out, _) = stdout(phiguard().args([
        "scan",
        "examples/cloudformation/patient-portal-compliant.yaml",
    ]));
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_broken_file_is_reported_with_its_location_and_the_rest_is_scanned() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("broken.yaml"),
        "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: {BucketName: [x\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\",}}",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ok.yaml"),
        "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ci.yml"), "on: push\njobs: {}\n").unwrap();
    let (code, out, _) = stdout(phiguard().arg("scan").arg(dir.path()));
    assert_eq!(code, 2, "input errors exit 2: {out}");
    assert!(out.contains("broken.yaml:4:"), "{out}");
    assert!(out.contains("broken.json:1:"), "{out}");
    assert!(
        out.contains("Records"),
        "the good file is still scanned: {out}"
    );
    assert!(
        out.contains("3 files"),
        "the workflow file is not a template: {out}"
    );
}

#[test]
fn fail_on_sets_the_threshold() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(
        &f,
        "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties: {IsLogging: true, S3BucketName: audit}\n",
    )
    .unwrap();
    let (code, _, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .args(["--skip-rule-for-test"]),
    );
    assert_eq!(code, 2, "unknown flags are usage errors");
    let (code, _, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .args(["--fail-on", "critical"]),
    );
    assert_eq!(code, 1);
    let (code, _, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .arg("--trust-aws-defaults")
            .args(["--fail-on", "critical"]),
    );
    assert_eq!(
        code, 0,
        "with AWS defaults trusted no critical failure remains"
    );
}

#[test]
fn parameters_decide_unknown_values() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(
        &f,
        "Parameters:\n  Encrypt: {Type: String}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      StorageEncrypted: !Ref Encrypt\n",
    )
    .unwrap();
    let (_, out, _) = stdout(phiguard().arg("scan").arg(&f));
    assert!(out.contains("UNKNOWN  rds-storage-encrypted"), "{out}");
    assert!(out.contains("--param Encrypt=VALUE"), "{out}");
    let (_, out, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .args(["--param", "Encrypt=true"]),
    );
    assert!(!out.contains("rds-storage-encrypted"), "{out}");
    let (code, out, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .args(["--param", "Encrypt=false"]),
    );
    assert_eq!(code, 1);
    assert!(out.contains("CRITICAL rds-storage-encrypted"), "{out}");
}

#[test]
fn secrets_are_never_printed() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(
        &f,
        "Parameters:\n  DbPassword: {Type: String, NoEcho: true, Default: Sup3rSecretPw!}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      MasterUserPassword: !Ref DbPassword\n      StorageEncrypted: !Ref DbPassword\n",
    )
    .unwrap();
    for format in ["text", "json"] {
        let (_, out, err) =
            stdout(
                phiguard()
                    .arg("scan")
                    .arg(&f)
                    .args(["--show-passed", "--format", format]),
            );
        assert!(
            !out.contains("Sup3rSecretPw") && !err.contains("Sup3rSecretPw"),
            "{format}: {out}"
        );
    }
}

#[test]
fn json_report_follows_its_schema() {
    let (code, out, _) = stdout(phiguard().args([
        "scan",
        "--format",
        "json",
        "examples/cloudformation/patient-portal-noncompliant.yaml",
    ]));
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema"], "phiguard/scan/v1");
    let fail = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["verdict"] == "fail" && !f["resource"].is_null())
        .unwrap();
    for key in [
        "rule_id",
        "severity",
        "message",
        "resource",
        "location",
        "section",
        "cfr",
        "remediation",
    ] {
        assert!(!fail[key].is_null(), "{key} missing in {fail}");
    }
    assert!(fail["location"]["line"].as_u64().unwrap() > 0);
    assert_eq!(
        v["summary"]["fail"].as_u64().unwrap() as usize,
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["verdict"] == "fail")
            .count()
    );
}

#[test]
fn rules_and_explain_describe_every_rule() {
    let (code, out, _) = stdout(phiguard().arg("rules"));
    assert_eq!(code, 0);
    for r in phiguard_rules::all() {
        assert!(out.contains(r.id), "{} missing from `phiguard rules`", r.id);
    }
    let (code, out, _) = stdout(phiguard().args(["explain", "s3-bucket-encryption"]));
    assert_eq!(code, 0);
    assert!(
        out.contains("Amazon Simple Storage Service") && out.contains("## How to fix"),
        "{out}"
    );
    let (code, _, err) = stdout(phiguard().args(["explain", "no-such-rule"]));
    assert_eq!(code, 2);
    assert!(err.contains("no rule"));
}

#[test]
fn suppressions_need_a_reason_and_stay_visible() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(&f, "Resources:\n  Scratch:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n").unwrap();
    let cfg = dir.path().join("phiguard.toml");
    std::fs::write(&cfg, "[[suppress]]\nrule = \"rds-storage-encrypted\"\nresource = \"Scratch\"\nreason = \"Synthetic test data only (SEC-142)\"\n").unwrap();
    let (_, out, _) = stdout(phiguard().arg("scan").arg(&f).arg("--config").arg(&cfg));
    assert!(
        out.contains("suppressed: Synthetic test data only (SEC-142)"),
        "{out}"
    );
    let (_, out, _) = stdout(
        phiguard()
            .arg("scan")
            .arg(&f)
            .arg("--config")
            .arg(&cfg)
            .args(["--format", "json"]),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "rds-storage-encrypted")
        .unwrap();
    assert_eq!(finding["verdict"], "fail");
    assert_eq!(finding["suppressed"], "Synthetic test data only (SEC-142)");
    assert!(v["summary"]["suppressed"].as_u64().unwrap() >= 1);
    let fails = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "fail" && f["suppressed"].is_null())
        .count();
    assert_eq!(
        v["summary"]["fail"].as_u64().unwrap() as usize,
        fails,
        "suppressed failures are not counted as failing"
    );
    std::fs::write(&cfg, "[[suppress]]\nrule = \"rds-storage-encrypted\"\n").unwrap();
    let (code, _, err) = stdout(phiguard().arg("scan").arg(&f).arg("--config").arg(&cfg));
    assert_eq!(code, 2, "a suppression without a reason is a config error");
    assert!(err.contains("reason"), "{err}");
}

#[test]
fn phi_marking_from_the_command_line_limits_phi_rules() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("t.yaml");
    std::fs::write(&f, "Resources:\n  Records:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql}\n  Cache:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql}\n").unwrap();
    let (_, out, _) = stdout(phiguard().arg("scan").arg(&f).args(["--phi", "Records"]));
    assert!(out.contains("Records (AWS::RDS::DBInstance)"), "{out}");
    assert!(
        !out.contains("Cache (AWS::RDS::DBInstance)"),
        "unmarked resources are not PHI holders: {out}"
    );
    assert!(!out.contains("assumed to hold PHI"), "{out}");
}
