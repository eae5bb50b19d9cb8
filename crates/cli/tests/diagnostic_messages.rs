//! A diagnostic (a problem with an input) with a Fluent form (`Diagnostic::l10n`) says in
//! English exactly what its English message says, and a translated report shows it
//! translated. The inputs are bad on purpose: malformed YAML, JSON and HCL, duplicate
//! keys, refused and missing paths, misplaced or incomplete suppressions, configuration
//! that names nothing, broken custom rules.

use assert_cmd::Command;
use phiguard::ScanOptions;
use phiguard_i18n::{Lang, Tr};
use phiguard_model::{Diagnostic, MessagePart};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

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

const TEMPLATE: &str = "AWSTemplateFormatVersion: '2010-09-09'\n";

fn bad_inputs() -> tempfile::TempDir {
    let no_type = format!(
        "{TEMPLATE}Resources:\n  NoType:\n    Properties: {{}}\n  Listy:\n    Type: AWS::S3::Bucket\n    Properties: [1]\n  Rainy:\n    Type:\n      Rain::Module: x\n"
    );
    let inline = format!(
        "{TEMPLATE}Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Metadata:\n      phiguard:\n        suppress:\n          - rule: s3-no-such-rule\n            reason: x\n          - rule: s3-bucket-versioning\n          - rule: s3-bucket-versioning\n            reason: accepted\n            expires: someday\n          - rule: s3-bucket-versioning\n            colour: red\n          - reason: no rule\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n      phiguard:\n        suppress: nope\n  C:\n    Type: AWS::S3::Bucket\n    Metadata:\n      phiguard:\n        suppress:\n          - rule: s3-bucket-versioning\n            reason: accepted by security\n"
    );
    let for_each = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::LanguageExtensions\nParameters:\n  Names:\n    Type: CommaDelimitedList\nResources:\n  Fn::ForEach::Bad: x\n  Fn::ForEach::Short: [A]\n  Fn::ForEach::Buckets:\n    - Name\n    - !Ref Names\n    - B${Name}:\n        Type: AWS::S3::Bucket\n";
    let d = dir(&[
        ("cfn/bad.yaml", "Resources:\n  A: [\n"),
        (
            "cfn/dup.yaml",
            &format!(
                "{TEMPLATE}Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n"
            ),
        ),
        ("cfn/bad.json", "{\"Resources\": {\"A\": }"),
        ("cfn/not-map.yaml", &format!("{TEMPLATE}Resources: [1]\n")),
        ("cfn/no-type.yaml", &no_type),
        ("cfn/inline.yaml", &inline),
        ("cfn/foreach.yaml", for_each),
        ("cfn/notes.txt", "not an input"),
        (
            "tf/main.tf",
            "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x\"\n",
        ),
        (
            "tf2/main.tf",
            "module \"remote\" {\n  source = \"git::https://example.com/m.git\"\n}\n\nmodule \"missing\" {\n  source = \"./nothing-here\"\n}\n\nlocals {\n  secret = file(\"/etc/hostname\")\n  many = range(100000)\n}\n\n# phiguard:ignore s3-bucket-versioning stray comment\n\nvariable \"names\" {}\n\nresource \"aws_s3_bucket\" \"f\" {\n  bucket = file(\"/etc/hostname\")\n}\n\nresource \"aws_s3_bucket\" \"each\" {\n  for_each = var.names\n}\n\nresource \"aws_s3_bucket\" \"c\" {\n  count = 20000\n  # phiguard:ignore s3-no-such-rule reason\n}\n\nresource \"aws_s3_bucket_versioning\" \"v\" {\n  bucket = \"elsewhere\"\n  versioning_configuration {\n    status = \"Enabled\"\n  }\n}\n",
        ),
        ("tf2/data.json", "{\"a\": 1}"),
        ("tf2/terraform.tfvars.json", "{\"a\": "),
        (
            "plan/plan.json",
            "{\"format_version\": \"1.2\", \"planned_values\": ",
        ),
        (
            "inv/inventory.json",
            "{\"format\": \"phiguard-inventory/1\", \"resources\": 3}",
        ),
        ("inv/other.json", "{\"format\": \"phiguard-inventory/9\"}"),
    ]);
    std::fs::write(d.path().join("cfn/latin1.yaml"), b"Resources: \xe9\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc", d.path().join("cfn/link")).unwrap();
    d
}

