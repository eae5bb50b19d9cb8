//! Kinesis Video Streams declare the KMS key for stored media.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kinesisvideo-stream-kms",
    title: "Kinesis video streams holding PHI declare the KMS key that encrypts stored media",
    severity: Severity::Medium,
    service: "Amazon Kinesis Video Streams",
    section: "Amazon Kinesis Video Streams",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["KVS-SSE-CUSTOMER-KEY"],
    kinds: &["AWS::KinesisVideo::Stream"],
    phi_only: true,
    rationale: "Kinesis Video Streams encrypts stored media with a KMS key, by default the AWS \
managed key aws/kinesisvideo; the whitepaper describes encryption with a customer-specified key. \
Declaring KmsKeyId makes the protection, and the key, part of the configuration an auditor reads.",
    remediation: "Set `KmsKeyId` on `AWS::KinesisVideo::Stream` (a customer managed key, or \
`alias/aws/kinesisvideo` to declare the default); in Terraform, `kms_key_id` on \
`aws_kinesis_video_stream`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    crate::judge::declared_key::check(
        ctx,
        r,
        "KmsKeyId",
        (
            "encrypts stored media with the AWS managed key aws/kinesisvideo",
            "kinesisvideo-stream-kms-aws-does",
        ),
    )
}
