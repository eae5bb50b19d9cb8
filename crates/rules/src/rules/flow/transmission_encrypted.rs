//! Every hop that carries PHI from one resource to another is encrypted in transit.
use crate::ScanOutcome;
use crate::judge::reference::with_reason;
use crate::prelude::*;
use phiguard_flow::{Hop, Mechanism};
use phiguard_model::EdgeKind;

pub static RULE: Rule = Rule {
    id: "flow-transmission-encrypted",
    title: "Every hop that carries PHI between resources is encrypted in transit",
    severity: Severity::Critical,
    service: "General",
    section: "Encryption and protection of PHI in AWS",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &[
        "GEN-ENCRYPT-PHI-IN-TRANSIT",
        "SNS-HTTPS-ENDPOINT",
        "ELB-FRONTEND-TLS",
        "ELB-BACKEND-TLS",
        "CLOUDFRONT-ORIGIN-HTTPS",
    ],
    kinds: &[],
    phi_only: false,
    rationale: "The whitepaper requires PHI to be encrypted whenever it is transmitted, \
following the HHS Guidance (TLS/HTTPS or IPsec). phiguard follows PHI from where it is stored \
along every data flow the templates declare and checks each hop: AWS service-to-service API \
calls use TLS, but an SNS subscription, a load balancer listener or target group, a CloudFront \
origin, an API Gateway HTTP integration or a Firehose HTTP endpoint can be configured to send \
PHI in clear text. The finding sits on the resource whose configuration decides the hop (the \
subscription for SNS delivery, the listener, the target group, the distribution's origin).",
    remediation: "Use HTTPS for the hop: an SNS subscription with `Protocol: https` (Terraform \
`protocol = \"https\"`); listeners and target groups with `Protocol: HTTPS` or `TLS` (Terraform \
`protocol`), or an HTTP listener whose default action redirects to HTTPS; CloudFront origins with \
`OriginProtocolPolicy: https-only` and S3 origins behind `ViewerProtocolPolicy: https-only` or \
`redirect-to-https` (Terraform `origin_protocol_policy`, `viewer_protocol_policy`); `https://` \
URLs for API Gateway HTTP integrations (`Integration.Uri`, `IntegrationUri`; Terraform `uri`, \
`integration_uri`) and Firehose HTTP endpoint destinations (`EndpointConfiguration.Url`; \
Terraform `http_endpoint_configuration.url`).",
    check: Check::Scan(check),
};

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    let mut out: Vec<ScanOutcome> = Vec::new();
    // Hops between AWS services: API calls over HTTPS.
    for e in g.edges().iter().filter(|e| e.kind == EdgeKind::DataFlow) {
        let from = g.resource(e.from);
        if !ctx.phi.holds(from) || Mechanism::of(&e.via).is_none_or(|m| m.hop() != Hop::ServiceApi)
        {
            continue;
        }
        let to = g.resource(e.to);
        let (from_label, to_label) = (label(from), label(to));
        let o = Outcome::pass(format!(
            "PHI moves from {from_label} to {to_label} by {}, an AWS API call over HTTPS",
            e.via
        ))
        .l10n(
            "flow-service-api",
            &[("from", &from_label), ("to", &to_label), ("via", &e.via)],
        );
        // A service outside the scan: the sender's configuration declares the hop.
        out.push(if phiguard_flow::is_external(to) {
            let location = phiguard_flow::hop_location(to, from.id).cloned();
            (Some(from.id), Outcome { location, ..o })
        } else {
            (Some(e.to), o)
        });
    }
    // Hops whose configuration decides: judged on the resource that configures them.
    for (kind, judge) in JUDGES {
        for r in g.of_kind(kind).filter(|r| ctx.phi.holds(r)) {
            out.extend(judge(ctx, r).into_iter().map(|o| (Some(r.id), o)));
        }
    }
    out
}

type Judge = fn(&Ctx, &Resource) -> Vec<Outcome>;

