//! Content CloudFront serves from S3 stays encrypted at its origin.
use crate::judge::reference::with_why;
use crate::judge::worst::Worst;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudfront-s3-origin-encrypted",
    title: "CloudFront distributions serving PHI from S3 use origin buckets with default encryption",
    severity: Severity::High,
    service: "Amazon CloudFront",
    section: "Amazon CloudFront",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["CLOUDFRONT-ORIGIN-ENCRYPTED"],
    kinds: &["AWS::CloudFront::Distribution"],
    phi_only: true,
    rationale: "The whitepaper asks that content be encrypted at its origin so it stays encrypted \
while CloudFront caches and serves it: for S3 origins, server-side encryption of the bucket. Custom \
origins (load balancers, servers) encrypt their own storage, which the template of the distribution \
cannot show; they are left to their own checks.",
    remediation: "Declare default encryption on every origin bucket \
(`BucketEncryption.ServerSideEncryptionConfiguration`, SSE-KMS with an origin access control that may \
use the key, or SSE-S3); in Terraform, `aws_s3_bucket_server_side_encryption_configuration` for the \
origin bucket.",
    check: Check::Resource(check),
};

const ORIGINS: &str = "DistributionConfig.Origins";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let origins = match written(r, ORIGINS, || {
        Outcome::not_applicable("the distribution declares no origins")
            .l10n("cloudfront-no-origins", &[])
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut worst = Worst::new();
    for (i, o) in origins.items().iter().enumerate() {
        let Some(domain) = o.get("DomainName").node() else {
            continue;
        };
        let path = format!("{ORIGINS}.{i}.DomainName");
        let s3_config = !o.get("S3OriginConfig").is_absent();
        let bucket_node = match &domain.value {
            Value::Str(s) if !s.contains("${") => match s.find(".s3.").or_else(|| s.find(".s3-")) {
                Some(end) => Node::new(Value::Str(s[..end].to_string()), domain.location.clone()),
                None if s3_config => domain.clone(),
                None => continue, // a custom origin
            },
            Value::Str(s) => match s.strip_prefix("${").and_then(|t| t.split('.').next()) {
                Some(name) if s.contains("DomainName}") || s3_config => Node::new(
                    Value::Ref {
                        target: name.to_string(),
                        attribute: None,
                    },
                    domain.location.clone(),
                ),
                _ => continue,
            },
            Value::Ref { target, attribute } => {
                let is_bucket_domain = attribute
                    .as_deref()
                    .is_some_and(|a| a.contains("DomainName"));
                let target_is_bucket = ctx
                    .graph
                    .by_name(r.unit, target)
                    .is_some_and(|t| t.kind == "AWS::S3::Bucket");
                if !(s3_config || is_bucket_domain && target_is_bucket) {
                    continue;
                }
                domain.clone()
            }
            Value::Unknown(why) if s3_config => {
                let o = Outcome::unknown(format!("the S3 origin's domain {why}"));
                worst.add(
                    with_why(o, why, "cloudfront-origin-domain-unreadable", &[])
                        .at(&path, domain.location.as_ref()),
                );
                continue;
            }
            _ => continue,
        };
        worst.add(crate::judge::bucket::judge_bucket_encryption(
            ctx,
            r,
            &path,
            &bucket_node,
            "origin",
        ));
    }
    worst.into_outcome().unwrap_or_else(|| {
        Outcome::not_applicable("no S3 origin: custom origins encrypt their own storage")
            .l10n("cloudfront-s3-origin-none", &[])
    })
}
