//! Terraform's built-in functions, those that configurations use to shape values.
//! Any other function gives an unknown value naming it.

use crate::budget::{MAX_VALUE_ELEMENTS, text_weight, weight};
use crate::eval::{
    INVALID, Scope, derived, first_opaque, invalid, last_wins, number, number_value, same, to_text,
    unknown, why,
};
use hcl_edit::expr::FuncCall;
use phiguard_model::{Location, Node, Value};

/// Calls a function.
pub fn call(scope: &Scope<'_>, f: &FuncCall, loc: Option<Location>) -> Node {
    let name = f.name.name.as_str();
    if !f.name.namespace.is_empty() {
        return unknown(
            format!("is computed by provider function {name}, which is not evaluated"),
            loc,
        );
    }
    // `try` and `can` catch errors, so they see their arguments one by one.
    match name {
        "try" => {
            for a in f.args.iter() {
                let v = scope.eval(a);
                match &v.value {
                    Value::Unknown(r) if r.starts_with(INVALID) => continue,
                    _ => return relocate(v, &loc),
                }
            }
            return invalid("no argument of try() is valid", loc);
        }
        "can" => {
            let v = f.args.iter().next().map(|a| scope.eval(a));
            return match v.map(|v| v.value) {
                Some(Value::Unknown(r)) if r.starts_with(INVALID) => {
                    Node::new(Value::Bool(false), loc)
                }
                Some(Value::Unknown(r)) => unknown(r, loc),
                _ => Node::new(Value::Bool(true), loc),
            };
        }
        _ => {}
    }
    let mut args: Vec<Node> = Vec::new();
    let mut size = 0;
    for a in f.args.iter() {
        let v = scope.eval(a);
        size += weight(&v, MAX_VALUE_ELEMENTS);
        if size > MAX_VALUE_ELEMENTS {
            return scope.over_budget(size, loc);
        }
        args.push(v);
    }
    if f.args.expand_final() {
        match args.pop().map(|n| n.value) {
            Some(Value::List(items)) => args.extend(items),
            Some(other) => {
                return unknown(
                    format!("expands an argument that {}", why(&Node::bare(other))),
                    loc,
                );
            }
            None => {}
        }
    }
    let out = relocate(apply(scope, name, args, loc.clone()), &loc);
    if matches!(out.value, Value::List(_) | Value::Map(_) | Value::Str(_)) {
        scope.charged(out)
    } else {
        out
    }
}

fn relocate(mut n: Node, loc: &Option<Location>) -> Node {
    if n.location.is_none() || loc.is_some() {
        n.location = loc.clone();
    }
    n
}

fn node(v: Value) -> Node {
    Node::bare(v)
}

fn str_node(s: impl Into<String>) -> Node {
    node(Value::Str(s.into()))
}

/// Functions whose arguments must be fully known before they can run.
fn blocked(name: &str, args: &[Node]) -> Option<Node> {
    let strict = !matches!(
        name,
        "merge"
            | "concat"
            | "lookup"
            | "coalesce"
            | "coalescelist"
            | "tomap"
            | "tolist"
            | "toset"
            | "jsonencode"
            | "length"
            | "keys"
            | "values"
            | "element"
            | "flatten"
            | "one"
            | "sensitive"
            | "nonsensitive"
            | "compact"
            | "distinct"
            | "zipmap"
            | "contains"
            | "index"
    );
    if !strict {
        return args
            .iter()
            .find(|a| matches!(a.value, Value::Unknown(_)))
            .cloned();
    }
    args.iter().find_map(|a| {
        first_opaque(a)
            .cloned()
            .or_else(|| matches!(a.value, Value::Ref { .. }).then(|| a.clone()))
    })
}

