//! CloudFront reaches its origins over HTTPS.
use crate::judge::distribution::{behaviors, viewer_https};
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudfront-origin-https",
    title: "CloudFront distributions reach every origin over HTTPS",
    severity: Severity::Critical,
    service: "Amazon CloudFront",
    section: "Amazon CloudFront",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["CLOUDFRONT-ORIGIN-HTTPS"],
    kinds: &["AWS::CloudFront::Distribution"],
    phi_only: false,
    rationale: "The whitepaper requires HTTPS end to end, including CloudFront fetching from a \
custom origin and from an S3 origin. A custom origin with `OriginProtocolPolicy: http-only` \
is fetched in plain text. With `match-viewer`, and for S3 REST origins (where CloudFront \
always uses the viewer's protocol), the origin is reached over HTTPS only if every cache \
behavior that routes to it requires HTTPS from viewers. S3 website endpoints support HTTP \
only and so cannot carry PHI.",
    remediation: "Set `CustomOriginConfig.OriginProtocolPolicy: https-only` with \
`OriginSSLProtocols: [TLSv1.2]`; for S3 and match-viewer origins, make every behavior that \
targets them `redirect-to-https` or `https-only`. Terraform: \
`custom_origin_config { origin_protocol_policy = \"https-only\" origin_ssl_protocols = \
[\"TLSv1.2\"] }` in the `origin` block.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "DistributionConfig.Origins";
    let no_origins = || {
        Outcome::unknown("the distribution declares no origins")
            .l10n("cloudfront-no-origins", &[])
            .at(path, None)
    };
    let origins = match written(r, path, no_origins) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut worst = Worst::new();
    for (i, o) in origins.items().iter().enumerate() {
        worst.add(origin(ctx, r, o, &format!("{path}.{i}")));
    }
    worst.into_outcome().unwrap_or_else(no_origins)
}

fn origin(ctx: &Ctx, r: &Resource, o: &Node, path: &str) -> Outcome {
    let literal_id = o.get("Id").node().and_then(Node::as_str);
    let id = literal_id.unwrap_or(path);
    let known = literal_id.is_some();
    if let Lookup::Set(custom) = o.get("CustomOriginConfig") {
        return custom_origin(r, id, known, custom, &format!("{path}.CustomOriginConfig"));
    }
    if let Lookup::Set(s3) = o.get("S3OriginConfig") {
        return follows_viewers(r, id, known, Kind::S3, s3, path);
    }
    if !o.get("VpcOriginConfig").is_absent() {
        let vpath = format!("{path}.VpcOriginConfig");
        return match vpc_origin(ctx, r, o) {
            Some(vpc) => match vpc.get("VpcOriginEndpointConfig") {
                Lookup::Set(cfg) => custom_origin(r, id, known, cfg, &vpath),
                _ => Outcome::unknown(format!(
                    "VPC origin '{id}' has no endpoint configuration in the scan"
                ))
                .l10n("cloudfront-origin-vpc-no-endpoint", &[("origin", id)])
                .at(&vpath, o.location.as_ref()),
            },
            None => Outcome::unknown(format!(
                "VPC origin '{id}' is defined outside this scan; its origin protocol cannot be checked"
            ))
            .l10n("cloudfront-origin-vpc-outside", &[("origin", id)])
            .at(&vpath, o.location.as_ref()),
        };
    }
    Outcome::unknown(format!(
        "origin '{id}' declares neither a custom nor an S3 origin configuration"
    ))
    .l10n("cloudfront-origin-no-config", &[("origin", id)])
    .at(path, o.location.as_ref())
}

