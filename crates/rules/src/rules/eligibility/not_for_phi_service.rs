//! Services the whitepaper says must not handle PHI are neither marked as holding it nor
//! configured with PHI-like values.
use crate::phi_scan::{Why, judge};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "not-for-phi-service",
    title: "Config, Firewall Manager, Organizations, Shield, SAR, OpsWorks and X-Ray resources neither handle PHI nor hold PHI-like values",
    severity: Severity::Medium,
    service: "General",
    section: "Introduction",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.308(b)(1)"],
    requirements: &[
        "CONFIG-NOT-FOR-PHI",
        "FMS-ORCHESTRATION-ONLY",
        "ORGS-ORCHESTRATION-ONLY",
        "SHIELD-NO-CONFIG",
        "SAR-PHI-ONLY-AFTER-DEPLOY",
        "OPSWORKS-CM-MANAGED-RESOURCES",
        "OPSWORKS-PUPPET-MANAGED-RESOURCES",
        "XRAY-NOT-FOR-PHI",
    ],
    kinds: &[
        "AWS::Config::ConfigRule",
        "AWS::Config::OrganizationConfigRule",
        "AWS::Config::ConformancePack",
        "AWS::Config::OrganizationConformancePack",
        "AWS::Config::ConfigurationAggregator",
        "AWS::FMS::Policy",
        "AWS::Organizations::Account",
        "AWS::Organizations::OrganizationalUnit",
        "AWS::Organizations::Policy",
        "AWS::Shield::Protection",
        "AWS::Shield::ProtectionGroup",
        "AWS::ServerlessRepo::Application",
        "AWS::OpsWorksCM::Server",
        "AWS::OpsWorks::Stack",
        "AWS::OpsWorks::App",
        "AWS::XRay::Group",
        "AWS::XRay::SamplingRule",
    ],
    phi_only: false,
    rationale: "The whitepaper says these services orchestrate, govern, protect or observe PHI \
workloads but must not store, transmit or process PHI themselves: AWS Config, Firewall Manager \
and Organizations do not handle user data, Shield needs no PHI configuration, the Serverless \
Application Repository handles PHI only in the applications deployed from it, OpsWorks holds no \
PHI, and X-Ray must not be used to store or process PHI. A resource of these services marked as \
holding PHI, or configured with PHI-like values, contradicts that.",
    remediation: "Remove the PHI marking and any patients' values from the configuration (rule \
parameters, policy descriptions, account names, tags, sampling rules, application metadata); \
keep PHI only in eligible data stores. Terraform: `aws_config_config_rule` `input_parameters`, \
`aws_fms_policy`, `aws_organizations_*`, `aws_shield_protection`, `aws_xray_*`.",
    check: Check::Scan(check),
};

const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Config::ConfigRule",
        paths: &["ConfigRuleName", "Description", "InputParameters"],
    },
    Fields {
        kind: "AWS::Config::OrganizationConfigRule",
        paths: &[
            "OrganizationConfigRuleName",
            "OrganizationManagedRuleMetadata",
            "OrganizationCustomRuleMetadata",
        ],
    },
    Fields {
        kind: "AWS::Config::ConformancePack",
        paths: &["ConformancePackName", "ConformancePackInputParameters"],
    },
    Fields {
        kind: "AWS::Config::OrganizationConformancePack",
        paths: &[
            "OrganizationConformancePackName",
            "ConformancePackInputParameters",
        ],
    },
    Fields {
        kind: "AWS::Config::ConfigurationAggregator",
        paths: &["ConfigurationAggregatorName", "Tags"],
    },
    Fields {
        kind: "AWS::FMS::Policy",
        paths: &["PolicyName", "PolicyDescription", "ResourceTags", "Tags"],
    },
    Fields {
        kind: "AWS::Organizations::Account",
        paths: &["AccountName", "Tags"],
    },
    Fields {
        kind: "AWS::Organizations::OrganizationalUnit",
        paths: &["Name", "Tags"],
    },
    Fields {
        kind: "AWS::Organizations::Policy",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::Shield::Protection",
        paths: &["Name", "Tags"],
    },
    Fields {
        kind: "AWS::Shield::ProtectionGroup",
        paths: &["ProtectionGroupId", "Tags"],
    },
    Fields {
        kind: "AWS::ServerlessRepo::Application",
        paths: &["Name", "Description", "Labels", "ReadmeBody", "Author"],
    },
    Fields {
        kind: "AWS::OpsWorksCM::Server",
        paths: &["ServerName", "EngineAttributes", "Tags"],
    },
    Fields {
        kind: "AWS::OpsWorks::Stack",
        paths: &["Name", "Attributes", "CustomJson", "Tags"],
    },
    Fields {
        kind: "AWS::OpsWorks::App",
        paths: &["Name", "Description", "Environment", "Attributes"],
    },
    Fields {
        kind: "AWS::XRay::Group",
        paths: &["GroupName", "FilterExpression", "Tags"],
    },
    Fields {
        kind: "AWS::XRay::SamplingRule",
        paths: &["RuleName", "SamplingRule", "Tags"],
    },
];

const WHY: Why = (
    "This service must not store, transmit or process PHI; its configuration is readable by administrators across the organisation.",
    "not-for-phi-service-why",
);

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let mut out = Vec::new();
    for f in FIELDS {
        for r in ctx.graph.of_kind(f.kind) {
            if ctx.phi.any_marked && ctx.phi.holds(r) {
                out.push((
                    Some(r.id),
                    Outcome::fail(format!(
                        "marked as holding PHI, but the whitepaper says {} must not store, transmit or process PHI",
                        r.service()
                    ))
                    .l10n("not-for-phi-marked", &[("service", r.service())]),
                ));
                continue;
            }
            out.extend(judge(ctx, r, f.paths, WHY));
        }
    }
    out
}
