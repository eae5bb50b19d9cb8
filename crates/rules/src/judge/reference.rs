//! Following a value that names another resource: a reference (`!Ref Bucket`,
//! `!GetAtt Bucket.Arn`, a Terraform address), a string holding one
//! (`arn:aws:s3:::${Bucket}/*`), or a literal name that a resource of the scan declares
//! (`BucketName: claims-exports`, `DBParameterGroupName: claims-params`). Every rule that
//! judges one resource through another starts here, with one answer type, [`Pointee`].

use crate::{Ctx, MessagePart, Outcome, unknown_reason, unknown_reason_l10n};
use phiguard_model::{Location, Lookup, Node, Resource, Value};

/// Where a value that names a resource leads.
#[derive(Clone, Debug)]
pub enum Pointee<'g> {
    /// A resource of the scan, of a wanted kind (of any kind for [`follow`]).
    Found(&'g Resource),
    /// A resource of the scan of another kind than wanted.
    Other(&'g Resource),
    /// A name or ARN that no resource of the scan declares: managed elsewhere, or an AWS
    /// default (`default.postgres16`).
    Outside(String),
    /// Not resolvable before deployment; the reason.
    Unresolved(String),
}

impl Pointee<'_> {
    /// The unknown verdict for a pointer that does not lead to a resource of the scan
    /// (`Other` or `Unresolved`), written at `path`.
    pub fn unknown_at(&self, path: &str, location: Option<&Location>, wanted: &str) -> Outcome {
        let o = match self {
            Pointee::Other(r) => Outcome::unknown(format!(
                "{path} refers to '{}', a {} rather than a {wanted}",
                r.name, r.kind
            ))
            .l10n(
                "reference-other-kind",
                &[
                    ("path", path),
                    ("name", &r.name),
                    ("kind", &r.kind),
                    ("wanted", wanted),
                ],
            ),
            Pointee::Unresolved(why) => {
                let o = Outcome::unknown(format!("{path} {why}"));
                said(o, "helper-path-unknown", &[("path", path)], why_l10n(why))
            }
            Pointee::Found(r) => Outcome::unknown(format!("{path} refers to '{}'", r.name))
                .l10n("reference-found", &[("path", path), ("name", &r.name)]),
            Pointee::Outside(n) => {
                Outcome::unknown(format!("{path} names '{n}', which is not in this scan"))
                    .l10n("reference-outside", &[("path", path), ("name", n)])
            }
        };
        o.at(path, location)
    }
}

