//! Custom Rego rules as a user meets them: the example policies on the bundled examples,
//! in every command and report format, named by the configuration, and broken policies
//! that are located errors while the rest of the scan goes on.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn phiguard() -> Command {
    let mut c = Command::cargo_bin("phiguard").unwrap();
    c.current_dir(root());
    c
}

fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// (rule, resource, verdict) of every custom finding of a JSON report.
fn custom_verdicts(json: &str) -> Vec<(String, String, String)> {
    let v: Value = serde_json::from_str(json).expect("JSON report");
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["custom"] == true)
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["resource"]["name"].as_str().unwrap_or("").to_string(),
                f["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn scan_json(path: &str, extra: &[&str]) -> (i32, String, String) {
    run(phiguard()
        .args(["scan", path, "--no-config", "--format", "json"])
        .args(extra))
}

#[test]
fn the_example_policies_judge_the_bundled_examples_alike_in_both_languages() {
    let policies = ["--policy-dir", "examples/policies"];
    for (path, cluster, verdict, code) in [
        (
            "examples/cloudformation/patient-portal-noncompliant.yaml",
            "ClinicalDb",
            "fail",
            1,
        ),
        (
            "examples/cloudformation/patient-portal-compliant.yaml",
            "ClinicalDb",
            "pass",
            0,
        ),
        (
            "examples/terraform/patient-portal-noncompliant",
            "aws_rds_cluster.clinical_db",
            "fail",
            1,
        ),
        (
            "examples/terraform/patient-portal-compliant",
            "aws_rds_cluster.clinical_db",
            "pass",
            0,
        ),
    ] {
        let (c, out, err) = scan_json(path, &policies);
        assert_eq!(c, code, "{path}: {err}");
        let v = custom_verdicts(&out);
        let rds: Vec<_> = v
            .iter()
            .filter(|(r, n, _)| r == "acme.rds-customer-managed-key" && n == cluster)
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(rds, [verdict], "{path}: {v:#?}");
        let buckets: Vec<_> = v
            .iter()
            .filter(|(r, _, v)| r == "acme.phi-bucket-classified" && v != "not_applicable")
            .map(|(_, _, v)| v.as_str())
            .collect();
        assert_eq!(buckets, ["pass"], "{path}: {v:#?}");
        let report: Value = serde_json::from_str(&out).unwrap();
        assert!(
            report["diagnostics"]
                .as_array()
                .is_none_or(|d| d.iter().all(|d| d["level"] != "error")),
            "{path}: {}",
            report["diagnostics"]
        );
    }
}

