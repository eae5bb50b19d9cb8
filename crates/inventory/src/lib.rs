//! Saved inventories of live AWS accounts (`phiguard scan aws --save-inventory FILE`) and
//! their adapter into the model: a saved inventory is judged offline exactly as live.
//!
//! The file is one JSON document:
//!
//! ```json
//! {
//!   "format": "phiguard-inventory/1",
//!   "tool": "phiguard 0.1.0",
//!   "collected_at": "2026-12-07T04:00:00Z",
//!   "scopes": [{"account": "111122223333", "region": "us-east-1", "services": ["s3"]}],
//!   "resources": [{
//!     "arn": "arn:aws:s3:::clinic-scans", "account": "111122223333", "region": "us-east-1",
//!     "kind": "AWS::S3::Bucket", "ids": ["clinic-scans"],
//!     "properties": {"BucketName": "clinic-scans",
//!                    "BucketEncryption": {"$unknown": "s3:GetEncryptionConfiguration was refused (AccessDenied)"}},
//!     "tags": {"DataClassification": "PHI"}
//!   }],
//!   "gaps": [{"account": "111122223333", "region": "us-east-1", "kinds": ["AWS::SQS::Queue"],
//!             "action": "sqs:ListQueues", "reason": "AccessDenied: ..."},
//!            {"account": "111122223333", "region": "us-east-1", "kinds": [],
//!             "action": "sqs:ListQueueTags", "reason": "AccessDenied: ...",
//!             "tags_unread": ["arn:aws:sqs:us-east-1:111122223333:lab-results"]}]
//! }
//! ```
//!
//! A gap's `kinds` could not be listed, so rules that conclude from absence are unknown
//! there; its `tags_unread` are resources whose tags could not be read, assumed to hold PHI
//! where PHI is marked by tags.
//!
//! Properties use the AWS resource-schema vocabulary the rules read. A property that could
//! not be read is `{"$unknown": "why"}` and becomes an unknown value; a secret that is set
//! but never collected (an AUTH token) is `{"$hidden": "what"}` and becomes a secret value.
//! A string equal to another collected resource's ARN or one of its `ids` (bucket name, queue URL, key id)
//! becomes a reference to it, so references and data flows work as in templates.

use phiguard_model::{Diagnostic, Gap, Live, Location, Node, Origin, Resource, ResourceId, Tag};
use phiguard_model::{MessagePart, Unit, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The `format` value of this version of the file.
pub const FORMAT: &str = "phiguard-inventory/1";

/// The kind of the pseudo-resource that carries the collection itself (time, scopes).
pub const COLLECTION_KIND: &str = "phiguard::Collection";

/// A saved inventory.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inventory {
    /// Always [`FORMAT`].
    pub format: String,
    /// The tool and version that collected it.
    pub tool: String,
    /// When collection finished (RFC 3339, UTC).
    pub collected_at: String,
    /// The accounts and regions that were read.
    #[serde(default)]
    pub scopes: Vec<Scope>,
    /// The resources, in the model vocabulary.
    #[serde(default)]
    pub resources: Vec<Item>,
    /// What could not be read.
    #[serde(default)]
    pub gaps: Vec<Gap>,
    /// API calls the collection made (retries not counted).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub api_calls: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One account and region that was read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scope {
    /// Account id.
    pub account: String,
    /// Region (`global` for global services).
    pub region: String,
    /// The services collected there (empty: all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
}

/// One collected resource.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The ARN: the resource's identity.
    pub arn: String,
    /// Account id.
    pub account: String,
    /// Region (`global` for global services).
    pub region: String,
    /// AWS resource type (`AWS::S3::Bucket`).
    pub kind: String,
    /// Other identifiers other resources may use for it (bucket name, queue URL, key id,
    /// alias); each becomes a reference when another resource's property equals it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
    /// Properties in the AWS resource-schema vocabulary.
    #[serde(default)]
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Tags.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
}

/// Whether a JSON text looks like a saved inventory (checked before parsing in full).
pub fn is_inventory(text: &str) -> bool {
    let end = (0..=text.len().min(4096))
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    let head = &text[..end];
    head.contains("\"format\"") && head.contains(FORMAT)
}

/// Parses an inventory, with a message that says what is wrong.
pub fn parse(text: &str) -> Result<Inventory, String> {
    parse_said(text).map_err(|(m, _)| m)
}

