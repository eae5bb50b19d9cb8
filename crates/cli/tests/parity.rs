//! The bundled example architecture exists in CloudFormation and in Terraform; both
//! must give the same verdicts: same rule, same resource, same verdict.
//!
//! Resources are matched by name: the CloudFormation logical id `PatientDocuments` is the
//! Terraform resource `aws_s3_bucket.patient_documents`.

use phiguard::ScanOptions;
use std::collections::BTreeSet;
use std::path::Path;

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// (rule id, resource, verdict) of every finding about a resource.
fn verdicts(path: &str) -> BTreeSet<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let (result, _) = phiguard::scan(&[root.join(path)], &ScanOptions::default());
    assert!(
        result.diagnostics.is_empty(),
        "{path}: {:?}",
        result.diagnostics
    );
    result
        .findings
        .iter()
        .filter_map(|f| {
            let s = f.subject.as_ref()?;
            if s.kind.starts_with("phiguard::") {
                return None; // a template's own sections have no Terraform twin
            }
            let name = match s.name.rsplit_once('.') {
                Some((_, n)) if s.source_type.starts_with("aws_") => n.to_string(),
                _ => snake(&s.name),
            };
            Some((f.rule.id.to_string(), name, f.verdict.as_str().to_string()))
        })
        .collect()
}

fn assert_same(cfn: &str, tf: &str) {
    let a = verdicts(cfn);
    let b = verdicts(tf);
    let only_cfn: Vec<_> = a.difference(&b).collect();
    let only_tf: Vec<_> = b.difference(&a).collect();
    assert!(
        only_cfn.is_empty() && only_tf.is_empty(),
        "verdicts differ\nonly in CloudFormation: {only_cfn:#?}\nonly in Terraform: {only_tf:#?}"
    );
    assert!(a.iter().any(|(_, _, v)| v == "pass"));
}

#[test]
fn noncompliant_example_gives_the_same_verdicts_in_both_languages() {
    let v = verdicts("examples/terraform/patient-portal-noncompliant");
    assert!(v.iter().filter(|(_, _, v)| v == "fail").count() >= 15);
    assert_same(
        "examples/cloudformation/patient-portal-noncompliant.yaml",
        "examples/terraform/patient-portal-noncompliant",
    );
}

#[test]
fn compliant_example_gives_the_same_verdicts_in_both_languages() {
    assert_same(
        "examples/cloudformation/patient-portal-compliant.yaml",
        "examples/terraform/patient-portal-compliant",
    );
}
