//! CloudWatch Logs log groups holding PHI declare how long their events are kept.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "logs-group-retention",
    title: "CloudWatch Logs log groups holding PHI declare a retention period (RetentionInDays)",
    severity: Severity::Low,
    service: "Amazon CloudWatch Logs",
    section: "Amazon CloudWatch Logs",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.316(b)(2)(i)"],
    requirements: &["CWLOGS-RETENTION"],
    kinds: &["AWS::Logs::LogGroup"],
    phi_only: true,
    rationale: "The whitepaper asks for log retention defined consistently with audit requirements. \
Without RetentionInDays, events never expire: nothing is lost for an audit, but logs that may \
contain PHI are kept forever without a decision anyone recorded. A log group that receives audit \
logs (the destination of a CloudTrail trail or a VPC flow log, or named for CloudTrail or flow \
logs) passes without RetentionInDays, since keeping audit data indefinitely is consistent with any \
audit requirement. Any declared retention passes: the right period is the organization's policy \
(HIPAA keeps required documentation six years, 164.316(b)(2)(i)), which the template cannot show.",
    remediation: "Set `RetentionInDays` to the period your retention policy requires (for example \
2192 for six years, or a short period for application logs that may carry PHI); in Terraform, \
`retention_in_days` on `aws_cloudwatch_log_group`.",
    check: Check::Resource(check),
};

const PATH: &str = "RetentionInDays";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get(PATH) {
        Lookup::Set(n) => match n.as_i64() {
            Some(d) => Outcome::pass(format!("log events are kept {d} day(s)"))
                .l10n("logs-retention-days", &[("days", &d.to_string())])
                .at(PATH, n.location.as_ref()),
            None => crate::outcome::path_unknown(PATH, n),
        },
        Lookup::Unknown(n) => crate::outcome::path_unknown(PATH, n),
        Lookup::Absent => match audit_source(ctx, r) {
            Some((src, id, name)) => Outcome::pass(format!(
                "RetentionInDays is not set, so events never expire; this log group holds audit logs ({src}), which may be kept indefinitely"
            ))
            .l10n(id, &[("name", &name)]),
            None => Outcome::fail(
                "RetentionInDays is not set: log events that may contain PHI never expire, and no \
                 retention decision is recorded; declare the period your retention policy requires",
            )
            .l10n("logs-retention-absent", &[])
            .at(PATH, None),
        },
    }
}

/// What makes the log group an audit log, if anything: the English reason, the Fluent
/// message of the whole pass message, and the name it gives.
fn audit_source(ctx: &Ctx, r: &Resource) -> Option<(String, &'static str, String)> {
    const TRAIL: &str = "logs-retention-audit-trail";
    const FLOW: &str = "logs-retention-audit-flow-log";
    if let Some(t) = ctx.graph.referrers(r.id, "AWS::CloudTrail::Trail").next() {
        let src = format!("CloudTrail trail {} delivers to it", t.name);
        return Some((src, TRAIL, t.name.clone()));
    }
    if let Some(f) = ctx.graph.referrers(r.id, "AWS::EC2::FlowLog").next() {
        return Some((
            format!("flow log {} delivers to it", f.name),
            FLOW,
            f.name.clone(),
        ));
    }
    let name = r.get("LogGroupName").node().and_then(Node::as_str)?;
    let lower = name.to_ascii_lowercase();
    if let Some(f) = ctx
        .graph
        .of_kind("AWS::EC2::FlowLog")
        .find(|f| f.get("LogGroupName").node().and_then(Node::as_str) == Some(name))
    {
        return Some((
            format!("flow log {} delivers to it", f.name),
            FLOW,
            f.name.clone(),
        ));
    }
    ["cloudtrail", "flowlog", "flow-log", "flow_log"]
        .iter()
        .any(|k| lower.contains(k))
        .then(|| {
            (
                format!("its name {name} marks it as an audit log"),
                "logs-retention-audit-name",
                name.to_string(),
            )
        })
}
