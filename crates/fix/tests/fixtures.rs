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

/// Fixtures whose failure a fix does not reach, and why (each is reported as skipped).
const NOT_FIXED: &[(&str, &str)] = &[
    ("s3-bucket-encryption/fail-reached-by-flow.yaml", "the failure is on a bucket another resource's flow reaches; judged as a data store, fixed like fail.yaml"),
    ("s3-bucket-encryption/fail-directory-bucket.tf", "directory buckets are not aws_s3_bucket"),
    ("s3-bucket-encryption/fail-v3-inline.tf", "inline v3 encryption block: moved by hand"),
    ("rds-storage-encrypted/fail-replica.yaml", "a read replica inherits its source's encryption"),
    ("rds-storage-encrypted/fail-reached-by-flow.yaml", "see s3 reached-by-flow"),
];

/// Fixtures a fix cannot make pass, for now (listed so the test fails when that changes).
fn not_fixed(rule: &str, name: &str) -> bool {
    NOT_FIXED.iter().any(|(f, _)| *f == format!("{rule}/{name}"))
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

fn scan(file: &Path, rule: &str, config: &Config) -> Scan {
    let opts = ScanOptions {
        config: config.clone(),
        ..ScanOptions::default()
    };
    let (result, sources) = phiguard::scan(&[file.to_path_buf()], &opts);
    let errors: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.level == phiguard_model::Level::Error)
        .collect();
    assert!(errors.is_empty(), "{}: input errors {errors:?}", file.display());
    assert!(!result.inputs.is_empty(), "{}: not read", file.display());
    let failing = result
        .findings
        .iter()
        .filter(|f| f.is_failure())
        .map(|f| (f.rule.id.to_string(), f.subject.as_ref().map(|s| s.name.clone()).unwrap_or_default()))
        .collect();
    let rule_verdicts = result.findings.iter().filter(|f| f.rule.id == rule).map(|f| f.verdict).collect();
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
            .collect();
        names.sort();
        assert!(!names.is_empty(), "{}: no failing fixture in a format it fixes", fix.rule);
        for name in names {
            let src = dir.join(&name);
            let config = config_for(&src);
            let tmp = tempfile::tempdir().unwrap();
            let file = tmp.path().join(&name);
            std::fs::copy(&src, &file).unwrap();
            let before = scan(&file, fix.rule, &config);
            let label = format!("{}/{name}", fix.rule);
            let Some(changed) = before.plan.files.first() else {
                if !not_fixed(fix.rule, &name) {
                    problems.push(format!("{label}: no fix written; skipped: {:?}", before.plan.skipped));
                }
                continue;
            };
            if not_fixed(fix.rule, &name) {
                problems.push(format!("{label}: now fixed; remove it from NOT_FIXED"));
            }
            std::fs::write(&file, &changed.after).unwrap();
            let after = scan(&file, fix.rule, &config);
            if after.rule_verdicts.contains(&Verdict::Fail) || !after.rule_verdicts.contains(&Verdict::Pass) {
                problems.push(format!("{label}: after the fix the rule says {:?}\n{}", after.rule_verdicts, changed.diff()));
            }
            let new: Vec<_> = after.failing.difference(&before.failing).collect();
            if !new.is_empty() {
                problems.push(format!("{label}: the fix made these fail: {new:?}\n{}", changed.diff()));
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
        assert!(phiguard_rules::find(f.rule).is_some(), "{}: no such rule", f.rule);
    }
}