fn apply(scope: &Scope<'_>, name: &str, args: Vec<Node>, loc: Option<Location>) -> Node {
    if let Some(u) = blocked(name, &args)
        && !matches!(name, "sensitive" | "nonsensitive")
    {
        return match u.value {
            Value::Secret | Value::LiteralSecret
                if matches!(name, "tostring" | "trimspace" | "trim" | "coalesce") =>
            {
                node(u.value)
            }
            _ => derived(
                format!("is computed by {name}() from a value that {}", why(&u)),
                &u,
                loc,
            ),
        };
    }
    let arg = |i: usize| args.get(i).cloned().unwrap_or_else(|| node(Value::Null));
    let text = |i: usize| to_text(&arg(i)).ok();
    let list = |i: usize| match arg(i).value {
        Value::List(items) => Some(items),
        _ => None,
    };
    let out: Option<Node> = match name {
        "sensitive" => Some(node(match arg(0).value {
            Value::LiteralSecret => Value::LiteralSecret,
            _ => Value::Secret,
        })),
        "nonsensitive" | "tomap" | "tolist" => Some(arg(0)),
        "toset" => list(0).map(|items| node(Value::List(dedup(items)))),
        "tostring" => text(0).map(str_node),
        "tonumber" => number(&arg(0)).map(|f| node(number_value(f))),
        "tobool" => arg(0).as_bool().map(|b| node(Value::Bool(b))),
        "merge" => {
            let mut entries: Vec<(String, Node)> = Vec::new();
            for a in &args {
                match &a.value {
                    Value::Map(e) => entries.extend(e.iter().cloned()),
                    Value::Null => {}
                    _ => {
                        return derived(
                            format!("is computed by merge() from a value that {}", why(a)),
                            a,
                            loc,
                        );
                    }
                }
            }
            Some(node(Value::Map(last_wins(entries))))
        }
        "concat" => {
            let mut out = Vec::new();
            for a in &args {
                match &a.value {
                    Value::List(items) => out.extend(items.iter().cloned()),
                    _ => {
                        return derived(
                            format!("is computed by concat() from a value that {}", why(a)),
                            a,
                            loc,
                        );
                    }
                }
            }
            Some(node(Value::List(out)))
        }
        "flatten" => Some(node(Value::List(flatten(&arg(0))))),
        "lookup" => match &arg(0).value {
            Value::Map(e) => {
                let k = text(1).unwrap_or_default();
                e.iter()
                    .find(|(x, _)| *x == k)
                    .map(|(_, v)| v.clone())
                    .or_else(|| args.get(2).cloned())
                    .or_else(|| Some(invalid(format!("lookup(): no key '{k}'"), loc.clone())))
            }
            _ => None,
        },
        "element" => list(0).and_then(|items| {
            let i = arg(1).as_i64()?;
            (!items.is_empty()).then(|| items[i.rem_euclid(items.len() as i64) as usize].clone())
        }),
        "one" => list(0).and_then(|items| match items.len() {
            0 => Some(node(Value::Null)),
            1 => Some(items[0].clone()),
            _ => None,
        }),
        "coalesce" => args
            .iter()
            .find(|a| !matches!(&a.value, Value::Null) && a.as_str() != Some(""))
            .cloned(),
        "coalescelist" => args.iter().find(|a| !a.items().is_empty()).cloned(),
        "length" => match &arg(0).value {
            Value::List(i) => Some(node(Value::Int(i.len() as i64))),
            Value::Map(e) => Some(node(Value::Int(e.len() as i64))),
            Value::Str(s) => Some(node(Value::Int(s.chars().count() as i64))),
            _ => None,
        },
        "keys" => match &arg(0).value {
            Value::Map(e) => {
                let mut k: Vec<&String> = e.iter().map(|(k, _)| k).collect();
                k.sort();
                Some(node(Value::List(
                    k.into_iter().map(|k| str_node(k.clone())).collect(),
                )))
            }
            _ => None,
        },
        "values" => match &arg(0).value {
            Value::Map(e) => {
                let mut e = e.clone();
                e.sort_by(|a, b| a.0.cmp(&b.0));
                Some(node(Value::List(e.into_iter().map(|(_, v)| v).collect())))
            }
            _ => None,
        },
        "zipmap" => match (list(0), list(1)) {
            (Some(k), Some(v)) if k.len() == v.len() => k
                .iter()
                .zip(v)
                .map(|(k, v)| to_text(k).ok().map(|k| (k, v)))
                .collect::<Option<Vec<_>>>()
                .map(|e| node(Value::Map(e))),
            _ => None,
        },
        "contains" => list(0).and_then(|items| {
            if items
                .iter()
                .any(|i| first_opaque(i).is_some() || matches!(i.value, Value::Ref { .. }))
            {
                return None;
            }
            Some(node(Value::Bool(items.iter().any(|i| same(i, &arg(1))))))
        }),
        "index" => list(0).and_then(|items| {
            items
                .iter()
                .position(|i| same(i, &arg(1)))
                .map(|p| node(Value::Int(p as i64)))
        }),
        "distinct" => list(0).map(|items| node(Value::List(dedup(items)))),
        "compact" => list(0).map(|items| {
            node(Value::List(
                items
                    .into_iter()
                    .filter(|i| !matches!(i.value, Value::Null) && i.as_str() != Some(""))
                    .collect(),
            ))
        }),
        "reverse" => list(0).map(|mut items| {
            items.reverse();
            node(Value::List(items))
        }),
        "sort" => list(0).and_then(|items| {
            let mut t: Vec<String> = items
                .iter()
                .map(|i| to_text(i).ok())
                .collect::<Option<_>>()?;
            t.sort();
            Some(node(Value::List(t.into_iter().map(str_node).collect())))
        }),
        "slice" => list(0).and_then(|items| {
            let (a, b) = (arg(1).as_i64()? as usize, arg(2).as_i64()? as usize);
            items.get(a..b).map(|s| node(Value::List(s.to_vec())))
        }),
        "range" => {
            let n: Vec<i64> = args.iter().filter_map(Node::as_i64).collect();
            let (start, end, step) = match n.as_slice() {
                [e] => (0, *e, 1),
                [s, e] => (*s, *e, 1),
                [s, e, st] if *st != 0 => (*s, *e, *st),
                _ => return invalid("range() needs 1 to 3 numbers", loc),
            };
            let len = (end as i128 - start as i128) / step as i128;
            if len > MAX_RANGE as i128 {
                let why = format!(
                    "range() would give more than {MAX_RANGE} numbers, which phiguard does not evaluate"
                );
                scope.env.warn_said(
                    loc.clone(),
                    format!("{why}; the value is unknown"),
                    phiguard_model::MessagePart::new(
                        "diag-tf-range-too-long",
                        &[("max", &MAX_RANGE.to_string())],
                    ),
                );
                return unknown(format!("is computed by {why}"), loc);
            }
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < end) || (step < 0 && i > end) {
                out.push(node(Value::Int(i)));
                i += step;
            }
            Some(node(Value::List(out)))
        }
        "join" => list(1).and_then(|items| {
            let sep = text(0)?;
            let w = text_weight(sep.len().saturating_mul(items.len()));
            if w > MAX_VALUE_ELEMENTS {
                return Some(scope.over_budget(w, loc.clone()));
            }
            let parts: Vec<String> = items
                .iter()
                .map(|i| to_text(i).ok())
                .collect::<Option<_>>()?;
            Some(str_node(parts.join(&sep)))
        }),
        "split" => match (text(0), text(1)) {
            (Some(sep), Some(s)) if !sep.is_empty() => Some(node(Value::List(
                s.split(sep.as_str()).map(str_node).collect(),
            ))),
            _ => None,
        },
        "lower" => text(0).map(|s| str_node(s.to_lowercase())),
        "upper" => text(0).map(|s| str_node(s.to_uppercase())),
        "trimspace" => text(0).map(|s| str_node(s.trim())),
        "trim" => match (text(0), text(1)) {
            (Some(s), Some(cut)) => Some(str_node(s.trim_matches(|c| cut.contains(c)))),
            _ => None,
        },
        "trimprefix" => match (text(0), text(1)) {
            (Some(s), Some(p)) => Some(str_node(s.strip_prefix(p.as_str()).unwrap_or(&s))),
            _ => None,
        },
        "trimsuffix" => match (text(0), text(1)) {
            (Some(s), Some(p)) => Some(str_node(s.strip_suffix(p.as_str()).unwrap_or(&s))),
            _ => None,
        },
        "startswith" => match (text(0), text(1)) {
            (Some(s), Some(p)) => Some(node(Value::Bool(s.starts_with(&p)))),
            _ => None,
        },
        "endswith" => match (text(0), text(1)) {
            (Some(s), Some(p)) => Some(node(Value::Bool(s.ends_with(&p)))),
            _ => None,
        },
        "replace" => match (text(0), text(1), text(2)) {
            (Some(s), Some(from), Some(to)) if !from.is_empty() && !is_regex(&from) => {
                let grows = s.matches(from.as_str()).count().saturating_mul(to.len());
                if text_weight(grows) > MAX_VALUE_ELEMENTS {
                    return scope.over_budget(text_weight(grows), loc);
                }
                Some(str_node(s.replace(&from, &to)))
            }
            _ => None,
        },
        "substr" => match (text(0), arg(1).as_i64(), arg(2).as_i64()) {
            (Some(s), Some(off), Some(len)) if off >= 0 => {
                let chars = s.chars().skip(off as usize);
                Some(str_node(if len < 0 {
                    chars.collect::<String>()
                } else {
                    chars.take(len as usize).collect()
                }))
            }
            _ => None,
        },
        "format" => text(0).and_then(|f| format(&f, &args[1..]).map(str_node)),
        "max" | "min" => {
            let n: Option<Vec<f64>> = args.iter().map(number).collect();
            n.filter(|n| !n.is_empty()).map(|n| {
                let v = if name == "max" {
                    n.iter().cloned().fold(f64::MIN, f64::max)
                } else {
                    n.iter().cloned().fold(f64::MAX, f64::min)
                };
                node(number_value(v))
            })
        }
        "abs" => number(&arg(0)).map(|f| node(number_value(f.abs()))),
        "ceil" => number(&arg(0)).map(|f| node(number_value(f.ceil()))),
        "floor" => number(&arg(0)).map(|f| node(number_value(f.floor()))),
        "jsonencode" => {
            let v = arg(0);
            match v.value {
                // Documents stay structured (so rules read them, with their locations);
                // they are written back as JSON where a string is needed.
                Value::List(_) | Value::Map(_) => Some(v),
                _ => crate::policy::to_json(&v).map(|j| str_node(j.to_string())),
            }
        }
        "jsondecode" => match &arg(0).value {
            Value::Str(s) => match serde_json::from_str::<serde_json::Value>(s) {
                Ok(j) => Some(crate::policy::from_json(&j, &loc)),
                Err(e) => Some(invalid(format!("jsondecode(): {e}"), loc.clone())),
            },
            Value::List(_) | Value::Map(_) => Some(arg(0)),
            _ => None,
        },
        "file" => text(0).map(|p| match scope.env_read(&p, &loc) {
            Ok(t) => str_node(t),
            Err(e) => unknown(
                format!("is read from file '{p}', which is not read: {e}"),
                loc.clone(),
            ),
        }),
        "templatefile" => text(0).map(|p| match scope.env_read(&p, &loc) {
            Ok(t) => template_file(scope, &p, t, &arg(1), &loc),
            Err(e) => unknown(
                format!("is rendered from file '{p}', which is not read: {e}"),
                loc.clone(),
            ),
        }),
        "fileexists" => text(0).map(|p| match scope.env_read(&p, &loc) {
            Ok(_) => node(Value::Bool(true)),
            Err(e) if e.contains("No such file") => node(Value::Bool(false)),
            Err(e) => unknown(
                format!("tests file '{p}', which is not read: {e}"),
                loc.clone(),
            ),
        }),
        _ => {
            return unknown(
                format!("is computed by {name}(), which phiguard does not evaluate"),
                loc,
            );
        }
    };
    out.unwrap_or_else(|| {
        unknown(
            format!("is computed by {name}() from arguments that cannot be used"),
            loc,
        )
    })
}

