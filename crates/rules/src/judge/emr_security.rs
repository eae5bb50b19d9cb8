//! The EMR security configuration a cluster uses, and its `EncryptionConfiguration`.

use crate::judge::reference::{self, Pointee, with_reason, with_why};
use crate::{Ctx, Outcome};
use phiguard_model::{Lookup, Node, Resource};

/// The security configuration document of `cluster`'s `SecurityConfiguration`, or the
/// outcome when there is none (fail) or it cannot be read (unknown).
pub fn encryption_of<'g>(
    ctx: &Ctx<'g>,
    cluster: &'g Resource,
) -> Result<(Node, &'g Resource), Outcome> {
    let path = "SecurityConfiguration";
    let at = cluster.get(path).location();
    let config = match reference::follow_at(ctx, cluster, path) {
        None => {
            return Err(Outcome::fail(
                "the cluster names no SecurityConfiguration, so EMR encrypts neither local disks nor traffic between nodes",
            )
            .l10n("emr-no-security-configuration", &[])
            .at(path, None));
        }
        Some(Pointee::Found(c) | Pointee::Other(c)) => c,
        Some(Pointee::Outside(name)) => {
            match ctx
                .graph
                .of_kind("AWS::EMR::SecurityConfiguration")
                .find(|c| {
                    c.unit == cluster.unit
                        && c.get("Name").node().and_then(Node::as_str) == Some(name.as_str())
                }) {
                Some(c) => c,
                None => {
                    return Err(Outcome::unknown(format!(
                        "the security configuration '{name}' is not defined in the scanned files"
                    ))
                    .l10n(
                        "emr-security-configuration-outside",
                        &[("configuration", &name)],
                    )
                    .at(path, at));
                }
            }
        }
        Some(Pointee::Unresolved(why)) => {
            let o = Outcome::unknown(format!("{path} {why}"));
            return Err(with_why(o, &why, "helper-path-unknown", &[("path", path)]).at(path, at));
        }
    };
    let doc = match config.get("SecurityConfiguration") {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!(
                "the security configuration '{}' {}",
                config.name,
                crate::unknown_reason(n)
            ));
            return Err(with_reason(
                o,
                n,
                "emr-security-configuration-value-unreadable",
                &[("configuration", &config.name)],
            )
            .at(path, at));
        }
        Lookup::Absent => {
            return Err(Outcome::unknown(format!(
                "the security configuration '{}' has no document",
                config.name
            ))
            .l10n(
                "emr-security-configuration-no-document",
                &[("configuration", &config.name)],
            )
            .at(path, at));
        }
    };
    match crate::judge::json_doc::read(doc) {
        Some(d) => Ok((d.into_owned(), config)),
        None => Err(Outcome::unknown(format!(
            "the security configuration '{}' is not a readable JSON document",
            config.name
        ))
        .l10n(
            "emr-security-configuration-unreadable",
            &[("configuration", &config.name)],
        )
        .at(path, at)),
    }
}