const JUDGES: &[(&str, Judge)] = &[
    ("AWS::SNS::Subscription", sns_subscription),
    ("AWS::SNS::Topic", sns_inline_subscriptions),
    ("AWS::ElasticLoadBalancingV2::TargetGroup", target_group),
    ("AWS::ElasticLoadBalancingV2::Listener", listener),
    ("AWS::ApiGateway::Method", rest_method),
    ("AWS::ApiGatewayV2::Integration", http_api_integration),
    ("AWS::ApiGateway::RestApi", openapi_body),
    ("AWS::ApiGatewayV2::Api", openapi_body),
    ("AWS::KinesisFirehose::DeliveryStream", firehose_endpoints),
    ("AWS::CloudFront::Distribution", cloudfront_origins),
];

fn label(r: &Resource) -> String {
    format!("{} {}", r.short_kind(), r.name)
}

/// What configures a hop (`target group Claims`), in English and as the arguments of the
/// Fluent message `flow-hop`, which selects its wording by `hop`.
struct What {
    text: String,
    args: Vec<(&'static str, String)>,
}

impl What {
    /// `hop` is the kind of part; `args` name it (`name`, and `index`, `path` or
    /// `origin` for the parts of a resource).
    fn new(text: String, hop: &str, args: &[(&'static str, &str)]) -> Self {
        let mut all = vec![("hop", hop.to_string())];
        all.extend(args.iter().map(|(k, v)| (*k, v.to_string())));
        Self { text, args: all }
    }

    /// Says `o` as message `id` (which names this part with `{ flow-hop }`), with `extra`.
    fn said(&self, o: Outcome, id: &'static str, extra: &[(&'static str, &str)]) -> Outcome {
        let mut args: Vec<(&'static str, &str)> =
            self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        args.extend_from_slice(extra);
        o.l10n(id, &args)
    }

    /// "`what`: `path` cannot be read because …", said as `flow-unreadable` (`path` is its
    /// `property`: the hop of an API has a `path` of its own).
    fn unreadable(&self, path: &str, v: &Node) -> Outcome {
        let o = Outcome::unknown(format!("{self}: {path} {}", crate::unknown_reason(v)));
        let args: Vec<(&'static str, &str)> = self
            .args
            .iter()
            .map(|(k, v)| (*k, v.as_str()))
            .chain([("property", path)])
            .collect();
        with_reason(o, v, "flow-unreadable", &args)
    }
}

impl std::fmt::Display for What {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The string at `path`; `Err` with the value when it is not a literal string.
fn text<'a>(n: &'a Node, path: &str) -> Result<Option<&'a str>, &'a Node> {
    match n.get(path) {
        Lookup::Absent => Ok(None),
        Lookup::Set(v) => v.as_str().map(Some).ok_or(v),
        Lookup::Unknown(v) => Err(v),
    }
}

/// Judges a URL PHI is sent to.
fn url(what: &What, path: &str, node: &Node) -> Outcome {
    match text(node, path) {
        Ok(Some(u))
            if u.get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("http://")) =>
        {
            what.said(
                Outcome::fail(format!("{what} sends PHI to {u} over plain HTTP")),
                "flow-url-http",
                &[("url", u)],
            )
        }
        Ok(Some(u))
            if u.get(..8)
                .is_some_and(|p| p.eq_ignore_ascii_case("https://")) =>
        {
            what.said(
                Outcome::pass(format!("{what} sends PHI to {u} over HTTPS")),
                "flow-url-https",
                &[("url", u)],
            )
        }
        Ok(Some(u)) => what.said(
            Outcome::unknown(format!(
                "{what} sends PHI to '{u}', which is not an http:// or https:// URL"
            )),
            "flow-url-other",
            &[("url", u)],
        ),
        Ok(None) => what.said(
            Outcome::unknown(format!("{what} names no URL")),
            "flow-url-none",
            &[],
        ),
        Err(v) => return what.unreadable(path, v).at(path, v.location.as_ref()),
    }
    .at_lookup(path, node.get(path))
}

/// SNS delivery by protocol.
fn sns_delivery(what: &What, sub: &Node) -> Outcome {
    let endpoint = sub.get("Endpoint").node().and_then(Node::as_str);
    let out = match text(sub, "Protocol") {
        Ok(Some(proto)) => match proto.to_ascii_lowercase().as_str() {
            "http" => match endpoint {
                Some(endpoint) => what.said(
                    Outcome::fail(format!(
                        "{what} delivers PHI to {endpoint} over plain HTTP"
                    )),
                    "flow-sns-http",
                    &[("endpoint", endpoint)],
                ),
                None => what.said(
                    Outcome::fail(format!(
                        "{what} delivers PHI to its endpoint over plain HTTP"
                    )),
                    "flow-sns-http-no-endpoint",
                    &[],
                ),
            },
            "https" => what.said(
                Outcome::pass(format!("{what} delivers PHI over HTTPS")),
                "flow-sns-https",
                &[],
            ),
            "lambda" | "sqs" | "firehose" | "application" => what.said(
                Outcome::pass(format!(
                    "{what} delivers PHI to {proto} inside AWS over TLS"
                )),
                "flow-sns-aws",
                &[("protocol", proto)],
            ),
            "email" | "email-json" | "sms" => what.said(
                Outcome::unknown(format!(
                    "{what} delivers PHI by {proto}; whether it is encrypted on the way depends on the \
receiving mail server or phone carrier, not on this configuration"
                )),
                "flow-sns-message",
                &[("protocol", proto)],
            ),
            other => what.said(
                Outcome::unknown(format!("{what} uses protocol '{other}'")),
                "flow-protocol-other",
                &[("protocol", other)],
            ),
        },
        Ok(None) => what.said(
            Outcome::unknown(format!("{what} declares no protocol")),
            "flow-protocol-none",
            &[],
        ),
        Err(v) => return what.unreadable("Protocol", v).at("Protocol", v.location.as_ref()),
    };
    out.at_lookup("Protocol", sub.get("Protocol"))
}

fn sns_subscription(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    vec![sns_delivery(
        &What::new(
            format!("subscription {}", r.name),
            "subscription",
            &[("name", &r.name)],
        ),
        &r.attributes,
    )]
}

fn sns_inline_subscriptions(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    let subs = r
        .get("Subscription")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    subs.iter()
        .enumerate()
        .map(|(i, s)| {
            let what = What::new(
                format!("subscription {i} of topic {}", r.name),
                "topic-subscription",
                &[("index", &i.to_string()), ("name", &r.name)],
            );
            let o = sns_delivery(&what, s);
            Outcome {
                path: Some(format!("Subscription.{i}.Protocol")),
                ..o
            }
        })
        .collect()
}

/// The listeners forwarding to a target group.
fn listeners_of<'g>(ctx: &Ctx<'g>, tg: &Resource) -> Vec<&'g Resource> {
    ctx.graph
        .incoming(tg.id)
        .filter(|e| Mechanism::of(&e.via) == Some(Mechanism::LoadBalancerForward))
        .map(|e| ctx.graph.resource(e.from))
        .filter(|l| l.kind == "AWS::ElasticLoadBalancingV2::Listener")
        .collect()
}

