//! YAML that PyYAML, and so CloudFormation, reads but strict YAML 1.2 parsers reject
//! (fixed by the patched parser in `vendor/saphyr-parser`). Each fixture must load to
//! the same tree as PyYAML gives (`*.pyyaml.json`, made with `yaml.SafeLoader` and the
//! short-form tags expanded as phiguard does).

use phiguard_cloudformation::yaml::{Raw, RawKind, parse};
use phiguard_cloudformation::{Options, read};
use serde_json::{Map, Value, json};

fn to_json(raw: &Raw) -> Value {
    match &raw.kind {
        RawKind::Null => Value::Null,
        RawKind::Bool(b) => json!(b),
        RawKind::Int(i) => json!(i),
        RawKind::Float(f) => json!(f),
        RawKind::Str(s) => json!(s),
        RawKind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        RawKind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.name.clone(), to_json(v)))
                .collect::<Map<_, _>>(),
        ),
    }
}

fn fixture(name: &str) -> (String, Value) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/yaml/");
    let text = std::fs::read_to_string(format!("{dir}{name}.yaml")).unwrap();
    let expected = std::fs::read_to_string(format!("{dir}{name}.pyyaml.json")).unwrap();
    (text, serde_json::from_str(&expected).unwrap())
}

fn loads_as_pyyaml_does(name: &str) {
    let (text, expected) = fixture(name);
    let raw = parse(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert_eq!(to_json(&raw), expected, "{name}");
    let unit = read(&format!("{name}.yaml"), &text, &Options::default())
        .expect("reads")
        .expect("is a template");
    assert!(unit.resources.iter().any(|r| r.name == "Bucket"));
}

#[test]
fn quoted_scalar_continued_at_or_left_of_its_key() {
    loads_as_pyyaml_does("quoted-continuation-at-key");
}

#[test]
fn flow_sequence_closed_or_continued_at_its_key_column() {
    loads_as_pyyaml_does("flow-close-at-key");
}

#[test]
fn the_issue_reproductions_load() {
    let a = "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: 'a\n      b'\n";
    let b = "Parameters:\n  P:\n    Type: String\n    AllowedValues: [\n    a, b\n    ]\n";
    let c = "Parameters:\n  P:\n    AllowedValues: [\n      \"a\"\n    ]\n    Type: String\n";
    let name = parse(a).unwrap();
    let name = name.get("Resources").unwrap().get("Bucket").unwrap();
    let name = name.get("Properties").unwrap().get("BucketName").unwrap();
    assert_eq!(name.as_str(), Some("a b"));
    for t in [b, c] {
        let p = parse(t).unwrap_or_else(|e| panic!("{t}: {e:?}"));
        let p = p.get("Parameters").unwrap().get("P").unwrap();
        assert_eq!(p.get("Type").unwrap().as_str(), Some("String"));
        assert!(matches!(&p.get("AllowedValues").unwrap().kind, RawKind::Seq(v) if !v.is_empty()));
    }
}

#[test]
fn duplicate_keys_stay_errors_in_lax_constructs() {
    let t = "Resources:\n  B:\n    Type: X\n    Properties: {\n    A: 'x\n    y', A: [\n    1\n    ]}\n";
    let e = parse(t).unwrap_err();
    assert!(e.message.starts_with("duplicate key 'A'"), "{e:?}");
}

#[test]
fn still_rejects_what_pyyaml_rejects() {
    for t in [
        "A:\n  B: [1, 2\n",
        "A: 'unterminated\n",
        "A:\n  B: 1\n C: 2\n",
        "A: [1, 2]]\n",
        "A: 'x\n---\n'\n",
    ] {
        assert!(parse(t).is_err(), "{t:?} parsed");
    }
}