fn template_file(
    scope: &Scope<'_>,
    path: &str,
    text: String,
    vars: &Node,
    loc: &Option<Location>,
) -> Node {
    let shown = scope.env.resolve(std::path::Path::new(path));
    let file = crate::source::SourceFile::new(&shown.to_string_lossy(), text);
    let t = match hcl_edit::parser::parse_template(&file.text) {
        Ok(t) => t,
        Err(e) => {
            return invalid(
                format!("templatefile('{path}'): {}", e.message()),
                loc.clone(),
            );
        }
    };
    let mut s = Scope::new(scope.env, &file);
    for (k, v) in vars.entries() {
        s = s.with(k, v.clone());
    }
    let e = hcl_edit::expr::Expression::StringTemplate(t.into());
    let mut n = s.eval(&e);
    n.location = loc.clone();
    n
}

fn dedup(items: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    // Scalars by their text (a number and its string are distinct); other values by
    // comparison.
    let mut scalars = std::collections::HashSet::new();
    for i in items {
        let fresh = match &i.value {
            Value::Str(s) => scalars.insert(format!("s{s}")),
            Value::Int(n) => scalars.insert(format!("n{n}")),
            Value::Bool(b) => scalars.insert(format!("b{b}")),
            _ => !out.iter().any(|o| same(o, &i)),
        };
        if fresh {
            out.push(i);
        }
    }
    out
}

