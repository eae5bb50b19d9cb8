//! Rekognition collection ids, project names and stream processors hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rekognition-no-phi-in-ids",
    title: "Rekognition collection ids, project names and stream processor names contain no PHI",
    severity: Severity::Low,
    service: "Amazon Rekognition",
    section: "Amazon Rekognition",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["REKOGNITION-NO-PHI-IN-IDS"],
    kinds: &[
        "AWS::Rekognition::Collection",
        "AWS::Rekognition::Project",
        "AWS::Rekognition::StreamProcessor",
    ],
    phi_only: false,
    rationale: "Derived from the Rekognition section: keep PHI out of collection ids, external image ids and project names, which are identifiers rather than encrypted content.",
    remediation: "Use opaque ids and keep the mapping to patients in an encrypted store. CloudFormation: `AWS::Rekognition::Collection` `CollectionId`, `Project` `ProjectName`; Terraform: `aws_rekognition_collection` `collection_id`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Rekognition::Collection",
        paths: &["CollectionId", "Tags"],
    },
    Fields {
        kind: "AWS::Rekognition::Project",
        paths: &["ProjectName"],
    },
    Fields {
        kind: "AWS::Rekognition::StreamProcessor",
        paths: &["Name", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Rekognition identifiers are not encrypted and appear in API results and CloudTrail.",
            "rekognition-no-phi-in-ids-why",
        ),
    )
}
