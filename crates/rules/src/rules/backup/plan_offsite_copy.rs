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
    /// The vault defined alongside the plan.
    LocalVault(String),
    /// A vault ARN in the plan's own Region and account.
    LocalArn(String),
    /// Not a vault ARN.
    NotArn(String),
    Unknown(String),
}

fn destination(ctx: &Ctx, r: &Resource, node: &Node) -> Dest {
    match reference::follow(ctx, r, node) {
        Pointee::Found(v) | Pointee::Other(v) => Dest::LocalVault(v.name.clone()),
        Pointee::Unresolved(why) => Dest::Unknown(why),
        Pointee::Outside(arn) => {
            let parts: Vec<&str> = arn.split(':').collect();
            match (parts.get(3), parts.get(4)) {
                (Some(region), Some(account))
                    if region.contains("${AWS::Region}")
                        && account.contains("${AWS::AccountId}") =>
                {
                    Dest::LocalArn(arn)
                }
                (Some(_), Some(_)) => Dest::Offsite(arn),
                _ => Dest::NotArn(arn),
            }
        }
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let rules_path = "BackupPlan.BackupPlanRule";
    let rules = match written(r, rules_path, || {
        Outcome::unknown("the plan has no rules written")
            .l10n("backup-copy-no-rules", &[])
            .at(rules_path, None)
    }) {
        Ok(n) => n,
        Err(o) => return o,
    };
    let mut local: Option<Outcome> = None;
    let mut unknown: Option<Outcome> = None;
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
            let loc = action.get("DestinationBackupVaultArn").location();
            let only = |what: String, id: &'static str, arg: (&'static str, &str)| {
                Outcome::fail(format!(
                    "the only copy destination is {what}, so no copy leaves the Region"
                ))
                .l10n(id, &[arg])
                .at(&p, loc)
            };
            match action.get("DestinationBackupVaultArn") {
                Lookup::Set(n) => match destination(ctx, r, n) {
                    Dest::Offsite(arn) => {
                        return Outcome::pass(format!("recovery points are copied to {arn}"))
                            .l10n("backup-copy-offsite", &[("arn", &arn)])
                            .at(&p, n.location.as_ref());
                    }
                    Dest::LocalVault(v) => {
                        local.get_or_insert_with(|| {
                            only(
                                format!("the vault '{v}' defined alongside the plan"),
                                "backup-copy-local-vault",
                                ("vault", &v),
                            )
                        });
                    }
                    Dest::LocalArn(arn) => {
                        local.get_or_insert_with(|| {
                            only(
                                format!("'{arn}', in the plan's own Region and account"),
                                "backup-copy-local-arn",
                                ("arn", &arn),
                            )
                        });
                    }
                    Dest::NotArn(arn) => {
                        unknown.get_or_insert_with(|| {
                            Outcome::unknown(format!("{p} '{arn}' is not a vault ARN"))
                                .l10n("backup-copy-not-arn", &[("path", &p), ("arn", &arn)])
                                .at(&p, loc)
                        });
                    }
                    // Said as `path_unknown` says it when `why` is the value's own reason
                    // (a reason of the reference resolver stays English).
                    Dest::Unknown(why) if crate::unknown_reason(n) == why => {
                        unknown.get_or_insert_with(|| crate::outcome::path_unknown(&p, n));
                    }
                    Dest::Unknown(why) => {
                        unknown.get_or_insert_with(|| {
                            crate::judge::bucket::with_reason(
                                Outcome::unknown(format!("{p} {why}"))
                                    .l10n("helper-path-unknown", &[("path", &p)]),
                                &why,
                            )
                            .at(&p, loc)
                        });
                    }
                },
                Lookup::Unknown(n) => {
                    unknown.get_or_insert_with(|| crate::outcome::path_unknown(&p, n));
                }
                Lookup::Absent => {}
            }
        }
    }
    if let Some(o) = unknown {
        return o;
    }
    if let Some(o) = local {
        return o;
    }
    Outcome::fail("no rule copies recovery points to another Region or account; every copy stays in the source vault")
        .l10n("backup-copy-none", &[])
        .at(rules_path, rules.location.as_ref())
}
