//! EFS file systems holding PHI are encrypted at rest.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "efs-file-system-encrypted",
    title: "EFS file systems holding PHI are encrypted at rest",
    severity: Severity::Critical,
    service: "Amazon EFS",
    section: "Amazon Elastic File System (Amazon EFS)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &[
        "EFS-ENCRYPTION-AT-REST",
        "GEN-ENCRYPT-PHI-AT-REST",
        "BACKUP-SOURCE-ENCRYPTED",
    ],
    kinds: &["AWS::EFS::FileSystem"],
    phi_only: true,
    rationale: "The whitepaper asks for encryption at rest to be enabled when the EFS file system \
is created (AES-256 with a KMS key); it cannot be turned on afterwards. In CloudFormation and \
Terraform, Encrypted defaults to false (only the console turns it on by default), so a file system \
without Encrypted: true is unencrypted.",
    remediation: "Set `Encrypted: true` (and `KmsKeyId` for a customer managed key) on the \
AWS::EFS::FileSystem; in Terraform, `encrypted = true` on `aws_efs_file_system`. An existing file \
system must be replaced by an encrypted one and the data copied (for example with AWS DataSync).",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    require_true_said(
        r,
        "Encrypted",
        "encryption at rest",
        "what-encryption-at-rest",
        Outcome::fail(
            "Encrypted is not set; CloudFormation creates EFS file systems unencrypted by default",
        )
        .l10n("efs-encrypted-absent", &[]),
    )
}
