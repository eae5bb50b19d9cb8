//! Every VPC records all traffic in flow logs.
use crate::MessagePart;
use crate::judge::reference::{Pointee, resolve};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "vpc-flow-logs",
    title: "VPCs have flow logs recording all traffic (TrafficType ALL)",
    severity: Severity::Medium,
    service: "Amazon VPC",
    section: "Amazon Virtual Private Cloud",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["VPC-FLOW-LOGS"],
    kinds: &["AWS::EC2::VPC"],
    phi_only: false,
    rationale: "The whitepaper recommends VPC Flow Logs as the audit trail of accepted and \
rejected connections to instances that process PHI. A flow log on the VPC (or on every subnet) \
with TrafficType ALL records both; ACCEPT-only or REJECT-only logs leave half of the connections \
unrecorded. A flow log defined in another stack cannot be seen here.",
    remediation: "Add an `AWS::EC2::FlowLog` with `ResourceType: VPC`, `ResourceId: !Ref Vpc` and \
`TrafficType: ALL` delivering to CloudWatch Logs or S3; in Terraform, an `aws_flow_log` with \
`vpc_id` and `traffic_type = \"ALL\"`.",
    check: Check::Resource(check),
};

const FLOW: &str = "AWS::EC2::FlowLog";

/// The resource a flow log watches, if it is in the scan.
fn watched<'g>(ctx: &Ctx<'g>, log: &Resource) -> Result<Option<&'g Resource>, String> {
    let n = match log.get("ResourceId") {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => return Err(crate::unknown_reason(n)),
        Lookup::Absent => return Ok(None),
    };
    match resolve(ctx, log, n, &["AWS::EC2::VPC", "AWS::EC2::Subnet"], "-") {
        Pointee::Found(r) => Ok(Some(r)),
        Pointee::Outside(_) | Pointee::Other(_) => Ok(None),
        Pointee::Unresolved(why) => Err(why),
    }
}

/// Whether the log records all traffic; the value when it cannot be read.
fn traffic_all(log: &Resource) -> Result<bool, &Node> {
    match log.get("TrafficType") {
        Lookup::Set(n) => n.as_str().map(|t| t.eq_ignore_ascii_case("ALL")).ok_or(n),
        Lookup::Unknown(n) => Err(n),
        Lookup::Absent => Ok(false),
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut partial = None;
    let mut unknown = None;
    let mut covered_subnets = Vec::new();
    // A flow log can only point at this VPC from the same template or module.
    for log in ctx.graph.of_kind(FLOW).filter(|l| l.unit == r.unit) {
        match watched(ctx, log) {
            Ok(Some(w)) if w.id == r.id => match traffic_all(log) {
                Ok(true) => {
                    return Outcome::pass(format!(
                        "flow log '{}' records all traffic of the VPC",
                        log.name
                    ))
                    .l10n("vpc-flow-logs-all-traffic", &[("log", &log.name)])
                    .at_lookup("TrafficType", log.get("TrafficType"));
                }
                Ok(false) => {
                    partial.get_or_insert(log);
                }
                Err(n) => {
                    let said = crate::unknown_reason_l10n(n).map(|reason| {
                        MessagePart::new("vpc-flow-logs-traffic-unknown", &[("log", &log.name)])
                            .with("reason", reason)
                    });
                    unknown.get_or_insert((
                        format!("TrafficType of '{}' {}", log.name, crate::unknown_reason(n)),
                        said,
                    ));
                }
            },
            Ok(Some(w)) if w.kind == "AWS::EC2::Subnet" => {
                if matches!(traffic_all(log), Ok(true)) {
                    covered_subnets.push(w.id);
                }
            }
            Ok(_) => {}
            Err(why) => {
                let said = phiguard_model::reason_l10n(&why).map(|reason| {
                    MessagePart::new("vpc-flow-logs-watched-unknown", &[("log", &log.name)])
                        .with("reason", reason)
                });
                unknown.get_or_insert((
                    format!("flow log '{}' watches a resource that {why}", log.name),
                    said,
                ));
            }
        }
    }
    // Subnet-level logs on every subnet of the VPC cover it too.
    let subnets: Vec<&Resource> = ctx
        .graph
        .referrers(r.id, "AWS::EC2::Subnet")
        .filter(|s| matches!(s.get("VpcId"), Lookup::Set(n) if matches!(resolve(ctx, s, n, &["AWS::EC2::VPC"], "-"), Pointee::Found(v) if v.id == r.id)))
        .collect();
    if !subnets.is_empty() && subnets.iter().all(|s| covered_subnets.contains(&s.id)) {
        return Outcome::pass("every subnet of the VPC has a flow log recording all traffic")
            .l10n("vpc-flow-logs-all-subnets", &[]);
    }
    if partial.is_none()
        && unknown.is_none()
        && let Some(out) = crate::judge::live::gap_near(ctx.graph, FLOW, r)
    {
        return out;
    }
    if let Some(log) = partial {
        let traffic = log.get("TrafficType").node().and_then(Node::as_str);
        let t = traffic.unwrap_or("not set");
        let o = Outcome::fail(format!(
            "flow log '{}' records only {t} traffic; the audit trail needs ALL",
            log.name
        ));
        return match traffic {
            Some(t) => o.l10n(
                "vpc-flow-logs-partial",
                &[("log", &log.name), ("traffic", t)],
            ),
            None => o.l10n("vpc-flow-logs-partial-unset", &[("log", &log.name)]),
        }
        .at_lookup("TrafficType", log.get("TrafficType"));
    }
    if let Some((why, said)) = unknown {
        let mut o = Outcome::unknown(format!("cannot tell whether the VPC has flow logs: {why}"));
        o.l10n = said.map(|part| vec![part]);
        return o;
    }
    Outcome::fail("no flow log records the VPC's traffic").l10n("vpc-flow-logs-none", &[])
}
