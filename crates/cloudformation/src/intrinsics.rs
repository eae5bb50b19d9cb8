//! Static evaluation of CloudFormation intrinsic functions and conditions.
//!
//! Whatever can be known before deployment is resolved (parameters with defaults or
//! overrides, mappings, conditions, pseudo parameters); references to resources become
//! [`Value::Ref`]; everything else becomes [`Value::Unknown`] with the reason.

use crate::yaml::{Raw, RawKind};
use phiguard_model::{Location, Node, Value};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// A template parameter as the resolver sees it.
#[derive(Clone, Debug)]
pub struct Param {
    /// The value to use (override, else default), if any.
    pub value: Option<Raw>,
    /// `NoEcho: true`: the value is a secret.
    pub no_echo: bool,
    /// The value is the template's literal `Default` (no override was given): a NoEcho
    /// parameter's value is then committed in the repository.
    pub from_default: bool,
    /// `CommaDelimitedList` or `List<...>`.
    pub is_list: bool,
    /// The declared type.
    pub type_name: String,
}

const MAX_DEPTH: u32 = 64;

/// Resolves template values against parameters, mappings, conditions and resource names.
pub struct Resolver<'t> {
    pub(crate) file: Arc<str>,
    pub(crate) params: HashMap<String, Param>,
    pub(crate) mappings: Option<&'t Raw>,
    pub(crate) conditions: Option<&'t Raw>,
    pub(crate) resources: HashSet<String>,
    cond_cache: RefCell<HashMap<String, Option<bool>>>,
    cond_stack: RefCell<Vec<String>>,
    index: MapIndex<'t>,
    /// Extra names bound while expanding (`Fn::Sub` variables, `Fn::ForEach` identifiers).
    pub(crate) bindings: Vec<(String, Node)>,
}

/// Key lookups in template sections (`Mappings`, `Conditions`), hashed once per
/// mapping when it is large, so that many lookups stay linear in the template.
#[derive(Default)]
struct MapIndex<'t>(RefCell<HashMap<usize, HashMap<&'t str, &'t Raw>>>);

impl<'t> MapIndex<'t> {
    fn get(&self, map: &'t Raw, key: &str) -> Option<&'t Raw> {
        let entries = map.entries();
        if entries.len() < 16 {
            return map.get(key);
        }
        let mut cache = self.0.borrow_mut();
        let index = cache
            .entry(map as *const Raw as usize)
            .or_insert_with(|| entries.iter().map(|(k, v)| (k.name.as_str(), v)).collect());
        index.get(key).copied()
    }
}

fn unknown(reason: impl Into<String>, loc: Option<Location>) -> Node {
    Node::new(Value::Unknown(reason.into()), loc)
}

impl<'t> Resolver<'t> {
    /// A resolver over a template's sections.
    pub fn new(
        file: Arc<str>,
        params: HashMap<String, Param>,
        mappings: Option<&'t Raw>,
        conditions: Option<&'t Raw>,
        resources: HashSet<String>,
    ) -> Self {
        Self {
            file,
            params,
            mappings,
            conditions,
            resources,
            cond_cache: RefCell::default(),
            cond_stack: RefCell::default(),
            index: MapIndex::default(),
            bindings: Vec::new(),
        }
    }

    /// The location of a raw value in this template.
    pub fn loc(&self, raw: &Raw) -> Location {
        Location::new(self.file.clone(), raw.line, raw.col)
    }

    /// Resolves a value; `None` means `AWS::NoValue` (the property is removed).
    pub fn resolve(&self, raw: &Raw) -> Option<Node> {
        self.resolve_at(raw, 0)
    }

    fn resolve_at(&self, raw: &Raw, depth: u32) -> Option<Node> {
        let loc = Some(self.loc(raw));
        if depth > MAX_DEPTH {
            return Some(unknown("expression nested too deeply (cyclic?)", loc));
        }
        let value = match &raw.kind {
            RawKind::Null => Value::Null,
            RawKind::Bool(b) => Value::Bool(*b),
            RawKind::Int(i) => Value::Int(*i),
            RawKind::Float(f) => Value::Float(*f),
            RawKind::Str(s) => return Some(Node::new(dynamic_reference(s), loc)),
            RawKind::Seq(items) => Value::List(
                items
                    .iter()
                    .filter_map(|i| self.resolve_at(i, depth + 1))
                    .collect(),
            ),
            RawKind::Map(entries) => {
                if let [(k, arg)] = entries.as_slice()
                    && (k.name == "Ref" || k.name.starts_with("Fn::"))
                {
                    return self.intrinsic(&k.name, arg, raw, depth + 1);
                }
                let mut out = Vec::with_capacity(entries.len());
                for (k, v) in entries {
                    if let Some(mut n) = self.resolve_at(v, depth + 1) {
                        // Point a property at its key, which is where users look.
                        if !matches!(v.kind, RawKind::Map(_) | RawKind::Seq(_))
                            || n.location.is_some()
                        {
                            n.location = Some(Location::new(self.file.clone(), k.line, k.col));
                        }
                        out.push((k.name.clone(), n));
                    }
                }
                Value::Map(out)
            }
        };
        Some(Node::new(value, loc))
    }

