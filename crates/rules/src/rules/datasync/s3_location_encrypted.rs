//! DataSync S3 locations point at encrypted buckets.
use crate::judge::bucket::judge_bucket_encryption;
use crate::judge::reference::with_reason;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "datasync-s3-location-encrypted",
    title: "DataSync S3 locations use buckets with default encryption",
    severity: Severity::High,
    service: "AWS DataSync",
    section: "AWS DataSync",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(e)(1)"],
    requirements: &["DATASYNC-TARGETS-CONFIGURED"],
    kinds: &["AWS::DataSync::LocationS3"],
    phi_only: false,
    rationale: "DataSync moves PHI from on-premises storage into S3 over TLS 1.2; the whitepaper \
asks that the bucket it writes to be configured per the S3 guidance, starting with default \
encryption.",
    remediation: "Declare `BucketEncryption` (SSE-S3 or SSE-KMS) on the bucket named by \
`S3BucketArn`; in Terraform, an `aws_s3_bucket_server_side_encryption_configuration` for the bucket \
of `aws_datasync_location_s3`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "S3BucketArn";
    match r.get(P) {
        Lookup::Set(n) => judge_bucket_encryption(ctx, r, P, n, "DataSync location"),
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!("the bucket {}", crate::unknown_reason(n))),
            n,
            "datasync-bucket-unreadable",
            &[],
        )
        .at(P, n.location.as_ref()),
        Lookup::Absent => Outcome::unknown("the location names no bucket")
            .l10n("datasync-s3-no-bucket", &[])
            .at(P, None),
    }
}
