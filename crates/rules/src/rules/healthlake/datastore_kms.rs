//! HealthLake data stores declare their encryption key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "healthlake-datastore-kms",
    title: "HealthLake FHIR data stores declare their encryption key",
    severity: Severity::Low,
    service: "Amazon HealthLake",
    section: "Amazon HealthLake",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["HEALTHLAKE-KMS"],
    kinds: &["AWS::HealthLake::FHIRDatastore"],
    phi_only: true,
    rationale: "HealthLake encrypts every data store at rest; a customer managed KMS key may be \
used. Declaring the choice in SseConfiguration makes the protection part of the configuration an \
auditor reads, and a customer managed key adds key-usage records in CloudTrail and control over \
the key policy.",
    remediation: "Set `SseConfiguration.KmsEncryptionConfig` with `CmkType: \
CUSTOMER_MANAGED_KMS_KEY` and `KmsKeyId` (or `CmkType: AWS_OWNED_KMS_KEY` to declare the service \
key) on `AWS::HealthLake::FHIRDatastore`. The Terraform AWS provider has no HealthLake resource; \
with the AWS Cloud Control provider, `sse_configuration` on `awscc_healthlake_fhir_datastore`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let path = "SseConfiguration.KmsEncryptionConfig.CmkType";
    match r.get(path) {
        Lookup::Absent => ctx.aws_default_said(
            "SseConfiguration",
            (
                "No SseConfiguration is declared",
                "healthlake-datastore-kms-default-missing",
            ),
            (
                "encrypts FHIR data stores with an AWS-owned key",
                "healthlake-datastore-kms-default-does",
            ),
        ),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match n.as_str() {
            Some("CUSTOMER_MANAGED_KMS_KEY") => {
                Outcome::pass("encrypted with a customer managed KMS key")
                    .l10n("healthlake-kms-customer", &[])
            }
            Some("AWS_OWNED_KMS_KEY") => {
                Outcome::pass("encryption with the AWS-owned key is declared")
                    .l10n("healthlake-kms-aws-owned", &[])
            }
            Some(other) => Outcome::unknown(format!("CmkType '{other}' is not one phiguard knows"))
                .l10n("healthlake-cmk-type-unknown", &[("type", other)]),
            None => crate::outcome::path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
    }
}
