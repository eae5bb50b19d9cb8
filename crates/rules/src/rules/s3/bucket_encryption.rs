//! S3 buckets that hold PHI declare default server-side encryption.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-bucket-encryption",
    title: "S3 buckets holding PHI declare default server-side encryption (SSE-S3 or SSE-KMS)",
    severity: Severity::Critical,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["S3-ENCRYPTION-AT-REST", "GEN-ENCRYPT-PHI-AT-REST"],
    kinds: &["AWS::S3::Bucket", "AWS::S3Express::DirectoryBucket"],
    phi_only: true,
    rationale: "The AWS BAA makes encryption of PHI at rest mandatory. The whitepaper asks for \
server-side encryption of every object that holds PHI (SSE-S3, SSE-KMS or SSE-C) or client-side \
encryption. A bucket-level default makes it impossible to store an unencrypted object by mistake \
and is the evidence an auditor can read in the configuration.",
    remediation: "Set `BucketEncryption.ServerSideEncryptionConfiguration` with \
`ServerSideEncryptionByDefault.SSEAlgorithm: aws:kms` (and a `KMSMasterKeyID`) or `AES256`; in \
Terraform, an `aws_s3_bucket_server_side_encryption_configuration` for the bucket.",
    check: Check::Resource(check),
};

const PATH: &str = "BucketEncryption.ServerSideEncryptionConfiguration";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let rules = match r.get(PATH) {
        Lookup::Absent => {
            return ctx.aws_default_said(
                "BucketEncryption",
                (
                    "No default encryption is declared for the bucket",
                    "s3-bucket-encryption-default-missing",
                ),
                (
                    "has encrypted new objects with SSE-S3 since January 2023",
                    "s3-bucket-encryption-default-does",
                ),
            );
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(PATH, n),
        Lookup::Set(n) => n,
    };
    for rule in rules.items() {
        let p = "ServerSideEncryptionByDefault.SSEAlgorithm";
        match rule.get(p) {
            Lookup::Set(alg) => match alg.as_str() {
                Some(a @ ("AES256" | "aws:kms" | "aws:kms:dsse")) => {
                    return Outcome::pass(format!("default encryption {a} is declared"))
                        .l10n("s3-encryption-declared", &[("algorithm", a)])
                        .at(PATH, alg.location.as_ref());
                }
                Some(other) => {
                    return Outcome::fail(format!(
                        "SSEAlgorithm '{other}' is not a valid server-side encryption algorithm"
                    ))
                    .l10n("s3-encryption-invalid", &[("algorithm", other)])
                    .at(PATH, alg.location.as_ref());
                }
                None => {
                    return crate::outcome::path_unknown("SSEAlgorithm", alg)
                        .at(PATH, alg.location.as_ref());
                }
            },
            Lookup::Unknown(n) => {
                return crate::outcome::path_unknown("SSEAlgorithm", n)
                    .at(PATH, n.location.as_ref());
            }
            Lookup::Absent => {}
        }
    }
    Outcome::fail("BucketEncryption declares no default encryption algorithm")
        .l10n("s3-encryption-no-algorithm", &[])
        .at(PATH, rules.location.as_ref())
}
