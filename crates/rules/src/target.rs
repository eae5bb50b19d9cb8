//! What an attribute points at: a resource of the same scan, something outside it, or
//! a value known only at deploy time. Rules that judge one resource through another
//! (a classifier's input bucket, a cluster's security configuration) start here.

use phiguard_model::{Graph, Lookup, Node, Resource, Value};

/// Where a reference leads.
#[derive(Clone, Debug)]
pub enum Target<'g> {
    /// A resource of the same unit.
    Resource(&'g Resource),
    /// A literal name or ARN of something not defined in the scan.
    Outside(String),
    /// Not resolvable before deployment; the reason.
    Unresolved(String),
}

/// Resolves a node: a `Ref`/`GetAtt`, or a string that embeds `${Name}` / `${Name.Attr}`
/// of a resource (`arn:aws:s3:::${Bucket}`, `s3://${Bucket}/in/`).
pub fn resolve<'g>(graph: &'g Graph, from: &Resource, node: &Node) -> Target<'g> {
    match &node.value {
        Value::Ref { target, .. } => match graph.by_name(from.unit, target) {
            Some(r) => Target::Resource(r),
            None => Target::Unresolved(format!("refers to '{target}', which is not in the scan")),
        },
        Value::Str(s) => match embedded(graph, from, s) {
            Some(r) => Target::Resource(r),
            None if s.contains("${") && !only_pseudo(s) => Target::Unresolved(format!(
                "'{s}' is built from values known only at deploy time"
            )),
            None => Target::Outside(s.clone()),
        },
        other => Target::Unresolved(match other {
            Value::Unknown(r) => r.clone(),
            Value::Choice { .. } => crate::unknown_reason(node),
            Value::Secret | Value::LiteralSecret => "comes from a secret".into(),
            _ => "is not a name or ARN".into(),
        }),
    }
}

/// Resolves the value at `path` of `from`; `None` when nothing is written there.
pub fn resolve_at<'g>(graph: &'g Graph, from: &Resource, path: &str) -> Option<Target<'g>> {
    match from.get(path) {
        Lookup::Absent => None,
        Lookup::Unknown(n) => Some(Target::Unresolved(crate::unknown_reason(n))),
        Lookup::Set(n) => Some(resolve(graph, from, n)),
    }
}

/// The first `${Name}` / `${Name.Attr}` in `s` that names a resource of `from`'s unit.
/// Terraform names have dots themselves (`${aws_s3_bucket.claims.Bucket}`), so the
/// longest leading part of the token that names a resource wins.
fn embedded<'g>(graph: &'g Graph, from: &Resource, s: &str) -> Option<&'g Resource> {
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let end = after.find('}')?;
        let token = &after[..end];
        let found = std::iter::once(token)
            .chain(token.match_indices('.').map(|(i, _)| &token[..i]).rev())
            .find_map(|name| graph.by_name(from.unit, name));
        if let Some(r) = found {
            return Some(r);
        }
        rest = &after[end + 1..];
    }
    None
}

/// Whether every `${...}` in `s` is a pseudo parameter (`${AWS::Region}`).
fn only_pseudo(s: &str) -> bool {
    s.match_indices("${")
        .all(|(i, _)| s[i + 2..].starts_with("AWS::"))
}
