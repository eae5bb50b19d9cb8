//! Buckets behind Glue/Athena tables over PHI declare default encryption.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "athena-source-bucket-encrypted",
    title: "S3 buckets behind Glue Data Catalog tables queried by Athena declare default encryption",
    severity: Severity::High,
    service: "Amazon Athena",
    section: "Amazon Athena",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["ATHENA-SOURCE-S3-ENCRYPTED"],
    kinds: &["AWS::Glue::Table"],
    phi_only: false,
    rationale: "Athena queries data where it sits in S3, so PHI queried by Athena must be encrypted \
at rest under the S3 guidance. The table's StorageDescriptor.Location names the bucket; that \
bucket must declare default encryption. When resources are marked as holding PHI, only tables \
marked so, or over a bucket marked so, are judged.",
    remediation: "Declare `BucketEncryption` on the bucket the table's `Location` points at (SSE-KMS \
with a customer managed key where possible); in Terraform, an \
`aws_s3_bucket_server_side_encryption_configuration` for that bucket.",
    check: Check::Resource(check),
};

const PATH: &str = "TableInput.StorageDescriptor.Location";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let node = match r.get(PATH) {
        Lookup::Absent => {
            return Outcome::not_applicable("the table names no S3 location")
                .l10n("athena-table-no-location", &[]);
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(PATH, n),
        Lookup::Set(n) => n,
    };
    if let Some(s) = node.as_str()
        && !s.starts_with("s3://")
        && !s.contains("${")
    {
        return Outcome::not_applicable(format!("the table's location '{s}' is not in S3"))
            .l10n("athena-table-not-s3", &[("location", s)]);
    }
    let bucket = match crate::judge::reference::bucket(ctx, r, node) {
        crate::judge::reference::Pointee::Found(b) => Some(b),
        _ => None,
    };
    if ctx.phi.any_marked && !ctx.phi.holds(r) && !bucket.is_some_and(|b| ctx.phi.holds(b)) {
        return Outcome::not_applicable(
            "neither the table nor its bucket is marked as holding PHI",
        )
        .l10n("athena-table-not-phi", &[]);
    }
    crate::judge::bucket::judge_bucket_encryption(ctx, r, PATH, node, "table's")
}
