//! Memcached caches do not hold PHI: the whitepaper's ElastiCache guidance covers Redis
//! only, and node-based Memcached can neither encrypt at rest nor authenticate clients.
use crate::judge::cache_engine::{self, CacheEngine, SERVERLESS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-memcached-not-for-phi",
    title: "ElastiCache caches holding PHI run Redis OSS or Valkey, not Memcached",
    severity: Severity::High,
    service: "Amazon ElastiCache for Redis",
    section: "Amazon ElastiCache for Redis",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.312(d)"],
    requirements: &["ELASTICACHE-AT-REST-ENCRYPTION", "ELASTICACHE-AUTH-TOKEN"],
    kinds: &[
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ServerlessCache",
    ],
    phi_only: true,
    rationale: "The whitepaper's ElastiCache guidance covers Redis only, and its requirements \
(encryption at rest, TLS, Redis AUTH) cannot all be met by Memcached: node-based Memcached \
clusters have no at-rest encryption and no client authentication, and serverless Memcached \
has no client authentication either. PHI cached in Memcached is readable by any host that \
can reach it.",
    remediation: "Cache PHI in ElastiCache for Redis OSS or Valkey (a replication group with \
encryption at rest, TLS and AUTH, or a serverless cache with a user group), or keep PHI out \
of the Memcached cache and tag it `phi: false`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (engine, loc) = match cache_engine::engine(r) {
        Ok(e) => e,
        Err(o) => return o,
    };
    if engine != CacheEngine::Memcached {
        return Outcome::pass(format!(
            "runs {}, which the Redis rules cover",
            engine.name()
        ))
        .l10n(
            "elasticache-memcached-other-engine",
            &[("engine", engine.name())],
        )
        .at("Engine", loc);
    }
    if r.kind == SERVERLESS {
        Outcome::fail(
            "serverless Memcached encrypts data but cannot authenticate clients; the whitepaper supports PHI on ElastiCache for Redis only",
        )
        .l10n("elasticache-memcached-serverless", &[])
        .at("Engine", loc)
    } else {
        Outcome::fail(
            "Memcached cannot encrypt data at rest or authenticate clients; the whitepaper supports PHI on ElastiCache for Redis only",
        )
        .l10n("elasticache-memcached", &[])
        .at("Engine", loc)
    }
}
