//! DMS targets keep migrated PHI encrypted at rest.
use crate::judge::reference::{Pointee, resolve, with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "dms-target-encrypted",
    title: "DMS target endpoints write to encrypted storage",
    severity: Severity::High,
    service: "AWS Database Migration Service",
    section: "AWS Database Migration Service",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["DMS-TARGET-ENCRYPTED"],
    kinds: &["AWS::DMS::Endpoint"],
    phi_only: false,
    rationale: "After migration, the target must follow its own encryption guidance so PHI stays \
encrypted at rest. For S3 targets the endpoint chooses the encryption of the files it writes \
(S3Settings.EncryptionMode); for database targets defined in the same scan, the database's \
storage encryption decides. Targets outside the scan cannot be judged here.",
    remediation: "For S3 targets set `S3Settings.EncryptionMode: SSE_KMS` with \
`ServerSideEncryptionKmsKeyId` (Terraform: `encryption_mode` / `server_side_encryption_kms_key_id` \
in `s3_settings` or on `aws_dms_s3_endpoint`); for database targets encrypt the target \
(`StorageEncrypted: true` for RDS, Aurora, DocumentDB; `Encrypted: true` for Redshift).",
    check: Check::Resource(check),
};

const DB_KINDS: &[&str] = &[
    "AWS::RDS::DBInstance",
    "AWS::RDS::DBCluster",
    "AWS::Redshift::Cluster",
    "AWS::DocDB::DBCluster",
];

fn db_encrypted(ctx: &Ctx, db: &Resource) -> Outcome {
    if db.kind == "AWS::RDS::DBInstance"
        && let Lookup::Set(c) = db.get("DBClusterIdentifier")
        && let Pointee::Found(cluster) =
            resolve(ctx, db, c, &["AWS::RDS::DBCluster"], "DBClusterIdentifier")
    {
        return db_encrypted(ctx, cluster);
    }
    let p = if db.kind == "AWS::Redshift::Cluster" {
        "Encrypted"
    } else {
        "StorageEncrypted"
    };
    match flag(db, p) {
        Flag::True(_) => Outcome::pass(format!("the target '{}' encrypts its storage", db.name))
            .l10n("dms-target-db-encrypted", &[("target", &db.name)]),
        Flag::False(_) | Flag::Absent => Outcome::fail(format!(
            "the target '{}' does not encrypt its storage ({p} is not true)",
            db.name
        ))
        .l10n(
            "dms-target-db-unencrypted",
            &[("target", &db.name), ("path", p)],
        ),
        Flag::Unknown(why, _) => with_why(
            Outcome::unknown(format!("the target's {p} {why}")),
            &why,
            "dms-target-flag-unreadable",
            &[("path", p)],
        ),
    }
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match string_attr(r, "EndpointType") {
        Ok(Some((t, _))) if t.eq_ignore_ascii_case("source") => {
            return Outcome::not_applicable("source endpoint")
                .l10n("dms-target-source-endpoint", &[]);
        }
        Err(unknown) => return unknown,
        _ => {}
    }
    let engine = match string_attr(r, "EngineName") {
        Ok(Some((e, _))) => e.to_ascii_lowercase(),
        Ok(None) => {
            return Outcome::unknown("the endpoint names no engine")
                .l10n("dms-endpoint-no-engine", &[])
                .at("EngineName", None);
        }
        Err(unknown) => return unknown,
    };
    match engine.as_str() {
        "s3" => {
            const P: &str = "S3Settings.EncryptionMode";
            return match string_attr(r, P) {
                Ok(Some((m, loc)))
                    if m.eq_ignore_ascii_case("SSE_KMS") || m.eq_ignore_ascii_case("SSE_S3") =>
                {
                    Outcome::pass(format!("DMS writes the target files with {m}"))
                        .l10n("dms-target-s3-mode", &[("mode", m)])
                        .at(P, loc)
                }
                Ok(Some((m, loc))) => {
                    Outcome::unknown(format!("EncryptionMode '{m}' is not a known mode"))
                        .l10n("dms-target-s3-mode-unknown", &[("mode", m)])
                        .at(P, loc)
                }
                Ok(None) => ctx.aws_default_said(
                    P,
                    (
                        "No encryption mode is named for the S3 target files",
                        "dms-target-encrypted-default-missing",
                    ),
                    (
                        "writes them with SSE-S3 by default",
                        "dms-target-encrypted-default-does",
                    ),
                ),
                Err(unknown) => unknown,
            };
        }
        "dynamodb" => {
            return Outcome::not_applicable(
                "DynamoDB encrypts every table; the table rules judge the key",
            )
            .l10n("dms-target-dynamodb", &[]);
        }
        _ => {}
    }
    const SERVER: &str = "ServerName";
    let server = match r.get(SERVER) {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!("the target server {}", crate::unknown_reason(n)));
            return with_reason(o, n, "dms-target-server-unreadable", &[])
                .at(SERVER, n.location.as_ref());
        }
        Lookup::Absent => {
            return Outcome::unknown(format!(
                "the {engine} target names no server (it may come from a secret)"
            ))
            .l10n("dms-target-no-server", &[("engine", &engine)])
            .at(SERVER, None);
        }
    };
    let loc = server.location.as_ref();
    match resolve(ctx, r, server, DB_KINDS, "-") {
        Pointee::Found(db) => db_encrypted(ctx, db).at(SERVER, loc),
        Pointee::Outside(host) => Outcome::unknown(format!("the target '{host}' is not defined in this scan; check its encryption where it is managed"))
            .l10n("dms-target-outside", &[("target", &host)])
            .at(SERVER, loc),
        Pointee::Other(o) => Outcome::unknown(format!("the target server points at '{}', a {}", o.name, o.kind))
            .l10n("dms-target-other", &[("target", &o.name), ("kind", &o.kind)])
            .at(SERVER, loc),
        Pointee::Unresolved(why) => with_why(
            Outcome::unknown(format!("the target server cannot be resolved: {why}")),
            &why,
            "dms-target-server-unresolved",
            &[],
        )
        .at(SERVER, loc),
    }
}
