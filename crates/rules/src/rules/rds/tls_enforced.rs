//! RDS and Aurora databases holding PHI refuse unencrypted connections.
//!
//! The parameter depends on the engine: `rds.force_ssl = 1` for PostgreSQL, Aurora
//! PostgreSQL and SQL Server; `require_secure_transport = ON` for MySQL, MariaDB and
//! Aurora MySQL. Aurora clusters set it in the DB cluster parameter group.
//!
//! Defaults: AWS's default parameter groups leave both parameters off, except for RDS
//! for PostgreSQL 15 and later (`rds.force_ssl` defaults to 1) and RDS for MariaDB 11.8
//! and later (`require_secure_transport` defaults to ON). A custom group that does not
//! set the parameter inherits its family's default. When no parameter group and no
//! engine version are declared for PostgreSQL, RDS picks its current default version
//! (15 or later), so TLS is enforced only by an AWS default: that fails unless the
//! team trusts AWS defaults.
use crate::judge::rds_settings::{self, Engine, EngineKind, family_version, parameter, switch};
use crate::judge::reference::{self, Pointee, with_reason};
use crate::judge::version::Version;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-tls-enforced",
    title: "RDS and Aurora databases holding PHI require TLS for every connection",
    severity: Severity::High,
    service: "Amazon RDS",
    section: "Amazon RDS for PostgreSQL",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &[
        "RDS-MYSQL-TLS",
        "RDS-MARIADB-TLS",
        "RDS-POSTGRES-TLS",
        "AURORA-MYSQL-TLS",
        "AURORA-POSTGRES-TLS",
        "RDS-SQLSERVER-FORCE-SSL",
    ],
    kinds: &["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
    phi_only: true,
    rationale: "The whitepaper's sections on RDS for MySQL, MariaDB, PostgreSQL and SQL Server \
and on both Aurora editions require connections carrying PHI to use transport encryption. \
RDS offers TLS on every engine, but a client may still connect in plain text unless the \
server refuses it: `rds.force_ssl` (PostgreSQL, Aurora PostgreSQL, SQL Server 'Forced SSL') \
or `require_secure_transport` (MySQL, MariaDB, Aurora MySQL) in the parameter group makes \
the database reject unencrypted sessions.",
    remediation: "Attach a custom parameter group that requires TLS. CloudFormation: an \
`AWS::RDS::DBParameterGroup` (for Aurora, an `AWS::RDS::DBClusterParameterGroup` on the \
cluster's `DBClusterParameterGroupName`) with `Parameters: {rds.force_ssl: 1}` or \
`{require_secure_transport: 'ON'}`, referenced from `DBParameterGroupName`. Terraform: an \
`aws_db_parameter_group` (or `aws_rds_cluster_parameter_group`) with `parameter { name = \
\"rds.force_ssl\" value = \"1\" }` or `parameter { name = \"require_secure_transport\" value = \
\"ON\" }`, referenced from `parameter_group_name` (`db_cluster_parameter_group_name`).",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if rds_settings::in_cluster(r) {
        return Outcome::not_applicable(
            "member of a DB cluster; the cluster's parameter group carries the verdict",
        )
        .l10n("rds-tls-cluster-member", &[]);
    }
    let engine = match rds_settings::engine(ctx, r) {
        Ok(e) => e,
        Err(o) => return o,
    };
    let param = match engine.kind {
        EngineKind::Postgres | EngineKind::AuroraPostgres | EngineKind::SqlServer => {
            "rds.force_ssl"
        }
        EngineKind::MySql | EngineKind::MariaDb | EngineKind::AuroraMySql => {
            "require_secure_transport"
        }
        EngineKind::Oracle => {
            return Outcome::not_applicable(
                "Oracle encrypts connections with Native Network Encryption in the option group \
(rule rds-oracle-encryption-in-transit)",
            )
            .l10n("rds-tls-oracle", &[]);
        }
        EngineKind::Db2 | EngineKind::Other => {
            return Outcome::not_applicable(format!(
                "engine '{}' has no TLS requirement in the whitepaper",
                engine.name
            ))
            .l10n("rds-tls-other-engine", &[("engine", &engine.name)]);
        }
    };
    if engine.custom {
        return Outcome::not_applicable(
            "RDS Custom: TLS is configured on the database host, not in a parameter group",
        )
        .l10n("rds-tls-custom", &[]);
    }
    if r.kind == "AWS::RDS::DBInstance"
        && matches!(
            engine.kind,
            EngineKind::AuroraMySql | EngineKind::AuroraPostgres
        )
    {
        return Outcome::not_applicable("Aurora instances take TLS settings from their cluster")
            .l10n("rds-tls-aurora-instance", &[]);
    }
    let (prop, group_kind) = if r.kind == "AWS::RDS::DBCluster" {
        (
            "DBClusterParameterGroupName",
            "AWS::RDS::DBClusterParameterGroup",
        )
    } else {
        ("DBParameterGroupName", "AWS::RDS::DBParameterGroup")
    };
    let label = engine.label();
    let location = r.get(prop).location();
    match reference::resolve_at(ctx, r, prop, &[group_kind], prop) {
        None => default_group(ctx, r, &engine, param, prop, None, None),
        Some(Pointee::Outside(name)) if name.to_ascii_lowercase().starts_with("default.") => {
            let family = family_version(&name);
            default_group(ctx, r, &engine, param, prop, family, location)
        }
        Some(Pointee::Outside(name)) => Outcome::unknown(format!(
            "{prop} names '{name}', a parameter group outside this scan; whether it sets {param} cannot be checked"
        ))
        .l10n(
            "rds-parameter-group-outside",
            &[("path", prop), ("group", &name), ("parameter", param)],
        )
        .at(prop, location),
        Some(p @ (Pointee::Other(_) | Pointee::Unresolved(_))) => {
            p.unknown_at(prop, r.get(prop).location(), group_kind)
        }
        Some(Pointee::Found(group)) => match parameter(group, param) {
            Lookup::Set(n) => match switch(n) {
                Some(true) => Outcome::pass(format!(
                    "{label}: parameter group '{}' sets {param} = {}",
                    group.name,
                    n.scalar_text().unwrap_or_default()
                ))
                .l10n(
                    "rds-tls-param-on",
                    &[
                        ("engine", label),
                        ("group", &group.name),
                        ("parameter", param),
                        ("value", &n.scalar_text().unwrap_or_default()),
                    ],
                )
                .at(prop, n.location.as_ref().or(location)),
                Some(false) => Outcome::fail(format!(
                    "{label}: parameter group '{}' sets {param} = {}, so clients may connect without TLS",
                    group.name,
                    n.scalar_text().unwrap_or_default()
                ))
                .l10n(
                    "rds-tls-param-off",
                    &[
                        ("engine", label),
                        ("group", &group.name),
                        ("parameter", param),
                        ("value", &n.scalar_text().unwrap_or_default()),
                    ],
                )
                .at(prop, n.location.as_ref().or(location)),
                None => {
                    let text = n.scalar_text();
                    let id = if text.is_some() {
                        "rds-tls-param-unreadable"
                    } else {
                        "rds-tls-param-not-literal"
                    };
                    Outcome::unknown(format!(
                        "{label}: {param} in parameter group '{}' is {}, which reads neither as on nor as off",
                        group.name,
                        text.as_ref().map_or_else(|| "not a literal value".to_string(), |v| format!("'{v}'"))
                    ))
                    .l10n(
                        id,
                        &[
                            ("engine", label),
                            ("group", &group.name),
                            ("parameter", param),
                            ("value", text.as_deref().unwrap_or_default()),
                        ],
                    )
                }
                .at(prop, n.location.as_ref().or(location)),
            },
            Lookup::Unknown(n) => with_reason(
                Outcome::unknown(format!(
                    "{label}: {param} in parameter group '{}' cannot be resolved: {}",
                    group.name,
                    crate::unknown_reason(n)
                )),
                n,
                "rds-tls-param-unresolved",
                &[("engine", label), ("group", &group.name), ("parameter", param)],
            )
            .at(prop, n.location.as_ref().or(location)),
            Lookup::Absent => {
                let family = group
                    .get("Family")
                    .node()
                    .and_then(Node::as_str)
                    .and_then(family_version);
                match family {
                    Some(v) if default_forces_tls(engine.kind, &v) => Outcome::pass(format!(
                        "{label}: parameter group '{}' does not set {param}, and its family's default ({label} {v}) requires TLS",
                        group.name
                    ))
                    .l10n(
                        "rds-tls-family-default-on",
                        &[
                            ("engine", label),
                            ("group", &group.name),
                            ("parameter", param),
                            ("version", &v.to_string()),
                        ],
                    )
                    .at(prop, location),
                    Some(_) => Outcome::fail(format!(
                        "{label}: parameter group '{}' does not set {param}, and the family's default lets clients connect without TLS",
                        group.name
                    ))
                    .l10n(
                        "rds-tls-family-default-off",
                        &[("engine", label), ("group", &group.name), ("parameter", param)],
                    )
                    .at(prop, location),
                    None => Outcome::fail(format!(
                        "{label}: parameter group '{}' does not set {param}; the engine default lets clients connect without TLS",
                        group.name
                    ))
                    .l10n(
                        "rds-tls-engine-default-off",
                        &[("engine", label), ("group", &group.name), ("parameter", param)],
                    )
                    .at(prop, location),
                }
            }
        },
    }
}

