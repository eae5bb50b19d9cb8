//! CloudTrail log files are encrypted with a KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-kms-encryption",
    title: "CloudTrail trails encrypt their log files with a KMS key (SSE-KMS)",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(b)"],
    requirements: &["CLOUDTRAIL-ENCRYPTED", "FORECAST-CLOUDTRAIL-SSE-KMS"],
    kinds: &["AWS::CloudTrail::Trail"],
    phi_only: false,
    rationale: "The whitepaper asks for an encrypted trail whenever logs might contain PHI. Without \
KMSKeyId, log files are encrypted with S3-managed keys (SSE-S3): anyone who can read the bucket \
reads the logs, and no key use is recorded. With a KMS key, reading the logs also needs kms:Decrypt \
under the key policy, and every decryption is itself logged, which is the trail an auditor can \
follow (164.312(b)). The SSE-S3 default is therefore not accepted, even with trust_aws_defaults.",
    remediation: "Set `KMSKeyId` to a KMS key whose policy lets cloudtrail.amazonaws.com encrypt \
(GenerateDataKey*) and your auditors decrypt; in Terraform, `kms_key_id` on `aws_cloudtrail`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, "KMSKeyId") {
        Err(unknown) => unknown,
        Ok(true) => Outcome::pass("log files are encrypted with a KMS key (SSE-KMS)")
            .l10n("cloudtrail-kms-set", &[])
            .at_lookup("KMSKeyId", r.get("KMSKeyId")),
        Ok(false) => Outcome::fail(
            "KMSKeyId is not set: log files get only the default SSE-S3 encryption, which neither \
             limits who can read them through a key policy nor logs their decryption",
        )
        .l10n("cloudtrail-kms-absent", &[])
        .at("KMSKeyId", None),
    }
}
