//! Proof for every fix: applied to its rule's failing fixtures (every format the fix
//! supports), the rescan passes the rule, no other finding turns fail, the file still
//! parses, and a second run changes nothing.

use phiguard::ScanOptions;
use phiguard_fix::{FIXES, Options, Plan};
use phiguard_rules::{Config, Verdict};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/fixtures")
}

/// Fixtures whose failure a fix does not reach, and why (each is reported as skipped with
/// its reason; the test fails when one becomes fixable).
const NOT_FIXED: &[(&str, &str)] = &[
    (
        "elb-listener-tls/fail-classic.json",
        "a Classic Load Balancer's listeners are not rewritten (move it to an Application Load Balancer)",
    ),
    (
        "ecs-container-logging/fail.json",
        "the template declares no log group; a new one (key, retention, trail) is the author's design",
    ),
    (
        "ec2-phi-no-public-ip/fail.yaml",
        "the address comes from a public subnet: moving the instance is the author's call",
    ),
    (
        "ec2-phi-no-public-ip/fail-eip.yaml",
        "the address is an Elastic IP: removing it is the author's call",
    ),
    (
        "s3-bucket-encryption/fail-directory-bucket.tf",
        "a directory bucket is not an aws_s3_bucket",
    ),
    (
        "s3-bucket-versioning/fail-condition-branches.yaml",
        "the setting is chosen by Fn::If; which branch to change is the author's call",
    ),
    (
        "dynamodb-point-in-time-recovery/fail.json",
        "AWS::Serverless::SimpleTable has no point-in-time recovery setting",
    ),
    (
        "rds-tls-enforced/fail-untrusted-default.yaml",
        "no EngineVersion, so no parameter group family to write",
    ),
    (
        "rds-tls-enforced/fail.json",
        "SQL Server's parameter group families are not written yet",
    ),
    (
        "elasticache-at-rest-encryption/fail-cache-cluster.yaml",
        "an AWS::ElastiCache::CacheCluster cannot encrypt at rest; it must become a replication group",
    ),
    (
        "codepipeline-artifact-store-kms/fail.json",
        "artifact stores in several Regions need a key in each Region: the author's to name",
    ),
    (
        "backup-plan-offsite-copy/fail.yaml",
        "the rule copies to a vault of the template already; moving that copy to another Region or account is the author's call",
    ),
    (
        "emr-at-rest-encryption/fail-no-config.yaml",
        "the cluster names no security configuration: its keys are the author's design",
    ),
    (
        "emr-in-transit-encryption/fail-no-config.yaml",
        "the cluster names no security configuration: its certificates are the author's design",
    ),
    (
        "flow-transmission-encrypted/fail-apigw-http-integration.yaml",
        "an API Gateway HTTP integration: the backend must serve HTTPS first",
    ),
    (
        "flow-transmission-encrypted/fail-cloudfront-s3-allow-all.yaml",
        "a CloudFront viewer or origin hop: left to its author",
    ),
    (
        "flow-transmission-encrypted/fail-firehose-http-endpoint.yaml",
        "a Firehose HTTP endpoint: the receiver must serve HTTPS first",
    ),
];

fn not_fixed(rule: &str, name: &str) -> bool {
    NOT_FIXED
        .iter()
        .any(|(f, _)| *f == format!("{rule}/{name}"))
}

fn config_for(file: &Path) -> Config {
    let name = file.file_name().unwrap().to_string_lossy().to_string();
    let stem = name.split('.').next().unwrap();
    let cfg = file.with_file_name(format!("{stem}.toml"));
    if cfg.is_file() {
        toml::from_str(&std::fs::read_to_string(cfg).unwrap()).unwrap()
    } else {
        Config::default()
    }
}

struct Scan {
    failing: BTreeSet<(String, String)>,
    rule_verdicts: Vec<Verdict>,
    plan: Plan,
}

/// A value for a parameter or variable the fix added, as the user gives it at deploy.
fn value_for(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    if n.contains("kms") {
        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".into()
    } else if n.contains("vault") {
        "arn:aws:backup:us-west-2:111122223333:backup-vault:phi-copies".into()
    } else if n.contains("ipv6") {
        "2001:db8:1234::/48".into()
    } else if n.contains("cidr") {
        "10.20.0.0/16".into()
    } else if n.contains("token") {
        "Q7v9xT2mP4kL8nR3wZ6yB1cF5hJ0dGq".into()
    } else {
        "northwind-access-logs".into()
    }
}

