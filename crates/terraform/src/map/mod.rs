//! The vocabulary: Terraform resources into the AWS resource schema the rules read.
//!
//! Every `aws_*` type gets its CloudFormation type name as `kind` ([`kinds`]), and its
//! arguments are renamed into CloudFormation property names: explicitly, per service
//! group module, where the shapes differ; by the generic rule (snake_case → PascalCase,
//! nested blocks → lists of maps) for everything else. Resources that configure another
//! resource (`aws_s3_bucket_versioning`, `aws_backup_vault_lock_configuration`...) are
//! merged into it, with the location of the Terraform argument that set each value.

mod analytics;
mod blocks;
mod compute;
mod containers;
mod database;
mod delivery;
mod integration;
mod iot;
mod kinds;
mod management;
mod network;
mod processing;
mod s3;
mod security;
mod shape;

use crate::eval::same;
use crate::module::RawResource;
use phiguard_model::{Diagnostic, Node, Origin, Resource, ResourceId, Tag, Value};

pub use kinds::kind_of;

/// snake_case → PascalCase (`kms_key_id` → `KmsKeyId`).
pub fn pascal(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// The generic conversion: keys of the resource and of nested blocks (maps inside
/// lists) become PascalCase; maps written as attribute values (tags, environment
/// variables) keep their keys.
pub fn generic(n: &Node) -> Node {
    convert(n, false)
}

fn convert(n: &Node, rename_keys: bool) -> Node {
    let value = match &n.value {
        Value::Map(entries) => Value::Map(
            entries
                .iter()
                .map(|(k, v)| {
                    let k = if rename_keys { pascal(k) } else { k.clone() };
                    (k, convert(v, false))
                })
                .collect(),
        ),
        Value::List(items) => Value::List(items.iter().map(|i| convert(i, true)).collect()),
        other => other.clone(),
    };
    Node::new(value, n.location.clone())
}

/// Builds one resource's attributes: explicit renames first, then everything not yet
/// used by the generic rule.
pub struct Mapping<'a> {
    /// The Terraform resource.
    pub raw: &'a RawResource,
    used: Vec<String>,
    out: Vec<(String, Node)>,
}

impl<'a> Mapping<'a> {
    /// Starts mapping `raw`.
    pub fn new(raw: &'a RawResource) -> Self {
        Self {
            raw,
            used: vec!["tags".into(), "tags_all".into()],
            out: Vec::new(),
        }
    }

    /// A Terraform argument, without using it up.
    pub fn peek(&self, k: &str) -> Option<&'a Node> {
        self.raw
            .attrs
            .entries()
            .iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v)
    }

    /// A Terraform argument, marked as used.
    pub fn take(&mut self, k: &str) -> Option<Node> {
        self.used.push(k.to_string());
        self.peek(k).cloned()
    }

    /// The first block of a nested block type, marked as used. An unknown set of blocks
    /// (dynamic block over an unknown collection) is returned as that unknown node.
    pub fn block(&mut self, k: &str) -> Option<Node> {
        first_block(&self.take(k)?)
    }

    /// Sets a (dotted) CloudFormation path.
    pub fn set(&mut self, path: &str, n: Node) {
        set_path(&mut self.out, path, n);
    }

    /// Renames `tf` to the CloudFormation `path`, converting nested blocks generically.
    pub fn rename(&mut self, tf: &str, path: &str) {
        if let Some(n) = self.take(tf) {
            self.set(path, generic(&n));
        }
    }

    /// Renames several arguments.
    pub fn renames(&mut self, pairs: &[(&str, &str)]) {
        for (tf, path) in pairs {
            self.rename(tf, path);
        }
    }

    /// Renames the arguments of a single nested block into a map at `path`.
    pub fn block_map(&mut self, tf: &str, path: &str, pairs: &[(&str, &str)]) {
        if let Some(b) = self.block(tf) {
            self.set(path, sub_map(&b, pairs));
        }
    }

    /// A JSON document argument (`policy`), parsed, at `path`.
    pub fn document(&mut self, tf: &str, path: &str) {
        if let Some(n) = self.take(tf) {
            self.set(path, crate::policy::document(&n));
        }
    }

    /// The attributes: explicit ones, then the rest by the generic rule.
    pub fn finish(mut self) -> Node {
        for (k, v) in self.raw.attrs.entries() {
            if !self.used.contains(k) {
                let key = pascal(k);
                if !self.out.iter().any(|(x, _)| *x == key) {
                    self.out.push((key, generic(v)));
                }
            }
        }
        Node::new(Value::Map(self.out), Some(self.raw.location.clone()))
    }
}

