//! RDS instances and Aurora clusters holding PHI encrypt their storage.
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

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    // Aurora instances inherit encryption from their cluster; the cluster carries the verdict.
    if r.kind == "AWS::RDS::DBInstance" && !r.get("DBClusterIdentifier").is_absent() {
        return Outcome::not_applicable(
            "member of an Aurora cluster; the cluster carries the verdict",
        );
    }
    if !r.get("StorageEncrypted").is_absent() {
        return require_true(
            r,
            "StorageEncrypted",
            "storage encryption",
            Outcome::fail(""),
        );
    }
    // A read replica or snapshot restore inherits the source's encryption.
    for inherited in [
        "SourceDBInstanceIdentifier",
        "SourceDBClusterIdentifier",
        "SnapshotIdentifier",
        "DBSnapshotIdentifier",
    ] {
        let lookup = r.get(inherited);
        let Some(node) = lookup.node() else {
            if let Lookup::Unknown(n) = lookup {
                return Outcome::unknown(format!(
                    "encryption is inherited from {inherited}, which {}",
                    crate::unknown_reason(n)
                ))
                .at(inherited, n.location.as_ref());
            }
            continue;
        };
        return match ctx.graph.target_of(r, node) {
            Some(source) if inherited.starts_with("Source") => match flag(source, "StorageEncrypted") {
                Flag::True(_) => Outcome::pass(format!("inherits storage encryption from {}", source.name)),
                Flag::False(_) | Flag::Absent => Outcome::fail(format!(
                    "inherits unencrypted storage from {}; a replica of an unencrypted database is unencrypted",
                    source.name
                )),
                Flag::Unknown(why, _) => Outcome::unknown(format!("inherits encryption from {}, whose StorageEncrypted {why}", source.name)),
            }
            .at(inherited, node.location.as_ref()),
            _ => Outcome::unknown(format!("encryption is inherited from {inherited}, which is not in this scan"))
                .at(inherited, node.location.as_ref()),
        };
    }
    Outcome::fail("StorageEncrypted is not set; RDS storage is unencrypted by default")
        .at("StorageEncrypted", None)
}
