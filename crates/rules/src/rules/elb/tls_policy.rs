//! HTTPS and TLS listeners negotiate TLS 1.2 or later.
use crate::judge::tls_policy::{ELB_API_DEFAULT_POLICY, Protocol, elb_minimum};
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elb-tls-policy",
    title: "HTTPS/TLS load balancer listeners use a security policy that requires TLS 1.2 or later",
    severity: Severity::High,
    service: "Elastic Load Balancing",
    section: "Elastic Load Balancing",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["ELB-TLS-POLICY", "GEN-TLS12-MINIMUM"],
    kinds: &[
        "AWS::ElasticLoadBalancingV2::Listener",
        "AWS::ElasticLoadBalancing::LoadBalancer",
    ],
    phi_only: false,
    rationale: "The whitepaper asks customers to evaluate the load balancer's negotiation \
policies and keep them consistent with the Guidance, and recommends TLS 1.2 or later for \
every connection. A listener created through the API (CloudFormation, Terraform) without \
`SslPolicy` gets ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and 1.1; the console's \
default, ELBSecurityPolicy-TLS13-1-2-2021-06, does not.",
    remediation: "Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (or another TLS 1.2+ \
policy such as ELBSecurityPolicy-TLS-1-2-Ext-2018-06) on HTTPS and TLS listeners; Terraform: \
`ssl_policy` on `aws_lb_listener`. Classic load balancers: an `SSLNegotiationPolicyType` \
policy with `Reference-Security-Policy: ELBSecurityPolicy-TLS-1-2-2017-01` in `Policies`, named \
in the listener's `PolicyNames`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ElasticLoadBalancing::LoadBalancer" {
        return classic(r);
    }
    match crate::string_attr(r, "Protocol") {
        Ok(Some((p, _))) if matches!(p.to_ascii_uppercase().as_str(), "HTTPS" | "TLS") => {}
        Ok(Some((p, _))) => {
            return Outcome::not_applicable(format!("{p} listeners negotiate no TLS"))
                .l10n("elb-tls-policy-no-tls", &[("protocol", p)]);
        }
        Ok(None) => {
            return Outcome::not_applicable("the listener has no protocol")
                .l10n("elb-tls-policy-no-protocol", &[]);
        }
        Err(o) => return o,
    }
    match crate::string_attr(r, "SslPolicy") {
        Ok(Some((policy, loc))) => judge(policy, "SslPolicy", loc),
        Ok(None) => Outcome::fail(format!(
            "SslPolicy is not set, so the listener uses {ELB_API_DEFAULT_POLICY}, which accepts TLS 1.0"
        ))
        .l10n(
            "elb-tls-policy-absent",
            &[("policy", ELB_API_DEFAULT_POLICY)],
        )
        .at("SslPolicy", None),
        Err(o) => o,
    }
}

fn judge(policy: &str, path: &str, loc: Option<&phiguard_model::Location>) -> Outcome {
    match elb_minimum(policy) {
        Some(p) if p >= Protocol::Tls12 => Outcome::pass(format!("{policy} requires {p} or later"))
            .l10n(
                "elb-tls-policy-minimum",
                &[("policy", policy), ("protocol", &p.to_string())],
            )
            .at(path, loc),
        Some(p) => Outcome::fail(format!("{policy} accepts {p}; use a TLS 1.2 policy"))
            .l10n(
                "elb-tls-policy-old",
                &[("policy", policy), ("protocol", &p.to_string())],
            )
            .at(path, loc),
        None => Outcome::unknown(format!(
            "'{policy}' is not a security policy this rule knows"
        ))
        .l10n("elb-tls-policy-unknown", &[("policy", policy)])
        .at(path, loc),
    }
}

