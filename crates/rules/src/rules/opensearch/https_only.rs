//! OpenSearch Service domains holding PHI accept HTTPS only.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-https-only",
    title: "OpenSearch Service domains holding PHI accept requests over HTTPS only",
    severity: Severity::Critical,
    service: "Amazon OpenSearch Service",
    section: "Amazon OpenSearch Service",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["OPENSEARCH-HTTPS-ONLY"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper says any PHI entering an OpenSearch Service domain should be sent \
over HTTPS: data that arrives over HTTP is encrypted only once it reaches the cluster. \
`EnforceHTTPS` makes the domain endpoint refuse plain HTTP; it is off by default.",
    remediation: "Set `DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: \
Policy-Min-TLS-1-2-PFS-2023-10}`; Terraform: `domain_endpoint_options { enforce_https = true \
tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\" }`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    require_true_said(
        r,
        "DomainEndpointOptions.EnforceHTTPS",
        "HTTPS enforcement",
        "what-https-enforcement",
        Outcome::fail(
            "DomainEndpointOptions.EnforceHTTPS is not set: the domain accepts plain HTTP requests",
        )
        .l10n("opensearch-https-absent", &[]),
    )
}
