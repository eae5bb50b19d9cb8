//! A scan that checked nothing, or whose configuration loosened the gate, never passes
//! silently; output stays safe on hostile input (issue 9 §2, §4).

use assert_cmd::Command;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn bin() -> Command {
    Command::cargo_bin("phiguard").unwrap()
}

fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const BUCKET: &str = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n";

#[test]
fn a_scan_that_reads_nothing_exits_2_unless_allowed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), "# nothing to scan\n").unwrap();
    let (code, _, err) = run(bin().current_dir(dir.path()).args(["scan", "."]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nothing was checked"), "{err}");
    let (code, _, err) = run(bin()
        .current_dir(dir.path())
        .args(["scan", ".", "--allow-empty"]));
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = run(bin()
        .current_dir(dir.path())
        .args(["graph", ".", "--format", "json"]));
    assert_eq!(code, 2, "graph too");
}

#[cfg(unix)]
#[test]
fn skipped_files_and_symlinks_are_listed_in_every_report() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.yaml"), BUCKET).unwrap();
    std::fs::write(dir.path().join("ok.yaml"), BUCKET).unwrap();
    std::fs::write(dir.path().join("workflow.yml"), "on: push\njobs: {}\n").unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("linked")).unwrap();
    std::fs::write(dir.path().join("README.txt"), "hi\n").unwrap();
    for format in phiguard_report::FORMATS {
        if *format == "asff" {
            continue; // Security Hub findings carry findings only (docs/formats.md).
        }
        let (_, out, err) = run(bin().current_dir(dir.path()).args([
            "scan",
            ".",
            "README.txt",
            "--format",
            format,
        ]));
        for needle in ["linked", "workflow.yml", "README.txt"] {
            assert!(
                out.contains(needle),
                "{format} does not list {needle}: {err}"
            );
        }
        assert!(!out.contains("secret.yaml"), "{format} followed the link");
    }
}

#[test]
fn config_in_the_repository_is_named_and_cannot_skip_every_rule() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stack.yaml"), BUCKET).unwrap();
    let all: Vec<String> = phiguard_rules::all()
        .iter()
        .map(|r| format!("\"{}\"", r.id))
        .collect();
    std::fs::write(
        dir.path().join("phiguard.toml"),
        format!("skip_rules = [{}]\n", all.join(", ")),
    )
    .unwrap();
    let (code, out, err) = run(bin().current_dir(dir.path()).args(["scan", "stack.yaml"]));
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("no rule would run: phiguard.toml skips every rule"),
        "{err}"
    );
    // --no-config ignores the repository's file: the gate holds.
    let (code, out, _) =
        run(bin()
            .current_dir(dir.path())
            .args(["scan", "stack.yaml", "--no-config"]));
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("config: none"), "{out}");

    std::fs::write(
        dir.path().join("phiguard.toml"),
        "skip_rules = [\"s3-bucket-encryption\"]\n\n[[suppress]]\nrule = \"s3-bucket-versioning\"\nreason = \"scratch data (SEC-1)\"\n",
    )
    .unwrap();
    for format in phiguard_report::FORMATS {
        let (_, out, err) =
            run(bin()
                .current_dir(dir.path())
                .args(["scan", "stack.yaml", "--format", format]));
        if *format == "asff" {
            continue;
        }
        assert!(
            out.contains("phiguard.toml"),
            "{format} does not name the config: {err}"
        );
        assert!(
            out.contains("s3-bucket-encryption"),
            "{format} does not list the skipped rule"
        );
    }
    let (_, out, _) =
        run(bin()
            .current_dir(dir.path())
            .args(["scan", "stack.yaml", "--format", "json"]));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["config"]["path"], "phiguard.toml");
    assert_eq!(v["skipped_rules"][0], "s3-bucket-encryption");
    assert!(
        v["scope"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l.as_str().unwrap().contains("suppressed by phiguard.toml"))
    );
}

