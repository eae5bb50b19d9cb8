//! Which resources an AWS Backup selection assigns to its plan.
//!
//! AWS Backup's rules (BackupSelection documentation): a resource is selected when it
//! matches one of `Resources` (ARNs, `*` wildcards) or one of `ListOfTags`
//! (StringEquals on a tag), or when both lists are empty (every supported resource);
//! then it must match every entry of `Conditions` (`StringEquals`, `StringLike`,
//! `StringNotEquals`, `StringNotLike` on `aws:ResourceTag/<key>`) and none of
//! `NotResources`. In a template, a resource's ARN is usually written as a reference
//! (`!GetAtt Table.Arn`, `!Sub ...${Table}`); literal ARNs and wildcards are compared
//! with the resource's literal name, or, when its name is generated at deploy time,
//! answered only when the pattern does not depend on the name.

use crate::MessagePart;
use crate::judge::policy::{glob, strings};
use phiguard_model::{Node, Resource, Value};

/// Why a selection may or may not assign a resource: the English clause, and its Fluent
/// form when it has one (`None` keeps the finding message English).
#[derive(Clone, Debug, PartialEq)]
pub struct Why {
    /// The clause in English.
    pub text: String,
    /// The clause as a Fluent message.
    pub said: Option<MessagePart>,
}

impl Why {
    pub(crate) fn new(text: String, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        Why {
            text,
            said: Some(MessagePart::new(id, args)),
        }
    }
    /// A clause that stays English.
    pub(crate) fn english(text: String) -> Self {
        Why { text, said: None }
    }
    /// Why `n`, written at `path`, cannot be read (`helper-path-*`).
    pub(crate) fn unreadable(path: &str, n: &Node) -> Self {
        let o = crate::outcome::path_unknown(path, n);
        Why {
            text: o.message,
            said: o.l10n.and_then(|mut parts| parts.pop()),
        }
    }
}

/// A three-valued answer whose doubt says why.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Cannot tell.
    Unknown(Why),
}

/// How AWS names a resource in an ARN: service, and resource part with the name (a
/// literal, or the `${Name}` token when the name is generated).
pub fn arn_parts(r: &Resource) -> Option<(&'static str, String)> {
    let named = |prop: &str| match r.get(prop).node().and_then(Node::as_str) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => format!("${{{}}}", r.name),
    };
    let generated = || format!("${{{}}}", r.name);
    Some(match r.kind.as_str() {
        "AWS::RDS::DBInstance" => ("rds", format!("db:{}", named("DBInstanceIdentifier"))),
        "AWS::RDS::DBCluster" | "AWS::DocDB::DBCluster" | "AWS::Neptune::DBCluster" => {
            ("rds", format!("cluster:{}", named("DBClusterIdentifier")))
        }
        "AWS::DynamoDB::Table" | "AWS::DynamoDB::GlobalTable" => {
            ("dynamodb", format!("table/{}", named("TableName")))
        }
        "AWS::EFS::FileSystem" => ("elasticfilesystem", format!("file-system/{}", generated())),
        "AWS::FSx::FileSystem" => ("fsx", format!("file-system/{}", generated())),
        "AWS::EC2::Volume" => ("ec2", format!("volume/{}", generated())),
        "AWS::EC2::Instance" => ("ec2", format!("instance/{}", generated())),
        "AWS::Redshift::Cluster" => (
            "redshift",
            format!("cluster:{}", named("ClusterIdentifier")),
        ),
        "AWS::S3::Bucket" => ("s3", named("BucketName")),
        _ => return None,
    })
}

/// Whether one `Resources` entry (written in `from`) names or matches `store`.
pub fn arn_matches(from: &Resource, entry: &str, store: &Resource) -> Pick {
    let entry = entry.trim();
    if entry == "*" {
        return Pick::Yes;
    }
    if from.unit == store.unit && mentions(entry, &store.name) {
        return Pick::Yes;
    }
    let Some((service, resource)) = arn_parts(store) else {
        return Pick::No;
    };
    let parts: Vec<&str> = entry.splitn(6, ':').collect();
    let [arn, _partition, svc, _region, _account, res] = parts[..] else {
        return Pick::No;
    };
    if arn != "arn" || !glob(svc, service, true) {
        return Pick::No;
    }
    if glob(res, &resource, false) {
        return Pick::Yes;
    }
    // A generated name: a pattern that depends on the name may still match it.
    let token = format!("${{{}}}", store.name);
    if let Some(prefix) = resource.strip_suffix(&token) {
        let rest = res.strip_prefix(prefix);
        if rest.is_some_and(|r| r.contains(['*', '?']) && !r.contains("${")) {
            return Pick::Unknown(Why::new(
                format!(
                    "the pattern {entry} may match {}'s name, which is generated at deploy time",
                    store.name
                ),
                "backup-why-pattern",
                &[("entry", entry), ("name", &store.name)],
            ));
        }
    }
    Pick::No
}

