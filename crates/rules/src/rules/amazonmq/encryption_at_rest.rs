//! ActiveMQ brokers holding PHI declare their at-rest encryption key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "mq-encryption-at-rest",
    title: "Amazon MQ (ActiveMQ) brokers holding PHI declare their at-rest encryption key",
    severity: Severity::Low,
    service: "Amazon MQ",
    section: "Amazon MQ",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["MQ-ENCRYPTION-AT-REST"],
    kinds: &["AWS::AmazonMQ::Broker"],
    phi_only: true,
    rationale: "Amazon MQ encrypts messages at rest; for ActiveMQ brokers the team chooses an AWS \
owned key, the AWS managed key aws/mq or a customer managed KMS key. The whitepaper accepts the \
service-managed keys; declaring the choice in `EncryptionOptions` is the evidence an auditor reads. \
RabbitMQ brokers always use an AWS owned key and have no setting, so the rule does not apply to them.",
    remediation: "Declare `EncryptionOptions: {UseAwsOwnedKey: false, KmsKeyId: <key ARN>}` for a \
KMS key (or `UseAwsOwnedKey: true` to record the AWS owned key); in Terraform, \
`encryption_options { use_aws_owned_key = false kms_key_id = aws_kms_key.mq.arn }`. The key is \
fixed when the broker is created.",
    check: Check::Resource(check),
};

const OPTS: &str = "EncryptionOptions";
const OWNED: &str = "EncryptionOptions.UseAwsOwnedKey";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "EngineType").map(|e| e.map(|(s, _)| s.to_ascii_uppercase())) {
        Ok(Some(e)) if e == "RABBITMQ" => {
            return Outcome::not_applicable(
                "RabbitMQ brokers are always encrypted at rest with an AWS owned key and have no key setting",
            )
            .l10n("mq-rabbitmq-encrypted", &[]);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    if r.get(OPTS).is_absent() {
        return ctx.aws_default_said(
            OPTS,
            (
                "No at-rest encryption option is declared",
                "mq-encryption-at-rest-default-missing",
            ),
            (
                "encrypts ActiveMQ brokers with an AWS owned key when none is declared",
                "mq-encryption-at-rest-default-does",
            ),
        );
    }
    match flag(r, OWNED) {
        Flag::True(n) => Outcome::pass("at-rest encryption with an AWS owned key is declared")
            .l10n("mq-aws-owned-key", &[])
            .at(OWNED, n.location.as_ref()),
        Flag::False(n) => if is_set(r, "EncryptionOptions.KmsKeyId").unwrap_or(true) {
            Outcome::pass("messages are encrypted at rest with the declared KMS key")
                .l10n("mq-declared-key", &[])
        } else {
            Outcome::pass("messages are encrypted at rest with the AWS managed key aws/mq")
                .l10n("mq-managed-key", &[])
        }
        .at(OWNED, n.location.as_ref()),
        Flag::Unknown(why, loc) => match r.get(OWNED) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(OWNED, n),
            Lookup::Absent => Outcome::unknown(format!("{OWNED} {why}")).at(OWNED, loc),
        },
        Flag::Absent => ctx.aws_default_said(
            OWNED,
            (
                "EncryptionOptions does not say which key encrypts the broker",
                "mq-encryption-at-rest-default-missing-2",
            ),
            (
                "uses an AWS owned key when UseAwsOwnedKey is not set",
                "mq-encryption-at-rest-default-does-2",
            ),
        ),
    }
}
