//! Custom Rego rules over a small template: verdicts, the metadata contract, and located
//! errors for broken policies that leave the other rules running.

use phiguard_model::{Graph, Level};
use phiguard_policy::load_sources;
use phiguard_rules::{Config, Finding, Verdict};

const TEMPLATE: &str = r#"
Resources:
  Records:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: phi
          Value: "true"
        - Key: DataClassification
          Value: restricted
  Scans:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: phi
          Value: "true"
  Logs:
    Type: AWS::S3::Bucket
"#;

const TAG_RULE: &str = r#"package acme.phi_tag

metadata := {
  "id": "acme.phi-bucket-classified",
  "title": "PHI buckets carry a DataClassification tag",
  "severity": "medium",
  "section": "Data classification",
  "cfr": ["164.308(a)(1)(ii)(A)"],
  "kinds": ["AWS::S3::Bucket"],
  "phi_only": true,
  "rationale": "The risk analysis needs to know where PHI is.",
  "remediation": "Tag the bucket with DataClassification.",
}

results contains {"resource": r.id, "verdict": "fail", "message": "no DataClassification tag"} if {
  some r in input.resources
  r.kind == "AWS::S3::Bucket"
  not r.tags.DataClassification
}

results contains {"resource": r.id, "verdict": "pass", "message": sprintf("DataClassification is %v", [r.tags.DataClassification]), "path": "Tags"} if {
  some r in input.resources
  r.kind == "AWS::S3::Bucket"
  r.tags.DataClassification
}
"#;

fn graph() -> Graph {
    let unit = phiguard_cloudformation::read("t.yaml", TEMPLATE, &Default::default())
        .expect("reads")
        .expect("a template");
    let mut g = Graph::new();
    g.add_unit(unit.resources);
    g
}

fn verdicts(findings: &[Finding], id: &str) -> Vec<(String, Verdict, String)> {
    findings
        .iter()
        .filter(|f| f.rule.id == id)
        .map(|f| {
            (
                f.subject.as_ref().map_or(String::new(), |s| s.name.clone()),
                f.verdict,
                f.message.clone(),
            )
        })
        .collect()
}

#[test]
fn a_custom_rule_judges_every_resource_of_its_kinds_in_one_evaluation() {
    let set = load_sources(&[("acme/phi_tag.rego".into(), TAG_RULE.into())]);
    assert!(set.errors.is_empty(), "{:?}", set.errors);
    let rule = set.rules[0];
    assert!(rule.is_custom());
    assert_eq!(rule.id, "acme.phi-bucket-classified");
    assert_eq!(rule.kinds, ["AWS::S3::Bucket"]);
    assert_eq!(rule.cfr, ["164.308(a)(1)(ii)(A)"]);
    assert!(phiguard_rules::find("acme.phi-bucket-classified").is_some());
    let g = graph();
    let (findings, _) = phiguard_rules::run(&g, &Config::default(), &set.rules);
    let v = verdicts(&findings, rule.id);
    assert_eq!(
        v,
        [
            (
                "Records".to_string(),
                Verdict::Pass,
                "DataClassification is restricted".to_string()
            ),
            (
                "Scans".to_string(),
                Verdict::Fail,
                "no DataClassification tag".to_string()
            ),
            (
                "Logs".to_string(),
                Verdict::NotApplicable,
                "not marked as holding PHI".to_string()
            ),
        ]
    );
    let pass = findings
        .iter()
        .find(|f| f.verdict == Verdict::Pass)
        .unwrap();
    assert_eq!(pass.path.as_deref(), Some("Tags"));
    assert_eq!(pass.location.as_ref().map(|l| l.line), Some(6));
    assert!(set.take_runtime_errors().is_empty());
}

#[test]
fn a_resource_the_policy_gives_no_verdict_is_unknown_and_the_worst_verdict_wins() {
    let rule = r#"package custom.partial
metadata := {"id": "custom-partial", "title": "t", "severity": "low", "kinds": ["AWS::S3::Bucket"], "rationale": "r", "remediation": "m"}
results contains {"resource": r.id, "verdict": "pass", "message": "fine"} if {
  some r in input.resources
  r.name == "Records"
}
results contains {"resource": r.id, "verdict": v, "message": v} if {
  some r in input.resources
  r.name == "Scans"
  some v in ["pass", "unknown", "fail"]
}
"#;
    let set = load_sources(&[("p.rego".into(), rule.into())]);
    assert!(set.errors.is_empty(), "{:?}", set.errors);
    let (findings, _) = phiguard_rules::run(&graph(), &Config::default(), &set.rules);
    let v = verdicts(&findings, "custom-partial");
    assert_eq!(v[0].1, Verdict::Pass);
    assert_eq!((v[1].1, v[1].2.as_str()), (Verdict::Fail, "fail"));
    assert_eq!(v[2].1, Verdict::Unknown, "{v:?}");
    assert!(v[2].2.contains("no verdict"), "{v:?}");
}