fn options(root: &Path) -> ScanOptions {
    let config = phiguard::config::parse(
        "phiguard.toml",
        "allow_inline = false\n\n[phi]\nresources = [\"NoSuchResource\"]\n\n[[suppress]]\nrule = \"s3-bucket-versioning\"\nresource = \"Gone\"\nreason = \"accepted\"\n\n[[suppress]]\nrule = \"s3-bucket-versioning\"\nreason = \"accepted\"\nexpires = \"2020-01-01\"\n\n[[suppress]]\nrule = \"rds-storage-encrypted\"\nreason = \"accepted\"\nexpires = \"2020-01-01\"\n",
    )
    .unwrap();
    let mut opts = ScanOptions {
        config,
        now: phiguard_rules::Date::parse("2026-06-01"),
        ..ScanOptions::default()
    };
    opts.terraform.vars = vec![("undeclared".into(), "x".into())];
    opts.terraform.root = Some(root.to_path_buf());
    opts
}

/// Every diagnostic of a scan of the bad inputs, with the configuration's and the
/// custom rules' own.
fn diagnostics(root: &Path) -> Vec<Diagnostic> {
    let policies = dir(&[
        ("broken.rego", "package custom.y\n\nthis is not rego\n"),
        ("no-meta.rego", "package custom.z\n\nresults := set()\n"),
        (
            "bad-id.rego",
            "package custom.w\n\nmetadata := {\"id\": \"s3 bucket\"}\n\nresults := set()\n",
        ),
        (
            "no-results.rego",
            "package custom.x\n\nmetadata := {\"id\": \"custom-x\"}\n",
        ),
        (
            "bad-results.rego",
            "package custom.v\n\nmetadata := {\"id\": \"custom-bad-results\", \"title\": \"t\", \"severity\": \"low\", \"rationale\": \"r\", \"remediation\": \"m\", \"kinds\": [\"AWS::S3::Bucket\"]}\n\nresults := {{\"resource\": 999999, \"verdict\": \"fail\", \"message\": \"x\"}}\n",
        ),
    ]);
    let opts = options(root);
    let inputs: Vec<PathBuf> = ["cfn", "tf", "tf2", "plan", "inv", "cfn/notes.txt", "absent"]
        .iter()
        .map(|p| root.join(p))
        .collect();
    let (result, _) = phiguard::scan(&inputs, &opts);
    let mut all = result.diagnostics.clone();
    all.extend(phiguard::config::unmatched(
        &result,
        &opts.config,
        None,
        &["NoSuchParam".to_string()],
    ));
    // The custom rules judge one bucket (their load errors and a bad result).
    let dirs = [policies.path().to_path_buf(), root.join("no-policies")];
    let bucket = dir(&[("b.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n")]);
    let opts = ScanOptions {
        policies: phiguard::policy::Policies::load(&dirs).unwrap(),
        ..ScanOptions::default()
    };
    let (result, _) = phiguard::scan(&[bucket.path().to_path_buf()], &opts);
    all.extend(result.diagnostics);
    all
}

/// A message's id and those of its nested messages.
fn collect_ids(p: &MessagePart, ids: &mut BTreeSet<&'static str>) {
    ids.insert(p.id);
    for (_, n) in &p.nested {
        collect_ids(n, ids);
    }
}

