//! Terraform plans in JSON (`terraform show -json plan.out`): planned values of the
//! root and child modules, with values known only after apply as unknown, sensitive
//! values as secrets, and the configuration's references turned back into references
//! so the graph links resources as it does for HCL.

use crate::eval::ref_attribute;
use crate::module::RawResource;
use crate::source::SourceFile;
use phiguard_cloudformation::yaml::{self, Raw, RawKind};
use phiguard_model::{Diagnostic, Location, Node, Unit, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// Whether a file's text looks like a plan: a JSON object with `format_version` and
/// `planned_values` or `resource_changes`.
pub fn is_plan(text: &str) -> bool {
    let head = text.trim_start();
    head.starts_with('{')
        && text.contains("\"format_version\"")
        && (text.contains("\"planned_values\"") || text.contains("\"resource_changes\""))
}

const AFTER_APPLY: &str = "is known only after apply";

/// Checks that `text` is JSON, not only YAML (the located parser reads both).
pub fn strict_json(file: &str, text: &str, what: &str) -> Result<(), Diagnostic> {
    match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Ok(_) => Ok(()),
        Err(e) => Err(Diagnostic::error(
            file,
            Some(Location::new(
                Arc::from(file),
                e.line().max(1) as u32,
                e.column().max(1) as u32,
            )),
            format!("cannot parse {what}: {e}"),
        )
        .l10n(
            if what == "Terraform plan" {
                "diag-tf-plan-parse"
            } else {
                "diag-tf-json-parse"
            },
            &[("error", &e.to_string())],
        )),
    }
}

/// Reads a plan. `Ok(None)`: valid JSON, but not a plan.
pub fn read_plan(file: &str, text: &str) -> Result<Option<Unit>, Diagnostic> {
    let path: Arc<str> = Arc::from(file);
    strict_json(file, text, "Terraform plan")?;
    let root = yaml::parse(text).map_err(|e| {
        Diagnostic::error(
            file,
            Some(Location::new(path.clone(), e.line, e.col)),
            format!("cannot parse Terraform plan: {}", e.message),
        )
        .l10n("diag-tf-plan-parse", &[("error", &e.message)])
    })?;
    if root.get("format_version").is_none()
        || (root.get("planned_values").is_none() && root.get("resource_changes").is_none())
    {
        return Ok(None);
    }
    let mut changes: HashMap<String, &Raw> = HashMap::new();
    for c in root.get("resource_changes").map(items).unwrap_or_default() {
        if let (Some(a), Some(ch)) = (c.get("address").and_then(Raw::as_str), c.get("change")) {
            changes.insert(a.to_string(), ch);
        }
    }
    let mut config: HashMap<String, &Raw> = HashMap::new();
    if let Some(m) = root.get("configuration").and_then(|c| c.get("root_module")) {
        collect_config(m, "", &mut config);
    }
    let mut planned: Vec<(String, &Raw, String)> = Vec::new();
    match root
        .get("planned_values")
        .and_then(|p| p.get("root_module"))
    {
        Some(m) => collect_planned(m, &mut planned),
        None => {
            // Only resource_changes: take what each change leaves after apply.
            for c in root.get("resource_changes").map(items).unwrap_or_default() {
                let deleted = c
                    .get("change")
                    .and_then(|ch| ch.get("actions"))
                    .is_some_and(|a| items(a).iter().all(|x| x.as_str() == Some("delete")));
                if c.get("mode").and_then(Raw::as_str) == Some("managed") && !deleted {
                    let module = c.get("module_address").and_then(Raw::as_str).unwrap_or("");
                    let module = if module.is_empty() {
                        String::new()
                    } else {
                        format!("{module}.")
                    };
                    if let Some(a) = c.get("address").and_then(Raw::as_str) {
                        planned.push((a.to_string(), c, module));
                    }
                }
            }
        }
    }
    let mut values: HashMap<String, Node> = HashMap::new();
    let mut raws = Vec::new();
    for (address, r, module) in &planned {
        let ty = r
            .get("type")
            .and_then(Raw::as_str)
            .unwrap_or_default()
            .to_string();
        let change = changes.get(address.as_str());
        let after = r
            .get("values")
            .or_else(|| r.get("change").and_then(|c| c.get("after")));
        let mut attrs = after.map_or_else(
            || Node::new(Value::Map(Vec::new()), None),
            |v| to_node(v, &path),
        );
        // Values the configuration does not write but the provider computes (a bucket's
        // `arn`, the v3 inline blocks of a v4 bucket) are not declared: left out. Without
        // a configuration section every value known only after apply is unknown.
        let written = if config.is_empty() {
            None
        } else {
            Some(config.get(&strip_indexes(address)).copied())
        };
        if let Some(mask) = change.and_then(|c| c.get("after_unknown")) {
            let unknown = |n: &str| Value::Unknown(format!("{AFTER_APPLY} ({n})"));
            overlay(&mut attrs, mask, &unknown, "", written);
        }
        for mask in [
            r.get("sensitive_values"),
            change.and_then(|c| c.get("after_sensitive")),
        ]
        .into_iter()
        .flatten()
        {
            overlay(&mut attrs, mask, &|_| Value::Secret, "", None);
        }
        values.insert(address.clone(), attrs.clone());
        let default_tags = attrs
            .entries()
            .iter()
            .find(|(k, _)| k == "tags_all")
            .map(|(_, v)| v.clone());
        raws.push(RawResource {
            address: address.clone(),
            module: module.clone(),
            ty,
            attrs,
            location: Location::new(path.clone(), r.line, r.col),
            default_tags,
            uncertain: None,
        });
    }
    for raw in &mut raws {
        let key = strip_indexes(&raw.address);
        if let Some(expr) = config.get(&key) {
            let module = raw.module.clone();
            link(&mut raw.attrs, expr, &module, &values);
        }
    }
    let (resources, diagnostics) = crate::map::adapt(raws);
    Ok(Some(Unit {
        resources,
        diagnostics,
        gaps: Vec::new(),
    }))
}

