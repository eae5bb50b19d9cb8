//! Static resolution of intrinsic functions, conditions, Fn::ForEach and SAM.

use phiguard_cloudformation::{Options, read};
use phiguard_model::{Lookup, Resource, Value};

fn resources(text: &str, params: &[(&str, &str)]) -> Vec<Resource> {
    let opts = Options {
        params: params
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    };
    read("t.yaml", text, &opts)
        .expect("parses")
        .expect("is a template")
        .resources
        .into_iter()
        .filter(|r| !r.kind.starts_with("phiguard::"))
        .collect()
}

fn value<'a>(rs: &'a [Resource], name: &str, path: &str) -> &'a Value {
    let r = rs
        .iter()
        .find(|r| r.name == name)
        .unwrap_or_else(|| panic!("no resource {name}"));
    match r.get(path) {
        Lookup::Set(n) | Lookup::Unknown(n) => &n.value,
        Lookup::Absent => panic!("{name}.{path} is absent"),
    }
}

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

const TEMPLATE: &str = r#"
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Stage: { Type: String, Default: dev }
  Token: { Type: String, NoEcho: true }
  Subnets: { Type: CommaDelimitedList, Default: "subnet-a,subnet-b" }
  NoDefault: { Type: String }
Mappings:
  StageConfig:
    dev: { Retention: 7 }
    prod: { Retention: 365 }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  NotProd: !Not [!Condition IsProd]
  Loop1: !Condition Loop2
  Loop2: !Condition Loop1
  InUsEast1: !Equals [!Ref "AWS::Region", us-east-1]
Resources:
  Key:
    Type: AWS::KMS::Key
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "records-${Stage}-${AWS::AccountId}"
      Joined: !Join ["-", [a, !Ref Stage, !GetAtt Key.Arn]]
      Retention: !FindInMap [StageConfig, !Ref Stage, Retention]
      Picked: !If [IsProd, big, small]
      Removed: !If [IsProd, x, !Ref "AWS::NoValue"]
      Secret: !Ref Token
      Imported: !ImportValue shared-vpc
      Second: !Select [1, !Ref Subnets]
      Split: !Select [0, !Split [",", "a,b"]]
      Cyclic: !If [Loop1, a, b]
      Regional: !If [InUsEast1, a, b]
      Unset: !Ref NoDefault
      SubVars: !Sub ["arn:${P}:s3:::${B}/*", { P: !Ref "AWS::Partition", B: !Ref Key }]
      Escaped: !Sub "${!Literal}"
      Dynamic: "{{resolve:secretsmanager:db-creds:SecretString:password}}"
      SsmDynamic: "{{resolve:ssm:/app/kms-key}}"
  ProdOnly:
    Type: AWS::SQS::Queue
    Condition: IsProd
"#;

#[test]
fn intrinsics_resolve_statically() {
    let rs = resources(TEMPLATE, &[]);
    assert_eq!(
        value(&rs, "Bucket", "BucketName"),
        &s("records-dev-${AWS::AccountId}")
    );
    assert_eq!(value(&rs, "Bucket", "Joined"), &s("a-dev-${Key.Arn}"));
    assert_eq!(value(&rs, "Bucket", "Retention"), &Value::Int(7));
    assert_eq!(value(&rs, "Bucket", "Picked"), &s("small"));
    assert!(rs[1].get("Removed").is_absent());
    assert_eq!(value(&rs, "Bucket", "Secret"), &Value::Secret);
    assert!(
        matches!(value(&rs, "Bucket", "Imported"), Value::Unknown(r) if r.contains("ImportValue"))
    );
    assert_eq!(value(&rs, "Bucket", "Second"), &s("subnet-b"));
    assert_eq!(value(&rs, "Bucket", "Split"), &s("a"));
    // Undecidable conditions keep both branches for the rules to judge.
    assert!(matches!(
        value(&rs, "Bucket", "Cyclic"),
        Value::Choice { condition, .. } if condition == "Loop1"
    ));
    assert!(matches!(
        value(&rs, "Bucket", "Regional"),
        Value::Choice { condition, when_true: Some(_), when_false: Some(_) } if condition == "InUsEast1"
    ));
    assert!(
        matches!(value(&rs, "Bucket", "Unset"), Value::Unknown(r) if r.contains("--param NoDefault"))
    );
    assert_eq!(value(&rs, "Bucket", "SubVars"), &s("arn:aws:s3:::${Key}/*"));
    assert_eq!(value(&rs, "Bucket", "Escaped"), &s("${Literal}"));
    assert_eq!(value(&rs, "Bucket", "Dynamic"), &Value::Secret);
    assert!(matches!(
        value(&rs, "Bucket", "SsmDynamic"),
        Value::Unknown(_)
    ));
    assert!(
        !rs.iter().any(|r| r.name == "ProdOnly"),
        "resources whose condition is false are not created"
    );
}

#[test]
fn parameter_overrides_select_branches() {
    let rs = resources(TEMPLATE, &[("Stage", "prod")]);
    assert_eq!(value(&rs, "Bucket", "Picked"), &s("big"));
    assert_eq!(value(&rs, "Bucket", "Retention"), &Value::Int(365));
    assert_eq!(value(&rs, "Bucket", "Removed"), &s("x"));
    assert!(rs.iter().any(|r| r.name == "ProdOnly"));
}

#[test]
fn references_keep_their_target_and_location() {
    let rs = resources(
        "Resources:\n  Key:\n    Type: AWS::KMS::Key\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      KmsMasterKeyId: !GetAtt Key.Arn\n",
        &[],
    );
    let q = &rs[1];
    let Lookup::Set(n) = q.get("KmsMasterKeyId") else {
        panic!()
    };
    assert_eq!(
        n.value,
        Value::Ref {
            target: "Key".into(),
            attribute: Some("Arn".into())
        }
    );
    let loc = n.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (7, 7));
    let origin = q.origin.location().unwrap();
    assert_eq!((origin.line, origin.column), (4, 3));
}

