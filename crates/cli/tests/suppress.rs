//! Suppressions (central, inline, expiring, stale), baselines, fingerprints and
//! `phiguard diff`, end to end (issue 12, items 1 and 2).

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn bin() -> Command {
    let mut c = Command::cargo_bin("phiguard").unwrap();
    c.env_remove("PHIGUARD_NOW").env_remove("NO_COLOR");
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

/// A folder with files (relative path, text).
fn dir(files: &[(&str, &str)]) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    for (p, text) in files {
        let path = d.path().join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    d
}

/// `phiguard scan ARGS` in `d` (with `--no-config` unless a config is named).
fn scan(d: &Path, args: &[&str]) -> (i32, String, String) {
    let mut c = bin();
    c.current_dir(d).arg("scan").args(args);
    if !args.contains(&"--config") {
        c.arg("--no-config");
    }
    run(&mut c)
}

fn json(d: &Path, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (_, out, err) = scan(d, &a);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

/// The findings of `rule` in a JSON report.
fn findings<'a>(v: &'a Value, rule: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule_id"] == rule)
        .collect()
}

fn on<'a>(v: &'a Value, rule: &str, resource: &str) -> &'a Value {
    findings(v, rule)
        .into_iter()
        .find(|f| f["resource"]["name"] == resource)
        .unwrap_or_else(|| panic!("no {rule} finding on {resource}"))
}

fn diagnostics(v: &Value) -> String {
    v["diagnostics"].to_string()
}

/// Three unversioned buckets, two of them scratch space.
const BUCKETS: &str = "Resources:\n  ScratchA:\n    Type: AWS::S3::Bucket\n  ScratchB:\n    Type: AWS::S3::Bucket\n  Records:\n    Type: AWS::S3::Bucket\n";

const EXPIRING: &str = "[[suppress]]\nrule = \"s3-bucket-versioning\"\nresource = \"Scratch*\"\nreason = \"scratch space, re-created daily (RISK-7)\"\nowner = \"platform-team\"\nexpires = 2027-03-31\n";

#[test]
fn a_suppression_holds_until_it_expires() {
    let d = dir(&[("t.yaml", BUCKETS), ("phiguard.toml", EXPIRING)]);
    let args = ["t.yaml", "--config", "phiguard.toml"];
    // The day before: suppressed, with reason, owner and expiry.
    let before = json(d.path(), &[&args[..], &["--now", "2027-03-30"]].concat());
    let f = on(&before, "s3-bucket-versioning", "ScratchA");
    assert_eq!(f["verdict"], "fail");
    assert_eq!(f["suppressed"], "scratch space, re-created daily (RISK-7)");
    assert_eq!(f["suppression"]["owner"], "platform-team");
    assert_eq!(f["suppression"]["expires"], "2027-03-31");
    assert_eq!(f["suppression"]["source"]["kind"], "config");
    assert_eq!(f["suppression"]["source"]["line"], 2);
    assert!(on(&before, "s3-bucket-versioning", "Records")["suppressed"].is_null());
    // From the expiry day on (here through PHIGUARD_NOW): failing again, and said so.
    let mut c = bin();
    c.current_dir(d.path())
        .env("PHIGUARD_NOW", "2027-03-31")
        .args(["scan", "--format", "json"])
        .args(args);
    let (_, out, _) = run(&mut c);
    let after: Value = serde_json::from_str(&out).unwrap();
    let f = on(&after, "s3-bucket-versioning", "ScratchA");
    assert!(f["suppressed"].is_null(), "{f}");
    assert_eq!(f["expired_suppression"]["expires"], "2027-03-31");
    assert!(
        diagnostics(&after).contains(
            "the suppression of s3-bucket-versioning on 'Scratch*' expired on 2027-03-31"
        ),
        "{}",
        diagnostics(&after)
    );
    assert_eq!(
        after["summary"]["suppressed"].as_u64().unwrap() + 2,
        before["summary"]["suppressed"].as_u64().unwrap()
    );
    let (_, text, _) = scan(d.path(), &[&args[..], &["--now", "2027-04-01"]].concat());
    assert!(
        text.contains("suppression expired on 2027-03-31: scratch space, re-created daily (RISK-7) (owner: platform-team; expires 2027-03-31; phiguard.toml:2)"),
        "{text}"
    );
    assert!(
        text.contains(
            "expired on 2027-03-31; the 2 failing findings it covered are reported as failing again"
        ),
        "{text}"
    );
    // A date that is not one is a usage error, not a silent wall clock.
    let (code, _, err) = scan(d.path(), &[&args[..], &["--now", "soon"]].concat());
    assert_eq!(code, 2, "{err}");
}

