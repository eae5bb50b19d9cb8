//! RDS for SQL Server databases holding PHI have auditing enabled in their parameter
//! group (`rds.sqlserver_audit = fedramp_hipaa`).
use crate::judge::rds_settings::{self, EngineKind, option, parameter};
use crate::judge::reference::{self, Pointee, with_reason};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-sqlserver-audit",
    title: "RDS for SQL Server databases holding PHI enable auditing (rds.sqlserver_audit = fedramp_hipaa)",
    severity: Severity::High,
    service: "Amazon RDS",
    section: "Auditing",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["RDS-SQLSERVER-AUDITING"],
    kinds: &["AWS::RDS::DBInstance"],
    phi_only: true,
    rationale: "The whitepaper requires RDS for SQL Server instances that contain PHI to have \
auditing enabled, 'from within the parameter group'. RDS's compliance-program support does \
this with the `rds.sqlserver_audit` parameter set to `fedramp_hipaa`, which records logins \
and changes to database objects. A SQL Server Audit (the `SQLSERVER_AUDIT` option in an \
option group) also audits, and is accepted with a note.",
    remediation: "Attach a custom `AWS::RDS::DBParameterGroup` (Family `sqlserver-*`) with \
`Parameters: {rds.sqlserver_audit: fedramp_hipaa}` to the instance's `DBParameterGroupName`. \
Terraform: an `aws_db_parameter_group` with `parameter { name = \"rds.sqlserver_audit\" value = \
\"fedramp_hipaa\" apply_method = \"pending-reboot\" }`, referenced from `parameter_group_name`.",
    check: Check::Resource(check),
};

const PARAM: &str = "rds.sqlserver_audit";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if rds_settings::in_cluster(r) {
        return Outcome::not_applicable("member of a DB cluster, which is never SQL Server")
            .l10n("rds-sqlserver-cluster-member", &[]);
    }
    let engine = match rds_settings::engine(ctx, r) {
        Ok(e) => e,
        Err(o) => return o,
    };
    if engine.kind != EngineKind::SqlServer {
        return Outcome::not_applicable(format!("engine '{}' is not SQL Server", engine.name))
            .l10n("rds-sqlserver-other-engine", &[("engine", &engine.name)]);
    }
    if engine.custom {
        return Outcome::not_applicable(
            "RDS Custom for SQL Server: auditing is configured on the database host",
        )
        .l10n("rds-sqlserver-audit-custom", &[]);
    }
    let prop = "DBParameterGroupName";
    let location = r.get(prop).location();
    let (group, location) = match reference::resolve_at(
        ctx,
        r,
        prop,
        &["AWS::RDS::DBParameterGroup"],
        prop,
    ) {
        None => {
            return audit_option(ctx, r).unwrap_or_else(|| {
                Outcome::fail(format!(
                    "no parameter group is attached: the default group does not set {PARAM}, so SQL Server auditing is off"
                ))
                .l10n("rds-sqlserver-audit-no-group", &[])
                .at(prop, None)
            });
        }
        Some(Pointee::Outside(name)) if name.to_ascii_lowercase().starts_with("default.") => {
            return audit_option(ctx, r).unwrap_or_else(|| {
                Outcome::fail(format!(
                    "'{name}' is a default parameter group, which does not set {PARAM}"
                ))
                .l10n("rds-sqlserver-audit-default-group", &[("group", &name)])
                .at(prop, location)
            });
        }
        Some(Pointee::Outside(name)) => {
            return Outcome::unknown(format!(
                "{prop} names '{name}', a parameter group outside this scan; whether it sets {PARAM} cannot be checked"
            ))
            .l10n(
                "rds-parameter-group-outside",
                &[("path", prop), ("group", &name), ("parameter", PARAM)],
            )
            .at(prop, location);
        }
        Some(p @ (Pointee::Other(_) | Pointee::Unresolved(_))) => {
            return p.unknown_at(prop, r.get(prop).location(), "AWS::RDS::DBParameterGroup");
        }
        Some(Pointee::Found(resource)) => (resource, location),
    };
    match parameter(group, PARAM) {
        Lookup::Set(n) => match n.as_str() {
            Some(v) if v.eq_ignore_ascii_case("fedramp_hipaa") => Outcome::pass(format!(
                "parameter group '{}' sets {PARAM} = fedramp_hipaa",
                group.name
            ))
            .l10n("rds-sqlserver-audit-on", &[("group", &group.name)])
            .at(prop, n.location.as_ref().or(location)),
            Some(v) => audit_option(ctx, r).unwrap_or_else(|| {
                Outcome::fail(format!(
                    "parameter group '{}' sets {PARAM} = {v}; set it to fedramp_hipaa to enable auditing",
                    group.name
                ))
                .l10n(
                    "rds-sqlserver-audit-other",
                    &[("group", &group.name), ("value", v)],
                )
                .at(prop, n.location.as_ref().or(location))
            }),
            None => Outcome::unknown(format!(
                "{PARAM} in parameter group '{}' is not a literal value",
                group.name
            ))
            .l10n("rds-sqlserver-audit-not-literal", &[("group", &group.name)])
            .at(prop, n.location.as_ref().or(location)),
        },
        Lookup::Unknown(n) => with_reason(
            Outcome::unknown(format!(
                "{PARAM} in parameter group '{}' cannot be resolved: {}",
                group.name,
                crate::unknown_reason(n)
            )),
            n,
            "rds-sqlserver-audit-unresolved",
            &[("group", &group.name)],
        )
        .at(prop, n.location.as_ref().or(location)),
        Lookup::Absent => audit_option(ctx, r).unwrap_or_else(|| {
            Outcome::fail(format!(
                "parameter group '{}' does not set {PARAM}, so SQL Server auditing is off",
                group.name
            ))
            .l10n("rds-sqlserver-audit-unset", &[("group", &group.name)])
            .at(prop, location)
        }),
    }
}

/// A pass when the instance's option group enables SQL Server Audit.
fn audit_option(ctx: &Ctx, r: &Resource) -> Option<Outcome> {
    let prop = "OptionGroupName";
    let location = r.get(prop).location();
    let Some(Pointee::Found(resource)) =
        reference::resolve_at(ctx, r, prop, &["AWS::RDS::OptionGroup"], prop)
    else {
        return None;
    };
    match option(resource, "SQLSERVER_AUDIT") {
        Ok(Some(o)) => Some(
            Outcome::pass(format!(
                "option group '{}' enables SQL Server Audit (SQLSERVER_AUDIT); the whitepaper's \
parameter-group setting is {PARAM} = fedramp_hipaa",
                resource.name
            ))
            .l10n("rds-sqlserver-audit-option", &[("group", &resource.name)])
            .at(prop, o.location.as_ref().or(location)),
        ),
        _ => None,
    }
}
