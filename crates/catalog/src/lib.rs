//! The HIPAA-on-AWS requirements catalog (`spec/requirements.yaml`, embedded at build
//! time) and the written reasons for requirements no rule implements
//! (`spec/unimplemented/*.yaml`).

use saphyr::{LoadableYamlNode, Yaml};
use serde::Serialize;

const REQUIREMENTS: &str = include_str!("../../../spec/requirements.yaml");
include!(concat!(env!("OUT_DIR"), "/unimplemented.rs"));

/// How a requirement can be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Checkable {
    /// From a template.
    Static,
    /// Only against a live account.
    Live,
    /// Partly from a template, partly live.
    Both,
    /// A process or organisational control.
    Manual,
}

/// One catalog requirement.
#[derive(Clone, Debug, Serialize)]
pub struct Requirement {
    /// Stable id (`S3-TLS-ONLY`).
    pub id: String,
    /// AWS service.
    pub service: String,
    /// Whitepaper section.
    pub section: String,
    /// What the whitepaper asks (paraphrased).
    pub statement: String,
    /// Kind (`encryption-at-rest`...).
    pub kind: String,
    /// How it can be checked.
    pub checkable: Checkable,
    /// HIPAA Security Rule citations.
    pub cfr: Vec<String>,
    /// Catalog severity.
    pub severity: String,
}

/// A requirement deliberately left without a rule, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Reason {
    /// Requirement id.
    pub id: String,
    /// Why no rule implements it.
    pub reason: String,
}

fn text(y: &Yaml, key: &str) -> String {
    y.as_mapping_get(key)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// Every requirement, in catalog order (parsed once per process).
pub fn requirements() -> &'static [Requirement] {
    static ALL: std::sync::LazyLock<Vec<Requirement>> = std::sync::LazyLock::new(parse);
    &ALL
}

fn parse() -> Vec<Requirement> {
    let docs = Yaml::load_from_str(REQUIREMENTS)
        .expect("the embedded catalog is valid YAML (checked by tests)");
    let Some(list) = docs
        .first()
        .and_then(|d| d.as_mapping_get("requirements"))
        .and_then(|r| r.as_sequence())
    else {
        return Vec::new();
    };
    list.iter()
        .map(|r| Requirement {
            id: text(r, "id"),
            service: text(r, "service"),
            section: text(r, "section"),
            statement: text(r, "statement"),
            kind: text(r, "kind"),
            checkable: match text(r, "checkable").as_str() {
                "static" => Checkable::Static,
                "both" => Checkable::Both,
                "live" => Checkable::Live,
                _ => Checkable::Manual,
            },
            cfr: r
                .as_mapping_get("cfr")
                .and_then(|c| c.as_sequence())
                .map(|c| {
                    c.iter()
                        .filter_map(|s| s.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default(),
            severity: text(r, "severity"),
        })
        .collect()
}

/// The written reasons for requirements without a rule.
pub fn unimplemented() -> Vec<Reason> {
    let mut out = Vec::new();
    for (_, body) in UNIMPLEMENTED {
        let Ok(docs) = Yaml::load_from_str(body) else {
            continue;
        };
        for item in docs
            .first()
            .and_then(|d| d.as_sequence())
            .into_iter()
            .flatten()
        {
            out.push(Reason {
                id: text(item, "id"),
                reason: text(item, "reason"),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_loads_whole() {
        let reqs = requirements();
        assert_eq!(reqs.len(), 324);
        assert_eq!(
            reqs.iter()
                .filter(|r| r.checkable == Checkable::Manual)
                .count(),
            52
        );
        assert!(
            reqs.iter()
                .all(|r| !r.id.is_empty() && !r.section.is_empty())
        );
        // Only the tenancy note (a permission, not an obligation) cites nothing.
        assert_eq!(reqs.iter().filter(|r| r.cfr.is_empty()).count(), 1);
    }

    #[test]
    fn embedded_copy_matches_shared_spec() {
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/spec/requirements.yaml");
        if let Ok(text) = std::fs::read_to_string(shared) {
            assert_eq!(
                text, REQUIREMENTS,
                "spec/requirements.yaml is out of date: copy ../shared/spec/requirements.yaml"
            );
        }
    }

    #[test]
    fn reason_files_parse() {
        for (name, body) in UNIMPLEMENTED {
            let docs = Yaml::load_from_str(body).unwrap_or_else(|e| panic!("{name}: {e}"));
            let items = docs
                .first()
                .and_then(|d| d.as_sequence())
                .unwrap_or_else(|| panic!("{name}: not a list"));
            for i in items {
                assert!(
                    !text(i, "id").is_empty() && text(i, "reason").len() > 20,
                    "{name}: every entry needs an id and a real reason"
                );
            }
        }
    }
}
