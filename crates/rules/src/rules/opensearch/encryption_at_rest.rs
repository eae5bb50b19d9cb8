//! OpenSearch Service domains holding PHI encrypt data at rest.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "opensearch-encryption-at-rest",
    title: "OpenSearch Service domains holding PHI encrypt data at rest",
    severity: Severity::Critical,
    service: "Amazon OpenSearch Service",
    section: "Amazon OpenSearch Service",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["OPENSEARCH-ENCRYPTION-AT-REST"],
    kinds: &[
        "AWS::OpenSearchService::Domain",
        "AWS::Elasticsearch::Domain",
    ],
    phi_only: true,
    rationale: "The whitepaper requires PHI in OpenSearch Service to be encrypted at rest, with \
KMS keys (OpenSearch, or Elasticsearch 5.1 and later). Encryption covers indices, logs, swap \
files and automated snapshots, and is off unless the domain enables it.",
    remediation: "Set `EncryptionAtRestOptions: {Enabled: true, KmsKeyId: ...}`; Terraform: \
`encrypt_at_rest { enabled = true kms_key_id = ... }` on `aws_opensearch_domain`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    require_true_said(
        r,
        "EncryptionAtRestOptions.Enabled",
        "encryption at rest",
        "what-encryption-at-rest",
        Outcome::fail(
            "EncryptionAtRestOptions.Enabled is not set: the domain's data is not encrypted at rest",
        )
        .l10n("opensearch-encryption-at-rest-absent", &[]),
    )
}
