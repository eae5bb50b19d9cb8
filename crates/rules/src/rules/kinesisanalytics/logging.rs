//! Managed Flink applications log to CloudWatch.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kinesisanalytics-logging",
    title: "Managed Flink (Kinesis Data Analytics v2) applications send logs to CloudWatch Logs",
    severity: Severity::Low,
    service: "Amazon Managed Service for Apache Flink",
    section: "Amazon Managed Service for Apache Flink",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["FLINK-LOGGING"],
    kinds: &["AWS::KinesisAnalyticsV2::Application"],
    phi_only: false,
    rationale: "The whitepaper asks that applications be monitored with CloudTrail and CloudWatch \
Logs. A Managed Flink application writes its application and job logs (errors, restarts, \
checkpoint failures) to CloudWatch only when a CloudWatch logging option attaches a log stream to \
it.",
    remediation: "Add an `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption` with \
`ApplicationName: !Ref <application>` and a `LogStreamARN`; in Terraform, \
`cloudwatch_logging_options { log_stream_arn = ... }` on `aws_kinesisanalyticsv2_application`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let kind = "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption";
    if let Some(opt) = ctx.graph.referrers(r.id, kind).next() {
        return Outcome::pass(format!(
            "the logging option '{}' sends the application's logs to CloudWatch",
            opt.name
        ))
        .l10n("kinesisanalytics-logging-option", &[("option", &opt.name)]);
    }
    let name = r.get("ApplicationName").node().and_then(Node::as_str);
    if let Some(opt) = ctx.graph.of_kind(kind).find(|o| {
        o.unit == r.unit
            && name.is_some()
            && o.get("ApplicationName").node().and_then(Node::as_str) == name
    }) {
        return Outcome::pass(format!(
            "the logging option '{}' sends the application's logs to CloudWatch",
            opt.name
        ))
        .l10n("kinesisanalytics-logging-option", &[("option", &opt.name)]);
    }
    if let Some(opt) = ctx.graph.of_kind(kind).find(|o| o.unit == r.unit && !matches!(o.get("ApplicationName"), Lookup::Set(n) if n.as_str().is_some() || matches!(n.value, Value::Ref { .. }))) {
        let why = match opt.get("ApplicationName") {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::unknown_reason(n),
            Lookup::Absent => {
                return Outcome::unknown(format!("the logging option '{}' may belong to this application: its ApplicationName is not set", opt.name))
                    .l10n("kinesisanalytics-logging-maybe", &[("option", &opt.name)]);
            }
        };
        let o = Outcome::unknown(format!("the logging option '{}' may belong to this application: its ApplicationName {why}", opt.name));
        return with_why(o, &why, "kinesisanalytics-logging-maybe-unreadable", &[("option", &opt.name)]);
    }
    Outcome::fail(
        "no CloudWatch logging option is attached to the application, so its logs are not kept",
    )
    .l10n("kinesisanalytics-logging-none", &[])
}
