//! Glue connections, judged for the jobs, crawlers and datasets that read through them.

use crate::{Outcome, unknown_reason};
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
            None => {
                return Some(
                    Outcome::unknown(format!("{TYPE} {}", unknown_reason(n)))
                        .at(TYPE, n.location.as_ref()),
                );
            }
        },
        Lookup::Unknown(n) => {
            return Some(
                Outcome::unknown(format!("{TYPE} {}", unknown_reason(n)))
                    .at(TYPE, n.location.as_ref()),
            );
        }
        // CloudFormation requires the type; Terraform defaults to JDBC.
        Lookup::Absent => {}
    }
    Some(match conn.get(SSL) {
        Lookup::Absent => Outcome::fail(format!(
            "JDBC connection '{}' does not set JDBC_ENFORCE_SSL, so Glue may connect without TLS",
            conn.name
        ))
        .at(SSL, None),
        Lookup::Unknown(n) => {
            Outcome::unknown(format!("JDBC_ENFORCE_SSL {}", unknown_reason(n))).at(SSL, n.location.as_ref())
        }
        Lookup::Set(n) => match n.as_bool() {
            Some(true) => Outcome::pass(format!("JDBC connection '{}' enforces SSL", conn.name)).at(SSL, n.location.as_ref()),
            Some(false) => Outcome::fail(format!(
                "JDBC connection '{}' sets JDBC_ENFORCE_SSL to false, so Glue may connect without TLS",
                conn.name
            ))
            .at(SSL, n.location.as_ref()),
            None => Outcome::unknown(format!("JDBC_ENFORCE_SSL {}", unknown_reason(n))).at(SSL, n.location.as_ref()),
        },
    })
}
