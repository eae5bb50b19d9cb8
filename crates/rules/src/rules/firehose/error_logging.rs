//! Firehose streams log delivery errors to CloudWatch.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "firehose-error-logging",
    title: "Firehose delivery streams holding PHI log delivery errors to CloudWatch Logs",
    severity: Severity::Low,
    service: "Amazon Data Firehose",
    section: "Amazon Data Firehose",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["FIREHOSE-MONITORING"],
    kinds: &["AWS::KinesisFirehose::DeliveryStream"],
    phi_only: true,
    rationale: "The whitepaper asks that Firehose be monitored with CloudWatch metrics, CloudWatch \
Logs and API logging. Delivery failures (records that did not reach the destination, transformation \
errors) are logged only when the destination's CloudWatchLoggingOptions are enabled; without them \
lost or misrouted PHI records go unnoticed.",
    remediation: "Set `CloudWatchLoggingOptions: {Enabled: true, LogGroupName, LogStreamName}` in the \
destination configuration of `AWS::KinesisFirehose::DeliveryStream`; in Terraform, \
`cloudwatch_logging_options { enabled = true, log_group_name, log_stream_name }` in the destination \
block of `aws_kinesis_firehose_delivery_stream`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let Some((dest, cfg)) = crate::judge::firehose_dest::destinations(r)
        .into_iter()
        .next()
    else {
        return Outcome::unknown("no destination configuration is written")
            .l10n("firehose-logging-no-destination", &[]);
    };
    let path = format!("{dest}.CloudWatchLoggingOptions.Enabled");
    match cfg.get("CloudWatchLoggingOptions.Enabled") {
        Lookup::Set(n) => match n.as_bool() {
            Some(true) => Outcome::pass("delivery errors are logged to CloudWatch Logs")
                .l10n("firehose-logging-on", &[]),
            Some(false) => Outcome::fail("error logging is disabled for the destination")
                .l10n("firehose-logging-disabled", &[]),
            None => crate::outcome::path_unknown(&path, n),
        }
        .at(&path, n.location.as_ref()),
        Lookup::Unknown(n) => crate::outcome::path_unknown(&path, n),
        Lookup::Absent => Outcome::fail("the destination does not enable CloudWatch error logging")
            .l10n("firehose-logging-absent", &[])
            .at(&path, cfg.location.as_ref()),
    }
}
