//! Every rule's fixtures: `crates/rules/fixtures/<rule-id>/<verdict>[-label].<ext>`, where
//! `<ext>` is `yaml`/`json` (CloudFormation), `tf`/`tf.json` (a Terraform configuration,
//! read alone) or `plan.json` (a Terraform plan); the stem is the part before the first dot.
//!
//! `fail*` must produce a failing finding of that rule; `pass*` a passing one and no
//! failure; `unknown*` an unknown one and no failure; `na*` a not-applicable one and
//! no failure. A `<stem>.toml` beside a fixture is its config. Each fixture's findings
//! for its rule are snapshotted.

use phiguard::ScanOptions;
use phiguard_rules::{Config, Verdict};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixtures_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/fixtures")
}

fn expected(stem: &str) -> Option<Verdict> {
    let head = stem.split('-').next().unwrap_or("");
    match head {
        "fail" => Some(Verdict::Fail),
        "pass" => Some(Verdict::Pass),
        "unknown" => Some(Verdict::Unknown),
        "na" => Some(Verdict::NotApplicable),
        _ => None,
    }
}

/// A fixture in a format some input reads (`.tf` fixtures wait for the Terraform input).
fn is_input(p: &Path) -> bool {
    // Variable files (`.tfvars`) and configs belong to a fixture; they are not fixtures.
    p.extension()
        .is_some_and(|e| e != "toml" && e != "md" && e != "vars" && e != "tfvars")
        && phiguard::inputs::candidate(p).is_some()
}

/// Fixtures in a format no input reads yet wait until one does; they are skipped and
/// do not count towards fail/pass coverage.
fn is_read(p: &Path) -> bool {
    phiguard::inputs::candidate(p).is_some()
}

/// Runs one fixture and returns its rendered findings for `rule`.
fn check_fixture(rule: &str, file: &Path) -> Result<String, String> {
    let stem = file.file_name().unwrap().to_string_lossy().to_string();
    let stem = stem.split('.').next().unwrap().to_string();
    let want = expected(&stem).ok_or_else(|| {
        format!(
            "{}: name must start with fail/pass/unknown/na",
            file.display()
        )
    })?;
    let cfg_path = file.with_file_name(format!("{stem}.toml"));
    let config: Config = if cfg_path.is_file() {
        toml::from_str(&std::fs::read_to_string(&cfg_path).unwrap())
            .map_err(|e| format!("{}: {e}", cfg_path.display()))?
    } else {
        Config::default()
    };
    let opts = ScanOptions {
        config,
        ..ScanOptions::default()
    };
    let (result, _) = phiguard::scan(&[file.to_path_buf()], &opts);
    let errors: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.level == phiguard_model::Level::Error)
        .collect();
    if !errors.is_empty() {
        return Err(format!("{}: input errors {errors:?}", file.display()));
    }
    if result.inputs.is_empty() {
        return Err(format!("{}: not read as an input", file.display()));
    }
    let mine: Vec<_> = result
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .collect();
    let has = |v: Verdict| mine.iter().any(|f| f.verdict == v);
    if !has(want) {
        return Err(format!(
            "{}: expected a {want:?} finding of {rule}, got {:?}",
            file.display(),
            mine.iter()
                .map(|f| (f.verdict, &f.message))
                .collect::<Vec<_>>()
        ));
    }
    if want != Verdict::Fail && has(Verdict::Fail) {
        return Err(format!(
            "{}: unexpected failure of {rule}: {:?}",
            file.display(),
            mine.iter()
                .filter(|f| f.verdict == Verdict::Fail)
                .map(|f| &f.message)
                .collect::<Vec<_>>()
        ));
    }
    let root = fixtures_root();
    let mut out = String::new();
    for f in mine {
        let loc = f.location.as_ref().map(|l| {
            let p = Path::new(&*l.file);
            let rel = p
                .strip_prefix(&root)
                .unwrap_or(p)
                .to_string_lossy()
                .to_string();
            format!("{rel}:{}:{}", l.line, l.column)
        });
        out.push_str(&format!(
            "{:?} {} {} {}\n  {}\n",
            f.verdict,
            f.subject.as_ref().map_or("-", |s| s.name.as_str()),
            loc.unwrap_or_default(),
            f.path.as_deref().unwrap_or(""),
            f.message
        ));
    }
    Ok(out)
}

#[test]
fn every_rule_has_passing_and_failing_fixtures_that_behave() {
    let root = fixtures_root();
    let mut problems = Vec::new();
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("fixture_snapshots");
    let _guard = settings.bind_to_scope();
    let mut jobs = Vec::new();
    for rule in phiguard_rules::all() {
        let dir = root.join(rule.id);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && is_input(p) && is_read(p))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        let kinds: BTreeSet<_> = files
            .iter()
            .filter_map(|p| {
                Some(
                    p.file_name()?
                        .to_string_lossy()
                        .split(['-', '.'])
                        .next()?
                        .to_string(),
                )
            })
            .collect();
        for need in ["fail", "pass"] {
            if !kinds.contains(need) {
                problems.push(format!(
                    "{}: no {need} fixture in {}",
                    rule.id,
                    dir.display()
                ));
            }
        }
        jobs.extend(files.into_iter().map(|f| (rule.id, f)));
    }
    // Scanned in parallel; the snapshots are compared here, in order, where insta's
    // settings are bound.
    let results: Vec<_> = jobs
        .par_iter()
        .map(|(rule, f)| check_fixture(rule, f))
        .collect();
    for ((rule, f), result) in jobs.iter().zip(results) {
        match result {
            Ok(rendered) => {
                let name = format!("{rule}__{}", f.file_name().unwrap().to_string_lossy());
                insta::assert_snapshot!(name, rendered);
            }
            Err(e) => problems.push(e),
        }
    }
    assert!(
        problems.is_empty(),
        "{} fixture problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn fixture_folders_match_rules() {
    let ids: BTreeSet<_> = phiguard_rules::all()
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    for d in std::fs::read_dir(fixtures_root()).unwrap().flatten() {
        let name = d.file_name().to_string_lossy().to_string();
        assert!(
            ids.contains(&name) || name.starts_with('_'),
            "fixtures/{name} belongs to no rule"
        );
    }
}
