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

use crate::{MessagePart, Outcome};
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

/// Why a volume fails, or cannot be decided.
enum Why {
    /// `Encrypted: false`.
    False,
    /// A new blank volume without `Encrypted`.
    Absent,
    /// Restored from `SnapshotId` without `Encrypted`.
    Snapshot,
    /// An attribute that cannot be read: the English reason, and its Fluent form.
    Unread(String, Option<MessagePart>),
}

impl Why {
    fn english(&self) -> &str {
        match self {
            Why::False => "Encrypted is false",
            Why::Absent => {
                "Encrypted is not set, so the new volume is unencrypted unless the account turns on EBS encryption by default"
            }
            Why::Snapshot => {
                "restored from SnapshotId without Encrypted: it takes the snapshot's encryption"
            }
            Why::Unread(why, _) => why,
        }
    }

    /// An attribute at `path` whose value `n` cannot be read.
    fn unread(path: &str, n: &Node) -> Self {
        let o = crate::outcome::path_unknown(path, n);
        Why::Unread(o.message, o.l10n.and_then(|mut parts| parts.pop()))
    }

    /// "`device`: why", said as one item of a list of volumes.
    fn item(&self, device: MessagePart) -> Option<MessagePart> {
        let id = match self {
            Why::False => "block-devices-item-false",
            Why::Absent => "block-devices-item-absent",
            Why::Snapshot => "block-devices-item-snapshot",
            Why::Unread(_, said) => {
                return Some(
                    MessagePart::new("block-devices-item-unread", &[])
                        .with("device", device)
                        .with("why", said.clone()?),
                );
            }
        };
        Some(MessagePart::new(id, &[]).with("device", device))
    }

    /// The Fluent message of a finding about this one volume.
    fn id(&self) -> Option<&'static str> {
        match self {
            Why::False => Some("block-devices-false"),
            Why::Absent => Some("block-devices-absent"),
            Why::Snapshot => Some("block-devices-snapshot"),
            Why::Unread(..) => None,
        }
    }
}

/// A volume: its device name (`mapping #i` when the mapping has none: then `i`), why,
/// and where.
type Volume<'a> = (
    String,
    Option<usize>,
    Why,
    Option<&'a phiguard_model::Location>,
);

/// A device as a message: its name, or `mapping #i` for unnamed mapping `i`.
fn device_said(device: &str, unnamed: Option<usize>) -> MessagePart {
    match unnamed {
        Some(i) => MessagePart::new("block-devices-mapping", &[("index", &i.to_string())]),
        None => MessagePart::new("block-devices-device", &[("device", device)]),
    }
}

/// `parts` as one message, joined by message `sep` (`{ $first }`, separator, `{ $rest }`).
fn joined(parts: Vec<MessagePart>, sep: &'static str) -> Option<MessagePart> {
    parts.into_iter().rev().reduce(|rest, first| {
        MessagePart::new(sep, &[])
            .with("first", first)
            .with("rest", rest)
    })
}