fn flatten(n: &Node) -> Vec<Node> {
    match &n.value {
        Value::List(items) => items.iter().flat_map(flatten).collect(),
        _ => vec![n.clone()],
    }
}

/// `format()` with the verbs configurations use: `%s %d %v %q %f %%` (flags ignored).
fn format(f: &str, args: &[Node]) -> Option<String> {
    let mut out = String::new();
    let mut it = args.iter();
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            out.push('%');
            continue;
        }
        // Skip flags, width and precision.
        while chars.peek().is_some_and(|c| "+-# 0123456789.".contains(*c)) {
            chars.next();
        }
        let verb = chars.next()?;
        let a = it.next()?;
        match verb {
            's' | 'v' | 'd' | 'f' | 'g' => out.push_str(&to_text(a).ok()?),
            'q' => out.push_str(&serde_json::Value::String(to_text(a).ok()?).to_string()),
            _ => return None,
        }
    }
    Some(out)
}

impl Scope<'_> {
    /// Reads a file named in a configuration (`file()`, `templatefile()`); a file that
    /// cannot be read, or is refused (outside the scan root, not a regular file, too
    /// large), is warned about at `loc`.
    fn env_read(&self, path: &str, loc: &Option<Location>) -> Result<String, String> {
        let r = self.env.read_file(std::path::Path::new(path));
        if let Err(e) = &r {
            self.env.warn_said(
                loc.clone(),
                format!("file '{path}' is not read: {e}"),
                crate::sandbox::with_error(
                    phiguard_model::MessagePart::new(
                        "diag-tf-data-file-refused",
                        &[("file", path)],
                    ),
                    e,
                ),
            );
        }
        r
    }
}

/// Whether `replace()`'s pattern is a regular expression (`/.../`), not evaluated.
fn is_regex(pattern: &str) -> bool {
    pattern.len() > 1 && pattern.starts_with('/') && pattern.ends_with('/')
}

/// `range()` gives at most this many numbers.
const MAX_RANGE: usize = 10_000;