#[test]
fn a_failing_custom_rule_fails_the_gate_and_appears_in_every_format() {
    let path = "examples/cloudformation/patient-portal-noncompliant.yaml";
    for format in [
        "text", "json", "sarif", "junit", "csv", "markdown", "html", "asff",
    ] {
        let (code, out, err) = run(phiguard().args([
            "scan",
            path,
            "--no-config",
            "--policy-dir",
            "examples/policies",
            "--format",
            format,
        ]));
        assert_eq!(code, 1, "{format}: {err}");
        assert!(
            out.contains("acme.rds-customer-managed-key"),
            "{format} lacks the custom rule"
        );
    }
    // Only the custom rule at or above high: still failing (the rule is high).
    let (_, out, _) = scan_json(path, &["--policy-dir", "examples/policies"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "acme.rds-customer-managed-key" && f["verdict"] == "fail")
        .expect("the custom failure");
    assert_eq!(f["severity"], "high");
    assert_eq!(f["cfr"][0], "164.312(a)(2)(iv)");
    assert_eq!(f["resource"]["kind"], "AWS::RDS::DBCluster");
    let (_, sarif, _) = run(phiguard().args([
        "scan",
        path,
        "--no-config",
        "--policy-dir",
        "examples/policies",
        "--format",
        "sarif",
    ]));
    let s: Value = serde_json::from_str(&sarif).unwrap();
    let rule = s["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "acme.rds-customer-managed-key")
        .expect("the custom rule in SARIF");
    assert!(
        rule["properties"]["tags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("custom"))
    );
}

#[test]
fn rules_explain_and_coverage_show_custom_rules_as_custom() {
    let (code, out, err) = run(phiguard().args(["rules", "--policy-dir", "examples/policies"]));
    assert_eq!(code, 0, "{err}");
    let line = out
        .lines()
        .find(|l| l.starts_with("acme.rds-customer-managed-key"))
        .expect("listed");
    assert!(line.contains("[custom]"), "{line}");
    assert!(out.contains("(2 custom)"), "{out}");
    let (code, out, _) = run(phiguard().args([
        "rules",
        "--format",
        "json",
        "--policy-dir",
        "examples/policies",
    ]));
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let custom: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["custom"] == true)
        .collect();
    assert_eq!(custom.len(), 2);

    let (code, out, err) = run(phiguard().args([
        "explain",
        "acme.phi-bucket-classified",
        "--policy-dir",
        "examples/policies",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# acme.phi-bucket-classified: "), "{out}");
    assert!(out.contains("Custom rule"), "{out}");
    assert!(out.contains("164.310(d)(1)"), "{out}");
    let (code, _, err) = run(phiguard().args(["explain", "acme.phi-bucket-classified"]));
    assert_eq!(code, 2, "without the folder the rule is unknown: {err}");

    let (code, plain, _) = run(phiguard().args(["coverage", "--format", "json"]));
    assert_eq!(code, 0);
    let (code, with, _) = run(phiguard().args([
        "coverage",
        "--format",
        "json",
        "--policy-dir",
        "examples/policies",
    ]));
    assert_eq!(code, 0);
    let plain: Vec<Value> = serde_json::from_str(&plain).unwrap();
    let with: Vec<Value> = serde_json::from_str(&with).unwrap();
    assert_eq!(with.len(), plain.len() + 2);
    assert_eq!(&with[..plain.len()], &plain[..], "catalog rows unchanged");
    assert!(with[plain.len()..].iter().all(|r| r["status"] == "custom"));
    let (_, text, _) = run(phiguard().args(["coverage", "--policy-dir", "examples/policies"]));
    assert!(text.contains("2 custom rules (your organisation's, not counted against the catalog)"));
}

#[test]
fn the_configuration_loads_policy_dirs_and_may_suppress_and_skip_custom_rules() {
    let dir = tempfile::tempdir().unwrap();
    let policies = root().join("examples/policies");
    let cfg = dir.path().join("phiguard.toml");
    std::fs::write(
        &cfg,
        format!(
            "policy_dirs = [{:?}]\n\n[[suppress]]\nrule = \"acme.rds-customer-managed-key\"\nresource = \"ClinicalDb\"\nreason = \"Key migration planned (SEC-9)\"\n",
            policies.to_string_lossy()
        ),
    )
    .unwrap();
    let (_, out, err) = run(phiguard().args([
        "scan",
        "examples/cloudformation/patient-portal-noncompliant.yaml",
        "--format",
        "json",
        "--config",
        cfg.to_str().unwrap(),
    ]));
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "acme.rds-customer-managed-key" && f["verdict"] == "fail")
        .expect("judged through policy_dirs");
    assert_eq!(f["suppressed"], "Key migration planned (SEC-9)");

    // A relative folder is relative to the configuration file.
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::copy(
        policies.join("rds_customer_managed_key.rego"),
        dir.path().join("rules/rds.rego"),
    )
    .unwrap();
    std::fs::write(
        &cfg,
        "policy_dirs = [\"rules\"]\nskip_rules = [\"acme.rds-customer-managed-key\"]\n",
    )
    .unwrap();
    let (code, out, err) = run(phiguard().args([
        "scan",
        "examples/cloudformation/patient-portal-compliant.yaml",
        "--format",
        "json",
        "--config",
        cfg.to_str().unwrap(),
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(custom_verdicts(&out).is_empty(), "skipped");

    // Without the policy, the id names no rule: a located configuration error.
    std::fs::write(&cfg, "skip_rules = [\"acme.rds-customer-managed-key\"]\n").unwrap();
    let (code, _, err) = run(phiguard().args([
        "scan",
        "examples/cloudformation/patient-portal-compliant.yaml",
        "--config",
        cfg.to_str().unwrap(),
    ]));
    assert_eq!(code, 2);
    assert!(
        err.contains("skip_rules names no rule 'acme.rds-customer-managed-key'"),
        "{err}"
    );
}

#[test]
fn a_broken_policy_is_a_located_error_in_every_report_and_the_scan_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let policies = root().join("examples/policies");
    for f in [
        "phi_bucket_classified.rego",
        "rds_customer_managed_key.rego",
    ] {
        std::fs::copy(policies.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("broken.rego"),
        "package custom.broken\n\nmetadata := {\"id\": \"custom-broken\",\n\nresults contains x if {\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("runtime.rego"),
        "package custom.runtime\n\nmetadata := {\"id\": \"custom-runtime\", \"title\": \"t\", \"severity\": \"low\", \"rationale\": \"r\", \"remediation\": \"m\"}\n\nresults contains {\"resource\": r.id, \"verdict\": \"fail\", \"message\": m} if {\n  some r in input.resources\n  m := concat(\"\", [r.name, 1 / 0])\n}\n",
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let path = "examples/cloudformation/patient-portal-noncompliant.yaml";
    let (code, out, err) = scan_json(path, &["--policy-dir", d]);
    assert_eq!(code, 2, "a rule that did not run is an error: {err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<&Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["level"] == "error")
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let broken = errors
        .iter()
        .find(|e| e["file"].as_str().unwrap().ends_with("broken.rego"))
        .expect("the syntax error");
    assert_eq!(broken["location"]["line"], 5, "{broken}");
    let runtime = errors
        .iter()
        .find(|e| e["file"].as_str().unwrap().ends_with("runtime.rego"))
        .expect("the runtime error");
    assert_eq!(runtime["location"]["line"], 7, "{runtime}");
    assert!(
        runtime["message"]
            .as_str()
            .unwrap()
            .contains("divide by zero")
    );
    // The other policies and the built-in rules still ran.
    let custom = custom_verdicts(&out);
    assert!(
        custom
            .iter()
            .any(|(r, _, v)| r == "acme.rds-customer-managed-key" && v == "fail")
    );
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule_id"] == "s3-bucket-encryption" && f["verdict"] == "fail")
    );
    // ASFF is a findings import for Security Hub and carries no input errors (of any
    // input); its exit code still says that a rule did not run.
    for format in ["text", "sarif", "junit", "csv", "markdown", "html", "asff"] {
        let (code, out, _) = run(phiguard().args([
            "scan",
            path,
            "--no-config",
            "--policy-dir",
            d,
            "--format",
            format,
        ]));
        assert_eq!(code, 2, "{format}");
        assert!(
            format == "asff" || out.contains("broken.rego"),
            "{format} does not list the broken policy"
        );
    }
    let (code, _, err) = run(phiguard().args(["rules", "--policy-dir", d]));
    assert_eq!(code, 2);
    assert!(err.contains("broken.rego:5:"), "{err}");
}
