//! Global Accelerator listeners carry only encrypted protocols.
use crate::judge::reference::{Pointee, resolve};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "globalaccelerator-encrypted-listener",
    title: "Global Accelerator listeners forward only to TLS-terminating endpoints",
    severity: Severity::High,
    service: "AWS Global Accelerator",
    section: "AWS Global Accelerator",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["GA-ENCRYPTED-PROTOCOL"],
    kinds: &["AWS::GlobalAccelerator::Listener"],
    phi_only: false,
    rationale: "Global Accelerator passes TCP and UDP through without terminating TLS, so PHI is \
encrypted only if the endpoint behind each port speaks HTTPS or TLS. Where the endpoint is a load \
balancer in the same scan, its listener on that port decides (an HTTP listener that redirects to \
HTTPS counts as encrypted); otherwise port 443 is taken as HTTPS and any other port cannot be \
judged.",
    remediation: "Accept only TLS ports on the `AWS::GlobalAccelerator::Listener` \
(`PortRanges: [{FromPort: 443, ToPort: 443}]`) and terminate TLS on the endpoints (HTTPS/TLS \
listeners on the load balancers); in Terraform, `port_range` on `aws_globalaccelerator_listener` \
and HTTPS listeners behind `aws_globalaccelerator_endpoint_group`.",
    check: Check::Resource(check),
};

enum Port {
    Encrypted,
    /// A plaintext listener: its protocol, its name, its load balancer's name and its port.
    Plain {
        protocol: String,
        listener: String,
        lb: String,
        port: i64,
    },
    /// Cannot tell; the unknown outcome saying why.
    Unknown(Outcome),
}

/// The verdict for traffic arriving on `port` at load balancer `lb`.
fn lb_port(ctx: &Ctx, lb: &Resource, port: i64) -> Port {
    for l in ctx
        .graph
        .referrers(lb.id, "AWS::ElasticLoadBalancingV2::Listener")
    {
        if l.get("Port").node().and_then(Node::as_i64) != Some(port) {
            continue;
        }
        let proto = l
            .get("Protocol")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("")
            .to_ascii_uppercase();
        match proto.as_str() {
            "HTTPS" | "TLS" => return Port::Encrypted,
            "HTTP" => {
                let redirects = l.get("DefaultActions").node().is_some_and(|a| {
                    a.items().iter().all(|act| {
                        act.get("Type").node().and_then(Node::as_str) == Some("redirect")
                            && act
                                .get("RedirectConfig.Protocol")
                                .node()
                                .and_then(Node::as_str)
                                == Some("HTTPS")
                    }) && !a.items().is_empty()
                });
                return if redirects {
                    Port::Encrypted
                } else {
                    Port::Plain {
                        protocol: "HTTP".into(),
                        listener: l.name.clone(),
                        lb: lb.name.clone(),
                        port,
                    }
                };
            }
            "" => {
                return Port::Unknown(
                    Outcome::unknown(format!(
                        "the protocol of listener '{}' is not known",
                        l.name
                    ))
                    .l10n("ga-listener-protocol-unknown", &[("listener", &l.name)]),
                );
            }
            p => {
                return Port::Plain {
                    protocol: p.into(),
                    listener: l.name.clone(),
                    lb: lb.name.clone(),
                    port,
                };
            }
        }
    }
    Port::Unknown(
        Outcome::unknown(format!(
            "'{}' has no listener on port {port} in this scan",
            lb.name
        ))
        .l10n(
            "ga-lb-no-listener",
            &[("lb", &lb.name), ("port", &port.to_string())],
        ),
    )
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let ranges = match written(r, "PortRanges", || {
        Outcome::unknown("the listener declares no port ranges")
            .l10n("ga-no-port-ranges", &[])
            .at("PortRanges", None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let at = ranges.location.as_ref();
    let mut ports = Vec::new();
    for range in ranges.items() {
        let (Some(from), Some(to)) = (
            range.get("FromPort").node().and_then(Node::as_i64),
            range.get("ToPort").node().and_then(Node::as_i64),
        ) else {
            return Outcome::unknown("a port range is not resolvable")
                .l10n("ga-port-range-unresolvable", &[])
                .at("PortRanges", at);
        };
        if to < from || to - from > 20 {
            return Outcome::unknown(format!(
                "ports {from}-{to} are too wide a range to judge one by one"
            ))
            .l10n(
                "ga-ports-too-wide",
                &[("from", &from.to_string()), ("to", &to.to_string())],
            )
            .at("PortRanges", at);
        }
        ports.extend(from..=to);
    }
    // Load balancer endpoints of this listener's endpoint groups, with port overrides.
    let mut lbs = Vec::new();
    let mut overrides: Vec<(i64, i64)> = Vec::new();
    for g in ctx
        .graph
        .referrers(r.id, "AWS::GlobalAccelerator::EndpointGroup")
    {
        if let Lookup::Set(o) = g.get("PortOverrides") {
            for item in o.items() {
                if let (Some(l), Some(e)) = (
                    item.get("ListenerPort").node().and_then(Node::as_i64),
                    item.get("EndpointPort").node().and_then(Node::as_i64),
                ) {
                    overrides.push((l, e));
                }
            }
        }
        if let Lookup::Set(eps) = g.get("EndpointConfigurations") {
            for ep in eps.items() {
                if let Lookup::Set(id) = ep.get("EndpointId")
                    && let Pointee::Found(lb) = resolve(
                        ctx,
                        g,
                        id,
                        &["AWS::ElasticLoadBalancingV2::LoadBalancer"],
                        "Name",
                    )
                {
                    lbs.push(lb);
                }
            }
        }
    }
    let mut unknown = None;
    for p in ports {
        let target = overrides
            .iter()
            .find(|(l, _)| *l == p)
            .map_or(p, |(_, e)| *e);
        let verdicts: Vec<Port> = if lbs.is_empty() {
            vec![if p == 443 {
                Port::Encrypted
            } else {
                Port::Unknown(
                    Outcome::unknown(format!(
                        "port {p} forwards to endpoints whose protocol is not visible here"
                    ))
                    .l10n("ga-port-not-visible", &[("port", &p.to_string())]),
                )
            }]
        } else {
            lbs.iter().map(|lb| lb_port(ctx, lb, target)).collect()
        };
        for v in verdicts {
            match v {
                Port::Plain {
                    protocol,
                    listener,
                    lb,
                    port,
                } => {
                    let why =
                        format!("the {protocol} listener '{listener}' of '{lb}' on port {port}");
                    return Outcome::fail(format!("listener port {p} forwards to {why}, so PHI crosses the accelerator unencrypted"))
                        .l10n(
                            "ga-port-plain",
                            &[
                                ("port", &p.to_string()),
                                ("protocol", &protocol),
                                ("listener", &listener),
                                ("lb", &lb),
                                ("target", &port.to_string()),
                            ],
                        )
                        .at("PortRanges", at);
                }
                Port::Unknown(out) => {
                    unknown.get_or_insert(out);
                }
                Port::Encrypted => {}
            }
        }
    }
    match unknown {
        Some(out) => out.at("PortRanges", at),
        None => Outcome::pass("every listener port reaches a TLS-terminating endpoint")
            .l10n("ga-all-ports-tls", &[])
            .at("PortRanges", at),
    }
}
