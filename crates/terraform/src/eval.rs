//! Best-effort evaluation of HCL expressions into model values.
//!
//! Values that Terraform only knows when it runs (resource attributes, data sources,
//! remote modules) become [`Value::Ref`] (a reference to another resource) or
//! [`Value::Unknown`] with the reason; nothing is guessed.

use crate::budget::{MAX_VALUE_ELEMENTS, Refused, text_weight, weight};
use crate::module::{self, Env};
use crate::source::SourceFile;
use hcl_edit::Span;
use hcl_edit::expr::{
    BinaryOperator, Expression, ForExpr, ObjectKey, TraversalOperator, UnaryOperator,
};
use hcl_edit::template::{Directive, Element, Template};
use phiguard_model::{Location, Node, Value};

/// Prefix of the reason of a value that Terraform itself would reject (used by `try`).
pub const INVALID: &str = "invalid expression: ";

/// An expression evaluation scope: a module instance, the file the expression is in,
/// and the names bound around it (`count`, `each`, `for` variables, dynamic iterators).
pub struct Scope<'a> {
    /// The module instance.
    pub env: &'a Env<'a>,
    /// The file the expression is written in.
    pub file: &'a SourceFile,
    /// Bound names, innermost last.
    pub bindings: Vec<(String, Node)>,
}

/// An unknown value.
pub fn unknown(reason: impl Into<String>, location: Option<Location>) -> Node {
    Node::new(Value::Unknown(reason.into()), location)
}

/// An expression Terraform would reject.
pub fn invalid(reason: impl std::fmt::Display, location: Option<Location>) -> Node {
    unknown(format!("{INVALID}{reason}"), location)
}

/// A value computed from `from`, which is not usable: invalid if `from` is invalid (so
/// `try()` falls through, as Terraform's would on the error), else unknown.
pub fn derived(reason: String, from: &Node, location: Option<Location>) -> Node {
    match &from.value {
        Value::Unknown(r) if r.starts_with(INVALID) => invalid(reason, location),
        _ => unknown(reason, location),
    }
}

/// Map entries with duplicate keys resolved as HCL does: the last value of a key wins;
/// entries keep the order of each key's last occurrence. Linear in the entries.
pub fn last_wins(entries: Vec<(String, Node)>) -> Vec<(String, Node)> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<(String, Node)> = entries
        .into_iter()
        .rev()
        .filter(|(k, _)| seen.insert(k.clone()))
        .collect();
    out.reverse();
    out
}

/// Whether two values are equal, ignoring where they were written.
pub fn same(a: &Node, b: &Node) -> bool {
    match (&a.value, &b.value) {
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Map(x), Value::Map(y)) => {
            let y: std::collections::HashMap<&str, &Node> =
                y.iter().map(|(k, v)| (k.as_str(), v)).collect();
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k.as_str()).is_some_and(|w| same(v, w)))
        }
        (Value::Int(i), Value::Float(f)) | (Value::Float(f), Value::Int(i)) => *i as f64 == *f,
        (x, y) => x == y,
    }
}

/// The first value under `n` that is unknown or secret, if any (such values cannot be
/// rendered into text).
pub fn first_opaque(n: &Node) -> Option<&Node> {
    let mut found = None;
    n.walk(&mut |x| {
        if found.is_none()
            && matches!(
                x.value,
                Value::Unknown(_) | Value::Secret | Value::LiteralSecret
            )
        {
            found = Some(x);
        }
    });
    found
}

/// The name a Terraform attribute takes in a reference: `id` is the resource's primary
/// identifier (`None`), anything else its PascalCase form (`arn` → `Arn`).
pub fn ref_attribute(attr: &str) -> Option<String> {
    (attr != "id").then(|| crate::map::pascal(attr))
}

/// A reference rendered as a `${Name.Attr}` token, the way strings keep references.
pub fn ref_token(target: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(a) => format!("${{{target}.{a}}}"),
        None => format!("${{{target}}}"),
    }
}

