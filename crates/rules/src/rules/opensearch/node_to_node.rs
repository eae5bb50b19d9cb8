//! OpenSearch Service domains holding PHI encrypt traffic between their nodes.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-node-to-node",
    title: "OpenSearch Service domains holding PHI enable node-to-node encryption",
    severity: Severity::High,
    service: "Amazon OpenSearch Service",
    section: "Amazon OpenSearch Service",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["OPENSEARCH-NODE-TO-NODE"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper asks for node-to-node encryption so that PHI stays encrypted with \
TLS while OpenSearch distributes and redistributes it across the cluster (available in all \
OpenSearch versions and in Elasticsearch 6.0 and later). It is off unless enabled.",
    remediation: "Set `NodeToNodeEncryptionOptions: {Enabled: true}`; Terraform: \
`node_to_node_encryption { enabled = true }` on `aws_opensearch_domain`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    require_true_said(
        r,
        "NodeToNodeEncryptionOptions.Enabled",
        "node-to-node encryption",
        "what-node-to-node-encryption",
        Outcome::fail(
            "NodeToNodeEncryptionOptions.Enabled is not set: traffic between nodes is not encrypted",
        )
        .l10n("opensearch-node-to-node-absent", &[]),
    )
}
