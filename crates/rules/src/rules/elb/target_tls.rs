//! Load balancers holding PHI sessions encrypt the connection to their targets too.
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elb-target-tls",
    title: "Load balancers encrypt the back-end connection to their targets (HTTPS/TLS target groups)",
    severity: Severity::High,
    service: "Elastic Load Balancing",
    section: "Elastic Load Balancing",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["ELB-BACKEND-TLS"],
    kinds: &[
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        "AWS::ElasticLoadBalancing::LoadBalancer",
    ],
    phi_only: false,
    rationale: "The whitepaper requires PHI to be encrypted in transit end to end: 'sessions \
containing PHI must encrypt both front-end and backend listeners'. A target group using HTTP \
(or TCP behind a TLS listener, which decrypts) sends PHI to the targets in plain text. TCP \
pass-through, where the targets terminate TLS themselves, is the whitepaper's other \
architecture; it cannot be confirmed from the template, so it is unknown. Lambda targets are \
invoked through the Lambda API and are not applicable.",
    remediation: "Use `Protocol: HTTPS` (ALB) or `TLS` (NLB) on the target group and serve TLS \
on the targets; Terraform: `protocol = \"HTTPS\"` on `aws_lb_target_group`. Classic load \
balancers: `InstanceProtocol: HTTPS` or `SSL` on every listener (Terraform \
`instance_protocol`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ElasticLoadBalancing::LoadBalancer" {
        return classic(r);
    }
    if let Ok(Some((t, _))) = crate::string_attr(r, "TargetType")
        && t.eq_ignore_ascii_case("lambda")
    {
        return Outcome::not_applicable("Lambda targets are invoked through the Lambda API")
            .l10n("elb-target-tls-lambda", &[]);
    }
    let (protocol, loc) = match crate::string_attr(r, "Protocol") {
        Ok(Some((p, loc))) => (p.to_ascii_uppercase(), loc),
        Ok(None) => {
            return Outcome::unknown("Protocol is not written")
                .l10n("elb-target-tls-no-protocol", &[])
                .at("Protocol", None);
        }
        Err(o) => return o,
    };
    match protocol.as_str() {
        "HTTPS" | "TLS" => Outcome::pass(format!("targets are reached over {protocol}")).l10n("elb-target-tls-encrypted", &[("protocol", &protocol)]).at("Protocol", loc),
        "QUIC" | "TCP_QUIC" => {
            Outcome::pass(format!("{protocol} is always encrypted (TLS 1.3)")).l10n("elb-target-tls-quic", &[("protocol", &protocol)]).at("Protocol", loc)
        }
        "HTTP" => Outcome::fail("targets are reached over plain HTTP: the load balancer decrypts PHI and forwards it unencrypted")
            .l10n("elb-target-tls-http", &[])
            .at("Protocol", loc),
        "TCP" => {
            let decrypting = ctx
                .graph
                .referrers(r.id, "AWS::ElasticLoadBalancingV2::Listener")
                .find(|l| {
                    l.get("Protocol")
                        .node()
                        .and_then(Node::as_str)
                        .is_some_and(|p| p.eq_ignore_ascii_case("TLS"))
                });
            match decrypting {
                Some(l) => Outcome::fail(format!(
                    "TLS listener '{}' terminates TLS and forwards plain TCP to these targets",
                    l.name
                ))
                .l10n("elb-target-tls-tcp-behind-tls", &[("listener", &l.name)])
                .at("Protocol", loc),
                None => Outcome::unknown(
                    "TCP pass-through: the targets must terminate TLS themselves, which cannot be seen from the template",
                )
                .l10n("elb-target-tls-tcp", &[])
                .at("Protocol", loc),
            }
        }
        "UDP" | "TCP_UDP" => Outcome::unknown(format!(
            "{protocol} passes traffic through; whether the application encrypts it cannot be seen"
        ))
        .l10n("elb-target-tls-udp", &[("protocol", &protocol)])
        .at("Protocol", loc),
        "GENEVE" => Outcome::not_applicable("Gateway Load Balancer targets receive encapsulated traffic")
            .l10n("elb-target-tls-geneve", &[]),
        other => Outcome::unknown(format!("unrecognised target group protocol '{other}'"))
            .l10n("elb-target-tls-other", &[("protocol", other)])
            .at("Protocol", loc),
    }
}

/// A Classic Load Balancer: every listener's back-end (instance) protocol.
fn classic(r: &Resource) -> Outcome {
    let listeners = match written(r, "Listeners", no_listeners) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut worst = Worst::new();
    for (i, l) in listeners.items().iter().enumerate() {
        let front = l
            .get("Protocol")
            .node()
            .and_then(Node::as_str)
            .map(str::to_ascii_uppercase);
        let path = format!("Listeners.{i}.InstanceProtocol");
        let out = match l.get("InstanceProtocol") {
            Lookup::Set(p) => match p.as_str().map(str::to_ascii_uppercase).as_deref() {
                Some(proto @ ("HTTPS" | "SSL")) => {
                    Outcome::pass(format!("every listener reaches its instances over {proto}"))
                        .l10n("elb-target-tls-classic-encrypted", &[("protocol", proto)])
                        .at(&path, p.location.as_ref())
                }
                Some("HTTP") => {
                    Outcome::fail("a listener forwards to its instances over plain HTTP")
                        .l10n("elb-target-tls-classic-http", &[])
                        .at(&path, p.location.as_ref())
                }
                Some("TCP") if front.as_deref() == Some("SSL") => Outcome::fail(
                    "an SSL listener terminates TLS and forwards plain TCP to its instances",
                )
                .l10n("elb-target-tls-classic-ssl-tcp", &[])
                .at(&path, p.location.as_ref()),
                Some("TCP") => Outcome::unknown(
                    "TCP pass-through: the instances must terminate TLS themselves, which cannot be seen",
                )
                .l10n("elb-target-tls-classic-tcp", &[])
                .at(&path, p.location.as_ref()),
                Some(other) => {
                    Outcome::unknown(format!("unrecognised instance protocol '{other}'"))
                        .l10n("elb-target-tls-classic-other", &[("protocol", other)])
                        .at(&path, p.location.as_ref())
                }
                None => crate::outcome::path_unknown(&path, p),
            },
            Lookup::Unknown(p) => crate::outcome::path_unknown(&path, p),
            Lookup::Absent => match front.as_deref() {
                Some("HTTP") => Outcome::fail(
                    "an HTTP listener without InstanceProtocol forwards to its instances over HTTP",
                )
                .l10n("elb-target-tls-classic-http-default", &[])
                .at(&path, l.location.as_ref()),
                _ => Outcome::unknown(format!(
                    "{path} is not written, so the back-end protocol is AWS's choice and cannot be confirmed as encrypted"
                ))
                .l10n("elb-target-tls-classic-absent", &[("path", &path)])
                .at(&path, l.location.as_ref()),
            },
        };
        worst.add(out);
    }
    worst.into_outcome().unwrap_or_else(no_listeners)
}

/// A Classic Load Balancer without listeners.
fn no_listeners() -> Outcome {
    Outcome::not_applicable("the load balancer declares no listeners")
        .l10n("elb-classic-no-listeners", &[])
}