/// A value as template text; `Err` carries the value that makes the text unknown.
pub fn to_text(n: &Node) -> Result<String, Node> {
    match &n.value {
        Value::Str(s) => Ok(s.clone()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(f.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Ref { target, attribute } => Ok(ref_token(target, attribute.as_deref())),
        Value::Unknown(_) | Value::Choice { .. } | Value::Secret | Value::LiteralSecret => {
            Err(n.clone())
        }
        Value::Null => Err(invalid(
            "null value in a string template",
            n.location.clone(),
        )),
        // Structured documents (from jsonencode) are written as JSON text.
        Value::List(_) | Value::Map(_) => crate::policy::to_json(n)
            .map(|j| j.to_string())
            .ok_or_else(|| first_opaque(n).cloned().unwrap_or_else(|| n.clone())),
    }
}

fn relocate(mut n: Node, location: &Option<Location>) -> Node {
    if location.is_some() {
        n.location = location.clone();
    }
    n
}

impl<'a> Scope<'a> {
    /// A scope with no bound names.
    pub fn new(env: &'a Env<'a>, file: &'a SourceFile) -> Self {
        Self {
            env,
            file,
            bindings: Vec::new(),
        }
    }

    /// This scope with one more bound name.
    pub fn with(&self, name: &str, value: Node) -> Scope<'a> {
        let mut bindings = self.bindings.clone();
        bindings.push((name.to_string(), value));
        Scope {
            env: self.env,
            file: self.file,
            bindings,
        }
    }

    /// Where a parsed element starts.
    pub fn loc(&self, s: &impl Span) -> Option<Location> {
        self.file.span(s.span())
    }

    /// Evaluates an expression, within the input's budget (see [`crate::budget`]).
    pub fn eval(&self, e: &Expression) -> Node {
        let budget = &self.env.budget;
        if let Err(r) = budget.enter() {
            return self.refused(r, self.loc(e));
        }
        let n = self.eval_inner(e);
        budget.leave();
        n
    }

    /// An unknown value for an evaluation refused by the budget, warned about once.
    pub fn refused(&self, r: Refused, loc: Option<Location>) -> Node {
        if r.first {
            let message = format!("this value {}; it is unknown", r.why);
            match phiguard_model::reason_l10n(&r.why) {
                Some(why) => self.env.warn_said(
                    loc.clone(),
                    message,
                    phiguard_model::MessagePart::new("diag-tf-value-refused", &[])
                        .with("reason", why),
                ),
                None => self.env.warn_at(loc.clone(), message),
            }
        }
        unknown(r.why, loc)
    }

    /// Counts a value just built against the budget: the value, or an unknown one if
    /// it is over budget.
    pub fn charged(&self, n: Node) -> Node {
        match self.env.budget.charge(&n) {
            Ok(()) => n,
            Err(r) => {
                let loc = n.location.clone();
                self.refused(r, loc)
            }
        }
    }

    /// An unknown value for a value of `size` elements, over the limit of one value.
    pub fn over_budget(&self, size: u64, loc: Option<Location>) -> Node {
        match self.env.budget.charge_weight(size) {
            Ok(()) => unknown("is not evaluated: it is too large", loc),
            Err(r) => self.refused(r, loc),
        }
    }

    /// Counts a value kept as a whole (a resource's arguments) in the input's total; the
    /// value itself is kept (its parts were limited as they were built).
    pub fn charged_in_total(&self, n: Node) -> Node {
        if let Err(r) = self
            .env
            .budget
            .charge_weight(weight(&n, MAX_VALUE_ELEMENTS).min(MAX_VALUE_ELEMENTS))
        {
            self.refused(r, n.location.clone());
        }
        n
    }

    fn eval_inner(&self, e: &Expression) -> Node {
        let loc = self.loc(e);
        match e {
            Expression::Null(_) => Node::new(Value::Null, loc),
            Expression::Bool(b) => Node::new(Value::Bool(*b.value()), loc),
            Expression::Number(n) => {
                let v = match (n.as_i64(), n.as_f64()) {
                    (Some(i), _) => Value::Int(i),
                    (None, Some(f)) => Value::Float(f),
                    _ => Value::Unknown(format!("{INVALID}number out of range")),
                };
                Node::new(v, loc)
            }
            Expression::String(s) => Node::new(Value::Str(s.value().clone()), loc),
            Expression::Array(a) => {
                let mut items = Vec::new();
                let mut size = 0;
                for x in a.iter() {
                    let v = self.eval(x);
                    size += weight(&v, MAX_VALUE_ELEMENTS);
                    if size > MAX_VALUE_ELEMENTS {
                        return self.over_budget(size, loc);
                    }
                    items.push(v);
                }
                Node::new(Value::List(items), loc)
            }
            Expression::Object(o) => {
                let mut entries: Vec<(String, Node)> = Vec::new();
                let mut size = 0;
                for (k, v) in o.iter() {
                    let key = match k {
                        ObjectKey::Ident(i) => i.as_str().to_string(),
                        ObjectKey::Expression(e) => match self.object_key(e) {
                            Ok(k) => k,
                            Err(n) => return relocate(n, &loc),
                        },
                    };
                    let value = self.eval(v.expr());
                    size += weight(&value, MAX_VALUE_ELEMENTS);
                    if size > MAX_VALUE_ELEMENTS {
                        return self.over_budget(size, loc);
                    }
                    entries.push((key, value));
                }
                Node::new(Value::Map(last_wins(entries)), loc)
            }
            Expression::StringTemplate(t) => self.template(t, loc),
            Expression::HeredocTemplate(h) => self.template(&h.template, loc),
            Expression::Parenthesis(p) => relocate(self.eval(p.inner()), &loc),
            Expression::Variable(v) => self.traverse_root(v.as_str(), &[], loc),
            Expression::Conditional(c) => {
                let cond = self.eval(&c.cond_expr);
                match cond.as_bool() {
                    Some(true) => self.eval(&c.true_expr),
                    Some(false) => self.eval(&c.false_expr),
                    None if is_invalid(&cond) => derived(
                        format!("depends on a condition that {}", why(&cond)),
                        &cond,
                        loc,
                    ),
                    None => {
                        let (t, f) = (self.eval(&c.true_expr), self.eval(&c.false_expr));
                        if same(&t, &f) {
                            t
                        } else {
                            // Both branches are kept; the rule engine judges each.
                            let branch =
                                |n: Node| (!matches!(n.value, Value::Null)).then(|| Box::new(n));
                            Node::new(
                                Value::Choice {
                                    condition: c.cond_expr.to_string().trim().to_string(),
                                    when_true: branch(t),
                                    when_false: branch(f),
                                },
                                loc,
                            )
                        }
                    }
                }
            }
            Expression::FuncCall(f) => crate::functions::call(self, f, loc),
            Expression::Traversal(t) => match &t.expr {
                Expression::Variable(v) => {
                    let ops: Vec<&TraversalOperator> =
                        t.operators.iter().map(|o| o.value()).collect();
                    self.traverse_root(v.as_str(), &ops, loc)
                }
                other => {
                    let base = self.eval(other);
                    let ops: Vec<&TraversalOperator> =
                        t.operators.iter().map(|o| o.value()).collect();
                    self.apply(base, &ops, &loc)
                }
            },
            Expression::UnaryOp(u) => {
                let v = self.eval(&u.expr);
                match (u.operator.value(), &v.value) {
                    (_, Value::Unknown(_)) => relocate(v, &loc),
                    (UnaryOperator::Not, _) => match v.as_bool() {
                        Some(b) => Node::new(Value::Bool(!b), loc),
                        None => unknown(format!("negates a value that {}", why(&v)), loc),
                    },
                    (UnaryOperator::Neg, Value::Int(i)) => Node::new(Value::Int(-i), loc),
                    (UnaryOperator::Neg, Value::Float(f)) => Node::new(Value::Float(-f), loc),
                    (UnaryOperator::Neg, _) => {
                        unknown(format!("negates a value that {}", why(&v)), loc)
                    }
                }
            }
            Expression::BinaryOp(b) => {
                self.binary(b.operator.value(), &b.lhs_expr, &b.rhs_expr, loc)
            }
            Expression::ForExpr(f) => self.for_expr(f, loc),
        }
    }

    fn object_key(&self, e: &Expression) -> Result<String, Node> {
        // `{ foo.bar = 1 }` is not valid, but `{ (local.k) = 1 }` and `{ "k" = 1 }` are.
        let k = self.eval(e);
        to_text(&k).map_err(|n| unknown(format!("has a key that {}", why(&n)), n.location))
    }

    fn template(&self, t: &Template, loc: Option<Location>) -> Node {
        if let Some(Element::Interpolation(i)) = t.as_single_element() {
            return relocate(self.eval(&i.expr), &loc);
        }
        match self.template_text(t, &loc) {
            Ok(s) => match self.env.budget.charge_weight(text_weight(s.len())) {
                Ok(()) => Node::new(Value::Str(s), loc),
                Err(r) => self.refused(r, loc),
            },
            Err(n) => match n.value {
                // A literal secret stays one (it is still written in the repository).
                Value::Secret | Value::LiteralSecret => Node::new(n.value, loc),
                _ => derived(format!("is built from a value that {}", why(&n)), &n, loc),
            },
        }
    }

    fn template_text(&self, t: &Template, loc: &Option<Location>) -> Result<String, Node> {
        let too_long = |out: &String| -> Result<(), Node> {
            match text_weight(out.len()) {
                w if w > MAX_VALUE_ELEMENTS => Err(self.over_budget(w, loc.clone())),
                _ => Ok(()),
            }
        };
        let mut out = String::new();
        for el in t.iter() {
            too_long(&out)?;
            match el {
                Element::Literal(s) => out.push_str(s.value()),
                Element::Interpolation(i) => out.push_str(&to_text(&self.eval(&i.expr))?),
                Element::Directive(d) => match &**d {
                    Directive::If(d) => {
                        let cond = self.eval(&d.if_expr.cond_expr);
                        match cond.as_bool() {
                            Some(true) => {
                                out.push_str(&self.template_text(&d.if_expr.template, loc)?)
                            }
                            Some(false) => {
                                if let Some(e) = &d.else_expr {
                                    out.push_str(&self.template_text(&e.template, loc)?);
                                }
                            }
                            None => return Err(cond),
                        }
                    }
                    Directive::For(d) => {
                        let f = &d.for_expr;
                        let coll = self.eval(&f.collection_expr);
                        for (k, v) in iterate(&coll)? {
                            let mut s = self.with(f.value_var.as_str(), v);
                            if let Some(kv) = &f.key_var {
                                s = s.with(kv.as_str(), k);
                            }
                            out.push_str(&s.template_text(&f.template, loc)?);
                            too_long(&out)?;
                        }
                    }
                },
            }
        }
        Ok(out)
    }

    fn for_expr(&self, f: &ForExpr, loc: Option<Location>) -> Node {
        let coll = self.eval(&f.intro.collection_expr);
        let items = match iterate(&coll) {
            Ok(items) => items,
            Err(n) => {
                return derived(
                    format!("iterates over a collection that {}", why(&n)),
                    &n,
                    loc,
                );
            }
        };
        let mut list = Vec::new();
        let mut map: Vec<(String, Node)> = Vec::new();
        let mut groups: std::collections::HashMap<String, usize> = Default::default();
        let mut size = 0;
        for (k, v) in items {
            let mut s = self.with(f.intro.value_var.as_str(), v);
            if let Some(kv) = &f.intro.key_var {
                s = s.with(kv.as_str(), k);
            }
            if let Some(c) = &f.cond {
                let cv = s.eval(&c.expr);
                match cv.as_bool() {
                    Some(true) => {}
                    Some(false) => continue,
                    None => {
                        return unknown(format!("filters on a condition that {}", why(&cv)), loc);
                    }
                }
            }
            let value = s.eval(&f.value_expr);
            size += weight(&value, MAX_VALUE_ELEMENTS);
            if size > MAX_VALUE_ELEMENTS {
                return self.over_budget(size, loc);
            }
            match &f.key_expr {
                None => list.push(value),
                Some(ke) => {
                    let key = match to_text(&s.eval(ke)) {
                        Ok(k) => k,
                        Err(n) => return unknown(format!("has a key that {}", why(&n)), loc),
                    };
                    if f.grouping {
                        match groups.get(&key) {
                            Some(&i) => {
                                if let Value::List(items) = &mut map[i].1.value {
                                    items.push(value);
                                }
                            }
                            None => {
                                groups.insert(key.clone(), map.len());
                                map.push((key, Node::bare(Value::List(vec![value]))));
                            }
                        }
                    } else {
                        map.push((key, value));
                    }
                }
            }
        }
        let n = match f.key_expr {
            None => Node::new(Value::List(list), loc),
            Some(_) => Node::new(Value::Map(last_wins(map)), loc),
        };
        match self.env.budget.charge_weight(size) {
            Ok(()) => n,
            Err(r) => self.refused(r, n.location),
        }
    }

    fn binary(
        &self,
        op: &BinaryOperator,
        l: &Expression,
        r: &Expression,
        loc: Option<Location>,
    ) -> Node {
        use BinaryOperator as B;
        let lv = self.eval(l);
        // Short-circuit the logical operators on a known left side.
        match (op, lv.as_bool()) {
            (B::And, Some(false)) => return Node::new(Value::Bool(false), loc),
            (B::Or, Some(true)) => return Node::new(Value::Bool(true), loc),
            _ => {}
        }
        let rv = self.eval(r);
        let value = match op {
            B::And => match (lv.as_bool(), rv.as_bool()) {
                (Some(a), Some(b)) => Some(Value::Bool(a && b)),
                (_, Some(false)) => Some(Value::Bool(false)),
                _ => None,
            },
            B::Or => match (lv.as_bool(), rv.as_bool()) {
                (Some(a), Some(b)) => Some(Value::Bool(a || b)),
                (_, Some(true)) => Some(Value::Bool(true)),
                _ => None,
            },
            B::Eq | B::NotEq => {
                if first_opaque(&lv).is_some()
                    || first_opaque(&rv).is_some()
                    || has_ref(&lv)
                    || has_ref(&rv)
                {
                    None
                } else {
                    Some(Value::Bool(same(&lv, &rv) == (*op == B::Eq)))
                }
            }
            _ => match (number(&lv), number(&rv)) {
                (Some(a), Some(b)) => arith(op, a, b),
                _ => None,
            },
        };
        match value {
            Some(v) => Node::new(v, loc),
            None => {
                let culprit = if lv.is_unknown() || matches!(lv.value, Value::Ref { .. }) {
                    &lv
                } else {
                    &rv
                };
                derived(
                    format!("is computed from a value that {}", why(culprit)),
                    culprit,
                    loc,
                )
            }
        }
    }

    /// A traversal starting at a name: `var.x`, `local.y`, `aws_s3_bucket.logs.arn`...
    fn traverse_root(&self, root: &str, ops: &[&TraversalOperator], loc: Option<Location>) -> Node {
        if let Some((_, v)) = self.bindings.iter().rev().find(|(n, _)| n == root) {
            return self.apply(relocate(v.clone(), &loc), ops, &loc);
        }
        let attr = |i: usize| match ops.get(i) {
            Some(TraversalOperator::GetAttr(a)) => Some(a.as_str()),
            _ => None,
        };
        match root {
            "var" => match attr(0) {
                Some(name) => match self.env.vars.get(name) {
                    Some(v) if self.env.passed.contains(name) => {
                        self.apply(v.clone(), &ops[1..], &loc)
                    }
                    Some(v) => self.apply(relocate(v.clone(), &loc), &ops[1..], &loc),
                    None => invalid(format!("no variable '{name}' is declared"), loc),
                },
                None => invalid("var must be followed by a variable name", loc),
            },
            "local" => match attr(0) {
                Some(name) => {
                    let v = self.env.local(name);
                    self.apply(relocate(v, &loc), &ops[1..], &loc)
                }
                None => invalid("local must be followed by a name", loc),
            },
            "count" | "each" => invalid(
                format!("{root} is used outside a resource that sets it"),
                loc,
            ),
            // Relative to the root module's directory, as Terraform gives them (and as
            // `file()` resolves relative paths).
            "path" => match attr(0) {
                Some("module") => {
                    let p = self.env.module_path().to_string_lossy().into_owned();
                    self.apply(Node::new(Value::Str(p), loc.clone()), &ops[1..], &loc)
                }
                Some("root" | "cwd") => self.apply(
                    Node::new(Value::Str(".".into()), loc.clone()),
                    &ops[1..],
                    &loc,
                ),
                _ => invalid("path must be followed by module, root or cwd", loc),
            },
            "terraform" => unknown(
                "depends on the Terraform workspace, chosen when Terraform runs",
                loc,
            ),
            "self" => unknown("refers to the resource itself, known only after apply", loc),
            "data" => match (attr(0), attr(1)) {
                (Some(ty), Some(name)) => self.data_ref(ty, name, &ops[2..], loc),
                _ => invalid("data must be followed by a type and a name", loc),
            },
            "module" => match attr(0) {
                Some(name) => module::output_ref(self, name, &ops[1..], loc),
                None => invalid("module must be followed by a module name", loc),
            },
            ty => match attr(0) {
                Some(name) => self.resource_ref(ty, name, &ops[1..], loc),
                None => invalid(format!("unknown name '{ty}'"), loc),
            },
        }
    }

    /// Applies traversal operators to a value.
    pub fn apply(&self, mut cur: Node, ops: &[&TraversalOperator], loc: &Option<Location>) -> Node {
        for (i, op) in ops.iter().enumerate() {
            if matches!(
                cur.value,
                Value::Unknown(_) | Value::Secret | Value::LiteralSecret
            ) {
                return cur;
            }
            if let Value::Ref { target, attribute } = &cur.value {
                return unknown(
                    format!(
                        "reads a nested attribute of '{}', known only after apply",
                        ref_token(target, attribute.as_deref())
                    ),
                    loc.clone(),
                );
            }
            cur = match op {
                TraversalOperator::GetAttr(a) => match &cur.value {
                    Value::Map(entries) => match entries.iter().find(|(k, _)| k == a.as_str()) {
                        Some((_, v)) => v.clone(),
                        None => {
                            return invalid(format!("no attribute '{}'", a.as_str()), loc.clone());
                        }
                    },
                    _ => {
                        return invalid(
                            format!("cannot read attribute '{}' of this value", a.as_str()),
                            loc.clone(),
                        );
                    }
                },
                TraversalOperator::Index(e) => {
                    let k = self.eval(e);
                    match index(&cur, &k) {
                        Ok(v) => v,
                        Err(n) => return relocate(n, loc),
                    }
                }
                TraversalOperator::LegacyIndex(n) => {
                    match index(&cur, &Node::bare(Value::Int(*n.value() as i64))) {
                        Ok(v) => v,
                        Err(n) => return relocate(n, loc),
                    }
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let items = match &cur.value {
                        Value::List(items) => items.clone(),
                        Value::Null => Vec::new(),
                        _ => vec![cur.clone()],
                    };
                    let rest = &ops[i + 1..];
                    let out = items
                        .into_iter()
                        .map(|x| self.apply(x, rest, loc))
                        .collect();
                    return Node::new(Value::List(out), loc.clone());
                }
            };
        }
        cur
    }

    /// A reference to a managed resource: `aws_kms_key.phi.arn`, `aws_s3_bucket.logs[0].id`.
    fn resource_ref(
        &self,
        ty: &str,
        name: &str,
        ops: &[&TraversalOperator],
        loc: Option<Location>,
    ) -> Node {
        let base = format!("{}{ty}.{name}", self.env.prefix);
        if !self.env.declares(ty, name) {
            return invalid(format!("no resource '{ty}.{name}' is declared"), loc);
        }
        match ops.first() {
            Some(TraversalOperator::Index(e)) => {
                let k = self.eval(e);
                match module::instance_key(&k) {
                    Ok(key) => self.resource_attr(ty, &format!("{base}{key}"), &ops[1..], loc),
                    Err(n) => unknown(
                        format!(
                            "selects an instance of {ty}.{name} by a key that {}",
                            why(&n)
                        ),
                        loc,
                    ),
                }
            }
            Some(TraversalOperator::LegacyIndex(i)) => {
                self.resource_attr(ty, &format!("{base}[{}]", i.value()), &ops[1..], loc)
            }
            Some(TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_)) => {
                match self.env.instance_keys(ty, name) {
                    Ok(keys) => {
                        let items = keys
                            .iter()
                            .map(|k| {
                                self.resource_attr(
                                    ty,
                                    &format!("{base}{k}"),
                                    &ops[1..],
                                    loc.clone(),
                                )
                            })
                            .collect();
                        Node::new(Value::List(items), loc)
                    }
                    Err(why) => unknown(why, loc),
                }
            }
            _ => self.resource_attr(ty, &base, ops, loc),
        }
    }

    fn resource_attr(
        &self,
        ty: &str,
        target: &str,
        ops: &[&TraversalOperator],
        loc: Option<Location>,
    ) -> Node {
        let attr = match ops.first() {
            Some(TraversalOperator::GetAttr(a)) => Some(a.as_str()),
            None => None,
            Some(_) => {
                return unknown(
                    format!("reads a nested value of '{target}', known only after apply"),
                    loc,
                );
            }
        };
        if let Some(v) = generated(ty, attr) {
            return Node::new(v, loc);
        }
        if ops.len() > 1 {
            return unknown(
                format!("reads a nested attribute of '{target}', known only after apply"),
                loc,
            );
        }
        Node::new(
            Value::Ref {
                target: target.to_string(),
                attribute: attr.and_then(ref_attribute),
            },
            loc,
        )
    }

    /// A reference to a data source: policy documents are rendered; other data
    /// sources are references to things read when Terraform runs.
    fn data_ref(
        &self,
        ty: &str,
        name: &str,
        ops: &[&TraversalOperator],
        loc: Option<Location>,
    ) -> Node {
        let (key, ops) = match ops.first() {
            Some(TraversalOperator::Index(e)) => match module::instance_key(&self.eval(e)) {
                Ok(k) => (k, &ops[1..]),
                Err(n) => {
                    return unknown(
                        format!("selects a data source instance by a key that {}", why(&n)),
                        loc,
                    );
                }
            },
            _ => (String::new(), ops),
        };
        let target = format!("{}data.{ty}.{name}{key}", self.env.prefix);
        let attr = match ops.first() {
            Some(TraversalOperator::GetAttr(a)) => a.as_str(),
            _ => {
                return unknown(
                    format!("reads data source '{target}', known only when Terraform runs"),
                    loc,
                );
            }
        };
        if ty == "aws_iam_policy_document" && matches!(attr, "json" | "minified_json") {
            let doc = self.env.policy_document(name, &key);
            return self.apply(relocate(doc, &loc), &ops[1..], &loc);
        }
        if ty.starts_with("aws_secretsmanager_secret_version") && attr == "secret_string" {
            return Node::new(Value::Secret, loc);
        }
        if ops.len() > 1 {
            return unknown(
                format!(
                    "reads a nested attribute of data source '{target}', known only when Terraform runs"
                ),
                loc,
            );
        }
        Node::new(
            Value::Ref {
                target,
                attribute: ref_attribute(attr),
            },
            loc,
        )
    }
}