#[test]
fn expiry_changes_the_exit_code() {
    // A bucket whose failures are all suppressed until 2027-01-01: the gate hinges on it.
    let d = dir(&[(
        "t.yaml",
        "Resources:\n  Scratch:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n",
    )]);
    let v = json(d.path(), &["t.yaml"]);
    let failing: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "fail")
        .map(|f| f["rule_id"].as_str().unwrap().to_string())
        .collect();
    assert!(!failing.is_empty());
    let cfg: String = failing
        .iter()
        .map(|r| format!("[[suppress]]\nrule = \"{r}\"\nreason = \"accepted for the pilot\"\nexpires = 2027-01-01\n\n"))
        .collect();
    std::fs::write(d.path().join("p.toml"), cfg).unwrap();
    let (code, out, _) = scan(
        d.path(),
        &["t.yaml", "--config", "p.toml", "--now", "2026-12-31"],
    );
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = scan(
        d.path(),
        &["t.yaml", "--config", "p.toml", "--now", "2027-01-01"],
    );
    assert_eq!(code, 1, "{out}");
}

#[test]
fn a_suppression_that_matches_nothing_is_stale_in_every_format() {
    let d = dir(&[
        ("t.yaml", BUCKETS),
        (
            "phiguard.toml",
            "[[suppress]]\nrule = \"s3-bucket-versioning\"\nresource = \"Gone\"\nreason = \"old bucket\"\n\n[[suppress]]\nrule = \"s3-bucket-encryption\"\nresource = \"Records\"\nreason = \"x\"\n",
        ),
    ]);
    for format in [
        "text", "json", "sarif", "junit", "csv", "markdown", "asff", "html",
    ] {
        let (_, out, err) = scan(
            d.path(),
            &["t.yaml", "--config", "phiguard.toml", "--format", format],
        );
        // ASFF carries resource findings only; its warnings go to stderr.
        let all = format!("{out}{err}")
            .replace("&apos;", "'")
            .replace("&#x27;", "'");
        assert!(
            all.contains("stale suppression: the suppression of s3-bucket-versioning on 'Gone' matches no failing finding"),
            "{format}: {all}"
        );
        assert!(!all.contains("on 'Records' matches no"), "{format}");
    }
}

#[test]
fn resource_and_path_globs() {
    let d = dir(&[
        ("infra/t.yaml", BUCKETS),
        ("legacy/old.yaml", BUCKETS),
        (
            "phiguard.toml",
            "[[suppress]]\nrule = \"s3-bucket-versioning\"\nresource = \"Scratch*\"\nreason = \"scratch\"\n\n[[suppress]]\nrule = \"s3-bucket-access-logging\"\npath = \"legacy/**\"\nreason = \"being retired\"\n",
        ),
    ]);
    let v = json(d.path(), &["infra", "legacy", "--config", "phiguard.toml"]);
    let versioning = findings(&v, "s3-bucket-versioning");
    assert_eq!(versioning.len(), 6);
    for f in versioning {
        let scratch = f["resource"]["name"]
            .as_str()
            .unwrap()
            .starts_with("Scratch");
        assert_eq!(f["suppressed"].is_string(), scratch, "{f}");
    }
    for f in findings(&v, "s3-bucket-access-logging") {
        let legacy = f["location"]["file"]
            .as_str()
            .unwrap()
            .starts_with("legacy/");
        assert_eq!(f["suppressed"].is_string(), legacy, "{f}");
    }
    // An invalid glob is a located configuration error.
    std::fs::write(
        d.path().join("bad.toml"),
        "[[suppress]]\nrule = \"s3-bucket-versioning\"\npath = \"legacy/[\"\nreason = \"x\"\n",
    )
    .unwrap();
    let (code, _, err) = scan(d.path(), &["infra", "--config", "bad.toml"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.toml:3:8: 'legacy/[' is not a valid glob"),
        "{err}"
    );
}

const CFN_INLINE: &str = "Resources:
  Scratch:
    Type: AWS::S3::Bucket
    Metadata:
      phiguard:
        suppress:
          - rule: s3-bucket-versioning
            reason: scratch space (RISK-9)
            owner: data-eng
            expires: 2030-01-01
          - rule: s3-bucket-access-logging
  Records:
    Type: AWS::S3::Bucket
";

const TF_INLINE: &str = "# Scratch space.
# phiguard:ignore s3-bucket-versioning scratch space (RISK-9) owner=data-eng expires=2030-01-01
resource \"aws_s3_bucket\" \"scratch\" {
  bucket = \"scratch\" # phiguard:ignore s3-bucket-access-logging — access is logged by the app
}