fn target_group(ctx: &Ctx, r: &Resource) -> Vec<Outcome> {
    let what = What::new(
        format!("target group {}", r.name),
        "target-group",
        &[("name", &r.name)],
    );
    if r.get("TargetType").node().and_then(Node::as_str) == Some("lambda") {
        return vec![
            what.said(
                Outcome::pass(format!(
                    "{what} invokes Lambda functions through the Lambda API over TLS"
                )),
                "flow-target-group-lambda",
                &[],
            )
            .at_lookup("TargetType", r.get("TargetType")),
        ];
    }
    let o = match text(&r.attributes, "Protocol") {
        Ok(Some(p)) => match p.to_ascii_uppercase().as_str() {
            "HTTPS" | "TLS" => what.said(
                Outcome::pass(format!("{what} connects to its targets with {p}")),
                "flow-target-group-tls",
                &[("protocol", p)],
            ),
            "HTTP" => what.said(
                Outcome::fail(format!("{what} sends PHI to its targets over plain HTTP")),
                "flow-target-group-http",
                &[],
            ),
            "TCP" | "TCP_UDP" | "UDP" => {
                let tls_listener = listeners_of(ctx, r).into_iter().find(|l| {
                    l.get("Protocol")
                        .node()
                        .and_then(Node::as_str)
                        .is_some_and(|p| p.eq_ignore_ascii_case("TLS"))
                });
                match tls_listener {
                    Some(l) => what.said(
                        Outcome::fail(format!(
                            "listener {} ends TLS and {what} forwards PHI to its targets over plain {p}",
                            l.name
                        )),
                        "flow-target-group-behind-tls",
                        &[("listener", &l.name), ("protocol", p)],
                    ),
                    None => what.said(
                        Outcome::unknown(format!(
                            "{what} passes {p} through; the hop is encrypted only if the targets speak TLS"
                        )),
                        "flow-target-group-pass-through",
                        &[("protocol", p)],
                    ),
                }
            }
            _ => what.said(
                Outcome::unknown(format!("{what} uses protocol '{p}'")),
                "flow-protocol-other",
                &[("protocol", p)],
            ),
        },
        Ok(None) => what.said(
            Outcome::unknown(format!("{what} declares no protocol")),
            "flow-protocol-none",
            &[],
        ),
        Err(v) => {
            return vec![
                what.unreadable("Protocol", v)
                    .at("Protocol", v.location.as_ref()),
            ];
        }
    };
    vec![o.at_lookup("Protocol", r.get("Protocol"))]
}

