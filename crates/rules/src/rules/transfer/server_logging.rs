//! Transfer Family servers log user activity.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "transfer-server-logging",
    title: "Transfer Family servers log user activity to CloudWatch Logs",
    severity: Severity::High,
    service: "AWS Transfer for SFTP",
    section: "AWS Transfer for SFTP",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["TRANSFER-S3-BACKEND-CONFIGURED"],
    kinds: &["AWS::Transfer::Server"],
    phi_only: false,
    rationale: "CloudTrail records Transfer Family API calls, not who uploaded or downloaded which \
file. The server writes those session and file events to CloudWatch Logs only when it has a \
logging role or structured log destinations; without them there is no record of access to the \
PHI moved through it.",
    remediation: "Set `LoggingRole` (a role allowing logs:CreateLogStream/PutLogEvents) or \
`StructuredLogDestinations` (log group ARNs) on the `AWS::Transfer::Server`; in Terraform, \
`logging_role` or `structured_log_destinations` on `aws_transfer_server`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    for p in ["StructuredLogDestinations", "LoggingRole"] {
        match r.get(p) {
            Lookup::Set(n) if !n.items().is_empty() || !matches!(n.value, Value::List(_)) => {
                return Outcome::pass("the server logs user activity to CloudWatch Logs")
                    .l10n("transfer-logging-on", &[])
                    .at(p, n.location.as_ref());
            }
            Lookup::Unknown(n) => return crate::outcome::path_unknown(p, n),
            _ => {}
        }
    }
    Outcome::fail("no LoggingRole or StructuredLogDestinations: user sessions and file transfers are not logged").l10n("transfer-logging-absent", &[]).at("LoggingRole", None)
}
