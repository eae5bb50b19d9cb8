//! The `input` document a policy reads: every resource of the scan as plain JSON, with
//! values that are not plain data (unknown, secret, references, conditional choices)
//! marked by a `$`-key, and the graph's edges. `docs/custom-rules.md` shows it.

use phiguard_model::{EdgeKind, Graph, Node, Origin, Value};
use phiguard_rules::PhiMap;
use serde_json::{Map, Value as Json, json};

/// The input document of one scan: its graph, and which resources hold PHI.
pub fn document(graph: &Graph, phi: &PhiMap) -> Json {
    let resources: Vec<Json> = graph
        .resources()
        .iter()
        .map(|r| {
            let mut tags = Map::new();
            for t in &r.tags {
                tags.insert(t.key.clone(), plain(&t.value));
            }
            json!({
                "id": r.id.0,
                "unit": r.unit,
                "name": r.name,
                "kind": r.kind,
                "source_type": r.source_type,
                "origin": origin(&r.origin),
                "phi": phi.holds(r),
                "tags": tags,
                "attributes": plain(&r.attributes),
            })
        })
        .collect();
    json!({
        "resources": resources,
        "edges": edges(graph),
        "phi_assumed": !phi.any_marked,
    })
}

fn origin(o: &Origin) -> Json {
    match o {
        Origin::File(l) => json!({"file": &*l.file, "line": l.line, "column": l.column}),
        Origin::Arn(a) => json!({ "arn": a }),
    }
}

fn edges(graph: &Graph) -> Vec<Json> {
    graph
        .edges()
        .iter()
        .map(|e| {
            let kind = match e.kind {
                EdgeKind::Reference => "reference",
                EdgeKind::DataFlow => "data_flow",
            };
            json!({"from": e.from.0, "to": e.to.0, "kind": kind, "via": e.via})
        })
        .collect()
}

/// A value as plain JSON. What is not plain data becomes an object with one `$` key:
/// `{"$unknown": why}`, `{"$secret": "secure"|"literal"}` (never the value),
/// `{"$ref": name, "attribute": attr}` and, for a value chosen by an undecidable
/// condition, `{"$unknown": ..., "condition": name}`.
pub fn plain(n: &Node) -> Json {
    match &n.value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => json!(i),
        Value::Float(f) => json!(f),
        Value::Str(s) => Json::String(s.clone()),
        Value::List(items) => Json::Array(items.iter().map(plain).collect()),
        Value::Map(entries) => {
            Json::Object(entries.iter().map(|(k, v)| (k.clone(), plain(v))).collect())
        }
        Value::Ref { target, attribute } => json!({"$ref": target, "attribute": attribute}),
        Value::Secret => json!({"$secret": "secure"}),
        Value::LiteralSecret => json!({"$secret": "literal"}),
        Value::Unknown(why) => json!({ "$unknown": why }),
        Value::Choice { condition, .. } => json!({
            "$unknown": format!("chosen by condition '{condition}', which depends on an unset parameter or variable"),
            "condition": condition,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_model::Location;

    #[test]
    fn values_that_are_not_data_are_marked_and_secrets_never_shown() {
        let map = Node::bare(Value::Map(vec![
            ("Name".into(), Node::bare(Value::Str("records".into()))),
            ("Password".into(), Node::bare(Value::LiteralSecret)),
            (
                "Key".into(),
                Node::bare(Value::Unknown("parameter KeyArn has no value".into())),
            ),
            (
                "KmsKeyId".into(),
                Node::new(
                    Value::Ref {
                        target: "Key".into(),
                        attribute: Some("Arn".into()),
                    },
                    Some(Location::new("t.yaml".into(), 3, 4)),
                ),
            ),
            (
                "Encrypted".into(),
                Node::bare(Value::Choice {
                    condition: "UseKms".into(),
                    when_true: Some(Box::new(Node::bare(Value::Bool(true)))),
                    when_false: None,
                }),
            ),
        ]));
        let j = plain(&map);
        assert_eq!(j["Name"], "records");
        assert_eq!(j["Password"], json!({"$secret": "literal"}));
        assert_eq!(j["Key"]["$unknown"], "parameter KeyArn has no value");
        assert_eq!(j["KmsKeyId"], json!({"$ref": "Key", "attribute": "Arn"}));
        assert_eq!(j["Encrypted"]["condition"], "UseKms");
        assert!(j["Encrypted"]["$unknown"].is_string());
    }
}
