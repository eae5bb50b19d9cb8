//! EBS volumes holding PHI are encrypted.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ebs-volume-encrypted",
    title: "EBS volumes holding PHI are encrypted",
    severity: Severity::Critical,
    service: "Amazon EBS",
    section: "Amazon Elastic Block Store",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &[
        "EBS-ENCRYPTION-AT-REST",
        "GEN-ENCRYPT-PHI-AT-REST",
        "BACKUP-SOURCE-ENCRYPTED",
    ],
    kinds: &["AWS::EC2::Volume"],
    phi_only: true,
    rationale: "The whitepaper accepts EBS encryption (a unique data key per volume, wrapped by a \
KMS key) as encryption at rest consistent with the HHS Guidance. A volume is unencrypted unless \
Encrypted is true or the account turns on EBS encryption by default, a setting the template does \
not show. A volume restored from a snapshot takes the snapshot's encryption, so without \
Encrypted it cannot be judged from the template (unknown).",
    remediation: "Set `Encrypted: true` (and `KmsKeyId` for a customer managed key) on the \
AWS::EC2::Volume; in Terraform, `encrypted = true` on `aws_ebs_volume`. An existing volume is \
encrypted by copying a snapshot with encryption and creating a new volume from it.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if matches!(flag(r, "Encrypted"), Flag::Absent) && !r.get("SnapshotId").is_absent() {
        return Outcome::unknown(
            "the volume is restored from SnapshotId without Encrypted: it takes the snapshot's encryption, which the template does not show",
        )
        .l10n("ebs-volume-from-snapshot", &[])
        .at_lookup("SnapshotId", r.get("SnapshotId"));
    }
    require_true_said(
        r,
        "Encrypted",
        "EBS encryption",
        "what-ebs-encryption",
        Outcome::fail(
            "Encrypted is not set: the volume is unencrypted unless the account turns on EBS \
             encryption by default, which the configuration does not show",
        )
        .l10n("ebs-volume-encrypted-absent", &[]),
    )
}