/// `${Name}` or `${Name.Attr}` somewhere in `s`.
fn mentions(s: &str, name: &str) -> bool {
    s.contains(&format!("${{{name}}}")) || s.contains(&format!("${{{name}."))
}

/// Whether the store has tag `key` equal to (or, with `like`, matching) `value`.
fn tag_matches(store: &Resource, key: &str, value: &str, like: bool) -> Pick {
    let Some(tag) = store.tags.iter().find(|t| t.key == key) else {
        return Pick::No;
    };
    match tag.value.scalar_text() {
        Some(v) => bool_pick(if like {
            glob(value, &v, false)
        } else {
            v == value
        }),
        None => Pick::Unknown(Why::new(
            format!("the value of tag {key} is known only at deploy time"),
            "backup-why-tag-value",
            &[("key", key)],
        )),
    }
}

fn bool_pick(b: bool) -> Pick {
    if b { Pick::Yes } else { Pick::No }
}

fn any(items: impl IntoIterator<Item = Pick>) -> Pick {
    let mut unknown = None;
    for t in items {
        match t {
            Pick::Yes => return Pick::Yes,
            Pick::Unknown(r) => unknown = Some(r),
            Pick::No => {}
        }
    }
    unknown.map_or(Pick::No, Pick::Unknown)
}

fn not(t: Pick) -> Pick {
    match t {
        Pick::Yes => Pick::No,
        Pick::No => Pick::Yes,
        u => u,
    }
}

fn all(items: impl IntoIterator<Item = Pick>) -> Pick {
    not(any(items.into_iter().map(not)))
}

/// The strings of list property `key`, or why they cannot be read.
fn list(key: &str, n: Option<&Node>) -> Result<Vec<String>, Why> {
    match n {
        None => Ok(Vec::new()),
        Some(n) => match &n.value {
            Value::List(_) | Value::Str(_) | Value::Ref { .. } | Value::Unknown(_) => {
                strings(n).map_err(|why| unreadable_strings(key, n, why))
            }
            Value::Null => Ok(Vec::new()),
            _ => Err(Why {
                text: format!("{key} is not a list of strings"),
                said: None,
            }),
        },
    }
}

/// Why [`strings`] could not read `n` at `key` (`why`, its English reason), said by the
/// item it failed on.
fn unreadable_strings(key: &str, n: &Node, why: String) -> Why {
    let bad = match &n.value {
        Value::List(items) => items.iter().find(|i| strings(i).is_err()),
        _ => Some(n),
    };
    let said = match bad.map(|b| (b, &b.value)) {
        Some((b, Value::Unknown(_) | Value::Choice { .. })) => Why::unreadable(key, b).said,
        Some((_, Value::Secret | Value::LiteralSecret)) => {
            Some(MessagePart::new("helper-path-secret", &[("path", key)]))
        }
        None | Some((_, Value::Str(_) | Value::Ref { .. })) => None,
        Some(_) => Some(MessagePart::new("helper-path-not-string", &[("path", key)])),
    };
    Why {
        text: format!("{key} {why}"),
        said,
    }
}

/// Whether the selection resource `sel` (an `AWS::Backup::BackupSelection`) assigns `store`.
pub fn selects(sel: &Resource, store: &Resource) -> Pick {
    let body = match sel.get("BackupSelection") {
        phiguard_model::Lookup::Set(b) => b,
        phiguard_model::Lookup::Unknown(n) => {
            return Pick::Unknown(Why::unreadable("BackupSelection", n));
        }
        phiguard_model::Lookup::Absent => return Pick::No,
    };
    let field = |k: &str| match body.get(k) {
        phiguard_model::Lookup::Set(n) | phiguard_model::Lookup::Unknown(n) => Some(n),
        phiguard_model::Lookup::Absent => None,
    };
    let resources = match list("Resources", field("Resources")) {
        Ok(r) => r,
        Err(why) => return Pick::Unknown(why),
    };
    let not_resources = match list("NotResources", field("NotResources")) {
        Ok(r) => r,
        Err(why) => return Pick::Unknown(why),
    };
    let tags = field("ListOfTags").map_or(&[][..], Node::items);
    if let Some(n) = field("ListOfTags")
        && n.is_unknown()
    {
        return Pick::Unknown(Why::unreadable("ListOfTags", n));
    }
    let by_tag = tags.iter().map(|t| {
        let text = |k: &str| t.get(k).node().and_then(Node::scalar_text);
        match (text("ConditionKey"), text("ConditionValue")) {
            (Some(k), Some(v)) => tag_matches(store, &k, &v, false),
            _ => Pick::Unknown(Why::new(
                "a ListOfTags entry is known only at deploy time".into(),
                "backup-why-tag-entry",
                &[],
            )),
        }
    });
    let included = if resources.is_empty() && tags.is_empty() {
        Pick::Yes
    } else {
        any(resources
            .iter()
            .map(|e| arn_matches(sel, e, store))
            .chain(by_tag))
    };
    let conditions = conditions(field("Conditions"), store);
    let excluded = any(not_resources.iter().map(|e| arn_matches(sel, e, store)));
    all([included, conditions, not(excluded)])
}

