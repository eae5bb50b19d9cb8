//! CloudFormation YAML and JSON edited by position. The loader gives every key and value
//! its line and column; a new key is written before its mapping's first key with that
//! key's indentation, a new sequence item before the first item, a changed scalar over
//! the old one. Every other byte (comments, quoting, key order, short-form tags) stays.

use crate::Why;
use crate::text::{Edit, Lines};
use phiguard_cloudformation::yaml::{Raw, RawKind, parse};
use serde_json::Value;

/// A change a rule's fix asks for, by resource logical id.
#[derive(Clone, Debug)]
pub enum Op {
    /// Merge `value` at `path` (from the resource's root, e.g. `Properties.X`): missing keys
    /// are added, differing scalars replaced, mappings merged key by key. A `*` segment
    /// means every item of a sequence.
    Set {
        /// Resource logical id.
        id: String,
        /// Keys from the resource's root.
        path: Vec<String>,
        /// The value to merge.
        value: Value,
    },
    /// Add `item` to the sequence at `path` (which must exist).
    Append {
        /// Resource logical id.
        id: String,
        /// Keys from the resource's root.
        path: Vec<String>,
        /// The new item.
        item: Value,
    },
    /// Add a resource, written just before resource `before`.
    AddResource {
        /// The new logical id.
        id: String,
        /// The resource written next to it.
        before: String,
        /// `Type`, `Properties`...
        value: Value,
    },
    /// Merge `value` at `key` of the existing template parameter `name`.
    SetParam {
        /// Parameter name.
        name: String,
        /// Its key (`Default`).
        key: String,
        /// The value to merge.
        value: Value,
    },
    /// Add a template parameter unless one of that name exists.
    AddParam {
        /// Parameter name.
        name: String,
        /// `Type`, `Description`...
        value: Value,
    },
}

/// Keys a path is written with.
pub fn path(p: &str) -> Vec<String> {
    p.split('.').map(str::to_string).collect()
}

/// A parsed template and what editing it needs.
pub struct Doc<'t> {
    /// The located tree.
    pub root: Raw,
    lines: Lines<'t>,
    json: bool,
    /// Indentation step of the file.
    step: usize,
}

impl<'t> Doc<'t> {
    /// Parses `text` (YAML or JSON); the error is the parser's, `line:col: message`.
    pub fn parse(text: &'t str) -> Result<Self, String> {
        let root = parse(text).map_err(|e| format!("{}:{}: {}", e.line, e.col, e.message))?;
        let json = text.trim_start().starts_with('{');
        let step = match root.entry("Resources") {
            Some((k, v)) => v
                .entries()
                .first()
                .map(|(c, _)| c.col.saturating_sub(k.col) as usize)
                .filter(|s| (1..=8).contains(s))
                .unwrap_or(2),
            None => 2,
        };
        Ok(Self {
            root,
            lines: Lines::new(text),
            json,
            step,
        })
    }

    /// The resource `id`.
    pub fn resource(&self, id: &str) -> Option<&Raw> {
        self.root.get("Resources")?.get(id)
    }

    /// Resources as (logical id, type, node).
    pub fn resources(&self) -> impl Iterator<Item = (&str, &str, &Raw)> {
        self.root
            .get("Resources")
            .map(Raw::entries)
            .unwrap_or_default()
            .iter()
            .map(|(k, v)| {
                let ty = v.get("Type").and_then(Raw::as_str).unwrap_or("");
                (k.name.as_str(), ty, v)
            })
    }

