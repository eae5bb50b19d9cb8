//! Load balancer listeners that carry PHI encrypt the client side (HTTPS, TLS, SSL);
//! plain HTTP listeners only redirect to HTTPS.
use crate::judge::reference::with_reason;
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elb-listener-tls",
    title: "Load balancer listeners use HTTPS/TLS; HTTP listeners only redirect to HTTPS",
    severity: Severity::Critical,
    service: "Elastic Load Balancing",
    section: "Elastic Load Balancing",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["ELB-FRONTEND-TLS"],
    kinds: &[
        "AWS::ElasticLoadBalancingV2::Listener",
        "AWS::ElasticLoadBalancing::LoadBalancer",
    ],
    phi_only: false,
    rationale: "The whitepaper requires sessions containing PHI to use encrypted front-end \
listeners (HTTPS, HTTP/2 over TLS, SSL/TLS). An HTTP listener that only redirects to HTTPS \
(or answers with a fixed response) forwards nothing in plain text and is accepted; one that \
forwards requests, directly or through a listener rule, is not. A TCP or UDP listener passes \
bytes through: whether the application encrypts them cannot be seen from the template \
(unknown).",
    remediation: "Use `Protocol: HTTPS` (ALB) or `TLS` (NLB) with a certificate, and turn HTTP \
listeners into redirects: `DefaultActions: [{Type: redirect, RedirectConfig: {Protocol: \
HTTPS, Port: '443', StatusCode: HTTP_301}}]`. Terraform: `protocol = \"HTTPS\"` on \
`aws_lb_listener`, or a `default_action { type = \"redirect\" redirect { protocol = \"HTTPS\" \
port = \"443\" status_code = \"HTTP_301\" } }`. Classic load balancers: `Protocol: HTTPS` or \
`SSL` on every listener (Terraform `lb_protocol`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ElasticLoadBalancing::LoadBalancer" {
        return classic(r);
    }
    let (protocol, loc) = match crate::string_attr(r, "Protocol") {
        Ok(Some((p, loc))) => (p.to_ascii_uppercase(), loc),
        Ok(None) => {
            return Outcome::unknown(
                "Protocol is not written (Gateway Load Balancer listeners have none)",
            )
            .l10n("elb-listener-tls-no-protocol", &[])
            .at("Protocol", None);
        }
        Err(o) => return o,
    };
    match protocol.as_str() {
        "HTTPS" | "TLS" => Outcome::pass(format!("the listener uses {protocol}")).l10n("elb-listener-tls-encrypted", &[("protocol", &protocol)]).at("Protocol", loc),
        "QUIC" | "TCP_QUIC" => {
            Outcome::pass(format!("{protocol} is always encrypted (TLS 1.3)")).l10n("elb-target-tls-quic", &[("protocol", &protocol)]).at("Protocol", loc)
        }
        "HTTP" => http_listener(ctx, r),
        "TCP" | "UDP" | "TCP_UDP" => Outcome::unknown(format!(
            "{protocol} passes traffic through unchanged; whether clients and targets use TLS end to end cannot be seen"
        ))
        .l10n("elb-listener-tls-pass-through", &[("protocol", &protocol)])
        .at("Protocol", loc),
        "GENEVE" => Outcome::not_applicable("Gateway Load Balancer listeners carry encapsulated traffic")
            .l10n("elb-listener-tls-geneve", &[]),
        other => Outcome::unknown(format!("unrecognised listener protocol '{other}'"))
            .l10n("elb-listener-tls-other", &[("protocol", other)])
            .at("Protocol", loc),
    }
}

/// An HTTP listener passes when every action (its own and its listener rules') only
/// redirects to HTTPS or returns a fixed response.
fn http_listener(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut worst = Worst::new();
    match r.get("DefaultActions") {
        Lookup::Set(actions) => {
            for (i, a) in actions.items().iter().enumerate() {
                worst.add(action(a, &format!("DefaultActions.{i}"), None));
            }
        }
        Lookup::Unknown(n) => worst.add(crate::outcome::path_unknown("DefaultActions", n)),
        Lookup::Absent => {}
    }
    for rule in ctx
        .graph
        .referrers(r.id, "AWS::ElasticLoadBalancingV2::ListenerRule")
    {
        match rule.get("Actions") {
            Lookup::Set(actions) => {
                for (i, a) in actions.items().iter().enumerate() {
                    worst.add(action(a, &format!("Actions.{i}"), Some(&rule.name)));
                }
            }
            Lookup::Unknown(n) => worst.add(
                with_reason(
                    Outcome::unknown(format!(
                        "the actions of listener rule '{}' {}",
                        rule.name,
                        crate::unknown_reason(n)
                    )),
                    n,
                    "elb-listener-tls-rule-actions-unreadable",
                    &[("rule", &rule.name)],
                )
                .at("DefaultActions", n.location.as_ref()),
            ),
            Lookup::Absent => {}
        }
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::unknown("the HTTP listener declares no actions")
            .l10n("elb-listener-tls-no-actions", &[])
            .at("DefaultActions", None)
    })
}

