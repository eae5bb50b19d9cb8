//! CloudFront distributions serve viewers over HTTPS only.
use crate::judge::distribution::{behaviors, viewer_https};
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudfront-viewer-https",
    title: "CloudFront distributions require HTTPS between viewers and CloudFront on every cache behavior",
    severity: Severity::Critical,
    service: "Amazon CloudFront",
    section: "Amazon CloudFront",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["CLOUDFRONT-VIEWER-HTTPS"],
    kinds: &["AWS::CloudFront::Distribution"],
    phi_only: false,
    rationale: "The whitepaper requires CloudFront to use HTTPS end to end for PHI, starting \
between the viewer and CloudFront. Each cache behavior has its own ViewerProtocolPolicy: \
`allow-all` serves content over plain HTTP; `redirect-to-https` and `https-only` do not. One \
`allow-all` behavior is enough to expose the paths it matches.",
    remediation: "Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) on \
`DistributionConfig.DefaultCacheBehavior` and on every entry of `CacheBehaviors`; \
Terraform: `viewer_protocol_policy` in `default_cache_behavior` and every \
`ordered_cache_behavior` of `aws_cloudfront_distribution`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let mut worst = Worst::new();
    for (path, behavior) in behaviors(r) {
        worst.add(match behavior {
            Ok(b) => judge(b, &path),
            Err(o) => o,
        });
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::unknown("the distribution declares no cache behavior")
            .l10n("cloudfront-viewer-no-behavior", &[])
            .at("DistributionConfig", None)
    })
}

fn judge(b: &Node, path: &str) -> Outcome {
    let at = format!("{path}.ViewerProtocolPolicy");
    match viewer_https(b) {
        Ok((true, p)) => {
            let policy = p.as_str().unwrap_or_default();
            Outcome::pass(format!("every cache behavior requires HTTPS ({policy})"))
                .l10n("cloudfront-viewer-https", &[("policy", policy)])
                .at(&at, p.location.as_ref())
        }
        Ok((false, p)) => Outcome::fail(format!(
            "{path} allows plain HTTP (ViewerProtocolPolicy: allow-all)"
        ))
        .l10n("cloudfront-viewer-allow-all", &[("path", path)])
        .at(&at, p.location.as_ref()),
        Err(Some(p)) => match p.as_str() {
            Some(v) => Outcome::unknown(format!("unrecognised ViewerProtocolPolicy '{v}'"))
                .l10n("cloudfront-viewer-other", &[("policy", v)])
                .at(&at, p.location.as_ref()),
            None => crate::outcome::path_unknown(&at, p),
        },
        Err(None) => Outcome::unknown(format!("{at} is not written"))
            .l10n("cloudfront-path-not-written", &[("path", &at)])
            .at(&at, b.location.as_ref()),
    }
}
