//! EBS and RDS snapshots are not shared with everyone.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "snapshot-not-public",
    title: "EBS snapshots and RDS/Aurora DB snapshots are not public (live)",
    severity: Severity::Critical,
    service: "General",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SNAPSHOTS-NOT-PUBLIC", "EBS-SNAPSHOT-ENCRYPTED"],
    kinds: &[
        "AWS::EC2::Snapshot",
        "AWS::RDS::DBSnapshot",
        "AWS::RDS::DBClusterSnapshot",
    ],
    phi_only: false,
    rationale: "A snapshot is a full copy of its volume or database. Shared with `all`, any AWS \
account in the world can restore it and read the PHI it holds (access control, 164.312(a)(1)). \
The collector reads the snapshot's sharing attributes (ec2:DescribeSnapshotAttribute \
`createVolumePermission`, rds:DescribeDBSnapshotAttributes / DescribeDBClusterSnapshotAttributes \
`restore`). Every snapshot is judged, marked or not: a snapshot carries whatever its source held, \
and its source's tags are not copied to it. Sharing with named accounts passes (it is a reviewed \
decision, not exposure).",
    remediation: "Remove public sharing: `aws ec2 modify-snapshot-attribute --snapshot-id <id> \
--attribute createVolumePermission --operation-type remove --group-names all`; \
`aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore \
--values-to-remove all` (`modify-db-cluster-snapshot-attribute` for Aurora). Turn on EC2's \
block public access for snapshots (`aws ec2 enable-snapshot-block-public-access --state \
block-all-sharing`).",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (path, public): (&str, fn(&Node) -> bool) = if r.kind == "AWS::EC2::Snapshot" {
        ("CreateVolumePermissions", |p| {
            p.get("Group").node().and_then(Node::as_str) == Some("all")
        })
    } else {
        ("RestoreAttribute", |v| v.as_str() == Some("all"))
    };
    match r.get(path) {
        Lookup::Absent if crate::judge::live::place(r).is_none() => Outcome::not_applicable(
            "snapshot sharing is set outside the snapshot's definition; only a live scan shows it",
        )
        .l10n("snapshot-sharing-outside", &[]),
        Lookup::Absent => Outcome::unknown(format!("{path} was not collected"))
            .l10n("snapshot-not-collected", &[("path", path)]),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => {
            let items = n.items();
            if items.iter().any(public) {
                Outcome::fail(
                    "the snapshot is public: any AWS account can restore it and read the data it holds",
                )
                .l10n("snapshot-public", &[])
            } else if items.is_empty() {
                Outcome::pass("the snapshot is shared with no other account")
                    .l10n("snapshot-not-shared", &[])
            } else {
                let count = items.len().to_string();
                Outcome::pass(format!(
                    "the snapshot is shared with {count} named account(s) only, not publicly"
                ))
                .l10n("snapshot-shared-named", &[("count", &count)])
            }
        }
    }
    .at(path, None)
}
