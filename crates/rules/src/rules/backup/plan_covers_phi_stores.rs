//! Every data store holding PHI has retrievable backups: an AWS Backup plan covers it,
//! or the service keeps automated backups of its own.
use crate::ScanOutcome;
use crate::judge::backup::{self, Pick, Why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "backup-plan-covers-phi-stores",
    title: "Data stores holding PHI are covered by an AWS Backup plan or by the service's own automated backups",
    severity: Severity::High,
    service: "AWS Backup",
    section: "AWS Backup",
    cfr: &["45 CFR 164.308(a)(7)(ii)(A)", "45 CFR 164.310(d)(2)(iv)"],
    requirements: &["BACKUP-PLAN-COVERAGE", "BACKUP-EXACT-COPIES"],
    kinds: &[],
    phi_only: true,
    rationale: "HIPAA's contingency plan requires retrievable exact copies of ePHI \
(164.308(a)(7)(ii)(A), 164.310(d)(2)(iv)). The whitepaper's \"Auditing, backups, and disaster \
recovery\" section states that requirement and names the means (EBS snapshots, S3's redundant \
storage); its AWS Backup section offers AWS Backup as the way to protect EBS, RDS/Aurora, \
DynamoDB, EFS, FSx and EC2 centrally. AWS Backup is one means, not the requirement, so a store \
passes when an AWS::Backup::BackupSelection assigns it (by ARN, reference, wildcard, `*`, \
ListOfTags or Conditions on its tags) or when the service keeps automated backups itself: RDS, \
Aurora, DocumentDB and Neptune with BackupRetentionPeriod of at least 1 (the default), Redshift with \
automated snapshots (the default), DynamoDB with point-in-time recovery, EFS with its automatic \
backup policy, FSx with automatic backups; EBS volumes and instances also pass under a Data \
Lifecycle Manager snapshot policy. EBS volumes and instances have no backups of their own. S3 \
buckets are not judged: the whitepaper presents S3 itself as the durable backup store, and \
s3-bucket-versioning judges their recoverability. An EC2 instance is judged only when it is \
marked as holding PHI (an unmarked instance is usually a stateless server rebuilt from its AMI); \
Aurora member instances are covered through their cluster. The rule looks across the whole scan, \
so a backup plan in one template covers stores in another by ARN pattern or tag.",
    remediation: "Add an AWS::Backup::BackupPlan with a rule and an AWS::Backup::BackupSelection \
that assigns the store (by `!GetAtt Store.Arn` in `Resources`, or by a tag in `ListOfTags`/\
`Conditions` that the store carries); in Terraform, `aws_backup_plan` and `aws_backup_selection` \
(`resources` or `selection_tag`). Alternatively turn on the service's own automated backups \
(BackupRetentionPeriod ≥ 1, point-in-time recovery, EFS BackupPolicy ENABLED).",
    check: Check::Scan(check),
};

/// Stores AWS Backup supports that this rule judges.
const STORES: &[&str] = &[
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::DocDB::DBCluster",
    "AWS::Neptune::DBCluster",
    "AWS::Redshift::Cluster",
    "AWS::DynamoDB::Table",
    "AWS::DynamoDB::GlobalTable",
    "AWS::EFS::FileSystem",
    "AWS::FSx::FileSystem",
    "AWS::EC2::Volume",
    "AWS::EC2::Instance",
];

fn check(ctx: &Ctx) -> Vec<ScanOutcome> {
    let selections: Vec<&Resource> = ctx.graph.of_kind("AWS::Backup::BackupSelection").collect();
    let any_plan = !selections.is_empty()
        || ctx
            .graph
            .of_kind("AWS::Backup::BackupPlan")
            .next()
            .is_some();
    let mut out = Vec::new();
    for kind in STORES {
        for store in ctx.graph.of_kind(kind) {
            if !ctx.phi.holds(store)
                || (*kind == "AWS::EC2::Instance" && !ctx.phi.any_marked)
                || (*kind == "AWS::RDS::DBInstance"
                    && !store.get("DBClusterIdentifier").is_absent())
            {
                continue;
            }
            out.push((Some(store.id), judge(ctx, store, &selections, any_plan)));
        }
    }
    out
}

