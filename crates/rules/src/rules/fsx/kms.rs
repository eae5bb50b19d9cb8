//! FSx file systems holding PHI declare the KMS key that encrypts them.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "fsx-kms",
    title: "FSx file systems holding PHI declare the KMS key that encrypts them",
    severity: Severity::Medium,
    service: "Amazon FSx",
    section: "Amazon FSx",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["FSX-ENCRYPTION-AT-REST"],
    kinds: &["AWS::FSx::FileSystem"],
    phi_only: true,
    rationale: "FSx encrypts every file system at rest with AES-256; Windows, ONTAP, OpenZFS and \
persistent Lustre file systems use the AWS managed key aws/fsx unless KmsKeyId names another, and \
the whitepaper suggests a customer KMS key where required. Declaring the key makes the protection \
part of the configuration an auditor reads. Lustre scratch file systems always use a key FSx \
manages and cannot name one, so they pass.",
    remediation: "Set `KmsKeyId` on `AWS::FSx::FileSystem` (a customer managed key); in Terraform, \
`kms_key_id` on `aws_fsx_windows_file_system`, `aws_fsx_lustre_file_system`, \
`aws_fsx_ontap_file_system` or `aws_fsx_openzfs_file_system`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let lustre = r.get("FileSystemType").node().and_then(Node::as_str) == Some("LUSTRE");
    if lustre {
        match r.get("LustreConfiguration.DeploymentType") {
            Lookup::Absent => {
                return Outcome::pass(
                    "a Lustre scratch file system (SCRATCH_1 by default) is always encrypted with a key FSx manages",
                )
                .l10n("fsx-kms-scratch-default", &[]);
            }
            Lookup::Unknown(n) => {
                return crate::outcome::path_unknown("LustreConfiguration.DeploymentType", n);
            }
            Lookup::Set(n) if n.as_str().is_some_and(|d| d.starts_with("SCRATCH")) => {
                return Outcome::pass(
                    "Lustre scratch file systems are always encrypted with a key FSx manages",
                )
                .l10n("fsx-kms-scratch", &[])
                .at("LustreConfiguration.DeploymentType", n.location.as_ref());
            }
            Lookup::Set(_) => {}
        }
    }
    crate::judge::declared_key::check(
        ctx,
        r,
        "KmsKeyId",
        (
            "encrypts the file system with the AWS managed key aws/fsx",
            "fsx-kms-aws-does",
        ),
    )
}