fn items(r: &Raw) -> Vec<&Raw> {
    match &r.kind {
        RawKind::Seq(s) => s.iter().collect(),
        _ => Vec::new(),
    }
}

fn collect_planned<'r>(m: &'r Raw, out: &mut Vec<(String, &'r Raw, String)>) {
    let module = m
        .get("address")
        .and_then(Raw::as_str)
        .map_or_else(String::new, |a| format!("{a}."));
    for r in m.get("resources").map(items).unwrap_or_default() {
        if r.get("mode").and_then(Raw::as_str) != Some("managed") {
            continue;
        }
        if let Some(a) = r.get("address").and_then(Raw::as_str) {
            out.push((a.to_string(), r, module.clone()));
        }
    }
    for c in m.get("child_modules").map(items).unwrap_or_default() {
        collect_planned(c, out);
    }
}

fn collect_config<'r>(m: &'r Raw, prefix: &str, out: &mut HashMap<String, &'r Raw>) {
    for r in m.get("resources").map(items).unwrap_or_default() {
        if let (Some(a), Some(e)) = (r.get("address").and_then(Raw::as_str), r.get("expressions")) {
            out.insert(format!("{prefix}{a}"), e);
        }
    }
    for (k, call) in m.get("module_calls").map(Raw::entries).unwrap_or_default() {
        if let Some(child) = call.get("module") {
            collect_config(child, &format!("{prefix}module.{}.", k.name), out);
        }
    }
}