/// A custom (or VPC) origin's protocol policy.
fn custom_origin(r: &Resource, id: &str, known: bool, cfg: &Node, path: &str) -> Outcome {
    let at = format!("{path}.OriginProtocolPolicy");
    let policy = match cfg.get("OriginProtocolPolicy") {
        Lookup::Set(p) => p,
        Lookup::Unknown(p) => return crate::outcome::path_unknown(&at, p),
        Lookup::Absent => {
            return Outcome::unknown(format!("{at} is not written"))
                .l10n("cloudfront-path-not-written", &[("path", &at)])
                .at(&at, cfg.location.as_ref());
        }
    };
    match policy.as_str().map(str::to_ascii_lowercase).as_deref() {
        Some("https-only") => ssl_protocols(id, cfg, path, policy),
        Some("http-only") => Outcome::fail(format!(
            "origin '{id}' is fetched over plain HTTP (OriginProtocolPolicy: http-only)"
        ))
        .l10n("cloudfront-origin-http-only", &[("origin", id)])
        .at(&at, policy.location.as_ref()),
        Some("match-viewer") => follows_viewers(r, id, known, Kind::MatchViewer, policy, path),
        Some(other) => Outcome::unknown(format!("unrecognised OriginProtocolPolicy '{other}'"))
            .l10n("cloudfront-origin-policy-other", &[("policy", other)])
            .at(&at, policy.location.as_ref()),
        None => crate::outcome::path_unknown(&at, policy),
    }
}

/// An HTTPS-only origin must offer TLS 1.2 among its `OriginSSLProtocols`.
fn ssl_protocols(id: &str, cfg: &Node, path: &str, policy: &Node) -> Outcome {
    let at = format!("{path}.OriginSSLProtocols");
    match cfg.get("OriginSSLProtocols") {
        Lookup::Set(list) => {
            let names: Vec<&str> = list.items().iter().filter_map(Node::as_str).collect();
            if names.len() < list.items().len() {
                Outcome::unknown(format!("{at} holds values known only at deploy time"))
                    .l10n("cloudfront-origin-ssl-unresolved", &[("path", &at)])
                    .at(&at, list.location.as_ref())
            } else if names.iter().any(|p| p.eq_ignore_ascii_case("TLSv1.2")) {
                Outcome::pass(format!("origin '{id}' is fetched over HTTPS with TLS 1.2"))
                    .l10n("cloudfront-origin-tls12", &[("origin", id)])
                    .at(&at, list.location.as_ref())
            } else {
                let names = names.join(", ");
                Outcome::fail(format!(
                    "origin '{id}' is fetched over HTTPS but only with {names}, not TLS 1.2"
                ))
                .l10n(
                    "cloudfront-origin-old-tls",
                    &[("origin", id), ("protocols", &names)],
                )
                .at(&at, list.location.as_ref())
            }
        }
        Lookup::Unknown(n) => crate::outcome::path_unknown(&at, n),
        Lookup::Absent => Outcome::pass(format!("origin '{id}' is fetched over HTTPS only"))
            .l10n("cloudfront-origin-https-only", &[("origin", id)])
            .at(
                &format!("{path}.OriginProtocolPolicy"),
                policy.location.as_ref(),
            ),
    }
}

/// How an origin reached with the viewer's protocol is configured.
#[derive(Clone, Copy)]
enum Kind {
    /// An S3 origin.
    S3,
    /// A custom origin with `OriginProtocolPolicy: match-viewer`.
    MatchViewer,
}

impl Kind {
    /// The English name, and the `kind` argument that selects it in Fluent
    /// (`cloudfront-origin-kind`).
    fn said(self) -> (&'static str, &'static str) {
        match self {
            Kind::S3 => ("S3 origin", "s3"),
            Kind::MatchViewer => ("match-viewer origin", "match-viewer"),
        }
    }
}