    /// Edits for one op; `Err` says why it cannot be applied to this template.
    pub fn edits(&self, op: &Op, out: &mut Vec<Edit>) -> Result<(), Why> {
        match op {
            Op::Set { id, path, value } => {
                let r = self
                    .resource(id)
                    .ok_or_else(|| Why::with("fix-skip-no-resource", &[("resource", id)]))?;
                self.set(r, path, value, out)
            }
            Op::Append { id, path, item } => {
                let r = self
                    .resource(id)
                    .ok_or_else(|| Why::with("fix-skip-no-resource", &[("resource", id)]))?;
                let mut node = r;
                for k in path {
                    node = node.get(k).ok_or_else(|| {
                        Why::with(
                            "fix-skip-no-path",
                            &[("resource", id), ("path", &path.join("."))],
                        )
                    })?;
                }
                self.append(node, item, out)
            }
            Op::AddResource { id, before, value } => {
                let res = self.root.get("Resources").ok_or("fix-skip-no-resources")?;
                if res.get(id).is_some() {
                    return Ok(());
                }
                let (k, _) = res
                    .entries()
                    .iter()
                    .find(|(k, _)| &k.name == before)
                    .ok_or_else(|| Why::with("fix-skip-no-resource", &[("resource", before)]))?;
                self.insert_at_key(k.line, k.col, id, value, out)
            }
            Op::SetParam { name, key, value } => {
                let p = self
                    .root
                    .get("Parameters")
                    .and_then(|ps| ps.get(name))
                    .ok_or_else(|| Why::with("fix-skip-no-parameter", &[("name", name)]))?;
                self.set(p, std::slice::from_ref(key), value, out)
            }
            Op::AddParam { name, value } => self.add_params(&[(name.as_str(), value)], out),
        }
    }

    /// Adds the template parameters not declared yet, in one new `Parameters` section
    /// when the template has none.
    pub fn add_params(&self, params: &[(&str, &Value)], out: &mut Vec<Edit>) -> Result<(), Why> {
        match self.root.entry("Parameters") {
            Some((_, p)) => {
                for (name, value) in params {
                    if p.get(name).is_none() {
                        self.insert_key(p, name, value, out)?;
                    }
                }
                Ok(())
            }
            None if params.is_empty() => Ok(()),
            None => {
                let (k, _) = self
                    .root
                    .entry("Resources")
                    .ok_or("fix-skip-no-resources")?;
                let mut map = serde_json::Map::new();
                for (name, value) in params {
                    map.insert(name.to_string(), (*value).clone());
                }
                self.insert_at_key(k.line, k.col, "Parameters", &Value::Object(map), out)
            }
        }
    }

    fn set(
        &self,
        node: &Raw,
        path: &[String],
        value: &Value,
        out: &mut Vec<Edit>,
    ) -> Result<(), Why> {
        let Some((first, rest)) = path.split_first() else {
            return self.merge(node, value, out);
        };
        if let (Ok(i), RawKind::Seq(items)) = (first.parse::<usize>(), &node.kind) {
            let item = items.get(i).ok_or("fix-skip-no-list-item")?;
            return self.set(item, rest, value, out);
        }
        if first == "*" {
            let RawKind::Seq(items) = &node.kind else {
                return Err("fix-skip-expected-list".into());
            };
            for item in items {
                self.set(item, rest, value, out)?;
            }
            return Ok(());
        }
        if !matches!(node.kind, RawKind::Map(_)) || is_intrinsic(node) {
            return Err(Why::with("fix-skip-not-a-mapping", &[("key", first)]));
        }
        match node.get(first) {
            Some(v) => self.set(v, rest, value, out),
            None => self.insert_key(node, first, &nest(rest, value), out),
        }
    }

    fn merge(&self, existing: &Raw, value: &Value, out: &mut Vec<Edit>) -> Result<(), Why> {
        match (value, &existing.kind) {
            (Value::Object(m), RawKind::Map(_))
                if !is_intrinsic(existing) && !is_intrinsic_value(value) =>
            {
                for (k, v) in m {
                    self.set(existing, std::slice::from_ref(k), v, out)?;
                }
                Ok(())
            }
            (Value::Object(_), RawKind::Map(_))
                if is_intrinsic(existing) && is_intrinsic_value(value) =>
            {
                if to_json(existing).as_ref() == Some(value) {
                    return Ok(());
                }
                self.replace_intrinsic(existing, value, out)
            }
            (
                Value::Object(_),
                RawKind::Null
                | RawKind::Bool(_)
                | RawKind::Int(_)
                | RawKind::Float(_)
                | RawKind::Str(_),
            ) if is_intrinsic_value(value) => self.replace_scalar(existing, value, out),
            (Value::Object(_) | Value::Array(_), _) => Err("fix-skip-value-shape".into()),
            (_, RawKind::Map(_) | RawKind::Seq(_)) => Err("fix-skip-value-expression".into()),
            _ if same_scalar(existing, value) => Ok(()),
            _ => self.replace_scalar(existing, value, out),
        }
    }

