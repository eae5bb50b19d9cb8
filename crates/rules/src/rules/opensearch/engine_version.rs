//! OpenSearch Service domains holding PHI run OpenSearch, or Elasticsearch 6.0 or later.
use crate::judge::version::Version;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-engine-version",
    title: "OpenSearch Service domains holding PHI run OpenSearch or Elasticsearch 6.0 and later",
    severity: Severity::High,
    service: "Amazon OpenSearch Service",
    section: "Amazon OpenSearch Service",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["OPENSEARCH-MIN-VERSION"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper asks for OpenSearch (any version) or Elasticsearch 6.0 or later \
when a domain holds PHI: older Elasticsearch versions lack node-to-node encryption, and \
before 5.1 encryption at rest. A legacy AWS::Elasticsearch::Domain without \
ElasticsearchVersion is created with Elasticsearch 1.5.",
    remediation: "Set `EngineVersion: OpenSearch_2.x` on an `AWS::OpenSearchService::Domain` (or \
at least `Elasticsearch_6.8`; `ElasticsearchVersion: '7.10'` on the legacy type); \
Terraform: `engine_version` on `aws_opensearch_domain`, `elasticsearch_version` on \
`aws_elasticsearch_domain`. Upgrade in place through the supported upgrade paths.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let legacy = r.kind == "AWS::Elasticsearch::Domain";
    let path = if legacy {
        "ElasticsearchVersion"
    } else {
        "EngineVersion"
    };
    let (text, loc) = match crate::string_attr(r, path) {
        Ok(Some(v)) => v,
        Ok(None) if legacy => {
            return Outcome::fail(
                "ElasticsearchVersion is not set, so the domain is created with Elasticsearch 1.5",
            )
            .l10n("opensearch-es-version-absent", &[])
            .at(path, None);
        }
        Ok(None) => {
            return Outcome::pass(
                "EngineVersion is not set: the domain runs the latest OpenSearch version",
            )
            .l10n("opensearch-engine-version-absent", &[])
            .at(path, None);
        }
        Err(o) => return o,
    };
    if text.to_ascii_lowercase().starts_with("opensearch_") {
        return Outcome::pass(format!("{text} is OpenSearch"))
            .l10n("opensearch-engine-opensearch", &[("version", text)])
            .at(path, loc);
    }
    let number = text
        .strip_prefix("Elasticsearch_")
        .or_else(|| legacy.then_some(text))
        .and_then(Version::parse);
    match number {
        Some(v) if v.at_least("6.0") => Outcome::pass(format!("Elasticsearch {v} is 6.0 or later"))
            .l10n("opensearch-es-recent", &[("version", &v.to_string())])
            .at(path, loc),
        Some(v) => Outcome::fail(format!(
            "Elasticsearch {v} is older than 6.0, the minimum for PHI"
        ))
        .l10n("opensearch-es-old", &[("version", &v.to_string())])
        .at(path, loc),
        None => Outcome::unknown(format!("'{text}' is not a recognised engine version"))
            .l10n("opensearch-engine-unrecognised", &[("version", text)])
            .at(path, loc),
    }
}
