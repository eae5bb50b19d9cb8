//! DMS replication instances are not publicly accessible.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dms-replication-instance-private",
    title: "DMS replication instances are not publicly accessible",
    severity: Severity::Medium,
    service: "AWS Database Migration Service",
    section: "AWS Database Migration Service",
    cfr: &["45 CFR 164.312(a)(1)", "45 CFR 164.312(e)(1)"],
    requirements: &["DMS-REPLICATION-INSTANCE-KMS", "PHI-STORE-NOT-PUBLIC"],
    kinds: &["AWS::DMS::ReplicationInstance"],
    phi_only: false,
    rationale: "A replication instance reads every row of the source database. DMS gives it a \
public IP address unless `PubliclyAccessible` is false, which puts the machine holding PHI in \
transit on the internet, guarded only by its security group.",
    remediation: "Set `PubliclyAccessible: false` and place the instance in a private \
`ReplicationSubnetGroupIdentifier`; in Terraform, `publicly_accessible = false` on \
`aws_dms_replication_instance`. Reach on-premises databases through VPN or Direct Connect.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "PubliclyAccessible";
    match flag(r, P) {
        Flag::False(n) => Outcome::pass("the replication instance has only a private address")
            .l10n("dms-instance-private", &[])
            .at(P, n.location.as_ref()),
        Flag::True(n) => Outcome::fail("the replication instance is publicly accessible")
            .l10n("dms-instance-public", &[])
            .at(P, n.location.as_ref()),
        Flag::Absent => Outcome::fail("PubliclyAccessible is not set; DMS makes replication instances publicly accessible by default")
            .l10n("dms-instance-public-absent", &[])
            .at(P, None),
        Flag::Unknown(why, loc) => match r.get(P) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(P, n),
            Lookup::Absent => Outcome::unknown(format!("{P} {why}")).at(P, loc),
        },
    }
}
