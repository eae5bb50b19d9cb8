//! How an S3 bucket is named in other resources, and which bucket policies apply to it.
//!
//! A bucket is named by a reference (`!Ref Bucket`, `aws_s3_bucket.b.id`), by a
//! `${Bucket}` / `${Bucket.Arn}` token inside a string, or by its literal `BucketName`.
//! A bucket without a literal name gets a generated one at deploy time; ARNs are then
//! written with the `${Bucket}` token in place of the name, which matches how the
//! adapters write references inside strings.

use crate::Ctx;
use crate::policy::{Target, Tri};
use phiguard_model::{Node, Resource, Value};

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
            probes: vec![arn.clone()],
        },
        Target {
            label: "its objects (bucket/*)".into(),
            probes: ["*", "x", "folder/sub/object.pdf"]
                .iter()
                .map(|k| format!("{arn}/{k}"))
                .collect(),
        },
    ]
}

/// Whether `node`, written in resource `from`, names bucket `b`.
pub fn names(from: &Resource, node: &Node, b: &Resource) -> Tri {
    match &node.value {
        Value::Ref { target, .. } => bool_tri(from.unit == b.unit && *target == b.name),
        Value::Str(s) => {
            let s = s.trim();
            let s = s.strip_prefix("arn:aws:s3:::").unwrap_or(s);
            if from.unit == b.unit && is_token_for(s, &b.name) {
                return Tri::Yes;
            }
            let literal = b.get("BucketName").node().and_then(Node::as_str);
            bool_tri(literal.is_some_and(|n| !n.contains("${") && n == s))
        }
        Value::Unknown(r) => Tri::Unknown(r.clone()),
        _ => Tri::No,
    }
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

fn bool_tri(b: bool) -> Tri {
    if b { Tri::Yes } else { Tri::No }
}

/// The bucket policies that apply to a bucket, and those that may (their `Bucket`
/// cannot be resolved), with the reason.
pub struct Policies<'g> {
    /// Policies whose `Bucket` names this bucket.
    pub attached: Vec<&'g Resource>,
    /// Policies of the bucket's own template whose `Bucket` is unresolvable.
    pub maybe: Vec<(&'g Resource, String)>,
}

/// Finds the bucket policies of `b` anywhere in the scan.
pub fn policies<'g>(ctx: &Ctx<'g>, b: &Resource) -> Policies<'g> {
    let mut out = Policies {
        attached: Vec::new(),
        maybe: Vec::new(),
    };
    for p in ctx.graph.of_kind(POLICY_KIND) {
        let Some(node) = p.get("Bucket").node().or_else(|| match p.get("Bucket") {
            phiguard_model::Lookup::Unknown(n) => Some(n),
            _ => None,
        }) else {
            continue;
        };
        match names(p, node, b) {
            Tri::Yes => out.attached.push(p),
            Tri::No => {}
            // An unresolvable `Bucket` may name a bucket of its own template; in another
            // template it would be a guess.
            Tri::Unknown(r) if p.unit == b.unit => out.maybe.push((p, r)),
            Tri::Unknown(_) => {}
        }
    }
    out
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