/// Says `o` as message `id`, or as `rule_id` (with the listener rule's name as `rule`)
/// when the action belongs to a listener rule.
fn whose(
    o: Outcome,
    rule: Option<&str>,
    (id, rule_id): (&'static str, &'static str),
    args: &[(&'static str, &str)],
) -> Outcome {
    match rule {
        None => o.l10n(id, args),
        Some(name) => {
            let mut args = args.to_vec();
            args.push(("rule", name));
            o.l10n(rule_id, &args)
        }
    }
}

/// [`whose`] for a message that ends with why `n` cannot be read.
fn whose_reason(
    o: Outcome,
    rule: Option<&str>,
    (id, rule_id): (&'static str, &'static str),
    n: &Node,
) -> Outcome {
    match rule {
        None => with_reason(o, n, id, &[]),
        Some(name) => with_reason(o, n, rule_id, &[("rule", name)]),
    }
}

/// One listener action of an HTTP listener.
fn action(a: &Node, path: &str, rule: Option<&str>) -> Outcome {
    let whose_text = rule.map_or_else(String::new, |n| format!("listener rule '{n}': "));
    let ty = match a.get("Type") {
        Lookup::Set(t) if t.as_str().is_some() => {
            t.as_str().unwrap_or_default().to_ascii_lowercase()
        }
        Lookup::Set(t) | Lookup::Unknown(t) => {
            return whose_reason(
                Outcome::unknown(format!(
                    "{whose_text}the action type {}",
                    crate::unknown_reason(t)
                )),
                rule,
                (
                    "elb-listener-tls-type-unreadable",
                    "elb-listener-tls-rule-type-unreadable",
                ),
                t,
            )
            .at("DefaultActions", t.location.as_ref());
        }
        Lookup::Absent => {
            return whose(
                Outcome::unknown(format!("{whose_text}{path} has no Type")),
                rule,
                ("elb-listener-tls-no-type", "elb-listener-tls-rule-no-type"),
                &[("path", path)],
            )
            .at("DefaultActions", a.location.as_ref());
        }
    };
    match ty.as_str() {
        "redirect" => match a.get("RedirectConfig.Protocol") {
            Lookup::Set(p) if p.as_str().is_some_and(|p| p.eq_ignore_ascii_case("HTTPS")) => {
                Outcome::pass("the HTTP listener only redirects to HTTPS")
                    .l10n("elb-listener-tls-redirects", &[])
                    .at("DefaultActions", p.location.as_ref())
            }
            Lookup::Set(p) if p.as_str().is_some() => {
                let to = p.as_str().unwrap_or_default();
                whose(
                    Outcome::fail(format!(
                        "{whose_text}the HTTP listener redirects to '{to}', not to HTTPS"
                    )),
                    rule,
                    (
                        "elb-listener-tls-redirect-other",
                        "elb-listener-tls-rule-redirect-other",
                    ),
                    &[("protocol", to)],
                )
                .at("DefaultActions", p.location.as_ref())
            }
            Lookup::Set(p) | Lookup::Unknown(p) => whose_reason(
                Outcome::unknown(format!(
                    "{whose_text}the redirect protocol {}",
                    crate::unknown_reason(p)
                )),
                rule,
                (
                    "elb-listener-tls-redirect-unreadable",
                    "elb-listener-tls-rule-redirect-unreadable",
                ),
                p,
            )
            .at("DefaultActions", p.location.as_ref()),
            Lookup::Absent => whose(
                Outcome::fail(format!(
                    "{whose_text}the HTTP listener redirects without setting Protocol: HTTPS, so the redirect keeps plain HTTP"
                )),
                rule,
                (
                    "elb-listener-tls-redirect-no-protocol",
                    "elb-listener-tls-rule-redirect-no-protocol",
                ),
                &[],
            )
            .at("DefaultActions", a.location.as_ref()),
        },
        "fixed-response" => Outcome::pass(
            "the HTTP listener only redirects to HTTPS or answers with a fixed response",
        )
        .l10n("elb-listener-tls-fixed-response", &[])
        .at("DefaultActions", a.location.as_ref()),
        _ => whose(
            Outcome::fail(format!(
                "{whose_text}the HTTP listener serves requests in plain text ({ty} action)"
            )),
            rule,
            ("elb-listener-tls-plain", "elb-listener-tls-rule-plain"),
            &[("type", &ty)],
        )
        .at("DefaultActions", a.location.as_ref()),
    }
}

/// A Classic Load Balancer: every listener's front-end protocol.
fn classic(r: &Resource) -> Outcome {
    let listeners = match written(r, "Listeners", no_listeners) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut worst = Worst::new();
    for (i, l) in listeners.items().iter().enumerate() {
        let path = format!("Listeners.{i}.Protocol");
        let out = match l.get("Protocol") {
            Lookup::Set(p) => match p.as_str().map(str::to_ascii_uppercase).as_deref() {
                Some(proto @ ("HTTPS" | "SSL")) => {
                    Outcome::pass(format!("every listener uses HTTPS or SSL ({proto})"))
                        .l10n("elb-listener-tls-classic-encrypted", &[("protocol", proto)])
                        .at(&path, p.location.as_ref())
                }
                Some("HTTP") => Outcome::fail(
                    "a listener accepts plain HTTP; Classic Load Balancers cannot redirect, so PHI may travel unencrypted",
                )
                .l10n("elb-listener-tls-classic-http", &[])
                .at(&path, p.location.as_ref()),
                Some("TCP") => Outcome::unknown(
                    "a TCP listener passes traffic through; whether the application uses TLS cannot be seen",
                )
                .l10n("elb-listener-tls-classic-tcp", &[])
                .at(&path, p.location.as_ref()),
                Some(other) => {
                    Outcome::unknown(format!("unrecognised listener protocol '{other}'"))
                        .l10n("elb-listener-tls-other", &[("protocol", other)])
                        .at(&path, p.location.as_ref())
                }
                None => crate::outcome::path_unknown(&path, p),
            },
            Lookup::Unknown(p) => crate::outcome::path_unknown(&path, p),
            Lookup::Absent => Outcome::unknown(format!("{path} is not written"))
                .l10n("elb-path-not-written", &[("path", &path)])
                .at(&path, l.location.as_ref()),
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
