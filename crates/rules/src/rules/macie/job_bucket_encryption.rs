//! Buckets scanned by Macie classification jobs use server-side encryption.
use crate::judge::bucket::{Declared, bucket_encryption};
use crate::judge::reference::{Pointee, resolve_str, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "macie-job-bucket-encryption",
    title: "Buckets in Macie classification jobs declare SSE-S3 or SSE-KMS default encryption",
    severity: Severity::Medium,
    service: "Amazon Macie",
    section: "Amazon Macie",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["MACIE-S3-SERVER-SIDE-ENCRYPTION"],
    kinds: &["AWS::Macie::ClassificationJob"],
    phi_only: false,
    rationale: "Macie (2018 edition of the whitepaper) classifies only S3 objects encrypted with \
SSE-S3 or SSE-KMS: it cannot read client-side-encrypted objects, so PHI in them goes unfound. \
Every bucket in a classification job should declare server-side default encryption (and, for \
SSE-KMS, let the Macie service-linked role use the key). Classification jobs have no \
CloudFormation type; the rule reads Terraform's `aws_macie2_classification_job`.",
    remediation: "Declare `BucketEncryption` with `AES256` or `aws:kms` on each bucket listed in \
`s3_job_definition.bucket_definitions` (Terraform: \
`aws_s3_bucket_server_side_encryption_configuration`) and grant the Macie service-linked role \
kms:Decrypt on SSE-KMS keys.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "S3JobDefinition.BucketDefinitions";
    let defs = match r.get(P) {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!("the job's buckets {}", crate::unknown_reason(n)));
            return with_reason(o, n, "macie-job-buckets-unreadable", &[])
                .at(P, n.location.as_ref());
        }
        Lookup::Absent => {
            return Outcome::not_applicable("the job selects buckets by criteria, not by name")
                .l10n("macie-job-criteria", &[]);
        }
    };
    let mut unknown = None;
    let mut passed = Vec::new();
    for d in defs.items() {
        let Some(buckets) = d.get("Buckets").node() else {
            continue;
        };
        for b in buckets.items() {
            let linked = match &b.value {
                Value::Str(s) => resolve_str(ctx, r, s, &["AWS::S3::Bucket"], "BucketName"),
                _ => {
                    crate::judge::reference::resolve(ctx, r, b, &["AWS::S3::Bucket"], "BucketName")
                }
            };
            match linked {
                Pointee::Found(bucket) => match bucket_encryption(bucket) {
                    Declared::Yes(_) => passed.push(bucket.name.clone()),
                    Declared::No => {
                        let out = ctx.aws_default(P, &format!("Bucket '{}' in the Macie job declares no server-side default encryption", bucket.name), "has encrypted new S3 objects with SSE-S3 since January 2023");
                        if out.verdict == crate::Verdict::Fail {
                            return out
                                .l10n("macie-job-bucket-unencrypted", &[("bucket", &bucket.name)])
                                .at(P, b.location.as_ref());
                        }
                        passed.push(bucket.name.clone());
                    }
                    Declared::Unknown(why) => {
                        unknown.get_or_insert_with(|| {
                            with_why(
                                Outcome::unknown(format!(
                                    "the encryption of '{}' {why}",
                                    bucket.name
                                )),
                                &why,
                                "macie-job-bucket-encryption-unreadable",
                                &[("bucket", &bucket.name)],
                            )
                        });
                    }
                },
                Pointee::Outside(name) => {
                    unknown.get_or_insert_with(|| {
                        Outcome::unknown(format!("bucket '{name}' is not defined in this scan"))
                            .l10n("macie-job-bucket-outside", &[("bucket", &name)])
                    });
                }
                Pointee::Other(o) => {
                    unknown.get_or_insert_with(|| {
                        Outcome::unknown(format!("'{}' is a {}", o.name, o.kind)).l10n(
                            "macie-job-not-bucket",
                            &[("name", &o.name), ("kind", &o.kind)],
                        )
                    });
                }
                Pointee::Unresolved(why) => {
                    unknown.get_or_insert_with(|| {
                        with_why(
                            Outcome::unknown(&why),
                            &why,
                            "macie-job-bucket-unresolved",
                            &[],
                        )
                    });
                }
            }
        }
    }
    if let Some(out) = unknown {
        return out.at(P, defs.location.as_ref());
    }
    if passed.is_empty() {
        return Outcome::not_applicable("the job names no buckets")
            .l10n("macie-job-no-buckets", &[]);
    }
    let buckets = passed.join(", ");
    Outcome::pass(format!(
        "every bucket in the job declares server-side encryption ({buckets})"
    ))
    .l10n("macie-job-all-encrypted", &[("buckets", &buckets)])
    .at(P, defs.location.as_ref())
}
