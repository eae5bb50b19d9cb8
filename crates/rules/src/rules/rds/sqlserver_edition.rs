//! RDS for SQL Server databases holding PHI run an edition the whitepaper supports:
//! never Express.
use crate::judge::rds_settings::{self, EngineKind};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "rds-sqlserver-edition",
    title: "RDS for SQL Server databases holding PHI run Web, Standard or Enterprise edition, never Express",
    severity: Severity::Critical,
    service: "Amazon RDS",
    section: "Amazon RDS for SQL Server",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(b)"],
    requirements: &[
        "RDS-SQLSERVER-NO-EXPRESS",
        "RDS-SQLSERVER-SUPPORTED-EDITIONS",
    ],
    kinds: &["AWS::RDS::DBInstance"],
    phi_only: true,
    rationale: "The whitepaper supports PHI on RDS for SQL Server only for the Web, Standard and \
Enterprise editions (2008 R2: Enterprise only) and states that SQL Server Express 'is not \
supported and should never be used for the storage of PHI': Express cannot provide the \
encryption and auditing the whitepaper requires.",
    remediation: "Set `Engine` to `sqlserver-web`, `sqlserver-se` or `sqlserver-ee` (Terraform \
`engine`); an Express database must be migrated (native backup and restore) to a supported \
edition.",
    check: Check::Resource(check),
};

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
    let loc = engine.location;
    let edition = engine
        .name
        .trim_start_matches("custom-")
        .trim_start_matches("sqlserver-");
    match edition {
        "ex" => Outcome::fail(
            "SQL Server Express (sqlserver-ex) is not supported for PHI and must never store it",
        )
        .l10n("rds-sqlserver-express", &[])
        .at("Engine", loc),
        "web" | "se" | "ee" => {
            let version = match rds_settings::engine_version(r) {
                Ok(v) => v,
                Err(o) => return o,
            };
            match version {
                // 10.50 is SQL Server 2008 R2, supported for PHI in Enterprise edition only.
                Some((v, vloc)) if v.parts().starts_with(&[10, 50]) && edition != "ee" => {
                    Outcome::fail(format!(
                        "SQL Server 2008 R2 ({v}) is supported for PHI in Enterprise edition only, not '{}'",
                        engine.name
                    ))
                    .l10n(
                        "rds-sqlserver-2008r2",
                        &[("version", &v.to_string()), ("engine", &engine.name)],
                    )
                    .at("EngineVersion", vloc)
                }
                _ => Outcome::pass(format!(
                    "'{}' is an edition supported for PHI",
                    engine.name
                ))
                .l10n("rds-sqlserver-edition-supported", &[("engine", &engine.name)])
                .at("Engine", loc),
            }
        }
        other => Outcome::fail(format!(
            "SQL Server edition '{other}' is not one the whitepaper supports for PHI (Web, Standard, Enterprise)"
        ))
        .l10n("rds-sqlserver-edition-other", &[("edition", other)])
        .at("Engine", loc),
    }
}
