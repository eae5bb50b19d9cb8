//! Does a resource policy refuse requests that do not use TLS?
//!
//! The whitepaper's way to require HTTPS for SQS, S3 and S3 Glacier is a policy statement
//! that denies every principal every data action when `aws:SecureTransport` is false. This
//! module reads a policy document (a map, or a JSON string as Terraform writes it) and
//! answers that one question; a statement whose deciding parts cannot be resolved makes
//! the answer unknown rather than "no".
//!
//! A small, purpose-built evaluator: the S3 bucket-policy evaluator (`policy.rs`) may
//! replace it once merged.

use crate::unknown_reason;
use phiguard_model::{Location, Lookup, Node, Value};

/// What a policy says about plaintext requests.
#[derive(Debug)]
pub enum Transport {
    /// A statement denies all principals the data actions without TLS (its location).
    Enforced(Option<Location>),
    /// No statement does (why, in a sentence fragment).
    NotEnforced(String),
    /// A statement that might do so cannot be resolved (why, where).
    Unknown(String, Option<Location>),
}

/// The actions and resources a plaintext deny must cover.
pub struct Scope<'a> {
    /// Data-plane actions that carry PHI (`sqs:SendMessage`, `sqs:ReceiveMessage`).
    pub data_actions: &'a [&'a str],
    /// Whether a statement's `Resource` value covers the resource judged:
    /// `Some(true)`, `Some(false)` or `None` when it cannot be told.
    pub covers: &'a dyn Fn(&Node) -> Option<bool>,
}

/// A policy document as a node: maps pass through, JSON strings are parsed.
pub fn document(n: &Node) -> Result<Node, String> {
    match &n.value {
        Value::Map(_) => Ok(n.clone()),
        Value::Str(s) => match serde_json::from_str::<serde_json::Value>(s) {
            Ok(v) => Ok(from_json(&v, n.location.as_ref())),
            Err(e) => Err(format!("is not valid JSON ({e})")),
        },
        _ => Err(unknown_reason(n)),
    }
}

fn from_json(v: &serde_json::Value, loc: Option<&Location>) -> Node {
    let value = match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or_default()),
        },
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(|x| from_json(x, loc)).collect()),
        serde_json::Value::Object(m) => Value::Map(
            m.iter()
                .map(|(k, x)| (k.clone(), from_json(x, loc)))
                .collect(),
        ),
    };
    Node::new(value, loc.cloned())
}

/// The statements of a document (a list, or a single statement map).
pub fn statements(doc: &Node) -> Result<Vec<&Node>, String> {
    match doc.get("Statement") {
        Lookup::Absent => Ok(Vec::new()),
        Lookup::Unknown(n) => Err(unknown_reason(n)),
        Lookup::Set(n) => match &n.value {
            Value::List(items) => Ok(items.iter().collect()),
            Value::Map(_) => Ok(vec![n]),
            _ => Err(unknown_reason(n)),
        },
    }
}

/// Strings of a string-or-list value; `Err` when any item is not resolvable.
pub fn strings(n: &Node) -> Result<Vec<&str>, String> {
    match &n.value {
        Value::Str(s) => Ok(vec![s.as_str()]),
        Value::List(items) => items
            .iter()
            .map(|i| i.as_str().ok_or_else(|| unknown_reason(i)))
            .collect(),
        _ => Err(unknown_reason(n)),
    }
}

/// `*`-and-`?` glob match, case-insensitive (IAM action matching).
pub fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_ascii_lowercase().chars().collect();
    let t: Vec<char> = text.to_ascii_lowercase().chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

enum Judged {
    Full,
    Partial(String),
    Irrelevant,
    Unknown(String),
}