/// [`parse`], with the message's Fluent form.
fn parse_said(text: &str) -> Result<Inventory, (String, MessagePart)> {
    let inv: Inventory = serde_json::from_str(text).map_err(|e| {
        let line = e.line().to_string();
        (
            format!("invalid inventory at line {line}: {e}"),
            MessagePart::new(
                "diag-inventory-invalid",
                &[("line", &line), ("error", &e.to_string())],
            ),
        )
    })?;
    if inv.format != FORMAT {
        return Err((
            format!(
                "unsupported inventory format '{}' (this phiguard reads '{FORMAT}')",
                inv.format
            ),
            MessagePart::new(
                "diag-inventory-format",
                &[("format", &inv.format), ("supported", FORMAT)],
            ),
        ));
    }
    Ok(inv)
}

/// Reads an inventory file's text into a unit (`Ok(None)`: not an inventory).
pub fn read(file: &str, text: &str) -> Result<Option<Unit>, Diagnostic> {
    if !is_inventory(text) {
        return Ok(None);
    }
    let inv = parse_said(text).map_err(|(m, l10n)| {
        let mut d = Diagnostic::error(file, None, m);
        d.l10n = Some(Box::new(l10n));
        d
    })?;
    Ok(Some(adapt(file, &inv)))
}

/// Adapts an inventory into a unit: one resource per item (named by its ARN), the
/// collection pseudo-resource, gaps, and a warning per gap.
pub fn adapt(file: &str, inv: &Inventory) -> Unit {
    let mut index: HashMap<&str, Option<&str>> = HashMap::new();
    for item in &inv.resources {
        for id in std::iter::once(&item.arn).chain(&item.ids) {
            let entry = index.entry(id.as_str()).or_insert(Some(item.arn.as_str()));
            if *entry != Some(item.arn.as_str()) {
                *entry = None; // the same id for two resources: not a reference
            }
        }
    }
    let mut unit = Unit::default();
    let file_arc: Arc<str> = Arc::from(file);
    unit.resources.push(collection(inv, &file_arc));
    for item in &inv.resources {
        let attributes = Node {
            value: Value::Map(
                item.properties
                    .iter()
                    .map(|(k, v)| (k.clone(), convert(v, &index, &item.arn)))
                    .collect(),
            ),
            location: None,
        };
        unit.resources.push(Resource {
            id: ResourceId(0),
            unit: 0,
            name: item.arn.clone(),
            kind: item.kind.clone(),
            source_type: item.kind.clone(),
            origin: Origin::Arn(Live {
                arn: item.arn.clone(),
                account: item.account.clone(),
                region: item.region.clone(),
            }),
            attributes,
            tags: item
                .tags
                .iter()
                .map(|(k, v)| Tag {
                    key: k.clone(),
                    value: Node {
                        value: Value::Str(v.clone()),
                        location: None,
                    },
                })
                .collect(),
            condition: None,
        });
    }
    // A service left out with `--services` was asked for: no warning, but its gaps stay.
    for g in inv.gaps.iter().filter(|g| g.action != "--services") {
        // Kinds not listed, or resources whose tags were not read.
        let (id, what, arg) = if g.tags_unread.is_empty() {
            let kinds = g.kinds.join(", ");
            let what = format!("{kinds} not read; rules that depend on them are unknown there");
            ("diag-inventory-gap", what, ("kinds", kinds))
        } else {
            let resources = g.tags_unread.join(", ");
            let what = format!(
                "the tags of {resources} were not read; a PHI tag may be among them, so where PHI is marked by tags they are assumed to hold PHI"
            );
            ("diag-inventory-tags-unread", what, ("resources", resources))
        };
        unit.diagnostics.push(
            Diagnostic::warning(
                file,
                None,
                format!(
                    "{} in account {} region {} failed ({}): {what}",
                    g.action, g.account, g.region, g.reason
                ),
            )
            .l10n(
                id,
                &[
                    ("action", &g.action),
                    ("account", &g.account),
                    ("region", &g.region),
                    ("reason", &g.reason),
                    (arg.0, &arg.1),
                ],
            ),
        );
    }
    unit.gaps = inv.gaps.clone();
    unit
}

/// The pseudo-resource that tells rules when and where the collection ran.
fn collection(inv: &Inventory, file: &Arc<str>) -> Resource {
    let s = |v: &str| Node {
        value: Value::Str(v.to_string()),
        location: None,
    };
    let scopes = inv
        .scopes
        .iter()
        .map(|sc| Node {
            value: Value::Map(vec![
                ("Account".into(), s(&sc.account)),
                ("Region".into(), s(&sc.region)),
            ]),
            location: None,
        })
        .collect();
    Resource {
        id: ResourceId(0),
        unit: 0,
        name: "collection".into(),
        kind: COLLECTION_KIND.into(),
        source_type: COLLECTION_KIND.into(),
        origin: Origin::File(Location::new(file.clone(), 1, 1)),
        attributes: Node {
            value: Value::Map(vec![
                ("CollectedAt".into(), s(&inv.collected_at)),
                ("Tool".into(), s(&inv.tool)),
                (
                    "Scopes".into(),
                    Node {
                        value: Value::List(scopes),
                        location: None,
                    },
                ),
            ]),
            location: None,
        },
        tags: Vec::new(),
        condition: None,
    }
}

