//! In a live account, every PHI store has a recent completed recovery point.
use crate::judge::live;
use crate::prelude::*;
use crate::{MessagePart, ScanOutcome};

pub static RULE: Rule = Rule {
    id: "backup-recent-recovery-point",
    title: "Every PHI store has a completed AWS Backup recovery point no older than the configured age (live)",
    severity: Severity::High,
    service: "AWS Backup",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(A)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["BACKUP-EXACT-COPIES"],
    kinds: &[],
    phi_only: false,
    rationale: "The HIPAA data backup plan (164.308(a)(7)(ii)(A)) asks for retrievable exact copies \
of ePHI, and the whitepaper points to AWS Backup for them. A backup plan in a template says copies \
will be made; only the account shows that they were. In a live scan each PHI store AWS Backup can \
protect (S3 buckets, RDS instances and clusters, DynamoDB tables, EFS and FSx file systems, EBS \
volumes, EC2 instances, Redshift clusters) needs a recovery point (backup:ListRecoveryPointsByBackupVault) \
with Status COMPLETED whose CreationDate is at most `max_recovery_point_age_days` before the \
collection time (CollectedAt). The whitepaper sets no frequency; the usual baseline is a daily \
backup (AWS Config's backup-plan-min-frequency-and-min-retention-check defaults to one day), and a \
daily plan with AWS Backup's default 8-hour start window can leave the newest completed point about \
32 hours old, so the default limit is 2 days: it passes every healthy daily plan and fails a store \
whose backups stopped. Template scans give no finding (the backup-plan rules apply there).",
    remediation: "Assign the store to an AWS Backup plan with at least a daily rule (`aws backup \
create-backup-selection`), check the plan's jobs (`aws backup list-backup-jobs --by-state FAILED`), \
or set `max_recovery_point_age_days` in phiguard.toml to the recovery point objective of your \
contingency plan.",
    check: Check::Scan(check),
};

const POINT: &str = "AWS::Backup::RecoveryPoint";

fn judge(ctx: &Ctx, store: &Resource, max_days: u32) -> Outcome {
    let g = ctx.graph;
    let now = match live::now_for(g, store) {
        Ok(t) => t,
        Err(why) => return Outcome::unknown(why),
    };
    let mut newest: Option<(chrono::DateTime<chrono::Utc>, &Resource)> = None;
    let mut unreadable = Vec::new();
    let index = ctx.memo(points_by_resource);
    for p in index
        .0
        .get(store.name.as_str())
        .into_iter()
        .flatten()
        .map(|id| g.resource(*id))
    {
        match p.get("Status").node().and_then(Node::as_str) {
            Some("COMPLETED") => {}
            Some(_) => continue,
            None => {
                unreadable.push((
                    format!("{}: Status was not read", p.name),
                    MessagePart::new("backup-point-status-unread", &[("point", &p.name)]),
                ));
                continue;
            }
        }
        let created = p
            .get("CreationDate")
            .node()
            .and_then(Node::as_str)
            .and_then(live::parse_time);
        match created {
            Some(t) if newest.is_none_or(|(n, _)| t > n) => newest = Some((t, p)),
            Some(_) => {}
            None => unreadable.push((
                format!("{}: CreationDate is not an RFC 3339 time", p.name),
                MessagePart::new("backup-point-date-unread", &[("point", &p.name)]),
            )),
        }
    }
    let limit = chrono::Duration::days(i64::from(max_days));
    // The age is in hours or in days: one message each.
    let said =
        |o: Outcome, p: &Resource, t: chrono::DateTime<chrono::Utc>, ids: [&'static str; 2]| {
            let (age, id) = match age_hours(now - t) {
                Some(h) => (h, ids[0]),
                None => ((now - t).num_days(), ids[1]),
            };
            o.l10n(
                id,
                &[
                    ("point", &p.name),
                    ("time", &t.to_rfc3339()),
                    ("age", &age.to_string()),
                    ("limit", &max_days.to_string()),
                ],
            )
        };
    match newest {
        Some((t, p)) if now - t <= limit => said(
            Outcome::pass(format!(
                "recovery point {} completed at {} ({} before the collection; limit {max_days} day(s))",
                p.name,
                t.to_rfc3339(),
                age(now - t)
            )),
            p,
            t,
            ["backup-point-recent-hours", "backup-point-recent-days"],
        ),
        Some((t, p)) => said(
            Outcome::fail(format!(
                "the newest completed recovery point, {}, is from {} ({} before the collection; limit {max_days} day(s)): backups of this PHI store have stopped or fall behind the contingency plan",
                p.name,
                t.to_rfc3339(),
                age(now - t)
            )),
            p,
            t,
            ["backup-point-old-hours", "backup-point-old-days"],
        ),
        None if !unreadable.is_empty() => {
            let text: Vec<&str> = unreadable.iter().map(|(t, _)| t.as_str()).collect();
            let mut o = Outcome::unknown(format!(
                "recovery points could not be read: {}",
                text.join("; ")
            ));
            // Each point's reason, joined by `backup-point-next`.
            o.l10n = unreadable
                .into_iter()
                .map(|(_, said)| said)
                .rev()
                .reduce(|rest, first| {
                    MessagePart::new("backup-point-next", &[])
                        .with("first", first)
                        .with("rest", rest)
                })
                .map(|points| {
                    vec![MessagePart::new("backup-point-unreadable", &[]).with("points", points)]
                });
            o
        }
        None => {
            let (account, region) = live::place(store).unwrap_or_default();
            let scope = live::Scope {
                account: account.to_string(),
                region: region.to_string(),
            };
            live::gap(g, POINT, &scope).unwrap_or_else(|| {
                Outcome::fail(
                    "the PHI store has no completed AWS Backup recovery point: no retrievable copy exists",
                )
                .l10n("backup-point-none", &[])
            })
        }
    }
}

/// Recovery points by the ARN of the resource they protect, built once per scan.
struct PointsByResource(std::collections::HashMap<String, Vec<phiguard_model::ResourceId>>);

fn points_by_resource(ctx: &Ctx) -> PointsByResource {
    let mut map: std::collections::HashMap<String, Vec<phiguard_model::ResourceId>> =
        std::collections::HashMap::new();
    for p in ctx.graph.of_kind(POINT) {
        if let Some(arn) = p
            .get("ResourceArn")
            .node()
            .and_then(|n| live::text_or_target(&n.value))
        {
            map.entry(arn.to_string()).or_default().push(p.id);
        }
    }
    PointsByResource(map)
}

/// An age in hours under two days, in days above.
fn age(d: chrono::Duration) -> String {
    match age_hours(d) {
        Some(h) => format!("{h} hours"),
        None => format!("{} days", d.num_days()),
    }
}

/// The age in hours when it is under two days.
fn age_hours(d: chrono::Duration) -> Option<i64> {
    (d.num_hours() < 48).then(|| d.num_hours())
}

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let g = ctx.graph;
    if !live::is_live(g) {
        return Vec::new();
    }
    let max_days = ctx
        .config
        .max_recovery_point_age_days
        .unwrap_or(crate::DEFAULT_MAX_RECOVERY_POINT_AGE_DAYS);
    g.resources()
        .iter()
        .filter(|r| {
            live::place(r).is_some()
                && crate::judge::backup::arn_parts(r).is_some()
                && ctx.phi.holds(r)
        })
        .map(|r| (Some(r.id), judge(ctx, r, max_days)))
        .collect()
}
