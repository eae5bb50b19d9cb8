//! Macie custom identifiers, allow lists and filters hold no literal PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "macie-no-phi-in-config",
    title: "Macie custom data identifiers, allow lists and findings filters contain no literal PHI",
    severity: Severity::Low,
    service: "Amazon Macie",
    section: "Amazon Macie",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["MACIE-NO-PHI-IN-CONFIG"],
    kinds: &[
        "AWS::Macie::CustomDataIdentifier",
        "AWS::Macie::AllowList",
        "AWS::Macie::FindingsFilter",
    ],
    phi_only: false,
    rationale: "From the 2018 edition: PHI is not needed to configure Macie; do not enter PHI (real patients' values) into custom data identifiers, allow lists or filters. Patterns describe the shape of PHI, not its values.",
    remediation: "Describe PHI by regular expression and keywords, not by real values. CloudFormation: `AWS::Macie::CustomDataIdentifier` `IgnoreWords`/`Keywords`, `AWS::Macie::AllowList` `Criteria`; Terraform: `aws_macie2_custom_data_identifier`, `aws_macie2_findings_filter`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Macie::CustomDataIdentifier",
        paths: &["Name", "Description", "Keywords", "IgnoreWords", "Tags"],
    },
    Fields {
        kind: "AWS::Macie::AllowList",
        paths: &["Name", "Description", "Criteria", "Tags"],
    },
    Fields {
        kind: "AWS::Macie::FindingsFilter",
        paths: &["Name", "Description", "FindingCriteria", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Macie settings are configuration, readable by every Macie administrator, and not a place for PHI.",
            "macie-no-phi-in-config-why",
        ),
    )
}
