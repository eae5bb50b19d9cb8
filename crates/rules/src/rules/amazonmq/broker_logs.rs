//! Amazon MQ brokers publish their general (and, for ActiveMQ, audit) logs.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "mq-broker-logs",
    title: "Amazon MQ brokers holding PHI publish general logs, and ActiveMQ brokers audit logs",
    severity: Severity::Low,
    service: "Amazon MQ",
    section: "Amazon MQ",
    cfr: &["45 CFR 164.312(b)"],
    requirements: &["MQ-AUDIT"],
    kinds: &["AWS::AmazonMQ::Broker"],
    phi_only: true,
    rationale: "CloudTrail records Amazon MQ API calls, but not what happens on the broker. \
General logs record connections and broker events; ActiveMQ audit logs record management actions \
(queue creation, deletion, purges) by user. Both are off by default, so without them there is no \
record of who touched the queues that carry PHI.",
    remediation: "Set `Logs: {General: true, Audit: true}` on ActiveMQ brokers and \
`Logs: {General: true}` on RabbitMQ brokers (RabbitMQ has no audit log); in Terraform, \
`logs { general = true audit = true }`. The broker needs a CloudWatch Logs resource policy for \
mq.amazonaws.com.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let engine = match string_attr(r, "EngineType") {
        Ok(e) => e.map(|(s, _)| s.to_ascii_uppercase()),
        Err(unknown) => return unknown,
    };
    if r.get("Logs").is_absent() {
        return Outcome::fail("no broker logs are published (Logs is not set; general and audit logs are off by default)")
            .l10n("mq-logs-absent", &[])
            .at("Logs", None);
    }
    let mut wanted = vec!["Logs.General"];
    if engine.as_deref() != Some("RABBITMQ") {
        wanted.push("Logs.Audit");
    }
    let mut on = Vec::new();
    for path in wanted {
        match flag(r, path) {
            Flag::True(n) => on.push((path, n.location.clone())),
            Flag::False(n) => {
                return Outcome::fail(format!(
                    "{path} is false, so the broker does not publish those logs"
                ))
                .l10n("mq-logs-false", &[("path", path)])
                .at(path, n.location.as_ref());
            }
            Flag::Absent => {
                return Outcome::fail(format!(
                    "{path} is not set; the broker does not publish those logs by default"
                ))
                .l10n("mq-logs-not-set", &[("path", path)])
                .at(path, None);
            }
            Flag::Unknown(why, loc) => {
                return match r.get(path) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
                    Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(path, loc),
                };
            }
        }
    }
    let (path, loc) = on.last().cloned().unwrap_or(("Logs", None));
    let what: Vec<_> = on
        .iter()
        .map(|(p, _)| p.trim_start_matches("Logs.").to_ascii_lowercase())
        .collect();
    let id = if what.len() > 1 {
        "mq-logs-general-audit"
    } else {
        "mq-logs-general"
    };
    Outcome::pass(format!("the broker publishes {} logs", what.join(" and ")))
        .l10n(id, &[])
        .at(path, loc.as_ref())
}
