//! KMS key descriptions, tags and alias names hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kms-no-phi-in-metadata",
    title: "KMS key descriptions, tags and alias names contain no PHI",
    severity: Severity::Medium,
    service: "AWS Key Management Service",
    section: "Using AWS KMS for Encryption of PHI",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["KMS-NO-PHI-IN-TAGS"],
    kinds: &["AWS::KMS::Key", "AWS::KMS::ReplicaKey", "AWS::KMS::Alias"],
    phi_only: false,
    rationale: "The whitepaper: do not store PHI in KMS key tags (metadata). KMS protects the data keys, not the key's own description, tags or alias, which many principals can list.",
    remediation: "Describe and tag keys by purpose (`alias/claims-db`, `DataClassification: phi`), never by patient. CloudFormation: `AWS::KMS::Key` `Description`/`Tags`, `AWS::KMS::Alias` `AliasName`; Terraform: `aws_kms_key` `description`/`tags`, `aws_kms_alias` `name`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::KMS::Key",
        paths: &["Description", "Tags"],
    },
    Fields {
        kind: "AWS::KMS::ReplicaKey",
        paths: &["Description", "Tags"],
    },
    Fields {
        kind: "AWS::KMS::Alias",
        paths: &["AliasName"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "KMS key metadata is not encrypted and is shown in the console, in ListKeys/ListAliases results and in CloudTrail.",
            "kms-no-phi-in-metadata-why",
        ),
    )
}