resource \"aws_s3_bucket\" \"records\" {
  # phiguard:ignore s3-versioning-typo wrong id
  bucket = \"records\"
}
";

#[test]
fn inline_suppressions_in_cloudformation_metadata() {
    let d = dir(&[("t.yaml", CFN_INLINE)]);
    let v = json(d.path(), &["t.yaml", "--now", "2026-01-01"]);
    let f = on(&v, "s3-bucket-versioning", "Scratch");
    assert_eq!(f["suppressed"], "scratch space (RISK-9)");
    assert_eq!(f["suppression"]["source"]["kind"], "inline");
    assert_eq!(f["suppression"]["source"]["line"], 7);
    assert_eq!(f["suppression"]["owner"], "data-eng");
    // Only the resource it is written on.
    assert!(on(&v, "s3-bucket-versioning", "Records")["suppressed"].is_null());
    // Without a reason: a located warning, and no suppression.
    assert!(on(&v, "s3-bucket-access-logging", "Scratch")["suppressed"].is_null());
    assert!(
        diagnostics(&v).contains("the suppression of s3-bucket-access-logging needs a reason"),
        "{}",
        diagnostics(&v)
    );
    let (_, text, _) = scan(d.path(), &["t.yaml", "--now", "2026-01-01"]);
    assert!(text.contains("t.yaml:11:13"), "{text}");
    assert!(
        text.contains("findings suppressed inline in the scanned files: 1"),
        "{text}"
    );
}

#[test]
fn inline_suppressions_in_terraform_comments() {
    let d = dir(&[("tf/main.tf", TF_INLINE)]);
    let v = json(d.path(), &["tf", "--now", "2026-01-01"]);
    let f = on(&v, "s3-bucket-versioning", "aws_s3_bucket.scratch");
    assert_eq!(f["suppressed"], "scratch space (RISK-9)");
    assert_eq!(f["suppression"]["expires"], "2030-01-01");
    assert_eq!(f["suppression"]["source"]["line"], 2);
    let f = on(&v, "s3-bucket-access-logging", "aws_s3_bucket.scratch");
    assert_eq!(f["suppressed"], "access is logged by the app");
    assert!(on(&v, "s3-bucket-versioning", "aws_s3_bucket.records")["suppressed"].is_null());
    assert!(
        diagnostics(&v).contains("no rule 's3-versioning-typo'"),
        "{}",
        diagnostics(&v)
    );
    // Expired inline suppressions stop suppressing too.
    let v = json(d.path(), &["tf", "--now", "2030-01-01"]);
    let f = on(&v, "s3-bucket-versioning", "aws_s3_bucket.scratch");
    assert!(f["suppressed"].is_null());
    assert_eq!(f["expired_suppression"]["source"]["kind"], "inline");
}

#[test]
fn allow_inline_false_refuses_inline_suppressions() {
    let d = dir(&[
        ("t.yaml", CFN_INLINE),
        ("tf/main.tf", TF_INLINE),
        ("phiguard.toml", "allow_inline = false\n"),
    ]);
    let v = json(d.path(), &["t.yaml", "tf", "--config", "phiguard.toml"]);
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["suppressed"].is_null())
    );
    let diags = diagnostics(&v);
    assert!(
        diags.contains("inline suppression of s3-bucket-versioning refused: the configuration sets allow_inline = false"),
        "{diags}"
    );
    assert_eq!(diags.matches("refused").count(), 3, "{diags}");
}

