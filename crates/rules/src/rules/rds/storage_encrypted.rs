//! RDS instances and Aurora clusters holding PHI encrypt their storage.
use crate::judge::inherited::{self, Source};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-storage-encrypted",
    title: "RDS DB instances and Aurora clusters holding PHI set StorageEncrypted",
    severity: Severity::Critical,
    service: "Amazon RDS",
    section: "Amazon RDS for MySQL",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &[
        "RDS-MYSQL-ENCRYPTION-AT-REST",
        "RDS-MARIADB-ENCRYPTION-AT-REST",
        "RDS-POSTGRES-ENCRYPTION-AT-REST",
        "RDS-ORACLE-ENCRYPTION-AT-REST",
        "RDS-SQLSERVER-ENCRYPTION-AT-REST",
        "AURORA-ENCRYPTION-AT-REST",
        "AURORA-POSTGRES-ENCRYPTION-AT-REST",
        "BACKUP-SOURCE-ENCRYPTED",
    ],
    kinds: &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
    phi_only: true,
    rationale: "Every RDS engine section of the whitepaper requires encryption at rest of PHI. \
RDS encrypts the storage, automated backups, read replicas and snapshots with KMS when \
StorageEncrypted is set; it cannot be turned on after creation, and AWS does not encrypt by default.",
    remediation: "Set `StorageEncrypted: true` (and `KmsKeyId` for a customer-managed key) on the \
DB instance, or on the DB cluster for Aurora; in Terraform, `storage_encrypted = true`. An \
existing database must be restored from an encrypted snapshot copy.",
    check: Check::Resource(check),
};

/// Sources an instance or cluster inherits its encryption from. An Aurora snapshot restore
/// with `KmsKeyId` is encrypted whatever the snapshot; an instance restore or a replica
/// cannot encrypt an unencrypted source.
const SOURCES: &[Source] = &[
    Source {
        attribute: "SnapshotIdentifier",
        key_decides: true,
    },
    Source {
        attribute: "DBSnapshotIdentifier",
        key_decides: false,
    },
    Source {
        attribute: "DBClusterSnapshotIdentifier",
        key_decides: false,
    },
    Source {
        attribute: "SourceDBInstanceIdentifier",
        key_decides: false,
    },
    Source {
        attribute: "SourceDBClusterIdentifier",
        key_decides: false,
    },
];

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    // Aurora instances inherit encryption from their cluster; the cluster carries the verdict.
    if r.kind == "AWS::RDS::DBInstance" && !r.get("DBClusterIdentifier").is_absent() {
        return Outcome::not_applicable(
            "member of an Aurora cluster; the cluster carries the verdict",
        )
        .l10n("rds-aurora-member", &[]);
    }
    if let Some(o) = inherited::encryption(ctx, r, SOURCES, "StorageEncrypted") {
        return o;
    }
    require_true_said(
        r,
        "StorageEncrypted",
        "storage encryption",
        "what-storage-encryption",
        Outcome::fail("StorageEncrypted is not set; RDS storage is unencrypted by default")
            .l10n("rds-storage-encrypted-absent", &[]),
    )
}
