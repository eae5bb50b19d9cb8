//! CodeCommit repositories declare their encryption key.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "codecommit-repository-kms",
    title: "CodeCommit repositories holding PHI declare their KMS key",
    severity: Severity::Low,
    service: "AWS CodeCommit",
    section: "AWS CodeCommit",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["CODECOMMIT-DEFAULT-ENCRYPTION"],
    kinds: &["AWS::CodeCommit::Repository"],
    phi_only: true,
    rationale: "CodeCommit encrypts repositories at rest and in transit; without `KmsKeyId` it uses \
the AWS managed key aws/codecommit, which the whitepaper accepts. Naming the key is the evidence an \
auditor reads, and a customer managed key lets the team control who may decrypt the repository.",
    remediation: "Set `KmsKeyId` on the `AWS::CodeCommit::Repository` to a customer managed key \
(Terraform: `kms_key_id` on `aws_codecommit_repository`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, "KmsKeyId") {
        Ok(true) => Outcome::pass("the repository is encrypted with the named KMS key")
            .at_lookup("KmsKeyId", r.get("KmsKeyId")),
        Ok(false) => ctx.aws_default_said(
            "KmsKeyId",
            (
                "No KMS key is named for the repository",
                "codecommit-repository-kms-default-missing",
            ),
            (
                "encrypts repositories with the AWS managed key aws/codecommit",
                "codecommit-repository-kms-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}