/// `Conditions`: every entry must hold.
fn conditions(n: Option<&Node>, store: &Resource) -> Pick {
    let Some(n) = n else { return Pick::Yes };
    if n.is_unknown() {
        return Pick::Unknown(Why::unreadable("Conditions", n));
    }
    let mut checks = Vec::new();
    for (op, entries) in n.entries() {
        let (like, negate) = match op.as_str() {
            "StringEquals" => (false, false),
            "StringNotEquals" => (false, true),
            "StringLike" => (true, false),
            "StringNotLike" => (true, true),
            _ => {
                checks.push(Pick::Unknown(Why::new(
                    format!("Conditions {op} is not understood"),
                    "backup-why-condition-operator",
                    &[("operator", op)],
                )));
                continue;
            }
        };
        for e in entries.items() {
            let text = |k: &str| e.get(k).node().and_then(Node::scalar_text);
            let t = match (text("ConditionKey"), text("ConditionValue")) {
                (Some(k), Some(v)) => match k.strip_prefix("aws:ResourceTag/") {
                    Some(key) => tag_matches(store, key, &v, like),
                    None => Pick::Unknown(Why::new(
                        format!("condition key {k} is not a resource tag"),
                        "backup-why-condition-key",
                        &[("key", &k)],
                    )),
                },
                _ => Pick::Unknown(Why::new(
                    format!("a Conditions {op} entry is known only at deploy time"),
                    "backup-why-condition-entry",
                    &[("operator", op)],
                )),
            };
            checks.push(if negate { not(t) } else { t });
        }
    }
    all(checks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_model::{Origin, ResourceId, Tag};

    fn res(name: &str, kind: &str, attrs: Vec<(&str, &str)>, tags: Vec<(&str, &str)>) -> Resource {
        Resource {
            id: ResourceId(0),
            unit: 0,
            name: name.into(),
            kind: kind.into(),
            source_type: kind.into(),
            origin: Origin::arn(""),
            attributes: Node::bare(Value::Map(
                attrs
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Node::bare(Value::Str(v.into()))))
                    .collect(),
            )),
            tags: tags
                .into_iter()
                .map(|(k, v)| Tag {
                    key: k.into(),
                    value: Node::bare(Value::Str(v.into())),
                })
                .collect(),
            condition: None,
        }
    }

    #[test]
    fn arns_match_names_wildcards_and_references() {
        let sel = res("Sel", "AWS::Backup::BackupSelection", vec![], vec![]);
        let named = res(
            "Claims",
            "AWS::DynamoDB::Table",
            vec![("TableName", "claims")],
            vec![],
        );
        let generated = res("Orders", "AWS::DynamoDB::Table", vec![], vec![]);
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/*", &named),
            Pick::Yes
        );
        assert_eq!(
            arn_matches(
                &sel,
                "arn:aws:dynamodb:us-east-1:111122223333:table/claims",
                &named
            ),
            Pick::Yes
        );
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/other", &named),
            Pick::No
        );
        assert_eq!(arn_matches(&sel, "arn:aws:rds:*:*:db:*", &named), Pick::No);
        assert_eq!(arn_matches(&sel, "${Orders.Arn}", &generated), Pick::Yes);
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/*", &generated),
            Pick::Yes
        );
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/other", &generated),
            Pick::No
        );
        assert!(matches!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/ord*", &generated),
            Pick::Unknown(_)
        ));
        assert_eq!(arn_matches(&sel, "*", &generated), Pick::Yes);
    }

    #[test]
    fn tags_match_exactly_or_like() {
        let t = res("T", "AWS::EC2::Volume", vec![], vec![("backup", "daily")]);
        assert_eq!(tag_matches(&t, "backup", "daily", false), Pick::Yes);
        assert_eq!(tag_matches(&t, "backup", "Daily", false), Pick::No);
        assert_eq!(tag_matches(&t, "backup", "d*", true), Pick::Yes);
        assert_eq!(tag_matches(&t, "tier", "gold", false), Pick::No);
    }
}