    fn intrinsic(&self, name: &str, arg: &Raw, at: &Raw, depth: u32) -> Option<Node> {
        let loc = Some(self.loc(at));
        let node = |v: Value| Some(Node::new(v, loc.clone()));
        match name {
            "Ref" => {
                let Some(target) = arg.as_str() else {
                    return Some(unknown("Ref needs a name", loc));
                };
                self.reference(target, loc)
            }
            "Fn::GetAtt" => {
                let (target, attr) = match &arg.kind {
                    RawKind::Seq(v) if v.len() == 2 => {
                        let attr = self
                            .resolve_at(&v[1], depth)
                            .and_then(|n| n.as_str().map(String::from));
                        (v[0].as_str().map(String::from), attr)
                    }
                    RawKind::Str(s) => match s.split_once('.') {
                        Some((a, b)) => (Some(a.to_string()), Some(b.to_string())),
                        None => (None, None),
                    },
                    _ => (None, None),
                };
                match (target, attr) {
                    (Some(t), Some(a)) if self.resources.contains(&t) => node(Value::Ref {
                        target: t,
                        attribute: Some(a),
                    }),
                    (Some(t), _) => Some(unknown(
                        format!("Fn::GetAtt of '{t}', which is not a resource here"),
                        loc,
                    )),
                    _ => Some(unknown("malformed Fn::GetAtt", loc)),
                }
            }
            "Fn::Sub" => Some(self.sub(arg, loc, depth)),
            "Fn::Join" => Some(self.join(arg, loc, depth)),
            "Fn::Select" => {
                let RawKind::Seq(v) = &arg.kind else {
                    return Some(unknown("malformed Fn::Select", loc));
                };
                let (Some(i), Some(list)) = (v.first(), v.get(1)) else {
                    return Some(unknown("malformed Fn::Select", loc));
                };
                let idx = self.resolve_at(i, depth).and_then(|n| n.as_i64());
                let list = self.resolve_at(list, depth);
                match (idx, list) {
                    (Some(i), Some(l)) if matches!(l.value, Value::List(_)) => {
                        match l.items().get(i as usize) {
                            Some(n) => Some(n.clone()),
                            None => Some(unknown(
                                format!("Fn::Select index {i} is out of range"),
                                loc,
                            )),
                        }
                    }
                    (_, Some(l)) if l.is_unknown() => Some(l),
                    _ => Some(unknown(
                        "Fn::Select over a value known only at deploy time",
                        loc,
                    )),
                }
            }
            "Fn::Split" => {
                let RawKind::Seq(v) = &arg.kind else {
                    return Some(unknown("malformed Fn::Split", loc));
                };
                let delim = v.first().and_then(|d| d.as_str());
                let src = v.get(1).and_then(|s| self.resolve_at(s, depth));
                match (delim, src) {
                    (Some(d), Some(s)) if s.as_str().is_some() && !d.is_empty() => {
                        let parts = s
                            .as_str()
                            .unwrap_or_default()
                            .split(d)
                            .map(|p| Node::new(Value::Str(p.to_string()), loc.clone()))
                            .collect();
                        node(Value::List(parts))
                    }
                    (_, Some(s)) if s.is_unknown() => Some(s),
                    _ => Some(unknown(
                        "Fn::Split over a value known only at deploy time",
                        loc,
                    )),
                }
            }
            "Fn::FindInMap" => Some(self.find_in_map(arg, loc, depth)),
            "Fn::If" => {
                let RawKind::Seq(v) = &arg.kind else {
                    return Some(unknown("malformed Fn::If", loc));
                };
                let (Some(c), Some(a), Some(b)) =
                    (v.first().and_then(|c| c.as_str()), v.get(1), v.get(2))
                else {
                    return Some(unknown("malformed Fn::If", loc));
                };
                match self.condition_at(c, depth + 1) {
                    Some(true) => self.resolve_at(a, depth),
                    Some(false) => self.resolve_at(b, depth),
                    // Both branches are kept; the engine judges each.
                    None => Some(Node::new(
                        Value::Choice {
                            condition: c.to_string(),
                            when_true: self.resolve_at(a, depth).map(Box::new),
                            when_false: self.resolve_at(b, depth).map(Box::new),
                        },
                        loc,
                    )),
                }
            }
            "Fn::Base64" => self.resolve_at(arg, depth),
            "Fn::GetAZs" => Some(unknown("Fn::GetAZs is known only at deploy time", loc)),
            "Fn::ImportValue" => Some(unknown("Fn::ImportValue reads another stack's export", loc)),
            "Fn::Cidr" => Some(unknown("Fn::Cidr is not evaluated", loc)),
            "Fn::Length" => match self.resolve_at(arg, depth) {
                Some(n) if matches!(n.value, Value::List(_)) => {
                    node(Value::Int(n.items().len() as i64))
                }
                _ => Some(unknown(
                    "Fn::Length over a value known only at deploy time",
                    loc,
                )),
            },
            "Fn::ToJsonString" => match self.resolve_at(arg, depth) {
                Some(n) => match to_json(&n) {
                    Some(s) => node(Value::Str(s)),
                    None => Some(unknown(
                        "Fn::ToJsonString over values known only at deploy time",
                        loc,
                    )),
                },
                None => None,
            },
            "Fn::Equals" | "Fn::And" | "Fn::Or" | "Fn::Not" => match self.eval_condition(at, depth)
            {
                Some(b) => node(Value::Bool(b)),
                None => Some(unknown("condition depends on an unset parameter", loc)),
            },
            other => Some(unknown(format!("{other} is not supported"), loc)),
        }
    }

