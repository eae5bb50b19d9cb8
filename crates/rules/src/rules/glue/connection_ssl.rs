//! Glue JDBC connections enforce SSL.
use crate::judge::glue::glue_connection_ssl;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "glue-connection-ssl",
    title: "Glue JDBC connections enforce SSL (JDBC_ENFORCE_SSL)",
    severity: Severity::High,
    service: "AWS Glue",
    section: "AWS Glue",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["GLUE-JDBC-SSL"],
    kinds: &["AWS::Glue::Connection"],
    phi_only: false,
    rationale: "The whitepaper requires Glue to use JDBC connections with SSL/TLS to data stores \
that hold PHI. Unless the connection sets JDBC_ENFORCE_SSL to true, Glue connects without \
requiring TLS, and crawlers and ETL jobs can read PHI over an unencrypted link. Glue DataBrew \
datasets reuse these connections.",
    remediation: "Add `JDBC_ENFORCE_SSL: \"true\"` to `ConnectionInput.ConnectionProperties` \
(optionally `CUSTOM_JDBC_CERT` for a private CA); in Terraform, \
`connection_properties = { JDBC_ENFORCE_SSL = \"true\", ... }` on `aws_glue_connection`.",
    check: Check::Resource(check),
};

fn check(_: &Ctx, r: &Resource) -> Outcome {
    glue_connection_ssl(r).unwrap_or_else(|| {
        Outcome::not_applicable("not a JDBC connection").l10n("glue-connection-not-jdbc", &[])
    })
}
