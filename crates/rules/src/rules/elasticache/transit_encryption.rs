//! ElastiCache for Redis (and Valkey) caches holding PHI require TLS.
use crate::judge::cache_engine::{self, CACHE_CLUSTER, SERVERLESS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-transit-encryption",
    title: "ElastiCache for Redis caches holding PHI require TLS for every connection",
    severity: Severity::Critical,
    service: "Amazon ElastiCache for Redis",
    section: "Transport Encryption",
    cfr: &["45 CFR 164.312(e)(1)", "45 CFR 164.312(e)(2)(ii)"],
    requirements: &["ELASTICACHE-TRANSIT-ENCRYPTION"],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ServerlessCache",
    ],
    phi_only: true,
    rationale: "The whitepaper requires connections to Redis clusters containing PHI to use \
transport encryption. `TransitEncryptionEnabled` turns TLS on; with \
`TransitEncryptionMode: preferred` (a migration setting) the cache still accepts plain-text \
clients, so only `required` (the default once TLS is on) protects PHI in transit. Serverless \
caches accept TLS connections only.",
    remediation: "Set `TransitEncryptionEnabled: true` and leave `TransitEncryptionMode` unset or \
`required` on the `AWS::ElastiCache::ReplicationGroup`; Terraform: \
`transit_encryption_enabled = true` and `transit_encryption_mode = \"required\"` on \
`aws_elasticache_replication_group`. Clients must connect with TLS.",
    check: Check::Resource(check),
};

const PATH: &str = "TransitEncryptionEnabled";
const MODE: &str = "TransitEncryptionMode";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if let Err(o) = cache_engine::redis_like(r) {
        return o;
    }
    if r.kind == SERVERLESS {
        return Outcome::pass("serverless caches accept only TLS connections")
            .l10n("elasticache-transit-serverless", &[]);
    }
    if let Some(o) = cache_engine::inherited_from_global(r, PATH) {
        return o;
    }
    match flag(r, PATH) {
        Flag::True(n) => match crate::string_attr(r, MODE) {
            Ok(Some((mode, loc))) if mode.eq_ignore_ascii_case("preferred") => Outcome::fail(
                "TransitEncryptionMode is 'preferred': the cache still accepts unencrypted connections",
            )
            .l10n("elasticache-transit-preferred", &[])
            .at(MODE, loc),
            Ok(Some((mode, loc))) if mode.eq_ignore_ascii_case("required") => {
                Outcome::pass("TLS is required for every connection")
                    .l10n("elasticache-transit-required", &[])
                    .at(MODE, loc)
            }
            Ok(Some((mode, loc))) => {
                Outcome::unknown(format!("unrecognised TransitEncryptionMode '{mode}'"))
                    .l10n("elasticache-transit-mode-unknown", &[("mode", mode)])
                    .at(MODE, loc)
            }
            Ok(None) => Outcome::pass("TLS is enabled, and required (the default mode)")
                .l10n("elasticache-transit-default-mode", &[])
                .at(PATH, n.location.as_ref()),
            Err(o) => o,
        },
        Flag::False(n) => Outcome::fail("TransitEncryptionEnabled is false: clients connect in plain text")
            .l10n("elasticache-transit-off", &[])
            .at(PATH, n.location.as_ref()),
        Flag::Unknown(why, loc) => cache_engine::unreadable(r, PATH, &why, loc),
        Flag::Absent if r.kind == CACHE_CLUSTER => Outcome::fail(
            "TransitEncryptionEnabled is not set on this stand-alone cache cluster: clients connect in plain text; use a replication group with TLS",
        )
        .l10n("elasticache-transit-cache-cluster", &[])
        .at(PATH, None),
        Flag::Absent => Outcome::fail(
            "TransitEncryptionEnabled is not set, so TLS is off and clients connect in plain text",
        )
        .l10n("elasticache-transit-absent", &[])
        .at(PATH, None),
    }
}