/// Whether the documents together deny plaintext access to the scope.
pub fn evaluate(docs: &[Node], scope: &Scope) -> Transport {
    let mut unknown: Option<(String, Option<Location>)> = None;
    let mut partial: Option<String> = None;
    for doc in docs {
        let stmts = match statements(doc) {
            Ok(s) => s,
            Err(why) => {
                unknown.get_or_insert((
                    format!("the policy's statements: {why}"),
                    doc.location.clone(),
                ));
                continue;
            }
        };
        for s in stmts {
            match judge(s, scope) {
                Judged::Full => return Transport::Enforced(s.location.clone()),
                Judged::Partial(why) => {
                    partial.get_or_insert(why);
                }
                Judged::Unknown(why) => {
                    unknown.get_or_insert((why, s.location.clone()));
                }
                Judged::Irrelevant => {}
            }
        }
    }
    if let Some((why, loc)) = unknown {
        return Transport::Unknown(why, loc);
    }
    Transport::NotEnforced(partial.unwrap_or_else(|| {
        "no statement denies requests whose aws:SecureTransport is false".into()
    }))
}

fn judge(s: &Node, scope: &Scope) -> Judged {
    // Only a Deny on aws:SecureTransport = false is of interest.
    match s.get("Effect") {
        Lookup::Set(n) if n.as_str() == Some("Deny") => {}
        Lookup::Set(n) if n.as_str().is_some() => return Judged::Irrelevant,
        Lookup::Absent => return Judged::Irrelevant,
        Lookup::Set(n) | Lookup::Unknown(n) => {
            return Judged::Unknown(format!("a statement's Effect {}", unknown_reason(n)));
        }
    }
    let cond = match s.get("Condition") {
        Lookup::Absent => return Judged::Irrelevant,
        Lookup::Unknown(n) => {
            return Judged::Unknown(format!(
                "a Deny statement's Condition {}",
                unknown_reason(n)
            ));
        }
        Lookup::Set(n) if matches!(n.value, Value::Map(_)) => n,
        Lookup::Set(n) => {
            return Judged::Unknown(format!(
                "a Deny statement's Condition {}",
                unknown_reason(n)
            ));
        }
    };
    let mut insecure = false;
    let mut other_conditions = false;
    for (op, clauses) in cond.entries() {
        let is_bool = op.eq_ignore_ascii_case("Bool") || op.eq_ignore_ascii_case("BoolIfExists");
        for (key, v) in clauses.entries() {
            if is_bool && key.eq_ignore_ascii_case("aws:SecureTransport") {
                let vals: Vec<Option<bool>> = match &v.value {
                    Value::List(items) => items.iter().map(Node::as_bool).collect(),
                    _ => vec![v.as_bool()],
                };
                if vals.iter().any(Option::is_none) {
                    return Judged::Unknown(format!("aws:SecureTransport {}", unknown_reason(v)));
                }
                if vals.contains(&Some(false)) {
                    insecure = true;
                }
            } else {
                other_conditions = true;
            }
        }
        if clauses.entries().is_empty() && !matches!(clauses.value, Value::Map(_)) {
            return Judged::Unknown(format!(
                "a Deny statement's condition {}",
                unknown_reason(clauses)
            ));
        }
    }
    if !insecure {
        return Judged::Irrelevant;
    }
    if other_conditions {
        return Judged::Unknown(
            "the Deny on aws:SecureTransport carries further conditions that narrow it".into(),
        );
    }
    // Everyone.
    if !s.get("NotPrincipal").is_absent() {
        return Judged::Partial(
            "the Deny on aws:SecureTransport uses NotPrincipal, so it exempts some principals"
                .into(),
        );
    }
    match s.get("Principal") {
        Lookup::Set(p) => match everyone(p) {
            Some(true) => {}
            Some(false) => {
                return Judged::Partial(
                    "the Deny on aws:SecureTransport names specific principals, not '*'".into(),
                );
            }
            None => return Judged::Unknown(format!("the Deny's Principal {}", unknown_reason(p))),
        },
        Lookup::Unknown(p) => {
            return Judged::Unknown(format!("the Deny's Principal {}", unknown_reason(p)));
        }
        // Identity policies have no principal; in a resource policy it is required.
        Lookup::Absent => {}
    }
    // The data actions.
    let uncovered = match (s.get("Action"), s.get("NotAction")) {
        (Lookup::Set(a), _) => match strings(a) {
            Ok(pats) => scope
                .data_actions
                .iter()
                .filter(|act| !pats.iter().any(|p| glob(p, act)))
                .copied()
                .collect::<Vec<_>>(),
            Err(why) => return Judged::Unknown(format!("the Deny's Action {why}")),
        },
        (Lookup::Absent, Lookup::Set(na)) => match strings(na) {
            Ok(pats) => scope
                .data_actions
                .iter()
                .filter(|act| pats.iter().any(|p| glob(p, act)))
                .copied()
                .collect(),
            Err(why) => return Judged::Unknown(format!("the Deny's NotAction {why}")),
        },
        (Lookup::Unknown(a), _) | (_, Lookup::Unknown(a)) => {
            return Judged::Unknown(format!("the Deny's Action {}", unknown_reason(a)));
        }
        (Lookup::Absent, Lookup::Absent) => return Judged::Irrelevant,
    };
    if !uncovered.is_empty() {
        return Judged::Partial(format!(
            "the Deny on aws:SecureTransport does not cover {}",
            uncovered.join(", ")
        ));
    }
    // The resource.
    match s.get("Resource") {
        Lookup::Set(r) => {
            let items: Vec<&Node> = match &r.value {
                Value::List(items) => items.iter().collect(),
                _ => vec![r],
            };
            let mut any_unknown = false;
            for i in items {
                match (scope.covers)(i) {
                    Some(true) => return Judged::Full,
                    Some(false) => {}
                    None => any_unknown = true,
                }
            }
            if any_unknown {
                Judged::Unknown("the Deny's Resource cannot be matched to this resource".into())
            } else {
                Judged::Irrelevant
            }
        }
        Lookup::Unknown(r) => Judged::Unknown(format!("the Deny's Resource {}", unknown_reason(r))),
        Lookup::Absent => Judged::Full,
    }
}

