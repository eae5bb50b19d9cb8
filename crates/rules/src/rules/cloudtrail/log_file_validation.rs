//! CloudTrail proves its log files were not altered.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "cloudtrail-log-file-validation",
    title: "CloudTrail trails have log file integrity validation enabled",
    severity: Severity::High,
    service: "AWS CloudTrail",
    section: "AWS CloudTrail",
    cfr: &[
        "45 CFR 164.312(c)(1)",
        "45 CFR 164.312(c)(2)",
        "45 CFR 164.312(b)",
    ],
    requirements: &["CLOUDTRAIL-LOG-FILE-VALIDATION"],
    kinds: &["AWS::CloudTrail::Trail"],
    phi_only: false,
    rationale: "The whitepaper calls CloudTrail the final destination of AWS log entries and asks \
for log file integrity validation, with the digest files reviewed periodically, so that the team \
can assert the logs were not changed (integrity, 164.312(c)). Validation is off unless \
EnableLogFileValidation is true. Reviewing the digests is a process the template cannot show.",
    remediation: "Set `EnableLogFileValidation: true`; in Terraform, \
`enable_log_file_validation = true` on `aws_cloudtrail`. Check the digests with \
`aws cloudtrail validate-logs`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    require_true_said(
        r,
        "EnableLogFileValidation",
        "log file integrity validation",
        "what-log-file-integrity-validation",
        Outcome::fail(
            "EnableLogFileValidation is not set; CloudTrail writes no digest files by default",
        )
        .l10n("cloudtrail-validation-absent", &[]),
    )
}
