//! DataSync tasks log to CloudWatch Logs.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "datasync-task-logging",
    title: "DataSync tasks publish logs to a CloudWatch Logs group",
    severity: Severity::Low,
    service: "AWS DataSync",
    section: "AWS DataSync",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["DATASYNC-AUDIT"],
    kinds: &["AWS::DataSync::Task"],
    phi_only: false,
    rationale: "CloudTrail records DataSync API calls; the task log records which files were \
transferred, verified or failed, the activity trail for PHI leaving or entering the environment. \
Without a log group (or with LogLevel OFF) nothing is recorded.",
    remediation: "Set `CloudWatchLogGroupArn` on the `AWS::DataSync::Task` and keep \
`Options.LogLevel` at BASIC or TRANSFER; in Terraform, `cloudwatch_log_group_arn` and \
`options { log_level = \"TRANSFER\" }` on `aws_datasync_task`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const GROUP: &str = "CloudWatchLogGroupArn";
    const LEVEL: &str = "Options.LogLevel";
    if let Ok(Some((l, loc))) = string_attr(r, LEVEL)
        && l.eq_ignore_ascii_case("OFF")
    {
        return Outcome::fail("Options.LogLevel is OFF, so the task records nothing")
            .l10n("datasync-log-level-off", &[])
            .at(LEVEL, loc);
    }
    match is_set(r, GROUP) {
        Ok(true) => Outcome::pass("the task logs to CloudWatch Logs")
            .l10n("datasync-task-logs", &[])
            .at_lookup(GROUP, r.get(GROUP)),
        Ok(false) => Outcome::fail("no CloudWatchLogGroupArn: the task's transfers are not logged")
            .l10n("datasync-task-no-log-group", &[])
            .at(GROUP, None),
        Err(unknown) => unknown,
    }
}