/// `"*"` or `{"AWS": "*"}`.
fn everyone(p: &Node) -> Option<bool> {
    match &p.value {
        Value::Str(s) => Some(s == "*"),
        Value::Map(_) => match p.get("AWS") {
            Lookup::Set(a) => strings(a).ok().map(|v| v.contains(&"*")),
            Lookup::Unknown(_) => None,
            Lookup::Absent => Some(false),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(json: &str) -> Node {
        document(&Node::bare(Value::Str(json.into()))).unwrap()
    }

    fn scope_all(n: &Node) -> Option<bool> {
        n.as_str().map(|_| true)
    }

    const SQS: &[&str] = &["sqs:SendMessage", "sqs:ReceiveMessage"];

    fn eval(json: &str) -> Transport {
        evaluate(
            &[doc(json)],
            &Scope {
                data_actions: SQS,
                covers: &scope_all,
            },
        )
    }

    #[test]
    fn glob_matches_like_iam() {
        assert!(glob("sqs:*", "sqs:SendMessage"));
        assert!(glob("*", "sqs:SendMessage"));
        assert!(glob("SQS:send*", "sqs:SendMessage"));
        assert!(!glob("sqs:Receive*", "sqs:SendMessage"));
        assert!(glob("s?s:*Message", "sqs:SendMessage"));
    }

    #[test]
    fn a_full_deny_enforces_tls() {
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(matches!(eval(j), Transport::Enforced(_)));
        let j = r#"{"Statement":{"Effect":"Deny","Principal":{"AWS":["*"]},"NotAction":"sqs:GetQueueUrl",
            "Resource":"arn:aws:sqs:us-east-1:111122223333:claims","Condition":{"BoolIfExists":{"aws:SecureTransport":false}}}}"#;
        assert!(matches!(eval(j), Transport::Enforced(_)));
    }

    #[test]
    fn partial_or_missing_denies_do_not() {
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(matches!(eval(j), Transport::NotEnforced(m) if m.contains("sqs:ReceiveMessage")));
        let j = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"#;
        assert!(matches!(eval(j), Transport::NotEnforced(_)));
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sqs:*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(matches!(eval(j), Transport::NotEnforced(_)));
    }

    #[test]
    fn unresolvable_parts_are_unknown() {
        let d = Node::bare(Value::Map(vec![(
            "Statement".into(),
            Node::bare(Value::Unknown("parameter".into())),
        )]));
        assert!(matches!(
            evaluate(
                &[d],
                &Scope {
                    data_actions: SQS,
                    covers: &scope_all
                }
            ),
            Transport::Unknown(..)
        ));
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"},"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}"#;
        assert!(matches!(eval(j), Transport::Unknown(..)));
    }
}