#[test]
fn config_mistakes_are_located_errors_or_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stack.yaml"), BUCKET).unwrap();
    let cases = [
        (
            "trust_aws_defaults = false\nskip_rule = [\"x\"]\n",
            "phiguard.toml:2:1",
        ),
        (
            "skip_rules = [\"s3-bucket-encrypton\"]\n",
            "phiguard.toml:1:15",
        ),
        (
            "[[suppress]]\nrule = \"s3-bucket-versioning\"\nreason = \"\"\n",
            "phiguard.toml:3:10: a suppression needs a reason",
        ),
        (
            "[[suppress]]\nrule = \"s3-versionning\"\nreason = \"x\"\n",
            "phiguard.toml:2:8",
        ),
    ];
    for (text, want) in cases {
        std::fs::write(dir.path().join("phiguard.toml"), text).unwrap();
        let (code, _, err) = run(bin().current_dir(dir.path()).args(["scan", "stack.yaml"]));
        assert_eq!(code, 2, "{text}: {err}");
        assert!(err.contains(want), "{text}: {err}");
    }
    std::fs::write(
        dir.path().join("phiguard.toml"),
        "[[suppress]]\nrule = \"s3-bucket-versioning\"\nresource = \"Recrods\"\nreason = \"x\"\n",
    )
    .unwrap();
    let (_, out, _) = run(bin().current_dir(dir.path()).args([
        "scan",
        "stack.yaml",
        "--phi",
        "Recodrs",
        "--param",
        "Stgae=prod",
        "--format",
        "json",
    ]));
    let v: Value = serde_json::from_str(&out).unwrap();
    let diags: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect();
    for needle in [
        "'Recrods' matches no failing finding",
        "'Recodrs'",
        "--param Stgae",
    ] {
        assert!(
            diags.iter().any(|d| d.contains(needle)),
            "{needle}: {diags:?}"
        );
    }
}

#[test]
fn output_naming_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("stack.yaml");
    std::fs::write(&f, BUCKET).unwrap();
    let (code, _, err) = run(bin().current_dir(dir.path()).args([
        "scan",
        ".",
        "--format",
        "json",
        "-o",
        "./stack.yaml",
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("refusing to overwrite"), "{err}");
    assert_eq!(std::fs::read_to_string(&f).unwrap(), BUCKET);
    let (code, _, _) =
        run(bin()
            .current_dir(dir.path())
            .args(["graph", "stack.yaml", "-o", "stack.yaml"]));
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(&f).unwrap(), BUCKET);
}

/// Runs phiguard with its stdout read for `n` bytes and then closed.
fn closed_early(args: &[&str], n: usize) -> String {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("phiguard"))
        .current_dir(root())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = vec![0; n];
    stdout.read_exact(&mut buf).unwrap();
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    child.wait().unwrap();
    err
}

