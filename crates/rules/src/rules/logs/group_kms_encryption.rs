//! CloudWatch Logs log groups holding PHI are encrypted with a KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "logs-group-kms-encryption",
    title: "CloudWatch Logs log groups holding PHI are encrypted with a KMS key (KmsKeyId)",
    severity: Severity::Low,
    service: "Amazon CloudWatch Logs",
    section: "Amazon CloudWatch Logs",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(b)"],
    requirements: &["CWLOGS-ENCRYPTED-DEFAULT"],
    kinds: &["AWS::Logs::LogGroup"],
    phi_only: true,
    rationale: "CloudWatch Logs encrypts log data at rest with service-managed keys, so the \
whitepaper does not require PHI in logs to be encrypted again. Those keys, however, leave no \
record of their use in the customer's CloudTrail and cannot be restricted by a key policy; a KMS \
key associated with the log group does both, which is the evidence of controlled access an \
auditor can follow (164.312(b)). phiguard therefore asks for KmsKeyId on log groups that hold \
PHI, and does not accept the service default even with trust_aws_defaults (low severity: the data \
is encrypted either way).",
    remediation: "Set `KmsKeyId` to the ARN of a KMS key whose policy allows \
logs.<region>.amazonaws.com to use it; in Terraform, `kms_key_id` on `aws_cloudwatch_log_group`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, "KmsKeyId") {
        Err(unknown) => unknown,
        Ok(true) => Outcome::pass("the log group is encrypted with a KMS key")
            .l10n("logs-kms-set", &[])
            .at_lookup("KmsKeyId", r.get("KmsKeyId")),
        Ok(false) => Outcome::fail(
            "KmsKeyId is not set: CloudWatch Logs encrypts the data with service-managed keys by \
             default, but only a KMS key limits access by key policy and leaves a key-usage trail \
             in CloudTrail",
        )
        .l10n("logs-kms-absent", &[])
        .at("KmsKeyId", None),
    }
}