fn listener(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    let what = What::new(
        format!("listener {}", r.name),
        "listener",
        &[("name", &r.name)],
    );
    let o = match text(&r.attributes, "Protocol") {
        Ok(Some(p)) => match p.to_ascii_uppercase().as_str() {
            "HTTPS" | "TLS" => what.said(
                Outcome::pass(format!("{what} accepts connections with {p}")),
                "flow-listener-tls",
                &[("protocol", p)],
            ),
            "HTTP" => {
                let actions = r
                    .get("DefaultActions")
                    .node()
                    .map(Node::items)
                    .unwrap_or_default();
                let redirects = !actions.is_empty()
                    && actions.iter().all(|a| {
                        a.get("Type").node().and_then(Node::as_str) == Some("redirect")
                            && a.get("RedirectConfig.Protocol")
                                .node()
                                .and_then(Node::as_str)
                                == Some("HTTPS")
                    });
                if redirects {
                    what.said(
                        Outcome::pass(format!("{what} redirects HTTP to HTTPS")),
                        "flow-listener-redirects",
                        &[],
                    )
                } else {
                    what.said(
                        Outcome::fail(format!(
                            "{what} carries PHI to and from clients over plain HTTP"
                        )),
                        "flow-listener-http",
                        &[],
                    )
                }
            }
            "TCP" | "TCP_UDP" | "UDP" => what.said(
                Outcome::unknown(format!(
                    "{what} passes {p} through; the hop is encrypted only if clients and targets speak TLS"
                )),
                "flow-listener-pass-through",
                &[("protocol", p)],
            ),
            _ => what.said(
                Outcome::unknown(format!("{what} uses protocol '{p}'")),
                "flow-protocol-other",
                &[("protocol", p)],
            ),
        },
        Ok(None) => what.said(
            Outcome::unknown(format!("{what} declares no protocol")),
            "flow-protocol-none",
            &[],
        ),
        Err(v) => {
            return vec![what.unreadable("Protocol", v).at("Protocol", v.location.as_ref())];
        }
    };
    vec![o.at_lookup("Protocol", r.get("Protocol"))]
}