fn judge(ctx: &Ctx, store: &Resource, selections: &[&Resource], any_plan: bool) -> Outcome {
    let mut unknown: Option<Why> = None;
    let note = |t: Pick, unknown: &mut Option<Why>| match t {
        Pick::Yes => true,
        Pick::Unknown(r) => {
            unknown.get_or_insert(r);
            false
        }
        Pick::No => false,
    };
    for sel in selections {
        if note(backup::selects(sel, store), &mut unknown) {
            return Outcome::pass(format!(
                "AWS Backup selection {} assigns it to a backup plan",
                sel.name
            ))
            .l10n("backup-covers-selection", &[("selection", &sel.name)]);
        }
    }
    // An instance's backup (an AMI) includes the volumes attached to it.
    if store.kind == "AWS::EC2::Volume" {
        for inst in attached_instances(ctx, store) {
            for sel in selections {
                if note(backup::selects(sel, inst), &mut unknown) {
                    return Outcome::pass(format!(
                        "it is attached to instance {}, which AWS Backup selection {} backs up",
                        inst.name, sel.name
                    ))
                    .l10n(
                        "backup-covers-attached",
                        &[("instance", &inst.name), ("selection", &sel.name)],
                    );
                }
            }
        }
    }
    let native = native(store);
    match &native {
        Native::Yes(how) => {
            // The sentence's lead is chosen in the message by `plan`.
            let (lead, plan) = if any_plan {
                ("no AWS Backup selection assigns it", "unassigned")
            } else {
                ("no AWS Backup plan is defined", "none")
            };
            return how.say(
                Outcome::pass(format!("{lead}, but {}", how.text)),
                &[("plan", plan)],
            );
        }
        Native::Unknown(why) => {
            unknown.get_or_insert(why.clone());
        }
        Native::No(_) => {}
    }
    if matches!(
        store.kind.as_str(),
        "AWS::EC2::Volume" | "AWS::EC2::Instance"
    ) {
        match dlm(ctx, store) {
            Pick::Yes => {
                return Outcome::pass("a Data Lifecycle Manager policy snapshots it")
                    .l10n("backup-covers-dlm", &[]);
            }
            Pick::Unknown(r) => {
                unknown.get_or_insert(r);
            }
            Pick::No => {}
        }
    }
    if let Some(why) = unknown {
        let o = Outcome::unknown(format!(
            "whether it is backed up cannot be decided: {}",
            why.text
        ));
        return match why.said {
            Some(said) => {
                let mut o = o.l10n("backup-undecided", &[]);
                if let Some(parts) = &mut o.l10n {
                    parts[0].nested.push(("why", said));
                }
                o
            }
            None => o,
        };
    }
    let why_not = match native {
        Native::No(why) => why,
        _ => Said::english(String::new()),
    };
    // The sentence's lead is chosen in the message by `scope`.
    if let Some((account, region)) = crate::judge::live::place(store) {
        let scope = crate::judge::live::Scope {
            account: account.to_string(),
            region: region.to_string(),
        };
        for kind in ["AWS::Backup::BackupSelection", "AWS::Backup::BackupPlan"] {
            if let Some(out) = crate::judge::live::gap(ctx.graph, kind, &scope) {
                return out;
            }
        }
        return why_not.say(
            Outcome::fail(format!(
                "no AWS Backup selection in account {account} assigns it (by ARN or tag), and {}",
                why_not.text
            )),
            &[("scope", "account"), ("account", account)],
        );
    }
    if any_plan {
        why_not.say(
            Outcome::fail(format!(
                "no AWS Backup selection in the scan assigns it (by ARN, reference or tag), and {}",
                why_not.text
            )),
            &[("scope", "scan")],
        )
    } else {
        why_not.say(
            Outcome::fail(format!(
                "the scan defines no AWS Backup plan (AWS::Backup::BackupPlan/BackupSelection), and {}",
                why_not.text
            )),
            &[("scope", "none")],
        )
    }
}

/// A clause in English and its Fluent form: the id of the whole finding message it ends,
/// and its arguments (`None` when the clause holds a free-text reason, which stays English).
struct Said {
    text: String,
    form: Option<(&'static str, Vec<(&'static str, String)>)>,
}

