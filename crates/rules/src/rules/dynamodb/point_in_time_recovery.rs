//! DynamoDB tables holding PHI keep retrievable exact copies.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dynamodb-point-in-time-recovery",
    title: "DynamoDB tables holding PHI enable point-in-time recovery or are covered by AWS Backup",
    severity: Severity::High,
    service: "Amazon DynamoDB",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(A)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["BACKUP-EXACT-COPIES"],
    kinds: &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"],
    phi_only: true,
    rationale: "The contingency plan's data backup plan (164.308(a)(7)(ii)(A), required) calls for \
retrievable exact copies of ePHI. DynamoDB keeps continuous backups only when point-in-time \
recovery is on; otherwise a table has no copy unless AWS Backup or on-demand backups take one. A \
table named by an AWS Backup selection in the scan counts as covered; a tag-based selection makes \
coverage unknown rather than failed.",
    remediation: "Set `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` on \
`AWS::DynamoDB::Table` (on every replica of `AWS::DynamoDB::GlobalTable`), or add the table to an \
`AWS::Backup::BackupSelection`; in Terraform, `point_in_time_recovery { enabled = true }` on \
`aws_dynamodb_table`, or an `aws_backup_selection`.",
    check: Check::Resource(check),
};

const PITR: &str = "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let missing = if r.kind == "AWS::DynamoDB::GlobalTable" {
        match r.get("Replicas") {
            Lookup::Unknown(n) => return Outcome::unknown(format!("Replicas {}", crate::unknown_reason(n))).at("Replicas", n.location.as_ref()),
            Lookup::Absent => return Outcome::unknown("the global table lists no replicas").at("Replicas", None),
            Lookup::Set(list) => {
                let mut missing = None;
                for (i, rep) in list.items().iter().enumerate() {
                    let p = format!("Replicas.{i}.{PITR}");
                    match rep.get(PITR) {
                        Lookup::Set(n) if n.as_bool() == Some(true) => {}
                        Lookup::Set(n) if n.as_bool().is_none() => {
                            return Outcome::unknown(format!("{p} {}", crate::unknown_reason(n))).at(&p, n.location.as_ref());
                        }
                        Lookup::Unknown(n) => return Outcome::unknown(format!("{p} {}", crate::unknown_reason(n))).at(&p, n.location.as_ref()),
                        other => {
                            missing.get_or_insert((p, other.location().cloned()));
                        }
                    }
                }
                match missing {
                    None => return Outcome::pass("every replica has point-in-time recovery").at("Replicas", list.location.as_ref()),
                    Some(m) => m,
                }
            }
        }
    } else {
        match flag(r, PITR) {
            Flag::True(n) => return Outcome::pass("point-in-time recovery is enabled").at(PITR, n.location.as_ref()),
            Flag::Unknown(why, at) => return Outcome::unknown(format!("{PITR} {why}")).at(PITR, at),
            Flag::False(n) => (PITR.to_string(), n.location.clone()),
            Flag::Absent => (PITR.to_string(), None),
        }
    };
    if let Some(sel) = ctx.graph.referrers(r.id, "AWS::Backup::BackupSelection").next() {
        return Outcome::pass(format!("point-in-time recovery is off, but the AWS Backup selection '{}' covers the table", sel.name));
    }
    if let Some(sel) = ctx.graph.of_kind("AWS::Backup::BackupSelection").find(|s| selects_broadly(s)) {
        return Outcome::unknown(format!(
            "point-in-time recovery is off; the AWS Backup selection '{}' selects by tag or wildcard and may cover the table",
            sel.name
        ))
        .at(&missing.0, missing.1.as_ref());
    }
    Outcome::fail("point-in-time recovery is off and no AWS Backup selection in the scan covers the table, so it has no retrievable copy")
        .at(&missing.0, missing.1.as_ref())
}

/// A backup selection that picks resources by tag, condition or wildcard ARN.
fn selects_broadly(sel: &Resource) -> bool {
    let s = "BackupSelection";
    !sel.get(&format!("{s}.ListOfTags")).is_absent()
        || !sel.get(&format!("{s}.Conditions")).is_absent()
        || match sel.get(&format!("{s}.Resources")) {
            Lookup::Set(n) => n.items().iter().any(|i| i.as_str().is_none_or(|a| a.contains('*'))),
            Lookup::Unknown(_) => true,
            Lookup::Absent => false,
        }
}
