//! How an S3 bucket is named in other resources, and which bucket policies apply to it.
//!
//! A bucket is named by a reference (`!Ref Bucket`, `aws_s3_bucket.b.id`), by a
//! `${Bucket}` / `${Bucket.Arn}` token inside a string, or by its literal `BucketName`.
//! A bucket without a literal name gets a generated one at deploy time; ARNs are then
//! written with the `${Bucket}` token in place of the name, which matches how the
//! adapters write references inside strings. Also: the default encryption a bucket
//! declares, judged for the resources that write to it.

use crate::judge::policy::Target;
use crate::judge::reference::{self, Pointee};
use crate::{Ctx, Outcome, unknown_reason};
use phiguard_model::{Graph, Lookup, Node, Resource, ResourceId, Value};
use std::collections::HashMap;

/// The policy kind that attaches to buckets.
pub const POLICY_KIND: &str = "AWS::S3::BucketPolicy";

/// The bucket name as it appears in ARNs: the literal `BucketName` (which may itself
/// contain pseudo-parameter tokens), else the `${Name}` token.
pub fn arn_name(b: &Resource) -> String {
    match b.get("BucketName").node().and_then(Node::as_str) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!("${{{}}}", b.name),
    }
}

/// Token rewrites for policy strings: `${Bucket.Arn}` becomes the bucket ARN and
/// `${Bucket}` the name, so every spelling compares equal.
pub fn arn_rewrites(b: &Resource) -> Vec<(String, String)> {
    let name = arn_name(b);
    let arn = format!("arn:aws:s3:::{name}");
    let mut out = Vec::new();
    for attr in ["Arn", "arn"] {
        out.push((format!("${{{}.{attr}}}", b.name), arn.clone()));
    }
    for attr in ["Ref", "id", "bucket", "BucketName"] {
        out.push((format!("${{{}.{attr}}}", b.name), name.clone()));
    }
    out.push((format!("${{{}}}", b.name), name));
    out
}

/// What a bucket policy statement must cover for the bucket: the bucket ARN and every
/// object in it.
pub fn targets(b: &Resource) -> Vec<Target> {
    let arn = format!("arn:aws:s3:::{}", arn_name(b));
    vec![
        Target {
            label: "the bucket itself".into(),
            label_id: "policy-target-bucket",
            probes: vec![arn.clone()],
        },
        Target {
            label: "its objects (bucket/*)".into(),
            label_id: "policy-target-objects",
            probes: ["*", "x", "folder/sub/object.pdf"]
                .iter()
                .map(|k| format!("{arn}/{k}"))
                .collect(),
        },
    ]
}

/// `${Name}` or `${Name.Attribute}`.
fn is_token_for(s: &str, name: &str) -> bool {
    s.strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .is_some_and(|inner| {
            inner == name
                || inner
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('.') && !rest[1..].contains('.'))
        })
}

/// The bucket policies that apply to a bucket, and those that may (their `Bucket`
/// cannot be resolved), with the reason.
pub struct Policies<'g> {
    /// Policies whose `Bucket` names this bucket.
    pub attached: Vec<&'g Resource>,
    /// Policies of the bucket's own template whose `Bucket` is unresolvable.
    pub maybe: Vec<(&'g Resource, String)>,
}

/// Which resources name which bucket, built once per scan so that per-bucket checks do
/// not scan every policy and every bucket.
#[derive(Default)]
struct Index {
    /// Bucket policies whose `Bucket` names a bucket, by bucket.
    policies: HashMap<ResourceId, Vec<ResourceId>>,
    /// Bucket policies whose `Bucket` cannot be resolved, by unit, with the reason.
    unresolved: HashMap<u32, Vec<(ResourceId, String)>>,
    /// Buckets that deliver their server access logs to a bucket, by target bucket.
    log_sources: HashMap<ResourceId, Vec<ResourceId>>,
}

/// The buckets `node` (written in `from`) names, as [`names`] decides it for each bucket.
fn named(
    graph: &Graph,
    literal: &HashMap<&str, Vec<ResourceId>>,
    from: &Resource,
    node: &Node,
) -> Result<Vec<ResourceId>, String> {
    let bucket_named = |name: &str| {
        graph
            .by_name(from.unit, name)
            .filter(|r| r.kind == "AWS::S3::Bucket")
            .map(|r| r.id)
    };
    match &node.value {
        Value::Ref { target, .. } => Ok(bucket_named(target).into_iter().collect()),
        Value::Str(s) => {
            let s = s.trim();
            let s = s.strip_prefix("arn:aws:s3:::").unwrap_or(s);
            let mut out: Vec<ResourceId> = Vec::new();
            if let Some(inner) = s.strip_prefix("${").and_then(|r| r.strip_suffix('}')) {
                // The longest dotted prefix that names a resource: `Records.Arn`,
                // `aws_s3_bucket.records.id`.
                let parts: Vec<&str> = inner.split('.').collect();
                if let Some(name) = (1..=parts.len())
                    .rev()
                    .map(|n| parts[..n].join("."))
                    .find(|n| graph.by_name(from.unit, n).is_some())
                    && is_token_for(s, &name)
                {
                    out.extend(bucket_named(&name));
                }
            }
            for id in literal.get(s).into_iter().flatten() {
                if !out.contains(id) {
                    out.push(*id);
                }
            }
            Ok(out)
        }
        Value::Unknown(r) => Err(r.clone()),
        Value::Choice { .. } => Err(crate::unknown_reason(node)),
        _ => Ok(Vec::new()),
    }
}

