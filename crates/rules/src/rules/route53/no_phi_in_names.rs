//! Route 53 zone names, record names and values, health checks and tags hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "route53-no-phi-in-names",
    title: "Route 53 zones, records, health checks and their tags contain no PHI",
    severity: Severity::Medium,
    service: "Amazon Route 53",
    section: "Amazon Route 53",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["ROUTE53-NO-PHI-IN-NAMES-TAGS"],
    kinds: &[
        "AWS::Route53::HostedZone",
        "AWS::Route53::RecordSet",
        "AWS::Route53::RecordSetGroup",
        "AWS::Route53::HealthCheck",
    ],
    phi_only: false,
    rationale: "The whitepaper: store no PHI in Route 53 resource names or tags, which are not encrypted; use Route 53 only to route traffic to the resources that handle PHI.",
    remediation: "Use neutral host names and record values. CloudFormation: `AWS::Route53::HostedZone` `Name`/`HostedZoneTags`, `AWS::Route53::RecordSet` `Name`/`ResourceRecords`, `AWS::Route53::HealthCheck` `HealthCheckConfig`/`HealthCheckTags`; Terraform: `aws_route53_zone`, `aws_route53_record`, `aws_route53_health_check`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Route53::HostedZone",
        paths: &["Name", "HostedZoneConfig.Comment", "HostedZoneTags"],
    },
    Fields {
        kind: "AWS::Route53::RecordSet",
        paths: &["Name", "Comment", "SetIdentifier", "ResourceRecords"],
    },
    Fields {
        kind: "AWS::Route53::RecordSetGroup",
        paths: &[
            "Comment",
            "RecordSets.*.Name",
            "RecordSets.*.SetIdentifier",
            "RecordSets.*.ResourceRecords",
        ],
    },
    Fields {
        kind: "AWS::Route53::HealthCheck",
        paths: &[
            "HealthCheckConfig.FullyQualifiedDomainName",
            "HealthCheckConfig.ResourcePath",
            "HealthCheckConfig.SearchString",
            "HealthCheckTags",
        ],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Route 53 names, records and tags are not encrypted, and DNS names are public and logged by resolvers.",
            "route53-no-phi-in-names-why",
        ),
    )
}