    /// Resolves `Ref name`: binding, parameter, pseudo parameter or resource.
    fn reference(&self, target: &str, loc: Option<Location>) -> Option<Node> {
        if let Some((_, n)) = self.bindings.iter().rev().find(|(k, _)| k == target) {
            return Some(n.clone());
        }
        if let Some(p) = self.params.get(target) {
            if p.no_echo {
                let secret = match &p.value {
                    // An empty default is no password at all; the value comes at deploy time.
                    Some(raw) if p.from_default && raw.as_str() != Some("") => Value::LiteralSecret,
                    _ => Value::Secret,
                };
                return Some(Node::new(secret, loc));
            }
            return Some(match &p.value {
                Some(raw) => {
                    let mut n = self.resolve(raw).unwrap_or_else(|| Node::bare(Value::Null));
                    if p.is_list
                        && let Some(s) = n.as_str()
                    {
                        n.value = Value::List(
                            s.split(',')
                                .map(|x| Node::bare(Value::Str(x.trim().to_string())))
                                .collect(),
                        );
                    }
                    n.location = loc;
                    n
                }
                None if p.type_name.starts_with("AWS::SSM::Parameter::Value") => unknown(
                    format!("parameter '{target}' is read from SSM at deploy time"),
                    loc,
                ),
                None => unknown(
                    format!("parameter '{target}' has no default; pass --param {target}=VALUE"),
                    loc,
                ),
            });
        }
        let pseudo = match target {
            "AWS::NoValue" => return None,
            "AWS::Partition" => Value::Str("aws".into()),
            "AWS::URLSuffix" => Value::Str("amazonaws.com".into()),
            "AWS::Region" | "AWS::AccountId" | "AWS::StackName" | "AWS::StackId" => {
                Value::Str(format!("${{{target}}}"))
            }
            "AWS::NotificationARNs" => {
                Value::Unknown("AWS::NotificationARNs is known only at deploy time".into())
            }
            _ if self.resources.contains(target) => Value::Ref {
                target: target.to_string(),
                attribute: None,
            },
            _ => Value::Unknown(format!(
                "Ref to '{target}', which is not defined in this template"
            )),
        };
        Some(Node::new(pseudo, loc))
    }

