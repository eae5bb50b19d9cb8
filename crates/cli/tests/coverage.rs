//! The whole whitepaper is accounted for: every requirement a template or a live account
//! can show (`static`, `both` or `live`) is implemented by a rule or has a written reason,
//! and every rule names requirements that exist.

use phiguard::coverage::{Status, rows};

#[test]
fn every_checkable_requirement_is_implemented_or_justified() {
    let rows = rows();
    assert_eq!(rows.len(), phiguard_catalog::requirements().len());
    assert!(rows.len() >= 324, "the catalog lost requirements");
    let missing: Vec<_> = rows
        .iter()
        .filter(|r| r.status == Status::Missing)
        .map(|r| r.requirement.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "neither implemented nor justified in spec/unimplemented/: {missing:?}"
    );
}

#[test]
fn live_requirements_are_implemented_or_justified_and_shown_as_live() {
    use phiguard_catalog::Checkable;
    let rows = rows();
    let live: Vec<_> = rows
        .iter()
        .filter(|r| r.requirement.checkable == Checkable::Live)
        .collect();
    assert_eq!(live.len(), 29, "the catalog's live requirements changed");
    let implemented = live
        .iter()
        .filter(|r| matches!(r.status, Status::Implemented { .. }))
        .count();
    assert!(
        implemented >= 23,
        "only {implemented} live requirements implemented"
    );
    assert!(
        live.iter()
            .all(|r| !matches!(r.status, Status::Missing | Status::Manual)),
        "a live requirement is neither implemented nor justified"
    );
    let text = phiguard::coverage::text(phiguard_i18n::Tr::new(phiguard_i18n::Lang::En), &rows);
    let line = text
        .lines()
        .find(|l| l.starts_with("SQS-AUDIT "))
        .expect("SQS-AUDIT is listed");
    assert!(
        line.contains(" live ") && line.contains("cloudtrail-records-api-calls (live scans)"),
        "{line}"
    );
    assert!(
        text.contains(&format!("live (judged only in live scans and saved inventories): {implemented} of 29 implemented")),
        "{text}"
    );
}

#[test]
fn rules_cite_real_requirements_and_reasons_name_real_ones() {
    let ids: std::collections::BTreeSet<String> = phiguard_catalog::requirements()
        .iter()
        .map(|r| r.id.clone())
        .collect();
    for rule in phiguard_rules::all() {
        assert!(
            !rule.requirements.is_empty(),
            "{} implements no requirement",
            rule.id
        );
        for req in rule.requirements {
            assert!(
                ids.contains(*req),
                "{} cites unknown requirement {req}",
                rule.id
            );
        }
    }
    for reason in phiguard_catalog::unimplemented() {
        assert!(
            ids.contains(&reason.id),
            "a reason names unknown requirement {}",
            reason.id
        );
    }
}

#[test]
fn coverage_json_lists_every_requirement_with_a_status() {
    let out = assert_cmd::Command::cargo_bin("phiguard")
        .unwrap()
        .args(["coverage", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), phiguard_catalog::requirements().len());
    assert!(
        rows.iter()
            .all(|r| r["status"].is_string() && r["id"].is_string())
    );
    let s3 = rows.iter().find(|r| r["id"] == "S3-TLS-ONLY").unwrap();
    assert_eq!(s3["status"], "implemented");
    assert!(
        s3["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "s3-bucket-tls-only")
    );
}
