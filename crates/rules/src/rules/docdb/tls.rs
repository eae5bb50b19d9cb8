//! DocumentDB clusters keep TLS required for connections.
use crate::judge::docdb_params::Param;
use crate::judge::reference::{self, Pointee};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "docdb-tls",
    title: "DocumentDB clusters holding PHI require TLS (cluster parameter tls is not disabled)",
    severity: Severity::High,
    service: "Amazon DocumentDB",
    section: "Amazon DocumentDB (with MongoDB compatibility)",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["DOCDB-TLS"],
    kinds: &["AWS::DocDB::DBCluster"],
    phi_only: true,
    rationale: "Connections to a DocumentDB cluster holding PHI must be encrypted. DocumentDB \
requires TLS by default; a custom cluster parameter group can turn it off with tls = disabled, \
after which clients may connect in cleartext. The whitepaper asks to keep the TLS-only default.",
    remediation: "Leave `tls` at `enabled` (or `tls1.2+`, `tls1.3+`, `fips-140-3`) in the \
`AWS::DocDB::DBClusterParameterGroup` `Parameters` the cluster uses; in Terraform, \
`parameter { name = \"tls\", value = \"enabled\" }` on `aws_docdb_cluster_parameter_group`.",
    check: Check::Resource(check),
};

const PATH: &str = "DBClusterParameterGroupName";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let group = match reference::follow_at(ctx, r, PATH) {
        None => {
            return Outcome::pass(
                "the cluster uses the default parameter group, which requires TLS",
            )
            .l10n("docdb-tls-default-group", &[])
            .at(PATH, None);
        }
        Some(Pointee::Found(g) | Pointee::Other(g)) => g,
        Some(Pointee::Outside(name)) if name.starts_with("default.") => {
            return Outcome::pass(format!("the default parameter group {name} requires TLS"))
                .l10n("docdb-tls-default-group-named", &[("group", &name)])
                .at_lookup(PATH, r.get(PATH));
        }
        Some(Pointee::Outside(name)) => {
            return Outcome::unknown(format!(
                "the parameter group '{name}' is not defined in the scanned files"
            ))
            .l10n("docdb-group-outside", &[("group", &name)])
            .at_lookup(PATH, r.get(PATH));
        }
        Some(Pointee::Unresolved(why)) => {
            return unresolved(r, PATH, &why);
        }
    };
    let at = r.get(PATH).location();
    match crate::judge::docdb_params::get(group, "tls") {
        Param::Unset => Outcome::pass(format!(
            "the parameter group '{}' leaves tls at its default (enabled)",
            group.name
        ))
        .l10n("docdb-tls-unset", &[("group", &group.name)])
        .at(PATH, at),
        Param::Value(v) if v.eq_ignore_ascii_case("disabled") => Outcome::fail(format!(
            "the parameter group '{}' sets tls = disabled, so clients may connect without TLS",
            group.name
        ))
        .l10n("docdb-tls-disabled", &[("group", &group.name)])
        .at(PATH, at),
        Param::Value(v) => Outcome::pass(format!(
            "the parameter group '{}' sets tls = {v}",
            group.name
        ))
        .l10n("docdb-tls-value", &[("group", &group.name), ("value", &v)])
        .at(PATH, at),
        Param::Unknown(why) => crate::judge::bucket::with_reason(
            Outcome::unknown(format!("tls in the parameter group '{}' {why}", group.name))
                .l10n("docdb-tls-param-unknown", &[("group", &group.name)]),
            &why,
        )
        .at(PATH, at),
    }
}

/// The unknown outcome "`path` `why`" for a parameter group reference that cannot be
/// followed; said as `path_unknown` says it when `why` is the written
/// value's own reason (a reason of the reference resolver stays English).
fn unresolved(r: &Resource, path: &str, why: &str) -> Outcome {
    match r.get(path) {
        Lookup::Set(n) | Lookup::Unknown(n) if crate::unknown_reason(n) == why => {
            crate::outcome::path_unknown(path, n)
        }
        found => crate::judge::bucket::with_reason(
            Outcome::unknown(format!("{path} {why}"))
                .l10n("helper-path-unknown", &[("path", path)]),
            why,
        )
        .at_lookup(path, found),
    }
}
