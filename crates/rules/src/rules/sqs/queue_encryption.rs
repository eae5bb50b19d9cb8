//! SQS queues holding PHI declare server-side encryption (SSE-KMS or SSE-SQS).
use crate::judge::reference::{with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sqs-queue-encryption",
    title: "SQS queues holding PHI declare server-side encryption (KMS key or SSE-SQS)",
    severity: Severity::Critical,
    service: "Amazon SQS",
    section: "Amazon Simple Queue Service (Amazon SQS)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SQS-SSE-OR-CLIENT-SIDE"],
    kinds: &["AWS::SQS::Queue"],
    phi_only: true,
    rationale: "The whitepaper asks for SQS server-side encryption of queues carrying PHI, or \
else for every message payload to be encrypted by the client before it is sent. Client-side \
encryption cannot be seen in a template, so the queue must declare SSE: a KMS key \
(`KmsMasterKeyId`, which also leaves a key-usage trail in CloudTrail) or SQS-managed keys \
(`SqsManagedSseEnabled`). SQS has enabled SSE-SQS on new queues by default since October \
2022, but a template that says nothing is no evidence of it. Dead-letter and FIFO queues \
hold the same messages and are judged alike.",
    remediation: "Set `KmsMasterKeyId` to a customer-managed KMS key (or `alias/aws/sqs`), or \
`SqsManagedSseEnabled: true`; in Terraform, `kms_master_key_id` or `sqs_managed_sse_enabled = \
true` on `aws_sqs_queue`. Never set `SqsManagedSseEnabled: false` without a KMS key.",
    check: Check::Resource(check),
};

const KMS: &str = "KmsMasterKeyId";
const SSE_SQS: &str = "SqsManagedSseEnabled";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match r.get(KMS) {
        Lookup::Set(n) if !matches!(&n.value, Value::Str(s) if s.is_empty()) => {
            return Outcome::pass("messages are encrypted with a KMS key (KmsMasterKeyId)")
                .l10n("sqs-queue-encryption-kms", &[])
                .at(KMS, n.location.as_ref());
        }
        Lookup::Unknown(n) => {
            return match is_set(r, KMS) {
                Ok(_) => with_reason(
                    Outcome::pass(format!(
                        "messages are encrypted with a KMS key: KmsMasterKeyId is declared (its value {})",
                        crate::unknown_reason(n)
                    )),
                    n,
                    "sqs-queue-encryption-kms-declared",
                    &[],
                )
                .at(KMS, n.location.as_ref()),
                Err(o) => o,
            };
        }
        _ => {}
    }
    match flag(r, SSE_SQS) {
        Flag::True(n) => Outcome::pass("messages are encrypted with SQS-managed keys (SSE-SQS)")
            .l10n("sqs-queue-encryption-sse-sqs", &[])
            .at(SSE_SQS, n.location.as_ref()),
        Flag::False(n) => Outcome::fail(
            "SqsManagedSseEnabled is false and no KMS key is set: messages are stored unencrypted",
        )
        .l10n("sqs-queue-encryption-disabled", &[])
        .at(SSE_SQS, n.location.as_ref()),
        Flag::Unknown(why, loc) => match r.get(SSE_SQS) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(SSE_SQS, n),
            Lookup::Absent => with_why(
                Outcome::unknown(format!("{SSE_SQS} {why}")),
                &why,
                "helper-path-unknown",
                &[("path", SSE_SQS)],
            )
            .at(SSE_SQS, loc),
        },
        Flag::Absent => ctx.aws_default_said(
            SSE_SQS,
            (
                "Neither KmsMasterKeyId nor SqsManagedSseEnabled is declared for the queue",
                "sqs-queue-encryption-default-missing",
            ),
            (
                "has enabled SSE-SQS on new queues by default since October 2022",
                "sqs-queue-encryption-default-does",
            ),
        ),
    }
}
