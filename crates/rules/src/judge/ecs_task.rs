//! ECS task definitions: container definitions written as a list of maps (CloudFormation)
//! or as a JSON document with camelCase keys (Terraform's `container_definitions`).

use crate::Outcome;
use phiguard_model::{Lookup, Node, Resource, Value};
use std::borrow::Cow;

/// The container definitions, or the unknown outcome when they cannot be read.
pub fn containers(r: &Resource) -> Result<Vec<Cow<'_, Node>>, Outcome> {
    let path = "ContainerDefinitions";
    let node = match r.get(path) {
        Lookup::Absent => return Ok(Vec::new()),
        Lookup::Unknown(n) => {
            return Err(
                Outcome::unknown(format!("{path} {}", crate::unknown_reason(n)))
                    .at(path, n.location.as_ref()),
            );
        }
        Lookup::Set(n) => n,
    };
    match crate::judge::json_doc::read(node) {
        Some(Cow::Borrowed(n)) => Ok(n.items().iter().map(Cow::Borrowed).collect()),
        Some(Cow::Owned(n)) => {
            match n.value {
                Value::List(items) => Ok(items.into_iter().map(Cow::Owned).collect()),
                _ => Err(Outcome::unknown(format!("{path} is not a list"))
                    .at(path, node.location.as_ref())),
            }
        }
        None => Err(Outcome::unknown(format!("{path} is not a readable list"))
            .at(path, node.location.as_ref())),
    }
}

/// A field by its CloudFormation name (`LogConfiguration`) or its ECS API name
/// (`logConfiguration`).
pub fn field<'a>(n: &'a Node, pascal: &str) -> Lookup<'a> {
    match n.get(pascal) {
        Lookup::Absent => {
            let mut camel = pascal.to_string();
            if let Some(first) = camel.get_mut(0..1) {
                first.make_ascii_lowercase();
            }
            n.get(&camel)
        }
        found => found,
    }
}

/// A container's name, for messages.
pub fn name(c: &Node) -> String {
    field(c, "Name")
        .node()
        .and_then(Node::as_str)
        .unwrap_or("(unnamed)")
        .to_string()
}

/// The entries of a map-valued field (`Options`), whatever its key case.
pub fn options<'a>(c: &'a Node, path: &[&str]) -> Vec<(&'a str, &'a Node)> {
    let mut cur = c;
    for p in path {
        match field(cur, p) {
            Lookup::Set(n) => cur = n,
            _ => return Vec::new(),
        }
    }
    cur.entries().iter().map(|(k, v)| (k.as_str(), v)).collect()
}