    fn sub(&self, arg: &Raw, loc: Option<Location>, depth: u32) -> Node {
        let (template, vars) = match &arg.kind {
            RawKind::Str(s) => (s.as_str(), None),
            RawKind::Seq(v) if !v.is_empty() => match v[0].as_str() {
                Some(s) => (s, v.get(1)),
                None => return unknown("malformed Fn::Sub", loc),
            },
            _ => return unknown("malformed Fn::Sub", loc),
        };
        let mut out = String::new();
        let mut rest = template;
        // `Some(literal)` once a secret piece is substituted; literal when one is committed.
        let mut secret: Option<bool> = None;
        while let Some(start) = rest.find("${") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find('}') else {
                out.push_str(&rest[start..]);
                rest = "";
                break;
            };
            let name = after[..end].trim();
            rest = &after[end + 1..];
            if let Some(lit) = name.strip_prefix('!') {
                out.push_str("${");
                out.push_str(lit);
                out.push('}');
                continue;
            }
            let resolved = if let Some(raw) = vars.and_then(|v| v.get(name)) {
                self.resolve_at(raw, depth)
            } else if let Some((res, attr)) = name
                .split_once('.')
                .filter(|(r, _)| self.resources.contains(*r))
            {
                Some(Node::bare(Value::Ref {
                    target: res.into(),
                    attribute: Some(attr.into()),
                }))
            } else {
                self.reference(name, loc.clone())
            };
            if let Some(v) = resolved.map(|n| n.value) {
                match piece(&v) {
                    Piece::Text(t) => out.push_str(&t),
                    Piece::Secret(literal) => secret = Some(secret == Some(true) || literal),
                    Piece::Unknown(r) => return unknown(r, loc),
                }
            }
        }
        out.push_str(rest);
        if let Some(literal) = secret {
            // A secret inside a dynamic reference names the secret; it is not the value.
            let value = if literal && !out.contains("{{resolve:") {
                Value::LiteralSecret
            } else {
                Value::Secret
            };
            return Node::new(value, loc);
        }
        Node::new(dynamic_reference(&out), loc)
    }

    fn join(&self, arg: &Raw, loc: Option<Location>, depth: u32) -> Node {
        let RawKind::Seq(v) = &arg.kind else {
            return unknown("malformed Fn::Join", loc);
        };
        let (Some(delim), Some(list)) = (v.first().and_then(|d| d.scalar_text()), v.get(1)) else {
            return unknown("malformed Fn::Join", loc);
        };
        let Some(list) = self.resolve_at(list, depth) else {
            return unknown("malformed Fn::Join", loc);
        };
        if list.is_unknown() {
            return list;
        }
        let Value::List(items) = &list.value else {
            return unknown("malformed Fn::Join", loc);
        };
        let mut parts = Vec::with_capacity(items.len());
        for i in items {
            match piece(&i.value) {
                Piece::Text(t) => parts.push(t),
                Piece::Secret(false) => return Node::new(Value::Secret, loc),
                Piece::Secret(true) => return Node::new(Value::LiteralSecret, loc),
                Piece::Unknown(r) => return unknown(r, loc),
            }
        }
        Node::new(Value::Str(parts.join(&delim)), loc)
    }

    fn find_in_map(&self, arg: &Raw, loc: Option<Location>, depth: u32) -> Node {
        let RawKind::Seq(v) = &arg.kind else {
            return unknown("malformed Fn::FindInMap", loc);
        };
        if v.len() < 3 {
            return unknown("malformed Fn::FindInMap", loc);
        }
        let mut keys = Vec::new();
        for k in &v[..3] {
            match self.resolve_at(k, depth) {
                Some(n) => match n.scalar_text() {
                    Some(s) => keys.push(s),
                    None => {
                        return unknown(
                            n.unknown_reason().map(String::from).unwrap_or_else(|| {
                                "Fn::FindInMap key known only at deploy time".into()
                            }),
                            loc,
                        );
                    }
                },
                None => return unknown("malformed Fn::FindInMap", loc),
            }
        }
        let found = self
            .mappings
            .and_then(|m| self.index.get(m, &keys[0]))
            .and_then(|m| self.index.get(m, &keys[1]))
            .and_then(|m| self.index.get(m, &keys[2]));
        match found {
            Some(raw) => self
                .resolve_at(raw, depth)
                .unwrap_or_else(|| Node::bare(Value::Null)),
            None => match v.get(3).and_then(|d| d.get("DefaultValue")) {
                Some(d) => self
                    .resolve_at(d, depth)
                    .unwrap_or_else(|| Node::bare(Value::Null)),
                None => unknown(
                    format!("mapping {}/{}/{} does not exist", keys[0], keys[1], keys[2]),
                    loc,
                ),
            },
        }
    }

    /// Evaluates a named condition; `None` when it depends on something unknown.
    pub fn condition(&self, name: &str) -> Option<bool> {
        self.condition_at(name, 0)
    }

    /// [`Self::condition`] at a nesting depth (conditions naming conditions count).
    fn condition_at(&self, name: &str, depth: u32) -> Option<bool> {
        if let Some(v) = self.cond_cache.borrow().get(name) {
            return *v;
        }
        if depth > MAX_DEPTH || self.cond_stack.borrow().iter().any(|n| n == name) {
            return None; // cyclic or too deep
        }
        let raw = self.conditions.and_then(|c| self.index.get(c, name))?;
        self.cond_stack.borrow_mut().push(name.to_string());
        let v = self.eval_condition(raw, depth);
        self.cond_stack.borrow_mut().pop();
        self.cond_cache.borrow_mut().insert(name.to_string(), v);
        v
    }