#[test]
fn every_format_shows_suppressed_findings() {
    let d = dir(&[
        ("t.yaml", CFN_INLINE),
        (
            "phiguard.toml",
            "[[suppress]]\nrule = \"s3-bucket-tls-only\"\nresource = \"Records\"\nreason = \"served through CloudFront only\"\nowner = \"web-team\"\nexpires = 2031-05-01\n",
        ),
    ]);
    let base = ["t.yaml", "--config", "phiguard.toml", "--now", "2026-01-01"];
    let out = |format: &str| {
        let (_, out, err) = scan(d.path(), &[&base[..], &["--format", format]].concat());
        assert!(!out.is_empty(), "{format}: {err}");
        out
    };
    for format in [
        "text", "json", "junit", "csv", "markdown", "asff", "html", "sarif",
    ] {
        let o = out(format);
        for needle in [
            "served through CloudFront only",
            "web-team",
            "2031-05-01",
            "scratch space (RISK-9)",
            "data-eng",
            "2030-01-01",
        ] {
            assert!(o.contains(needle), "{format} lacks {needle}");
        }
        if !["json", "sarif"].contains(&format) {
            assert!(o.contains("phiguard.toml:2"), "{format} lacks the origin");
            assert!(
                o.contains("inline at t.yaml:7"),
                "{format} lacks the origin"
            );
        }
    }
    let sarif: Value = serde_json::from_str(&out("sarif")).unwrap();
    let kinds: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["suppressions"][0]["kind"].as_str().map(String::from))
        .collect();
    assert!(
        kinds.contains(&"external".into()) && kinds.contains(&"inSource".into()),
        "{kinds:?}"
    );
    assert!(out("junit").contains("<skipped message=\"suppressed: served through CloudFront only"));
    let asff: Value = serde_json::from_str(&out("asff")).unwrap();
    let suppressed = asff
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["Workflow"]["Status"] == "SUPPRESSED")
        .count();
    assert_eq!(suppressed, 2);
}

