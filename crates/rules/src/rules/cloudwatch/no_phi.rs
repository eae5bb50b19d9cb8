//! CloudWatch alarm names, descriptions, dimensions and dashboards hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudwatch-no-phi",
    title: "CloudWatch alarm names, descriptions, dimensions and dashboards contain no PHI",
    severity: Severity::Low,
    service: "Amazon CloudWatch",
    section: "Amazon CloudWatch",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["CLOUDWATCH-NO-PHI"],
    kinds: &[
        "AWS::CloudWatch::Alarm",
        "AWS::CloudWatch::CompositeAlarm",
        "AWS::CloudWatch::Dashboard",
        "AWS::CloudWatch::AnomalyDetector",
    ],
    phi_only: false,
    rationale: "The whitepaper: CloudWatch metrics and alarms do not themselves carry PHI; keep PHI out of metric names, dimensions, namespaces and alarm names and descriptions.",
    remediation: "Alarm on aggregate metrics, never per patient. CloudFormation: `AWS::CloudWatch::Alarm` `AlarmName`/`AlarmDescription`/`Dimensions`, `AWS::CloudWatch::Dashboard` `DashboardBody`; Terraform: `aws_cloudwatch_metric_alarm` `alarm_name`/`alarm_description`/`dimensions`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::CloudWatch::Alarm",
        paths: &[
            "AlarmName",
            "AlarmDescription",
            "Namespace",
            "MetricName",
            "Dimensions",
            "Metrics",
            "Tags",
        ],
    },
    Fields {
        kind: "AWS::CloudWatch::CompositeAlarm",
        paths: &["AlarmName", "AlarmDescription", "AlarmRule", "Tags"],
    },
    Fields {
        kind: "AWS::CloudWatch::Dashboard",
        paths: &["DashboardName", "DashboardBody"],
    },
    Fields {
        kind: "AWS::CloudWatch::AnomalyDetector",
        paths: &["Namespace", "MetricName", "Dimensions"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "CloudWatch metrics and alarms are not a PHI store: names, dimensions and descriptions go to notifications, dashboards and third-party tools.",
            "cloudwatch-no-phi-why",
        ),
    )
}