/// The first element of a list of blocks; an unknown list stays unknown.
pub fn first_block(n: &Node) -> Option<Node> {
    match &n.value {
        Value::List(items) => items.first().cloned(),
        Value::Map(_) | Value::Unknown(_) => Some(n.clone()),
        _ => None,
    }
}

/// An argument of a block map.
pub fn field<'n>(block: &'n Node, k: &str) -> Option<&'n Node> {
    block.entries().iter().find(|(x, _)| x == k).map(|(_, v)| v)
}

/// A block's arguments renamed by `pairs` (the rest generic), as a map with the
/// block's location. An unknown block stays unknown.
pub fn sub_map(block: &Node, pairs: &[(&str, &str)]) -> Node {
    if !matches!(block.value, Value::Map(_)) {
        return block.clone();
    }
    let mut out: Vec<(String, Node)> = Vec::new();
    for (k, v) in block.entries() {
        let path = pairs
            .iter()
            .find(|(tf, _)| tf == k)
            .map_or_else(|| pascal(k), |(_, p)| p.to_string());
        if !path.is_empty() {
            set_path(&mut out, &path, generic(v));
        }
    }
    Node::new(Value::Map(out), block.location.clone())
}

/// Each block of a list renamed by `pairs`.
pub fn sub_list(blocks: &Node, pairs: &[(&str, &str)]) -> Node {
    match &blocks.value {
        Value::List(items) => Node::new(
            Value::List(items.iter().map(|b| sub_map(b, pairs)).collect()),
            blocks.location.clone(),
        ),
        _ => blocks.clone(),
    }
}

/// A block and the blocks nested in it, in the CloudFormation shape: a nested block
/// becomes a map (its first block), except the block types in `lists`, which may repeat
/// and become lists under their CloudFormation name (`listener` → `Listeners`). Keys are
/// renamed by `names` (at any depth) or else to PascalCase; maps written as attribute
/// values keep their keys. An unknown block stays unknown.
pub fn nested(block: &Node, names: &[(&str, &str)], lists: &[(&str, &str)]) -> Node {
    let Value::Map(entries) = &block.value else {
        return block.clone();
    };
    let is_block = |v: &Node| {
        matches!(&v.value, Value::List(items)
            if !items.is_empty() && items.iter().all(|i| matches!(i.value, Value::Map(_))))
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    for (k, v) in entries {
        let renamed = |table: &[(&str, &str)]| {
            table
                .iter()
                .find(|(tf, _)| tf == k)
                .map(|(_, cfn)| cfn.to_string())
        };
        let (key, value) = if let Some(key) = renamed(lists) {
            let value = match &v.value {
                Value::List(items) => Node::new(
                    Value::List(items.iter().map(|i| nested(i, names, lists)).collect()),
                    v.location.clone(),
                ),
                _ => v.clone(),
            };
            (key, value)
        } else {
            let key = renamed(names).unwrap_or_else(|| pascal(k));
            let value = if is_block(v) || v.is_unknown() {
                first_block(v).map_or_else(|| v.clone(), |b| nested(&b, names, lists))
            } else {
                generic(v)
            };
            (key, value)
        };
        if !key.is_empty() {
            set_path(&mut out, &key, value);
        }
    }
    Node::new(Value::Map(out), block.location.clone())
}

/// Sets a dotted path in a list of map entries, creating maps on the way.
pub fn set_path(entries: &mut Vec<(String, Node)>, path: &str, n: Node) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    match rest {
        None => {
            entries.retain(|(k, _)| k != head);
            entries.push((head.to_string(), n));
        }
        Some(rest) => {
            let loc = n.location.clone();
            let slot = match entries.iter().position(|(k, _)| k == head) {
                Some(i) => &mut entries[i].1,
                None => {
                    entries.push((head.to_string(), Node::new(Value::Map(Vec::new()), loc)));
                    &mut entries.last_mut().expect("just pushed").1
                }
            };
            if let Value::Map(inner) = &mut slot.value {
                set_path(inner, rest, n);
            }
        }
    }
}