fn copy_fixture(from: &str, to: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fingerprint")
        .join(from);
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(src).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

fn fingerprints(v: &Value) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["fingerprint"].as_str().unwrap().to_string(),
                f["rule_id"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn fingerprints_survive_reformatting_and_moves() {
    let d = tempfile::tempdir().unwrap();
    let infra = d.path().join("infra");
    copy_fixture("before", &infra);
    let before_cfn = json(d.path(), &["infra/portal.yaml"]);
    let before_tf = json(d.path(), &["infra", "--input", "terraform"]);
    copy_fixture("after", &infra);
    let after_cfn = json(d.path(), &["infra/portal.yaml"]);
    let after_tf = json(d.path(), &["infra", "--input", "terraform"]);
    // Every line moved, yet every finding keeps its fingerprint.
    assert_ne!(
        on(&before_cfn, "s3-bucket-versioning", "Records")["location"],
        on(&after_cfn, "s3-bucket-versioning", "Records")["location"]
    );
    assert_eq!(fingerprints(&before_cfn), fingerprints(&after_cfn));
    assert_ne!(
        on(&before_tf, "s3-bucket-versioning", "aws_s3_bucket.records")["location"]["file"],
        on(&after_tf, "s3-bucket-versioning", "aws_s3_bucket.records")["location"]["file"]
    );
    assert_eq!(fingerprints(&before_tf), fingerprints(&after_tf));
    // Distinct findings have distinct fingerprints; the unit is part of it.
    let fp = fingerprints(&before_cfn);
    let mut unique: Vec<&String> = fp.iter().map(|(f, ..)| f).collect();
    unique.dedup();
    assert_eq!(unique.len(), fp.len());
    let cfn_records = on(&before_cfn, "s3-bucket-versioning", "Records")["fingerprint"].clone();
    assert_ne!(
        cfn_records,
        on(&before_tf, "s3-bucket-versioning", "aws_s3_bucket.records")["fingerprint"]
    );
}

#[test]
fn a_baseline_hides_old_findings_and_gates_on_new_ones() {
    let one = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n";
    let two = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n  Sessions:\n    Type: AWS::DynamoDB::Table\n";
    let d = dir(&[("t.yaml", one)]);
    let (code, baseline, _) = scan(d.path(), &["t.yaml", "--format", "json"]);
    assert_eq!(code, 1);
    std::fs::write(d.path().join("baseline.json"), &baseline).unwrap();
    let old: Value = serde_json::from_str(&baseline).unwrap();
    let old_open =
        old["summary"]["fail"].as_u64().unwrap() + old["summary"]["unknown"].as_u64().unwrap();
    // Nothing new: exit 0, and the report says what it hid.
    let (code, text, _) = scan(d.path(), &["t.yaml", "--baseline", "baseline.json"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains(&format!("baseline: baseline.json; {old_open} failing or unknown findings already in it are hidden")),
        "{text}"
    );
    let v = json(d.path(), &["t.yaml", "--baseline", "baseline.json"]);
    assert_eq!(v["baseline"]["hidden"].as_u64().unwrap(), old_open);
    assert_eq!(v["summary"]["fail"], 0);
    // A new table: only its findings are reported, and they fail the gate.
    std::fs::write(d.path().join("t.yaml"), two).unwrap();
    let v = json(d.path(), &["t.yaml", "--baseline", "baseline.json"]);
    let open: Vec<&Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "fail" || f["verdict"] == "unknown")
        .collect();
    assert!(!open.is_empty());
    assert!(
        open.iter().all(|f| f["resource"]["name"] != "Records"),
        "{open:?}"
    );
    let (code, _, _) = scan(d.path(), &["t.yaml", "--baseline", "baseline.json"]);
    assert_eq!(code, 1);
    // Not a report: a usage error.
    std::fs::write(d.path().join("junk.json"), "{\"a\": 1}").unwrap();
    let (code, _, err) = scan(d.path(), &["t.yaml", "--baseline", "junk.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("is not a phiguard JSON report"), "{err}");
}

#[test]
fn diff_lists_new_fixed_and_changed_findings() {
    let old = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n  Sessions:\n    Type: AWS::DynamoDB::Table\n";
    // Records gains versioning (fixed), Sessions goes, a queue arrives (new).
    let new = "Resources:\n  Records:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n  Jobs:\n    Type: AWS::SQS::Queue\n";
    let d = dir(&[("t.yaml", old)]);
    let (_, o, _) = scan(d.path(), &["t.yaml", "--format", "json"]);
    std::fs::write(d.path().join("old.json"), o).unwrap();
    std::fs::write(d.path().join("t.yaml"), new).unwrap();
    // A suppression on the bucket makes one finding change (fail -> suppressed).
    std::fs::write(
        d.path().join("p.toml"),
        "[[suppress]]\nrule = \"s3-bucket-tls-only\"\nresource = \"Records\"\nreason = \"CloudFront only\"\n",
    )
    .unwrap();
    let (_, n, _) = scan(
        d.path(),
        &["t.yaml", "--format", "json", "--config", "p.toml"],
    );
    std::fs::write(d.path().join("new.json"), n).unwrap();
    let diff = |format: &str| {
        run(bin()
            .current_dir(d.path())
            .args(["diff", "old.json", "new.json", "--format", format]))
    };
    let (code, text, err) = diff("text");
    assert_eq!(code, 1, "new failures: {text}{err}");
    assert!(text.contains("\nnew:\n") && text.contains("Jobs"), "{text}");
    assert!(text.contains("\nfixed:\n"), "{text}");
    let fixed_part = text.split("\nfixed:\n").nth(1).unwrap();
    assert!(
        fixed_part.contains("s3-bucket-versioning  Records"),
        "{text}"
    );
    assert!(fixed_part.contains("Sessions"), "{text}");
    assert!(
        text.contains("fail -> suppressed: SUPPRESSED s3-bucket-tls-only  Records"),
        "{text}"
    );
    let (code, j, _) = diff("json");
    assert_eq!(code, 1);
    let j: Value = serde_json::from_str(&j).unwrap();
    assert!(
        j["new_findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["resource"]["name"] == "Jobs")
    );
    assert!(
        j["fixed"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule_id"] == "s3-bucket-versioning")
    );
    assert_eq!(j["changed"][0]["from"], "fail");
    assert_eq!(j["changed"][0]["to"], "suppressed");
    let (code, md, _) = diff("markdown");
    assert_eq!(code, 1);
    assert!(
        md.starts_with("## phiguard: changes since the base report\n\n❌ "),
        "{md}"
    );
    assert!(
        md.contains("### New (") && md.contains("### Fixed (") && md.contains("### Changed (1)"),
        "{md}"
    );
    assert!(
        md.contains("| fail → suppressed | `s3-bucket-tls-only` | Records |"),
        "{md}"
    );
    // The same report twice: nothing new, exit 0.
    let (code, text, _) = run(bin()
        .current_dir(d.path())
        .args(["diff", "new.json", "new.json"]));
    assert_eq!(code, 0);
    assert!(
        text.contains("0 new (0 failing), 0 fixed, 0 changed"),
        "{text}"
    );
}
