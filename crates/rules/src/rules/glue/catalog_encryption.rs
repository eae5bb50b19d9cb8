//! The Glue Data Catalog is encrypted with KMS, connection passwords included.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "glue-catalog-encryption",
    title: "The Glue Data Catalog is encrypted with KMS and returns connection passwords encrypted",
    severity: Severity::Medium,
    service: "AWS Glue",
    section: "AWS Glue",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["GLUE-CATALOG-ENCRYPTION"],
    kinds: &[
        "AWS::Glue::DataCatalogEncryptionSettings",
        "AWS::Glue::Database",
    ],
    phi_only: false,
    rationale: "Catalog metadata (table names, columns, partition values, sample statistics) can \
reveal PHI, and Glue connections store database passwords. The whitepaper asks to enable Data \
Catalog encryption with KMS and connection-password encryption; both are off by default, are \
account- and Region-wide, and apply only to objects written after they are turned on. When the \
scan defines Glue databases but no catalog encryption settings, each database carries the \
failure; the settings may live in a baseline stack that should be scanned too.",
    remediation: "Define one `AWS::Glue::DataCatalogEncryptionSettings` with \
`EncryptionAtRest.CatalogEncryptionMode: SSE-KMS` (and `SseAwsKmsKeyId`) and \
`ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted: true`; in Terraform, \
`aws_glue_data_catalog_encryption_settings`.",
    check: Check::Resource(check),
};

const SETTINGS: &str = "AWS::Glue::DataCatalogEncryptionSettings";
const MODE: &str = "DataCatalogEncryptionSettings.EncryptionAtRest.CatalogEncryptionMode";
const PASSWORDS: &str =
    "DataCatalogEncryptionSettings.ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted";

fn judge(s: &Resource) -> Outcome {
    match string_attr(s, MODE) {
        Ok(Some((m, _))) if m.to_ascii_uppercase().starts_with("SSE-KMS") => {}
        Ok(Some((m, loc))) => {
            return Outcome::fail(format!(
                "CatalogEncryptionMode is {m}: catalog metadata is not encrypted"
            ))
            .l10n("glue-catalog-mode-other", &[("mode", m)])
            .at(MODE, loc);
        }
        Ok(None) => {
            return Outcome::fail(
                "CatalogEncryptionMode is not set: catalog metadata is not encrypted",
            )
            .l10n("glue-catalog-mode-absent", &[])
            .at(MODE, None);
        }
        Err(unknown) => return unknown,
    }
    match flag(s, PASSWORDS) {
        Flag::True(n) => Outcome::pass("catalog metadata and connection passwords are encrypted with KMS").l10n("glue-catalog-passwords-encrypted", &[]).at(PASSWORDS, n.location.as_ref()),
        Flag::False(n) => Outcome::fail("ReturnConnectionPasswordEncrypted is false: connection passwords are returned in clear text").l10n("glue-catalog-passwords-clear", &[]).at(PASSWORDS, n.location.as_ref()),
        Flag::Absent => Outcome::fail("connection-password encryption is not enabled").l10n("glue-catalog-passwords-absent", &[]).at(PASSWORDS, None),
        Flag::Unknown(why, loc) => match s.get(PASSWORDS) {
            Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(PASSWORDS, n),
            Lookup::Absent => Outcome::unknown(format!("{PASSWORDS} {why}")).at(PASSWORDS, loc),
        },
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == SETTINGS {
        return judge(r);
    }
    if ctx.phi.any_marked && !ctx.phi.holds(r) {
        return Outcome::not_applicable("not marked as holding PHI")
            .l10n("glue-catalog-not-phi", &[]);
    }
    if ctx.graph.of_kind(SETTINGS).next().is_some() {
        return Outcome::not_applicable(
            "the scan's DataCatalogEncryptionSettings carry the verdict",
        )
        .l10n("glue-catalog-settings-elsewhere", &[]);
    }
    Outcome::fail(
        "no AWS::Glue::DataCatalogEncryptionSettings in the scan: the Data Catalog holding this database is not encrypted by default",
    )
    .l10n("glue-catalog-no-settings", &[])
}