/// An HTTP integration (`HTTP`, `HTTP_PROXY`) judged by its URL.
fn integration(what: &What, node: &Node, type_path: &str, uri_path: &str) -> Option<Outcome> {
    let ty = match text(node, type_path) {
        Ok(t) => t.unwrap_or("").to_ascii_uppercase(),
        Err(v) => {
            return Some(
                what.unreadable(type_path, v)
                    .at(type_path, v.location.as_ref()),
            );
        }
    };
    match ty.as_str() {
        "HTTP" | "HTTP_PROXY" => Some(url(what, uri_path, node)),
        // AWS and AWS_PROXY integrations are data-flow edges to the service: API calls.
        _ => None,
    }
}

fn rest_method(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    integration(
        &What::new(format!("method {}", r.name), "method", &[("name", &r.name)]),
        &r.attributes,
        "Integration.Type",
        "Integration.Uri",
    )
    .into_iter()
    .collect()
}

fn http_api_integration(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    let what = What::new(
        format!("integration {}", r.name),
        "integration",
        &[("name", &r.name)],
    );
    if r.get("ConnectionType").node().and_then(Node::as_str) == Some("VPC_LINK") {
        return vec![if r.get("TlsConfig.ServerNameToVerify").is_absent() {
            what.said(
                Outcome::unknown(format!(
                    "{what} is private; without TlsConfig it uses the protocol of the listener it names"
                )),
                "flow-integration-private",
                &[],
            )
            .at_lookup("ConnectionType", r.get("ConnectionType"))
        } else {
            what.said(
                Outcome::pass(format!("{what} uses TLS to its private target")),
                "flow-integration-private-tls",
                &[],
            )
            .at_lookup("TlsConfig", r.get("TlsConfig"))
        }];
    }
    integration(&what, &r.attributes, "IntegrationType", "IntegrationUri")
        .into_iter()
        .collect()
}

/// HTTP integrations in an OpenAPI body (`x-amazon-apigateway-integration`).
fn openapi_body(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    fn walk<'a>(n: &'a Node, path: &str, out: &mut Vec<(String, &'a Node)>) {
        for (k, v) in n.entries() {
            let p = format!("{path}.{k}");
            if k == "x-amazon-apigateway-integration" {
                out.push((p, v));
            } else {
                walk(v, &p, out);
            }
        }
    }
    let mut found = Vec::new();
    for body in ["Body", "DefinitionBody"] {
        if let Some(b) = r.get(body).node() {
            walk(b, body, &mut found);
        }
    }
    found
        .into_iter()
        .filter_map(|(path, i)| {
            let what = What::new(
                format!("API {} ({path})", r.name),
                "api",
                &[("name", &r.name), ("path", &path)],
            );
            let o = integration(&what, i, "type", "uri")?;
            Some(Outcome {
                path: Some(format!("{path}.uri")),
                ..o
            })
        })
        .collect()
}

fn firehose_endpoints(_: &Ctx, r: &Resource) -> Vec<Outcome> {
    let mut out = Vec::new();
    let what = What::new(
        format!("delivery stream {}", r.name),
        "delivery-stream",
        &[("name", &r.name)],
    );
    for path in [
        "HttpEndpointDestinationConfiguration.EndpointConfiguration.Url",
        "SplunkDestinationConfiguration.HECEndpoint",
    ] {
        if !r.get(path).is_absent() {
            let mut o = url(&what, path, &r.attributes);
            if o.verdict == crate::Verdict::Fail && path.starts_with("HttpEndpoint") {
                // The Firehose API takes only https:// URLs, so this also fails to deploy.
                o.message
                    .push_str(" (Firehose accepts only https:// endpoint URLs)");
                if let Some(parts) = &mut o.l10n {
                    parts[0].id = "flow-url-http-firehose";
                }
            }
            out.push(o);
        }
    }
    out
}

