//! Resources behind WAF still encrypt PHI in transit.
use crate::judge::reference::{Pointee, resolve};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "waf-protected-resource-https",
    title: "Load balancers and CloudFront distributions protected by WAF still serve PHI only over HTTPS",
    severity: Severity::Medium,
    service: "AWS WAF",
    section: "AWS WAF – Web Application Firewall",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["WAF-TRAFFIC-STILL-ENCRYPTED"],
    kinds: &[
        "AWS::WAFv2::WebACLAssociation",
        "AWS::CloudFront::Distribution",
    ],
    phi_only: false,
    rationale: "A web ACL filters requests; it does not encrypt them. The whitepaper reminds that \
PHI traffic to a WAF-protected application must still be encrypted in transit per the EC2 and ELB \
guidance. For each association with a load balancer in the scan, every HTTP listener must \
redirect to HTTPS; for distributions with a web ACL, viewers must be redirected to HTTPS and \
custom origins reached over HTTPS. API Gateway, AppSync and Cognito endpoints are HTTPS-only. \
Redaction of PHI-bearing fields in WAF logs cannot be judged from names.",
    remediation: "Give the load balancer an HTTPS listener and make its HTTP listeners redirect to \
HTTPS; on the distribution set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) and \
`OriginProtocolPolicy: https-only`. In Terraform, `aws_lb_listener` with a redirect \
`default_action`, and `viewer_protocol_policy` / `origin_protocol_policy` on \
`aws_cloudfront_distribution`. Add `RedactedFields` to the web ACL's logging configuration for \
headers that carry PHI.",
    check: Check::Resource(check),
};

const HTTPS_ONLY: &[&str] = &[
    ":apigateway:",
    ":appsync:",
    ":cognito-idp:",
    ":apprunner:",
    ":verified-access",
];

fn load_balancer(
    ctx: &Ctx,
    lb: &Resource,
    at: &str,
    loc: Option<&phiguard_model::Location>,
) -> Outcome {
    let listeners: Vec<&Resource> = ctx
        .graph
        .referrers(lb.id, "AWS::ElasticLoadBalancingV2::Listener")
        .collect();
    if listeners.is_empty() {
        return Outcome::unknown(format!("no listener of '{}' is in this scan", lb.name))
            .l10n("waf-lb-no-listener", &[("lb", &lb.name)])
            .at(at, loc);
    }
    for l in &listeners {
        let proto = match string_attr(l, "Protocol") {
            Ok(Some((p, _))) => p.to_ascii_uppercase(),
            Ok(None) => {
                return Outcome::unknown(format!("listener '{}' has no protocol", l.name))
                    .l10n("waf-listener-no-protocol", &[("listener", &l.name)])
                    .at(at, loc);
            }
            Err(_) => {
                return Outcome::unknown(format!(
                    "the protocol of listener '{}' is not resolvable",
                    l.name
                ))
                .l10n(
                    "waf-listener-protocol-unresolvable",
                    &[("listener", &l.name)],
                )
                .at(at, loc);
            }
        };
        if proto != "HTTP" {
            continue;
        }
        let redirects = l.get("DefaultActions").node().is_some_and(|a| {
            !a.items().is_empty()
                && a.items().iter().all(|act| {
                    act.get("Type").node().and_then(Node::as_str) == Some("redirect")
                        && act
                            .get("RedirectConfig.Protocol")
                            .node()
                            .and_then(Node::as_str)
                            == Some("HTTPS")
                })
        });
        if !redirects {
            return Outcome::fail(format!(
                "'{}' has HTTP listener '{}' that serves traffic without redirecting to HTTPS",
                lb.name, l.name
            ))
            .l10n(
                "waf-lb-http-listener",
                &[("lb", &lb.name), ("listener", &l.name)],
            )
            .at(at, loc);
        }
    }
    Outcome::pass(format!(
        "'{}' serves only HTTPS (HTTP listeners redirect)",
        lb.name
    ))
    .l10n("waf-lb-https-only", &[("lb", &lb.name)])
    .at(at, loc)
}

