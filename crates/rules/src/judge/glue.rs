//! Glue connections, judged for the jobs, crawlers and datasets that read through them.

use crate::Outcome;
use crate::outcome::path_unknown;
use phiguard_model::{Lookup, Resource};

/// Whether a Glue connection enforces SSL on its JDBC connection: `None` when it is not a
/// JDBC connection.
pub fn glue_connection_ssl(conn: &Resource) -> Option<Outcome> {
    const TYPE: &str = "ConnectionInput.ConnectionType";
    const SSL: &str = "ConnectionInput.ConnectionProperties.JDBC_ENFORCE_SSL";
    match conn.get(TYPE) {
        Lookup::Set(n) => match n.as_str() {
            Some(t) if t.eq_ignore_ascii_case("JDBC") => {}
            Some(_) => return None,
            None => return Some(path_unknown(TYPE, n)),
        },
        Lookup::Unknown(n) => return Some(path_unknown(TYPE, n)),
        // CloudFormation requires the type; Terraform defaults to JDBC.
        Lookup::Absent => {}
    }
    let name = conn.name.as_str();
    Some(match conn.get(SSL) {
        Lookup::Absent => Outcome::fail(format!(
            "JDBC connection '{name}' does not set JDBC_ENFORCE_SSL, so Glue may connect without TLS"
        ))
        .l10n("glue-connection-ssl-absent", &[("connection", name)])
        .at(SSL, None),
        Lookup::Unknown(n) => path_unknown("JDBC_ENFORCE_SSL", n).at(SSL, n.location.as_ref()),
        Lookup::Set(n) => match n.as_bool() {
            Some(true) => Outcome::pass(format!("JDBC connection '{name}' enforces SSL"))
                .l10n("glue-connection-ssl-enforced", &[("connection", name)])
                .at(SSL, n.location.as_ref()),
            Some(false) => Outcome::fail(format!(
                "JDBC connection '{name}' sets JDBC_ENFORCE_SSL to false, so Glue may connect without TLS"
            ))
            .l10n("glue-connection-ssl-false", &[("connection", name)])
            .at(SSL, n.location.as_ref()),
            None => path_unknown("JDBC_ENFORCE_SSL", n).at(SSL, n.location.as_ref()),
        },
    })
}
