//! Templates carry no PHI in their description, parameter defaults, outputs or metadata,
//! nor in nested stacks' parameters and tags.
use crate::phi_scan::{Why, scan, verdicts};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudformation-no-phi-in-template",
    title: "Templates carry no PHI in Description, parameter defaults, Outputs, Metadata or stack parameters and tags",
    severity: Severity::Medium,
    service: "AWS CloudFormation",
    section: "AWS CloudFormation",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["CFN-NO-PHI-IN-TEMPLATE"],
    kinds: &["phiguard::Template", "AWS::CloudFormation::Stack"],
    phi_only: false,
    rationale: "CloudFormation does not handle PHI but deploys architectures that may. Templates \
are kept in source control and S3, and their description, parameter values, outputs and stack \
tags are shown in the console and API results to everyone who can read the stack: none of that \
is a place for a patient's identifiers. (Derived from the CloudFormation section.)",
    remediation: "Remove patients' data from the template: pass values at deploy time from an \
encrypted store (`{{resolve:secretsmanager:...}}`, `NoEcho` parameters) and describe resources \
by function. Terraform: the same for `variable` defaults, `output` values and \
`aws_cloudformation_stack` `parameters`/`tags`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind (`phiguard::Template` is the template's own sections).
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "phiguard::Template",
        paths: &["Description", "Parameters", "Outputs", "Metadata"],
    },
    Fields {
        kind: "AWS::CloudFormation::Stack",
        paths: &["Parameters", "Tags"],
    },
];

const WHY: Why = (
    "Template text, parameter values, outputs and stack tags are plain text in source control, S3 and the CloudFormation console.",
    "cloudformation-no-phi-in-template-why",
);

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let mut out = Vec::new();
    for f in FIELDS {
        for r in ctx.graph.of_kind(f.kind) {
            let mut s = scan(ctx, r, f.paths);
            if r.kind == TEMPLATE {
                // Only what is written in the template can be PHI embedded in it; values
                // computed at deploy time (outputs of GetAZs, imports) are not template text.
                s.unresolved.clear();
            }
            out.extend(verdicts(r, &s, WHY));
        }
    }
    out
}

const TEMPLATE: &str = "phiguard::Template";
