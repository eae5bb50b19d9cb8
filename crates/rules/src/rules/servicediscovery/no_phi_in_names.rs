//! Cloud Map namespaces, services and instance attributes hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudmap-no-phi-in-names",
    title: "Cloud Map namespace, service and instance names and attributes contain no PHI",
    severity: Severity::Medium,
    service: "AWS Cloud Map",
    section: "AWS Cloud Map",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["CLOUDMAP-NO-PHI-IN-NAMES"],
    kinds: &[
        "AWS::ServiceDiscovery::HttpNamespace",
        "AWS::ServiceDiscovery::PrivateDnsNamespace",
        "AWS::ServiceDiscovery::PublicDnsNamespace",
        "AWS::ServiceDiscovery::Service",
        "AWS::ServiceDiscovery::Instance",
    ],
    phi_only: false,
    rationale: "The whitepaper: store no PHI in Cloud Map resource names or attributes; Cloud Map is only for discovering the resources that handle PHI.",
    remediation: "Name namespaces, services and instances by function. CloudFormation: `AWS::ServiceDiscovery::*` `Name`/`Description`/`InstanceAttributes`; Terraform: `aws_service_discovery_*` `name`/`description`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::ServiceDiscovery::HttpNamespace",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::ServiceDiscovery::PrivateDnsNamespace",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::ServiceDiscovery::PublicDnsNamespace",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::ServiceDiscovery::Service",
        paths: &["Name", "Description", "Tags"],
    },
    Fields {
        kind: "AWS::ServiceDiscovery::Instance",
        paths: &["InstanceId", "InstanceAttributes"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Cloud Map names and attributes are not protected and are returned to every client that discovers the service.",
            "cloudmap-no-phi-in-names-why",
        ),
    )
}
