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

const ENGLISH_HELP: &str = r#"Checks AWS architectures (CloudFormation, Terraform) against the HIPAA-on-AWS whitepaper.

Usage: phiguard [OPTIONS] <COMMAND>

Commands:
  scan        Scan templates and report findings
  rules       List every rule
  explain     Show one rule's full documentation
  coverage    Show how every whitepaper requirement is accounted for
  graph       Draw where data (and PHI) flows between resources, with failing hops in red
  fix         Show (as a diff) or write the edits that fix failing findings
  history     Show the compliance trend over recorded scans (`scan --history`), per HIPAA safeguard paragraph and per rule, and what changed in the last scan
  aws-policy  Print the least-privilege read-only IAM policy that live scans (`phiguard scan aws`) need, generated from the collectors
  diff        Compare two JSON reports: new, fixed and changed findings
  help        Print this message or the help of the given subcommand(s)

Options:
      --lang <LANG>  Language of reports and messages: en, ja, zh, ko, de (default: from LC_ALL, LC_MESSAGES or LANG, else en). Ids, property names and citations stay as they are
  -h, --help         Print help
  -V, --version      Print version
"#;

/// The commands and argument specs in a help text's left column, in order: flags, value
/// names and command names, which no language translates.
fn identifiers(help: &str) -> Vec<String> {
    help.lines()
        .filter(|l| l.starts_with("  ") && !l[2..].starts_with(' ') || l.starts_with("      --"))
        .filter_map(|l| l.trim_start().split("  ").next())
        .filter(|spec| spec.starts_with(['-', '<']) || spec.starts_with(char::is_lowercase))
        .map(str::to_string)
        .collect()
}

#[test]
fn help_speaks_the_language_and_keeps_identifiers() {
    // English is clap's own text, byte for byte as before help was translated.
    let out = run(phiguard(&[]).arg("--help"));
    assert_eq!(out, ENGLISH_HELP);

    let out = run(phiguard(&[]).args(["scan", "--help", "--lang", "ja"]));
    for want in [
        "テンプレートをスキャンし、検出結果を報告します\n\n使い方: phiguard scan [OPTIONS] <PATHS>...\n\n引数:\n  <PATHS>...\n",
        "\nオプション:\n",
        "      --fail-on <FAIL_ON>\n          不適合の検出結果がこの重大度以上の場合に 1 で終了します",
        "[既定値: low]",
        "[既定値: text]\n          [指定可能な値: text, json, sarif, junit, csv, markdown, asff, html]",
        "指定可能な値:\n          - cloudformation: CloudFormation または SAM のテンプレート",
        "  -h, --help\n          ヘルプを表示します (要約は '-h')",
        "\n\n終了コード:\n  0  --fail-on 以上の",
    ] {
        assert!(out.contains(want), "{want}\n---\n{out}");
    }
    for english in ["Usage", "Options:", "Arguments:", "[default", "Print help"] {
        assert!(!out.contains(english), "{english}\n---\n{out}");
    }

    let out = run(phiguard(&[("LANG", "de_DE.UTF-8")]).args(["scan", "--help"]));
    assert!(
        out.contains("Aufruf: phiguard scan [OPTIONS] <PATHS>..."),
        "{out}"
    );
    assert!(
        out.contains("\nOptionen:\n      --param <KEY=VALUE>\n"),
        "{out}"
    );

    // Every language lists the same commands, flags and values as English, in its order.
    for command in [
        "", "scan", "rules", "explain", "coverage", "graph", "fix", "history", "diff",
    ] {
        for flag in ["-h", "--help"] {
            let args: Vec<&str> = [command, flag]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let english = identifiers(&run(phiguard(&[]).args(&args)));
            assert!(english.len() > 2, "{args:?}: {english:?}");
            for lang in ["ja", "zh", "ko", "de"] {
                let out = run(phiguard(&[]).args(&args).args(["--lang", lang]));
                assert_eq!(identifiers(&out), english, "{lang} {args:?}:\n{out}");
            }
        }
    }
}

