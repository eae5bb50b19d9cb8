//! Redshift clusters holding PHI refuse unencrypted connections (`require_ssl`).
use crate::judge::rds_settings::{parameter, switch};
use crate::judge::reference::{self, Pointee, with_reason};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "redshift-require-ssl",
    title: "Redshift clusters holding PHI require SSL/TLS connections (require_ssl = true)",
    severity: Severity::High,
    service: "Amazon Redshift",
    section: "Amazon Redshift",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["REDSHIFT-REQUIRE-SSL"],
    kinds: &["AWS::Redshift::Cluster"],
    phi_only: true,
    rationale: "The whitepaper requires connections to Redshift clusters containing PHI to use \
transport encryption. A cluster accepts both SSL and plain connections unless its parameter \
group sets `require_ssl` to true. A custom parameter group that does not set it inherits \
false; the default parameter group Redshift applies to clusters created since January 2025 \
sets it to true, which a template without a parameter group does not show.",
    remediation: "Attach an `AWS::Redshift::ClusterParameterGroup` with `Parameters: \
[{ParameterName: require_ssl, ParameterValue: 'true'}]` through `ClusterParameterGroupName`; \
Terraform: an `aws_redshift_parameter_group` with `parameter { name = \"require_ssl\" value = \
\"true\" }`, referenced from `cluster_parameter_group_name`.",
    check: Check::Resource(check),
};

const PROP: &str = "ClusterParameterGroupName";
const PARAM: &str = "require_ssl";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let location = r.get(PROP).location();
    let (group, location) = match reference::resolve_at(
        ctx,
        r,
        PROP,
        &["AWS::Redshift::ClusterParameterGroup"],
        "ParameterGroupName",
    ) {
        None => {
            return ctx.aws_default_said(
                PROP,
                (
                    "No parameter group is declared, so the configuration does not require SSL",
                    "redshift-require-ssl-default-missing",
                ),
                (
                    "applies a default parameter group with require_ssl = true to clusters created since January 2025",
                    "redshift-require-ssl-default-does",
                ),
            );
        }
        Some(Pointee::Outside(name)) if name.to_ascii_lowercase().starts_with("default.") => {
            return Outcome::unknown(format!(
                "'{name}' is an AWS default parameter group; whether it requires SSL depends on when the cluster was created"
            ))
            .l10n("redshift-ssl-default-group", &[("group", &name)])
            .at(PROP, location);
        }
        Some(Pointee::Outside(name)) => {
            return Outcome::unknown(format!(
                "{PROP} names '{name}', a parameter group outside this scan; whether it sets {PARAM} cannot be checked"
            ))
            .l10n("redshift-ssl-group-outside", &[("group", &name)])
            .at(PROP, location);
        }
        Some(p @ (Pointee::Other(_) | Pointee::Unresolved(_))) => {
            return p.unknown_at(
                PROP,
                r.get(PROP).location(),
                "AWS::Redshift::ClusterParameterGroup",
            );
        }
        Some(Pointee::Found(resource)) => (resource, location),
    };
    match parameter(group, PARAM) {
        Lookup::Set(n) => match switch(n) {
            Some(true) => Outcome::pass(format!(
                "parameter group '{}' sets require_ssl = true",
                group.name
            ))
            .l10n("redshift-ssl-true", &[("group", &group.name)])
            .at(PROP, n.location.as_ref().or(location)),
            Some(false) => Outcome::fail(format!(
                "parameter group '{}' sets require_ssl = false: clients may connect without SSL",
                group.name
            ))
            .l10n("redshift-ssl-false", &[("group", &group.name)])
            .at(PROP, n.location.as_ref().or(location)),
            None => match n.scalar_text() {
                Some(v) => Outcome::unknown(format!(
                    "require_ssl in parameter group '{}' is '{v}', which reads neither as true nor as false",
                    group.name
                ))
                .l10n("redshift-ssl-unreadable", &[("group", &group.name), ("value", &v)]),
                None => Outcome::unknown(format!(
                    "require_ssl in parameter group '{}' is not a literal value, which reads neither as true nor as false",
                    group.name
                ))
                .l10n("redshift-ssl-not-literal", &[("group", &group.name)]),
            }
            .at(PROP, n.location.as_ref().or(location)),
        },
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "require_ssl in parameter group '{}' cannot be resolved: {}",
                group.name,
                crate::unknown_reason(n)
            )),
            n,
            "redshift-ssl-unresolved",
            &[("group", &group.name)],
        )
        .at(PROP, n.location.as_ref().or(location)),
        Lookup::Absent => Outcome::fail(format!(
            "parameter group '{}' does not set require_ssl, which defaults to false: clients may connect without SSL",
            group.name
        ))
        .l10n("redshift-ssl-absent", &[("group", &group.name)])
        .at(PROP, location),
    }
}