#[test]
fn broken_policies_are_located_errors_and_the_others_still_run() {
    let syntax = "package custom.broken\n\nmetadata := {\"id\": \"custom-broken\"\n\nresults contains x if {\n";
    let no_meta = "package custom.nometa\n\nresults contains 1 if { true }\n";
    let bad_id = r#"package custom.badid
metadata := {"id": "s3-bucket-encryption", "title": "t", "severity": "low", "rationale": "r", "remediation": "m"}
results := set()
"#;
    let bad_key = r#"package custom.badkey
metadata := {"id": "custom-bad-key", "title": "t", "severity": "low", "rationale": "r", "remediation": "m", "sevrity": "x"}
results := set()
"#;
    let shape = r#"package custom.shape
metadata := {"id": "custom-shape", "title": "t", "severity": "low", "kinds": ["AWS::S3::Bucket"], "rationale": "r", "remediation": "m"}

results contains {"resource": r.id, "verdict": "maybe", "message": "?"} if {
  some r in input.resources
  r.name == "Records"
}
"#;
    let runtime = r#"package custom.runtime
metadata := {"id": "custom-runtime", "title": "t", "severity": "low", "rationale": "r", "remediation": "m"}

results contains {"resource": r.id, "verdict": "fail", "message": m} if {
  some r in input.resources
  m := concat("", [r.name, 1 / 0])
}
"#;
    let set = load_sources(&[
        ("broken.rego".into(), syntax.into()),
        ("nometa.rego".into(), no_meta.into()),
        ("badid.rego".into(), bad_id.into()),
        ("badkey.rego".into(), bad_key.into()),
        ("shape.rego".into(), shape.into()),
        ("runtime.rego".into(), runtime.into()),
        ("good.rego".into(), TAG_RULE.into()),
    ]);
    let errors: Vec<String> = set.errors.iter().map(|d| d.to_string()).collect();
    assert_eq!(set.errors.len(), 4, "{errors:#?}");
    assert!(set.errors.iter().all(|d| d.level == Level::Error));
    let at = |file: &str| {
        set.errors
            .iter()
            .find(|d| d.file == file)
            .unwrap_or_else(|| panic!("no error for {file}: {errors:#?}"))
    };
    assert!(at("broken.rego").location.is_some(), "{errors:#?}");
    assert!(
        at("nometa.rego").message.contains("no `metadata`"),
        "{errors:#?}"
    );
    let bad = at("badid.rego");
    assert!(
        bad.message.contains("must start with 'custom-'"),
        "{errors:#?}"
    );
    assert_eq!(bad.location.as_ref().map(|l| l.line), Some(2));
    assert!(at("badkey.rego").message.contains("unknown key 'sevrity'"));
    let ids: Vec<&str> = set.rules.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        [
            "custom-shape",
            "custom-runtime",
            "acme.phi-bucket-classified"
        ]
    );

    let (findings, _) = phiguard_rules::run(&graph(), &Config::default(), &set.rules);
    let runtime_errors = set.take_runtime_errors();
    let shown: Vec<String> = runtime_errors.iter().map(|d| d.to_string()).collect();
    assert_eq!(runtime_errors.len(), 2, "{shown:#?}");
    let shape = runtime_errors
        .iter()
        .find(|d| d.file == "shape.rego")
        .unwrap();
    assert!(shape.message.contains("verdict"), "{shown:#?}");
    assert_eq!(shape.location.as_ref().map(|l| l.line), Some(4));
    let runtime = runtime_errors
        .iter()
        .find(|d| d.file == "runtime.rego")
        .unwrap();
    assert!(runtime.location.is_some(), "{shown:#?}");
    // The good rule still judged every bucket.
    assert_eq!(verdicts(&findings, "acme.phi-bucket-classified").len(), 3);
    // Errors are taken once.
    assert!(set.take_runtime_errors().is_empty());
}
