//! JSON values and IAM policy documents: `jsonencode`/`jsondecode`, policies written
//! as heredoc JSON, and `data "aws_iam_policy_document"` rendered to the IAM JSON shape.

use crate::eval::{first_opaque, ref_token, unknown, why};
use phiguard_model::{Location, Node, Value};
use serde_json::Value as Json;

/// A value as JSON; references become `${Name.Attr}` strings. `None` when a part is
/// unknown or secret.
pub fn to_json(n: &Node) -> Option<Json> {
    Some(match &n.value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
        Value::Str(s) => Json::String(s.clone()),
        Value::List(items) => Json::Array(items.iter().map(to_json).collect::<Option<_>>()?),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(k, v)| Some((k.clone(), to_json(v)?)))
                .collect::<Option<_>>()?,
        ),
        Value::Ref { target, attribute } => Json::String(ref_token(target, attribute.as_deref())),
        Value::Secret | Value::LiteralSecret | Value::Unknown(_) => return None,
    })
}

/// A JSON value as a model value; every node gets `loc`.
pub fn from_json(j: &Json, loc: &Option<Location>) -> Node {
    let v = match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        Json::String(s) => Value::Str(s.clone()),
        Json::Array(a) => Value::List(a.iter().map(|x| from_json(x, loc)).collect()),
        Json::Object(o) => Value::Map(
            o.iter()
                .map(|(k, v)| (k.clone(), from_json(v, loc)))
                .collect(),
        ),
    };
    Node::new(v, loc.clone())
}

/// A JSON document attribute (`policy`, `assume_role_policy`...) as structured data:
/// JSON text is parsed, structured values (from `jsonencode`, policy documents) kept.
pub fn document(n: &Node) -> Node {
    match &n.value {
        Value::Str(s) => match serde_json::from_str::<Json>(s) {
            Ok(j) => from_json(&j, &n.location),
            Err(e) => unknown(format!("is not valid JSON ({e})"), n.location.clone()),
        },
        _ => n.clone(),
    }
}

/// Renders the evaluated body of a `data "aws_iam_policy_document"` block into the
/// IAM JSON shape (`Version`, `Statement[]` with `Effect`, `Action`, `Resource`,
/// `Principal`, `Condition`).
pub fn render(body: &Node, location: Location) -> Node {
    let loc = Some(location);
    let get = |n: &Node, k: &str| {
        n.entries()
            .iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v.clone())
    };
    if get(body, "override_policy_documents").is_some() || get(body, "override_json").is_some() {
        return unknown(
            "is a policy document with overrides, which phiguard does not merge",
            loc,
        );
    }
    let mut statements: Vec<Node> = Vec::new();
    for key in ["source_policy_documents", "source_json"] {
        let Some(src) = get(body, key) else { continue };
        let docs = match &src.value {
            Value::List(items) => items.clone(),
            _ => vec![src.clone()],
        };
        for d in docs {
            let d = document(&d);
            match d.get("Statement") {
                phiguard_model::Lookup::Set(s) => match &s.value {
                    Value::List(items) => statements.extend(items.iter().cloned()),
                    _ => statements.push(s.clone()),
                },
                _ => {
                    return unknown(
                        format!("merges a source policy document that {}", why(&d)),
                        loc,
                    );
                }
            }
        }
    }
    match get(body, "statement").map(|s| s.value) {
        Some(Value::List(items)) => {
            for s in &items {
                statements.push(statement(s));
            }
        }
        Some(Value::Unknown(r)) => return unknown(r, loc),
        _ => {}
    }
    let mut doc = vec![(
        "Version".to_string(),
        get(body, "version")
            .unwrap_or_else(|| Node::new(Value::Str("2012-10-17".into()), loc.clone())),
    )];
    if let Some(id) = get(body, "policy_id") {
        doc.push(("Id".into(), id));
    }
    doc.push((
        "Statement".into(),
        Node::new(Value::List(statements), loc.clone()),
    ));
    let doc = Node::new(Value::Map(doc), loc);
    if let Some(u) = first_opaque(&doc)
        && matches!(u.value, Value::Secret)
    {
        return unknown("contains a secret", doc.location);
    }
    doc
}

fn statement(s: &Node) -> Node {
    let get = |k: &str| {
        s.entries()
            .iter()
            .find(|(x, _)| x == k)
            .map(|(_, v)| v.clone())
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    if let Some(sid) = get("sid") {
        out.push(("Sid".into(), sid));
    }
    out.push((
        "Effect".into(),
        get("effect").unwrap_or_else(|| Node::new(Value::Str("Allow".into()), s.location.clone())),
    ));
    for (tf, iam) in [
        ("actions", "Action"),
        ("not_actions", "NotAction"),
        ("resources", "Resource"),
        ("not_resources", "NotResource"),
    ] {
        if let Some(v) = get(tf) {
            out.push((iam.into(), single(v)));
        }
    }
    for (tf, iam) in [
        ("principals", "Principal"),
        ("not_principals", "NotPrincipal"),
    ] {
        if let Some(p) = get(tf) {
            out.push((iam.into(), principals(&p)));
        }
    }
    if let Some(c) = get("condition") {
        out.push(("Condition".into(), conditions(&c)));
    }
    Node::new(Value::Map(out), s.location.clone())
}

/// Terraform writes one-element lists as a plain string, as IAM does.
fn single(v: Node) -> Node {
    match &v.value {
        Value::List(items) if items.len() == 1 => items[0].clone(),
        _ => v,
    }
}

fn principals(p: &Node) -> Node {
    let Value::List(blocks) = &p.value else {
        return p.clone();
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    for b in blocks {
        let get = |k: &str| {
            b.entries()
                .iter()
                .find(|(x, _)| x == k)
                .map(|(_, v)| v.clone())
        };
        let (Some(ty), Some(ids)) = (
            get("type").and_then(|t| t.as_str().map(str::to_string)),
            get("identifiers"),
        ) else {
            return unknown(
                "has a principal whose type is not known",
                b.location.clone(),
            );
        };
        if ty == "*" {
            return Node::new(Value::Str("*".into()), b.location.clone());
        }
        match out.iter_mut().find(|(k, _)| *k == ty) {
            Some((
                _,
                Node {
                    value: Value::List(existing),
                    ..
                },
            )) => existing.extend(ids.items().iter().cloned()),
            _ => out.push((ty, ids)),
        }
    }
    let out = out.into_iter().map(|(k, v)| (k, single(v))).collect();
    Node::new(Value::Map(out), p.location.clone())
}

fn conditions(c: &Node) -> Node {
    let Value::List(blocks) = &c.value else {
        return c.clone();
    };
    let mut out: Vec<(String, Node)> = Vec::new();
    for b in blocks {
        let get = |k: &str| {
            b.entries()
                .iter()
                .find(|(x, _)| x == k)
                .map(|(_, v)| v.clone())
        };
        let (Some(test), Some(var), Some(values)) = (
            get("test").and_then(|t| t.as_str().map(str::to_string)),
            get("variable").and_then(|t| t.as_str().map(str::to_string)),
            get("values"),
        ) else {
            return unknown(
                "has a condition whose operator or key is not known",
                b.location.clone(),
            );
        };
        let entry = (var, single(values));
        match out.iter_mut().find(|(k, _)| *k == test) {
            Some((
                _,
                Node {
                    value: Value::Map(m),
                    ..
                },
            )) => m.push(entry),
            _ => out.push((test, Node::new(Value::Map(vec![entry]), b.location.clone()))),
        }
    }
    Node::new(Value::Map(out), c.location.clone())
}