#[test]
fn a_closed_pipe_ends_quietly() {
    for args in [
        &["coverage", "--format", "json"][..],
        &["rules"],
        &["scan", "examples/cloudformation", "--show-passed"],
        &["scan", "examples/cloudformation", "--format", "json"],
    ] {
        let err = closed_early(args, 10);
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn scan_help_lists_formats_thresholds_and_exit_codes() {
    let (_, out, _) = run(bin().args(["scan", "--help"]));
    for needle in [
        "text, json, sarif, junit, csv, markdown, asff, html",
        "critical, high, medium, low",
        "Exit codes:",
        "--allow-empty",
        "--no-config",
        "--sarif-base",
    ] {
        assert!(out.contains(needle), "{needle}: {out}");
    }
}

/// C0 controls except LF and TAB, DEL, C1 (UTF-8 `C2 80..9F`), CR not before LF.
fn raw_controls(out: &[u8]) -> usize {
    out.iter()
        .enumerate()
        .filter(|&(i, &b)| {
            let next = out.get(i + 1).copied();
            match b {
                b'\n' | b'\t' => false,
                b'\r' => next != Some(b'\n'),
                0x00..=0x1f | 0x7f => true,
                0xc2 => next.is_some_and(|n| (0x80..=0x9f).contains(&n)),
                _ => false,
            }
        })
        .count()
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evil\x1b[31m\r.json";
    std::fs::write(
        dir.path().join(name),
        r#"{"Resources": {"B\u001b[31mred\r": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": "x\u001b]8;;http://evil\u0007y", "Tags": [{"Key": "phi", "Value": "true\r"}]}}}}"#,
    )
    .unwrap();
    for format in phiguard_report::FORMATS {
        let out = bin()
            .current_dir(dir.path())
            .args(["scan", ".", "--show-passed", "--format", format])
            .output()
            .unwrap();
        assert_eq!(raw_controls(&out.stdout), 0, "{format}");
        assert_eq!(raw_controls(&out.stderr), 0, "{format} stderr");
        assert!(!out.stdout.is_empty());
    }
    for format in phiguard_report::GRAPH_FORMATS {
        let out = bin()
            .current_dir(dir.path())
            .args(["graph", ".", "--format", format])
            .output()
            .unwrap();
        assert_eq!(raw_controls(&out.stdout), 0, "graph {format}");
        assert_eq!(raw_controls(&out.stderr), 0, "graph {format} stderr");
    }
}

#[test]
fn sarif_keeps_results_for_paths_outside_the_working_directory() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join(".git")).unwrap();
    std::fs::create_dir_all(repo.path().join("infra")).unwrap();
    std::fs::create_dir_all(repo.path().join("tools")).unwrap();
    std::fs::write(repo.path().join("infra/stack.yaml"), BUCKET).unwrap();
    let abs = repo.path().join("infra").to_string_lossy().to_string();
    for (cwd, path) in [
        (repo.path().join("tools"), "../infra".to_string()),
        (repo.path().join("tools"), abs.clone()),
        (repo.path().to_path_buf(), "infra".to_string()),
    ] {
        let (_, out, err) = run(bin()
            .current_dir(&cwd)
            .args(["scan", &path, "--format", "sarif"]));
        let v: Value = serde_json::from_str(&out).unwrap();
        let run = &v["runs"][0];
        let results = run["results"].as_array().unwrap();
        assert!(!results.is_empty(), "{path}: {err}");
        assert_eq!(run["properties"]["omittedFindingCount"], 0, "{path}");
        for r in results {
            assert_eq!(
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                "infra/stack.yaml",
                "{path}"
            );
        }
        // No CloudTrail trail: an account-level failure, shown at the scanned template.
        assert!(
            results
                .iter()
                .any(|r| r["ruleId"] == "cloudtrail-trail-exists"
                    && r["message"]["text"]
                        .as_str()
                        .unwrap()
                        .contains("account-level rule")),
            "{path}"
        );
        let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .unwrap();
        assert!(
            base.starts_with("file:///") && base.ends_with('/'),
            "{base}"
        );
        assert!(!err.contains("not SARIF results"), "{err}");
    }
    // A base that does not hold the file: said on stderr, listed as omitted.
    let other = tempfile::tempdir().unwrap();
    let (_, out, err) = run(bin().current_dir(repo.path()).args([
        "scan",
        "infra",
        "--format",
        "sarif",
        "--sarif-base",
        &other.path().to_string_lossy(),
    ]));
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["runs"][0]["results"].as_array().unwrap().is_empty());
    assert!(err.contains("are not SARIF results"), "{err}");
    assert!(err.contains("outside the SARIF base"), "{err}");
}

#[test]
fn account_level_findings_are_located_and_their_scope_is_stated() {
    let (_, out, _) = run(bin().current_dir(root()).args([
        "scan",
        "examples/cloudformation",
        "--format",
        "sarif",
    ]));
    let v: Value = serde_json::from_str(&out).unwrap();
    let run = &v["runs"][0];
    assert_eq!(run["properties"]["omittedFindingCount"], 0);
    assert_eq!(
        run["properties"]["accountScope"],
        "all 3 input files of this scan as one account"
    );
    let (_, text, _) = run_text();
    assert!(
        text.contains("judged over: all 3 input files of this scan as one account"),
        "{text}"
    );
}

fn run_text() -> (i32, String, String) {
    run(bin()
        .current_dir(root())
        .args(["scan", "examples/cloudformation"]))
}