/// CloudFront origins serving PHI: an S3 origin is fetched with the viewer's protocol; a
/// custom origin (or a VPC origin) with its OriginProtocolPolicy (match-viewer: the
/// viewer's).
fn cloudfront_origins(ctx: &Ctx, r: &Resource) -> Vec<Outcome> {
    let origins = r
        .get("DistributionConfig.Origins")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    // Origins that serve PHI: those whose resource holds it (all of them when the
    // distribution itself is marked).
    let phi_origin_ids: Vec<&str> = ctx
        .graph
        .incoming(r.id)
        .filter(|e| {
            Mechanism::of(&e.via) == Some(Mechanism::CloudFrontOrigin)
                && ctx.phi.holds(ctx.graph.resource(e.from))
        })
        .filter_map(|e| e.via.split_once(": ").map(|(_, id)| id))
        .collect();
    let all = ctx.phi.is_source(r.id);
    let mut out = Vec::new();
    for (i, o) in origins.iter().enumerate() {
        let id = o.get("Id").node().and_then(Node::as_str).unwrap_or("");
        if !all && !phi_origin_ids.contains(&id) {
            continue;
        }
        let what = What::new(
            format!("origin '{id}' of distribution {}", r.name),
            "origin",
            &[("origin", id), ("name", &r.name)],
        );
        let (holder, path, shown) = if !o.get("CustomOriginConfig").is_absent() {
            (
                o,
                "CustomOriginConfig.OriginProtocolPolicy",
                format!("DistributionConfig.Origins.{i}.CustomOriginConfig.OriginProtocolPolicy"),
            )
        } else if let Some(v) = o.get("VpcOriginConfig.VpcOriginId").node() {
            match ctx.graph.target_of(r, v) {
                Some(vpc) => (
                    &vpc.attributes,
                    "VpcOriginEndpointConfig.OriginProtocolPolicy",
                    format!("VPC origin {}", vpc.name),
                ),
                None => {
                    out.push(
                        what.said(
                            Outcome::unknown(format!("{what} is a VPC origin defined elsewhere; its protocol policy is not visible here")),
                            "flow-origin-vpc-outside",
                            &[],
                        )
                        .at_lookup(&format!("DistributionConfig.Origins.{i}.VpcOriginConfig"), o.get("VpcOriginConfig")),
                    );
                    continue;
                }
            }
        } else {
            out.extend(viewer_protocol(r, id, &what, Fetch::S3));
            continue;
        };
        let at = |o: Outcome| o.at_lookup(&shown, holder.get(path));
        match text(holder, path) {
            Ok(Some("https-only")) => out.push(at(what.said(
                Outcome::pass(format!("{what} is fetched over HTTPS only")),
                "flow-origin-https",
                &[],
            ))),
            Ok(Some("http-only")) => out.push(at(what.said(
                Outcome::fail(format!("{what} is fetched over plain HTTP")),
                "flow-origin-http",
                &[],
            ))),
            Ok(Some("match-viewer")) => {
                out.extend(viewer_protocol(r, id, &what, Fetch::MatchViewer));
            }
            Ok(Some(other)) => out.push(at(what.said(
                Outcome::unknown(format!("{what} uses OriginProtocolPolicy '{other}'")),
                "flow-origin-policy-other",
                &[("policy", other)],
            ))),
            Ok(None) => out.push(at(what.said(
                Outcome::unknown(format!("{what} declares no OriginProtocolPolicy")),
                "flow-origin-policy-none",
                &[],
            ))),
            Err(v) => out.push(
                what.unreadable("OriginProtocolPolicy", v)
                    .at(&shown, v.location.as_ref()),
            ),
        }
    }
    out
}

/// Why an origin is fetched with the viewer's protocol.
#[derive(Clone, Copy)]
enum Fetch {
    /// An S3 origin.
    S3,
    /// A custom origin with `OriginProtocolPolicy: match-viewer`.
    MatchViewer,
}

