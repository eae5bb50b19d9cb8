//! SNS topics carrying PHI encrypt stored messages with a KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sns-topic-encryption",
    title: "SNS topics carrying PHI encrypt messages at rest with a KMS key (KmsMasterKeyId)",
    severity: Severity::High,
    service: "Amazon SNS",
    section: "Amazon Simple Notification Service (Amazon SNS)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SNS-SSE"],
    kinds: &["AWS::SNS::Topic"],
    phi_only: true,
    rationale: "SNS stores each message until it is delivered. The BAA makes encryption of PHI \
at rest mandatory, and SNS encrypts stored messages only when the topic names a KMS key: \
there is no default encryption. A KMS key also records every use in CloudTrail.",
    remediation: "Set `KmsMasterKeyId` on the topic to a customer-managed KMS key (or \
`alias/aws/sns`); in Terraform, `kms_master_key_id` on `aws_sns_topic`. Publishers and AWS \
services that publish to the topic need `kms:GenerateDataKey` and `kms:Decrypt` on the key.",
    check: Check::Resource(check),
};

const KMS: &str = "KmsMasterKeyId";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, KMS) {
        Ok(true) => Outcome::pass("messages are encrypted at rest with a KMS key")
            .l10n("sns-topic-encryption-kms", &[])
            .at_lookup(KMS, r.get(KMS)),
        Ok(false) => Outcome::fail(
            "KmsMasterKeyId is not set: SNS does not encrypt stored messages by default",
        )
        .l10n("sns-topic-encryption-absent", &[])
        .at_lookup(KMS, r.get(KMS)),
        Err(o) => o,
    }
}
