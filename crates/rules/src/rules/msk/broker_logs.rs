//! MSK clusters holding PHI deliver broker logs.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "msk-broker-logs",
    title: "MSK clusters holding PHI deliver broker logs to CloudWatch Logs, Firehose or S3",
    severity: Severity::Low,
    service: "Amazon MSK",
    section: "Amazon Managed Streaming for Apache Kafka (Amazon MSK)",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["MSK-MONITORING"],
    kinds: &["AWS::MSK::Cluster"],
    phi_only: true,
    rationale: "The whitepaper asks to monitor MSK with CloudWatch. Basic broker metrics are always \
published, but only broker logs record connections, authentication failures and broker errors, \
which is the activity record the HIPAA audit-controls standard asks for. Broker logs are off unless \
a destination is enabled.",
    remediation: "Enable at least one destination under `LoggingInfo.BrokerLogs` \
(`CloudWatchLogs: {Enabled: true, LogGroup: ...}`, `Firehose` or `S3`); in Terraform, \
`logging_info { broker_logs { cloudwatch_logs { enabled = true log_group = ... } } }`. \
Open Monitoring with Prometheus is an optional addition.",
    check: Check::Resource(check),
};

const PATH: &str = "LoggingInfo.BrokerLogs";

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let logs = match r.get(PATH) {
        Lookup::Absent => {
            return Outcome::fail(
                "no broker log destination is configured (LoggingInfo.BrokerLogs is not set)",
            )
            .l10n("msk-broker-logs-absent", &[])
            .at(PATH, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(PATH, n);
        }
        Lookup::Set(n) => n,
    };
    let mut unknown = None;
    for dest in ["CloudWatchLogs", "Firehose", "S3"] {
        match logs.get(&format!("{dest}.Enabled")) {
            Lookup::Set(n) => match n.as_bool() {
                Some(true) => {
                    return Outcome::pass(format!("broker logs are delivered to {dest}"))
                        .l10n("msk-broker-logs-to", &[("destination", dest)])
                        .at(&format!("{PATH}.{dest}.Enabled"), n.location.as_ref());
                }
                Some(false) => {}
                None => unknown = Some((dest, crate::unknown_reason(n), n.location.clone())),
            },
            Lookup::Unknown(n) => {
                unknown = Some((dest, crate::unknown_reason(n), n.location.clone()))
            }
            Lookup::Absent => {}
        }
    }
    if let Some((dest, why, loc)) = unknown {
        let o = Outcome::unknown(format!("whether broker logs go to {dest} {why}"));
        return with_why(
            o,
            &why,
            "msk-broker-logs-unreadable",
            &[("destination", dest)],
        )
        .at(&format!("{PATH}.{dest}.Enabled"), loc.as_ref());
    }
    Outcome::fail("no broker log destination is enabled under LoggingInfo.BrokerLogs")
        .l10n("msk-broker-logs-none", &[])
        .at(PATH, logs.location.as_ref())
}
