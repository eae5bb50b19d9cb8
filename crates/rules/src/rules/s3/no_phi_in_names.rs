//! S3 bucket names, tags and object-key prefixes hold no PHI.
use crate::phi_scan::outcomes;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-no-phi-in-names",
    title: "S3 bucket names, tags and object key prefixes contain no PHI",
    severity: Severity::High,
    service: "Amazon S3",
    section: "Amazon Simple Storage Service (Amazon S3)",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["S3-NO-PHI-IN-NAMES-METADATA"],
    kinds: &["AWS::S3::Bucket", "AWS::S3::AccessPoint"],
    phi_only: false,
    rationale: "The whitepaper: never use PHI in bucket names, object keys or object metadata, because SSE and typical client-side encryption do not cover them. Names and key prefixes also travel in event notifications, access logs and CloudTrail records that are read by people and services outside the PHI boundary.",
    remediation: "Rename the bucket or prefix to a neutral identifier (an opaque id that the application maps to the patient inside an encrypted store). In CloudFormation: `BucketName`, `Tags`, lifecycle/notification/inventory `Prefix` values; in Terraform: `aws_s3_bucket.bucket`, `tags`, `aws_s3_bucket_lifecycle_configuration` filters and `aws_s3_object.key`/`metadata`.",
    check: Check::Scan(check),
};

/// The attributes read, per kind.
pub const FIELDS: &[Fields] = &[
    Fields {
        kind: "AWS::S3::Bucket",
        paths: &[
            "BucketName",
            "Tags",
            "LifecycleConfiguration.Rules.*.Id",
            "LifecycleConfiguration.Rules.*.Prefix",
            "NotificationConfiguration",
            "InventoryConfigurations.*.Prefix",
            "AnalyticsConfigurations.*.Prefix",
            "MetricsConfigurations.*.Prefix",
            "IntelligentTieringConfigurations.*.Prefix",
            "LoggingConfiguration.LogFilePrefix",
            "ReplicationConfiguration.Rules.*.Prefix",
            "ReplicationConfiguration.Rules.*.Filter.Prefix",
        ],
    },
    Fields {
        kind: "AWS::S3::AccessPoint",
        paths: &["Name"],
    },
];

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    outcomes(
        ctx,
        FIELDS,
        (
            "Bucket names, object keys and prefixes are not encrypted by SSE or client-side encryption and appear in URLs, access logs, CloudTrail and S3 event notifications.",
            "s3-no-phi-in-names-why",
        ),
    )
}
