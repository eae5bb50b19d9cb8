//! Documents that templates may write either as a map or as a JSON string (IAM policy
//! documents, EMR security configurations), read into one shape.

use phiguard_model::{Location, Node, Value};
use std::borrow::Cow;

/// The document as a map/list node: the node itself, or its JSON text parsed (every
/// parsed value takes the string's location). `None` for malformed JSON or other values.
pub fn read(node: &Node) -> Option<Cow<'_, Node>> {
    match &node.value {
        Value::Map(_) | Value::List(_) => Some(Cow::Borrowed(node)),
        Value::Str(s) => {
            let v: serde_json::Value = serde_json::from_str(s).ok()?;
            Some(Cow::Owned(convert(&v, node.location.as_ref())))
        }
        _ => None,
    }
}

fn convert(v: &serde_json::Value, at: Option<&Location>) -> Node {
    let value = match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(|x| convert(x, at)).collect()),
        serde_json::Value::Object(o) => {
            Value::Map(o.iter().map(|(k, x)| (k.clone(), convert(x, at))).collect())
        }
    };
    Node::new(value, at.cloned())
}

/// A value that may be one item or a list of them, as items.
pub fn one_or_many(node: &Node) -> Vec<&Node> {
    match &node.value {
        Value::List(items) => items.iter().collect(),
        _ => vec![node],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_and_maps_read_alike() {
        let s = Node::bare(Value::Str(r#"{"Statement":[{"Effect":"Deny"}]}"#.into()));
        let doc = read(&s).unwrap();
        assert_eq!(
            doc.get("Statement.0.Effect").node().and_then(Node::as_str),
            Some("Deny")
        );
        assert!(read(&Node::bare(Value::Str("not json".into()))).is_none());
    }
}
