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

use crate::judge::policy::{Tri, glob, strings};
use phiguard_model::{Node, Resource, Value};

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
pub fn arn_matches(from: &Resource, entry: &str, store: &Resource) -> Tri {
    let entry = entry.trim();
    if entry == "*" {
        return Tri::Yes;
    }
    if from.unit == store.unit && mentions(entry, &store.name) {
        return Tri::Yes;
    }
    let Some((service, resource)) = arn_parts(store) else {
        return Tri::No;
    };
    let parts: Vec<&str> = entry.splitn(6, ':').collect();
    let [arn, _partition, svc, _region, _account, res] = parts[..] else {
        return Tri::No;
    };
    if arn != "arn" || !glob(svc, service, true) {
        return Tri::No;
    }
    if glob(res, &resource, false) {
        return Tri::Yes;
    }
    // A generated name: a pattern that depends on the name may still match it.
    let token = format!("${{{}}}", store.name);
    if let Some(prefix) = resource.strip_suffix(&token) {
        let rest = res.strip_prefix(prefix);
        if rest.is_some_and(|r| r.contains(['*', '?']) && !r.contains("${")) {
            return Tri::Unknown(format!(
                "the pattern {entry} may match {}'s name, which is generated at deploy time",
                store.name
            ));
        }
    }
    Tri::No
}

/// A reason [`selects`] (or the rule's own checks) gives for an unknown answer, as a
/// Fluent message, recognised from its English text; `None` when it has no Fluent form.
pub fn why_l10n(why: &str) -> Option<crate::MessagePart> {
    const WHYS: &[(&str, &str)] = &[
        (
            "backup-why-pattern",
            "the pattern {pattern} may match {store}'s name, which is generated at deploy time",
        ),
        (
            "backup-why-tag-value",
            "the value of tag {key} is known only at deploy time",
        ),
        (
            "backup-why-tags-entry",
            "a ListOfTags entry is known only at deploy time",
        ),
        (
            "backup-why-fsx-type",
            "FileSystemType '{type}' is not known here",
        ),
        (
            "backup-why-target-tags-entry",
            "a TargetTags entry of {policy} is known only at deploy time",
        ),
    ];
    WHYS.iter()
        .find_map(|&(id, t)| phiguard_model::template_l10n(id, t, why))
        .or_else(|| crate::outcome::path_reason_l10n(why))
}

/// `${Name}` or `${Name.Attr}` somewhere in `s`.
fn mentions(s: &str, name: &str) -> bool {
    s.contains(&format!("${{{name}}}")) || s.contains(&format!("${{{name}."))
}

/// Whether the store has tag `key` equal to (or, with `like`, matching) `value`.
fn tag_matches(store: &Resource, key: &str, value: &str, like: bool) -> Tri {
    let Some(tag) = store.tags.iter().find(|t| t.key == key) else {
        return Tri::No;
    };
    match tag.value.scalar_text() {
        Some(v) => bool_tri(if like {
            glob(value, &v, false)
        } else {
            v == value
        }),
        None => Tri::Unknown(format!(
            "the value of tag {key} is known only at deploy time"
        )),
    }
}

fn bool_tri(b: bool) -> Tri {
    if b { Tri::Yes } else { Tri::No }
}

fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
    let mut unknown = None;
    for t in items {
        match t {
            Tri::Yes => return Tri::Yes,
            Tri::Unknown(r) => unknown = Some(r),
            Tri::No => {}
        }
    }
    unknown.map_or(Tri::No, Tri::Unknown)
}

fn not(t: Tri) -> Tri {
    match t {
        Tri::Yes => Tri::No,
        Tri::No => Tri::Yes,
        u => u,
    }
}

fn all(items: impl IntoIterator<Item = Tri>) -> Tri {
    not(any(items.into_iter().map(not)))
}

/// The strings of a list property, or why they cannot be read.
fn list(n: Option<&Node>) -> Result<Vec<String>, String> {
    match n {
        None => Ok(Vec::new()),
        Some(n) => match &n.value {
            Value::List(_) | Value::Str(_) | Value::Ref { .. } | Value::Unknown(_) => strings(n),
            Value::Null => Ok(Vec::new()),
            _ => Err("is not a list of strings".into()),
        },
    }
}

