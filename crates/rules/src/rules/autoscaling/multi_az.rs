//! Auto Scaling groups spread instances over several Availability Zones.
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "autoscaling-multi-az",
    title: "Auto Scaling groups span at least two Availability Zones",
    severity: Severity::Medium,
    service: "AWS Auto Scaling",
    section: "Auditing, backups, and disaster recovery",
    cfr: &["45 CFR 164.308(a)(7)(ii)(B)", "45 CFR 164.308(a)(7)(ii)(C)"],
    requirements: &["DR-MULTI-AZ"],
    kinds: &["AWS::AutoScaling::AutoScalingGroup"],
    phi_only: false,
    rationale: "The whitepaper asks for fault-tolerant systems built across several Availability \
Zones for emergency-mode operation. An Auto Scaling group confined to one subnet or zone cannot \
replace its instances while that zone is down.",
    remediation: "List subnets in at least two Availability Zones in `VPCZoneIdentifier` (or two \
zones in `AvailabilityZones`) of `AWS::AutoScaling::AutoScalingGroup`; in Terraform, \
`vpc_zone_identifier` (or `availability_zones`) on `aws_autoscaling_group`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    for path in ["VPCZoneIdentifier", "AvailabilityZones"] {
        let list = match r.get(path) {
            Lookup::Absent => continue,
            Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
            Lookup::Set(n) => n,
        };
        let items = list.items();
        if let Some(u) = items.iter().find(|i| matches!(i.value, Value::Unknown(_))) {
            return crate::outcome::path_unknown(path, u).at(path, list.location.as_ref());
        }
        if items.len() < 2 {
            let single = if path == "AvailabilityZones" {
                Outcome::fail(format!("{path} names a single zone"))
                    .l10n("autoscaling-single-zone", &[("path", path)])
            } else {
                Outcome::fail(format!("{path} names a single subnet"))
                    .l10n("autoscaling-single-subnet", &[("path", path)])
            };
            return single.at(path, list.location.as_ref());
        }
        if path == "VPCZoneIdentifier" {
            // Subnets defined in the scan with literal zones: all in one zone fails.
            let zones: Option<Vec<String>> = items
                .iter()
                .map(|s| match reference::follow(ctx, r, s) {
                    Pointee::Found(sub) | Pointee::Other(sub) => sub
                        .get("AvailabilityZone")
                        .node()
                        .and_then(Node::as_str)
                        .map(String::from),
                    _ => None,
                })
                .collect();
            if let Some(z) = zones
                && z.iter().all(|x| *x == z[0])
            {
                let count = z.len().to_string();
                return Outcome::fail(format!("all {count} subnets are in {}", z[0]))
                    .l10n(
                        "autoscaling-subnets-one-zone",
                        &[("count", &count), ("zone", &z[0])],
                    )
                    .at(path, list.location.as_ref());
            }
        }
        let count = items.len().to_string();
        return Outcome::pass(format!("{path} lists {count} entries"))
            .l10n("autoscaling-entries", &[("path", path), ("count", &count)])
            .at(path, list.location.as_ref());
    }
    Outcome::unknown(
        "neither VPCZoneIdentifier nor AvailabilityZones is written (a launch template or mixed-instances policy may place the instances)",
    )
    .l10n("autoscaling-no-placement", &[])
}