/// Whether AWS's default parameter group for this engine version requires TLS.
fn default_forces_tls(kind: EngineKind, version: &Version) -> bool {
    match kind {
        EngineKind::Postgres => version.major() >= 15,
        EngineKind::MariaDb => version.at_least("11.8"),
        _ => false,
    }
}

/// The verdict when the database uses AWS's default parameter group.
fn default_group(
    ctx: &Ctx,
    r: &Resource,
    engine: &Engine,
    param: &str,
    prop: &str,
    family: Option<Version>,
    location: Option<&phiguard_model::Location>,
) -> Outcome {
    let label = engine.label();
    let version = match family {
        Some(v) => Some(v),
        None => match rds_settings::engine_version(r) {
            Ok(v) => v.map(|(v, _)| v),
            Err(o) => {
                return if matches!(engine.kind, EngineKind::Postgres | EngineKind::MariaDb) {
                    o
                } else {
                    default_fails(label, param, prop, location)
                };
            }
        },
    };
    match version {
        Some(v) if default_forces_tls(engine.kind, &v) => Outcome::pass(format!(
            "{label} {v} with the default parameter group: its default {param} requires TLS; \
a custom parameter group setting it explicitly makes the control visible to auditors"
        ))
        .l10n(
            "rds-tls-default-group-on",
            &[
                ("engine", label),
                ("version", &v.to_string()),
                ("parameter", param),
            ],
        )
        .at(prop, location),
        Some(_) => default_fails(label, param, prop, location),
        None if engine.kind == EngineKind::Postgres => ctx.aws_default_said(
            prop,
            (
                "No parameter group and no engine version are declared, so TLS is not required by the configuration",
                "rds-tls-enforced-default-missing",
            ),
            (
                "creates PostgreSQL databases at a default version of 15 or later, whose default parameter group sets rds.force_ssl = 1",
                "rds-tls-enforced-default-does",
            ),
        ),
        None => default_fails(label, param, prop, location),
    }
}

fn default_fails(
    label: &str,
    param: &str,
    prop: &str,
    location: Option<&phiguard_model::Location>,
) -> Outcome {
    Outcome::fail(format!(
        "{label} uses the default parameter group, which leaves {param} off: clients may connect without TLS"
    ))
    .l10n(
        "rds-tls-default-group-off",
        &[("engine", label), ("parameter", param)],
    )
    .at(prop, location)
}
