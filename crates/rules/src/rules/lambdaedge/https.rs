//! CloudFront behaviors that run Lambda@Edge use HTTPS on both sides.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "lambdaedge-https",
    title: "CloudFront behaviors with Lambda@Edge functions require HTTPS to viewers and origins",
    severity: Severity::High,
    service: "Lambda@Edge",
    section: "Lambda@Edge",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["LAMBDAEDGE-FOLLOW-CLOUDFRONT"],
    kinds: &["AWS::CloudFront::Distribution"],
    phi_only: false,
    rationale: "When Lambda@Edge handles PHI, the CloudFront guidance applies and all connections into \
and out of the function must use HTTPS. For a cache behavior with LambdaFunctionAssociations, \
viewers must be redirected to or limited to HTTPS, and the behavior's origin must be reached over \
HTTPS (https-only, or match-viewer with HTTPS viewers). Outbound calls from the function's code need \
a code review.",
    remediation: "On every behavior with `LambdaFunctionAssociations`, set `ViewerProtocolPolicy` to \
`redirect-to-https` or `https-only`, and set `CustomOriginConfig.OriginProtocolPolicy: https-only` \
on its origin in `AWS::CloudFront::Distribution`; in Terraform, `viewer_protocol_policy` in the \
cache behavior and `origin_protocol_policy` in `custom_origin_config` of \
`aws_cloudfront_distribution`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let cfg = "DistributionConfig";
    let mut behaviors: Vec<(String, &Node)> = Vec::new();
    if let Some(d) = r.get(&format!("{cfg}.DefaultCacheBehavior")).node() {
        behaviors.push((format!("{cfg}.DefaultCacheBehavior"), d));
    }
    for (i, b) in r
        .get(&format!("{cfg}.CacheBehaviors"))
        .node()
        .map(Node::items)
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        behaviors.push((format!("{cfg}.CacheBehaviors.{i}"), b));
    }
    let origins = r
        .get(&format!("{cfg}.Origins"))
        .node()
        .map(Node::items)
        .unwrap_or_default();
    let mut judged = 0;
    let mut unknown = None;
    for (path, b) in behaviors {
        let assoc = b.get("LambdaFunctionAssociations");
        if assoc.is_absent()
            || assoc
                .node()
                .is_some_and(|n| n.items().is_empty() && matches!(n.value, Value::List(_)))
        {
            continue;
        }
        judged += 1;
        let vpp = format!("{path}.ViewerProtocolPolicy");
        let viewer = match b.get("ViewerProtocolPolicy") {
            Lookup::Set(n) => match n.as_str() {
                Some("allow-all") => {
                    return Outcome::fail(
                        "a behavior that runs Lambda@Edge allows viewers over plain HTTP",
                    )
                    .l10n("lambdaedge-https-viewer-http", &[])
                    .at(&vpp, n.location.as_ref());
                }
                Some(v) => v.to_string(),
                None => {
                    unknown.get_or_insert(crate::outcome::path_unknown(&vpp, n));
                    continue;
                }
            },
            Lookup::Unknown(n) => {
                unknown.get_or_insert(crate::outcome::path_unknown(&vpp, n));
                continue;
            }
            Lookup::Absent => {
                return Outcome::fail(
                    "a behavior that runs Lambda@Edge has no ViewerProtocolPolicy",
                )
                .l10n("lambdaedge-https-viewer-absent", &[])
                .at(&vpp, b.location.as_ref());
            }
        };
        let target = b.get("TargetOriginId").node().map(|n| &n.value);
        let Some(origin) = origins
            .iter()
            .find(|o| target.is_some() && o.get("Id").node().map(|n| &n.value) == target)
        else {
            let p = format!("{path}.TargetOriginId");
            unknown.get_or_insert(
                Outcome::unknown(format!("{p} names no origin of the distribution"))
                    .l10n("lambdaedge-https-no-origin", &[("path", &p)])
                    .at(&p, b.location.as_ref()),
            );
            continue;
        };
        match origin.get("CustomOriginConfig.OriginProtocolPolicy") {
            Lookup::Set(n) => match n.as_str() {
                Some("http-only") => {
                    return Outcome::fail(format!("the origin of a behavior that runs Lambda@Edge is reached over HTTP (http-only); viewers use {viewer}"))
                        .l10n("lambdaedge-https-origin-http", &[("policy", &viewer)])
                        .at(&format!("{path}.TargetOriginId"), n.location.as_ref());
                }
                Some(_) => {}
                None => {
                    unknown.get_or_insert(crate::outcome::path_unknown(
                        &format!("{path}.TargetOriginId"),
                        n,
                    ));
                }
            },
            Lookup::Unknown(n) => {
                unknown.get_or_insert(crate::outcome::path_unknown(
                    &format!("{path}.TargetOriginId"),
                    n,
                ));
            }
            Lookup::Absent => {}
        }
    }
    if let Some(o) = unknown {
        return o;
    }
    if judged == 0 {
        return Outcome::not_applicable("no cache behavior runs Lambda@Edge")
            .l10n("lambdaedge-https-none", &[]);
    }
    Outcome::pass("behaviors that run Lambda@Edge use HTTPS to viewers and origins")
        .l10n("lambdaedge-https-ok", &[])
}
