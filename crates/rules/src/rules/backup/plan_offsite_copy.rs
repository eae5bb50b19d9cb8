//! Backup plans copy recovery points off-site.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "backup-plan-offsite-copy",
    title: "AWS Backup plans copy recovery points to a vault in another Region or account",
    severity: Severity::Medium,
    service: "AWS Backup",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(B)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["DR-OFFSITE-REPLICATION"],
    kinds: &["AWS::Backup::BackupPlan"],
    phi_only: false,
    rationale: "The whitepaper asks that data and systems be replicated off-site so that they can \
be recovered when a Region is unavailable (disaster recovery plan, 164.308(a)(7)(ii)(B)). A backup \
plan whose recovery points stay in the source vault keeps every copy in the same Region and \
account. A copy action to a vault defined in the same template, or to an ARN built from \
AWS::Region and AWS::AccountId, stays there too.",
    remediation: "Add `CopyActions` with `DestinationBackupVaultArn` set to a vault in another \
Region (or a separate backup account) to the rules of `AWS::Backup::BackupPlan`; in Terraform, \
`copy_action { destination_vault_arn = ... }` in the `rule` of `aws_backup_plan`.",
    check: Check::Resource(check),
};

enum Dest {
    Offsite(String),
    Local(String),
    Unknown(String),
}

fn destination(ctx: &Ctx, r: &Resource, node: &Node) -> Dest {
    match reference::follow(ctx, r, node) {
        Pointee::Found(v) | Pointee::Other(v) => {
            Dest::Local(format!("the vault '{}' defined alongside the plan", v.name))
        }
        Pointee::Unresolved(why) => Dest::Unknown(why),
        Pointee::Outside(arn) => {
            let parts: Vec<&str> = arn.split(':').collect();
            match (parts.get(3), parts.get(4)) {
                (Some(region), Some(account))
                    if region.contains("${AWS::Region}")
                        && account.contains("${AWS::AccountId}") =>
                {
                    Dest::Local(format!("'{arn}', in the plan's own Region and account"))
                }
                (Some(_), Some(_)) => Dest::Offsite(arn),
                _ => Dest::Unknown(format!("'{arn}' is not a vault ARN")),
            }
        }
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let rules_path = "BackupPlan.BackupPlanRule";
    let rules = match written(r, rules_path, || {
        Outcome::unknown("the plan has no rules written").at(rules_path, None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut local = None;
    let mut unknown = None;
    for (i, rule) in rules.items().iter().enumerate() {
        for (j, action) in rule
            .get("CopyActions")
            .node()
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            let p = format!("{rules_path}.{i}.CopyActions.{j}.DestinationBackupVaultArn");
            match action.get("DestinationBackupVaultArn") {
                Lookup::Set(n) => match destination(ctx, r, n) {
                    Dest::Offsite(arn) => {
                        return Outcome::pass(format!("recovery points are copied to {arn}"))
                            .at(&p, n.location.as_ref());
                    }
                    Dest::Local(what) => local = local.or(Some((what, p, n.location.clone()))),
                    Dest::Unknown(why) => unknown = unknown.or(Some((why, p, n.location.clone()))),
                },
                Lookup::Unknown(n) => {
                    unknown = unknown.or(Some((crate::unknown_reason(n), p, n.location.clone())))
                }
                Lookup::Absent => {}
            }
        }
    }
    if let Some((why, p, at)) = unknown {
        return Outcome::unknown(format!("{p} {why}")).at(&p, at.as_ref());
    }
    if let Some((what, p, at)) = local {
        return Outcome::fail(format!(
            "the only copy destination is {what}, so no copy leaves the Region"
        ))
        .at(&p, at.as_ref());
    }
    Outcome::fail("no rule copies recovery points to another Region or account; every copy stays in the source vault")
        .at(rules_path, rules.location.as_ref())
}