fn distribution(r: &Resource) -> Outcome {
    const ACL: &str = "DistributionConfig.WebACLId";
    if r.get(ACL).is_absent() {
        return Outcome::not_applicable("no web ACL is attached").l10n("waf-no-acl", &[]);
    }
    let mut behaviors = vec![(
        "DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy".to_string(),
        r.get("DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy"),
    )];
    if let Lookup::Set(cbs) = r.get("DistributionConfig.CacheBehaviors") {
        for (i, cb) in cbs.items().iter().enumerate() {
            behaviors.push((
                format!("DistributionConfig.CacheBehaviors.{i}.ViewerProtocolPolicy"),
                cb.get("ViewerProtocolPolicy"),
            ));
        }
    }
    for (path, l) in behaviors {
        match l {
            Lookup::Set(n) => match n.as_str() {
                Some("allow-all") => return Outcome::fail(
                    "a cache behavior allows viewers to use HTTP (ViewerProtocolPolicy allow-all)",
                )
                .l10n("waf-viewer-http", &[])
                .at(&path, n.location.as_ref()),
                Some(_) => {}
                None => {
                    return crate::outcome::path_unknown("ViewerProtocolPolicy", n)
                        .at(&path, n.location.as_ref());
                }
            },
            Lookup::Unknown(n) => {
                return crate::outcome::path_unknown("ViewerProtocolPolicy", n)
                    .at(&path, n.location.as_ref());
            }
            Lookup::Absent => {}
        }
    }
    if let Lookup::Set(origins) = r.get("DistributionConfig.Origins") {
        for (i, o) in origins.items().iter().enumerate() {
            let path =
                format!("DistributionConfig.Origins.{i}.CustomOriginConfig.OriginProtocolPolicy");
            match o.get("CustomOriginConfig.OriginProtocolPolicy") {
                Lookup::Set(n) if n.as_str() == Some("http-only") => return Outcome::fail(
                    "CloudFront reaches a custom origin over HTTP (OriginProtocolPolicy http-only)",
                )
                .l10n("waf-origin-http", &[])
                .at(&path, n.location.as_ref()),
                Lookup::Set(n) if n.as_str().is_none() => {
                    return crate::outcome::path_unknown("OriginProtocolPolicy", n)
                        .at(&path, n.location.as_ref());
                }
                Lookup::Unknown(n) => {
                    return crate::outcome::path_unknown("OriginProtocolPolicy", n)
                        .at(&path, n.location.as_ref());
                }
                _ => {}
            }
        }
    }
    Outcome::pass("viewers and origins are reached over HTTPS")
        .l10n("waf-cloudfront-https", &[])
        .at(ACL, r.get(ACL).location())
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::CloudFront::Distribution" {
        return distribution(r);
    }
    const P: &str = "ResourceArn";
    let n = match written(r, P, || {
        Outcome::unknown("the association names no resource")
            .l10n("waf-no-resource", &[])
            .at(P, None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let loc = n.location.as_ref();
    if let Some(s) = n.as_str()
        && HTTPS_ONLY.iter().any(|h| s.contains(h))
    {
        return Outcome::pass("the protected endpoint accepts only HTTPS")
            .l10n("waf-endpoint-https-only", &[])
            .at(P, loc);
    }
    match resolve(
        ctx,
        r,
        n,
        &["AWS::ElasticLoadBalancingV2::LoadBalancer"],
        "-",
    ) {
        Pointee::Found(lb) => load_balancer(ctx, lb, P, loc),
        Pointee::Other(o)
            if matches!(
                o.kind.as_str(),
                "AWS::ApiGateway::Stage"
                    | "AWS::AppSync::GraphQLApi"
                    | "AWS::Cognito::UserPool"
                    | "AWS::AppRunner::Service"
            ) =>
        {
            Outcome::pass(format!("'{}' accepts only HTTPS", o.name))
                .l10n("waf-resource-https-only", &[("name", &o.name)])
                .at(P, loc)
        }
        Pointee::Other(o) => Outcome::unknown(format!(
            "the protocols of '{}' ({}) are not judged here",
            o.name, o.kind
        ))
        .l10n(
            "waf-resource-not-judged",
            &[("name", &o.name), ("kind", &o.kind)],
        )
        .at(P, loc),
        Pointee::Outside(arn) => Outcome::unknown(format!("'{arn}' is not defined in this scan"))
            .l10n("waf-resource-outside", &[("arn", &arn)])
            .at(P, loc),
        Pointee::Unresolved(why) => crate::judge::bucket::with_reason(
            Outcome::unknown(format!("the protected resource cannot be resolved: {why}"))
                .l10n("waf-resource-unresolved", &[]),
            &why,
        )
        .at(P, loc),
    }
}