    fn offset(&self, line: u32, col: u32) -> Result<usize, Why> {
        self.lines
            .offset(line, col)
            .ok_or_else(|| Why::from("fix-skip-position-outside"))
    }

    fn insert_key(
        &self,
        map: &Raw,
        key: &str,
        value: &Value,
        out: &mut Vec<Edit>,
    ) -> Result<(), Why> {
        match map.entries().first() {
            Some((k, _)) => self.insert_at_key(k.line, k.col, key, value, out),
            None => self.fill_empty(map, key, value, out),
        }
    }

    /// Inserts `key: value` just before the existing key at `line`:`col`.
    fn insert_at_key(
        &self,
        line: u32,
        col: u32,
        key: &str,
        value: &Value,
        out: &mut Vec<Edit>,
    ) -> Result<(), Why> {
        let at = self.offset(line, col)?;
        let text = self.lines.text();
        let start = self.lines.line_start(at);
        let prefix = &text[start..at];
        let blank = prefix.chars().all(|c| c == ' ');
        let indent = prefix.chars().count();
        if self.json {
            let body = if blank {
                json_value(value, self.step, indent)
            } else {
                json_value(value, 0, 0)
            };
            let key = serde_json::to_string(key).unwrap_or_default();
            let sep = if blank {
                format!("\n{prefix}")
            } else {
                " ".into()
            };
            out.push(Edit::insert(at, format!("{key}: {body},{sep}")));
            return Ok(());
        }
        let before = prefix.trim_end_matches(' ');
        if blank {
            let at = self.above_comments(start, indent);
            let mut s = String::new();
            yaml_entry(&mut s, indent, key, value, self.step);
            out.push(Edit::insert(at, s));
        } else if before.ends_with('-') {
            let mut s = String::new();
            yaml_entry(&mut s, indent, key, value, self.step);
            s.push_str(&" ".repeat(indent));
            out.push(Edit::insert(at, s.trim_start_matches(' ').to_string()));
        } else if before.ends_with('{') || before.ends_with(',') {
            out.push(Edit::insert(
                at,
                format!(
                    "{}: {}, ",
                    yaml_key(key),
                    json_value(value, 0, 0).replace('\n', " ")
                ),
            ));
        } else {
            return Err("fix-skip-key-layout".into());
        }
        Ok(())
    }

    /// Writes `{}` as `{key: value}` (flow style, valid in YAML and JSON).
    fn fill_empty(
        &self,
        map: &Raw,
        key: &str,
        value: &Value,
        out: &mut Vec<Edit>,
    ) -> Result<(), Why> {
        let start = self.offset(map.line, map.col)?;
        let rest = &self.lines.text()[start..];
        let inner = rest.strip_prefix('{').ok_or("fix-skip-empty-mapping")?;
        let close = inner
            .find(|c: char| c != ' ')
            .filter(|&i| inner[i..].starts_with('}'))
            .ok_or("fix-skip-empty-mapping")?;
        let key = if self.json {
            serde_json::to_string(key).unwrap_or_default()
        } else {
            yaml_key(key)
        };
        out.push(Edit {
            start,
            end: start + close + 2,
            text: format!("{{{key}: {}}}", json_value(value, 0, 0)),
        });
        Ok(())
    }

    /// The start of the comment lines (at `indent` or deeper) right above the line at `start`.
    fn above_comments(&self, mut start: usize, indent: usize) -> usize {
        let text = self.lines.text();
        while let Some(prev) = self.lines.previous_line(start) {
            let line = &text[prev..start];
            let t = line.trim_start_matches(' ');
            if t.starts_with('#') && line.len() - t.len() >= indent {
                start = prev;
            } else {
                break;
            }
        }
        start
    }

