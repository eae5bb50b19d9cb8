//! DocumentDB clusters holding PHI encrypt their storage.
use crate::judge::inherited;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "docdb-storage-encrypted",
    title: "DocumentDB clusters holding PHI set StorageEncrypted",
    severity: Severity::Critical,
    service: "Amazon DocumentDB",
    section: "Amazon DocumentDB (with MongoDB compatibility)",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["DOCDB-ENCRYPTION-AT-REST"],
    kinds: &["AWS::DocDB::DBCluster"],
    phi_only: true,
    rationale: "The whitepaper asks that DocumentDB encryption at rest be enabled when the cluster is \
created; it then covers the storage, automated backups, replicas and snapshots with a KMS key. It \
cannot be turned on later, and a cluster is unencrypted unless StorageEncrypted is set.",
    remediation: "Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key) on \
`AWS::DocDB::DBCluster`; in Terraform, `storage_encrypted = true` and `kms_key_id` on \
`aws_docdb_cluster`. An existing cluster must be restored from an encrypted snapshot copy.",
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
            "StorageEncrypted is not set; DocumentDB clusters are unencrypted by default",
        )
        .l10n("docdb-storage-encrypted-absent", &[]),
    )
}
