//! Comprehend classifier and flywheel names and tags hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "comprehend-no-phi-in-names",
    title: "Comprehend document classifier and flywheel names and tags contain no PHI",
    severity: Severity::Medium,
    service: "Amazon Comprehend",
    section: "Data protection and secrets management",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["COMPREHEND-NO-PHI-IN-TAGS"],
    kinds: &[
        "AWS::Comprehend::DocumentClassifier",
        "AWS::Comprehend::Flywheel",
    ],
    phi_only: false,
    rationale: "The whitepaper (Comprehend, data protection): do not place sensitive information such as PHI in tags or free-form fields such as names.",
    remediation: "Name models by purpose. CloudFormation: `AWS::Comprehend::DocumentClassifier` `DocumentClassifierName`/`Tags`, `AWS::Comprehend::Flywheel` `FlywheelName`; Terraform: `aws_comprehend_document_classifier`, `aws_comprehend_entity_recognizer` `name`/`tags`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Comprehend::DocumentClassifier",
        paths: &["DocumentClassifierName", "VersionName", "Tags"],
    },
    Fields {
        kind: "AWS::Comprehend::Flywheel",
        paths: &["FlywheelName", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Comprehend names and tags are free-form fields that are not protected like document content.",
            "comprehend-no-phi-in-names-why",
        ),
    )
}
