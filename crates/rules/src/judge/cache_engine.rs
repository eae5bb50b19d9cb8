//! Which engine an ElastiCache resource runs, and whether the whitepaper's Redis
//! requirements apply to it.

use crate::{Outcome, string_attr};
use phiguard_model::{Location, Lookup, Resource};

/// ElastiCache engines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheEngine {
    /// Redis OSS.
    Redis,
    /// Valkey (the Redis OSS fork ElastiCache offers from 7.2).
    Valkey,
    /// Memcached.
    Memcached,
}

impl CacheEngine {
    /// The engine's name as ElastiCache writes it.
    pub fn name(self) -> &'static str {
        match self {
            CacheEngine::Redis => "redis",
            CacheEngine::Valkey => "valkey",
            CacheEngine::Memcached => "memcached",
        }
    }
}

/// Serverless caches.
pub const SERVERLESS: &str = "AWS::ElastiCache::ServerlessCache";
/// Replication groups (node-based Redis OSS/Valkey).
pub const REPLICATION_GROUP: &str = "AWS::ElastiCache::ReplicationGroup";
/// Stand-alone cache clusters.
pub const CACHE_CLUSTER: &str = "AWS::ElastiCache::CacheCluster";

/// The engine of a replication group (default Redis OSS), cache cluster or serverless
/// cache. `Err` is an unknown verdict.
pub fn engine(r: &Resource) -> Result<(CacheEngine, Option<&Location>), Outcome> {
    match string_attr(r, "Engine")? {
        Some((s, loc)) => match s.trim().to_ascii_lowercase().as_str() {
            "redis" => Ok((CacheEngine::Redis, loc)),
            "valkey" => Ok((CacheEngine::Valkey, loc)),
            "memcached" => Ok((CacheEngine::Memcached, loc)),
            other => Err(Outcome::unknown(format!("unrecognised engine '{other}'"))
                .l10n("cache-engine-unrecognised", &[("engine", other)])
                .at("Engine", loc)),
        },
        None if r.kind == REPLICATION_GROUP => Ok((CacheEngine::Redis, None)),
        None => Err(Outcome::unknown("Engine is not written")
            .l10n("cache-engine-not-written", &[])
            .at("Engine", None)),
    }
}

/// The engine when the Redis/Valkey requirements apply to `r`; otherwise the
/// not-applicable (Memcached, a cluster that belongs to a replication group) or unknown
/// outcome.
pub fn redis_like(r: &Resource) -> Result<(CacheEngine, Option<&Location>), Outcome> {
    if r.kind == CACHE_CLUSTER && !r.get("ReplicationGroupId").is_absent() {
        return Err(Outcome::not_applicable(
            "node of a replication group; the replication group carries the verdict",
        )
        .l10n("cache-engine-group-node", &[]));
    }
    let (engine, loc) = engine(r)?;
    if engine == CacheEngine::Memcached {
        return Err(Outcome::not_applicable(
            "Memcached: the whitepaper's ElastiCache requirements are for Redis (rule elasticache-memcached-not-for-phi covers Memcached)",
        )
        .l10n("cache-engine-memcached", &[]));
    }
    Ok((engine, loc))
}

/// An unknown verdict when `path` is not written on a replication group that joins a
/// global datastore: the setting then comes from the datastore's primary group.
pub fn inherited_from_global(r: &Resource, path: &str) -> Option<Outcome> {
    (r.kind == REPLICATION_GROUP
        && !r.get("GlobalReplicationGroupId").is_absent()
        && r.get(path).is_absent())
    .then(|| {
        Outcome::unknown(format!(
            "{path} is inherited from the global datastore's primary replication group, which is not visible here"
        ))
        .l10n("cache-engine-from-global", &[("path", path)])
        .at_lookup("GlobalReplicationGroupId", r.get("GlobalReplicationGroupId"))
    })
}

/// The unknown outcome for the boolean at `path` when [`crate::flag`] cannot read it
/// (`Flag::Unknown` with its reason `why` and location `loc`).
pub fn unreadable(r: &Resource, path: &str, why: &str, loc: Option<&Location>) -> Outcome {
    match r.get(path) {
        Lookup::Set(n) | Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(path, loc),
    }
}
