//! Whether the EBS volumes an instance, launch template or launch configuration
//! declares in its block device mappings are encrypted.
//!
//! Per mapping: instance-store (`VirtualName`) and suppressed (`NoDevice`) mappings are
//! ignored; `Encrypted: true` is encrypted; `Encrypted: false` is a failure; when
//! `Encrypted` is not written, a volume restored from a snapshot (`SnapshotId`) takes the
//! snapshot's encryption (unknown), the root device takes the AMI snapshot's encryption
//! (unknown), and any other (blank) volume is unencrypted unless the account turns on
//! EBS encryption by default, which a template does not show (a failure).
//!
//! Overall: any failing volume fails; otherwise a data volume that cannot be decided is
//! unknown; otherwise declared encrypted volumes pass. A root volume left to the AMI is
//! mentioned but decides only when nothing else is declared (unknown).

use crate::{Outcome, unknown_reason};
use phiguard_model::{Lookup, Node};

/// Device names an AMI's root volume usually has.
const ROOT_DEVICES: &[&str] = &[
    "/dev/xvda",
    "/dev/sda1",
    "/dev/sda",
    "xvda",
    "sda1",
    "/dev/nvme0n1",
];

/// Judges the mappings found at `path` (already looked up as `lookup`). `what` names
/// the resource kind for messages ("launch template").
pub fn judge(lookup: Lookup<'_>, path: &str, what: &str) -> Outcome {
    let mappings = match lookup {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            return Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                .at(path, n.location.as_ref());
        }
        Lookup::Absent => return no_volumes(path, what, None),
    };
    if !matches!(mappings.value, phiguard_model::Value::List(_)) {
        return Outcome::unknown(format!("{path} {}", unknown_reason(mappings)))
            .at(path, mappings.location.as_ref());
    }
    let mut encrypted = Vec::new();
    let mut failed = Vec::new();
    let mut undecided: Vec<(String, String, Option<&phiguard_model::Location>)> = Vec::new();
    let mut root_from_ami = None;
    for (i, m) in mappings.items().iter().enumerate() {
        let device = m
            .get("DeviceName")
            .node()
            .and_then(Node::as_str)
            .map_or_else(|| format!("mapping #{i}"), String::from);
        // `NoDevice` is `{}` on instances, `""` in launch templates, a boolean in launch
        // configurations.
        let no_device = match m.get("NoDevice") {
            Lookup::Set(n) => n.as_bool() != Some(false),
            _ => false,
        };
        if no_device || !m.get("VirtualName").is_absent() {
            continue;
        }
        let ebs = match m.get("Ebs") {
            Lookup::Set(e) => e,
            Lookup::Absent => continue,
            Lookup::Unknown(e) => {
                undecided.push((
                    device,
                    format!("Ebs {}", unknown_reason(e)),
                    e.location.as_ref(),
                ));
                continue;
            }
        };
        match ebs.get("Encrypted") {
            Lookup::Set(n) => match n.as_bool() {
                Some(true) => encrypted.push(device),
                Some(false) => failed.push((
                    device,
                    "Encrypted is false".to_string(),
                    n.location.as_ref(),
                )),
                None => undecided.push((
                    device,
                    format!("Encrypted {}", unknown_reason(n)),
                    n.location.as_ref(),
                )),
            },
            Lookup::Unknown(n) => {
                undecided.push((
                    device,
                    format!("Encrypted {}", unknown_reason(n)),
                    n.location.as_ref(),
                ));
            }
            Lookup::Absent => {
                if !ebs.get("SnapshotId").is_absent() {
                    undecided.push((
                        device,
                        "restored from SnapshotId without Encrypted: it takes the snapshot's encryption".into(),
                        ebs.location.as_ref(),
                    ));
                } else if ROOT_DEVICES.contains(&device.as_str()) {
                    root_from_ami = Some((device, ebs.location.as_ref()));
                } else {
                    failed.push((
                        device,
                        "Encrypted is not set, so the new volume is unencrypted unless the account turns on EBS encryption by default".into(),
                        ebs.location.as_ref(),
                    ));
                }
            }
        }
    }
    let list = |v: &[(String, String, Option<&phiguard_model::Location>)]| {
        v.iter()
            .map(|(d, why, _)| format!("{d}: {why}"))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if let Some((_, _, loc)) = failed.first() {
        return Outcome::fail(format!("unencrypted EBS volume(s) — {}", list(&failed)))
            .at(path, *loc);
    }
    if let Some((_, _, loc)) = undecided.first() {
        return Outcome::unknown(format!(
            "EBS encryption cannot be decided — {}",
            list(&undecided)
        ))
        .at(path, *loc);
    }
    if encrypted.is_empty() {
        return no_volumes(path, what, root_from_ami);
    }
    let root_note = match &root_from_ami {
        Some((d, _)) => format!("; the root volume {d} takes the AMI snapshot's encryption"),
        None => String::new(),
    };
    Outcome::pass(format!(
        "the declared EBS volume(s) {} are encrypted{root_note}",
        encrypted.join(", ")
    ))
    .at(path, mappings.location.as_ref())
}

fn no_volumes(
    path: &str,
    what: &str,
    root: Option<(String, Option<&phiguard_model::Location>)>,
) -> Outcome {
    let (lead, loc) = match root {
        Some((d, loc)) => (format!("the root volume {d} does not set Encrypted"), loc),
        None => (
            format!("the {what} declares no EBS block device mapping"),
            None,
        ),
    };
    Outcome::unknown(format!(
        "{lead}: the root volume's encryption comes from the AMI's snapshot and from the account's \
         EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true \
         on the root device mapping to make it evidence"
    ))
    .at(path, loc)
}
