//! Hostile and oversized templates: read without crashing, one located error or
//! unknown values at worst.

use phiguard_cloudformation::{Options, read};
use phiguard_model::{Diagnostic, Unit};

#[test]
fn a_long_chain_of_conditions_does_not_overflow_the_stack() {
    let mut t = String::from("Conditions:\n  C0: !Equals [a, a]\n");
    for i in 1..=20_000 {
        t.push_str(&format!("  C{i}: !Condition C{}\n", i - 1));
    }
    t.push_str("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: C20000\n");
    t.push_str("    Properties:\n      BucketName: !If [C20000, yes-bucket, no-bucket]\n");
    let unit = read("t.yaml", &t, &Options::default()).unwrap().unwrap();
    assert!(unit.resources.iter().any(|r| r.name == "B"));
}

/// Nesting up to 200 levels reads; far deeper is one located parse error.
fn check(depth: usize, r: Result<Option<Unit>, Diagnostic>) {
    match r {
        Ok(unit) => assert!(depth <= 200 && unit.is_some()),
        Err(d) => {
            assert!(depth > 200, "{}", d.message);
            assert!(
                d.message.starts_with("cannot parse template"),
                "{}",
                d.message
            );
            assert!(d.location.is_some());
        }
    }
}

#[test]
fn deep_nesting_is_an_error_or_a_value_not_a_crash() {
    for depth in [200, 100_000] {
        let t = format!(
            "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: {}{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let r = read("t.yaml", &t, &Options::default());
        check(depth, r);
        let t = format!(
            "{{\"Resources\": {{\"B\": {{\"Type\": \"AWS::S3::Bucket\", \"Properties\": {{\"X\": {}1{}}}}}}}}}",
            "{\"a\": ".repeat(depth),
            "}".repeat(depth)
        );
        let r = read("t.json", &t, &Options::default());
        check(depth, r);
        let t = format!(
            "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      X:\n        {}x\n",
            "- ".repeat(depth)
        );
        let r = read("t.yaml", &t, &Options::default());
        check(depth, r);
    }
}
