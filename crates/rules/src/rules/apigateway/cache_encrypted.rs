//! API Gateway stages that cache responses encrypt the cache.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "apigateway-cache-encrypted",
    title: "API Gateway stages that cache responses encrypt the cache data",
    severity: Severity::High,
    service: "Amazon API Gateway",
    section: "Amazon API Gateway",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["APIGW-CACHE-ENCRYPTED"],
    kinds: &[
        "AWS::ApiGateway::Stage",
        "AWS::ApiGateway::Deployment",
        "AWS::ApiGateway::RestApi",
    ],
    phi_only: false,
    rationale: "API Gateway holds non-cached data only in memory, but a stage with a cache cluster \
stores responses (with any PHI in them) for up to an hour; the whitepaper asks that such a cache be \
encrypted. When a stage's cache cluster is on, API Gateway caches GET methods by default, and \
cache data is not encrypted unless CacheDataEncrypted is set.",
    remediation: "In the stage's `MethodSettings`, add an entry with `ResourcePath: \"/*\"`, \
`HttpMethod: \"*\"` and `CacheDataEncrypted: true`, and set `CacheDataEncrypted: true` on every \
entry that sets `CachingEnabled: true` (for a Deployment, in `StageDescription`); in Terraform, \
`aws_api_gateway_method_settings` with `method_path = \"*/*\"` and `settings { \
cache_data_encrypted = true }`.",
    check: Check::Resource(check),
};

/// A boolean read as true / false / absent / unknown, with its location.
fn read<'a>(n: &'a Node, path: &str) -> Flag<'a> {
    match n.get(path) {
        Lookup::Absent => Flag::Absent,
        Lookup::Unknown(v) => Flag::Unknown(crate::unknown_reason(v), v.location.as_ref()),
        Lookup::Set(v) => match v.as_bool() {
            Some(true) => Flag::True(v),
            Some(false) => Flag::False(v),
            None => Flag::Unknown(crate::unknown_reason(v), v.location.as_ref()),
        },
    }
}

/// The unknown outcome for `key` of `n`, which [`read`] could not read (`why`, `at`),
/// named `path` in the message.
fn unreadable(
    n: &Node,
    key: &str,
    path: &str,
    why: &str,
    at: Option<&phiguard_model::Location>,
) -> Outcome {
    match n.get(key) {
        Lookup::Set(v) | Lookup::Unknown(v) => crate::outcome::path_unknown(path, v),
        Lookup::Absent => Outcome::unknown(format!("{path} {why}")).at(path, at),
    }
}

