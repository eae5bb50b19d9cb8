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

fn is_wildcard(setting: &Node) -> bool {
    let path = setting.get("ResourcePath").node().and_then(Node::as_str);
    let method = setting.get("HttpMethod").node().and_then(Node::as_str);
    matches!(path, Some("/*" | "*" | "~1*")) && method == Some("*")
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let (settings, prefix) = match r.kind.as_str() {
        "AWS::ApiGateway::Deployment" => match r.get("StageDescription") {
            Lookup::Set(n) => (n, "StageDescription."),
            Lookup::Unknown(n) => {
                return Outcome::unknown(format!("StageDescription {}", crate::unknown_reason(n)))
                    .at("StageDescription", n.location.as_ref());
            }
            Lookup::Absent => {
                return Outcome::not_applicable("the deployment describes no stage settings");
            }
        },
        "AWS::ApiGateway::RestApi" if r.source_type != "AWS::Serverless::Api" => {
            return Outcome::not_applicable("the API's stages carry the cache settings");
        }
        _ => (&r.attributes, ""),
    };
    let cluster_path = format!("{prefix}CacheClusterEnabled");
    match read(settings, "CacheClusterEnabled") {
        Flag::True(_) => {}
        Flag::False(_) | Flag::Absent => {
            return Outcome::not_applicable("the stage has no cache cluster");
        }
        Flag::Unknown(why, at) => {
            return Outcome::unknown(format!("{cluster_path} {why}")).at(&cluster_path, at);
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
    let (default_caching, default_enc, default_path) = match wildcard {
        Some(i) => (
            read(&entries[i], "CachingEnabled"),
            read(&entries[i], "CacheDataEncrypted"),
            format!("{methods_path}.{i}"),
        ),
        None if !prefix.is_empty() => (
            read(settings, "CachingEnabled"),
            read(settings, "CacheDataEncrypted"),
            "StageDescription".into(),
        ),
        None => (Flag::Absent, Flag::Absent, methods_path.clone()),
    };
    let enc_path = format!("{default_path}.CacheDataEncrypted");
    let default_encrypted = matches!(default_enc, Flag::True(_));
    match (&default_caching, &default_enc) {
        (_, Flag::True(_)) => {}
        (Flag::False(_), _) => {}
        (Flag::Unknown(why, at), _) => {
            return Outcome::unknown(format!("{default_path}.CachingEnabled {why}"))
                .at(&format!("{default_path}.CachingEnabled"), *at);
        }
        (_, Flag::Unknown(why, at)) => {
            return Outcome::unknown(format!("{enc_path} {why}")).at(&enc_path, *at);
        }
        (_, Flag::False(n)) => {
            return Outcome::fail("the stage caches responses but CacheDataEncrypted is false")
                .at(&enc_path, n.location.as_ref());
        }
        (Flag::True(n), Flag::Absent) => {
            return Outcome::fail("the stage caches responses but does not set CacheDataEncrypted, so the cache is not encrypted")
                .at(&format!("{default_path}.CachingEnabled"), n.location.as_ref());
        }
        (Flag::Absent, Flag::Absent) => {
            return Outcome::fail(
                "the stage has a cache cluster, which caches GET methods by default, and no stage-wide setting \
                 (ResourcePath /*, HttpMethod *) sets CacheDataEncrypted, so the cache is not encrypted",
            )
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
                .at(&p, n.location.as_ref());
            }
            Flag::Unknown(why, at) => return Outcome::unknown(format!("{p} {why}")).at(&p, at),
            Flag::Absent if default_encrypted => {
                return Outcome::unknown(
                    "a method override caches responses without its own CacheDataEncrypted; whether it inherits the stage-wide setting cannot be told from the template",
                )
                .at(&p, e.location.as_ref());
            }
            Flag::Absent => {
                return Outcome::fail(
                    "a method override caches responses without CacheDataEncrypted",
                )
                .at(&p, e.location.as_ref());
            }
        }
    }
    if default_encrypted {
        Outcome::pass("cache data is encrypted stage-wide")
            .at(&enc_path, default_enc_location(&default_enc))
    } else {
        Outcome::not_applicable("no method caches responses")
    }
}

fn default_enc_location<'a>(f: &Flag<'a>) -> Option<&'a phiguard_model::Location> {
    match f {
        Flag::True(n) | Flag::False(n) => n.location.as_ref(),
        _ => None,
    }
}