fn index(ctx: &Ctx) -> Index {
    let graph = ctx.graph;
    let mut literal: HashMap<&str, Vec<ResourceId>> = HashMap::new();
    for b in graph.of_kind("AWS::S3::Bucket") {
        if let Some(n) = b.get("BucketName").node().and_then(Node::as_str)
            && !n.contains("${")
        {
            literal.entry(n).or_default().push(b.id);
        }
    }
    let mut idx = Index::default();
    for p in graph.of_kind(POLICY_KIND) {
        let node = match p.get("Bucket") {
            Lookup::Set(n) | Lookup::Unknown(n) => n,
            Lookup::Absent => continue,
        };
        match named(graph, &literal, p, node) {
            Ok(ids) => ids
                .into_iter()
                .for_each(|id| idx.policies.entry(id).or_default().push(p.id)),
            Err(why) => idx.unresolved.entry(p.unit).or_default().push((p.id, why)),
        }
    }
    for b in graph.of_kind("AWS::S3::Bucket") {
        if let Some(dest) = b.get("LoggingConfiguration.DestinationBucketName").node()
            && let Ok(ids) = named(graph, &literal, b, dest)
        {
            for id in ids.into_iter().filter(|id| *id != b.id) {
                idx.log_sources.entry(id).or_default().push(b.id);
            }
        }
    }
    idx
}

/// Finds the bucket policies of `b` anywhere in the scan.
pub fn policies<'g>(ctx: &Ctx<'g>, b: &Resource) -> Policies<'g> {
    let idx = ctx.memo(index);
    let graph = ctx.graph;
    Policies {
        attached: idx
            .policies
            .get(&b.id)
            .into_iter()
            .flatten()
            .map(|&id| graph.resource(id))
            .collect(),
        // An unresolvable `Bucket` may name a bucket of its own template; in another
        // template it would be a guess.
        maybe: idx
            .unresolved
            .get(&b.unit)
            .into_iter()
            .flatten()
            .map(|(id, why)| (graph.resource(*id), why.clone()))
            .collect(),
    }
}

/// The buckets that deliver their server access logs to `b`.
pub fn log_sources<'g>(ctx: &Ctx<'g>, b: &Resource) -> Vec<&'g Resource> {
    let idx = ctx.memo(index);
    idx.log_sources
        .get(&b.id)
        .into_iter()
        .flatten()
        .map(|&id| ctx.graph.resource(id))
        .collect()
}

/// A bucket's declared default encryption.
#[derive(Debug)]
pub enum Declared {
    /// Declared, with the algorithm (`AES256`, `aws:kms`).
    Yes(String),
    /// Not declared.
    No,
    /// Written but not resolvable (the reason).
    Unknown(String),
}

/// Reads `BucketEncryption` of an `AWS::S3::Bucket`.
pub fn bucket_encryption(bucket: &Resource) -> Declared {
    const PATH: &str = "BucketEncryption.ServerSideEncryptionConfiguration";
    let rules = match bucket.get(PATH) {
        Lookup::Absent => return Declared::No,
        Lookup::Unknown(n) => return Declared::Unknown(unknown_reason(n)),
        Lookup::Set(n) => n,
    };
    let mut unknown = None;
    for rule in rules.items() {
        match rule.get("ServerSideEncryptionByDefault.SSEAlgorithm") {
            Lookup::Set(a) => match a.as_str() {
                Some(alg @ ("AES256" | "aws:kms" | "aws:kms:dsse")) => {
                    return Declared::Yes(alg.to_string());
                }
                Some(_) => {}
                None => unknown = Some(unknown_reason(a)),
            },
            Lookup::Unknown(n) => unknown = Some(unknown_reason(n)),
            Lookup::Absent => {}
        }
    }
    match unknown {
        Some(why) => Declared::Unknown(why),
        None => Declared::No,
    }
}