/// The value of an attribute generated by a non-AWS resource, or of a secret.
fn generated(ty: &str, attr: Option<&str>) -> Option<Value> {
    match (ty, attr) {
        ("random_password" | "random_string", Some("result" | "bcrypt_hash")) => {
            Some(Value::Secret)
        }
        ("aws_secretsmanager_secret_version", Some("secret_string" | "secret_binary")) => {
            Some(Value::Secret)
        }
        (t, Some(a)) if !t.starts_with("aws_") => Some(Value::Unknown(format!(
            "is generated by {t}.{a} when Terraform applies"
        ))),
        _ => None,
    }
}

/// Whether a value is one Terraform would reject (see [`INVALID`]).
pub fn is_invalid(n: &Node) -> bool {
    matches!(&n.value, Value::Unknown(r) if r.starts_with(INVALID))
}

/// Whether a reference to a resource is anywhere under `n`.
pub fn has_ref(n: &Node) -> bool {
    let mut found = false;
    n.walk(&mut |x| found |= matches!(x.value, Value::Ref { .. }));
    found
}

/// Why a value is not a usable literal, as the end of a sentence ("...that {why}").
pub fn why(n: &Node) -> String {
    match &n.value {
        Value::Unknown(r) => r
            .strip_prefix(INVALID)
            .map_or_else(|| r.clone(), |r| format!("is invalid ({r})")),
        Value::Ref { target, attribute } => format!(
            "refers to '{}', known only after apply",
            ref_token(target, attribute.as_deref())
                .trim_start_matches("${")
                .trim_end_matches('}')
        ),
        Value::Secret | Value::LiteralSecret => "is a secret".into(),
        Value::Null => "is null".into(),
        _ => "is not of the expected type".into(),
    }
}

