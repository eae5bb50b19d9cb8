//! Amazon Connect administration fields and Customer Profiles keys hold no PHI.
use crate::phi_detect::PhiKind;
use crate::phi_scan::{Hit, Why, judge_with};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "connect-no-phi-in-admin-fields",
    title: "Amazon Connect users, security profiles, contact flows and Customer Profiles domains and keys contain no PHI",
    severity: Severity::Medium,
    service: "Amazon Connect",
    section: "Amazon Connect",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &[
        "CONNECT-NO-PHI-IN-ADMIN-FIELDS",
        "CONNECT-CUSTOMER-PROFILES-NO-PHI-IN-KEYS",
    ],
    kinds: &[
        "AWS::Connect::User",
        "AWS::Connect::SecurityProfile",
        "AWS::Connect::ContactFlow",
        "AWS::Connect::ContactFlowModule",
        "AWS::Connect::Queue",
        "AWS::CustomerProfiles::Domain",
        "AWS::CustomerProfiles::ObjectType",
    ],
    phi_only: false,
    rationale: "The whitepaper: no PHI in the fields used to manage users, security profiles and \
contact flows in Amazon Connect; in Customer Profiles, do not use PHI in domain names or object \
keys, because profile contents are encrypted but key identifiers are not.",
    remediation: "Keep administration fields functional (`IntakeAgent`, `TriageFlow`) and key \
Customer Profiles on opaque ids. CloudFormation: `AWS::Connect::User`, `SecurityProfile`, \
`ContactFlow` `Name`/`Description`/`Content`, `AWS::CustomerProfiles::Domain` `DomainName`, \
`ObjectType` `ObjectTypeName`/`Keys`; Terraform: `aws_connect_user`, \
`aws_connect_security_profile`, `aws_connect_contact_flow`, `aws_customerprofiles_domain`.",
    check: Check::Scan(check),
};

const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Connect::User",
        paths: &["Username", "IdentityInfo", "Tags"],
    },
    Fields {
        kind: "AWS::Connect::SecurityProfile",
        paths: &["SecurityProfileName", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::Connect::ContactFlow",
        paths: &["Name", "Description", "Content", "Tags"],
    },
    Fields {
        kind: "AWS::Connect::ContactFlowModule",
        paths: &["Name", "Description", "Content", "Tags"],
    },
    Fields {
        kind: "AWS::Connect::Queue",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::CustomerProfiles::Domain",
        paths: &["DomainName", "Tags"],
    },
    Fields {
        kind: "AWS::CustomerProfiles::ObjectType",
        paths: &["ObjectTypeName", "Description", "Keys", "Tags"],
    },
];

const WHY: Why = (
    "Connect administration fields and Customer Profiles keys are not encrypted like contact and profile contents.",
    "connect-no-phi-in-admin-fields-why",
);

/// Contact flows dial and transfer to the organisation's own numbers, and agents' own
/// contact details are workforce data: phone numbers there are not patients'.
fn keep(h: &Hit) -> bool {
    !(h.found.kind == PhiKind::Phone
        && (h.path.starts_with("Content") || h.path.starts_with("IdentityInfo")))
}

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let mut out = Vec::new();
    for f in FIELDS {
        for r in ctx.graph.of_kind(f.kind) {
            out.extend(judge_with(ctx, r, f.paths, WHY, keep));
        }
    }
    out
}
