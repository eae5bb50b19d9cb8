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
never when the bucket also grants a public canned ACL. In a live scan, S3 applies the account's \
Block Public Access (`phiguard::Account` `S3PublicAccessBlock`, s3control:GetPublicAccessBlock) on \
top of the bucket's: a setting on at either level is on; and a live bucket without a \
configuration really has none (S3 reports the April 2023 default as an explicit configuration), \
so no AWS default is assumed there.",
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

/// A setting of the account-level Block Public Access of a live bucket's account:
/// `None` when the scan is not live or the account has none.
fn account_flag<'g>(ctx: &Ctx<'g>, r: &Resource, f: &str) -> Option<Flag<'g>> {
    let (account, _) = crate::judge::live::place(r)?;
    let a = crate::judge::live::account_resource(ctx.graph, account)?;
    match flag(a, &format!("S3PublicAccessBlock.{f}")) {
        Flag::Absent => None,
        other => Some(other),
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let live = crate::judge::live::place(r).is_some();
    let by_account: Vec<Option<Flag>> = FLAGS.iter().map(|f| account_flag(ctx, r, f)).collect();
    if by_account.iter().all(|f| matches!(f, Some(Flag::True(_)))) {
        return Outcome::pass(
            "the account's Block Public Access has all four settings on, which covers this bucket",
        )
        .l10n("s3-pab-account", &[])
        .at("S3PublicAccessBlock", None);
    }
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
                .l10n("s3-pab-public-acl", &[("acl", acl)])
                .at_lookup("AccessControl", r.get("AccessControl"));
            }
            if let Some((i, Some(Flag::Unknown(why, _)))) = by_account
                .iter()
                .enumerate()
                .find(|(_, f)| matches!(f, Some(Flag::Unknown(..))))
            {
                return crate::judge::bucket::with_reason(
                    Outcome::unknown(format!(
                        "the bucket has no Block Public Access configuration, and the account's S3PublicAccessBlock.{} {why}",
                        FLAGS[i]
                    ))
                    .l10n("s3-pab-account-unknown", &[("setting", FLAGS[i])]),
                    why,
                )
                .at(PATH, None);
            }
            if live {
                return Outcome::fail(
                    "the bucket has no Block Public Access configuration and the account's does not turn all four settings on",
                )
                .l10n("s3-pab-live-absent", &[])
                .at(PATH, None);
            }
            return ctx.aws_default_said(
                PATH,
                (
                    "No PublicAccessBlockConfiguration is declared for the bucket",
                    "s3-bucket-public-access-block-default-missing",
                ),
                (
                    "has turned on all four Block Public Access settings for new buckets since April 2023",
                    "s3-bucket-public-access-block-default-does",
                ),
            );
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(PATH, n),
        Lookup::Set(_) => {}
    }
    let mut off = Vec::new();
    let mut unknown: Option<Outcome> = None;
    for (f, account) in FLAGS.into_iter().zip(&by_account) {
        let path = format!("{PATH}.{f}");
        match (flag(r, &path), account) {
            (Flag::True(_), _) | (_, Some(Flag::True(_))) => {}
            (_, Some(Flag::Unknown(why, _))) => {
                let path = format!("S3PublicAccessBlock.{f} of the account");
                unknown.get_or_insert_with(|| {
                    Outcome::unknown(format!("{path} {why}")).at(&path, None)
                });
            }
            (Flag::False(_) | Flag::Absent, _) => off.push(f),
            (Flag::Unknown(why, loc), _) => {
                unknown.get_or_insert_with(|| match r.get(&path) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(&path, n),
                    Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(&path, loc),
                });
            }
        }
    }
    if !off.is_empty() {
        let account = by_account.iter().any(Option::is_some);
        let level = if account {
            "on neither the bucket nor the account"
        } else {
            "a setting left out is off"
        };
        let id = match (account, off.len() == 1) {
            (true, true) => "s3-pab-incomplete-one-account",
            (true, false) => "s3-pab-incomplete-many-account",
            (false, true) => "s3-pab-incomplete-one",
            (false, false) => "s3-pab-incomplete-many",
        };
        let settings = off.join(", ");
        return Outcome::fail(format!(
            "Block Public Access is incomplete: {settings} {} off ({level})",
            if off.len() == 1 { "is" } else { "are" }
        ))
        .l10n(id, &[("settings", &settings)])
        .at_lookup(PATH, r.get(PATH));
    }
    if let Some(o) = unknown {
        return o;
    }
    Outcome::pass("all four Block Public Access settings are on")
        .l10n("s3-pab-all-on", &[])
        .at_lookup(PATH, r.get(PATH))
}
