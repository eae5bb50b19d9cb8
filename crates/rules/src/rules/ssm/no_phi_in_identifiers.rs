//! Systems Manager parameter and document names and other identifiers hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ssm-no-phi-in-identifiers",
    title: "Systems Manager parameter names, values, document names and maintenance windows contain no PHI",
    severity: Severity::Medium,
    service: "AWS Systems Manager",
    section: "AWS Systems Manager",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["SSM-NO-PHI-IN-IDENTIFIERS"],
    kinds: &[
        "AWS::SSM::Parameter",
        "AWS::SSM::Document",
        "AWS::SSM::Association",
        "AWS::SSM::MaintenanceWindow",
        "AWS::SSM::MaintenanceWindowTask",
        "AWS::SSM::PatchBaseline",
    ],
    phi_only: false,
    rationale: "The whitepaper: do not include PHI in Systems Manager metadata or identifiers such as document names and parameter names. CloudFormation can only create String and StringList parameters, which are stored in plain text.",
    remediation: "Name parameters and documents by purpose (`/clinic/prod/intake/queue-url`). CloudFormation: `AWS::SSM::Parameter` `Name`/`Value`/`Description`, `AWS::SSM::Document` `Name`; Terraform: `aws_ssm_parameter` `name`/`value`/`description`, `aws_ssm_document` `name`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::SSM::Parameter",
        paths: &["Name", "Description", "Value", "Tags"],
    },
    Fields {
        kind: "AWS::SSM::Document",
        paths: &["Name", "Tags"],
    },
    Fields {
        kind: "AWS::SSM::Association",
        paths: &["AssociationName"],
    },
    Fields {
        kind: "AWS::SSM::MaintenanceWindow",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::SSM::MaintenanceWindowTask",
        paths: &["Name", "Description"],
    },
    Fields {
        kind: "AWS::SSM::PatchBaseline",
        paths: &["Name", "Description", "Tags"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Systems Manager identifiers and plain String parameters are not encrypted and appear in the console, API results and CloudTrail.",
            "ssm-no-phi-in-identifiers-why",
        ),
    )
}
