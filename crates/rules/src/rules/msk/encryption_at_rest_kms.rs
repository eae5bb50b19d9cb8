//! MSK clusters holding PHI declare the KMS key that encrypts broker storage.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "msk-encryption-at-rest-kms",
    title: "MSK clusters holding PHI declare the KMS key that encrypts broker storage",
    severity: Severity::Low,
    service: "Amazon MSK",
    section: "Amazon Managed Streaming for Apache Kafka (Amazon MSK)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["MSK-ENCRYPTION-AT-REST"],
    kinds: &["AWS::MSK::Cluster"],
    phi_only: true,
    rationale: "Amazon MSK always encrypts broker EBS volumes; when no key is named it uses the \
AWS managed key aws/kafka. The whitepaper asks teams to choose a customer managed key where their \
policy requires one. Naming the key in the configuration is the evidence an auditor reads, and a \
customer managed key lets the team control and review its key policy.",
    remediation: "Set `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` to a customer managed \
KMS key (`!GetAtt KafkaKey.Arn`); in Terraform, \
`encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn }`. The key can only \
be chosen when the cluster is created.",
    check: Check::Resource(check),
};

const PATH: &str = "EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, PATH) {
        Ok(true) => Outcome::pass("broker storage is encrypted with a declared KMS key")
            .l10n("msk-storage-kms", &[])
            .at_lookup(PATH, r.get(PATH)),
        Ok(false) => ctx.aws_default_said(
            PATH,
            (
                "No KMS key is declared for the broker volumes",
                "msk-encryption-at-rest-kms-default-missing",
            ),
            (
                "encrypts MSK broker storage with the AWS managed key aws/kafka when none is named",
                "msk-encryption-at-rest-kms-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