/// An origin reached with the viewer's protocol: HTTPS only if every behavior routing
/// to it (directly or through an origin group) requires HTTPS. When every behavior
/// requires HTTPS, or the distribution has a single origin, routing need not be known.
fn follows_viewers(
    r: &Resource,
    id: &str,
    known: bool,
    kind: Kind,
    at: &Node,
    path: &str,
) -> Outcome {
    let (what, kind) = kind.said();
    let all = behaviors(r);
    let every_https = all.iter().all(|(_, b)| {
        b.as_ref()
            .is_ok_and(|b| matches!(viewer_https(b), Ok((true, _))))
    });
    if every_https && !all.is_empty() {
        return Outcome::pass(format!(
            "{what} '{id}' is reached over HTTPS: every cache behavior requires HTTPS from viewers"
        ))
        .l10n(
            "cloudfront-origin-every-behavior-https",
            &[("kind", kind), ("origin", id)],
        )
        .at(path, at.location.as_ref());
    }
    let origins = r
        .get("DistributionConfig.Origins")
        .node()
        .map_or(0, |n| n.items().len());
    let single = origins == 1
        && r.get("DistributionConfig.OriginGroups.Items")
            .node()
            .is_none_or(|g| g.items().is_empty());
    if !single && !known {
        return Outcome::unknown(format!(
            "the Id of {what} {id} is not a literal value, so the behaviors routing to it are not known"
        ))
        .l10n(
            "cloudfront-origin-id-unresolved",
            &[("kind", kind), ("origin", id)],
        )
        .at(path, at.location.as_ref());
    }
    let groups = groups_containing(r, id);
    let mut worst = Worst::new();
    let mut routed = false;
    for (bpath, b) in all {
        let b = match b {
            Ok(b) => b,
            Err(o) => {
                worst.add(o);
                continue;
            }
        };
        if !single {
            let target = match b.get("TargetOriginId") {
                Lookup::Set(t) => t.as_str(),
                Lookup::Unknown(_) => None,
                Lookup::Absent => continue,
            };
            let Some(target) = target else {
                worst.add(
                    Outcome::unknown(format!(
                        "{bpath}.TargetOriginId is not a literal value, so the behaviors routing to {what} '{id}' are not known"
                    ))
                    .l10n(
                        "cloudfront-origin-target-unresolved",
                        &[("behavior", &bpath), ("kind", kind), ("origin", id)],
                    )
                    .at(&bpath, b.location.as_ref()),
                );
                continue;
            };
            if target != id && !groups.iter().any(|g| g == target) {
                continue;
            }
        }
        routed = true;
        worst.add(match viewer_https(b) {
            Ok((true, _)) => Outcome::pass(format!(
                "{what} '{id}' is reached over HTTPS: every behavior routing to it requires HTTPS from viewers"
            ))
            .l10n(
                "cloudfront-origin-routed-https",
                &[("kind", kind), ("origin", id)],
            )
            .at(path, at.location.as_ref()),
            Ok((false, p)) => Outcome::fail(format!(
                "{what} '{id}' is fetched with the viewer's protocol, and {bpath} allows plain HTTP (allow-all)"
            ))
            .l10n(
                "cloudfront-origin-routed-http",
                &[("kind", kind), ("origin", id), ("behavior", &bpath)],
            )
            .at(&format!("{bpath}.ViewerProtocolPolicy"), p.location.as_ref()),
            Err(p) => Outcome::unknown(format!(
                "{what} '{id}': the viewer protocol policy of {bpath} cannot be resolved"
            ))
            .l10n(
                "cloudfront-origin-routed-unresolved",
                &[("kind", kind), ("origin", id), ("behavior", &bpath)],
            )
            .at(&bpath, p.and_then(|p| p.location.as_ref())),
        });
    }
    if !routed {
        worst.add(
            Outcome::pass(format!(
                "{what} '{id}' is not routed to by any cache behavior"
            ))
            .l10n(
                "cloudfront-origin-not-routed",
                &[("kind", kind), ("origin", id)],
            )
            .at(path, at.location.as_ref()),
        );
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::unknown("no behaviors")
            .l10n("cloudfront-origin-no-behaviors", &[])
            .at(path, None)
    })
}

/// Ids of the origin groups that contain origin `id`.
fn groups_containing(r: &Resource, id: &str) -> Vec<String> {
    let groups = r
        .get("DistributionConfig.OriginGroups.Items")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    groups
        .iter()
        .filter(|g| {
            g.get("Members.Items")
                .node()
                .map(Node::items)
                .unwrap_or_default()
                .iter()
                .any(|m| m.get("OriginId").node().and_then(Node::as_str) == Some(id))
        })
        .filter_map(|g| {
            g.get("Id")
                .node()
                .and_then(Node::as_str)
                .map(str::to_string)
        })
        .collect()
}

/// The `AWS::CloudFront::VpcOrigin` an origin entry names, when it is in the scan.
fn vpc_origin<'a>(ctx: &Ctx<'a>, r: &'a Resource, o: &Node) -> Option<&'a Resource> {
    match &o.get("VpcOriginConfig.VpcOriginId").node()?.value {
        Value::Ref { target, .. } => ctx
            .graph
            .by_name(r.unit, target)
            .filter(|v| v.kind == "AWS::CloudFront::VpcOrigin"),
        _ => None,
    }
}
