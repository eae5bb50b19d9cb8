//! `--lang` and the locale: which language the command line and its reports speak.

use assert_cmd::Command;
use std::path::Path;

const EXAMPLE: &str = "examples/cloudformation/patient-portal-noncompliant.yaml";

/// phiguard with the given locale variables and no others.
fn phiguard(env: &[(&str, &str)]) -> Command {
    let mut c = Command::cargo_bin("phiguard").unwrap();
    c.current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."));
    for k in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(k);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

fn run(c: &mut Command) -> String {
    let out = c.output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

const EN: &str = "resources:";
const JA: &str = "リソース 28 件";
const DE: &str = "Ressourcen:";

#[test]
fn the_locale_chooses_the_language() {
    let scan = ["scan", EXAMPLE];
    assert!(
        run(phiguard(&[]).args(scan)).contains(EN),
        "no locale: English"
    );
    assert!(run(phiguard(&[("LANG", "ja_JP.UTF-8")]).args(scan)).contains(JA));
    // LC_ALL wins over LANG, LC_MESSAGES over LANG; C is English.
    let out = run(phiguard(&[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "de_DE.UTF-8")]).args(scan));
    assert!(out.contains(DE), "{out}");
    let out = run(phiguard(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "C")]).args(scan));
    assert!(out.contains(EN), "{out}");
    // A language phiguard does not speak falls back to English.
    assert!(run(phiguard(&[("LANG", "fr_FR.UTF-8")]).args(scan)).contains(EN));
}

#[test]
fn the_flag_wins_over_the_locale_on_every_command() {
    let out = run(phiguard(&[("LANG", "de_DE.UTF-8")]).args(["scan", EXAMPLE, "--lang", "ja"]));
    assert!(out.contains(JA), "{out}");
    for (args, want) in [
        (vec!["rules", "--lang", "zh"], "条规则"),
        (
            vec!["explain", "s3-bucket-encryption", "--lang", "ko"],
            "## 해결 방법",
        ),
        (vec!["coverage", "--lang", "de"], "Anforderungen:"),
        (
            vec![
                "graph",
                "examples/cloudformation/flow-demo.yaml",
                "--format",
                "mermaid",
                "--lang",
                "ja",
            ],
            "不適合: 転送時の暗号化なし",
        ),
    ] {
        let out = run(phiguard(&[]).args(&args));
        assert!(out.contains(want), "{args:?}: {out}");
    }
    // An unknown language is a usage error.
    let out = phiguard(&[])
        .args(["rules", "--lang", "fr"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