fn is_wildcard(setting: &Node) -> bool {
    let path = setting.get("ResourcePath").node().and_then(Node::as_str);
    let method = setting.get("HttpMethod").node().and_then(Node::as_str);
    matches!(path, Some("/*" | "*" | "~1*")) && method == Some("*")
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (settings, prefix) = match r.kind.as_str() {
        "AWS::ApiGateway::Deployment" => match r.get("StageDescription") {
            Lookup::Set(n) => (n, "StageDescription."),
            Lookup::Unknown(n) => return crate::outcome::path_unknown("StageDescription", n),
            Lookup::Absent => {
                return Outcome::not_applicable("the deployment describes no stage settings")
                    .l10n("apigateway-cache-no-stage-settings", &[]);
            }
        },
        "AWS::ApiGateway::RestApi" if r.source_type != "AWS::Serverless::Api" => {
            return Outcome::not_applicable("the API's stages carry the cache settings")
                .l10n("apigateway-cache-api", &[]);
        }
        _ => (&r.attributes, ""),
    };
    let cluster_path = format!("{prefix}CacheClusterEnabled");
    match read(settings, "CacheClusterEnabled") {
        Flag::True(_) => {}
        Flag::False(_) | Flag::Absent => {
            return Outcome::not_applicable("the stage has no cache cluster")
                .l10n("apigateway-cache-no-cluster", &[]);
        }
        Flag::Unknown(why, at) => {
            return unreadable(settings, "CacheClusterEnabled", &cluster_path, &why, at);
        }
    }
    let methods_path = format!("{prefix}MethodSettings");
    let entries = settings
        .get("MethodSettings")
        .node()
        .map(Node::items)
        .unwrap_or_default();
    let wildcard = entries.iter().position(is_wildcard);
    // Stage-wide defaults: the `/*` `*` entry, or a Deployment's own StageDescription fields.
    let (default_node, default_path) = match wildcard {
        Some(i) => (Some(&entries[i]), format!("{methods_path}.{i}")),
        None if !prefix.is_empty() => (Some(settings), "StageDescription".into()),
        None => (None, methods_path.clone()),
    };
    let (default_caching, default_enc) = match default_node {
        Some(n) => (read(n, "CachingEnabled"), read(n, "CacheDataEncrypted")),
        None => (Flag::Absent, Flag::Absent),
    };
    let default_node = default_node.unwrap_or(settings);
    let enc_path = format!("{default_path}.CacheDataEncrypted");
    let default_encrypted = matches!(default_enc, Flag::True(_));
    match (&default_caching, &default_enc) {
        (_, Flag::True(_)) => {}
        (Flag::False(_), _) => {}
        (Flag::Unknown(why, at), _) => {
            let path = format!("{default_path}.CachingEnabled");
            return unreadable(default_node, "CachingEnabled", &path, why, *at);
        }
        (_, Flag::Unknown(why, at)) => {
            return unreadable(default_node, "CacheDataEncrypted", &enc_path, why, *at);
        }
        (_, Flag::False(n)) => {
            return Outcome::fail("the stage caches responses but CacheDataEncrypted is false")
                .l10n("apigateway-cache-unencrypted", &[])
                .at(&enc_path, n.location.as_ref());
        }
        (Flag::True(n), Flag::Absent) => {
            return Outcome::fail("the stage caches responses but does not set CacheDataEncrypted, so the cache is not encrypted")
                .l10n("apigateway-cache-encryption-absent", &[])
                .at(&format!("{default_path}.CachingEnabled"), n.location.as_ref());
        }
        (Flag::Absent, Flag::Absent) => {
            return Outcome::fail(
                "the stage has a cache cluster, which caches GET methods by default, and no stage-wide setting \
                 (ResourcePath /*, HttpMethod *) sets CacheDataEncrypted, so the cache is not encrypted",
            )
            .l10n("apigateway-cache-default-unencrypted", &[])
            .at(&cluster_path, settings.get("CacheClusterEnabled").location());
        }
    }
    for (i, e) in entries.iter().enumerate() {
        if Some(i) == wildcard || !matches!(read(e, "CachingEnabled"), Flag::True(_)) {
            continue;
        }
        let p = format!("{methods_path}.{i}.CacheDataEncrypted");
        match read(e, "CacheDataEncrypted") {
            Flag::True(_) => {}
            Flag::False(n) => {
                return Outcome::fail(
                    "a method override caches responses with CacheDataEncrypted false",
                )
                .l10n("apigateway-cache-override-unencrypted", &[])
                .at(&p, n.location.as_ref());
            }
            Flag::Unknown(why, at) => return unreadable(e, "CacheDataEncrypted", &p, &why, at),
            Flag::Absent if default_encrypted => {
                return Outcome::unknown(
                    "a method override caches responses without its own CacheDataEncrypted; whether it inherits the stage-wide setting cannot be told from the template",
                )
                .l10n("apigateway-cache-override-inherits", &[])
                .at(&p, e.location.as_ref());
            }
            Flag::Absent => {
                return Outcome::fail(
                    "a method override caches responses without CacheDataEncrypted",
                )
                .l10n("apigateway-cache-override-absent", &[])
                .at(&p, e.location.as_ref());
            }
        }
    }
    if default_encrypted {
        Outcome::pass("cache data is encrypted stage-wide")
            .l10n("apigateway-cache-encrypted", &[])
            .at(&enc_path, default_enc_location(&default_enc))
    } else {
        Outcome::not_applicable("no method caches responses")
            .l10n("apigateway-cache-no-method", &[])
    }
}

fn default_enc_location<'a>(f: &Flag<'a>) -> Option<&'a phiguard_model::Location> {
    match f {
        Flag::True(n) | Flag::False(n) => n.location.as_ref(),
        _ => None,
    }
}