    fn append(&self, seq: &Raw, item: &Value, out: &mut Vec<Edit>) -> Result<(), Why> {
        let RawKind::Seq(items) = &seq.kind else {
            return Err("fix-skip-expected-list".into());
        };
        let first = items.first().ok_or("fix-skip-empty-list")?;
        let at = self.offset(first.line, first.col)?;
        let text = self.lines.text();
        let start = self.lines.line_start(at);
        let prefix = &text[start..at];
        let blank = prefix.chars().all(|c| c == ' ');
        if self.json {
            let indent = if blank { prefix.len() } else { 0 };
            let sep = if blank {
                format!("\n{prefix}")
            } else {
                " ".into()
            };
            out.push(Edit::insert(
                at,
                format!("{},{sep}", json_value(item, self.step, indent)),
            ));
            return Ok(());
        }
        let before = prefix.trim_end_matches(' ');
        if let Some(dash) = before
            .strip_suffix('-')
            .filter(|d| d.chars().all(|c| c == ' '))
        {
            let indent = dash.len();
            let mut s = String::new();
            yaml_item(&mut s, indent, item, self.step);
            out.push(Edit::insert(self.above_comments(start, indent), s));
            Ok(())
        } else if before.ends_with('[') || before.ends_with(',') {
            out.push(Edit::insert(
                at,
                format!("{}, ", json_value(item, 0, 0).replace('\n', " ")),
            ));
            Ok(())
        } else {
            Err("fix-skip-list-layout".into())
        }
    }

    /// Replaces a one-line `!Ref X` or `{"Ref": "X"}` / `{Ref: X}` with another expression.
    fn replace_intrinsic(&self, node: &Raw, value: &Value, out: &mut Vec<Edit>) -> Result<(), Why> {
        // `Ref: X` / `{"Ref": "X"}` on any number of lines: only the name changes.
        if let (Some(inner), Some(Value::String(to))) = (node.get("Ref"), value.get("Ref"))
            && let Some(name) = inner.as_str()
            && let Ok(at) = self.offset(inner.line, inner.col)
            && [name.to_string(), format!("\"{name}\""), format!("'{name}'")]
                .iter()
                .any(|n| self.lines.text()[at..].starts_with(n.as_str()))
        {
            return self.replace_scalar(inner, &Value::String(to.clone()), out);
        }
        let start = self.offset(node.line, node.col)?;
        let rest = &self.lines.text()[start..];
        let line = &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())];
        let len = if let Some(r) = line.strip_prefix("!Ref ") {
            let name = r.trim_start();
            let n = name
                .find(|c: char| c.is_whitespace() || ",]}".contains(c))
                .unwrap_or(name.len());
            line.len() - r.len() + (r.len() - name.len()) + n
        } else if line.starts_with('{') && node.get("Ref").is_some() {
            line.find('}').ok_or("fix-skip-expression-not-replaced")? + 1
        } else {
            return Err("fix-skip-expression-not-replaced".into());
        };
        let new = if self.json {
            json_value(value, 0, 0)
        } else {
            yaml_scalar(value)
        };
        out.push(Edit {
            start,
            end: start + len,
            text: new,
        });
        Ok(())
    }

    fn replace_scalar(&self, node: &Raw, value: &Value, out: &mut Vec<Edit>) -> Result<(), Why> {
        let start = self.offset(node.line, node.col)?;
        let text = self.lines.text();
        let rest = &text[start..];
        let len = match rest.as_bytes().first() {
            Some(b'"') => quoted_len(rest, b'"', true),
            Some(b'\'') if !self.json => quoted_len(rest, b'\'', false),
            Some(b'!' | b'&' | b'*' | b'|' | b'>') => None,
            Some(_) if self.json => rest.find([',', '}', ']', ' ', '\t', '\r', '\n']),
            Some(_) => {
                let line = rest.find(['\n', '\r']).unwrap_or(rest.len());
                let cut = [rest[..line].find(" #"), rest[..line].find([',', '}', ']'])]
                    .into_iter()
                    .flatten()
                    .min()
                    .unwrap_or(line);
                Some(rest[..cut].trim_end().len())
            }
            None => None,
        }
        .ok_or("fix-skip-value-form")?;
        let new = if self.json {
            json_value(value, 0, 0)
        } else {
            yaml_scalar(value)
        };
        out.push(Edit {
            start,
            end: start + len,
            text: new,
        });
        Ok(())
    }
}

