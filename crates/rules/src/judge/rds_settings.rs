//! RDS engines and what their parameter groups and option groups say, shared by the
//! RDS rules.

use crate::judge::reference::{self, Pointee, with_reason};
use crate::judge::version::Version;
use crate::{Ctx, Outcome, unknown_reason};
use phiguard_model::{Location, Lookup, Node, Resource, Value};

/// The engine families the whitepaper treats differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EngineKind {
    /// RDS for PostgreSQL.
    Postgres,
    /// RDS for MySQL.
    MySql,
    /// RDS for MariaDB.
    MariaDb,
    /// Aurora PostgreSQL-Compatible.
    AuroraPostgres,
    /// Aurora MySQL-Compatible (`aurora-mysql`, legacy `aurora`).
    AuroraMySql,
    /// RDS for SQL Server (any edition).
    SqlServer,
    /// RDS for Oracle (any edition).
    Oracle,
    /// RDS for Db2.
    Db2,
    /// Anything else.
    Other,
}

/// A DB instance's or cluster's engine, as written (lower-cased).
#[derive(Clone, Debug)]
pub struct Engine<'a> {
    /// The engine name (`postgres`, `sqlserver-se`, `aurora-mysql`...).
    pub name: String,
    /// Its family.
    pub kind: EngineKind,
    /// RDS Custom (`custom-oracle-ee`, `custom-sqlserver-se`): the database host is the
    /// customer's, and parameter and option groups do not apply.
    pub custom: bool,
    /// Where the engine is written.
    pub location: Option<&'a Location>,
}

impl Engine<'_> {
    /// The engine as the whitepaper names it.
    pub fn label(&self) -> &'static str {
        match self.kind {
            EngineKind::Postgres => "RDS for PostgreSQL",
            EngineKind::MySql => "RDS for MySQL",
            EngineKind::MariaDb => "RDS for MariaDB",
            EngineKind::AuroraPostgres => "Aurora PostgreSQL",
            EngineKind::AuroraMySql => "Aurora MySQL",
            EngineKind::SqlServer => "RDS for SQL Server",
            EngineKind::Oracle => "RDS for Oracle",
            EngineKind::Db2 => "RDS for Db2",
            EngineKind::Other => "this engine",
        }
    }
}

/// Classifies an engine name.
pub fn classify(name: &str) -> (EngineKind, bool) {
    let custom = name.starts_with("custom-");
    let base = name.strip_prefix("custom-").unwrap_or(name);
    let kind = match base {
        "postgres" => EngineKind::Postgres,
        "mysql" => EngineKind::MySql,
        "mariadb" => EngineKind::MariaDb,
        "aurora-postgresql" => EngineKind::AuroraPostgres,
        "aurora-mysql" | "aurora" => EngineKind::AuroraMySql,
        s if s.starts_with("sqlserver-") => EngineKind::SqlServer,
        s if s.starts_with("oracle-") => EngineKind::Oracle,
        s if s.starts_with("db2-") => EngineKind::Db2,
        _ => EngineKind::Other,
    };
    (kind, custom)
}

/// Whether the instance is a member of an Aurora (or Multi-AZ) DB cluster, whose
/// cluster carries the verdict.
pub fn in_cluster(r: &Resource) -> bool {
    r.kind == "AWS::RDS::DBInstance" && !r.get("DBClusterIdentifier").is_absent()
}

/// The engine of a DB instance or cluster. A read replica without `Engine` takes its
/// source's engine when the source is in the scan. `Err` is an unknown verdict.
pub fn engine<'a>(ctx: &Ctx<'a>, r: &'a Resource) -> Result<Engine<'a>, Outcome> {
    engine_at(ctx, r, 0)
}

fn engine_at<'a>(ctx: &Ctx<'a>, r: &'a Resource, depth: u8) -> Result<Engine<'a>, Outcome> {
    match r.get("Engine") {
        Lookup::Set(n) => match n.as_str() {
            Some(s) => {
                let name = s.trim().to_ascii_lowercase();
                let (kind, custom) = classify(&name);
                Ok(Engine {
                    name,
                    kind,
                    custom,
                    location: n.location.as_ref(),
                })
            }
            None => Err(crate::outcome::path_unknown("Engine", n)),
        },
        Lookup::Unknown(n) => Err(crate::outcome::path_unknown("Engine", n)),
        Lookup::Absent => {
            if depth < 3
                && let Some(Pointee::Found(resource)) = reference::resolve_at(
                    ctx,
                    r,
                    "SourceDBInstanceIdentifier",
                    &["AWS::RDS::DBInstance"],
                    "DBInstanceIdentifier",
                )
            {
                return engine_at(ctx, resource, depth + 1);
            }
            let from = [
                "SourceDBInstanceIdentifier",
                "DBSnapshotIdentifier",
                "SnapshotIdentifier",
                "SourceDBClusterIdentifier",
                "SourceDBInstanceAutomatedBackupsArn",
            ]
            .into_iter()
            .find(|p| !r.get(p).is_absent());
            Err(match from {
                Some(p) => Outcome::unknown(format!(
                    "the engine is inherited through {p}, which is not resolvable here"
                ))
                .l10n("rds-engine-inherited", &[("path", p)])
                .at_lookup(p, r.get(p)),
                None => Outcome::unknown("Engine is not written")
                    .l10n("rds-engine-not-written", &[])
                    .at("Engine", None),
            })
        }
    }
}

/// The engine version written on the resource: `Ok(None)` when absent.
pub fn engine_version(r: &Resource) -> Result<Option<(Version, Option<&Location>)>, Outcome> {
    match crate::string_attr(r, "EngineVersion") {
        Ok(Some((s, loc))) => match Version::parse(s) {
            Some(v) => Ok(Some((v, loc))),
            None => Err(
                Outcome::unknown(format!("EngineVersion '{s}' is not a version"))
                    .l10n("rds-engine-version-invalid", &[("version", s)])
                    .at("EngineVersion", loc),
            ),
        },
        Ok(None) => Ok(None),
        Err(o) => Err(o),
    }
}

