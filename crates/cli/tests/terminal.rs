//! Terminal hygiene (issue 12, item 6): a progress bar only on a terminal and never with
//! `--quiet`; colour only on a terminal, never with `NO_COLOR` or `--color never`.
//! The terminal cases run phiguard under a pseudo-terminal with util-linux `script`.

use assert_cmd::Command;
use std::path::Path;

const BUCKET: &str = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n";

/// A folder with a few templates, so the scan has several inputs to count.
fn inputs() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for i in 0..6 {
        std::fs::write(d.path().join(format!("t{i}.yaml")), BUCKET).unwrap();
    }
    d
}

fn bin() -> Command {
    let mut c = Command::cargo_bin("phiguard").unwrap();
    c.env_remove("NO_COLOR").env_remove("PHIGUARD_NOW");
    c
}

/// What a terminal shows when `phiguard ARGS` runs in `dir` with `env` (stdout and
/// stderr both on the pseudo-terminal); `None` when `script` is not installed.
fn on_a_terminal(dir: &Path, args: &str, env: &[(&str, &str)]) -> Option<String> {
    if !Path::new("/usr/bin/script").exists() {
        // util-linux's `script` is in Debian's essential set; CI must have it.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "/usr/bin/script (util-linux) is missing"
        );
        eprintln!("skipped: /usr/bin/script (util-linux) is not installed");
        return None;
    }
    let exe = assert_cmd::cargo::cargo_bin("phiguard");
    let mut c = std::process::Command::new("/usr/bin/script");
    c.current_dir(dir)
        .args(["-qec", &format!("{} {args}", exe.display()), "/dev/null"])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm")
        .env("PHIGUARD_PROGRESS_AFTER_MS", "0");
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn no_progress_or_colour_reaches_a_pipe() {
    let d = inputs();
    let out = bin()
        .current_dir(d.path())
        .env("PHIGUARD_PROGRESS_AFTER_MS", "0")
        .args(["scan", ".", "--no-config"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "nothing on stderr: {stderr:?}");
    assert!(!stdout.contains('\x1b'), "no escape sequences in a pipe");
    assert!(stdout.contains("CRITICAL s3-bucket-encryption"));
}

#[test]
fn color_always_and_never() {
    let d = inputs();
    let run = |args: &[&str], no_color: bool| {
        let mut c = bin();
        c.current_dir(d.path())
            .args(["scan", "t0.yaml", "--no-config"])
            .args(args);
        if no_color {
            c.env("NO_COLOR", "1");
        }
        String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned()
    };
    let painted = run(&["--color", "always"], true);
    assert!(
        painted.contains("\x1b[1;31mCRITICAL\x1b[0m s3-bucket-encryption"),
        "{painted:?}"
    );
    // Colour changes nothing but the escapes.
    let plain = run(&["--color", "never"], false);
    let stripped = painted
        .replace("\x1b[0m", "")
        .split("\x1b[")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_string()
            } else {
                part.split_once('m')
                    .map_or("", |(_, rest)| rest)
                    .to_string()
            }
        })
        .collect::<String>();
    assert_eq!(stripped, plain);
    // A file is never painted by auto.
    let report = d.path().join("r.txt");
    bin()
        .current_dir(d.path())
        .args(["scan", "t0.yaml", "--no-config", "-o"])
        .arg(&report)
        .assert()
        .code(1);
    assert!(!std::fs::read_to_string(report).unwrap().contains('\x1b'));
}

#[test]
fn a_terminal_gets_progress_and_colour_unless_told_otherwise() {
    let d = inputs();
    let Some(shown) = on_a_terminal(d.path(), "scan . --no-config", &[]) else {
        return;
    };
    assert!(shown.contains("reading inputs"), "{shown:?}");
    assert!(shown.contains("\x1b[1;31mCRITICAL"), "{shown:?}");
    let shown = on_a_terminal(d.path(), "scan . --no-config --quiet", &[]).unwrap();
    assert!(!shown.contains("reading inputs"), "{shown:?}");
    assert!(shown.contains("CRITICAL"), "{shown:?}");
    let shown = on_a_terminal(d.path(), "scan . --no-config --lang ja", &[]).unwrap();
    assert!(shown.contains("入力を読み取り中"), "{shown:?}");
    let shown = on_a_terminal(d.path(), "scan . --no-config", &[("NO_COLOR", "1")]).unwrap();
    assert!(!shown.contains("\x1b[1;31m"), "{shown:?}");
    let shown = on_a_terminal(d.path(), "scan . --no-config --color never", &[]).unwrap();
    assert!(!shown.contains("\x1b[1;31m"), "{shown:?}");
}
