//! Forecast datasets declare a KMS key for imported data.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "forecast-dataset-kms",
    title: "Forecast datasets declare a KMS key for imported data",
    severity: Severity::Medium,
    service: "Amazon Forecast",
    section: "Amazon Forecast",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["FORECAST-KMS"],
    kinds: &["AWS::Forecast::Dataset"],
    phi_only: false,
    rationale: "Forecast encrypts content at rest; the whitepaper asks that a customer KMS key be \
provided for imports where possible. Without EncryptionConfig the dataset is encrypted with a key \
Forecast manages, which the configuration does not declare and whose use leaves no key-usage \
record in the customer's CloudTrail.",
    remediation: "Set `EncryptionConfig.KmsKeyArn` and `EncryptionConfig.RoleArn` (a role Forecast \
can assume to use the key) on `AWS::Forecast::Dataset`. The Terraform AWS provider has no Forecast \
resource; with the AWS Cloud Control provider, `encryption_config` on `awscc_forecast_dataset`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    crate::judge::declared_key::check(
        ctx,
        r,
        "EncryptionConfig.KmsKeyArn",
        (
            "encrypts datasets with a key Forecast manages",
            "forecast-dataset-kms-aws-does",
        ),
    )
}