impl Said {
    fn new(text: impl Into<String>, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        Said {
            text: text.into(),
            form: Some((id, args)),
        }
    }
    fn english(text: String) -> Self {
        Said { text, form: None }
    }
    /// `o` said with this form, `extra` added to its arguments; `o` alone without a form.
    fn say(&self, o: Outcome, extra: &[(&'static str, &str)]) -> Outcome {
        match &self.form {
            Some((id, args)) => {
                let mut all: Vec<(&'static str, &str)> =
                    args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                all.extend_from_slice(extra);
                o.l10n(id, &all)
            }
            None => o,
        }
    }
}

enum Native {
    Yes(Said),
    No(Said),
    Unknown(Why),
}

/// The service's own automated backups. `what` names them; `ids` are the messages ending
/// in "on by default", "kept N days" (both after a `plan` lead) and "is 0" (after a
/// `scope` lead).
fn native(r: &Resource) -> Native {
    let retention = |prop: &str, what: &str, ids: [&'static str; 3]| match r.get(prop) {
        Lookup::Absent => Native::Yes(Said::new(
            format!("{what} are on by default ({prop} 1 day)"),
            ids[0],
            &[("prop", prop)],
        )),
        Lookup::Unknown(n) => Native::Unknown(Why::unreadable(prop, n)),
        Lookup::Set(n) => match n.as_i64() {
            Some(d) if d >= 1 => Native::Yes(Said::new(
                format!("{what} are kept {d} day(s) ({prop})"),
                ids[1],
                &[("days", &d.to_string()), ("prop", prop)],
            )),
            Some(_) => Native::No(Said::new(
                format!("{prop} is 0, which turns {what} off"),
                ids[2],
                &[("prop", prop)],
            )),
            None => Native::Unknown(Why::unreadable(prop, n)),
        },
    };
    match r.kind.as_str() {
        "AWS::RDS::DBInstance"
        | "AWS::RDS::DBCluster"
        | "AWS::DocDB::DBCluster"
        | "AWS::Neptune::DBCluster" => retention(
            "BackupRetentionPeriod",
            "automated backups",
            [
                "backup-native-backups-default",
                "backup-native-backups-kept",
                "backup-native-backups-zero",
            ],
        ),
        "AWS::Redshift::Cluster" => retention(
            "AutomatedSnapshotRetentionPeriod",
            "automated snapshots",
            [
                "backup-native-snapshots-default",
                "backup-native-snapshots-kept",
                "backup-native-snapshots-zero",
            ],
        ),
        "AWS::DynamoDB::Table" => match flag(
            r,
            "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled",
        ) {
            Flag::True(_) => Native::Yes(Said::new(
                "point-in-time recovery keeps continuous backups",
                "backup-native-pitr",
                &[],
            )),
            Flag::Unknown(why, _) => {
                match r.get("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled") {
                    Lookup::Set(n) | Lookup::Unknown(n) => {
                        Native::Unknown(Why::unreadable("PointInTimeRecoveryEnabled", n))
                    }
                    Lookup::Absent => {
                        Native::Unknown(Why::english(format!("PointInTimeRecoveryEnabled {why}")))
                    }
                }
            }
            _ => Native::No(Said::new(
                "point-in-time recovery is off",
                "backup-native-pitr-off",
                &[],
            )),
        },
        "AWS::DynamoDB::GlobalTable" => {
            let reps = r.get("Replicas").node().map_or(&[][..], Node::items);
            let on = |rep: &Node| {
                rep.get("PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled")
                    .node()
                    .and_then(Node::as_bool)
            };
            if !reps.is_empty() && reps.iter().all(|rep| on(rep) == Some(true)) {
                Native::Yes(Said::new(
                    "point-in-time recovery keeps continuous backups on every replica",
                    "backup-native-pitr-replicas",
                    &[],
                ))
            } else if reps.iter().any(|rep| {
                rep.get("PointInTimeRecoverySpecification").node().is_some() && on(rep).is_none()
            }) {
                Native::Unknown(Why::new(
                    "a replica's PointInTimeRecoveryEnabled is known only at deploy time".into(),
                    "backup-why-replica-pitr",
                    &[],
                ))
            } else {
                Native::No(Said::new(
                    "point-in-time recovery is off on some replica",
                    "backup-native-pitr-replica-off",
                    &[],
                ))
            }
        }
        "AWS::EFS::FileSystem" => match string_attr(r, "BackupPolicy.Status") {
            Ok(Some((s, _))) if s.eq_ignore_ascii_case("ENABLED") => Native::Yes(Said::new(
                "its automatic backup policy (BackupPolicy ENABLED) puts it in the AWS Backup default plan",
                "backup-native-efs",
                &[],
            )),
            Ok(_) => Native::No(Said::new(
                "its automatic backup policy (BackupPolicy) is not ENABLED",
                "backup-native-efs-off",
                &[],
            )),
            Err(o) => Native::Unknown(Why {
                text: o.message,
                said: o.l10n.and_then(|mut parts| parts.pop()),
            }),
        },
        "AWS::FSx::FileSystem" => fsx(r),
        _ => Native::No(Said::new(
            "EBS volumes and EC2 instances have no automatic backups of their own",
            "backup-native-ec2",
            &[],
        )),
    }
}

/// FSx automatic daily backups: on by default for Windows, ONTAP and OpenZFS, off for Lustre.
fn fsx(r: &Resource) -> Native {
    let ty = r
        .get("FileSystemType")
        .node()
        .and_then(Node::as_str)
        .unwrap_or("");
    let config = match ty.to_ascii_uppercase().as_str() {
        "WINDOWS" => "WindowsConfiguration",
        "ONTAP" => "OntapConfiguration",
        "OPENZFS" => "OpenZFSConfiguration",
        "LUSTRE" => "LustreConfiguration",
        _ => {
            return Native::Unknown(Why::new(
                format!("FileSystemType '{ty}' is not known here"),
                "backup-why-fsx-type",
                &[("type", ty)],
            ));
        }
    };
    let path = format!("{config}.AutomaticBackupRetentionDays");
    match r.get(&path) {
        Lookup::Absent if config == "LustreConfiguration" => Native::No(Said::new(
            "FSx for Lustre takes no automatic backups by default",
            "backup-native-lustre",
            &[],
        )),
        Lookup::Absent => Native::Yes(Said::new(
            "FSx takes automatic daily backups by default",
            "backup-native-fsx-default",
            &[],
        )),
        Lookup::Unknown(n) => Native::Unknown(Why::unreadable(&path, n)),
        Lookup::Set(n) => match n.as_i64() {
            Some(d) if d >= 1 => Native::Yes(Said::new(
                format!("FSx keeps automatic daily backups {d} day(s)"),
                "backup-native-fsx-kept",
                &[("days", &d.to_string())],
            )),
            Some(_) => Native::No(Said::new(
                format!("{path} is 0, which turns automatic backups off"),
                "backup-native-fsx-zero",
                &[("path", &path)],
            )),
            None => Native::Unknown(Why::unreadable(&path, n)),
        },
    }
}

/// Instances a volume is attached to (through `Volumes` or an AWS::EC2::VolumeAttachment).
fn attached_instances<'g>(ctx: &Ctx<'g>, vol: &Resource) -> Vec<&'g Resource> {
    let mut out: Vec<&Resource> = ctx.graph.referrers(vol.id, "AWS::EC2::Instance").collect();
    for att in ctx.graph.referrers(vol.id, "AWS::EC2::VolumeAttachment") {
        if let Some(i) = att
            .get("InstanceId")
            .node()
            .and_then(|n| ctx.graph.target_of(att, n))
        {
            out.push(i);
        }
    }
    out
}

/// Whether an enabled Data Lifecycle Manager policy snapshots the volume or instance
/// (by target tag, as a default policy, or through the instance a volume is attached to).
fn dlm(ctx: &Ctx, store: &Resource) -> Pick {
    let mut unknown = None;
    let mut candidates = vec![store];
    if store.kind == "AWS::EC2::Volume" {
        candidates.extend(attached_instances(ctx, store));
    }
    for p in ctx.graph.of_kind("AWS::DLM::LifecyclePolicy") {
        let state = p
            .get("State")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("ENABLED");
        if !state.eq_ignore_ascii_case("ENABLED") {
            continue;
        }
        for target in &candidates {
            let kind = if target.kind == "AWS::EC2::Volume" {
                "VOLUME"
            } else {
                "INSTANCE"
            };
            if p.get("DefaultPolicy").node().and_then(Node::as_str) == Some(kind) {
                return Pick::Yes;
            }
            let types = p
                .get("PolicyDetails.ResourceTypes")
                .node()
                .and_then(|n| crate::judge::policy::strings(n).ok())
                .unwrap_or_default();
            if !types.iter().any(|t| t == kind) {
                continue;
            }
            for tag in p
                .get("PolicyDetails.TargetTags")
                .node()
                .map_or(&[][..], Node::items)
            {
                let text = |k: &str| tag.get(k).node().and_then(Node::scalar_text);
                let (Some(k), Some(v)) = (text("Key"), text("Value")) else {
                    unknown = Some(Why::new(
                        format!(
                            "a TargetTags entry of {} is known only at deploy time",
                            p.name
                        ),
                        "backup-why-target-tags",
                        &[("policy", &p.name)],
                    ));
                    continue;
                };
                match target
                    .tags
                    .iter()
                    .find(|t| t.key == k)
                    .map(|t| t.value.scalar_text())
                {
                    Some(Some(tv)) if tv == v => return Pick::Yes,
                    Some(None) => {
                        unknown = Some(Why::new(
                            format!("the value of tag {k} is known only at deploy time"),
                            "backup-why-tag-value",
                            &[("key", &k)],
                        ))
                    }
                    _ => {}
                }
            }
        }
    }
    unknown.map_or(Pick::No, Pick::Unknown)
}