/// Whether the selection resource `sel` (an `AWS::Backup::BackupSelection`) assigns `store`.
pub fn selects(sel: &Resource, store: &Resource) -> Tri {
    let body = match sel.get("BackupSelection") {
        phiguard_model::Lookup::Set(b) => b,
        phiguard_model::Lookup::Unknown(n) => {
            return Tri::Unknown(format!("BackupSelection {}", crate::unknown_reason(n)));
        }
        phiguard_model::Lookup::Absent => return Tri::No,
    };
    let field = |k: &str| match body.get(k) {
        phiguard_model::Lookup::Set(n) | phiguard_model::Lookup::Unknown(n) => Some(n),
        phiguard_model::Lookup::Absent => None,
    };
    let resources = match list(field("Resources")) {
        Ok(r) => r,
        Err(why) => return Tri::Unknown(format!("Resources {why}")),
    };
    let not_resources = match list(field("NotResources")) {
        Ok(r) => r,
        Err(why) => return Tri::Unknown(format!("NotResources {why}")),
    };
    let tags = field("ListOfTags").map_or(&[][..], Node::items);
    if let Some(n) = field("ListOfTags")
        && n.is_unknown()
    {
        return Tri::Unknown(format!("ListOfTags {}", crate::unknown_reason(n)));
    }
    let by_tag = tags.iter().map(|t| {
        let text = |k: &str| t.get(k).node().and_then(Node::scalar_text);
        match (text("ConditionKey"), text("ConditionValue")) {
            (Some(k), Some(v)) => tag_matches(store, &k, &v, false),
            _ => Tri::Unknown("a ListOfTags entry is known only at deploy time".into()),
        }
    });
    let included = if resources.is_empty() && tags.is_empty() {
        Tri::Yes
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
fn conditions(n: Option<&Node>, store: &Resource) -> Tri {
    let Some(n) = n else { return Tri::Yes };
    if n.is_unknown() {
        return Tri::Unknown(format!("Conditions {}", crate::unknown_reason(n)));
    }
    let mut checks = Vec::new();
    for (op, entries) in n.entries() {
        let (like, negate) = match op.as_str() {
            "StringEquals" => (false, false),
            "StringNotEquals" => (false, true),
            "StringLike" => (true, false),
            "StringNotLike" => (true, true),
            _ => {
                checks.push(Tri::Unknown(format!("Conditions {op} is not understood")));
                continue;
            }
        };
        for e in entries.items() {
            let text = |k: &str| e.get(k).node().and_then(Node::scalar_text);
            let t = match (text("ConditionKey"), text("ConditionValue")) {
                (Some(k), Some(v)) => match k.strip_prefix("aws:ResourceTag/") {
                    Some(key) => tag_matches(store, key, &v, like),
                    None => Tri::Unknown(format!("condition key {k} is not a resource tag")),
                },
                _ => Tri::Unknown(format!(
                    "a Conditions {op} entry is known only at deploy time"
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
            Tri::Yes
        );
        assert_eq!(
            arn_matches(
                &sel,
                "arn:aws:dynamodb:us-east-1:111122223333:table/claims",
                &named
            ),
            Tri::Yes
        );
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/other", &named),
            Tri::No
        );
        assert_eq!(arn_matches(&sel, "arn:aws:rds:*:*:db:*", &named), Tri::No);
        assert_eq!(arn_matches(&sel, "${Orders.Arn}", &generated), Tri::Yes);
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/*", &generated),
            Tri::Yes
        );
        assert_eq!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/other", &generated),
            Tri::No
        );
        assert!(matches!(
            arn_matches(&sel, "arn:aws:dynamodb:*:*:table/ord*", &generated),
            Tri::Unknown(_)
        ));
        assert_eq!(arn_matches(&sel, "*", &generated), Tri::Yes);
    }

    #[test]
    fn tags_match_exactly_or_like() {
        let t = res("T", "AWS::EC2::Volume", vec![], vec![("backup", "daily")]);
        assert_eq!(tag_matches(&t, "backup", "daily", false), Tri::Yes);
        assert_eq!(tag_matches(&t, "backup", "Daily", false), Tri::No);
        assert_eq!(tag_matches(&t, "backup", "d*", true), Tri::Yes);
        assert_eq!(tag_matches(&t, "tier", "gold", false), Tri::No);
    }
}
