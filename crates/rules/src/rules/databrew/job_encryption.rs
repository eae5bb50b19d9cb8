//! DataBrew jobs encrypt their S3 output.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "databrew-job-encryption",
    title: "DataBrew jobs encrypt their S3 output (EncryptionMode SSE-S3 or SSE-KMS)",
    severity: Severity::High,
    service: "AWS Glue DataBrew",
    section: "AWS Glue DataBrew",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["DATABREW-JOB-OUTPUT-SSE"],
    kinds: &["AWS::DataBrew::Job"],
    phi_only: false,
    rationale: "Recipe and profile jobs write cleaned PHI and profiles of it (value samples, \
distributions) to S3. The whitepaper asks to pass SSE-S3 or SSE-KMS settings to the job so its \
outputs are encrypted regardless of the bucket's defaults.",
    remediation: "Set `EncryptionMode: SSE-KMS` with `EncryptionKeyArn` (or `SSE-S3`) on the \
`AWS::DataBrew::Job` (Terraform: `encryption_mode` on `awscc_databrew_job`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "EncryptionMode";
    match string_attr(r, P) {
        Ok(Some((m, loc)))
            if m.eq_ignore_ascii_case("SSE-KMS") || m.eq_ignore_ascii_case("SSE-S3") =>
        {
            Outcome::pass(format!("job output is encrypted ({m})"))
                .l10n("databrew-job-encrypted", &[("mode", m)])
                .at(P, loc)
        }
        Ok(Some((m, loc))) => {
            Outcome::fail(format!("EncryptionMode '{m}' does not encrypt job output"))
                .l10n("databrew-job-mode-unencrypted", &[("mode", m)])
                .at(P, loc)
        }
        Ok(None) => ctx.aws_default_said(
            P,
            (
                "No encryption mode is set for the job output",
                "databrew-job-encryption-default-missing",
            ),
            (
                "encrypts new S3 objects with SSE-S3 by default",
                "databrew-job-encryption-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