fn quoted_len(s: &str, q: u8, backslash: bool) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 1;
    while i < b.len() {
        if backslash && b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q {
            if !backslash && b.get(i + 1) == Some(&q) {
                i += 2;
                continue;
            }
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// `{Ref: X}`, `{Fn::...: ...}`: an expression, not a mapping to merge into.
pub fn is_intrinsic(r: &Raw) -> bool {
    match r.entries() {
        [(k, _)] => k.name == "Ref" || k.name.starts_with("Fn::") || k.name == "Condition",
        _ => false,
    }
}

fn is_intrinsic_value(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|m| m.len() == 1 && m.keys().all(|k| k == "Ref" || k.starts_with("Fn::")))
}

/// A `{Ref: X}` as JSON.
fn to_json(r: &Raw) -> Option<Value> {
    let name = r.get("Ref")?.as_str()?;
    Some(serde_json::json!({"Ref": name}))
}

fn same_scalar(r: &Raw, v: &Value) -> bool {
    match (&r.kind, v) {
        (RawKind::Bool(a), Value::Bool(b)) => a == b,
        (RawKind::Int(a), Value::Number(b)) => b.as_i64() == Some(*a),
        (RawKind::Str(a), Value::String(b)) => a == b,
        _ => false,
    }
}

/// `value` under `path` as nested mappings.
fn nest(path: &[String], value: &Value) -> Value {
    path.iter().rev().fold(value.clone(), |v, k| {
        let mut m = serde_json::Map::new();
        m.insert(k.clone(), v);
        Value::Object(m)
    })
}

/// JSON with `step` spaces per level, lines after the first indented by `base`; short
/// collections stay on one line. `step == 0`: all on one line.
pub fn json_value(v: &Value, step: usize, base: usize) -> String {
    let flat = json_flat(v);
    if step == 0 || flat.len() <= 60 || !matches!(v, Value::Object(_) | Value::Array(_)) {
        return flat;
    }
    let pad = " ".repeat(base + step);
    let items: Vec<String> = match v {
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| {
                format!(
                    "{pad}{}: {}",
                    Value::from(k.as_str()),
                    json_value(v, step, base + step)
                )
            })
            .collect(),
        Value::Array(a) => a
            .iter()
            .map(|v| format!("{pad}{}", json_value(v, step, base + step)))
            .collect(),
        _ => unreachable!(),
    };
    let (open, close) = if v.is_object() {
        ('{', '}')
    } else {
        ('[', ']')
    };
    format!("{open}\n{}\n{}{close}", items.join(",\n"), " ".repeat(base))
}