/// `o` said as Fluent message `id` with `args` and the nested argument `reason`, said by
/// its own message (`reason-*`); `o` stays English, whole, when the reason has none.
pub fn said(
    o: Outcome,
    id: &'static str,
    args: &[(&'static str, &str)],
    reason: Option<MessagePart>,
) -> Outcome {
    let Some(reason) = reason else { return o };
    let mut o = o.l10n(id, args);
    if let Some(parts) = &mut o.l10n {
        parts[0].nested.push(("reason", reason));
    }
    o
}

/// `o`, whose English message embeds `unknown_reason(n)`, said as Fluent message `id` with
/// `args` and that reason as the nested argument `reason` ([`unknown_reason_l10n`]). A
/// reason that is free text from the input's model keeps the message English.
pub fn with_reason(
    o: Outcome,
    n: &Node,
    id: &'static str,
    args: &[(&'static str, &str)],
) -> Outcome {
    said(o, id, args, unknown_reason_l10n(n))
}

/// [`with_reason`] for a reason held as text: one of [`unknown_reason`]'s, or of
/// [`Pointee::Unresolved`] ([`why_l10n`]).
pub fn with_why(o: Outcome, why: &str, id: &'static str, args: &[(&'static str, &str)]) -> Outcome {
    said(o, id, args, why_l10n(why))
}

/// A reason held as text ([`unknown_reason`], [`Pointee::Unresolved`]) as a Fluent
/// message, recognised exactly (the message says `why` in English); `None` for free text
/// that has no Fluent form.
pub fn why_l10n(why: &str) -> Option<MessagePart> {
    let between = |pre: &str, post: &str| why.strip_prefix(pre)?.strip_suffix(post);
    let part = |id, args: &[(&'static str, &str)]| Some(MessagePart::new(id, args));
    if let Some(t) = between("refers to '", "', known only at deploy time") {
        return part("reason-ref", &[("target", t)]);
    }
    if let Some(t) = between("refers to '", "', which is not in this scan") {
        return part("reason-ref-not-in-scan", &[("target", t)]);
    }
    if let Some(c) = between(
        "depends on condition '",
        "', which depends on an unset parameter or variable",
    ) {
        return part("reason-choice", &[("condition", c)]);
    }
    if let Some(s) = between("'", "' is built from values known only at deploy time") {
        return part("reason-built-at-deploy", &[("name", s)]);
    }
    match why {
        "comes from a secret" => part("reason-secret", &[]),
        "is a secret whose literal default is committed in the repository" => {
            part("reason-literal-secret", &[])
        }
        "is not a literal value" => part("reason-not-literal", &[]),
        "is not a string" => part("reason-not-string", &[]),
        "the name is empty" => part("reason-name-empty", &[]),
        _ => phiguard_model::reason_l10n(why),
    }
}

/// Resolves `node`, written in `from`, to a resource of one of `kinds` (any kind when
/// `kinds` is empty). `name_prop` is the property holding a resource's own name
/// (`BucketName`), for literal names; empty when only references count.
pub fn resolve<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    node: &Node,
    kinds: &[&str],
    name_prop: &str,
) -> Pointee<'g> {
    match &node.value {
        Value::Ref { target, .. } => by_token(ctx, from, target, kinds),
        Value::Str(s) => resolve_str(ctx, from, s, kinds, name_prop),
        _ => Pointee::Unresolved(unknown_reason(node)),
    }
}

/// [`resolve`] for the value at `path`; `None` when nothing (or an empty string) is written.
pub fn resolve_at<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    path: &str,
    kinds: &[&str],
    name_prop: &str,
) -> Option<Pointee<'g>> {
    match from.get(path) {
        Lookup::Absent => None,
        Lookup::Unknown(n) => Some(Pointee::Unresolved(unknown_reason(n))),
        Lookup::Set(n) if n.as_str().is_some_and(|s| s.trim().is_empty()) => None,
        Lookup::Set(n) => Some(resolve(ctx, from, n, kinds, name_prop)),
    }
}

/// Follows a reference to whatever resource it names, of any kind.
pub fn follow<'g>(ctx: &Ctx<'g>, from: &Resource, node: &Node) -> Pointee<'g> {
    resolve(ctx, from, node, &[], "")
}

/// [`follow`] for the value at `path`; `None` when nothing is written.
pub fn follow_at<'g>(ctx: &Ctx<'g>, from: &Resource, path: &str) -> Option<Pointee<'g>> {
    resolve_at(ctx, from, path, &[], "")
}

/// Resolves a string: exactly one `${Name}` / `${Name.Attr}` token; a literal name a
/// resource of `kinds` declares in `name_prop` (case-insensitive, as AWS names of
/// parameter groups are; the same template first); a string that embeds a token
/// (`arn:aws:s3:::${Bucket}/*`); otherwise a name managed outside the scan.
pub fn resolve_str<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    s: &str,
    kinds: &[&str],
    name_prop: &str,
) -> Pointee<'g> {
    let s = s.trim();
    if let Some(inner) = s.strip_prefix("${").and_then(|r| r.strip_suffix('}'))
        && !inner.contains(['$', '{', '}'])
        && !inner.starts_with("AWS::")
    {
        return by_token(ctx, from, inner, kinds);
    }
    if s.is_empty() {
        return Pointee::Unresolved("the name is empty".into());
    }
    if !name_prop.is_empty()
        && let Some(r) = by_name(ctx, from, s, kinds, name_prop)
    {
        return Pointee::Found(r);
    }
    if let Some(r) = embedded(ctx, from, s) {
        return if kinds.is_empty() || kinds.contains(&r.kind.as_str()) {
            Pointee::Found(r)
        } else {
            Pointee::Other(r)
        };
    }
    if s.contains("${") && !only_pseudo(s) {
        Pointee::Unresolved(format!(
            "'{s}' is built from values known only at deploy time"
        ))
    } else {
        Pointee::Outside(s.to_string())
    }
}