/// A boolean as the strings CloudFormation uses for attributes (`"true"`).
pub fn bool_text(n: &Node) -> Node {
    match n.as_bool() {
        Some(b) => Node::new(Value::Str(b.to_string()), n.location.clone()),
        None => n.clone(),
    }
}

/// A resource that configures another one: merged into it when its target is found.
pub struct Attachment {
    /// The attachment's address (for messages).
    pub address: String,
    /// The argument naming the target, as written (a reference or a name).
    pub target: Node,
    /// Kinds the target may have.
    pub kinds: &'static [&'static str],
    /// The target's property that holds its name (`BucketName` for S3), to match a
    /// target named by a string.
    pub name_attr: &'static str,
    /// Properties to set on the target.
    pub set: Vec<(String, Node)>,
    /// Properties to append to (lists) on the target.
    pub append: Vec<(String, Node)>,
}

/// What a per-type mapper produces.
pub enum Output {
    /// A resource of this kind with these attributes.
    Resource(String, Node),
    /// A resource and extra resources (a v3 bucket's inline policy): name, kind, attributes.
    WithExtra(String, Node, Vec<(String, String, Node)>),
    /// Configuration of another resource.
    Attach(Attachment),
}

/// Properties that name another resource: a name written as a string becomes a
/// reference when a resource of the scan has that name, so the graph links them.
const NAME_LINKS: &[(&str, &str, &str, &str)] = &[
    (
        "AWS::S3::BucketPolicy",
        "Bucket",
        "AWS::S3::Bucket",
        "BucketName",
    ),
    (
        "AWS::RDS::DBInstance",
        "DBParameterGroupName",
        "AWS::RDS::DBParameterGroup",
        "DBParameterGroupName",
    ),
    (
        "AWS::RDS::DBInstance",
        "OptionGroupName",
        "AWS::RDS::OptionGroup",
        "OptionGroupName",
    ),
    (
        "AWS::RDS::DBInstance",
        "DBClusterIdentifier",
        "AWS::RDS::DBCluster",
        "DBClusterIdentifier",
    ),
    (
        "AWS::RDS::DBCluster",
        "DBClusterParameterGroupName",
        "AWS::RDS::DBClusterParameterGroup",
        "DBClusterParameterGroupName",
    ),
    (
        "AWS::Redshift::Cluster",
        "ClusterParameterGroupName",
        "AWS::Redshift::ClusterParameterGroup",
        "ParameterGroupName",
    ),
    (
        "AWS::ElastiCache::ReplicationGroup",
        "CacheParameterGroupName",
        "AWS::ElastiCache::ParameterGroup",
        "CacheParameterGroupName",
    ),
    (
        "AWS::ElastiCache::CacheCluster",
        "CacheParameterGroupName",
        "AWS::ElastiCache::ParameterGroup",
        "CacheParameterGroupName",
    ),
    (
        "AWS::DocDB::DBCluster",
        "DBClusterParameterGroupName",
        "AWS::DocDB::DBClusterParameterGroup",
        "Name",
    ),
    (
        "AWS::CloudTrail::Trail",
        "S3BucketName",
        "AWS::S3::Bucket",
        "BucketName",
    ),
    (
        "AWS::Glacier::VaultLock",
        "VaultName",
        "AWS::Glacier::Vault",
        "VaultName",
    ),
    (
        "AWS::EMR::Cluster",
        "SecurityConfiguration",
        "AWS::EMR::SecurityConfiguration",
        "Name",
    ),
    (
        "AWS::Glue::Job",
        "SecurityConfiguration",
        "AWS::Glue::SecurityConfiguration",
        "Name",
    ),
];