/// Judges the mappings found at `path` (already looked up as `lookup`). `what` names
/// the resource kind for messages ("launch template").
pub fn judge(lookup: Lookup<'_>, path: &str, what: &str) -> Outcome {
    let mappings = match lookup {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => return crate::outcome::path_unknown(path, n),
        Lookup::Absent => return no_volumes(path, what, None),
    };
    if !matches!(mappings.value, phiguard_model::Value::List(_)) {
        return crate::outcome::path_unknown(path, mappings);
    }
    let mut encrypted = Vec::new();
    let mut failed: Vec<Volume> = Vec::new();
    let mut undecided: Vec<Volume> = Vec::new();
    let mut root_from_ami = None;
    for (i, m) in mappings.items().iter().enumerate() {
        let name = m.get("DeviceName").node().and_then(Node::as_str);
        let named = if name.is_some() { None } else { Some(i) };
        let device = name.map_or_else(|| format!("mapping #{i}"), String::from);
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
                let why = Why::unread("Ebs", e);
                undecided.push((device, named, why, e.location.as_ref()));
                continue;
            }
        };
        match ebs.get("Encrypted") {
            Lookup::Set(n) => match n.as_bool() {
                Some(true) => encrypted.push((device, named)),
                Some(false) => failed.push((device, named, Why::False, n.location.as_ref())),
                None => {
                    let why = Why::unread("Encrypted", n);
                    undecided.push((device, named, why, n.location.as_ref()));
                }
            },
            Lookup::Unknown(n) => {
                let why = Why::unread("Encrypted", n);
                undecided.push((device, named, why, n.location.as_ref()));
            }
            Lookup::Absent => {
                if !ebs.get("SnapshotId").is_absent() {
                    undecided.push((device, named, Why::Snapshot, ebs.location.as_ref()));
                } else if ROOT_DEVICES.contains(&device.as_str()) {
                    root_from_ami = Some((device, ebs.location.as_ref()));
                } else {
                    failed.push((device, named, Why::Absent, ebs.location.as_ref()));
                }
            }
        }
    }
    let list = |v: &[Volume]| {
        v.iter()
            .map(|(d, _, why, _)| format!("{d}: {}", why.english()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    // One named volume whose reason has a sentence of its own says it; otherwise the
    // sentence `id` says the list of volumes, each with its reason.
    let said = |mut o: Outcome, v: &[Volume], id: &'static str| {
        o.l10n = match v {
            [(device, None, why, _)] if why.id().is_some() => why
                .id()
                .map(|id| vec![MessagePart::new(id, &[("device", device)])]),
            _ => v
                .iter()
                .map(|(d, unnamed, why, _)| why.item(device_said(d, *unnamed)))
                .collect::<Option<Vec<_>>>()
                .and_then(|items| joined(items, "block-devices-next"))
                .map(|volumes| vec![MessagePart::new(id, &[]).with("volumes", volumes)]),
        };
        o
    };
    if let Some((_, _, _, loc)) = failed.first() {
        let o = Outcome::fail(format!("unencrypted EBS volume(s) — {}", list(&failed)));
        return said(o, &failed, "block-devices-failed").at(path, *loc);
    }
    if let Some((_, _, _, loc)) = undecided.first() {
        let o = Outcome::unknown(format!(
            "EBS encryption cannot be decided — {}",
            list(&undecided)
        ));
        return said(o, &undecided, "block-devices-undecided").at(path, *loc);
    }
    if encrypted.is_empty() {
        return no_volumes(path, what, root_from_ami);
    }
    let devices = encrypted
        .iter()
        .map(|(d, _)| d.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let mut o = match &root_from_ami {
        Some((d, _)) => Outcome::pass(format!(
            "the declared EBS volume(s) {devices} are encrypted; the root volume {d} takes the AMI snapshot's encryption"
        ))
        .l10n("block-devices-encrypted-root", &[("root", d)]),
        None => Outcome::pass(format!(
            "the declared EBS volume(s) {devices} are encrypted"
        ))
        .l10n("block-devices-encrypted", &[]),
    };
    // The devices as one argument: names joined by a comma, unnamed mappings said as such.
    let said = encrypted
        .iter()
        .map(|(d, unnamed)| device_said(d, *unnamed))
        .collect();
    if let (Some(parts), Some(devices)) = (&mut o.l10n, joined(said, "block-devices-comma")) {
        parts[0].nested.push(("devices", devices));
    }
    o.at(path, mappings.location.as_ref())
}

fn no_volumes(
    path: &str,
    what: &str,
    root: Option<(String, Option<&phiguard_model::Location>)>,
) -> Outcome {
    const TAIL: &str = "the root volume's encryption comes from the AMI's snapshot and from the account's \
         EBS encryption-by-default setting, neither of which the template shows; set Ebs.Encrypted: true \
         on the root device mapping to make it evidence";
    match root {
        Some((d, loc)) => Outcome::unknown(format!(
            "the root volume {d} does not set Encrypted: {TAIL}"
        ))
        .l10n("block-devices-root-unset", &[("device", &d)])
        .at(path, loc),
        None => Outcome::unknown(format!(
            "the {what} declares no EBS block device mapping: {TAIL}"
        ))
        .l10n(
            "block-devices-no-mapping",
            &[("kind", &what.replace(' ', "-"))],
        )
        .at(path, None),
    }
}