/// A resource of `kinds` whose `name_prop` is `name`: in `from`'s template first, then
/// anywhere in the scan (names are unique per account and Region). Names built from
/// pseudo parameters are only compared within one template.
fn by_name<'g>(
    ctx: &Ctx<'g>,
    from: &Resource,
    name: &str,
    kinds: &[&str],
    name_prop: &str,
) -> Option<&'g Resource> {
    let has_token = name.contains("${");
    let mut elsewhere = None;
    for kind in kinds {
        for r in ctx.graph.of_kind(kind) {
            let same = r
                .get(name_prop)
                .node()
                .and_then(Node::as_str)
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(name));
            if !same {
                continue;
            }
            if r.unit == from.unit {
                return Some(r);
            }
            if !has_token {
                elsewhere.get_or_insert(r);
            }
        }
    }
    elsewhere
}

/// Resolves a token `Name`, `Name.Attr` or a Terraform address `type.name.attr`: the
/// longest dotted prefix that names a resource in `from`'s unit.
fn by_token<'g>(ctx: &Ctx<'g>, from: &Resource, token: &str, kinds: &[&str]) -> Pointee<'g> {
    match longest(ctx, from, token) {
        Some(r) if kinds.is_empty() || kinds.contains(&r.kind.as_str()) => Pointee::Found(r),
        Some(r) => Pointee::Other(r),
        None => Pointee::Unresolved(format!("refers to '{token}', which is not in this scan")),
    }
}

fn longest<'g>(ctx: &Ctx<'g>, from: &Resource, token: &str) -> Option<&'g Resource> {
    std::iter::once(token)
        .chain(token.match_indices('.').map(|(i, _)| &token[..i]).rev())
        .find_map(|name| ctx.graph.by_name(from.unit, name))
}

/// The first `${Name}` / `${Name.Attr}` in `s` that names a resource of `from`'s unit.
fn embedded<'g>(ctx: &Ctx<'g>, from: &Resource, s: &str) -> Option<&'g Resource> {
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let end = after.find('}')?;
        if let Some(r) = longest(ctx, from, &after[..end]) {
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

/// The bucket named by an S3 bucket name, bucket ARN, object ARN, `s3://` URL or a
/// reference to a bucket.
pub fn bucket<'g>(ctx: &Ctx<'g>, from: &Resource, node: &Node) -> Pointee<'g> {
    const KINDS: &[&str] = &["AWS::S3::Bucket"];
    match &node.value {
        Value::Str(s) => resolve_str(ctx, from, bucket_name_of(s), KINDS, "BucketName"),
        _ => resolve(ctx, from, node, KINDS, "BucketName"),
    }
}

/// The bucket part of an S3 ARN, URL or `bucket/key` path.
pub fn bucket_name_of(s: &str) -> &str {
    let s = s.trim();
    let rest = if let Some(r) = s.strip_prefix("s3://") {
        r
    } else if let Some(i) = s.find(":s3:::") {
        &s[i + 6..]
    } else {
        s.trim_start_matches('/')
    };
    // `${Bucket.Arn}/*` is an object ARN of the bucket.
    let end = rest.find('/').unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::{bucket_name_of, only_pseudo};

    #[test]
    fn bucket_names_come_out_of_arns_and_urls() {
        assert_eq!(
            bucket_name_of("arn:aws:s3:::claims-exports/*"),
            "claims-exports"
        );
        assert_eq!(
            bucket_name_of("arn:${AWS::Partition}:s3:::${Exports}/in"),
            "${Exports}"
        );
        assert_eq!(
            bucket_name_of("s3://claims-exports/2024/"),
            "claims-exports"
        );
        assert_eq!(
            bucket_name_of("/claims-exports/home/alice"),
            "claims-exports"
        );
        assert_eq!(bucket_name_of("${Exports.Arn}/*"), "${Exports.Arn}");
        assert_eq!(bucket_name_of("claims-exports"), "claims-exports");
    }

    #[test]
    fn pseudo_parameters_are_not_resources() {
        assert!(only_pseudo(
            "arn:${AWS::Partition}:s3:::logs-${AWS::AccountId}"
        ));
        assert!(!only_pseudo("arn:aws:s3:::${Bucket}"));
    }
}
