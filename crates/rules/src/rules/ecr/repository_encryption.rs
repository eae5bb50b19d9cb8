//! ECR repositories declare how images are encrypted at rest.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ecr-repository-encryption",
    title: "ECR repositories holding PHI declare image encryption at rest (AES256 or KMS)",
    severity: Severity::Low,
    service: "Amazon Elastic Container Registry",
    section: "Amazon Elastic Container Registry",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["ECR-ENCRYPTED-DEFAULT"],
    kinds: &["AWS::ECR::Repository"],
    phi_only: true,
    rationale: "The whitepaper notes that ECR needs no special steps for images containing PHI: \
images are encrypted at rest with SSE-S3 and KMS is optional. Declaring EncryptionConfiguration \
records that protection in the configuration an auditor reads; teams that accept the service \
default can set trust_aws_defaults.",
    remediation: "Set `EncryptionConfiguration.EncryptionType` to `AES256`, `KMS` or `KMS_DSSE` \
(with `KmsKey` for a customer managed key) on `AWS::ECR::Repository`; in Terraform, \
`encryption_configuration { encryption_type = \"KMS\", kms_key = ... }` on `aws_ecr_repository`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "EncryptionConfiguration.EncryptionType";
    match r.get(path) {
        Lookup::Absent => ctx.aws_default_said(
            "EncryptionConfiguration",
            (
                "No image encryption is declared",
                "ecr-repository-encryption-default-missing",
            ),
            (
                "encrypts images with AES256 (SSE-S3) by default",
                "ecr-repository-encryption-default-does",
            ),
        ),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some(t @ ("AES256" | "KMS" | "KMS_DSSE")) => {
                Outcome::pass(format!("images are encrypted with {t}"))
                    .l10n("ecr-images-encrypted", &[("type", t)])
            }
            Some(other) => Outcome::fail(format!(
                "EncryptionType '{other}' is not an ECR encryption type"
            ))
            .l10n("ecr-invalid-type", &[("type", other)]),
            None => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
