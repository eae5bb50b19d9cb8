//! OpenSearch Service domains holding PHI refuse TLS versions older than 1.2.
use crate::judge::tls_policy::{OPENSEARCH_API_DEFAULT_POLICY, Protocol, opensearch_minimum};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-tls-policy",
    title: "OpenSearch Service domains holding PHI require TLS 1.2 or later",
    severity: Severity::High,
    service: "Amazon OpenSearch Service",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["GEN-TLS12-MINIMUM"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper recommends TLS 1.2 or later for every connection to AWS resources. \
An OpenSearch domain endpoint negotiates what its TLSSecurityPolicy allows; without one the \
API applies Policy-Min-TLS-1-0-2019-07, which accepts TLS 1.0 and 1.1.",
    remediation: "Set `DomainEndpointOptions.TLSSecurityPolicy` to \
`Policy-Min-TLS-1-2-PFS-2023-10` (or `Policy-Min-TLS-1-2-2019-07`); Terraform: \
`domain_endpoint_options { tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\" }`.",
    check: Check::Resource(check),
};

const PATH: &str = "DomainEndpointOptions.TLSSecurityPolicy";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (policy, loc) = match crate::string_attr(r, PATH) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Outcome::fail(format!(
                "TLSSecurityPolicy is not set, so the endpoint uses {OPENSEARCH_API_DEFAULT_POLICY}, which accepts TLS 1.0"
            ))
            .l10n(
                "opensearch-tls-policy-absent",
                &[("policy", OPENSEARCH_API_DEFAULT_POLICY)],
            )
            .at(PATH, None);
        }
        Err(o) => return o,
    };
    match opensearch_minimum(policy) {
        Some(p) if p >= Protocol::Tls12 => Outcome::pass(format!("{policy} requires {p} or later"))
            .l10n(
                "opensearch-tls-policy-ok",
                &[("policy", policy), ("protocol", &p.to_string())],
            )
            .at(PATH, loc),
        Some(p) => Outcome::fail(format!("{policy} accepts {p}; use a TLS 1.2 policy"))
            .l10n(
                "opensearch-tls-policy-old",
                &[("policy", policy), ("protocol", &p.to_string())],
            )
            .at(PATH, loc),
        None => Outcome::unknown(format!(
            "'{policy}' is not a TLS security policy this rule knows"
        ))
        .l10n("opensearch-tls-policy-unknown", &[("policy", policy)])
        .at(PATH, loc),
    }
}
