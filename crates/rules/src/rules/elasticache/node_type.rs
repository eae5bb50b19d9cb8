//! ElastiCache for Redis caches holding PHI use current-generation node types.
use crate::judge::cache_engine::{self, SERVERLESS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-node-type",
    title: "ElastiCache for Redis caches holding PHI use current-generation node types",
    severity: Severity::Medium,
    service: "Amazon ElastiCache for Redis",
    section: "Amazon ElastiCache for Redis",
    cfr: &["45 CFR 164.308(a)(1)(ii)(B)"],
    requirements: &["ELASTICACHE-NODE-TYPE-CURRENT-GEN"],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
    ],
    phi_only: true,
    rationale: "The whitepaper supports PHI on current-generation ElastiCache node types only (M4, \
M5, R4, R5, T2, T3 when it was published, and their successors such as M6g, M7g, R6g, R7g, \
T4g). Previous-generation types (cache.m1, m2, m3, c1, t1, r3) do not support the \
encryption features PHI needs. The 2018 edition's m3 and r3 are previous generation now.",
    remediation: "Set `CacheNodeType` to a current-generation type such as `cache.r7g.large` or \
`cache.m7g.large`; Terraform: `node_type` on `aws_elasticache_replication_group`.",
    check: Check::Resource(check),
};

const PATH: &str = "CacheNodeType";

/// Families ElastiCache lists as previous generation.
const PREVIOUS: &[&str] = &["m1", "m2", "m3", "c1", "t1", "r3"];

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == SERVERLESS {
        return Outcome::not_applicable("serverless caches have no node type")
            .l10n("elasticache-node-serverless", &[]);
    }
    if let Err(o) = cache_engine::redis_like(r) {
        return o;
    }
    if let Some(o) = cache_engine::inherited_from_global(r, PATH) {
        return o;
    }
    let (node, loc) = match crate::string_attr(r, PATH) {
        Ok(Some(v)) => v,
        Ok(None) => {
            return Outcome::unknown(
                "CacheNodeType is not written (it comes from a snapshot or global datastore)",
            )
            .l10n("elasticache-node-not-written", &[])
            .at(PATH, None);
        }
        Err(o) => return o,
    };
    let mut parts = node.split('.');
    let family = match (parts.next(), parts.next(), parts.next()) {
        (Some("cache"), Some(family), Some(_)) => family.to_ascii_lowercase(),
        _ => {
            return Outcome::unknown(format!("'{node}' is not an ElastiCache node type"))
                .l10n("elasticache-node-invalid", &[("node", node)])
                .at(PATH, loc);
        }
    };
    if PREVIOUS.contains(&family.as_str()) {
        Outcome::fail(format!("{node} is a previous-generation node type"))
            .l10n("elasticache-node-previous", &[("node", node)])
            .at(PATH, loc)
    } else {
        Outcome::pass(format!("{node} is a current-generation node type"))
            .l10n("elasticache-node-current", &[("node", node)])
            .at(PATH, loc)
    }
}
