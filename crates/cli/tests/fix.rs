//! `phiguard fix` as a user runs it: the diff, `--write`, `--unsafe-fixes`, `--rule`, exit
//! codes, and `explain` saying whether a rule has a fix.

use assert_cmd::Command;

fn run(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const TEMPLATE: &str = "AWSTemplateFormatVersion: '2010-09-09'
Resources:
  # scanned referral letters
  Letters:
    Type: AWS::S3::Bucket
    Properties:
      Tags: [{Key: phi, Value: 'true'}]
  Records:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '100'
      MultiAZ: true
      BackupRetentionPeriod: 7
      StorageEncrypted: false # legacy
      ManageMasterUserPassword: true
      MasterUsername: app
      Tags: [{Key: phi, Value: 'true'}]
";

fn failing(dir: &std::path::Path, rule: &str) -> bool {
    let (_, out, _) = run(dir, &["scan", "t.yaml", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule_id"] == rule && f["verdict"] == "fail")
}

#[test]
fn fix_shows_a_diff_then_writes_it_and_the_rescan_passes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.yaml");
    std::fs::write(&file, TEMPLATE).unwrap();

    let (code, out, err) = run(dir.path(), &["fix", "t.yaml"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.starts_with("--- a/t.yaml\n+++ b/t.yaml\n"), "{out}");
    assert!(
        out.contains("+      VersioningConfiguration:\n+        Status: Enabled\n"),
        "{out}"
    );
    assert!(
        out.contains("+  LettersPolicy:\n+    Type: AWS::S3::BucketPolicy\n"),
        "{out}"
    );
    assert!(
        !out.contains("StorageEncrypted"),
        "an unsafe fix in the default run: {out}"
    );
    assert!(err.contains("unsafe"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        TEMPLATE,
        "no --write, no change"
    );

    let (code, out, _) = run(dir.path(), &["fix", "t.yaml", "--write"]);
    assert_eq!(code, 0);
    assert!(out.is_empty());
    assert!(!failing(dir.path(), "s3-bucket-versioning"));
    assert!(!failing(dir.path(), "s3-bucket-tls-only"));
    assert!(failing(dir.path(), "rds-storage-encrypted"));

    let (code, out, _) = run(
        dir.path(),
        &[
            "fix",
            "t.yaml",
            "--rule",
            "rds-storage-encrypted",
            "--unsafe-fixes",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let fixes = &v["files"][0]["fixes"];
    assert_eq!(fixes.as_array().unwrap().len(), 1, "{v}");
    assert_eq!(fixes[0]["rule"], "rds-storage-encrypted");
    assert_eq!(fixes[0]["safety"], "unsafe");
    assert!(fixes[0]["why"].as_str().unwrap().contains("replaces"));
    assert!(v["files"][0]["diff"].as_str().unwrap().contains(
        "-      StorageEncrypted: false # legacy\n+      StorageEncrypted: true # legacy\n"
    ));

    let (code, _, _) = run(dir.path(), &["fix", "t.yaml", "--unsafe-fixes", "--write"]);
    assert_eq!(code, 0);
    assert!(!failing(dir.path(), "rds-storage-encrypted"));
    let (code, out, _) = run(dir.path(), &["fix", "t.yaml", "--unsafe-fixes"]);
    assert_eq!(
        (code, out.as_str()),
        (0, ""),
        "a second run changes nothing"
    );
}

#[test]
fn fix_refuses_an_unknown_rule_and_reports_unreadable_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.yaml"), TEMPLATE).unwrap();
    let (code, _, err) = run(dir.path(), &["fix", "t.yaml", "--rule", "no-such-rule"]);
    assert_eq!(code, 2);
    assert!(err.contains("no rule"));
    std::fs::write(dir.path().join("broken.yaml"), "Resources: [\n").unwrap();
    let (code, _, _) = run(dir.path(), &["fix", "broken.yaml"]);
    assert_eq!(code, 2);
}

#[test]
fn explain_says_whether_a_rule_has_a_fix_and_whether_it_is_safe() {
    let dir = tempfile::tempdir().unwrap();
    let (_, out, _) = run(dir.path(), &["explain", "s3-bucket-versioning"]);
    assert!(
        out.contains("## Automatic fix") && out.contains("Safe:"),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["explain", "rds-storage-encrypted"]);
    assert!(
        out.contains("Unsafe, applied only with `--unsafe-fixes`"),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["explain", "vpc-security-group-open-ingress"]);
    assert!(
        out.contains("`AllowedIngressCidr`")
            && out.contains(
                "Unsafe, applied only with `--unsafe-fixes`: it changes who can reach the port"
            ),
        "{out}"
    );
    let (_, out, _) = run(dir.path(), &["explain", "cloudfront-origin-https"]);
    assert!(
        out.contains("None: `phiguard fix` does not change"),
        "{out}"
    );
}

#[test]
fn fix_json_says_why_in_the_language_with_rule_ids_intact() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.yaml"), TEMPLATE).unwrap();
    let json = |lang: &str| {
        let args = ["fix", "t.yaml", "--format", "json", "--lang", lang];
        let (_, out, _) = run(dir.path(), &args);
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    let (en, ja) = (json("en"), json("ja"));
    let rds = |v: &serde_json::Value| {
        let skipped = v["skipped"].as_array().unwrap();
        let i = skipped
            .iter()
            .position(|s| s["rule"] == "rds-storage-encrypted" && s["resource"] == "Records")
            .expect("the unsafe fix is skipped");
        (i, skipped[i]["reason"].as_str().unwrap().to_string())
    };
    let (i, english) = rds(&en);
    assert_eq!(
        english,
        "unsafe (changing it on an existing resource replaces the resource (a new, empty one for data stores): migrate the data first); --unsafe-fixes applies it"
    );
    let (j, japanese) = rds(&ja);
    assert_eq!(i, j);
    assert!(
        japanese.starts_with("安全ではありません: 既存のリソース")
            && japanese.contains("--unsafe-fixes"),
        "{japanese}"
    );
    // Everything but the sentences is the same.
    let mut stripped = ja.clone();
    for (k, s) in en["skipped"].as_array().unwrap().iter().enumerate() {
        assert_ne!(stripped["skipped"][k]["reason"], s["reason"]);
        stripped["skipped"][k]["reason"] = s["reason"].clone();
    }
    assert_eq!(stripped, en);
}

#[test]
fn a_skip_reason_with_arguments_is_said_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let template = "AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Legacy:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: FTP and Telnet
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 20, ToPort: 23, CidrIp: 0.0.0.0/0}
";
    std::fs::write(dir.path().join("t.yaml"), template).unwrap();
    let reason = |lang: &str| {
        let args = [
            "fix",
            "t.yaml",
            "--rule",
            "ec2-cleartext-ingress",
            "--unsafe-fixes",
            "--format",
            "json",
            "--lang",
            lang,
        ];
        let (_, out, err) = run(dir.path(), &args);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
        assert_eq!(v["skipped"].as_array().unwrap().len(), 1, "{v}");
        assert_eq!(v["skipped"][0]["resource"], "Legacy");
        v["skipped"][0]["reason"].as_str().unwrap().to_string()
    };
    let ports = "FTP 21→990, Telnet 23→22, HTTP 80→443, LDAP 389→636, IMAP 143→993, POP3 110→995";
    assert_eq!(
        reason("en"),
        format!("ports 20-23 have no TLS port to move to ({ports})")
    );
    assert_eq!(
        reason("ja"),
        "ポート 20-23 には移行先の TLS ポートがありません (FTP 21→990、Telnet 23→22、HTTP 80→443、LDAP 389→636、IMAP 143→993、POP3 110→995)"
    );
    assert!(reason("de").starts_with("die Ports 20-23 haben keinen TLS-Port"));
}