/// The version in a parameter group family (`postgres16` → 16, `mariadb11.8` → 11.8,
/// `sqlserver-se-15.0` → 15.0).
pub fn family_version(family: &str) -> Option<Version> {
    let start = family.find(|c: char| c.is_ascii_digit())?;
    Version::parse(&family[start..])
}

/// A parameter of an `AWS::RDS::DBParameterGroup`/`DBClusterParameterGroup` (the
/// `Parameters` map) or of an `AWS::Redshift::ClusterParameterGroup` (a list of
/// `ParameterName`/`ParameterValue`). Names compare case-insensitively.
pub fn parameter<'a>(group: &'a Resource, name: &str) -> Lookup<'a> {
    let params = match group.get("Parameters") {
        Lookup::Set(n) => n,
        other => return other,
    };
    match &params.value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map_or(Lookup::Absent, |(_, v)| lookup_of(v)),
        Value::List(items) => {
            let mut found = Lookup::Absent;
            for item in items {
                match item.get("ParameterName") {
                    Lookup::Set(n) if n.as_str().is_some_and(|s| s.eq_ignore_ascii_case(name)) => {
                        found = item.get("ParameterValue");
                    }
                    // A parameter whose name is unknown may be the one we look for.
                    Lookup::Unknown(n) if found.is_absent() => found = Lookup::Unknown(n),
                    _ => {}
                }
            }
            found
        }
        _ => Lookup::Unknown(params),
    }
}

fn lookup_of(n: &Node) -> Lookup<'_> {
    match n.value {
        Value::Unknown(_)
        | Value::Choice { .. }
        | Value::Ref { .. }
        | Value::Secret
        | Value::LiteralSecret => Lookup::Unknown(n),
        Value::Null => Lookup::Absent,
        _ => Lookup::Set(n),
    }
}

/// A switch parameter read as on/off: `1`, `ON`, `true` / `0`, `OFF`, `false`
/// (any case); `None` for anything else.
pub fn switch(n: &Node) -> Option<bool> {
    match &n.value {
        Value::Bool(b) => Some(*b),
        Value::Int(1) => Some(true),
        Value::Int(0) => Some(false),
        Value::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
            "1" | "on" | "true" => Some(true),
            "0" | "off" | "false" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// One option of an `AWS::RDS::OptionGroup` (`OptionConfigurations[]`), by name.
pub fn option<'a>(group: &'a Resource, name: &str) -> Result<Option<&'a Node>, Outcome> {
    let configs = match group.get("OptionConfigurations") {
        Lookup::Absent => return Ok(None),
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!(
                "the option group's OptionConfigurations {}",
                unknown_reason(n)
            ));
            return Err(
                with_reason(o, n, "rds-option-configurations-unreadable", &[])
                    .at("OptionGroupName", n.location.as_ref()),
            );
        }
        Lookup::Set(n) => n,
    };
    let mut unresolved = None;
    for c in configs.items() {
        match c.get("OptionName") {
            Lookup::Set(n) if n.as_str().is_some_and(|s| s.eq_ignore_ascii_case(name)) => {
                return Ok(Some(c));
            }
            Lookup::Set(n) if n.as_str().is_some() => {}
            Lookup::Absent => {}
            Lookup::Set(n) | Lookup::Unknown(n) => unresolved = Some(n),
        }
    }
    match unresolved {
        Some(n) => {
            let o = Outcome::unknown(format!(
                "an option name in the option group {}",
                unknown_reason(n)
            ));
            Err(with_reason(o, n, "rds-option-name-unreadable", &[])
                .at("OptionGroupName", n.location.as_ref()))
        }
        None => Ok(None),
    }
}

/// A setting of an option (`OptionSettings[]` `Name`/`Value`).
pub fn option_setting<'a>(option: &'a Node, name: &str) -> Lookup<'a> {
    let Lookup::Set(settings) = option.get("OptionSettings") else {
        return option.get("OptionSettings");
    };
    for s in settings.items() {
        if s.get("Name")
            .node()
            .and_then(Node::as_str)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return s.get("Value");
        }
    }
    Lookup::Absent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engines_classify() {
        assert_eq!(classify("postgres"), (EngineKind::Postgres, false));
        assert_eq!(classify("aurora"), (EngineKind::AuroraMySql, false));
        assert_eq!(classify("sqlserver-ex"), (EngineKind::SqlServer, false));
        assert_eq!(classify("custom-oracle-ee"), (EngineKind::Oracle, true));
        assert_eq!(classify("docdb"), (EngineKind::Other, false));
    }

    #[test]
    fn families_carry_versions() {
        assert_eq!(family_version("postgres16").unwrap().major(), 16);
        assert!(family_version("mariadb11.8").unwrap().at_least("11.8"));
        assert_eq!(family_version("aurora-postgresql15").unwrap().major(), 15);
        assert_eq!(family_version("sqlserver-se-15.0").unwrap().major(), 15);
        assert!(family_version("postgres").is_none());
    }

    #[test]
    fn switches() {
        let s = |v: &str| switch(&Node::bare(Value::Str(v.into())));
        assert_eq!(s("ON"), Some(true));
        assert_eq!(s("on"), Some(true));
        assert_eq!(s("1"), Some(true));
        assert_eq!(s("OFF"), Some(false));
        assert_eq!(s("0"), Some(false));
        assert_eq!(s("maybe"), None);
        assert_eq!(switch(&Node::bare(Value::Int(1))), Some(true));
    }
}
