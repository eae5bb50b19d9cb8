//! Transfer Family users land in encrypted buckets.
use crate::judge::bucket::judge_bucket_encryption;
use crate::judge::reference::{Pointee, resolve, with_reason};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "transfer-user-home-bucket-encrypted",
    title: "Transfer Family users' home directories are in S3 buckets with default encryption",
    severity: Severity::High,
    service: "AWS Transfer for SFTP",
    section: "AWS Transfer for SFTP",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["TRANSFER-S3-BACKEND-CONFIGURED"],
    kinds: &["AWS::Transfer::User"],
    phi_only: false,
    rationale: "Transfer Family stores nothing itself: files land in the S3 bucket of the user's \
home directory, which the whitepaper says must be configured per the S3 guidance, starting with \
default encryption. Users of EFS-backed servers are judged by the EFS rules.",
    remediation: "Declare `BucketEncryption` on the bucket in `HomeDirectory` (`/bucket/prefix`) \
or in each `HomeDirectoryMappings[].Target`; in Terraform, an \
`aws_s3_bucket_server_side_encryption_configuration` for the bucket of `aws_transfer_user`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if let Lookup::Set(s) = r.get("ServerId")
        && let Pointee::Found(server) = resolve(ctx, r, s, &["AWS::Transfer::Server"], "-")
        && matches!(string_attr(server, "Domain"), Ok(Some((d, _))) if d.eq_ignore_ascii_case("EFS"))
    {
        return Outcome::not_applicable("the server stores files in EFS")
            .l10n("transfer-home-efs", &[]);
    }
    let mut targets: Vec<(String, &Node)> = Vec::new();
    match r.get("HomeDirectoryMappings") {
        Lookup::Set(m) => {
            for (i, item) in m.items().iter().enumerate() {
                if let Lookup::Set(t) | Lookup::Unknown(t) = item.get("Target") {
                    targets.push((format!("HomeDirectoryMappings.{i}.Target"), t));
                }
            }
        }
        Lookup::Unknown(m) => {
            return crate::outcome::path_unknown("HomeDirectoryMappings", m);
        }
        Lookup::Absent => {}
    }
    if targets.is_empty()
        && let Lookup::Set(h) | Lookup::Unknown(h) = r.get("HomeDirectory")
    {
        targets.push(("HomeDirectory".into(), h));
    }
    if targets.is_empty() {
        return Outcome::not_applicable("the user has no home directory")
            .l10n("transfer-home-none", &[]);
    }
    let mut first_pass = None;
    let mut unknown = None;
    for (path, t) in targets {
        let out = match &t.value {
            Value::Unknown(why) => {
                let o = Outcome::unknown(format!("{path} {why}"));
                with_reason(o, t, "helper-path-unknown", &[("path", &path)])
                    .at(&path, t.location.as_ref())
            }
            _ => judge_bucket_encryption(ctx, r, &path, t, "home directory"),
        };
        match out.verdict {
            crate::Verdict::Fail => return out,
            crate::Verdict::Unknown => {
                unknown.get_or_insert(out);
            }
            _ => {
                first_pass.get_or_insert(out);
            }
        }
    }
    unknown.or(first_pass).unwrap_or_else(|| {
        Outcome::not_applicable("no S3 home directory").l10n("transfer-home-not-s3", &[])
    })
}