/// The (key, value) pairs of a collection: index and item of a list, key and value of a map.
pub fn iterate(coll: &Node) -> Result<Vec<(Node, Node)>, Node> {
    match &coll.value {
        Value::List(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, v)| (Node::bare(Value::Int(i as i64)), v.clone()))
            .collect()),
        // Terraform iterates maps in key order.
        Value::Map(entries) => {
            let mut e: Vec<(Node, Node)> = entries
                .iter()
                .map(|(k, v)| (Node::bare(Value::Str(k.clone())), v.clone()))
                .collect();
            e.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
            Ok(e)
        }
        Value::Null => Ok(Vec::new()),
        _ => Err(coll.clone()),
    }
}

fn index(coll: &Node, key: &Node) -> Result<Node, Node> {
    if matches!(
        key.value,
        Value::Unknown(_) | Value::Ref { .. } | Value::Secret | Value::LiteralSecret
    ) {
        return Err(unknown(
            format!("is selected by a key that {}", why(key)),
            None,
        ));
    }
    match &coll.value {
        Value::List(items) => match key.as_i64().and_then(|i| usize::try_from(i).ok()) {
            Some(i) => items
                .get(i)
                .cloned()
                .ok_or_else(|| invalid(format!("index {i} is out of range"), None)),
            None => Err(invalid("a list index must be a number", None)),
        },
        Value::Map(entries) => {
            let k = key.scalar_text().unwrap_or_default();
            entries
                .iter()
                .find(|(x, _)| *x == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| invalid(format!("no key '{k}'"), None))
        }
        _ => Err(invalid("only lists and maps can be indexed", None)),
    }
}

/// A number, accepting numeric strings as Terraform converts them.
pub fn number(n: &Node) -> Option<f64> {
    match &n.value {
        Value::Int(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A number as the model's value: an integer when it is whole.
pub fn number_value(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 9.0e15 {
        Value::Int(f as i64)
    } else {
        Value::Float(f)
    }
}

fn arith(op: &BinaryOperator, a: f64, b: f64) -> Option<Value> {
    use BinaryOperator as B;
    Some(match op {
        B::Plus => number_value(a + b),
        B::Minus => number_value(a - b),
        B::Mul => number_value(a * b),
        B::Div if b != 0.0 => number_value(a / b),
        B::Mod if b != 0.0 => number_value(a % b),
        B::Less => Value::Bool(a < b),
        B::LessEq => Value::Bool(a <= b),
        B::Greater => Value::Bool(a > b),
        B::GreaterEq => Value::Bool(a >= b),
        _ => return None,
    })
}
