//! DataBrew datasets read JDBC sources through SSL-enforcing Glue connections.
use crate::judge::glue::glue_connection_ssl;
use crate::judge::reference::{Pointee, resolve, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "databrew-dataset-ssl",
    title: "DataBrew datasets read databases through Glue connections that enforce SSL",
    severity: Severity::High,
    service: "AWS Glue DataBrew",
    section: "AWS Glue DataBrew",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["DATABREW-JDBC-SSL"],
    kinds: &["AWS::DataBrew::Dataset"],
    phi_only: false,
    rationale: "DataBrew reads JDBC sources through a Glue connection; the whitepaper asks that it \
use the connection's \"Require SSL connection\" option (JDBC_ENFORCE_SSL) so PHI pulled into \
DataBrew is encrypted in transit. Datasets on S3 or the Data Catalog are not judged here.",
    remediation: "Set `JDBC_ENFORCE_SSL: \"true\"` in the `ConnectionProperties` of the Glue \
connection named by `Input.DatabaseInputDefinition.GlueConnectionName`.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    const P: &str = "Input.DatabaseInputDefinition.GlueConnectionName";
    let n = match r.get(P) {
        Lookup::Absent => {
            return Outcome::not_applicable("the dataset does not read a database through JDBC")
                .l10n("databrew-dataset-not-jdbc", &[]);
        }
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!("the Glue connection {}", crate::unknown_reason(n)));
            return with_reason(o, n, "databrew-connection-unreadable", &[])
                .at(P, n.location.as_ref());
        }
        Lookup::Set(n) => n,
    };
    let loc = n.location.as_ref();
    match resolve(
        ctx,
        r,
        n,
        &["AWS::Glue::Connection"],
        "ConnectionInput.Name",
    ) {
        Pointee::Found(conn) => match glue_connection_ssl(conn) {
            Some(out) => Outcome {
                path: Some(P.into()),
                location: loc.cloned(),
                ..out
            },
            None => Outcome::not_applicable(format!(
                "Glue connection '{}' is not a JDBC connection",
                conn.name
            ))
            .l10n(
                "databrew-connection-not-jdbc",
                &[("connection", &conn.name)],
            ),
        },
        Pointee::Outside(name) => Outcome::unknown(format!(
            "Glue connection '{name}' is not in this scan; check JDBC_ENFORCE_SSL there"
        ))
        .l10n("databrew-connection-outside", &[("connection", &name)])
        .at(P, loc),
        Pointee::Other(o) => Outcome::unknown(format!(
            "the connection name points at '{}', a {}",
            o.name, o.kind
        ))
        .l10n(
            "databrew-connection-other",
            &[("name", &o.name), ("kind", &o.kind)],
        )
        .at(P, loc),
        Pointee::Unresolved(why) => {
            let o = Outcome::unknown(format!("the Glue connection cannot be resolved: {why}"));
            with_why(o, &why, "databrew-connection-unresolved", &[]).at(P, loc)
        }
    }
}
