//! Flink / Kinesis Data Analytics applications read and write encrypted streams.
use crate::judge::reference::{self, Pointee, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "kinesisanalytics-encrypted-streams",
    title: "Managed Flink (Kinesis Data Analytics) applications use KMS-encrypted Kinesis streams",
    severity: Severity::Medium,
    service: "Amazon Managed Service for Apache Flink",
    section: "Amazon Managed Service for Apache Flink",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["FLINK-ENCRYPTED-SOURCES"],
    kinds: &[
        "AWS::KinesisAnalyticsV2::Application",
        "AWS::KinesisAnalytics::Application",
    ],
    phi_only: false,
    rationale: "Managed Flink reads encrypted Kinesis streams transparently and stores no unencrypted \
data, so PHI is protected at rest only if the streams it reads (and writes) are encrypted. The \
streams an application uses are those its inputs name and those its runtime properties reference; \
each must have server-side encryption with KMS.",
    remediation: "Set `StreamEncryption: {EncryptionType: KMS, KeyId: ...}` on every \
`AWS::Kinesis::Stream` the application reads or writes; in Terraform, `encryption_type = \"KMS\"` and \
`kms_key_id` on `aws_kinesis_stream`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut streams: Vec<&Resource> = ctx
        .graph
        .outgoing(r.id)
        .map(|e| ctx.graph.resource(e.to))
        .filter(|s| s.kind == "AWS::Kinesis::Stream")
        .collect();
    streams.sort_by_key(|s| s.id);
    streams.dedup_by_key(|s| s.id);
    let mut outside = None;
    for path in [
        "Inputs",
        "ApplicationConfiguration.SqlApplicationConfiguration.Inputs",
    ] {
        for (i, input) in r
            .get(path)
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            if let Lookup::Set(arn) | Lookup::Unknown(arn) =
                input.get("KinesisStreamsInput.ResourceARN")
            {
                match reference::follow(ctx, r, arn) {
                    Pointee::Found(_) | Pointee::Other(_) => {}
                    Pointee::Outside(a) => {
                        outside = outside.or(Some(
                            Outcome::unknown(format!("the input stream {a} is not in the scan"))
                                .l10n("kinesisanalytics-input-outside", &[("stream", &a)])
                                .at(&format!("{path}.{i}"), arn.location.as_ref()),
                        ))
                    }
                    Pointee::Unresolved(why) => {
                        let o = Outcome::unknown(format!("an input stream {why}"));
                        outside = outside.or(Some(
                            with_why(o, &why, "kinesisanalytics-input-unresolved", &[])
                                .at(&format!("{path}.{i}"), arn.location.as_ref()),
                        ))
                    }
                }
            }
        }
    }
    for s in &streams {
        match s.get("StreamEncryption.EncryptionType") {
            Lookup::Set(n) if n.as_str() == Some("KMS") => {}
            Lookup::Set(n) if n.as_str().is_some() => {
                return Outcome::fail(format!("the stream '{}' is not encrypted with KMS", s.name))
                    .l10n("kinesisanalytics-stream-not-kms", &[("stream", &s.name)]);
            }
            Lookup::Absent => {
                return Outcome::fail(format!(
                    "the stream '{}' has no server-side encryption, so PHI in it is unencrypted at rest",
                    s.name
                ))
                .l10n("kinesisanalytics-stream-unencrypted", &[("stream", &s.name)]);
            }
            Lookup::Set(n) | Lookup::Unknown(n) => {
                let o = Outcome::unknown(format!(
                    "the encryption of stream '{}' {}",
                    s.name,
                    crate::unknown_reason(n)
                ));
                outside = outside.or(Some(with_reason(
                    o,
                    n,
                    "kinesisanalytics-stream-encryption-unreadable",
                    &[("stream", &s.name)],
                )));
            }
        }
    }
    if let Some(unknown) = outside {
        return unknown;
    }
    if streams.is_empty() {
        return Outcome::not_applicable(
            "the application names no Kinesis stream in the template (sources set in code need a review)",
        )
        .l10n("kinesisanalytics-no-stream", &[]);
    }
    let count = streams.len().to_string();
    Outcome::pass(format!(
        "the {count} stream(s) the application uses are KMS-encrypted"
    ))
    .l10n("kinesisanalytics-streams-kms", &[("count", &count)])
}
