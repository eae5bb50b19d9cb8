//! Step Functions execution logs include state data only into KMS-encrypted log groups.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "stepfunctions-logging-no-data",
    title: "Step Functions logs execution data only to log groups encrypted with a KMS key",
    severity: Severity::Medium,
    service: "AWS Step Functions",
    section: "AWS Step Functions",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(a)(2)(iv)"],
    requirements: &["STEPFUNCTIONS-LOGGING-NO-DATA"],
    kinds: &["AWS::StepFunctions::StateMachine"],
    phi_only: false,
    rationale: "Derived from the Step Functions section: with `IncludeExecutionData`, every \
state's input and output goes to CloudWatch Logs, so any PHI that slips into a workflow is \
copied into the logs. Only log groups encrypted with a KMS key protect that copy and leave a \
key-usage trail.",
    remediation: "Set `LoggingConfiguration.IncludeExecutionData: false`, or send the logs to an \
`AWS::Logs::LogGroup` with `KmsKeyId`. Terraform: `aws_sfn_state_machine` \
`logging_configuration { include_execution_data = false }` or an `aws_cloudwatch_log_group` \
with `kms_key_id`.",
    check: Check::Resource(check),
};

const PATH: &str = "LoggingConfiguration.IncludeExecutionData";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r
        .get("LoggingConfiguration.Level")
        .node()
        .and_then(Node::as_str)
    {
        Some(level) if level.eq_ignore_ascii_case("OFF") => {
            return Outcome::pass("execution logging is off (Level OFF)")
                .l10n("stepfunctions-logging-off", &[])
                .at_lookup(
                    "LoggingConfiguration.Level",
                    r.get("LoggingConfiguration.Level"),
                );
        }
        _ => {}
    }
    let data = match flag(r, PATH) {
        Flag::True(n) => n,
        Flag::False(n) => {
            return Outcome::pass(
                "execution logs leave out state input and output (IncludeExecutionData false)",
            )
            .l10n("stepfunctions-data-false", &[])
            .at(PATH, n.location.as_ref());
        }
        Flag::Absent => {
            return Outcome::pass(
                "execution logs leave out state input and output (IncludeExecutionData is not set; the default is false)",
            )
            .l10n("stepfunctions-data-absent", &[]);
        }
        Flag::Unknown(why, loc) => {
            return match r.get(PATH) {
                Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(PATH, n),
                Lookup::Absent => with_why(
                    Outcome::unknown(format!("{PATH} {why}")),
                    &why,
                    "helper-path-unknown",
                    &[("path", PATH)],
                )
                .at(PATH, loc),
            };
        }
    };
    let dests = "LoggingConfiguration.Destinations";
    let mut groups = Vec::new();
    for (i, d) in r
        .get(dests)
        .node()
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let p = format!("{dests}.{i}.CloudWatchLogsLogGroup.LogGroupArn");
        match d.get("CloudWatchLogsLogGroup.LogGroupArn") {
            Lookup::Set(n) | Lookup::Unknown(n) => match log_group(ctx, r, n) {
                Some(g) if g.kind == "AWS::Logs::LogGroup" => groups.push((p, g, n)),
                _ => {
                    return Outcome::unknown(format!(
                        "execution data is logged to a log group that is not defined here ({p}); check that it is encrypted with a KMS key"
                    ))
                    .l10n("stepfunctions-group-outside", &[("path", &p)])
                    .at(&p, n.location.as_ref());
                }
            },
            Lookup::Absent => {}
        }
    }
    if groups.is_empty() {
        return Outcome::unknown(
            "IncludeExecutionData is true but no log group destination is resolvable",
        )
        .l10n("stepfunctions-no-group", &[])
        .at(PATH, data.location.as_ref());
    }
    for (p, g, n) in &groups {
        match r_kms(g) {
            KeyState::Missing => {
                return Outcome::fail(format!(
                    "IncludeExecutionData is true and log group '{}' has no KmsKeyId: state input and output, which may carry PHI, are logged without a KMS key",
                    g.name
                ))
                .l10n("stepfunctions-group-no-key", &[("group", &g.name)])
                .at(PATH, data.location.as_ref());
            }
            KeyState::Unknown(why) => {
                let o = Outcome::unknown(format!("log group '{}' KmsKeyId {why}", g.name));
                return with_why(
                    o,
                    &why,
                    "stepfunctions-group-key-unreadable",
                    &[("group", &g.name)],
                )
                .at(p, n.location.as_ref());
            }
            KeyState::Set => {}
        }
    }
    Outcome::pass("execution data is logged only to KMS-encrypted log groups")
        .l10n("stepfunctions-groups-encrypted", &[])
        .at(PATH, data.location.as_ref())
}

/// The log group an ARN value names: `!GetAtt Group.Arn`, or `${Group}` inside a string.
fn log_group<'g>(ctx: &Ctx<'g>, r: &Resource, n: &Node) -> Option<&'g Resource> {
    if let Some(g) = ctx.graph.target_of(r, n) {
        return Some(g);
    }
    let s = n.as_str()?;
    let start = s.find("${")? + 2;
    let token = s[start..].split('}').next()?;
    // The longest dot-separated prefix that names a resource: `Group` in `${Group.Arn}`,
    // `aws_cloudwatch_log_group.flow` in Terraform's `${aws_cloudwatch_log_group.flow.Arn}:*`.
    let mut prefix = token;
    loop {
        if let Some(g) = ctx.graph.by_name(r.unit, prefix) {
            return Some(g);
        }
        prefix = &prefix[..prefix.rfind('.')?];
    }
}

enum KeyState {
    Set,
    Missing,
    Unknown(String),
}

fn r_kms(g: &Resource) -> KeyState {
    match g.get("KmsKeyId") {
        Lookup::Absent => KeyState::Missing,
        Lookup::Set(n) if matches!(&n.value, Value::Str(s) if s.is_empty()) => KeyState::Missing,
        Lookup::Set(_) => KeyState::Set,
        Lookup::Unknown(n) => KeyState::Unknown(crate::unknown_reason(n)),
    }
}