/// A Classic Load Balancer: the SSL negotiation policy of each HTTPS/SSL listener.
fn classic(r: &Resource) -> Outcome {
    let listeners = match written(r, "Listeners", || {
        Outcome::not_applicable("the load balancer declares no listeners")
            .l10n("elb-classic-no-listeners", &[])
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let policies = r
        .get("Policies")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    // Policies that could not be read (a refused DescribeLoadBalancerPolicies): a listener
    // without a negotiation policy among the known ones proves nothing.
    let unread = match r.get("Policies") {
        Lookup::Unknown(n) => Some(n),
        _ => None,
    };
    let mut worst = Worst::new();
    for (i, l) in listeners.items().iter().enumerate() {
        let secure = l
            .get("Protocol")
            .node()
            .and_then(Node::as_str)
            .is_some_and(|p| p.eq_ignore_ascii_case("HTTPS") || p.eq_ignore_ascii_case("SSL"));
        if !secure {
            continue;
        }
        let port = l.get("LoadBalancerPort").node().and_then(Node::as_i64);
        let names: Vec<&str> = l
            .get("PolicyNames")
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(Node::as_str)
            .collect();
        let negotiation = policies.iter().find(|p| {
            let is_ssl = p
                .get("PolicyType")
                .node()
                .and_then(Node::as_str)
                .is_some_and(|t| t == "SSLNegotiationPolicyType");
            let named = p
                .get("PolicyName")
                .node()
                .and_then(Node::as_str)
                .is_some_and(|n| names.contains(&n));
            let on_port = port.is_some_and(|port| {
                p.get("LoadBalancerPorts")
                    .node()
                    .map(Node::items)
                    .unwrap_or_default()
                    .iter()
                    .any(|x| x.as_i64() == Some(port))
            });
            is_ssl && (named || on_port)
        });
        let path = format!("Listeners.{i}");
        worst.add(match (negotiation, unread) {
            (None, Some(n)) => crate::outcome::path_unknown("Policies", n),
            (None, None) => Outcome::fail(format!(
                "an HTTPS/SSL listener has no SSL negotiation policy, so it uses {ELB_API_DEFAULT_POLICY}, which accepts TLS 1.0"
            ))
            .l10n(
                "elb-tls-policy-classic-absent",
                &[("policy", ELB_API_DEFAULT_POLICY)],
            )
            .at(&path, l.location.as_ref()),
            (Some(p), _) => classic_policy(p),
        });
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::not_applicable("no HTTPS or SSL listeners")
            .l10n("elb-tls-policy-no-secure-listeners", &[])
    })
}

/// An `SSLNegotiationPolicyType` policy: a reference to a predefined policy, or
/// explicit `Protocol-*` attributes.
fn classic_policy(p: &Node) -> Outcome {
    let attrs = p
        .get("Attributes")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    let attr = |name: &str| {
        attrs.iter().find(|a| {
            a.get("Name")
                .node()
                .and_then(Node::as_str)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    };
    let value = |a: &Node| {
        a.get("Value")
            .node()
            .and_then(Node::as_str)
            .map(str::to_string)
    };
    if let Some(reference) = attr("Reference-Security-Policy") {
        return match value(reference) {
            Some(policy) => judge(&policy, "Policies", reference.location.as_ref()),
            None => Outcome::unknown("the referenced security policy is not a literal value")
                .l10n("elb-tls-policy-reference-not-literal", &[])
                .at("Policies", reference.location.as_ref()),
        };
    }
    let on = |name: &str| {
        attr(name)
            .and_then(value)
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    };
    let old: Vec<&str> = ["Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1"]
        .into_iter()
        .filter(|n| on(n))
        .collect();
    if !old.is_empty() {
        let old = old.join(", ");
        Outcome::fail(format!("the custom SSL policy enables {old}"))
            .l10n("elb-tls-policy-custom-old", &[("protocols", &old)])
            .at("Policies", p.location.as_ref())
    } else if on("Protocol-TLSv1.2") {
        Outcome::pass("the custom SSL policy allows TLS 1.2 only")
            .l10n("elb-tls-policy-custom-tls12", &[])
            .at("Policies", p.location.as_ref())
    } else {
        Outcome::unknown("the custom SSL policy enables no protocol this rule recognises")
            .l10n("elb-tls-policy-custom-unrecognised", &[])
            .at("Policies", p.location.as_ref())
    }
}