#[test]
fn for_each_expands_resources() {
    let t = r#"
Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList, Default: "intake,archive" }
Resources:
  Fn::ForEach::Buckets:
    - Name
    - !Ref Names
    - "${Name}Bucket":
        Type: AWS::S3::Bucket
        Properties:
          BucketName: !Sub "clinic-${Name}"
          Tags: [{ Key: purpose, Value: !Ref Name }]
"#;
    let rs = resources(t, &[]);
    let names: Vec<_> = rs.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["intakeBucket", "archiveBucket"]);
    assert_eq!(
        value(&rs, "archiveBucket", "BucketName"),
        &s("clinic-archive")
    );
    assert_eq!(rs[0].tag("purpose"), Some("intake"));
}

#[test]
fn sam_types_map_to_aws_types_with_globals() {
    let t = r#"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Tracing: Active
Resources:
  Ingest:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Tracing: PassThrough
  Patients:
    Type: AWS::Serverless::SimpleTable
    Properties:
      SSESpecification: { SSEEnabled: true }
      Tags: { phi: "true" }
"#;
    let rs = resources(t, &[]);
    assert_eq!(rs[0].kind, "AWS::Lambda::Function");
    assert_eq!(rs[0].source_type, "AWS::Serverless::Function");
    assert_eq!(value(&rs, "Ingest", "Runtime"), &s("python3.12"));
    assert_eq!(
        value(&rs, "Ingest", "Tracing"),
        &s("PassThrough"),
        "a resource's own property wins over Globals"
    );
    assert_eq!(rs[1].kind, "AWS::DynamoDB::Table");
    assert_eq!(rs[1].tag("phi"), Some("true"));
}

#[test]
fn unknown_resource_types_are_kept_and_bad_resources_reported() {
    let t = "Resources:\n  Custom:\n    Type: Custom::Thing\n  NoType:\n    Properties: {}\n";
    let unit = read("t.yaml", t, &Options::default()).unwrap().unwrap();
    let kinds: Vec<_> = unit
        .resources
        .iter()
        .map(|r| r.kind.as_str())
        .filter(|k| !k.starts_with("phiguard::"))
        .collect();
    assert_eq!(kinds, ["Custom::Thing"]);
    assert_eq!(unit.diagnostics.len(), 1);
    assert!(unit.diagnostics[0].message.contains("no `Type`"));
    assert_eq!(
        unit.diagnostics[0].location.as_ref().map(|l| l.line),
        Some(4)
    );
}

#[test]
fn non_templates_are_skipped() {
    assert!(
        read("x.yaml", "name: ci\non: push\n", &Options::default())
            .unwrap()
            .is_none()
    );
    assert!(
        read("x.json", "{\"compilerOptions\": {}}", &Options::default())
            .unwrap()
            .is_none()
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// Whatever a user's file holds, reading it returns a result or a located error, never a panic.
    #[test]
    fn mangled_templates_never_panic(cut in 0usize..TEMPLATE.len(), insert in "[\\[\\]{}:!,'\"\\- a-zA-Z0-9\\n]{0,12}") {
        let mut text = TEMPLATE.to_string();
        let at = (0..=cut).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        text.insert_str(at, &insert);
        let _ = read("fuzz.yaml", &text, &Options::default());
        let _ = read("fuzz.yaml", &text[..at], &Options::default());
    }
}

#[test]
fn rain_modules_are_a_warning_not_an_error() {
    for t in [
        "Resources:\n  Net:\n    Type: !Rain::Module ./vpc.yml\n",
        "{\"Resources\": {\"Net\": {\"Type\": {\"Rain::Module\": \"./vpc.yml\"}}}}",
    ] {
        let unit = read("t.yaml", t, &Options::default()).unwrap().unwrap();
        assert!(
            unit.resources
                .iter()
                .all(|r| r.kind.starts_with("phiguard::"))
        );
        assert_eq!(
            unit.diagnostics[0].level,
            phiguard_model::Level::Warning,
            "{t}"
        );
        assert!(unit.diagnostics[0].message.contains("rain pkg"));
    }
}

/// A NoEcho parameter's literal default is committed in the repository: it stays hidden but
/// is a [`Value::LiteralSecret`]; a value given at deploy time (`--param`) or a dynamic
/// reference built from it is a secret from a secure source.
#[test]
fn noecho_default_is_a_literal_secret() {
    let text = r#"
Parameters:
  Password: { Type: String, NoEcho: true, Default: "Hunter2!x" }
  Given: { Type: String, NoEcho: true }
  SecretName: { Type: String, NoEcho: true, Default: "db/master" }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Direct: !Ref Password
      Composed: !Sub "pw-${Password}"
      Joined: !Join ["", ["pw-", !Ref Password]]
      FromDeploy: !Ref Given
      Resolved: !Sub "{{resolve:secretsmanager:${SecretName}:SecretString:password}}"
"#;
    let rs = resources(text, &[]);
    assert_eq!(value(&rs, "Db", "Direct"), &Value::LiteralSecret);
    assert_eq!(value(&rs, "Db", "Composed"), &Value::LiteralSecret);
    assert_eq!(value(&rs, "Db", "Joined"), &Value::LiteralSecret);
    assert_eq!(value(&rs, "Db", "FromDeploy"), &Value::Secret);
    assert_eq!(value(&rs, "Db", "Resolved"), &Value::Secret);
    let given = resources(text, &[("Password", "from-the-pipeline")]);
    assert_eq!(value(&given, "Db", "Direct"), &Value::Secret);
}