    fn eval_condition(&self, raw: &Raw, depth: u32) -> Option<bool> {
        if depth > MAX_DEPTH {
            return None;
        }
        match &raw.kind {
            RawKind::Bool(b) => Some(*b),
            RawKind::Str(s) if s.eq_ignore_ascii_case("true") => Some(true),
            RawKind::Str(s) if s.eq_ignore_ascii_case("false") => Some(false),
            RawKind::Map(e) if e.len() == 1 => {
                let (k, arg) = (&e[0].0.name, &e[0].1);
                let items = match &arg.kind {
                    RawKind::Seq(v) => v.as_slice(),
                    _ => std::slice::from_ref(arg),
                };
                match k.as_str() {
                    "Condition" => arg.as_str().and_then(|n| self.condition_at(n, depth + 1)),
                    "Fn::Not" => items
                        .first()
                        .and_then(|c| self.eval_condition(c, depth + 1))
                        .map(|b| !b),
                    "Fn::And" => fold(
                        items.iter().map(|c| self.eval_condition(c, depth + 1)),
                        true,
                    ),
                    "Fn::Or" => fold(
                        items.iter().map(|c| self.eval_condition(c, depth + 1)),
                        false,
                    ),
                    "Fn::Equals" => {
                        let [a, b] = items else { return None };
                        let a = comparable(&self.resolve_at(a, depth + 1)?)?;
                        let b = comparable(&self.resolve_at(b, depth + 1)?)?;
                        Some(a == b)
                    }
                    _ => self.resolve_at(raw, depth + 1).and_then(|n| n.as_bool()),
                }
            }
            _ => None,
        }
    }
}

/// And (`short = false` stops at a false) / Or (`short = true`) over three-valued logic.
fn fold(values: impl Iterator<Item = Option<bool>>, is_and: bool) -> Option<bool> {
    let mut unknown = false;
    for v in values {
        match v {
            Some(b) if b != is_and => return Some(b),
            Some(_) => {}
            None => unknown = true,
        }
    }
    if unknown { None } else { Some(is_and) }
}

fn comparable(n: &Node) -> Option<String> {
    let s = n.scalar_text()?;
    // Pseudo parameters such as AWS::Region are not known before deployment.
    if s.contains("${AWS::") { None } else { Some(s) }
}

enum Piece {
    Text(String),
    /// A hidden value; `true` when its plaintext is committed ([`Value::LiteralSecret`]).
    Secret(bool),
    Unknown(String),
}

fn piece(v: &Value) -> Piece {
    match v {
        Value::Str(s) => Piece::Text(s.clone()),
        Value::Int(i) => Piece::Text(i.to_string()),
        Value::Float(f) => Piece::Text(f.to_string()),
        Value::Bool(b) => Piece::Text(b.to_string()),
        Value::Ref {
            target,
            attribute: None,
        } => Piece::Text(format!("${{{target}}}")),
        Value::Ref {
            target,
            attribute: Some(a),
        } => Piece::Text(format!("${{{target}.{a}}}")),
        Value::Secret => Piece::Secret(false),
        Value::LiteralSecret => Piece::Secret(true),
        Value::Unknown(r) => Piece::Unknown(r.clone()),
        _ => Piece::Unknown("a list or map used where a string is needed".into()),
    }
}

/// `{{resolve:...}}` dynamic references are read at deploy time; secrets stay hidden.
fn dynamic_reference(s: &str) -> Value {
    if let Some(i) = s.find("{{resolve:") {
        let kind = &s[i + 10..];
        if kind.starts_with("secretsmanager:") || kind.starts_with("ssm-secure:") {
            return Value::Secret;
        }
        return Value::Unknown("dynamic reference resolved at deploy time".into());
    }
    Value::Str(s.to_string())
}

fn to_json(n: &Node) -> Option<String> {
    fn conv(n: &Node) -> Option<String> {
        Some(match &n.value {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Str(s) => format!("{s:?}"),
            Value::List(items) => format!(
                "[{}]",
                items
                    .iter()
                    .map(conv)
                    .collect::<Option<Vec<_>>>()?
                    .join(",")
            ),
            Value::Map(e) => format!(
                "{{{}}}",
                e.iter()
                    .map(|(k, v)| Some(format!("{k:?}:{}", conv(v)?)))
                    .collect::<Option<Vec<_>>>()?
                    .join(",")
            ),
            _ => return None,
        })
    }
    conv(n)
}
