//! ElastiCache for Redis caches holding PHI run an eligible engine version: 3.2.6, or
//! 4.0.10 and later.
use crate::judge::cache_engine::{self, CacheEngine, SERVERLESS};
use crate::judge::version::Version;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-engine-version",
    title: "ElastiCache for Redis caches holding PHI run engine version 3.2.6 or 4.0.10 and later",
    severity: Severity::High,
    service: "Amazon ElastiCache for Redis",
    section: "Amazon ElastiCache for Redis",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.308(a)(1)(ii)(B)"],
    requirements: &["ELASTICACHE-ENGINE-VERSION"],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
    ],
    phi_only: true,
    rationale: "The whitepaper supports PHI on ElastiCache for Redis engine version 3.2.6 and \
4.0.10 onwards only: other versions lack at-rest and in-transit encryption or Redis AUTH. \
(The 2018 edition allowed 3.2.6 only; the current edition accepts 4.0.10 and later, so \
5.x, 6.x and 7.x are eligible.) Versions are compared numerically: 4.0.9 is older than \
4.0.10. Valkey (7.2 and later) descends from eligible Redis versions.",
    remediation: "Set `EngineVersion` to a current version (for example `7.1`), or leave it unset \
to get ElastiCache's default; Terraform: `engine_version` on \
`aws_elasticache_replication_group`. Upgrading in place is possible for most versions.",
    check: Check::Resource(check),
};

const PATH: &str = "EngineVersion";

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == SERVERLESS {
        return Outcome::not_applicable("serverless caches run versions AWS manages")
            .l10n("elasticache-version-serverless", &[]);
    }
    let engine = match cache_engine::redis_like(r) {
        Ok((e, _)) => e,
        Err(o) => return o,
    };
    if engine == CacheEngine::Valkey {
        return Outcome::pass("Valkey (7.2 and later) is an eligible engine")
            .l10n("elasticache-version-valkey", &[]);
    }
    if let Some(o) = cache_engine::inherited_from_global(r, PATH) {
        return o;
    }
    let (text, loc) = match crate::string_attr(r, PATH) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Outcome::pass(
                "EngineVersion is not set: ElastiCache uses its current default version, which is eligible",
            )
            .l10n("elasticache-version-default", &[])
            .at(PATH, None);
        }
        Err(o) => return o,
    };
    let Some(v) = Version::parse(text) else {
        return Outcome::unknown(format!("EngineVersion '{text}' is not a version"))
            .l10n("elasticache-version-invalid", &[("version", text)])
            .at(PATH, loc);
    };
    if Version::parse("3.2.6").is_some_and(|eligible| v == eligible) {
        return Outcome::pass("Redis 3.2.6 is an eligible version")
            .l10n("elasticache-version-326", &[])
            .at(PATH, loc);
    }
    if v.at_least("4.0.10") {
        Outcome::pass(format!("Redis {text} is 4.0.10 or later"))
            .l10n("elasticache-version-current", &[("version", text)])
            .at(PATH, loc)
    } else {
        Outcome::fail(format!(
            "Redis {text} is not eligible for PHI: use 3.2.6 or 4.0.10 and later"
        ))
        .l10n("elasticache-version-ineligible", &[("version", text)])
        .at(PATH, loc)
    }
}