/// Judges the encryption of the bucket `node` (at `path` in `from`) points at: pass when
/// the bucket declares default encryption, the AWS-default verdict when it does not,
/// unknown when the bucket is not in the scan or cannot be resolved.
pub fn judge_bucket_encryption(
    ctx: &Ctx,
    from: &Resource,
    path: &str,
    node: &Node,
    role: &str,
) -> Outcome {
    let loc = node.location.as_ref();
    let said = |o: Outcome, id: &'static str, args: &[(&'static str, &str)]| match role_id(role) {
        Some(r) => o.l10n_refs(id, args, &[("role", r)]),
        None => o,
    };
    match reference::bucket(ctx, from, node) {
        Pointee::Found(b) => match bucket_encryption(b) {
            Declared::Yes(alg) => said(
                Outcome::pass(format!(
                    "the {role} bucket '{}' declares default encryption ({alg})",
                    b.name
                )),
                "bucket-role-encrypted",
                &[("bucket", &b.name), ("algorithm", &alg)],
            )
            .at(path, loc),
            Declared::No => {
                let out = ctx.aws_default(
                    path,
                    &format!("The {role} bucket '{}' declares no default encryption", b.name),
                    "has encrypted new S3 objects with SSE-S3 since January 2023",
                );
                // The whole sentence is one message: the bucket's name is an argument, which
                // the message references of `aws_default_said` cannot carry.
                let id = if out.verdict == crate::Verdict::Pass {
                    "bucket-role-default-trusted"
                } else {
                    "bucket-role-default-fail"
                };
                said(out, id, &[("bucket", &b.name)]).at(path, loc)
            }
            Declared::Unknown(why) => with_reason(
                said(
                    Outcome::unknown(format!(
                        "the encryption of the {role} bucket '{}' {why}",
                        b.name
                    )),
                    "bucket-role-encryption-unknown",
                    &[("bucket", &b.name)],
                ),
                &why,
            )
            .at(path, loc),
        },
        Pointee::Outside(name) => said(
            Outcome::unknown(format!(
                "the {role} bucket '{name}' is not defined in this scan; check its default encryption where it is managed"
            )),
            "bucket-role-outside",
            &[("bucket", &name)],
        )
        .at(path, loc),
        Pointee::Other(o) => said(
            Outcome::unknown(format!(
                "the {role} bucket points at '{}', a {}, not a bucket",
                o.name, o.kind
            )),
            "bucket-role-other",
            &[("name", &o.name), ("kind", &o.kind)],
        )
        .at(path, loc),
        Pointee::Unresolved(why) => with_reason(
            said(
                Outcome::unknown(format!("the {role} bucket cannot be resolved: {why}")),
                "bucket-role-unresolved",
                &[],
            ),
            &why,
        )
        .at(path, loc),
    }
}

/// `o` with `why`, the reason its English message ends with, said by the input model's
/// own message (`reason-*`) as the nested argument `reason`; English whole when the reason
/// has no Fluent form.
pub fn with_reason(o: Outcome, why: &str) -> Outcome {
    nest_reason(o, phiguard_model::reason_l10n(why))
}

/// `o` with the reason `n` cannot be read ([`unknown_reason`], which its English message
/// says) as the nested argument `reason`; English whole when the reason has no Fluent form.
pub fn with_node_reason(o: Outcome, n: &Node) -> Outcome {
    nest_reason(o, crate::unknown_reason_l10n(n))
}

fn nest_reason(mut o: Outcome, reason: Option<crate::MessagePart>) -> Outcome {
    match (reason, &mut o.l10n) {
        (Some(reason), Some(parts)) => parts[0].nested.push(("reason", reason)),
        _ => o.l10n = None,
    }
    o
}

/// The Fluent message saying "{role} bucket" for the roles rules pass to
/// [`judge_bucket_encryption`]; `None` for another role, whose messages stay English.
fn role_id(role: &str) -> Option<&'static str> {
    Some(match role {
        "DataSync location" => "bucket-role-datasync-location",
        "command output" => "bucket-role-command-output",
        "destination" => "bucket-role-destination",
        "export destination" => "bucket-role-export-destination",
        "home directory" => "bucket-role-home-directory",
        "input" => "bucket-role-input",
        "origin" => "bucket-role-origin",
        "revision" => "bucket-role-revision",
        "table's" => "bucket-role-tables",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_name_only_their_resource() {
        assert!(is_token_for("${Records}", "Records"));
        assert!(is_token_for("${Records.Arn}", "Records"));
        assert!(is_token_for(
            "${aws_s3_bucket.records.id}",
            "aws_s3_bucket.records"
        ));
        assert!(!is_token_for("${RecordsLogs}", "Records"));
        assert!(!is_token_for("${Records.Arn}/x", "Records"));
    }
}
