//! S3 buckets holding PHI block every form of public access.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-bucket-public-access-block",
    title: "S3 buckets holding PHI turn on all four S3 Block Public Access settings",
    severity: Severity::Critical,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["S3-BLOCK-PUBLIC-ACCESS"],
    kinds: &["AWS::S3::Bucket"],
    phi_only: true,
    rationale: "A bucket holding PHI must never be readable by the public (access control, \
164.312(a)(1)). S3 Block Public Access overrides public ACLs and public bucket policies, so with \
all four settings on, a mistaken ACL or policy cannot expose PHI. Each setting left out of a \
PublicAccessBlockConfiguration is off. When the configuration says nothing, S3 has turned all four \
on for new buckets since April 2023; that default is accepted only with trust_aws_defaults, and \
never when the bucket also grants a public canned ACL.",
    remediation: "Set `PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, \
`IgnorePublicAcls` and `RestrictPublicBuckets` all `true`; in Terraform, an \
`aws_s3_bucket_public_access_block` for the bucket with the four arguments `true`.",
    check: Check::Resource(check),
};

const PATH: &str = "PublicAccessBlockConfiguration";
const FLAGS: [&str; 4] = [
    "BlockPublicAcls",
    "BlockPublicPolicy",
    "IgnorePublicAcls",
    "RestrictPublicBuckets",
];

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let public_acl = match r.get("AccessControl").node().and_then(Node::as_str) {
        Some(a @ ("PublicRead" | "PublicReadWrite" | "AuthenticatedRead")) => Some(a),
        _ => None,
    };
    match r.get(PATH) {
        Lookup::Absent => {
            if let Some(acl) = public_acl {
                return Outcome::fail(format!(
                    "the bucket grants the public canned ACL {acl} and declares no \
                     PublicAccessBlockConfiguration"
                ))
                .at_lookup("AccessControl", r.get("AccessControl"));
            }
            return ctx.aws_default(
                PATH,
                "No PublicAccessBlockConfiguration is declared for the bucket",
                "has turned on all four Block Public Access settings for new buckets since April 2023",
            );
        }
        Lookup::Unknown(n) => {
            return Outcome::unknown(format!("{PATH} {}", crate::unknown_reason(n)))
                .at(PATH, n.location.as_ref());
        }
        Lookup::Set(_) => {}
    }
    let mut off = Vec::new();
    let mut unknown = None;
    for f in FLAGS {
        let path = format!("{PATH}.{f}");
        match flag(r, &path) {
            Flag::True(_) => {}
            Flag::False(_) | Flag::Absent => off.push(f),
            Flag::Unknown(why, loc) => {
                unknown.get_or_insert((path, why, loc.cloned()));
            }
        }
    }
    if !off.is_empty() {
        return Outcome::fail(format!(
            "Block Public Access is incomplete: {} {} off (a setting left out is off)",
            off.join(", "),
            if off.len() == 1 { "is" } else { "are" }
        ))
        .at_lookup(PATH, r.get(PATH));
    }
    if let Some((path, why, loc)) = unknown {
        return Outcome::unknown(format!("{path} {why}")).at(&path, loc.as_ref());
    }
    Outcome::pass("all four Block Public Access settings are on").at_lookup(PATH, r.get(PATH))
}
