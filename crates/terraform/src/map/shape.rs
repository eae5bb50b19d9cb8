//! Whole block trees converted at once, for types whose CloudFormation twin nests maps
//! the way Terraform nests single blocks (`application_configuration { ... }`).

use super::{pascal, set_path};
use phiguard_model::{Node, Value};

/// A block (or a block body) converted recursively into the CloudFormation shape. Each
/// key is renamed by `renames` (Terraform name → dotted CloudFormation path, the same at
/// every depth; an empty path drops the key) or else PascalCased. A nested block type
/// becomes one map, unless its Terraform name is in `lists` (a CloudFormation list) or
/// it holds several blocks. Maps written as attribute values keep their keys; unknown
/// values stay as they are.
pub fn deep(n: &Node, renames: &[(&str, &str)], lists: &[&str]) -> Node {
    match &n.value {
        Value::List(items) => match items.as_slice() {
            [one] if is_map(one) => body(one, renames, lists),
            _ => Node::new(
                Value::List(items.iter().map(|i| body(i, renames, lists)).collect()),
                n.location.clone(),
            ),
        },
        _ => body(n, renames, lists),
    }
}

fn is_map(n: &Node) -> bool {
    matches!(n.value, Value::Map(_))
}

fn body(b: &Node, renames: &[(&str, &str)], lists: &[&str]) -> Node {
    let Value::Map(entries) = &b.value else {
        return b.clone();
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    for (k, v) in entries {
        let path = renames
            .iter()
            .find(|(tf, _)| tf == k)
            .map_or_else(|| pascal(k), |(_, p)| (*p).to_string());
        if path.is_empty() {
            continue;
        }
        let value = match &v.value {
            Value::List(items) if !items.is_empty() && items.iter().all(is_map) => {
                match items.as_slice() {
                    [one] if !lists.contains(&k.as_str()) => body(one, renames, lists),
                    _ => Node::new(
                        Value::List(items.iter().map(|i| body(i, renames, lists)).collect()),
                        v.location.clone(),
                    ),
                }
            }
            _ => v.clone(),
        };
        set_path(&mut out, &path, value);
    }
    Node::new(Value::Map(out), b.location.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(entries: Vec<(&str, Node)>) -> Node {
        Node::bare(Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ))
    }

    fn text(s: &str) -> Node {
        Node::bare(Value::Str(s.into()))
    }

    #[test]
    fn single_blocks_become_maps_and_listed_ones_stay_lists() {
        let group = map(vec![("property_group_id", text("streams"))]);
        let props = map(vec![(
            "property_group",
            Node::bare(Value::List(vec![group])),
        )]);
        let cfg = map(vec![
            (
                "environment_properties",
                Node::bare(Value::List(vec![props])),
            ),
            ("role_arn", text("arn:aws:iam::111122223333:role/x")),
        ]);
        let out = deep(
            &Node::bare(Value::List(vec![cfg])),
            &[
                ("property_group", "PropertyGroups"),
                ("role_arn", "Access.RoleARN"),
            ],
            &["property_group"],
        );
        assert_eq!(
            out.get("EnvironmentProperties.PropertyGroups.0.PropertyGroupId")
                .node()
                .and_then(Node::as_str),
            Some("streams")
        );
        assert_eq!(
            out.get("Access.RoleARN").node().and_then(Node::as_str),
            Some("arn:aws:iam::111122223333:role/x")
        );
    }
}
