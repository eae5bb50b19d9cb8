//! Auto Scaling group, launch configuration and scaling policy names hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "autoscaling-no-phi-in-names",
    title: "Auto Scaling group, launch configuration and scaling policy names and tags contain no PHI",
    severity: Severity::Medium,
    service: "AWS Auto Scaling",
    section: "AWS Auto Scaling",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["AUTOSCALING-NO-PHI-IN-NAMES"],
    kinds: &[
        "AWS::AutoScaling::AutoScalingGroup",
        "AWS::AutoScaling::LaunchConfiguration",
        "AWS::ApplicationAutoScaling::ScalingPolicy",
        "AWS::ApplicationAutoScaling::ScalableTarget",
    ],
    phi_only: false,
    rationale: "The whitepaper: never put sensitive identifying information (PHI, account numbers) into free-form fields such as Name; such data may be picked up in diagnostic logs.",
    remediation: "Use functional names. CloudFormation: `AWS::AutoScaling::AutoScalingGroup` `AutoScalingGroupName`/`Tags`, `AWS::ApplicationAutoScaling::ScalingPolicy` `PolicyName`; Terraform: `aws_autoscaling_group` `name`/`tag`, `aws_appautoscaling_policy` `name`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::AutoScaling::AutoScalingGroup",
        paths: &["AutoScalingGroupName", "Tags"],
    },
    Fields {
        kind: "AWS::AutoScaling::LaunchConfiguration",
        paths: &["LaunchConfigurationName"],
    },
    Fields {
        kind: "AWS::ApplicationAutoScaling::ScalingPolicy",
        paths: &["PolicyName"],
    },
    Fields {
        kind: "AWS::ApplicationAutoScaling::ScalableTarget",
        paths: &["ResourceId", "ScheduledActions"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Auto Scaling names are free-form fields that land in diagnostic logs.",
            "autoscaling-no-phi-in-names-why",
        ),
    )
}
