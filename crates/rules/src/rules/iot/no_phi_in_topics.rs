//! IoT thing names, attributes, groups and topic rules hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "iot-no-phi-in-topics",
    title: "IoT thing names and attributes, thing groups and topic rules contain no PHI",
    severity: Severity::Low,
    service: "AWS IoT Core and AWS IoT Device Management",
    section: "AWS IoT Core and AWS IoT Device Management",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["IOT-NO-PHI-IN-TOPICS"],
    kinds: &[
        "AWS::IoT::Thing",
        "AWS::IoT::ThingGroup",
        "AWS::IoT::ThingType",
        "AWS::IoT::TopicRule",
    ],
    phi_only: false,
    rationale: "Derived from the IoT section: only message payloads are protected for PHI; thing names, attributes, shadow names and topic names are metadata that many components read.",
    remediation: "Name devices by serial number or ward/bed, never by patient. CloudFormation: `AWS::IoT::Thing` `ThingName`/`AttributePayload`, `AWS::IoT::TopicRule` `TopicRulePayload.Sql`; Terraform: `aws_iot_thing` `name`/`attributes`, `aws_iot_topic_rule` `sql`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::IoT::Thing",
        paths: &["ThingName", "AttributePayload"],
    },
    Fields {
        kind: "AWS::IoT::ThingGroup",
        paths: &["ThingGroupName", "ThingGroupProperties", "Tags"],
    },
    Fields {
        kind: "AWS::IoT::ThingType",
        paths: &["ThingTypeName", "ThingTypeProperties", "Tags"],
    },
    Fields {
        kind: "AWS::IoT::TopicRule",
        paths: &[
            "RuleName",
            "TopicRulePayload.Sql",
            "TopicRulePayload.Description",
            "Tags",
        ],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Thing names, attributes and MQTT topic names are not encrypted payload: they appear in the registry, in logs and in every message routed by topic.",
            "iot-no-phi-in-topics-why",
        ),
    )
}