/// Maps evaluated Terraform resources (of one root module) into model resources.
pub fn adapt(raws: Vec<RawResource>) -> (Vec<Resource>, Vec<Diagnostic>) {
    let mut resources: Vec<Resource> = Vec::new();
    let mut attachments = Vec::new();
    let mut diagnostics = Vec::new();
    for raw in &raws {
        if !raw.ty.starts_with("aws_") {
            continue;
        }
        let out = s3::map(raw)
            .or_else(|| database::map(raw))
            .or_else(|| compute::map(raw))
            .or_else(|| network::map(raw))
            .or_else(|| analytics::map(raw))
            .or_else(|| security::map(raw))
            .or_else(|| integration::map(raw))
            .or_else(|| management::map(raw))
            .or_else(|| delivery::map(raw))
            .or_else(|| containers::map(raw))
            .or_else(|| processing::map(raw))
            .or_else(|| iot::map(raw))
            .unwrap_or_else(|| Output::Resource(kind_of(&raw.ty), Mapping::new(raw).finish()));
        let mut push = |name: String, kind: String, mut attrs: Node, tags: Vec<Tag>| {
            if !tags.is_empty()
                && let Value::Map(e) = &mut attrs.value
            {
                e.retain(|(k, _)| k != "Tags");
                e.push(("Tags".into(), tags_attribute(&tags)));
            }
            resources.push(Resource {
                id: ResourceId(0),
                unit: 0,
                name,
                kind,
                source_type: raw.ty.clone(),
                origin: Origin::File(raw.location.clone()),
                attributes: attrs,
                tags,
                condition: None,
            });
        };
        match out {
            Output::Resource(kind, attrs) => push(raw.address.clone(), kind, attrs, tags(raw)),
            Output::WithExtra(kind, attrs, extra) => {
                push(raw.address.clone(), kind, attrs, tags(raw));
                for (name, kind, attrs) in extra {
                    push(name, kind, attrs, Vec::new());
                }
            }
            Output::Attach(mut a) => {
                // An attachment that may not exist cannot settle its target's settings.
                if let Some(why) = &raw.uncertain {
                    for (_, n) in a.set.iter_mut().chain(a.append.iter_mut()) {
                        *n = Node::new(
                            Value::Unknown(format!("is set by {why}")),
                            n.location.clone(),
                        );
                    }
                }
                attachments.push((a, raw))
            }
        }
    }
    link_names(&mut resources);
    for (a, raw) in attachments {
        match find_target(&resources, &a) {
            Target::One(i) => merge(&mut resources[i], a),
            Target::Unknown(why) => {
                // The attachment may configure any resource of its target kinds: those
                // that do not set the property themselves are unknown for it.
                for r in resources
                    .iter_mut()
                    .filter(|r| a.kinds.contains(&r.kind.as_str()) && r.name.starts_with(&raw.module))
                {
                    for (path, _) in a.set.iter().chain(&a.append) {
                        if r.get(path).is_absent()
                            && let Value::Map(e) = &mut r.attributes.value
                        {
                            let why = format!("may be set by {}, whose target {why}", a.address);
                            set_path(e, path, Node::new(Value::Unknown(why), Some(raw.location.clone())));
                        }
                    }
                }
            }
            Target::Outside => diagnostics.push(Diagnostic::warning(
                &raw.location.file.clone(),
                Some(raw.location.clone()),
                format!(
                    "{}: the resource it configures is not in this scan; its settings are not checked",
                    a.address
                ),
            )
            .l10n("diag-tf-attachment-outside", &[("address", &a.address)])),
        }
    }
    (resources, diagnostics)
}

fn link_names(resources: &mut [Resource]) {
    let mut changes = Vec::new();
    for (i, r) in resources.iter().enumerate() {
        for (kind, path, target_kind, name_path) in NAME_LINKS {
            if r.kind != *kind {
                continue;
            }
            let Some(n) = r.get(path).node() else {
                continue;
            };
            if !matches!(n.value, Value::Str(_)) {
                continue;
            }
            let found: Vec<&Resource> = resources
                .iter()
                .filter(|t| t.kind == *target_kind && t.unit == r.unit)
                .filter(|t| t.get(name_path).node().is_some_and(|x| same(x, n)))
                .collect();
            if let [t] = found.as_slice() {
                let node = Node::new(
                    Value::Ref {
                        target: t.name.clone(),
                        attribute: None,
                    },
                    n.location.clone(),
                );
                changes.push((i, path.to_string(), node));
            }
        }
    }
    for (i, path, node) in changes {
        if let Value::Map(e) = &mut resources[i].attributes.value {
            set_path(e, &path, node);
        }
    }
}

enum Target {
    One(usize),
    Unknown(String),
    Outside,
}