/// JSON on one line with a space after `:` and `,`.
fn json_flat(v: &Value) -> String {
    match v {
        Value::Object(m) => {
            let items: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), json_flat(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Value::Array(a) => format!(
            "[{}]",
            a.iter().map(json_flat).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

/// The short form of an intrinsic function, if it has a simple one.
fn short_tag(v: &Value) -> Option<String> {
    let m = v.as_object().filter(|m| m.len() == 1)?;
    let (k, a) = m.iter().next()?;
    match (k.as_str(), a) {
        ("Ref", Value::String(s)) => Some(format!("!Ref {s}")),
        ("Fn::GetAtt", Value::Array(p)) if p.len() == 2 => {
            Some(format!("!GetAtt {}.{}", p[0].as_str()?, p[1].as_str()?))
        }
        ("Fn::Sub", Value::String(s)) => Some(format!("!Sub {}", quote(s))),
        _ => None,
    }
}

fn yaml_key(k: &str) -> String {
    if plain_ok(k) { k.to_string() } else { quote(k) }
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Whether `s` reads back as the same string when written plain.
fn plain_ok(s: &str) -> bool {
    let reserved = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~" | ""
    );
    !reserved
        && s.parse::<f64>().is_err()
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./:-".contains(c))
        && !s.contains(": ")
        && !s.ends_with(':')
}

fn yaml_scalar(v: &Value) -> String {
    match v {
        Value::String(s) if plain_ok(s) => s.clone(),
        Value::String(s) => quote(s),
        Value::Null => "null".into(),
        other => short_tag(other).unwrap_or_else(|| other.to_string()),
    }
}

/// `key: value` as block YAML lines at `indent`.
fn yaml_entry(out: &mut String, indent: usize, key: &str, v: &Value, step: usize) {
    let pad = " ".repeat(indent);
    let key = yaml_key(key);
    match v {
        Value::Object(m) if !m.is_empty() && short_tag(v).is_none() => {
            out.push_str(&format!("{pad}{key}:\n"));
            for (k, v) in m {
                yaml_entry(out, indent + step, k, v, step);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            out.push_str(&format!("{pad}{key}:\n"));
            for item in a {
                yaml_item(out, indent + step, item, step);
            }
        }
        _ => out.push_str(&format!("{pad}{key}: {}\n", yaml_scalar(v))),
    }
}

/// `- item` as block YAML lines with the dash at `indent`.
fn yaml_item(out: &mut String, indent: usize, v: &Value, step: usize) {
    let pad = " ".repeat(indent);
    match v {
        Value::Object(m) if !m.is_empty() && short_tag(v).is_none() => {
            let mut body = String::new();
            for (k, v) in m {
                yaml_entry(&mut body, indent + 2, k, v, step);
            }
            out.push_str(&format!("{pad}- {}", &body[indent + 2..]));
        }
        _ => out.push_str(&format!("{pad}- {}\n", yaml_scalar(v))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(text: &str, op: Op) -> String {
        let doc = Doc::parse(text).unwrap();
        let mut e = Vec::new();
        doc.edits(&op, &mut e).unwrap();
        crate::text::apply(text, &e)
    }

    #[test]
    fn a_new_property_takes_its_siblings_indentation_and_keeps_comments() {
        let t = "Resources:\n   B:\n      Type: AWS::S3::Bucket\n      Properties:\n         # the name\n         BucketName: !Sub '${AWS::StackName}-x'\n";
        let out = run(
            t,
            Op::Set {
                id: "B".into(),
                path: path("Properties.VersioningConfiguration"),
                value: json!({"Status": "Enabled"}),
            },
        );
        assert_eq!(
            out,
            "Resources:\n   B:\n      Type: AWS::S3::Bucket\n      Properties:\n         VersioningConfiguration:\n            Status: Enabled\n         # the name\n         BucketName: !Sub '${AWS::StackName}-x'\n"
        );
    }

    #[test]
    fn a_scalar_is_replaced_in_place_keeping_its_comment() {
        let t = "Resources:\n  D:\n    Type: AWS::RDS::DBInstance\n    Properties: {StorageEncrypted: 'false', Engine: mysql}\n  T:\n    Type: X\n    Properties:\n      IsLogging: \"false\" # off\n";
        let out = run(
            t,
            Op::Set {
                id: "D".into(),
                path: path("Properties.StorageEncrypted"),
                value: json!(true),
            },
        );
        assert!(
            out.contains("{StorageEncrypted: true, Engine: mysql}"),
            "{out}"
        );
        let out = run(
            t,
            Op::Set {
                id: "T".into(),
                path: path("Properties.IsLogging"),
                value: json!(true),
            },
        );
        assert!(out.contains("IsLogging: true # off\n"), "{out}");
    }

    #[test]
    fn json_keys_and_items_match_the_files_indentation() {
        let t = "{\n    \"Resources\": {\n        \"Q\": {\n            \"Type\": \"AWS::SQS::Queue\",\n            \"Properties\": {\"X\": [1]}\n        }\n    }\n}\n";
        let out = run(
            t,
            Op::Set {
                id: "Q".into(),
                path: path("Properties.SqsManagedSseEnabled"),
                value: json!(true),
            },
        );
        assert!(
            out.contains("{\"SqsManagedSseEnabled\": true, \"X\": [1]}"),
            "{out}"
        );
        let out = run(
            t,
            Op::AddParam {
                name: "KeyArn".into(),
                value: json!({"Type": "String"}),
            },
        );
        assert!(
            out.contains(
                "    \"Parameters\": {\"KeyArn\": {\"Type\": \"String\"}},\n    \"Resources\""
            ),
            "{out}"
        );
        serde_json::from_str::<Value>(&out).unwrap();
    }

    #[test]
    fn an_empty_flow_mapping_is_filled() {
        let t = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: {}\n";
        let out = run(
            t,
            Op::Set {
                id: "T".into(),
                path: path("Properties.KmsMasterKeyId"),
                value: json!("alias/aws/sns"),
            },
        );
        assert_eq!(
            out,
            "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: {KmsMasterKeyId: \"alias/aws/sns\"}\n"
        );
    }

    #[test]
    fn a_statement_goes_before_the_first_item_of_a_block_list() {
        let t = "Resources:\n  P:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n        - Effect: Allow\n          Action: s3:GetObject\n";
        let out = run(
            t,
            Op::Append {
                id: "P".into(),
                path: path("Properties.PolicyDocument.Statement"),
                item: json!({"Effect": "Deny", "Principal": "*", "Resource": [{"Fn::GetAtt": ["B", "Arn"]}]}),
            },
        );
        assert!(out.contains("        Statement:\n        - Effect: Deny\n          Principal: '*'\n          Resource:\n            - !GetAtt B.Arn\n        - Effect: Allow\n"), "{out}");
    }

    #[test]
    fn a_ref_is_renamed_in_every_form_it_is_written() {
        let set = |t: &str| {
            run(
                t,
                Op::Set {
                    id: "G".into(),
                    path: path("Properties.CidrIp"),
                    value: json!({"Ref": "AllowedIngressCidr"}),
                },
            )
        };
        let short =
            "Resources:\n  G:\n    Type: X\n    Properties:\n      CidrIp: !Ref Admin # ssh\n";
        assert!(
            set(short).contains("      CidrIp: !Ref AllowedIngressCidr # ssh\n"),
            "{}",
            set(short)
        );
        let block =
            "Resources:\n  G:\n    Type: X\n    Properties:\n      CidrIp:\n        Ref: Admin\n";
        assert!(set(block).ends_with("      CidrIp:\n        Ref: AllowedIngressCidr\n"));
        let json = "{\"Resources\": {\"G\": {\"Type\": \"X\", \"Properties\": {\"CidrIp\": {\n  \"Ref\": \"Admin\"\n}}}}}";
        let out = set(json);
        assert!(
            out.contains("{\n  \"Ref\": \"AllowedIngressCidr\"\n}"),
            "{out}"
        );
        serde_json::from_str::<Value>(&out).unwrap();
    }

    #[test]
    fn a_parameters_default_is_replaced_and_new_parameters_share_one_section() {
        let t = "Parameters:\n  Hook:\n    Type: String\n    Default: http://x.example/h\nResources:\n  S:\n    Type: X\n";
        let out = run(
            t,
            Op::SetParam {
                name: "Hook".into(),
                key: "Default".into(),
                value: json!("https://x.example/h"),
            },
        );
        assert!(out.contains("    Default: https://x.example/h\n"), "{out}");
        let t = "Resources:\n  S:\n    Type: X\n";
        let doc = Doc::parse(t).unwrap();
        let mut e = Vec::new();
        let (a, b) = (json!({"Type": "String"}), json!({"Type": "Number"}));
        doc.add_params(&[("A", &a), ("B", &b)], &mut e).unwrap();
        assert_eq!(
            crate::text::apply(t, &e),
            "Parameters:\n  A:\n    Type: String\n  B:\n    Type: Number\nResources:\n  S:\n    Type: X\n"
        );
    }
}
