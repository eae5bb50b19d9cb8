//! cfn-lint finds no new error in any CloudFormation fixture after its fix. Needs cfn-lint
//! (`scripts/install-cfn-lint.sh` puts it in target/cfn-lint; `scripts/test.sh` runs this
//! test when CI=true or cfn-lint is present), so it is ignored in a plain `cargo test`.

use phiguard::ScanOptions;
use phiguard_fix::{FIXES, Options};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn cfn_lint() -> PathBuf {
    let venv = workspace().join("target/cfn-lint/bin/cfn-lint");
    if venv.is_file() {
        venv
    } else {
        PathBuf::from("cfn-lint")
    }
}

/// Error findings (E codes) per file name, as "code: message" without positions.
fn errors(dir: &Path) -> BTreeMap<String, Vec<String>> {
    let files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let out = Command::new(cfn_lint())
        .args(["--format", "parseable"])
        .args(&files)
        .output()
        .expect("cfn-lint runs (scripts/install-cfn-lint.sh)");
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        // path:line:col:endline:endcol:CODE:message
        let parts: Vec<&str> = line.splitn(7, ':').collect();
        if parts.len() == 7 && parts[5].starts_with('E') {
            let name = Path::new(parts[0])
                .file_name()
                .unwrap()
                .to_string_lossy()
                .to_string();
            by_file
                .entry(name)
                .or_default()
                .push(format!("{}: {}", parts[5], parts[6]));
        }
    }
    by_file
}

#[test]
#[ignore = "needs cfn-lint (scripts/install-cfn-lint.sh)"]
fn fixed_templates_have_no_new_cfn_lint_errors() {
    let before = tempfile::tempdir().unwrap();
    let after = tempfile::tempdir().unwrap();
    let root = workspace().join("crates/rules/fixtures");
    for fix in FIXES.iter().filter(|f| f.cfn.is_some()) {
        for e in std::fs::read_dir(root.join(fix.rule)).unwrap() {
            let src = e.unwrap().path();
            let name = src.file_name().unwrap().to_string_lossy().to_string();
            let cfn = name.ends_with(".yaml")
                || (name.ends_with(".json")
                    && !name.ends_with(".tf.json")
                    && !name.ends_with(".plan.json"));
            if !name.starts_with("fail") || !cfn {
                continue;
            }
            let flat = format!("{}--{name}", fix.rule);
            let b = before.path().join(&flat);
            std::fs::copy(&src, &b).unwrap();
            let (result, sources) =
                phiguard::scan(std::slice::from_ref(&b), &ScanOptions::default());
            let plan = phiguard_fix::plan(
                &result.findings,
                &sources,
                &Options {
                    unsafe_fixes: true,
                    rules: vec![fix.rule.into()],
                },
            );
            let text = plan
                .files
                .first()
                .map_or_else(|| std::fs::read_to_string(&b).unwrap(), |f| f.after.clone());
            std::fs::write(after.path().join(&flat), text).unwrap();
        }
    }
    let (old, new) = (errors(before.path()), errors(after.path()));
    let mut problems = Vec::new();
    for (file, errs) in &new {
        for e in errs {
            if !old.get(file).is_some_and(|o| o.contains(e)) {
                problems.push(format!("{file}: {e}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "new cfn-lint errors:\n{}",
        problems.join("\n")
    );
}
