//! WorkSpaces encrypt root and user volumes.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "workspaces-volume-encryption",
    title: "WorkSpaces encrypt both the root and the user volume with KMS",
    severity: Severity::Critical,
    service: "Amazon WorkSpaces",
    section: "Amazon WorkSpaces",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["WORKSPACES-VOLUME-ENCRYPTION"],
    kinds: &["AWS::WorkSpaces::Workspace"],
    phi_only: true,
    rationale: "Clinicians and billing staff using WorkSpaces keep PHI on the user volume (D:) \
and in caches and temporary files on the root volume (C:). The whitepaper asks to encrypt both \
with KMS, which also encrypts their snapshots. Encryption is off unless requested and can only be \
chosen when the WorkSpace is created.",
    remediation: "Set `RootVolumeEncryptionEnabled: true`, `UserVolumeEncryptionEnabled: true` and \
`VolumeEncryptionKey` (a symmetric KMS key) on the `AWS::WorkSpaces::Workspace`; in Terraform, \
`root_volume_encryption_enabled`, `user_volume_encryption_enabled` and `volume_encryption_key` on \
`aws_workspaces_workspace`. Existing WorkSpaces must be rebuilt.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    let mut on = Vec::new();
    for (path, what, false_id, absent_id) in [
        (
            "RootVolumeEncryptionEnabled",
            "root",
            "workspaces-root-false",
            "workspaces-root-not-set",
        ),
        (
            "UserVolumeEncryptionEnabled",
            "user",
            "workspaces-user-false",
            "workspaces-user-not-set",
        ),
    ] {
        match flag(r, path) {
            Flag::True(n) => on.push(n.location.clone()),
            Flag::False(n) => {
                return Outcome::fail(format!(
                    "the {what} volume is not encrypted ({path} is false)"
                ))
                .l10n(false_id, &[("path", path)])
                .at(path, n.location.as_ref());
            }
            Flag::Absent => {
                return Outcome::fail(format!(
                    "the {what} volume is not encrypted ({path} is not set)"
                ))
                .l10n(absent_id, &[("path", path)])
                .at(path, None);
            }
            Flag::Unknown(why, loc) => {
                return match r.get(path) {
                    Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
                    Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(path, loc),
                };
            }
        }
    }
    Outcome::pass("root and user volumes are encrypted")
        .l10n("workspaces-encrypted", &[])
        .at(
            "UserVolumeEncryptionEnabled",
            on.last().cloned().flatten().as_ref(),
        )
}
