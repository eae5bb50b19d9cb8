//! Neptune clusters holding PHI encrypt their storage.
use crate::judge::inherited;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "neptune-storage-encrypted",
    title: "Neptune DB clusters holding PHI set StorageEncrypted",
    severity: Severity::Critical,
    service: "Amazon Neptune",
    section: "Amazon Neptune",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["NEPTUNE-ENCRYPTION-AT-REST"],
    kinds: &["AWS::Neptune::DBCluster"],
    phi_only: true,
    rationale: "The whitepaper allows PHI in Neptune only in an encrypted instance. Encryption \
covers the storage, logs, backups and snapshots, uses KMS, and can only be chosen when the \
cluster is created; the API creates unencrypted clusters unless StorageEncrypted is set.",
    remediation: "Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key) on the \
`AWS::Neptune::DBCluster`; in Terraform, `storage_encrypted = true` on `aws_neptune_cluster`. An \
existing cluster must be restored from a snapshot into a new encrypted cluster.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if let Some(o) = inherited::encryption(ctx, r, inherited::CLUSTER_RESTORES, "StorageEncrypted")
    {
        return o;
    }
    require_true_said(
        r,
        "StorageEncrypted",
        "storage encryption",
        "what-storage-encryption",
        Outcome::fail(
            "StorageEncrypted is not set; Neptune creates unencrypted clusters by default",
        )
        .l10n("neptune-storage-encrypted-absent", &[]),
    )
}