impl Fetch {
    /// The English clause, and the `fetch` argument that selects it in Fluent.
    fn said(self) -> (&'static str, &'static str) {
        match self {
            Fetch::S3 => ("S3 origins are fetched with the viewer's protocol", "s3"),
            Fetch::MatchViewer => (
                "the origin is fetched with the viewer's protocol (match-viewer)",
                "match-viewer",
            ),
        }
    }
}

/// The hop to an origin that uses the viewer's protocol: HTTPS only if every cache
/// behavior routed to it (directly or through an origin group) keeps viewers on HTTPS.
/// `None` when no behavior routes to the origin (no traffic, no hop).
fn viewer_protocol(r: &Resource, origin: &str, what: &What, fetch: Fetch) -> Option<Outcome> {
    let (why, fetch) = fetch.said();
    let mut targets = vec![origin];
    for g in r
        .get("DistributionConfig.OriginGroups.Items")
        .node()
        .map(Node::items)
        .unwrap_or_default()
    {
        let members = g
            .get("Members.Items")
            .node()
            .map(Node::items)
            .unwrap_or_default();
        if members
            .iter()
            .any(|m| m.get("OriginId").node().and_then(Node::as_str) == Some(origin))
            && let Some(gid) = g.get("Id").node().and_then(Node::as_str)
        {
            targets.push(gid);
        }
    }
    let mut behaviors: Vec<(String, &Node)> = Vec::new();
    if let Some(d) = r.get("DistributionConfig.DefaultCacheBehavior").node() {
        behaviors.push(("DistributionConfig.DefaultCacheBehavior".into(), d));
    }
    for (i, b) in r
        .get("DistributionConfig.CacheBehaviors")
        .node()
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        behaviors.push((format!("DistributionConfig.CacheBehaviors.{i}"), b));
    }
    let mut routed = false;
    let mut unknown = None;
    for (path, b) in behaviors {
        let target = b.get("TargetOriginId").node().and_then(Node::as_str);
        if !target.is_some_and(|t| targets.contains(&t)) {
            continue;
        }
        routed = true;
        let p = format!("{path}.ViewerProtocolPolicy");
        match text(b, "ViewerProtocolPolicy") {
            Ok(Some("allow-all")) => {
                return Some(
                    what.said(
                        Outcome::fail(format!(
                            "{what} serves PHI to a behavior that allows HTTP viewers, and {why}, so PHI can travel over plain HTTP"
                        )),
                        "flow-origin-viewer-http",
                        &[("fetch", fetch)],
                    )
                    .at_lookup(&p, b.get("ViewerProtocolPolicy")),
                );
            }
            Ok(Some("https-only" | "redirect-to-https")) => {}
            Ok(Some(other)) => {
                unknown.get_or_insert_with(|| {
                    what.said(
                        Outcome::unknown(format!("{what}: ViewerProtocolPolicy {other}")),
                        "flow-origin-viewer-policy",
                        &[("policy", other)],
                    )
                    .at_lookup(&p, b.get("ViewerProtocolPolicy"))
                });
            }
            Ok(None) => {
                unknown.get_or_insert_with(|| {
                    what.said(
                        Outcome::unknown(format!("{what}: ViewerProtocolPolicy is not set")),
                        "flow-origin-viewer-policy-none",
                        &[],
                    )
                    .at_lookup(&p, b.get("ViewerProtocolPolicy"))
                });
            }
            Err(v) => {
                unknown.get_or_insert_with(|| {
                    what.unreadable("ViewerProtocolPolicy", v)
                        .at("Protocol", v.location.as_ref())
                });
            }
        }
    }
    if !routed {
        return None;
    }
    Some(unknown.unwrap_or_else(|| {
        what.said(
            Outcome::pass(format!(
                "{what}: {why}, and every behavior routed to it keeps viewers on HTTPS"
            )),
            "flow-origin-viewer-https",
            &[("fetch", fetch)],
        )
        .at("DistributionConfig.Origins", None)
    }))
}
