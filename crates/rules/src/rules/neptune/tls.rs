//! Neptune clusters accept only TLS connections.
use crate::judge::reference::{Pointee, resolve, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "neptune-tls",
    title: "Neptune DB clusters holding PHI accept only TLS (HTTPS) connections",
    severity: Severity::High,
    service: "Amazon Neptune",
    section: "Amazon Neptune",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["NEPTUNE-TLS"],
    kinds: &["AWS::Neptune::DBCluster"],
    phi_only: true,
    rationale: "The whitepaper relies on SSL/TLS for PHI in transit to Neptune. Engine versions \
1.0.4.0 and later accept only HTTPS with TLS 1.2 or later. Older engines accepted plaintext \
unless the cluster parameter group set `neptune_enforce_ssl` to 1; only a cluster pinned to such \
an engine with `neptune_enforce_ssl: 0` lets PHI cross the network unencrypted.",
    remediation: "Run engine 1.0.4.0 or later (omit `EngineVersion` or pin a current release); \
on an older engine, set `neptune_enforce_ssl: 1` in the `AWS::Neptune::DBClusterParameterGroup` \
`Parameters` (Terraform: a `parameter { name = \"neptune_enforce_ssl\" value = \"1\" }` block in \
`aws_neptune_cluster_parameter_group`).",
    check: Check::Resource(check),
};

const VERSION: &str = "EngineVersion";
const GROUP: &str = "DBClusterParameterGroupName";

/// Whether a Neptune engine version is older than 1.0.4.0 (`None` when not parseable).
fn before_https_only(v: &str) -> Option<bool> {
    let parts: Vec<u32> = v
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let mut padded = parts.clone();
    padded.resize(4, 0);
    Some(padded[..4] < [1, 0, 4, 0][..])
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let version = match string_attr(r, VERSION) {
        Err(unknown) => return unknown,
        Ok(None) => return Outcome::pass("no EngineVersion is pinned, so the cluster runs a current engine, which accepts only HTTPS").l10n("neptune-tls-current-engine", &[]).at(VERSION, None),
        Ok(Some((v, loc))) => match before_https_only(v) {
            Some(false) => {
                return Outcome::pass(format!(
                    "engine {v} accepts only HTTPS connections (TLS 1.2+)"
                ))
                .l10n("neptune-tls-https-only", &[("version", v)])
                .at(VERSION, loc);
            }
            Some(true) => v.to_string(),
            None => {
                return Outcome::unknown(format!("EngineVersion '{v}' is not a version number"))
                    .l10n("neptune-tls-version-unparsed", &[("version", v)])
                    .at(VERSION, loc);
            }
        },
    };
    let group = match r.get(GROUP) {
        Lookup::Absent => {
            return Outcome::pass(format!(
                "engine {version} with the default parameter group, which requires SSL"
            ))
            .l10n("neptune-tls-default-group", &[("version", &version)])
            .at(GROUP, None);
        }
        Lookup::Unknown(n) => {
            return crate::outcome::path_unknown(GROUP, n);
        }
        Lookup::Set(n) => n,
    };
    let pg = match resolve(
        ctx,
        r,
        group,
        &["AWS::Neptune::DBClusterParameterGroup"],
        "Name",
    ) {
        Pointee::Found(pg) => pg,
        Pointee::Outside(name) => {
            return Outcome::unknown(format!(
                "engine {version} predates HTTPS-only Neptune and its parameter group '{name}' is not in this scan"
            ))
            .l10n(
                "neptune-tls-group-outside",
                &[("version", &version), ("group", &name)],
            )
            .at(GROUP, group.location.as_ref());
        }
        Pointee::Other(o) => {
            return Outcome::unknown(format!(
                "the parameter group points at '{}', a {}",
                o.name, o.kind
            ))
            .l10n(
                "neptune-group-other",
                &[("name", &o.name), ("kind", &o.kind)],
            )
            .at(GROUP, group.location.as_ref());
        }
        Pointee::Unresolved(why) => {
            let o = Outcome::unknown(format!("the parameter group cannot be resolved: {why}"));
            return with_why(o, &why, "neptune-group-unresolved", &[])
                .at(GROUP, group.location.as_ref());
        }
    };
    let p = "Parameters.neptune_enforce_ssl";
    match pg.get(p) {
        Lookup::Set(n) => match n.scalar_text().as_deref().map(str::trim) {
            Some("0") | Some("false") => Outcome::fail(format!(
                "engine {version} with parameter group '{}' setting neptune_enforce_ssl to 0 accepts plaintext connections",
                pg.name
            ))
            .l10n(
                "neptune-tls-ssl-off",
                &[("version", &version), ("group", &pg.name)],
            )
            .at(GROUP, group.location.as_ref()),
            Some(_) => Outcome::pass(format!("parameter group '{}' enforces SSL", pg.name))
                .l10n("neptune-tls-ssl-on", &[("group", &pg.name)])
                .at(GROUP, group.location.as_ref()),
            None => crate::outcome::path_unknown("neptune_enforce_ssl", n)
                .at(GROUP, group.location.as_ref()),
        },
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "the parameters of '{}' {}",
                pg.name,
                crate::unknown_reason(n)
            )),
            n,
            "neptune-parameters-unreadable",
            &[("group", &pg.name)],
        )
        .at(GROUP, group.location.as_ref()),
        Lookup::Absent => Outcome::pass(format!(
            "parameter group '{}' keeps the default, which requires SSL",
            pg.name
        ))
        .l10n("neptune-tls-ssl-default", &[("group", &pg.name)])
        .at(GROUP, group.location.as_ref()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn versions_compare() {
        assert_eq!(super::before_https_only("1.0.3.0"), Some(true));
        assert_eq!(super::before_https_only("1.0.4.0"), Some(false));
        assert_eq!(super::before_https_only("1.3.2.1"), Some(false));
        assert_eq!(super::before_https_only("1.0.2.2.R4"), None);
    }
}
