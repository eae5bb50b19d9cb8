//! EBS and RDS snapshots are encrypted.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "snapshot-encrypted",
    title: "EBS snapshots and RDS/Aurora DB snapshots are encrypted (live)",
    severity: Severity::High,
    service: "Amazon Elastic Block Store",
    section: "Amazon Elastic Block Store",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(a)(1)"],
    requirements: &["EBS-SNAPSHOT-ENCRYPTED", "SNAPSHOTS-NOT-PUBLIC"],
    kinds: &[
        "AWS::EC2::Snapshot",
        "AWS::RDS::DBSnapshot",
        "AWS::RDS::DBClusterSnapshot",
    ],
    phi_only: false,
    rationale: "The whitepaper relies on snapshots of encrypted volumes and databases staying \
encrypted, and forbids unencrypted copies of PHI volumes. A snapshot of an unencrypted source is \
itself unencrypted; so is a copy made without a key. Every snapshot is judged, marked or not: it \
carries whatever its source held, and its source's tags are not copied to it. Only a live \
account lists snapshots (ec2:DescribeSnapshots, rds:DescribeDBSnapshots, \
rds:DescribeDBClusterSnapshots).",
    remediation: "Copy the snapshot with encryption (`aws ec2 copy-snapshot --encrypted \
--kms-key-id <key>`, `aws rds copy-db-snapshot --kms-key-id <key>`), delete the unencrypted one, \
and encrypt its source; turn on EBS encryption by default.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let path = if r.kind == "AWS::RDS::DBClusterSnapshot" {
        "StorageEncrypted"
    } else {
        "Encrypted"
    };
    require_true_said(
        r,
        path,
        "snapshot encryption",
        "what-snapshot-encryption",
        Outcome::unknown(format!("{path} was not collected"))
            .l10n("snapshot-not-collected", &[("path", path)]),
    )
}