/// `module.a["x"].aws_s3_bucket.b[0]` → `module.a.aws_s3_bucket.b`.
pub fn strip_indexes(address: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    let mut quoted = false;
    for c in address.chars() {
        match c {
            '"' if depth > 0 => quoted = !quoted,
            '[' if !quoted => depth += 1,
            ']' if !quoted => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A located JSON value as a model value.
pub fn to_node(r: &Raw, file: &Arc<str>) -> Node {
    let v = match &r.kind {
        RawKind::Null => Value::Null,
        RawKind::Bool(b) => Value::Bool(*b),
        RawKind::Int(i) => Value::Int(*i),
        RawKind::Float(f) => Value::Float(*f),
        RawKind::Str(s) => Value::Str(s.clone()),
        RawKind::Seq(s) => Value::List(s.iter().map(|x| to_node(x, file)).collect()),
        RawKind::Map(e) => Value::Map(
            e.iter()
                .map(|(k, v)| (k.name.clone(), to_node(v, file)))
                .collect(),
        ),
    };
    Node::new(v, Some(Location::new(file.clone(), r.line, r.col)))
}

/// Marks the parts of `n` where `mask` is `true` (after_unknown, sensitive values).
/// `written`, when given, is the configuration's expressions at the same level
/// (`Some(None)`: the resource writes nothing there): parts it does not write are
/// computed by the provider and left alone.
fn overlay(
    n: &mut Node,
    mask: &Raw,
    value: &dyn Fn(&str) -> Value,
    path: &str,
    written: Option<Option<&Raw>>,
) {
    let is_leaf = |e: &Raw| e.get("references").is_some() || e.get("constant_value").is_some();
    match &mask.kind {
        RawKind::Bool(true) => {
            if matches!(n.value, Value::Null) && value(path) == Value::Secret {
                return;
            }
            n.value = value(if path.is_empty() {
                "the whole value"
            } else {
                path
            });
        }
        RawKind::Map(entries) => {
            for (k, m) in entries {
                let p = if path.is_empty() {
                    k.name.clone()
                } else {
                    format!("{path}.{}", k.name)
                };
                let below = match written {
                    None => None,
                    Some(w) => match w.and_then(|w| w.get(&k.name)) {
                        None => continue,
                        Some(e) if is_leaf(e) => None,
                        Some(e) => Some(Some(e)),
                    },
                };
                if let Value::Map(e) = &mut n.value {
                    match e.iter_mut().find(|(x, _)| *x == k.name) {
                        Some((_, child)) => overlay(child, m, value, &p, below),
                        None if matches!(m.kind, RawKind::Bool(true))
                            && value(&p) != Value::Secret =>
                        {
                            e.push((k.name.clone(), Node::new(value(&p), n.location.clone())));
                        }
                        None => {}
                    }
                }
            }
        }
        RawKind::Seq(s) => {
            if let Value::List(items) = &mut n.value {
                for (i, (child, m)) in items.iter_mut().zip(s).enumerate() {
                    let below = written.map(|w| w.and_then(|w| self::items(w).get(i).copied()));
                    overlay(child, m, value, &format!("{path}.{i}"), below);
                }
            }
        }
        _ => {}
    }
}

/// Turns attribute values that come from another resource (per the configuration's
/// `references`) back into references: unknown values, and known values equal to the
/// referenced attribute.
fn link(n: &mut Node, expr: &Raw, module: &str, values: &HashMap<String, Node>) {
    match &expr.kind {
        RawKind::Map(entries)
            if expr.get("references").is_some() || expr.get("constant_value").is_some() =>
        {
            let Some(refs) = expr.get("references") else {
                return;
            };
            for r in items(refs) {
                let Some(r) = r.as_str() else { continue };
                if let Some(v) = reference(r, module, n, values) {
                    n.value = v;
                    return;
                }
            }
            let _ = entries;
        }
        RawKind::Map(entries) => {
            for (k, e) in entries {
                if let Value::Map(m) = &mut n.value
                    && let Some((_, child)) = m.iter_mut().find(|(x, _)| *x == k.name)
                {
                    link(child, e, module, values);
                }
            }
        }
        RawKind::Seq(s) => {
            if let Value::List(items) = &mut n.value {
                for (child, e) in items.iter_mut().zip(s) {
                    link(child, e, module, values);
                }
            }
        }
        _ => {}
    }
}

fn reference(r: &str, module: &str, n: &Node, values: &HashMap<String, Node>) -> Option<Value> {
    let first = r.split(['.', '[']).next()?;
    if matches!(
        first,
        "var" | "local" | "count" | "each" | "path" | "terraform" | "self" | "module"
    ) {
        return None;
    }
    let (head, rest) = if first == "data" {
        let mut parts = r.splitn(4, '.');
        let (d, t, name) = (parts.next()?, parts.next()?, parts.next()?);
        (format!("{d}.{t}.{name}"), parts.next().unwrap_or(""))
    } else {
        let mut parts = r.splitn(3, '.');
        let (t, name) = (parts.next()?, parts.next()?);
        (format!("{t}.{name}"), parts.next().unwrap_or(""))
    };
    let attr = rest.split(['.', '[']).next().filter(|a| !a.is_empty());
    let target = format!("{module}{head}");
    let reference = Value::Ref {
        target: target.clone(),
        attribute: attr.and_then(ref_attribute),
    };
    if matches!(n.value, Value::Unknown(_)) {
        return Some(reference);
    }
    if matches!(n.value, Value::Str(_)) {
        let attr = attr?;
        let referenced = values
            .get(&target)?
            .entries()
            .iter()
            .find(|(k, _)| k == attr)?
            .1
            .clone();
        if crate::eval::same(&referenced, n) {
            return Some(reference);
        }
    }
    None
}

/// A `terraform.tfvars.json` file as (name, value) pairs.
pub fn tfvars_json(file: &SourceFile) -> Result<Vec<(String, Node)>, Diagnostic> {
    let root = yaml::parse(&file.text).map_err(|e| {
        Diagnostic::error(
            &file.path,
            Some(Location::new(file.path.clone(), e.line, e.col)),
            format!("cannot parse variable file: {}", e.message),
        )
        .l10n("diag-tf-vars-parse", &[("error", &e.message)])
    })?;
    Ok(root
        .entries()
        .iter()
        .map(|(k, v)| (k.name.clone(), to_node(v, &file.path)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_are_stripped_for_configuration_lookup() {
        assert_eq!(
            strip_indexes("module.a[\"x.y\"].aws_s3_bucket.b[0]"),
            "module.a.aws_s3_bucket.b"
        );
    }
}
