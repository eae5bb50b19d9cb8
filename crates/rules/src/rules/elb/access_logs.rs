//! Load balancers write access logs.
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elb-access-logs",
    title: "Load balancers write access logs to S3",
    severity: Severity::Medium,
    service: "Elastic Load Balancing",
    section: "Elastic Load Balancing",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["ELB-LOGGING"],
    kinds: &[
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS::ElasticLoadBalancing::LoadBalancer",
    ],
    phi_only: false,
    rationale: "The whitepaper asks for load balancer logging at a level consistent with HIPAA \
and HITECH: access logs record every request (client, time, path, response, TLS protocol) and \
support the information-system activity review of 164.308(a)(1)(ii)(D). They are off by \
default. Network Load Balancers log TLS connections only, so one without a TLS listener is \
not applicable; Gateway Load Balancers have no access logs.",
    remediation: "Application/Network Load Balancer: `LoadBalancerAttributes: [{Key: \
access_logs.s3.enabled, Value: 'true'}, {Key: access_logs.s3.bucket, Value: ...}]`; Terraform: \
`access_logs { bucket = ... enabled = true }` on `aws_lb`. Classic: `AccessLoggingPolicy: \
{Enabled: true, S3BucketName: ..., EmitInterval: 5}`; Terraform `access_logs` on `aws_elb`.",
    check: Check::Resource(check),
};

const KEY: &str = "access_logs.s3.enabled";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::ElasticLoadBalancing::LoadBalancer" {
        return require_true_said(
            r,
            "AccessLoggingPolicy.Enabled",
            "access logging",
            "what-access-logging",
            Outcome::fail("AccessLoggingPolicy is not enabled: requests are not logged")
                .l10n("elb-access-logs-policy-absent", &[]),
        );
    }
    let ty = match crate::string_attr(r, "Type") {
        Ok(t) => t.map_or_else(
            || "application".to_string(),
            |(t, _)| t.to_ascii_lowercase(),
        ),
        Err(o) => return o,
    };
    if ty == "gateway" {
        return Outcome::not_applicable("Gateway Load Balancers have no access logs")
            .l10n("elb-access-logs-gateway", &[]);
    }
    if ty == "network" {
        let has_tls = ctx
            .graph
            .referrers(r.id, "AWS::ElasticLoadBalancingV2::Listener")
            .any(|l| {
                l.get("Protocol")
                    .node()
                    .and_then(Node::as_str)
                    .is_some_and(|p| p.eq_ignore_ascii_case("TLS"))
            });
        if !has_tls {
            // Listeners that could not be listed may include a TLS one.
            if let Some(o) =
                crate::judge::live::gap_near(ctx.graph, "AWS::ElasticLoadBalancingV2::Listener", r)
            {
                return o;
            }
            return Outcome::not_applicable(
                "Network Load Balancer access logs record TLS connections only, and this one has no TLS listener in the scan",
            )
            .l10n("elb-access-logs-nlb-no-tls", &[]);
        }
    }
    let attrs = match r.get("LoadBalancerAttributes") {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown("LoadBalancerAttributes", n);
        }
        Lookup::Absent => {
            return Outcome::fail(
                "access logs are not enabled (no access_logs.s3.enabled attribute)",
            )
            .l10n("elb-access-logs-no-attribute", &[])
            .at("LoadBalancerAttributes", None);
        }
    };
    let mut unresolved = None;
    for a in attrs.items() {
        match a.get("Key") {
            Lookup::Set(k) if k.as_str() == Some(KEY) => {
                return match a.get("Value") {
                    Lookup::Set(v) => match v.as_bool() {
                        Some(true) => Outcome::pass("access logs are written to S3")
                            .l10n("elb-access-logs-enabled", &[])
                            .at("LoadBalancerAttributes", v.location.as_ref()),
                        Some(false) => Outcome::fail(
                            "access_logs.s3.enabled is false: requests are not logged",
                        )
                        .l10n("elb-access-logs-disabled", &[])
                        .at("LoadBalancerAttributes", v.location.as_ref()),
                        None => crate::outcome::path_unknown(KEY, v)
                            .at("LoadBalancerAttributes", v.location.as_ref()),
                    },
                    Lookup::Unknown(v) => crate::outcome::path_unknown(KEY, v)
                        .at("LoadBalancerAttributes", v.location.as_ref()),
                    Lookup::Absent => Outcome::unknown(format!("{KEY} has no value"))
                        .l10n("elb-access-logs-no-value", &[("key", KEY)])
                        .at("LoadBalancerAttributes", a.location.as_ref()),
                };
            }
            Lookup::Set(k) if k.as_str().is_none() => unresolved = Some(k),
            Lookup::Unknown(k) => unresolved = Some(k),
            _ => {}
        }
    }
    match unresolved {
        Some(k) => with_reason(
            Outcome::unknown(format!("an attribute key {}", crate::unknown_reason(k))),
            k,
            "elb-access-logs-key-unreadable",
            &[],
        )
        .at("LoadBalancerAttributes", k.location.as_ref()),
        None => Outcome::fail("access logs are not enabled (no access_logs.s3.enabled attribute)")
            .l10n("elb-access-logs-no-attribute", &[])
            .at("LoadBalancerAttributes", attrs.location.as_ref()),
    }
}
