//! DynamoDB tables holding PHI keep point-in-time recovery on.
use crate::judge::reference::with_why;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dynamodb-point-in-time-recovery",
    title: "DynamoDB tables holding PHI have point-in-time recovery enabled",
    severity: Severity::High,
    service: "Amazon DynamoDB",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(A)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["BACKUP-EXACT-COPIES"],
    kinds: &["AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable"],
    phi_only: true,
    rationale: "HIPAA's data backup plan requires retrievable exact copies of ePHI \
(164.308(a)(7)(ii)(A)). Point-in-time recovery keeps continuous backups of a table for 35 days, so \
it can be restored to any second before an accidental write or delete. It is off by default. On a \
global table it is set per replica, and every replica must have it.",
    remediation: "Set `PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}` on the \
table (on each replica of an AWS::DynamoDB::GlobalTable); in Terraform, \
`point_in_time_recovery { enabled = true }` on `aws_dynamodb_table`.",
    check: Check::Resource(check),
};

const PATH: &str = "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::DynamoDB::GlobalTable" {
        return global_table(r);
    }
    require_true_said(
        r,
        PATH,
        "point-in-time recovery",
        "what-point-in-time-recovery",
        Outcome::fail("point-in-time recovery is not enabled; it is off by default")
            .l10n("dynamodb-pitr-absent", &[]),
    )
}

fn global_table(r: &Resource) -> Outcome {
    let replicas = match written(r, "Replicas", || {
        Outcome::fail("the global table declares no replicas")
            .l10n("dynamodb-pitr-no-replicas", &[])
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    if replicas.items().is_empty() {
        return Outcome::fail("the global table declares no replicas")
            .l10n("dynamodb-pitr-no-replicas", &[])
            .at("Replicas", replicas.location.as_ref());
    }
    let mut off = Vec::new();
    let mut unknown = None;
    for (i, rep) in replicas.items().iter().enumerate() {
        let region = rep
            .get("Region")
            .node()
            .and_then(Node::scalar_text)
            .unwrap_or_else(|| format!("#{i}"));
        match rep.get(PATH) {
            Lookup::Set(n) => match n.as_bool() {
                Some(true) => {}
                Some(false) => off.push(region),
                None => {
                    unknown.get_or_insert((region, crate::unknown_reason(n), n.location.clone()));
                }
            },
            Lookup::Absent => off.push(region),
            Lookup::Unknown(n) => {
                unknown.get_or_insert((region, crate::unknown_reason(n), n.location.clone()));
            }
        }
    }
    if !off.is_empty() {
        let regions = off.join(", ");
        return Outcome::fail(format!(
            "point-in-time recovery is off for the replica(s) in {regions}"
        ))
        .l10n("dynamodb-pitr-replicas-off", &[("regions", &regions)])
        .at("Replicas", replicas.location.as_ref());
    }
    if let Some((region, why, loc)) = unknown {
        let o = Outcome::unknown(format!("replica {region}: {PATH} {why}"));
        return with_why(
            o,
            &why,
            "dynamodb-pitr-replica-unreadable",
            &[("region", &region), ("path", PATH)],
        )
        .at("Replicas", loc.as_ref());
    }
    Outcome::pass("point-in-time recovery is enabled on every replica")
        .l10n("dynamodb-pitr-all-replicas", &[])
        .at("Replicas", replicas.location.as_ref())
}