fn find_target(resources: &[Resource], a: &Attachment) -> Target {
    let of_kind = |r: &Resource| a.kinds.contains(&r.kind.as_str());
    match &a.target.value {
        Value::Ref { target, .. } => match resources.iter().position(|r| r.name == *target) {
            Some(i) if of_kind(&resources[i]) => Target::One(i),
            // One hop: `aws_s3_bucket_policy.this.id` names the bucket the policy is on.
            Some(i) => {
                let via: Vec<usize> = resources[i]
                    .attributes
                    .entries()
                    .iter()
                    .filter_map(|(_, n)| match &n.value {
                        Value::Ref { target, .. } => {
                            resources.iter().position(|r| r.name == *target)
                        }
                        _ => None,
                    })
                    .filter(|&j| of_kind(&resources[j]))
                    .collect();
                match via.as_slice() {
                    [j] => Target::One(*j),
                    _ => Target::Outside,
                }
            }
            None => Target::Outside,
        },
        Value::Str(_) => {
            let found: Vec<usize> = (0..resources.len())
                .filter(|&i| of_kind(&resources[i]))
                .filter(|&i| {
                    resources[i]
                        .get(a.name_attr)
                        .node()
                        .is_some_and(|n| same(n, &a.target))
                })
                .collect();
            match found.as_slice() {
                [i] => Target::One(*i),
                [] => Target::Outside,
                _ => Target::Unknown("matches several resources".into()),
            }
        }
        _ => Target::Unknown(crate::eval::why(&a.target)),
    }
}

fn merge(r: &mut Resource, a: Attachment) {
    let Value::Map(e) = &mut r.attributes.value else {
        return;
    };
    for (path, n) in a.set {
        set_path(e, &path, n);
    }
    for (path, n) in a.append {
        let mut items = match lookup_mut(e, &path) {
            Some(Node {
                value: Value::List(items),
                ..
            }) => std::mem::take(items),
            _ => Vec::new(),
        };
        match n.value {
            Value::List(more) => items.extend(more),
            _ => items.push(n.clone()),
        }
        set_path(e, &path, Node::new(Value::List(items), n.location.clone()));
    }
}

fn lookup_mut<'e>(entries: &'e mut [(String, Node)], path: &str) -> Option<&'e mut Node> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let n = &mut entries.iter_mut().find(|(k, _)| k == head)?.1;
    match rest {
        None => Some(n),
        Some(rest) => match &mut n.value {
            Value::Map(inner) => lookup_mut(inner, rest),
            _ => None,
        },
    }
}

/// Tags: the provider's `default_tags`, overridden by the resource's `tags`.
fn tags(raw: &RawResource) -> Vec<Tag> {
    let mut out: Vec<Tag> = Vec::new();
    let own = raw
        .attrs
        .entries()
        .iter()
        .find(|(k, _)| k == "tags")
        .map(|(_, v)| v);
    let all: Vec<(String, Node)> = [raw.default_tags.as_ref(), own]
        .into_iter()
        .flatten()
        .flat_map(|source| source.entries().iter().cloned())
        .collect();
    for (key, value) in crate::eval::last_wins(all) {
        out.push(Tag { key, value });
    }
    out
}

fn tags_attribute(tags: &[Tag]) -> Node {
    let items = tags
        .iter()
        .map(|t| {
            Node::new(
                Value::Map(vec![
                    (
                        "Key".into(),
                        Node::new(Value::Str(t.key.clone()), t.value.location.clone()),
                    ),
                    ("Value".into(), t.value.clone()),
                ]),
                t.value.location.clone(),
            )
        })
        .collect();
    Node::bare(Value::List(items))
}

/// An attachment setting properties on its target, from its argument `target_arg`.
pub fn attach(
    m: &mut Mapping<'_>,
    target_arg: &str,
    kinds: &'static [&'static str],
    name_attr: &'static str,
) -> Attachment {
    let target = m
        .take(target_arg)
        .unwrap_or_else(|| Node::bare(Value::Unknown(format!("{target_arg} is not set"))));
    Attachment {
        address: m.raw.address.clone(),
        target,
        kinds,
        name_attr,
        set: Vec::new(),
        append: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_case() {
        assert_eq!(pascal("kms_key_id"), "KmsKeyId");
        assert_eq!(pascal("name"), "Name");
    }
}