/// JSON to a model value: `{"$unknown": why}` is unknown, `{"$hidden": what}` is a secret
/// the account holds but never returns (an AUTH token, an environment variable's value:
/// set, and never written into an inventory), a string naming another collected resource
/// is a reference to it.
fn convert(v: &serde_json::Value, index: &HashMap<&str, Option<&str>>, own: &str) -> Node {
    use serde_json::Value as J;
    let value = match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or_default()),
        },
        J::String(s) => match index.get(s.as_str()) {
            Some(Some(target)) if *target != own => Value::Ref {
                target: target.to_string(),
                attribute: (s == target).then(|| "Arn".to_string()),
            },
            _ => Value::Str(s.clone()),
        },
        J::Array(a) => Value::List(a.iter().map(|x| convert(x, index, own)).collect()),
        J::Object(m) => match (m.len(), m.get("$unknown")) {
            (1, Some(why)) => Value::Unknown(why.as_str().unwrap_or("not read").to_string()),
            (1, None) if m.contains_key("$hidden") => Value::Secret,
            _ => Value::Map(
                m.iter()
                    .map(|(k, x)| (k.clone(), convert(x, index, own)))
                    .collect(),
            ),
        },
    };
    Node {
        value,
        location: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"{
      "format": "phiguard-inventory/1", "tool": "phiguard test", "collected_at": "2026-12-07T04:00:00Z",
      "scopes": [{"account": "111122223333", "region": "us-east-1"}],
      "resources": [
        {"arn": "arn:aws:s3:::scans", "account": "111122223333", "region": "us-east-1",
         "kind": "AWS::S3::Bucket", "ids": ["scans"],
         "properties": {"BucketName": "scans", "BucketEncryption": {"$unknown": "s3:GetEncryptionConfiguration was refused"}},
         "tags": {"phi": "true"}},
        {"arn": "arn:aws:elasticache:us-east-1:111122223333:replicationgroup:rg", "account": "111122223333",
         "region": "us-east-1", "kind": "AWS::ElastiCache::ReplicationGroup",
         "properties": {"AuthToken": {"$hidden": "AUTH token"}}},
        {"arn": "arn:aws:s3:::scans/policy", "account": "111122223333", "region": "us-east-1",
         "kind": "AWS::S3::BucketPolicy", "properties": {"Bucket": "scans"}}
      ],
      "gaps": [{"account": "111122223333", "region": "us-east-1", "kinds": ["AWS::SQS::Queue"],
                "action": "sqs:ListQueues", "reason": "AccessDenied"}]
    }"#;

    #[test]
    fn adapts_resources_unknowns_references_and_gaps() {
        assert!(is_inventory(SAMPLE));
        let unit = read("inv.json", SAMPLE).unwrap().unwrap();
        assert_eq!(unit.resources.len(), 4);
        let bucket = &unit.resources[1];
        assert_eq!(bucket.name, "arn:aws:s3:::scans");
        assert!(matches!(
            bucket.get("BucketEncryption"),
            phiguard_model::Lookup::Unknown(_)
        ));
        // The bucket's own name is not a reference to itself.
        assert_eq!(
            bucket.get("BucketName").node().unwrap().value,
            Value::Str("scans".into())
        );
        let group = &unit.resources[2];
        assert_eq!(group.get("AuthToken").node().unwrap().value, Value::Secret);
        let policy = &unit.resources[3];
        assert_eq!(
            policy.get("Bucket").node().unwrap().value,
            Value::Ref {
                target: "arn:aws:s3:::scans".into(),
                attribute: None
            }
        );
        assert_eq!(unit.gaps.len(), 1);
        assert!(unit.diagnostics[0].message.contains("sqs:ListQueues"));
        assert_eq!(bucket.tag("phi"), Some("true"));
    }

    #[test]
    fn rejects_other_versions_and_bad_json_with_a_message() {
        let other = SAMPLE.replace("phiguard-inventory/1", "phiguard-inventory/9");
        assert!(parse(&other).unwrap_err().contains("unsupported"));
        let broken = "{\"format\": \"phiguard-inventory/1\", ";
        assert!(read("x.json", broken).unwrap_err().message.contains("line"));
        assert!(read("x.json", "{\"Resources\": {}}").unwrap().is_none());
    }
}
