//! EventBridge (CloudWatch Events) rules, buses, schedules and target inputs hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "events-no-phi",
    title: "EventBridge rule names, patterns and target inputs, buses, API destinations and schedules contain no PHI",
    severity: Severity::Medium,
    service: "Amazon EventBridge",
    section: "Amazon EventBridge",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["CWEVENTS-NO-PHI", "EVENTBRIDGE-EMITTERS-CONFIGURED"],
    kinds: &[
        "AWS::Events::Rule",
        "AWS::Events::EventBus",
        "AWS::Events::Archive",
        "AWS::Events::ApiDestination",
        "AWS::Events::Connection",
        "AWS::Scheduler::Schedule",
        "AWS::Pipes::Pipe",
    ],
    phi_only: false,
    rationale: "The whitepaper (CloudWatch Events, EventBridge): PHI must not flow into events; resources emitting events that involve PHI must be configured per the guidance, and PHI kept out of events. Constant inputs, input templates and patterns in a template are such event content.",
    remediation: "Put references (an opaque id, an S3 key without PHI) in events and let the target read PHI from an encrypted store. CloudFormation: `AWS::Events::Rule` `Targets[].Input`/`InputTransformer`, `EventPattern`; Terraform: `aws_cloudwatch_event_rule`, `aws_cloudwatch_event_target` `input`/`input_transformer`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::Events::Rule",
        paths: &[
            "Name",
            "Description",
            "EventPattern",
            "Targets.*.Input",
            "Targets.*.InputTransformer.InputTemplate",
            "Targets.*.HttpParameters",
        ],
    },
    Fields {
        kind: "AWS::Events::EventBus",
        paths: &["Name", "Tags"],
    },
    Fields {
        kind: "AWS::Events::Archive",
        paths: &["ArchiveName", "Description", "EventPattern"],
    },
    Fields {
        kind: "AWS::Events::ApiDestination",
        paths: &["Name", "Description", "InvocationEndpoint"],
    },
    Fields {
        kind: "AWS::Events::Connection",
        paths: &["Name", "Description"],
    },
    Fields {
        kind: "AWS::Scheduler::Schedule",
        paths: &["Name", "Description", "Target.Input"],
    },
    Fields {
        kind: "AWS::Pipes::Pipe",
        paths: &[
            "Name",
            "Description",
            "TargetParameters.InputTemplate",
            "Tags",
        ],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "PHI must not flow into CloudWatch Events/EventBridge: rule definitions, patterns and constant target inputs are configuration that many principals can read.",
            "events-no-phi-why",
        ),
    )
}
