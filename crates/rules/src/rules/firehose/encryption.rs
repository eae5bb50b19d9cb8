//! Firehose streams encrypt what they receive.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "firehose-encryption",
    title: "Firehose delivery streams holding PHI use server-side encryption or read a KMS-encrypted stream",
    severity: Severity::High,
    service: "Amazon Data Firehose",
    section: "Amazon Data Firehose",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["FIREHOSE-ENCRYPTION"],
    kinds: &["AWS::KinesisFirehose::DeliveryStream"],
    phi_only: true,
    rationale: "The whitepaper asks that Direct PUT delivery streams enable server-side encryption and \
that source streams be KMS-encrypted. A Direct PUT stream without \
DeliveryStreamEncryptionConfigurationInput does not encrypt the records it holds; a stream that \
reads a Kinesis data stream is only as protected as that stream.",
    remediation: "Set `DeliveryStreamEncryptionConfigurationInput.KeyType` (`CUSTOMER_MANAGED_CMK` \
with `KeyARN`, or `AWS_OWNED_CMK`) on a Direct PUT `AWS::KinesisFirehose::DeliveryStream`, or \
`StreamEncryption` with KMS on the source `AWS::Kinesis::Stream`; in Terraform, \
`server_side_encryption { enabled = true, key_type = \"CUSTOMER_MANAGED_CMK\", key_arn = ... }` on \
`aws_kinesis_firehose_delivery_stream`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let source = match r.get("DeliveryStreamType") {
        Lookup::Absent => "DirectPut".to_string(),
        Lookup::Set(n) if n.as_str().is_some() => n.as_str().unwrap_or_default().to_string(),
        Lookup::Set(n) | Lookup::Unknown(n) => {
            return crate::outcome::path_unknown("DeliveryStreamType", n);
        }
    };
    match source.as_str() {
        "DirectPut" => {
            let path = "DeliveryStreamEncryptionConfigurationInput.KeyType";
            match r.get(path) {
                Lookup::Absent => {
                    Outcome::fail("the Direct PUT stream declares no server-side encryption")
                        .l10n("firehose-encryption-none", &[])
                        .at("DeliveryStreamEncryptionConfigurationInput", None)
                }
                Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
                Lookup::Set(n) => match n.as_str() {
                    Some(k @ ("CUSTOMER_MANAGED_CMK" | "AWS_OWNED_CMK")) => {
                        Outcome::pass(format!("server-side encryption with {k}"))
                            .l10n("firehose-encryption-sse", &[("key", k)])
                    }
                    _ => crate::outcome::path_unknown(path, n),
                }
                .at(path, n.location.as_ref()),
            }
        }
        "KinesisStreamAsSource" => {
            let path = "KinesisStreamSourceConfiguration.KinesisStreamARN";
            let at = r.get(path).location();
            match reference::follow_at(ctx, r, path) {
                Some(Pointee::Found(s) | Pointee::Other(s)) if s.kind == "AWS::Kinesis::Stream" => {
                    match s.get("StreamEncryption.EncryptionType") {
                        Lookup::Set(n) if n.as_str() == Some("KMS") => Outcome::pass(format!(
                            "the source stream '{}' is KMS-encrypted",
                            s.name
                        ))
                        .l10n("firehose-encryption-source-kms", &[("stream", &s.name)]),
                        Lookup::Absent => Outcome::fail(format!(
                            "the source stream '{}' has no server-side encryption",
                            s.name
                        ))
                        .l10n("firehose-encryption-source-none", &[("stream", &s.name)]),
                        Lookup::Set(n) | Lookup::Unknown(n) => {
                            crate::judge::bucket::with_node_reason(
                                Outcome::unknown(format!(
                                    "the encryption of the source stream '{}' {}",
                                    s.name,
                                    crate::unknown_reason(n)
                                ))
                                .l10n("firehose-encryption-source-unknown", &[("stream", &s.name)]),
                                n,
                            )
                        }
                    }
                    .at(path, at)
                }
                Some(Pointee::Found(s) | Pointee::Other(s)) => {
                    Outcome::unknown(format!("the source '{}' is not a Kinesis stream", s.name))
                        .l10n(
                            "firehose-encryption-source-not-stream",
                            &[("source", &s.name)],
                        )
                        .at(path, at)
                }
                Some(Pointee::Outside(a)) => {
                    Outcome::unknown(format!("the source stream {a} is not in the scan"))
                        .l10n("firehose-encryption-source-outside", &[("stream", &a)])
                        .at(path, at)
                }
                Some(Pointee::Unresolved(why)) => crate::judge::bucket::with_reason(
                    Outcome::unknown(format!("{path} {why}"))
                        .l10n("helper-path-unknown", &[("path", path)]),
                    &why,
                )
                .at(path, at),
                None => Outcome::unknown("the source stream is not named")
                    .l10n("firehose-encryption-source-unnamed", &[])
                    .at(path, None),
            }
        }
        other => Outcome::not_applicable(format!(
            "the source ({other}) is judged by its own service's rules"
        ))
        .l10n("firehose-encryption-other-source", &[("source", other)]),
    }
}
