//! Secrets name the KMS key that encrypts them.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "secretsmanager-secret-kms",
    title: "Secrets Manager secrets holding PHI name their KMS key",
    severity: Severity::Low,
    service: "AWS Secrets Manager",
    section: "AWS Secrets Manager",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SECRETSMANAGER-KMS"],
    kinds: &["AWS::SecretsManager::Secret"],
    phi_only: true,
    rationale: "Secrets Manager always encrypts secrets with KMS; without `KmsKeyId` it uses the \
AWS managed key aws/secretsmanager, which the whitepaper accepts. A customer managed key lets the \
team restrict who may decrypt the secret through the key policy (and is required to share the \
secret across accounts); naming it is the evidence an auditor reads.",
    remediation: "Set `KmsKeyId` on the `AWS::SecretsManager::Secret` to a customer managed key \
(Terraform: `kms_key_id` on `aws_secretsmanager_secret`), and add an \
`AWS::SecretsManager::RotationSchedule`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, "KmsKeyId") {
        Ok(true) => Outcome::pass("the secret is encrypted with the named KMS key")
            .l10n("secretsmanager-kms-named", &[])
            .at_lookup("KmsKeyId", r.get("KmsKeyId")),
        Ok(false) => ctx.aws_default_said(
            "KmsKeyId",
            (
                "No KMS key is named for the secret",
                "secretsmanager-secret-kms-default-missing",
            ),
            (
                "encrypts secrets with the AWS managed key aws/secretsmanager",
                "secretsmanager-secret-kms-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