/// Names the fix added: template parameters without a default, Terraform variables.
fn added_inputs(before: &str, after: &str, tf: bool) -> Vec<String> {
    if tf {
        return after
            .match_indices("variable \"")
            .filter_map(|(i, _)| after[i + 10..].split('"').next())
            .filter(|n| !before.contains(&format!("variable \"{n}\"")))
            .map(str::to_string)
            .collect();
    }
    let params = |t: &str| -> Vec<String> {
        phiguard_cloudformation::yaml::parse(t)
            .ok()
            .and_then(|r| {
                r.get("Parameters")
                    .map(|p| p.entries().iter().map(|(k, _)| k.name.clone()).collect())
            })
            .unwrap_or_default()
    };
    let old = params(before);
    params(after)
        .into_iter()
        .filter(|p| !old.contains(p))
        .collect()
}

fn scan(file: &Path, rule: &str, config: &Config, inputs: &[String]) -> Scan {
    let mut opts = ScanOptions {
        config: config.clone(),
        ..ScanOptions::default()
    };
    for name in inputs {
        opts.cloudformation
            .params
            .insert(name.clone(), value_for(name));
        opts.terraform.vars.push((name.clone(), value_for(name)));
    }
    let (result, sources) = phiguard::scan(&[file.to_path_buf()], &opts);
    let errors: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.level == phiguard_model::Level::Error)
        .collect();
    assert!(
        errors.is_empty(),
        "{}: input errors {errors:?}",
        file.display()
    );
    assert!(!result.inputs.is_empty(), "{}: not read", file.display());
    let failing = result
        .findings
        .iter()
        .filter(|f| f.is_failure())
        .map(|f| {
            (
                f.rule.id.to_string(),
                f.subject
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let rule_verdicts = result
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| f.verdict)
        .collect();
    let plan = phiguard_fix::plan(
        &result.findings,
        &sources,
        &Options {
            unsafe_fixes: true,
            rules: vec![rule.to_string()],
        },
    );
    Scan {
        failing,
        rule_verdicts,
        plan,
    }
}

/// Whether the fix has a function for this fixture's format.
/// Whether a fixture is a saved inventory of a live account (a `.json` file).
fn is_inventory(path: &std::path::Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| t.contains("\"phiguard-inventory/1\""))
}

fn supported(fix: &phiguard_fix::Fix, name: &str) -> bool {
    if name.ends_with(".plan.json") || name.ends_with(".tf.json") {
        false
    } else if name.ends_with(".tf") {
        fix.tf.is_some()
    } else if name.ends_with(".yaml") || name.ends_with(".json") {
        fix.cfn.is_some()
    } else {
        false
    }
}

#[test]
fn every_fix_turns_its_failing_fixtures_to_pass_and_breaks_nothing() {
    let mut problems = Vec::new();
    let mut proven = 0;
    for fix in FIXES {
        let dir = fixtures_root().join(fix.rule);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.starts_with("fail") && supported(fix, n))
            // Saved inventories of live accounts are evidence, never edited.
            .filter(|n| !is_inventory(&dir.join(n)))
            .collect();
        names.sort();
        assert!(
            !names.is_empty(),
            "{}: no failing fixture in a format it fixes",
            fix.rule
        );
        for name in names {
            let src = dir.join(&name);
            let config = config_for(&src);
            let tmp = tempfile::tempdir().unwrap();
            let file = tmp.path().join(&name);
            std::fs::copy(&src, &file).unwrap();
            let before = scan(&file, fix.rule, &config, &[]);
            let label = format!("{}/{name}", fix.rule);
            let Some(changed) = before.plan.files.first() else {
                if !not_fixed(fix.rule, &name) {
                    problems.push(format!(
                        "{label}: no fix written; skipped: {:?}",
                        before.plan.skipped
                    ));
                }
                continue;
            };
            if not_fixed(fix.rule, &name) {
                problems.push(format!("{label}: now fixed; remove it from NOT_FIXED"));
            }
            std::fs::write(&file, &changed.after).unwrap();
            let inputs = added_inputs(&changed.before, &changed.after, name.ends_with(".tf"));
            let after = scan(&file, fix.rule, &config, &inputs);
            if after.rule_verdicts.contains(&Verdict::Fail)
                || !after.rule_verdicts.contains(&Verdict::Pass)
            {
                problems.push(format!(
                    "{label}: after the fix the rule says {:?}\n{}",
                    after.rule_verdicts,
                    changed.diff()
                ));
            }
            let new: Vec<_> = after.failing.difference(&before.failing).collect();
            if !new.is_empty() {
                problems.push(format!(
                    "{label}: the fix made these fail: {new:?}\n{}",
                    changed.diff()
                ));
            }
            if !after.plan.files.is_empty() {
                problems.push(format!("{label}: a second run changes the file again"));
            }
            proven += 1;
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    assert!(proven >= 60, "only {proven} fixtures proven");
}

#[test]
fn at_least_thirty_rules_have_a_cloudformation_fix() {
    assert!(FIXES.iter().filter(|f| f.cfn.is_some()).count() >= 30);
    for f in FIXES {
        assert!(
            phiguard_rules::find(f.rule).is_some(),
            "{}: no such rule",
            f.rule
        );
    }
}
