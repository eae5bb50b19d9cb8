//! ECS task definitions: container definitions written as a list of maps (CloudFormation)
//! or as a JSON document with camelCase keys (Terraform's `container_definitions`).

use crate::{MessagePart, Outcome};
use phiguard_model::{Lookup, Node, Resource, Value};
use std::borrow::Cow;

/// The container definitions, or the unknown outcome when they cannot be read.
pub fn containers(r: &Resource) -> Result<Vec<Cow<'_, Node>>, Outcome> {
    let path = "ContainerDefinitions";
    let node = match r.get(path) {
        Lookup::Absent => return Ok(Vec::new()),
        Lookup::Unknown(n) => return Err(crate::outcome::path_unknown(path, n)),
        Lookup::Set(n) => n,
    };
    match crate::judge::json_doc::read(node) {
        Some(Cow::Borrowed(n)) => Ok(n.items().iter().map(Cow::Borrowed).collect()),
        Some(Cow::Owned(n)) => match n.value {
            Value::List(items) => Ok(items.into_iter().map(Cow::Owned).collect()),
            _ => Err(Outcome::unknown(format!("{path} is not a list"))
                .l10n("ecs-containers-not-list", &[("path", path)])
                .at(path, node.location.as_ref())),
        },
        None => Err(Outcome::unknown(format!("{path} is not a readable list"))
            .l10n("ecs-containers-unreadable", &[("path", path)])
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
    named(c).unwrap_or("(unnamed)").to_string()
}

/// A container's name as written, if it is.
pub fn named(c: &Node) -> Option<&str> {
    field(c, "Name").node().and_then(Node::as_str)
}

/// `o` said as message `id` with `args`, and with argument `key` naming a container or
/// volume: `name`, or the message `ecs-unnamed` (`(unnamed)`) when it has none.
pub fn said_naming(
    mut o: Outcome,
    id: &'static str,
    args: &[(&'static str, &str)],
    key: &'static str,
    name: Option<&str>,
) -> Outcome {
    o.l10n = Some(vec![match name {
        Some(n) => MessagePart::new(id, &[&[(key, n)], args].concat()),
        None => MessagePart::new(id, args).with(key, MessagePart::new("ecs-unnamed", &[])),
    }]);
    o
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
