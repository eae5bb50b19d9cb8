//! S3 buckets holding PHI deny every request made without TLS.
use crate::judge::bucket;
use crate::judge::policy::{self, Transport, TransportRequirement};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-bucket-tls-only",
    title: "S3 buckets holding PHI have a bucket policy that denies requests made without TLS",
    severity: Severity::High,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["S3-TLS-ONLY", "GEN-ENCRYPT-PHI-IN-TRANSIT"],
    kinds: &["AWS::S3::Bucket"],
    phi_only: true,
    rationale: "The whitepaper requires connections to S3 buckets containing PHI to use endpoints \
that accept encrypted transport (HTTPS). S3 accepts plain HTTP unless a bucket policy denies it, so \
the only evidence in the configuration is a statement with Effect Deny, Principal \"*\", actions \
covering object reads and writes, resources covering both the bucket and bucket/*, and the condition \
Bool (or BoolIfExists) aws:SecureTransport = false. phiguard evaluates the meaning of every bucket \
policy attached to the bucket, combined: wildcards in actions and resources, NotAction/NotResource, \
ARNs written literally, with !Sub, !Join or !GetAtt. A deny on s3:TlsVersion alone (NumericLessThan) \
does not count: a plain-HTTP request has no TLS version, so that condition never matches it; with \
NumericLessThanIfExists it does match and counts. A deny that also depends on other condition keys \
(aws:SourceVpce...) is reported as unknown, since it holds only for some requests.",
    remediation: "Add an AWS::S3::BucketPolicy for the bucket with a statement \
`Effect: Deny, Principal: \"*\", Action: \"s3:*\", Resource: [!GetAtt Bucket.Arn, !Sub \"${Bucket.Arn}/*\"], \
Condition: {Bool: {aws:SecureTransport: false}}`; in Terraform, the same statement in the \
`aws_s3_bucket_policy` for the bucket (for example from an `aws_iam_policy_document` with a `Bool` \
condition on `aws:SecureTransport`).",
    check: Check::Resource(check),
};

const ACTIONS: &[&str] = &["s3:GetObject", "s3:PutObject"];

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let found = bucket::policies(ctx, r);
    let targets = bucket::targets(r);
    let rewrites = bucket::arn_rewrites(r);
    let req = TransportRequirement {
        actions: ACTIONS,
        targets: &targets,
        rewrites: &rewrites,
    };
    let mut statements = Vec::new();
    let mut unresolved = None;
    for p in &found.attached {
        let path = format!("{}.PolicyDocument", p.name);
        match p.get("PolicyDocument") {
            Lookup::Set(doc) => match policy::statements(doc) {
                Ok(s) => statements.extend(s),
                Err(u) => {
                    unresolved.get_or_insert((path, u.reason, None, u.location));
                }
            },
            Lookup::Unknown(n) => {
                let o = crate::outcome::path_unknown("PolicyDocument", n);
                unresolved.get_or_insert((
                    path,
                    o.message,
                    o.l10n.and_then(|mut parts| parts.pop()),
                    n.location.clone(),
                ));
            }
            Lookup::Absent => {}
        }
    }
    let names = |ps: &[&Resource]| {
        ps.iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let doc_path = |ps: &[&Resource]| {
        ps.first().map_or("PolicyDocument".to_string(), |p| {
            format!("{}.PolicyDocument", p.name)
        })
    };
    let enforced = |location: Option<&phiguard_model::Location>| {
        Outcome::pass(format!(
            "bucket policy {} denies requests made without TLS on the bucket and its objects",
            names(&found.attached)
        ))
        .l10n("s3-tls-enforced", &[("policies", &names(&found.attached))])
        .at(&doc_path(&found.attached), location)
    };
    let verdict = policy::require_secure_transport(&statements, &req);
    if let Transport::Enforced { location } = &verdict {
        return enforced(location.as_ref());
    }
    if let Some((path, why, said, loc)) = unresolved {
        let mut o = Outcome::unknown(format!("the bucket policy cannot be evaluated: {why}"));
        o.l10n = said
            .map(|why| vec![crate::MessagePart::new("s3-tls-unevaluated", &[]).with("why", why)]);
        return o.at(&path, loc.as_ref());
    }
    if let Some((p, why)) = found.maybe.first() {
        return bucket::with_reason(
            Outcome::unknown(format!(
                "bucket policy {} may apply to this bucket, but its Bucket {why}",
                p.name
            ))
            .l10n("s3-tls-maybe", &[("policy", &p.name)]),
            why,
        )
        .at_lookup(&format!("{}.Bucket", p.name), p.get("Bucket"));
    }
    match verdict {
        Transport::Enforced { location } => enforced(location.as_ref()),
        Transport::Unknown(u) => Outcome::unknown(format!(
            "whether the bucket policy denies requests without TLS cannot be decided: {}",
            u.reason
        ))
        .at(&doc_path(&found.attached), u.location.as_ref()),
        Transport::Partial { gaps, location } => Outcome::fail(format!(
            "bucket policy {} does not deny every request made without TLS: {gaps}",
            names(&found.attached)
        ))
        .at(&doc_path(&found.attached), location.as_ref()),
        Transport::Missing if found.attached.is_empty() => {
            if let Some(out) = crate::judge::live::gap_near(ctx.graph, bucket::POLICY_KIND, r) {
                return out;
            }
            Outcome::fail(
                "no bucket policy denies requests made without TLS; S3 accepts plain HTTP unless a \
             policy denies aws:SecureTransport = false",
            )
            .l10n("s3-tls-no-policy", &[])
        }
        Transport::Missing => Outcome::fail(format!(
            "bucket policy {} has no statement denying requests made without TLS \
             (Effect Deny, Principal \"*\", Condition Bool aws:SecureTransport = false)",
            names(&found.attached)
        ))
        .l10n("s3-tls-missing", &[("policies", &names(&found.attached))])
        .at_lookup(
            &doc_path(&found.attached),
            found.attached[0].get("PolicyDocument"),
        ),
    }
}
