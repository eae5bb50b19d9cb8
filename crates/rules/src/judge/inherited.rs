//! Encryption a resource inherits from the snapshot or source it is restored or replicated
//! from. The service ignores the resource's own encryption flag then (CloudFormation:
//! "inherited from the snapshot"), so the flag proves nothing; what decides is the source
//! (when it is in the scan) or, for restores that can encrypt an unencrypted snapshot
//! (Aurora, DocumentDB, Neptune, Redshift), a declared `KmsKeyId`.

use crate::judge::reference::{self, Pointee, with_reason, with_why};
use crate::prelude::*;

/// An attribute naming a source, and whether a declared `KmsKeyId` encrypts the copy
/// whatever the source.
pub struct Source {
    /// `SnapshotIdentifier`, `SourceDBInstanceIdentifier`...
    pub attribute: &'static str,
    /// The restore encrypts with `KmsKeyId` even from an unencrypted snapshot.
    pub key_decides: bool,
}

/// Sources of a DocumentDB or Neptune cluster: a snapshot restore with `KmsKeyId` is
/// encrypted whatever the snapshot; a point-in-time restore inherits its source's encryption.
pub const CLUSTER_RESTORES: &[Source] = &[
    Source {
        attribute: "SnapshotIdentifier",
        key_decides: true,
    },
    Source {
        attribute: "SourceDBClusterIdentifier",
        key_decides: false,
    },
];

/// Judges inherited encryption: `None` when the resource names no source. `flag` is the
/// encryption attribute the source itself carries (`StorageEncrypted`, `Encrypted`).
pub fn encryption(ctx: &Ctx, r: &Resource, sources: &[Source], flag_path: &str) -> Option<Outcome> {
    let (source, lookup) = sources
        .iter()
        .map(|s| (s, r.get(s.attribute)))
        .find(|(_, l)| !l.is_absent())?;
    let attr = source.attribute;
    if source.key_decides && !r.get("KmsKeyId").is_absent() {
        return Some(
            Outcome::pass(format!(
                "restored from {attr} with KmsKeyId declared: the restored copy is encrypted with that key whatever the source"
            ))
            .l10n("inherited-key-declared", &[("path", attr)])
            .at_lookup("KmsKeyId", r.get("KmsKeyId")),
        );
    }
    let node = match lookup {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!(
                "encryption is inherited from {attr}, which {}",
                crate::unknown_reason(n)
            ));
            return Some(
                with_reason(o, n, "inherited-source-unreadable", &[("path", attr)])
                    .at(attr, n.location.as_ref()),
            );
        }
        Lookup::Absent => return None,
    };
    let is_ignored = !r.get(flag_path).is_absent();
    let ignored = if is_ignored {
        format!("; {flag_path} is ignored when restoring or replicating")
    } else {
        String::new()
    };
    let outcome = match reference::follow(ctx, r, node) {
        Pointee::Found(src) | Pointee::Other(src) if !attr.contains("Snapshot") => {
            match flag(src, flag_path) {
                Flag::True(_) => Outcome::pass(format!("inherits encryption from {}", src.name))
                    .l10n("inherited-encrypted", &[("source", &src.name)]),
                Flag::False(_) | Flag::Absent => Outcome::fail(format!(
                    "inherits unencrypted storage from {}; a copy of an unencrypted source is unencrypted",
                    src.name
                ))
                .l10n("inherited-unencrypted", &[("source", &src.name)]),
                Flag::Unknown(why, _) => with_why(
                    Outcome::unknown(format!(
                        "inherits encryption from {}, whose {flag_path} {why}",
                        src.name
                    )),
                    &why,
                    "inherited-source-flag-unreadable",
                    &[("source", &src.name), ("flag", flag_path)],
                ),
            }
        }
        Pointee::Found(src) | Pointee::Other(src) => Outcome::unknown(format!(
            "encryption is inherited from the snapshot of {}, whose encryption the template does not show{ignored}",
            src.name
        ))
        .l10n(
            if is_ignored {
                "inherited-snapshot-of-ignored"
            } else {
                "inherited-snapshot-of"
            },
            &[("source", &src.name), ("flag", flag_path)],
        ),
        Pointee::Outside(id) => Outcome::unknown(format!(
            "encryption is inherited from {attr} '{id}', which is not in this scan{ignored}{}",
            if source.key_decides {
                "; declare KmsKeyId to encrypt the restored copy"
            } else {
                ""
            }
        ))
        .l10n(
            match (is_ignored, source.key_decides) {
                (false, false) => "inherited-outside",
                (true, false) => "inherited-outside-ignored",
                (false, true) => "inherited-outside-key",
                (true, true) => "inherited-outside-ignored-key",
            },
            &[("path", attr), ("source", &id), ("flag", flag_path)],
        ),
        Pointee::Unresolved(why) => with_why(
            Outcome::unknown(format!(
                "encryption is inherited from {attr}, which {why}{ignored}"
            )),
            &why,
            if is_ignored {
                "inherited-unresolved-ignored"
            } else {
                "inherited-source-unreadable"
            },
            &[("path", attr), ("flag", flag_path)],
        ),
    };
    Some(outcome.at(attr, node.location.as_ref()))
}
