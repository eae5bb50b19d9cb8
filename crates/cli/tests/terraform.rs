//! Terraform inputs through the scan driver: module directories, variable files,
//! plans detected by content, broken files.

use phiguard::ScanOptions;
use phiguard::inputs::InputKind;
use phiguard_rules::Verdict;
use std::path::Path;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (p, text) in files {
        let p = root.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn verdicts(result: &phiguard_report::ScanResult, rule: &str) -> Vec<(String, Verdict)> {
    result
        .findings
        .iter()
        .filter(|f| f.rule.id == rule)
        .map(|f| {
            (
                f.subject
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                f.verdict,
            )
        })
        .collect()
}

#[test]
fn a_folder_scan_reads_each_root_module_once_with_its_variables() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "infra/main.tf",
                "module \"claims\" {\n  source    = \"./modules/db\"\n  encrypted = var.encrypt\n}\n",
            ),
            (
                "infra/variables.tf",
                "variable \"encrypt\" {\n  type    = bool\n  default = false\n}\n",
            ),
            ("infra/prod.auto.tfvars", "encrypt = true\n"),
            (
                "infra/modules/db/main.tf",
                "variable \"encrypted\" { type = bool }\nresource \"aws_db_instance\" \"claims\" {\n  storage_encrypted = var.encrypted\n}\n",
            ),
            (
                "broken/main.tf",
                "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n}\n",
            ),
        ],
    );
    let (result, _) = phiguard::scan(&[dir.path().to_path_buf()], &ScanOptions::default());
    assert_eq!(
        verdicts(&result, "rds-storage-encrypted"),
        [(
            "module.claims.aws_db_instance.claims".to_string(),
            Verdict::Pass
        )],
        "the module directory is read through its call only, with prod.auto.tfvars applied"
    );
    let errors: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.level == phiguard_model::Level::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert!(errors[0].file.ends_with("broken/main.tf"));
    assert!(errors[0].location.is_some());
    let kinds: Vec<&str> = result.inputs.iter().map(|i| i.kind.as_str()).collect();
    assert!(
        kinds.contains(&"terraform") && kinds.contains(&"terraform-vars"),
        "{kinds:?}"
    );

    let opts = ScanOptions {
        terraform: phiguard_terraform::Options {
            vars: vec![("encrypt".into(), "false".into())],
            ..Default::default()
        },
        ..ScanOptions::default()
    };
    let (result, _) = phiguard::scan(&[dir.path().join("infra")], &opts);
    assert_eq!(
        verdicts(&result, "rds-storage-encrypted")[0].1,
        Verdict::Fail,
        "--var wins over var files"
    );
}

#[test]
fn plans_are_told_from_templates_by_content() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/fixtures/rds-storage-encrypted");
    std::fs::copy(
        fixtures.join("fail.plan.json"),
        dir.path().join("tfplan.json"),
    )
    .unwrap();
    write(
        dir.path(),
        &[(
            "package.json",
            "{\"name\": \"portal\", \"version\": \"1.0.0\"}\n",
        )],
    );
    let (result, _) = phiguard::scan(&[dir.path().to_path_buf()], &ScanOptions::default());
    assert_eq!(
        result.inputs.len(),
        1,
        "package.json is neither a template nor a plan"
    );
    assert_eq!(result.inputs[0].kind, "terraform-plan");
    assert_eq!(
        verdicts(&result, "rds-storage-encrypted")[0].1,
        Verdict::Fail
    );

    let forced = ScanOptions {
        input: Some(InputKind::Cloudformation),
        ..ScanOptions::default()
    };
    let (result, _) = phiguard::scan(&[dir.path().join("tfplan.json")], &forced);
    assert!(
        result.findings.is_empty(),
        "forced CloudFormation does not read the plan"
    );
}

#[test]
fn json_data_in_a_terraform_folder_is_not_read_as_a_template() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        &[
            (
                "import/main.tf",
                "resource \"aws_dynamodb_table\" \"t\" {\n  name     = \"claims\"\n  hash_key = \"id\"\n}\n",
            ),
            // DynamoDB JSON lines, as `aws_dynamodb_table` imports read them.
            (
                "import/files/sample.json",
                "{\"Item\": {\"id\": {\"S\": \"1\"}}}\n{\"Item\": {\"id\": {\"S\": \"2\"}}}\n",
            ),
            (
                "import/stack.json",
                "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}\n",
            ),
            ("elsewhere/broken.json", "{\"a\": 1}\n{\"b\": 2}\n"),
        ],
    );
    let (result, _) = phiguard::scan(&[dir.path().to_path_buf()], &ScanOptions::default());
    let paths: Vec<&str> = result.inputs.iter().map(|i| i.path.as_str()).collect();
    assert!(
        !paths.iter().any(|p| p.ends_with("sample.json")),
        "{paths:?}"
    );
    assert!(paths.iter().any(|p| p.ends_with("stack.json")), "{paths:?}");
    assert!(
        paths.iter().any(|p| p.ends_with("import/main.tf")),
        "{paths:?}"
    );
    // Outside a Terraform folder, a JSON file is still read (and reported if broken).
    assert!(
        paths.iter().any(|p| p.ends_with("broken.json")),
        "{paths:?}"
    );
    // Not an input error, but listed as skipped in every report.
    let about: Vec<_> = result
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("sample.json"))
        .collect();
    assert!(
        about.len() == 1
            && about[0].level == phiguard_model::Level::Warning
            && about[0].message.contains("skipped"),
        "{:?}",
        result.diagnostics
    );
}
