//! Kinesis data streams carrying PHI use server-side encryption with KMS.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kinesis-stream-encryption",
    title: "Kinesis data streams carrying PHI use server-side encryption with a KMS key",
    severity: Severity::Critical,
    service: "Amazon Kinesis Streams",
    section: "Amazon Kinesis Streams",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["KINESIS-SSE", "GEN-ENCRYPT-PHI-AT-REST"],
    kinds: &["AWS::Kinesis::Stream"],
    phi_only: true,
    rationale: "The whitepaper asks for Kinesis Data Streams server-side encryption, which encrypts \
records with a KMS key before they are written to the stream's storage. A stream without \
StreamEncryption stores records unencrypted. Either the AWS managed key (alias/aws/kinesis) or a \
customer managed key is KMS, and both leave a key-usage trail in CloudTrail.",
    remediation: "Set `StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}` (or a \
customer managed key ARN); in Terraform, `encryption_type = \"KMS\"` and `kms_key_id` on \
`aws_kinesis_stream`.",
    check: Check::Resource(check),
};

const PATH: &str = "StreamEncryption.EncryptionType";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if let Lookup::Unknown(n) = r.get("StreamEncryption") {
        return crate::outcome::path_unknown("StreamEncryption", n);
    }
    match string_attr(r, PATH) {
        Err(unknown) => unknown,
        Ok(None) => Outcome::fail("StreamEncryption is not set: the stream stores records unencrypted").l10n("kinesis-stream-unencrypted", &[])
            .at_lookup("StreamEncryption", r.get("StreamEncryption")),
        Ok(Some((t, loc))) if t.eq_ignore_ascii_case("KMS") => match is_set(r, "StreamEncryption.KeyId") {
            Err(unknown) => unknown,
            Ok(true) => Outcome::pass("records are encrypted with a KMS key").l10n("kinesis-stream-kms", &[]).at(PATH, loc),
            Ok(false) => Outcome::unknown(
                "EncryptionType is KMS but KeyId is missing; the stream cannot be created as written",
            )
            .l10n("kinesis-stream-no-key-id", &[])
            .at(PATH, loc),
        },
        Ok(Some((t, loc))) => {
            Outcome::fail(format!("EncryptionType is {t}: the stream stores records unencrypted"))
                .l10n("kinesis-stream-type-unencrypted", &[("type", t)])
                .at(PATH, loc)
        }
    }
}
