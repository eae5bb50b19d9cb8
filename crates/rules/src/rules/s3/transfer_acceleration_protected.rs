//! Buckets with Transfer Acceleration declare encryption and refuse plaintext requests.
use crate::MessagePart;
use crate::judge::bucket::{Declared, bucket_encryption};
use crate::judge::policy::{Plaintext, PlaintextScope, deny_plaintext, document};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "s3-transfer-acceleration-protected",
    title: "S3 buckets with Transfer Acceleration declare default encryption and deny non-TLS requests",
    severity: Severity::High,
    service: "Amazon S3 Transfer Acceleration",
    section: "Amazon S3 Transfer Acceleration",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(a)(2)(iv)"],
    requirements: &["S3TA-ENCRYPTED"],
    kinds: &["AWS::S3::Bucket"],
    phi_only: true,
    rationale: "Transfer Acceleration routes uploads and downloads through CloudFront edge \
locations over the public internet. The whitepaper asks that PHI moved this way be encrypted in \
transit and at rest per the S3 guidance: a bucket policy that denies requests with \
`aws:SecureTransport` false (the accelerate endpoint also serves HTTP), and default encryption.",
    remediation: "On the accelerated bucket, declare `BucketEncryption` (SSE-S3 or SSE-KMS) and \
add an `AWS::S3::BucketPolicy` statement denying `s3:*` to `Principal: \"*\"` when \
`aws:SecureTransport` is false; in Terraform, `aws_s3_bucket_server_side_encryption_configuration` \
and an `aws_s3_bucket_policy` with that statement.",
    check: Check::Resource(check),
};

const ACCEL: &str = "AccelerateConfiguration.AccelerationStatus";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, ACCEL) {
        Ok(Some(("Enabled", _))) => {}
        Ok(_) => {
            return Outcome::not_applicable("Transfer Acceleration is not enabled")
                .l10n("s3-acceleration-off", &[]);
        }
        Err(unknown) => return unknown,
    }
    let at = r.get(ACCEL).location().cloned();
    let mut missing = Vec::new();
    let mut unknown = Vec::new();
    // Which of the two missing protections were found, for the message id, and why the
    // policy does not refuse plaintext requests.
    let (mut no_encryption, mut no_policy, mut gap) = (false, false, None);
    match bucket_encryption(r) {
        Declared::Yes(_) => {}
        Declared::No if ctx.config.trust_aws_defaults => {}
        Declared::No => {
            no_encryption = true;
            missing.push("declares no default encryption (AWS applies SSE-S3, but the configuration does not declare it)".to_string());
        }
        Declared::Unknown(why) => unknown.push((
            format!("default encryption {why}"),
            reason_said("s3-acceleration-encryption-unknown", &[], &why),
        )),
    }
    let name = r
        .get("BucketName")
        .node()
        .and_then(Node::as_str)
        .map(str::to_string);
    let covers = |n: &Node| -> Option<bool> {
        match &n.value {
            Value::Str(s) if s == "*" || s.contains("${") => Some(true),
            Value::Str(s) => name.as_ref().map(|b| s.contains(b.as_str())),
            Value::Ref { .. } => Some(true),
            _ => None,
        }
    };
    let mut docs = Vec::new();
    for p in ctx.graph.referrers(r.id, "AWS::S3::BucketPolicy") {
        match p.get("PolicyDocument") {
            Lookup::Set(n) | Lookup::Unknown(n) => match document(n) {
                Ok(d) => docs.push(d),
                Err(why) => unknown.push((
                    format!("the policy of '{}' {why}", p.name),
                    reason_said(
                        "s3-acceleration-policy-unknown",
                        &[("policy", &p.name)],
                        &why,
                    ),
                )),
            },
            Lookup::Absent => {}
        }
    }
    if docs.is_empty() && unknown.is_empty() {
        no_policy = true;
        missing.push("has no bucket policy denying requests without TLS".into());
    } else if !docs.is_empty() {
        match deny_plaintext(
            &docs,
            &PlaintextScope {
                data_actions: &["s3:GetObject", "s3:PutObject"],
                covers: &covers,
            },
        ) {
            Plaintext::Enforced(_) => {}
            Plaintext::NotEnforced(why) => {
                missing.push(format!("does not refuse plaintext requests ({why})"));
                gap = Some(why);
            }
            Plaintext::Unknown(why, _) => unknown.push((why, None)),
        }
    }
    if !missing.is_empty() {
        let out = Outcome::fail(format!("the accelerated bucket {}", missing.join(" and ")));
        let out = match (no_encryption, no_policy, gap) {
            (true, false, None) => out.l10n("s3-acceleration-no-encryption", &[]),
            (false, true, None) => out.l10n("s3-acceleration-no-policy", &[]),
            (true, true, None) => out.l10n("s3-acceleration-no-encryption-no-policy", &[]),
            (false, false, Some(g)) => g.said(
                out,
                "s3-acceleration-not-refused",
                "s3-acceleration-not-refused-actions",
            ),
            (true, false, Some(g)) => g.said(
                out,
                "s3-acceleration-no-encryption-not-refused",
                "s3-acceleration-no-encryption-not-refused-actions",
            ),
            _ => out,
        };
        return out.at(ACCEL, at.as_ref());
    }
    if !unknown.is_empty() {
        let text: Vec<&str> = unknown.iter().map(|(t, _)| t.as_str()).collect();
        let mut o = Outcome::unknown(format!(
            "cannot tell whether the accelerated bucket is protected: {}",
            text.join("; ")
        ));
        // Each reason, joined by `s3-acceleration-next`.
        o.l10n = unknown
            .into_iter()
            .map(|(_, said)| said)
            .collect::<Option<Vec<_>>>()
            .and_then(|parts| {
                parts.into_iter().rev().reduce(|rest, first| {
                    MessagePart::new("s3-acceleration-next", &[])
                        .with("first", first)
                        .with("rest", rest)
                })
            })
            .map(|why| vec![MessagePart::new("s3-acceleration-unknown", &[]).with("why", why)]);
        return o.at(ACCEL, at.as_ref());
    }
    Outcome::pass(
        "the accelerated bucket declares default encryption and denies requests without TLS",
    )
    .l10n("s3-acceleration-protected", &[])
    .at(ACCEL, at.as_ref())
}

/// Message `id` with `args` and the model's reason `why` as nested argument `reason`;
/// `None` when the reason has no Fluent form.
fn reason_said(id: &'static str, args: &[(&'static str, &str)], why: &str) -> Option<MessagePart> {
    phiguard_model::reason_l10n(why).map(|reason| MessagePart::new(id, args).with("reason", reason))
}
