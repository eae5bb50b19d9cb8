//! ElastiCache for Redis (and Valkey) caches holding PHI authenticate clients (Redis
//! AUTH token or RBAC user groups).
use crate::judge::cache_engine::{self, CACHE_CLUSTER, SERVERLESS};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-redis-auth",
    title: "ElastiCache for Redis caches holding PHI authenticate clients (AUTH token or user groups)",
    severity: Severity::High,
    service: "Amazon ElastiCache for Redis",
    section: "Authentication",
    cfr: &["45 CFR 164.312(d)", "45 CFR 164.312(a)(1)"],
    requirements: &["ELASTICACHE-AUTH-TOKEN"],
    kinds: &[
        "AWS::ElastiCache::ReplicationGroup",
        "AWS::ElastiCache::CacheCluster",
        "AWS::ElastiCache::ServerlessCache",
    ],
    phi_only: true,
    rationale: "The whitepaper requires Redis clusters that contain PHI to authenticate Redis \
commands with a strong AUTH token (16 to 128 printable characters, without '/', '\"' or \
'@'), set when the replication group is created. Role-based access control (user groups) \
authenticates every client too and is accepted. Without either, any host that can reach the \
cache reads and writes PHI. Stand-alone cache clusters cannot require AUTH.",
    remediation: "Set `AuthToken` from a NoEcho parameter or a `{{resolve:secretsmanager:...}}` \
dynamic reference (never a literal), with `TransitEncryptionEnabled: true`, or attach RBAC \
user groups with `UserGroupIds` (`UserGroupId` on a serverless cache). Terraform: \
`auth_token` (from a secret) or `user_group_ids` on `aws_elasticache_replication_group`, \
`user_group_id` on `aws_elasticache_serverless_cache`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    if let Err(o) = cache_engine::redis_like(r) {
        return o;
    }
    if r.kind == CACHE_CLUSTER {
        return Outcome::fail(
            "a stand-alone cache cluster cannot require Redis AUTH; create a replication group with an AuthToken or user groups",
        )
        .l10n("elasticache-auth-cache-cluster", &[]);
    }
    let groups = if r.kind == SERVERLESS {
        "UserGroupId"
    } else {
        "UserGroupIds"
    };
    match r.get(groups) {
        Lookup::Set(n) if !is_empty(n) => {
            return Outcome::pass("clients authenticate through RBAC user groups")
                .l10n("elasticache-auth-rbac", &[])
                .at(groups, n.location.as_ref());
        }
        Lookup::Unknown(n) => return crate::outcome::path_unknown(groups, n),
        _ => {}
    }
    if r.kind == SERVERLESS {
        return Outcome::fail(
            "no user group is attached (UserGroupId): clients that reach the cache are not authenticated",
        )
        .l10n("elasticache-auth-no-user-group", &[])
        .at(groups, None);
    }
    let path = "AuthToken";
    if r.get("UserGroupIds").is_absent()
        && let Some(o) = cache_engine::inherited_from_global(r, path)
    {
        return o;
    }
    match r.get(path) {
        Lookup::Absent => Outcome::fail(
            "neither AuthToken nor UserGroupIds is set: clients that reach the cache are not authenticated",
        )
        .l10n("elasticache-auth-none", &[])
        .at(path, None),
        Lookup::Unknown(n) => crate::outcome::path_unknown(path, n),
        Lookup::Set(n) => match &n.value {
            Value::Str(token) => match weakness(token) {
                Some((why, id)) => Outcome::fail(format!(
                    "the AuthToken written in the template {why}; it is also readable by anyone with the template"
                ))
                .l10n(id, &[])
                .at(path, n.location.as_ref()),
                None => Outcome::pass(
                    "Redis AUTH is required; the token is written in the template, move it to Secrets Manager or a NoEcho parameter",
                )
                .l10n("elasticache-auth-token-in-template", &[])
                .at(path, n.location.as_ref()),
            },
            Value::LiteralSecret => Outcome::pass(
                "Redis AUTH is required; the token is written in the repository (a hidden literal or a variable's default), move it to Secrets Manager",
            )
            .l10n("elasticache-auth-token-in-repository", &[])
            .at(path, n.location.as_ref()),
            _ => Outcome::pass("Redis AUTH is required (token supplied from a secret)")
                .l10n("elasticache-auth-token-secret", &[])
                .at(path, n.location.as_ref()),
        },
    }
}

fn is_empty(n: &Node) -> bool {
    match &n.value {
        Value::List(items) => items.is_empty(),
        Value::Str(s) => s.is_empty(),
        _ => false,
    }
}

/// Why a literal token breaks ElastiCache's constraints, without quoting it, and the
/// Fluent message saying the whole finding.
fn weakness(token: &str) -> Option<(&'static str, &'static str)> {
    let len = token.chars().count();
    if len < 16 {
        Some((
            "is shorter than 16 characters",
            "elasticache-auth-token-short",
        ))
    } else if len > 128 {
        Some((
            "is longer than 128 characters",
            "elasticache-auth-token-long",
        ))
    } else if !token.chars().all(|c| c.is_ascii_graphic() || c == ' ') {
        Some((
            "contains characters that are not printable ASCII",
            "elasticache-auth-token-not-ascii",
        ))
    } else if token.contains(['/', '"', '@']) {
        Some((
            "contains '/', '\"' or '@'",
            "elasticache-auth-token-forbidden",
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::weakness;

    #[test]
    fn token_constraints() {
        assert!(weakness("short").is_some());
        assert!(weakness(&"a".repeat(129)).is_some());
        assert!(weakness("sixteen-chars-ok@x").is_some());
        assert!(weakness("correct-horse-battery-staple-42").is_none());
    }
}
