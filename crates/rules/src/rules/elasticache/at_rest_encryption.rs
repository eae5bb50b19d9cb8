//! ElastiCache for Redis (and Valkey) caches holding PHI encrypt data at rest.
use crate::judge::cache_engine::{self, CACHE_CLUSTER, CacheEngine, SERVERLESS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-at-rest-encryption",
    title: "ElastiCache for Redis caches holding PHI encrypt data at rest",
    severity: Severity::Critical,
    service: "Amazon ElastiCache for Redis",
    section: "Encryption at Rest",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["ELASTICACHE-AT-REST-ENCRYPTION"],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ServerlessCache",
    ],
    phi_only: true,
    rationale: "The whitepaper requires Redis clusters that store PHI to encrypt data at rest, \
which covers data on disk during sync, backup and swap and the automated backups in S3. It \
can only be chosen when the replication group is created. Stand-alone cache clusters \
(AWS::ElastiCache::CacheCluster) have no at-rest encryption; serverless caches always \
encrypt.",
    remediation: "Create the cache as an `AWS::ElastiCache::ReplicationGroup` with \
`AtRestEncryptionEnabled: true` (and `KmsKeyId` for a customer-managed key), or as an \
`AWS::ElastiCache::ServerlessCache`. Terraform: `at_rest_encryption_enabled = true` on \
`aws_elasticache_replication_group`. An existing group must be backed up and restored \
into a new, encrypted one.",
    check: Check::Resource(check),
};

const PATH: &str = "AtRestEncryptionEnabled";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let engine = match cache_engine::redis_like(r) {
        Ok((e, _)) => e,
        Err(o) => return o,
    };
    if r.kind == SERVERLESS {
        return Outcome::pass("serverless caches always encrypt data at rest")
            .l10n("elasticache-at-rest-serverless", &[]);
    }
    if r.kind == CACHE_CLUSTER {
        return Outcome::fail(
            "a stand-alone cache cluster cannot encrypt data at rest; create a replication group with AtRestEncryptionEnabled",
        )
        .l10n("elasticache-at-rest-cache-cluster", &[]);
    }
    if let Some(o) = cache_engine::inherited_from_global(r, PATH) {
        return o;
    }
    match flag(r, PATH) {
        Flag::True(n) => Outcome::pass("data at rest is encrypted (AtRestEncryptionEnabled)")
            .l10n("elasticache-at-rest-on", &[])
            .at(PATH, n.location.as_ref()),
        Flag::False(n) => Outcome::fail(
            "AtRestEncryptionEnabled is false: data on disk and backups are not encrypted",
        )
        .l10n("elasticache-at-rest-off", &[])
        .at(PATH, n.location.as_ref()),
        Flag::Unknown(why, loc) => cache_engine::unreadable(r, PATH, &why, loc),
        Flag::Absent if engine == CacheEngine::Valkey => ctx.aws_default_said(
            PATH,
            ("AtRestEncryptionEnabled is not declared", "elasticache-at-rest-encryption-default-missing"), ("encrypts Valkey replication groups at rest by default", "elasticache-at-rest-encryption-default-does"),
        ),
        Flag::Absent => Outcome::fail(
            "AtRestEncryptionEnabled is not set, and Redis OSS replication groups are unencrypted at rest by default",
        )
        .l10n("elasticache-at-rest-absent", &[])
        .at(PATH, None),
    }
}