#[test]
fn usage_errors_speak_the_language() {
    let out = phiguard(&[]).args(["scan", "--bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let en = String::from_utf8_lossy(&out.stderr);
    assert!(
        en.starts_with("error: unexpected argument '--bogus' found\n"),
        "{en}"
    );

    let out = phiguard(&[])
        .args(["scan", "--bogus", "--lang", "ja"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let ja = String::from_utf8_lossy(&out.stderr);
    assert!(ja.starts_with("エラー: 想定外の引数 '--bogus' があります\n\n  ヒント: '--bogus' を値として渡すには '-- --bogus' と指定してください\n\n使い方: phiguard scan [OPTIONS] <PATHS>...\n\n詳しくは '--help' を付けて実行してください。\n"), "{ja}");

    let out = run(phiguard(&[("LANG", "ko_KR.UTF-8")]).args(["scan", "x", "--fail-on", "x"]));
    assert!(out.contains("오류: '--fail-on <FAIL_ON>'의 값이 잘못되었습니다: 'x': critical, high, medium, low 중 하나여야 합니다. 지정한 값: 'x'"), "{out}");

    let out = run(phiguard(&[("LANG", "zh_CN.UTF-8")]).args(["scan", "x", "--format"]));
    assert!(
        out.contains("错误: '--format <FORMAT>' 需要一个值，但未提供\n  [可选值: text, json"),
        "{out}"
    );

    let out = run(phiguard(&[]).args(["scna", "--lang=de"]));
    assert!(out.contains("Fehler: unbekannter Unterbefehl 'scna'\n\n  Tipp: ein ähnlicher Unterbefehl existiert: 'scan'"), "{out}");
}

/// Exit code, stdout and stderr of phiguard in `dir` with `args`, without a locale.
fn run_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = phiguard(&[]).current_dir(dir).args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn errors_and_notices_speak_the_language_and_keep_identifiers() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let template = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n";
    std::fs::write(dir.join("t.yaml"), template).unwrap();

    // Errors: phiguard's sentence translated, flags, values and ids as given.
    let (code, _, err) = run_in(dir, &["rules", "--format", "xml", "--lang", "ja"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "エラー: 不明な形式 'xml' です (text, json, markdown)\n"
    );
    let (_, _, err) = run_in(dir, &["explain", "s3-nope", "--lang", "de"]);
    assert_eq!(
        err,
        "Fehler: Es gibt keine Regel 's3-nope'; `phiguard rules` listet alle Regeln auf\n"
    );
    let (_, _, err) = run_in(dir, &["scan", "t.yaml", "--param", "Env", "--lang", "ja"]);
    assert!(
        err.contains(
            "エラー: --param には KEY=VALUE の形式で指定する必要があります。指定された値: 'Env'"
        ),
        "{err}"
    );
    std::fs::write(dir.join("p.toml"), "skip_rules = [\"s3-nope\"]\n").unwrap();
    let (code, _, err) = run_in(
        dir,
        &["scan", "t.yaml", "--config", "p.toml", "--lang", "de"],
    );
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "Fehler: Ungültige Konfiguration:\n  p.toml:1:15: skip_rules nennt die nicht vorhandene Regel 's3-nope' (`phiguard rules` listet alle Regeln auf)\n"
    );
    let (_, _, err) = run_in(dir, &["scan", "t.yaml", "--config", "p.toml"]);
    assert_eq!(
        err,
        "error: invalid config:\n  p.toml:1:15: skip_rules names no rule 's3-nope' (`phiguard rules` lists them)\n",
        "English as it was"
    );

    // Notices: the history, fix's summary.
    let (_, _, err) = run_in(
        dir,
        &["scan", "t.yaml", "-q", "--lang", "ja", "--history=h.db"],
    );
    assert!(
        err.contains("スキャンを #1 として h.db に記録しました"),
        "{err}"
    );
    let (_, out, _) = run_in(dir, &["history", "--history", "h.db", "--lang", "de"]);
    assert!(
        out.starts_with("Scanverlauf in h.db: 1 Scan aufgezeichnet, davon der letzte gezeigt (älteste zuerst).\n"),
        "{out}"
    );
    let (_, _, err) = run_in(dir, &["history", "--history", "none.db", "--lang", "ja"]);
    assert_eq!(
        err,
        "エラー: none.db にスキャン履歴がありません。`phiguard scan --history` で記録できます\n"
    );
    let (code, _, err) = run_in(dir, &["fix", "t.yaml", "--lang", "de"]);
    assert_eq!(code, Some(1));
    assert!(err.contains(" in 1 Datei behebbar"), "{err}");

    // diff: text and markdown, rule ids and resource names as they are.
    let (_, old, _) = run_in(dir, &["scan", "t.yaml", "--format", "json"]);
    std::fs::write(dir.join("old.json"), old).unwrap();
    std::fs::write(
        dir.join("t.yaml"),
        format!("{template}  Jobs:\n    Type: AWS::SQS::Queue\n"),
    )
    .unwrap();
    let (_, new, _) = run_in(dir, &["scan", "t.yaml", "--format", "json"]);
    std::fs::write(dir.join("new.json"), new).unwrap();
    let (code, text, _) = run_in(dir, &["diff", "old.json", "new.json", "--lang", "ja"]);
    assert_eq!(code, Some(1));
    assert!(
        text.starts_with("phiguard diff old.json -> new.json: 新規 "),
        "{text}"
    );
    assert!(text.contains("\n新規:\n不適合   "), "{text}");
    assert!(text.contains("  Jobs  "), "{text}");
    let (_, md, _) = run_in(
        dir,
        &[
            "diff", "old.json", "new.json", "--format", "markdown", "--lang", "de",
        ],
    );
    assert!(
        md.starts_with("## phiguard: Änderungen seit dem Basisbericht\n\n❌ "),
        "{md}"
    );
    assert!(
        md.contains("| Ergebnis | Regel | Ressource | Ort | Befund |"),
        "{md}"
    );
    assert!(md.contains("| nicht erfüllt | `sqs-"), "{md}");
}

#[test]
fn explain_says_the_automatic_fix_in_the_language() {
    use phiguard_i18n::{Lang, Tr};
    for r in phiguard_rules::all() {
        assert_eq!(
            phiguard::catalog::fix_markdown(Tr::new(Lang::En), r.id),
            phiguard_fix::explain(r.id),
            "English as it was: {}",
            r.id
        );
        for lang in [Lang::Ja, Lang::Zh, Lang::Ko, Lang::De] {
            let tr = Tr::new(lang);
            assert!(tr.has(&format!("fix-what-{}", r.id)) == phiguard_fix::find(r.id).is_some());
        }
    }
    let out = run(phiguard(&[]).args(["explain", "rds-storage-encrypted", "--lang", "ja"]));
    assert!(
        out.contains("## 自動修正\n\n`StorageEncrypted: true` を設定します (Terraform: `storage_encrypted = true`)。対応形式: "),
        "{out}"
    );
    let out = run(phiguard(&[]).args(["explain", "s3-bucket-versioning", "--lang", "de"]));
    assert!(
        out.contains("Sicher: `phiguard fix --write` wendet sie an.\n"),
        "{out}"
    );
}

#[test]
fn coverage_says_why_in_the_language() {
    use phiguard_i18n::{Lang, Tr};
    for r in phiguard_catalog::unimplemented() {
        let id = format!("coverage-reason-{}", phiguard_i18n::slug(&r.id));
        assert_eq!(
            Tr::new(Lang::En).t(&id),
            r.reason,
            "{id} in en/cli.ftl must be the reason written for {}",
            r.id
        );
        for lang in [Lang::Ja, Lang::Zh, Lang::Ko, Lang::De] {
            assert!(Tr::new(lang).has(&id), "{id} in {lang:?}");
        }
    }
    let out = run(phiguard(&[]).args(["coverage", "--lang", "ja"]));
    assert!(
        out.contains("REDSHIFT-SPECTRUM-IN-SCOPE                 static   未実装: 義務ではなく対象範囲の記述です。"),
        "{out}"
    );
}