#[test]
fn fluent_forms_match_the_english_diagnostics() {
    let d = bad_inputs();
    let all = diagnostics(d.path());
    let en = Tr::new(Lang::En);
    let mut ids = BTreeSet::new();
    let mut wrong = Vec::new();
    let mut english_only = Vec::new();
    for diag in &all {
        match &diag.l10n {
            Some(p) => {
                collect_ids(p, &mut ids);
                let rebuilt = phiguard_report::l10n::part(en, p);
                if rebuilt != diag.message {
                    wrong.push(format!("{}: {rebuilt:?}\n   says {:?}", p.id, diag.message));
                }
            }
            None => english_only.push(diag.message.clone()),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The bad inputs above reach these; a diagnostic without a Fluent form is listed.
    for id in [
        "diag-cfn-parse",
        "diag-cfn-resources-not-map",
        "diag-cfn-no-type",
        "diag-cfn-properties-not-map",
        "diag-cfn-rain-module",
        "diag-cfn-foreach-shape",
        "diag-read-not-utf8",
        "diag-tf-parse",
        "diag-tf-var-undeclared",
        "diag-tf-module-source-not-read",
        "diag-tf-count-capped",
        "diag-tf-data-file-refused",
        "refusal-outside",
        "diag-tf-block-instances-unknown",
        "diag-tf-attachment-outside",
        "diag-inline-unknown-rule",
        "diag-inline-no-reason",
        "diag-inline-bad-date",
        "diag-inline-unknown-key",
        "diag-inline-no-rule",
        "diag-inline-no-list",
        "diag-inline-refused",
        "diag-skipped-symlink",
        "diag-skipped-not-input",
        "diag-no-such-path",
        "diag-suppression-stale",
        "diag-suppression-expired-unused",
        "diag-config-phi-unmatched",
        "diag-config-param-unmatched",
        "diag-policy-error",
        "diag-policy-no-folder",
        "diag-policy-not-run",
        "diag-policy-result-invalid",
    ] {
        assert!(
            ids.contains(id),
            "no diagnostic {id} among {ids:?}\nEnglish only: {english_only:#?}\nAll: {:#?}",
            all.iter().map(|d| &d.message).collect::<Vec<_>>()
        );
    }
    assert!(
        ids.contains("diag-suppression-expired-one")
            || ids.contains("diag-suppression-expired-other"),
        "{ids:?}"
    );
}

fn phiguard(root: &Path, lang: &str, format: &str) -> String {
    let out = Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(root)
        .args([
            "scan",
            "cfn",
            "tf",
            "--no-config",
            "--lang",
            lang,
            "--format",
            format,
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn translated_reports_show_translated_diagnostics() {
    let d = bad_inputs();
    let de = phiguard(d.path(), "de", "text");
    assert!(de.contains("Vorlage kann nicht geparst werden: "), "{de}");
    assert!(
        de.contains("Terraform-Datei kann nicht geparst werden: "),
        "{de}"
    );
    assert!(
        de.contains("Inline-Unterdrückung ignoriert: Es gibt keine Regel 's3-no-such-rule'"),
        "{de}"
    );
    assert!(!de.contains("cannot parse template"), "{de}");
    let ja = phiguard(d.path(), "ja", "json");
    assert!(ja.contains("テンプレートを解析できません: "), "{ja}");
    assert!(
        ja.contains("スキップ: シンボリックリンクはたどりません"),
        "{ja}"
    );
    let ja = phiguard(d.path(), "ja", "markdown");
    assert!(ja.contains("警告: "), "{ja}");
    let en = phiguard(d.path(), "en", "text");
    assert!(en.contains("cannot parse template: "), "{en}");
}

#[test]
fn unknown_value_reasons_are_translated() {
    // A loader's reason (a parameter without a default) inside a finding message.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::cargo_bin("phiguard")
        .unwrap()
        .current_dir(root)
        .args([
            "scan",
            "crates/rules/fixtures/acm-certificate-dns-validation/unknown.yaml",
        ])
        .args(["--no-config", "--lang", "de"])
        .output()
        .unwrap();
    let de = String::from_utf8_lossy(&out.stdout);
    assert!(
        de.contains("ValidationMethod: Der Parameter 'ValidationMethod' hat keinen Standardwert"),
        "{de}"
    );
}
