//! Databases holding PHI keep automated backups (`BackupRetentionPeriod` above zero).
use crate::judge::rds_settings;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-backup-retention",
    title: "RDS, Aurora, DocumentDB and Neptune databases holding PHI keep automated backups",
    severity: Severity::High,
    service: "Amazon RDS",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(A)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["BACKUP-RDS-RETENTION"],
    kinds: &[
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster",
        "AWS::DocDB::DBCluster",
        "AWS::Neptune::DBCluster",
    ],
    phi_only: true,
    rationale: "HIPAA's contingency plan requires a data backup plan that keeps retrievable exact \
copies of ePHI (164.308(a)(7)(ii)(A)), and the whitepaper's backup and disaster-recovery \
section builds on the services' automated backups. `BackupRetentionPeriod: 0` turns RDS \
automated backups and point-in-time recovery off; when the property is absent, RDS keeps \
backups for one day. Seven days or more is the usual floor for PHI.",
    remediation: "Set `BackupRetentionPeriod` to 7 or more (up to 35) on the DB instance, or on \
the DB cluster for Aurora, DocumentDB and Neptune; in Terraform, `backup_retention_period`. \
Add `DeletionProtection: true` and `DeletionPolicy: Snapshot` so the backups outlive an \
accidental delete.",
    check: Check::Resource(check),
};

const PATH: &str = "BackupRetentionPeriod";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if rds_settings::in_cluster(r) {
        return Outcome::not_applicable(
            "member of a DB cluster; the cluster's backup retention applies",
        )
        .l10n("rds-backup-cluster-member", &[]);
    }
    if r.kind == "AWS::RDS::DBInstance" && !r.get("SourceDBInstanceIdentifier").is_absent() {
        return Outcome::not_applicable(
            "read replica; automated backups are kept for its source database",
        )
        .l10n("rds-backup-read-replica", &[]);
    }
    match r.get(PATH) {
        // Evidence lives in the configuration: the API's 1-day default is accepted only
        // with trust_aws_defaults, as every other rule treats a service default.
        Lookup::Absent => ctx.aws_default_said(
            PATH,
            (
                "BackupRetentionPeriod is not declared",
                "rds-backup-retention-default-missing",
            ),
            (
                "keeps automated backups for 1 day by default (7 days or more is recommended for PHI)",
                "rds-backup-retention-default-does",
            ),
        ),
        Lookup::Unknown(n) => crate::outcome::path_unknown(PATH, n),
        Lookup::Set(n) => match n.as_i64() {
            Some(0) => Outcome::fail(
                "BackupRetentionPeriod is 0: automated backups and point-in-time recovery are off",
            )
            .l10n("rds-backup-zero", &[])
            .at(PATH, n.location.as_ref()),
            Some(days) if days < 7 => Outcome::pass(format!(
                "automated backups are kept for {days} day(s); 7 days or more is recommended for PHI"
            ))
            .l10n("rds-backup-short", &[("days", &days.to_string())])
            .at(PATH, n.location.as_ref()),
            Some(days) => Outcome::pass(format!("automated backups are kept for {days} days"))
                .l10n("rds-backup-days", &[("days", &days.to_string())])
                .at(PATH, n.location.as_ref()),
            None => crate::outcome::path_unknown(PATH, n),
        },
    }
}
