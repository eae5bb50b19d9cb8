//! CodeBuild projects encrypt build output with a named KMS key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "codebuild-artifact-encryption",
    title: "CodeBuild projects encrypt artifacts and S3 logs with a named KMS key",
    severity: Severity::Medium,
    service: "AWS CodeBuild",
    section: "AWS CodeBuild",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["CODEBUILD-KMS-ARTIFACTS"],
    kinds: &["AWS::CodeBuild::Project"],
    phi_only: false,
    rationale: "The whitepaper asks to create and configure a KMS key before building artifacts \
that contain PHI, secrets or certificates, so that CodeBuild encrypts the output with it. Without \
`EncryptionKey` CodeBuild uses the AWS managed key aws/s3; `EncryptionDisabled: true` on an \
artifact or on S3 logs turns encryption off altogether.",
    remediation: "Set `EncryptionKey` to a customer managed KMS key ARN, and remove \
`EncryptionDisabled: true` from `Artifacts`, `SecondaryArtifacts` and `LogsConfig.S3Logs`; in \
Terraform, `encryption_key` on `aws_codebuild_project` and `encryption_disabled = false`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let mut places = vec!["Artifacts".to_string(), "LogsConfig.S3Logs".to_string()];
    if let Lookup::Set(n) = r.get("SecondaryArtifacts") {
        places.extend((0..n.items().len()).map(|i| format!("SecondaryArtifacts.{i}")));
    }
    for place in &places {
        let path = format!("{place}.EncryptionDisabled");
        match flag(r, &path) {
            Flag::True(n) => {
                return Outcome::fail(format!(
                    "{place} turns encryption off (EncryptionDisabled: true)"
                ))
                .l10n("codebuild-encryption-disabled", &[("place", place)])
                .at(&path, n.location.as_ref());
            }
            Flag::Unknown(why, loc) => {
                return match r.get(&path) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(&path, n),
                    Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(&path, loc),
                };
            }
            Flag::False(_) | Flag::Absent => {}
        }
    }
    let no_artifacts = matches!(string_attr(r, "Artifacts.Type"), Ok(Some((t, _))) if t.eq_ignore_ascii_case("NO_ARTIFACTS"));
    let s3_logs = matches!(string_attr(r, "LogsConfig.S3Logs.Status"), Ok(Some((s, _))) if s.eq_ignore_ascii_case("ENABLED"));
    if no_artifacts && places.len() == 2 && !s3_logs {
        return Outcome::not_applicable("the project produces no artifacts and no S3 logs")
            .l10n("codebuild-no-output", &[]);
    }
    match is_set(r, "EncryptionKey") {
        Ok(true) => Outcome::pass("build output is encrypted with the named KMS key")
            .l10n("codebuild-kms-named", &[])
            .at_lookup("EncryptionKey", r.get("EncryptionKey")),
        Ok(false) => ctx.aws_default_said(
            "EncryptionKey",
            (
                "No KMS key is named for the build output",
                "codebuild-artifact-encryption-default-missing",
            ),
            (
                "encrypts it with the AWS managed key aws/s3",
                "codebuild-artifact-encryption-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
