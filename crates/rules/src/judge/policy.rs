//! What a resource policy means: the statements of an IAM policy document, and
//! whether they deny every request made without TLS.
//!
//! Written for S3 bucket policies and meant for every resource policy that can
//! require encrypted transport (SQS queue policies, SNS topic policies). A policy is
//! judged by its meaning, not its spelling: actions and resources are matched as IAM
//! matches them (wildcards, `NotAction`, `NotResource`), several statements and several
//! documents combine, and a value that cannot be resolved makes the answer unknown
//! rather than a guess.
//!
//! Which conditions count as "deny insecure transport":
//! - `Bool` or `BoolIfExists` on `aws:SecureTransport` = `false`: the standard form.
//! - `NumericLessThanIfExists` on `s3:TlsVersion`: a request over plain HTTP has no TLS
//!   version, so the `IfExists` form matches it too and denies it.
//! - `NumericLessThan` on `s3:TlsVersion` (without `IfExists`) denies old TLS only: a
//!   plain-HTTP request carries no TLS version, the condition does not match and the
//!   request is not denied. Such a statement is a good addition, never a replacement.
//!
//! A statement whose condition adds other keys (`aws:SourceVpce`, ...) denies insecure
//! requests only when those also match, so it does not establish the denial (unknown).

use crate::{MessagePart, Outcome};
use phiguard_model::{Location, Lookup, Node, Value};

/// Why a policy (or part of it) cannot be read statically.
#[derive(Clone, Debug, PartialEq)]
pub struct Unresolved {
    /// What could not be resolved.
    pub reason: String,
    /// Where.
    pub location: Option<Location>,
}

impl std::fmt::Display for Unresolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl Unresolved {
    fn new(reason: impl Into<String>, node: &Node) -> Self {
        Self {
            reason: reason.into(),
            location: node.location.clone(),
        }
    }
}

/// A policy document's statements. The document may be a map (CloudFormation) or a JSON
/// string (Terraform `jsonencode`, heredocs).
pub fn statements(doc: &Node) -> Result<Vec<Node>, Unresolved> {
    let parsed;
    let doc = match &doc.value {
        Value::Str(s) => {
            let json: serde_json::Value = serde_json::from_str(s)
                .map_err(|e| Unresolved::new(format!("the policy is not valid JSON ({e})"), doc))?;
            parsed = from_json(&json, doc.location.as_ref());
            &parsed
        }
        Value::Map(_) => doc,
        _ => {
            return Err(Unresolved::new(
                why_unresolved(doc, "the policy document"),
                doc,
            ));
        }
    };
    let Some(stmts) = field(doc, "Statement") else {
        return Ok(Vec::new());
    };
    match &stmts.value {
        Value::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for s in items {
                match &s.value {
                    Value::Map(_) => out.push(s.clone()),
                    _ => return Err(Unresolved::new(why_unresolved(s, "a statement"), s)),
                }
            }
            Ok(out)
        }
        Value::Map(_) => Ok(vec![stmts.clone()]),
        _ => Err(Unresolved::new(why_unresolved(stmts, "Statement"), stmts)),
    }
}

/// A [`statements`] failure's reason ([`Unresolved`]) as a Fluent message
/// (`policy-unresolved-*`, the reason nested), recognised exactly from its English; `None`
/// when it has no Fluent form (malformed JSON).
pub fn unresolved_l10n(reason: &str) -> Option<MessagePart> {
    const WHAT: &[(&str, &str)] = &[
        ("the policy document ", "policy-unresolved-document"),
        ("a statement ", "policy-unresolved-statement"),
        ("Statement ", "policy-unresolved-statement-field"),
    ];
    let (id, rest) = WHAT
        .iter()
        .find_map(|&(what, id)| Some((id, reason.strip_prefix(what)?)))?;
    let why = match rest {
        "is not a policy document" => MessagePart::new("reason-not-policy-document", &[]),
        _ => crate::judge::reference::why_l10n(rest)?,
    };
    Some(MessagePart::new(id, &[]).with("reason", why))
}

fn why_unresolved(n: &Node, what: &str) -> String {
    match &n.value {
        Value::Unknown(_) | Value::Choice { .. } => {
            format!("{what} {}", crate::unknown_reason(n))
        }
        Value::Ref { target, .. } => {
            format!("{what} refers to '{target}', known only at deploy time")
        }
        _ => format!("{what} is not a policy document"),
    }
}

fn from_json(v: &serde_json::Value, loc: Option<&Location>) -> Node {
    use serde_json::Value as J;
    let value = match v {
        J::Null => Value::Null,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::Str(s.clone()),
        J::Array(items) => Value::List(items.iter().map(|i| from_json(i, loc)).collect()),
        J::Object(m) => Value::Map(
            m.iter()
                .map(|(k, v)| (k.clone(), from_json(v, loc)))
                .collect(),
        ),
    };
    Node::new(value, loc.cloned())
}

/// A statement element by name (IAM element names, matched case-insensitively).
pub fn field<'a>(stmt: &'a Node, name: &str) -> Option<&'a Node> {
    stmt.entries()
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
        .filter(|v| !matches!(v.value, Value::Null))
}

/// A three-valued answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Tri {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Cannot tell; the reason.
    Unknown(String),
}

/// The strings of a policy element written as a string or a list of strings.
/// References become `${Name}` / `${Name.Attribute}` tokens.
pub fn strings(n: &Node) -> Result<Vec<String>, String> {
    fn one(n: &Node) -> Result<String, String> {
        match &n.value {
            Value::Str(s) => Ok(s.clone()),
            Value::Ref {
                target,
                attribute: None,
            } => Ok(format!("${{{target}}}")),
            Value::Ref {
                target,
                attribute: Some(a),
            } => Ok(format!("${{{target}.{a}}}")),
            Value::Unknown(r) => Err(r.clone()),
            Value::Choice { .. } => Err(crate::unknown_reason(n)),
            Value::Secret | Value::LiteralSecret => Err("comes from a secret".into()),
            _ => Err("is not a string".into()),
        }
    }
    match &n.value {
        Value::List(items) => items.iter().map(one).collect(),
        _ => one(n).map(|s| vec![s]),
    }
}

/// Whether `pattern` (IAM wildcards `*` and `?`) matches `text`.
pub fn glob(pattern: &str, text: &str, ignore_case: bool) -> bool {
    let eq = |a: char, b: char| {
        if ignore_case {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || (p[pi] != '*' && eq(p[pi], t[ti]))) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Whether an action pattern (`s3:*`, `s3:Get*`, `*`) covers `action` (case-insensitive,
/// as IAM compares actions).
pub fn action_matches(pattern: &str, action: &str) -> bool {
    glob(pattern.trim(), action, true)
}

/// Whether a statement applies to `action`, reading `Action` or `NotAction`.
pub fn covers_action(stmt: &Node, action: &str) -> Tri {
    let (node, negated) = match (field(stmt, "Action"), field(stmt, "NotAction")) {
        (Some(a), _) => (a, false),
        (None, Some(n)) => (n, true),
        (None, None) => return Tri::No,
    };
    match strings(node) {
        Ok(patterns) => {
            let hit = patterns.iter().any(|p| action_matches(p, action));
            if hit != negated { Tri::Yes } else { Tri::No }
        }
        Err(r) => Tri::Unknown(format!("Action {r}")),
    }
}

/// What a policy must cover: one resource, described by example ARNs that must all be
/// matched (an object wildcard is described by several keys).
#[derive(Clone, Debug)]
pub struct Target {
    /// How messages name it (`the bucket`, `its objects (bucket/*)`).
    pub label: String,
    /// `label` as a Fluent message id.
    pub label_id: &'static str,
    /// ARNs a covering `Resource` pattern must match, every one of them. When the first
    /// ends in `*` the target is a wildcard (every object), and a `NotResource` pattern
    /// inside it excludes part of it.
    pub probes: Vec<String>,
}

/// Whether a statement applies to every probe of `target`, reading `Resource` or
/// `NotResource`. `rewrites` replace reference tokens in the policy's strings first
/// (`${Bucket.Arn}` → `arn:aws:s3:::${Bucket}`).
pub fn covers_resource(stmt: &Node, target: &Target, rewrites: &[(String, String)]) -> Tri {
    let (node, negated) = match (field(stmt, "Resource"), field(stmt, "NotResource")) {
        (Some(r), _) => (r, false),
        (None, Some(n)) => (n, true),
        (None, None) => return Tri::No,
    };
    let patterns = match strings(node) {
        Ok(p) => p,
        Err(r) => return Tri::Unknown(format!("Resource {r}")),
    };
    let probes: Vec<String> = target.probes.iter().map(|p| normalise_arn(p)).collect();
    let patterns: Vec<String> = patterns
        .iter()
        .map(|p| normalise_arn(&rewrite(p, rewrites)))
        .collect();
    let covered = if negated {
        // Denied everywhere except the listed resources: covered unless one is excluded,
        // including a part of a wildcard target (`bucket/public/*` inside `bucket/*`).
        let base = probes
            .first()
            .and_then(|p| p.strip_suffix('*'))
            .unwrap_or_default();
        !patterns.iter().any(|p| {
            probes.iter().any(|probe| glob(p, probe, false))
                || (!base.is_empty() && p.split(['*', '?']).next().unwrap_or("").starts_with(base))
        })
    } else {
        patterns
            .iter()
            .any(|p| probes.iter().all(|probe| glob(p, probe, false)))
    };
    if covered { Tri::Yes } else { Tri::No }
}

fn rewrite(s: &str, rewrites: &[(String, String)]) -> String {
    let mut out = s.to_string();
    for (from, to) in rewrites {
        if out.contains(from.as_str()) {
            out = out.replace(from.as_str(), to);
        }
    }
    out
}

/// Writes every partition as `aws` (a template may hard-code `aws-us-gov` or `aws-cn`).
fn normalise_arn(s: &str) -> String {
    for p in [
        "arn:aws-us-gov:",
        "arn:aws-cn:",
        "arn:aws-iso:",
        "arn:aws-iso-b:",
        "arn:${AWS::Partition}:",
    ] {
        if let Some(rest) = s.strip_prefix(p) {
            return format!("arn:aws:{rest}");
        }
    }
    s.to_string()
}

/// Whether the statement's principal is everyone (`"*"`, `{"AWS": "*"}`). A statement with
/// `NotPrincipal` exempts someone, so it is not everyone.
pub fn principal_is_everyone(stmt: &Node) -> Tri {
    if field(stmt, "NotPrincipal").is_some() {
        return Tri::No;
    }
    let Some(p) = field(stmt, "Principal") else {
        return Tri::No;
    };
    match &p.value {
        Value::Str(s) => bool_tri(s.trim() == "*"),
        Value::Map(entries) => {
            let mut unknown = None;
            for (k, v) in entries {
                if !k.eq_ignore_ascii_case("AWS") {
                    continue;
                }
                match strings(v) {
                    Ok(list) if list.iter().any(|s| s.trim() == "*") => return Tri::Yes,
                    Ok(_) => {}
                    Err(r) => unknown = Some(format!("Principal {r}")),
                }
            }
            unknown.map_or(Tri::No, Tri::Unknown)
        }
        Value::Unknown(_) | Value::Choice { .. } => {
            Tri::Unknown(format!("Principal {}", crate::unknown_reason(p)))
        }
        _ => Tri::No,
    }
}

fn bool_tri(b: bool) -> Tri {
    if b { Tri::Yes } else { Tri::No }
}

/// Whether the statement's `Effect` is `Deny`.
pub fn is_deny(stmt: &Node) -> Tri {
    match field(stmt, "Effect") {
        Some(e) => match e.as_str() {
            Some(s) => bool_tri(s.trim().eq_ignore_ascii_case("Deny")),
            None => Tri::Unknown(format!("Effect {}", why_unresolved(e, "").trim())),
        },
        None => Tri::No,
    }
}

/// Condition keys that tie a request to an account, an organisation, a network or a
/// calling resource, so that an `Allow` to everyone is no longer an allow to the internet.
const RESTRICTING_KEYS: &[&str] = &[
    "aws:sourceaccount",
    "aws:sourcearn",
    "aws:sourceowner",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
    "aws:sourcevpce",
    "aws:sourcevpc",
    "aws:sourceip",
    "aws:principalorgid",
    "aws:principalorgpaths",
    "aws:principalaccount",
    "aws:principalarn",
    "aws:userid",
    "kms:calleraccount",
];

/// Whether an `Allow` statement grants access to anyone on the internet: its principal is
/// everyone (`"*"`, `{"AWS": "*"}`) and no condition restricts it with a positive operator
/// on one of the account, organisation, network or source keys. An `...IfExists` operator
/// or a negated one does not restrict (a direct anonymous request has no source account,
/// so it matches), nor does a value that is itself `*` or an open IP range. A restricting
/// key whose value is unresolved still restricts: some account or network is named.
pub fn allows_public(stmt: &Node) -> Tri {
    match is_deny(stmt) {
        Tri::No => {}
        Tri::Yes => return Tri::No,
        Tri::Unknown(r) => return Tri::Unknown(r),
    }
    match principal_is_everyone(stmt) {
        Tri::Yes => {}
        other => return other,
    }
    let Some(cond) = field(stmt, "Condition") else {
        return Tri::Yes;
    };
    let Value::Map(ops) = &cond.value else {
        return Tri::Unknown(why_unresolved(cond, "Condition"));
    };
    for (op, keys) in ops {
        let op_l = op.to_ascii_lowercase();
        let base = op_l
            .trim_start_matches("forallvalues:")
            .trim_start_matches("foranyvalue:");
        let positive = matches!(
            base,
            "stringequals"
                | "stringequalsignorecase"
                | "stringlike"
                | "arnequals"
                | "arnlike"
                | "ipaddress"
        );
        if !positive {
            continue;
        }
        let Value::Map(keys) = &keys.value else {
            return Tri::Unknown(why_unresolved(keys, &format!("Condition {op}")));
        };
        for (key, value) in keys {
            if !RESTRICTING_KEYS.contains(&key.to_ascii_lowercase().as_str()) {
                continue;
            }
            match strings_or_scalars(value) {
                Ok(values) => {
                    let open = |v: &String| {
                        let v = v.trim();
                        v == "*" || v == "0.0.0.0/0" || v == "::/0" || v == "arn:aws:*"
                    };
                    if !values.is_empty() && !values.iter().any(open) {
                        return Tri::No;
                    }
                }
                // Some account or network is named, even if not which.
                Err(_) => return Tri::No,
            }
        }
    }
    Tri::Yes
}

/// What a statement's condition says about transport.
#[derive(Clone, Debug, PartialEq)]
pub enum TransportCondition {
    /// Matches every request made without TLS, and nothing else restricts it.
    Insecure,
    /// Matches insecure requests only when other condition keys match too.
    InsecureNarrowed(String),
    /// Matches old TLS versions only; plain HTTP is not matched.
    OldTlsOnly,
    /// Not about transport.
    Other,
    /// Cannot tell.
    Unknown(String),
}

/// Reads a statement's `Condition` (see the module documentation for what counts).
pub fn transport_condition(stmt: &Node) -> TransportCondition {
    let Some(cond) = field(stmt, "Condition") else {
        return TransportCondition::Other;
    };
    let Value::Map(ops) = &cond.value else {
        return TransportCondition::Unknown(why_unresolved(cond, "Condition"));
    };
    let mut insecure = false;
    let mut old_tls = false;
    let mut others = Vec::new();
    for (op, keys) in ops {
        let Value::Map(keys) = &keys.value else {
            return TransportCondition::Unknown(why_unresolved(keys, &format!("Condition {op}")));
        };
        for (key, value) in keys {
            let op_l = op.to_ascii_lowercase();
            let key_l = key.to_ascii_lowercase();
            let values = match strings_or_scalars(value) {
                Ok(v) => v,
                Err(r) => return TransportCondition::Unknown(format!("Condition {op} {key} {r}")),
            };
            match (op_l.as_str(), key_l.as_str()) {
                ("bool" | "boolifexists", "aws:securetransport") => {
                    if values.iter().any(|v| v.eq_ignore_ascii_case("false")) {
                        insecure = true;
                    } else {
                        // `true`: denies secure requests, which is not this check's business.
                        return TransportCondition::Other;
                    }
                }
                ("numericlessthanifexists" | "numericlessthan", "s3:tlsversion") => {
                    let if_exists = op_l.ends_with("ifexists");
                    if if_exists {
                        insecure = true;
                    } else {
                        old_tls = true;
                    }
                }
                _ => others.push(format!("{op} {key}")),
            }
        }
    }
    match (insecure, old_tls, others.is_empty()) {
        (true, _, true) => TransportCondition::Insecure,
        (true, _, false) => TransportCondition::InsecureNarrowed(others.join(", ")),
        (false, true, _) => TransportCondition::OldTlsOnly,
        _ => TransportCondition::Other,
    }
}

fn strings_or_scalars(n: &Node) -> Result<Vec<String>, String> {
    let one = |n: &Node| match &n.value {
        Value::Unknown(r) => Err(r.clone()),
        Value::Choice { .. } => Err(crate::unknown_reason(n)),
        _ => n
            .scalar_text()
            .ok_or_else(|| "is not a literal value".to_string()),
    };
    match &n.value {
        Value::List(items) => items.iter().map(one).collect(),
        _ => one(n).map(|s| vec![s]),
    }
}

/// What encrypted transport a set of policies must enforce.
#[derive(Clone, Debug)]
pub struct TransportRequirement<'a> {
    /// Actions that must be denied without TLS (`s3:GetObject`, `s3:PutObject`).
    pub actions: &'a [&'a str],
    /// Resources on which they must be denied.
    pub targets: &'a [Target],
    /// Token rewrites applied to policy resource strings (see [`covers_resource`]).
    pub rewrites: &'a [(String, String)],
}

/// The verdict on a set of policy statements.
#[derive(Clone, Debug, PartialEq)]
pub enum Transport {
    /// Every required action on every required resource is denied without TLS.
    Enforced {
        /// The statement that establishes it (the first one, when several combine).
        location: Option<Location>,
    },
    /// Some statement denies insecure transport, but not completely; says what is left.
    Partial {
        /// What is not covered, for the message.
        gaps: String,
        /// `gaps` as a Fluent message (`policy-transport-*`), when it has one.
        l10n: Option<MessagePart>,
        /// The closest statement.
        location: Option<Location>,
    },
    /// No statement denies insecure transport.
    Missing,
    /// A statement that could decide it cannot be resolved.
    Unknown(Unresolved),
}

/// Judges the statements of all the policies attached to one resource, combined.
pub fn require_secure_transport(statements: &[Node], req: &TransportRequirement<'_>) -> Transport {
    let cells: Vec<(usize, usize)> = (0..req.actions.len())
        .flat_map(|a| (0..req.targets.len()).map(move |t| (a, t)))
        .collect();
    let mut covered = vec![false; cells.len()];
    let mut first: Option<Option<Location>> = None;
    let mut unknown: Option<Unresolved> = None;
    let mut partial: Vec<(String, Option<&'static str>, Option<Location>)> = Vec::new();
    let note_unknown = |u: &mut Option<Unresolved>, reason: String, s: &Node| {
        if u.is_none() {
            *u = Some(Unresolved::new(reason, s));
        }
    };
    for s in statements {
        match is_deny(s) {
            Tri::Yes => {}
            Tri::No => continue,
            Tri::Unknown(r) => {
                note_unknown(&mut unknown, r, s);
                continue;
            }
        }
        let narrowed = match transport_condition(s) {
            TransportCondition::Insecure => None,
            TransportCondition::Other => continue,
            TransportCondition::OldTlsOnly => {
                partial.push((
                    "it denies only TLS versions below a minimum (s3:TlsVersion); a plain-HTTP \
                     request carries no TLS version and is not denied — add a Bool \
                     aws:SecureTransport=false deny"
                        .into(),
                    Some("policy-transport-old-tls-only"),
                    s.location.clone(),
                ));
                continue;
            }
            TransportCondition::InsecureNarrowed(o) => Some(o),
            TransportCondition::Unknown(r) => {
                note_unknown(&mut unknown, r, s);
                continue;
            }
        };
        match principal_is_everyone(s) {
            Tri::Yes => {}
            Tri::No => {
                partial.push((
                    "the aws:SecureTransport deny names specific principals (or exempts some with \
                     NotPrincipal), so other callers may still use plain HTTP"
                        .into(),
                    Some("policy-transport-some-principals"),
                    s.location.clone(),
                ));
                continue;
            }
            Tri::Unknown(r) => {
                note_unknown(&mut unknown, r, s);
                continue;
            }
        }
        if let Some(o) = narrowed {
            note_unknown(
                &mut unknown,
                format!(
                    "the aws:SecureTransport deny applies only when other conditions also match ({o})"
                ),
                s,
            );
            continue;
        }
        let actions: Vec<Tri> = req.actions.iter().map(|a| covers_action(s, a)).collect();
        let targets: Vec<Tri> = req
            .targets
            .iter()
            .map(|t| covers_resource(s, t, req.rewrites))
            .collect();
        let mut added = false;
        for (i, &(a, t)) in cells.iter().enumerate() {
            match (&actions[a], &targets[t]) {
                (Tri::Yes, Tri::Yes) => {
                    covered[i] = true;
                    added = true;
                }
                (Tri::Unknown(r), _) | (_, Tri::Unknown(r)) => {
                    note_unknown(&mut unknown, r.clone(), s);
                }
                _ => {}
            }
        }
        if added {
            first.get_or_insert(s.location.clone());
        } else {
            partial.push((String::new(), None, s.location.clone()));
        }
    }
    if covered.iter().all(|&c| c) && !cells.is_empty() {
        return Transport::Enforced {
            location: first.flatten(),
        };
    }
    if let Some(u) = unknown {
        return Transport::Unknown(u);
    }
    if first.is_none() && partial.is_empty() {
        return Transport::Missing;
    }
    // Something denies insecure transport, but gaps remain: name them.
    let explained: Vec<_> = partial.iter().filter(|(m, ..)| !m.is_empty()).collect();
    let location = first
        .clone()
        .flatten()
        .or_else(|| partial.iter().find_map(|(.., l)| l.clone()));
    if first.is_none()
        && let Some((m, id, _)) = explained.first()
    {
        return Transport::Partial {
            gaps: m.clone(),
            l10n: id.map(|id| MessagePart::new(id, &[])),
            location,
        };
    }
    let (gaps, l10n) = describe_gaps(&cells, &covered, req);
    Transport::Partial {
        l10n,
        gaps: format!("the aws:SecureTransport deny does not cover {gaps}"),
        location,
    }
}

/// Names the uncovered cells: whole actions, whole targets, then single pairs; with the
/// whole clause (`the aws:SecureTransport deny does not cover …`) as a Fluent message.
fn describe_gaps(
    cells: &[(usize, usize)],
    covered: &[bool],
    req: &TransportRequirement<'_>,
) -> (String, Option<MessagePart>) {
    let missing = |pred: &dyn Fn(usize, usize) -> bool| {
        cells
            .iter()
            .zip(covered)
            .filter(|&(&(a, t), c)| pred(a, t) && !*c)
            .count()
    };
    let action = |a: usize| MessagePart::new("policy-gap-action", &[("action", req.actions[a])]);
    let target = |t: usize| MessagePart::new(req.targets[t].label_id, &[]);
    let on = |a: MessagePart, t: MessagePart| {
        MessagePart::new("policy-gap-on", &[])
            .with("action", a)
            .with("target", t)
    };
    let gaps_said = |gaps: Option<MessagePart>| {
        gaps.map(|g| MessagePart::new("policy-transport-gaps", &[]).with("gaps", g))
    };
    let whole_actions: Vec<usize> = (0..req.actions.len())
        .filter(|&a| missing(&|x, _| x == a) == req.targets.len())
        .collect();
    let whole_targets: Vec<usize> = (0..req.targets.len())
        .filter(|&t| missing(&|_, y| y == t) == req.actions.len())
        .collect();
    if whole_actions.len() == req.actions.len() {
        let labels: Vec<&str> = req.targets.iter().map(|t| t.label.as_str()).collect();
        let actions = list(
            "policy-gap-or",
            (0..req.actions.len()).map(action).collect(),
        );
        let targets = list(
            "policy-gap-or",
            (0..req.targets.len()).map(target).collect(),
        );
        return (
            format!("{} on {}", req.actions.join(" or "), labels.join(" or ")),
            gaps_said(actions.zip(targets).map(|(a, t)| on(a, t))),
        );
    }
    let mut parts: Vec<(String, MessagePart)> = Vec::new();
    parts.extend(
        whole_actions
            .iter()
            .map(|&a| (req.actions[a].to_string(), action(a))),
    );
    parts.extend(
        whole_targets
            .iter()
            .map(|&t| (req.targets[t].label.clone(), target(t))),
    );
    let mut only_actions = whole_targets.is_empty();
    for (&(a, t), c) in cells.iter().zip(covered) {
        if !*c && !whole_actions.contains(&a) && !whole_targets.contains(&t) {
            parts.push((
                format!("{} on {}", req.actions[a], req.targets[t].label),
                on(action(a), target(t)),
            ));
            only_actions = false;
        }
    }
    let english = parts
        .iter()
        .map(|(e, _)| e.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let said = if only_actions {
        Some(MessagePart::new(
            "policy-transport-actions",
            &[("actions", &english)],
        ))
    } else {
        gaps_said(list(
            "policy-gap-next",
            parts.into_iter().map(|(_, p)| p).collect(),
        ))
    };
    (english, said)
}

/// `items` as one message: each but the last joined to the rest by message `id` (which
/// takes `first` and `rest`); `None` when there are none.
fn list(id: &'static str, items: Vec<MessagePart>) -> Option<MessagePart> {
    let mut items = items.into_iter().rev();
    let last = items.next()?;
    Some(items.fold(last, |rest, first| {
        MessagePart::new(id, &[])
            .with("first", first)
            .with("rest", rest)
    }))
}

// ---------------------------------------------------------------------------------
// Plaintext denial scoped by a closure: for services whose policy `Resource` is
// matched per service (SQS queues, Glacier vaults, S3 Transfer Acceleration), where
// [`require_secure_transport`] needs ARN targets.

/// What a policy says about plaintext requests.
#[derive(Debug)]
pub enum Plaintext {
    /// A statement denies all principals the data actions without TLS (its location).
    Enforced(Option<Location>),
    /// No statement does (why).
    NotEnforced(PlaintextGap),
    /// A statement that might do so cannot be resolved (why, where).
    Unknown(String, Option<Location>),
}

/// Why no statement denies plaintext requests. Its English (`Display`) is a sentence
/// fragment that callers end their message with.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaintextGap {
    /// No statement denies requests whose aws:SecureTransport is false.
    NoDeny,
    /// The deny exempts principals with NotPrincipal.
    NotPrincipal,
    /// The deny names specific principals.
    SomePrincipals,
    /// The deny leaves out these data actions (comma-separated).
    Actions(String),
}

impl std::fmt::Display for PlaintextGap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoDeny => {
                f.write_str("no statement denies requests whose aws:SecureTransport is false")
            }
            Self::NotPrincipal => f.write_str(
                "the Deny on aws:SecureTransport uses NotPrincipal, so it exempts some principals",
            ),
            Self::SomePrincipals => {
                f.write_str("the Deny on aws:SecureTransport names specific principals, not '*'")
            }
            Self::Actions(a) => write!(f, "the Deny on aws:SecureTransport does not cover {a}"),
        }
    }
}

impl PlaintextGap {
    /// `o`, whose English message ends with this gap, said as Fluent message `id` (which
    /// takes the gap as the message reference `gap`, a `policy-plaintext-*` id) or, when
    /// data actions are left out, as `actions_id` (which takes the argument `actions`).
    pub fn said(&self, o: Outcome, id: &'static str, actions_id: &'static str) -> Outcome {
        let gap = match self {
            Self::Actions(a) => return o.l10n(actions_id, &[("actions", a)]),
            Self::NoDeny => "policy-plaintext-no-deny",
            Self::NotPrincipal => "policy-plaintext-not-principal",
            Self::SomePrincipals => "policy-plaintext-some-principals",
        };
        o.l10n_refs(id, &[], &[("gap", gap)])
    }
}

/// Why [`deny_plaintext`] could not decide ([`Plaintext::Unknown`]) as a Fluent message
/// (`policy-plaintext-*`, the reason nested), recognised exactly from its English; `doc`
/// says the text a caller gave an unreadable document (`the policy of '…' …`). `None`
/// when some part has no Fluent form (the message stays English).
pub fn plaintext_unknown_l10n(
    why: &str,
    doc: &dyn Fn(&str) -> Option<MessagePart>,
) -> Option<MessagePart> {
    use crate::judge::reference::why_l10n;
    const FIXED: &[(&str, &str)] = &[
        (
            "the Deny on aws:SecureTransport carries further conditions that narrow it",
            "policy-plaintext-narrowed",
        ),
        (
            "the Deny's Resource cannot be matched to this resource",
            "policy-plaintext-resource-unmatched",
        ),
    ];
    const PREFIXED: &[(&str, &str)] = &[
        ("a statement's Effect ", "policy-plaintext-unknown-effect"),
        (
            "a Deny statement's Condition ",
            "policy-plaintext-unknown-condition",
        ),
        (
            "a Deny statement's condition ",
            "policy-plaintext-unknown-clause",
        ),
        (
            "aws:SecureTransport ",
            "policy-plaintext-unknown-secure-transport",
        ),
        (
            "the Deny's Principal ",
            "policy-plaintext-unknown-principal",
        ),
        ("the Deny's Action ", "policy-plaintext-unknown-action"),
        (
            "the Deny's NotAction ",
            "policy-plaintext-unknown-not-action",
        ),
        ("the Deny's Resource ", "policy-plaintext-unknown-resource"),
    ];
    if let Some(&(_, id)) = FIXED.iter().find(|(text, _)| *text == why) {
        return Some(MessagePart::new(id, &[]));
    }
    let (id, reason) = match why.strip_prefix("the policy's statements: ") {
        Some(rest) => (
            "policy-plaintext-unknown-statements",
            doc(rest)
                .or_else(|| unresolved_l10n(rest))
                .or_else(|| why_l10n(rest))?,
        ),
        None => PREFIXED
            .iter()
            .find_map(|&(prefix, id)| Some((id, why_l10n(why.strip_prefix(prefix)?)?)))?,
    };
    Some(MessagePart::new(id, &[]).with("reason", reason))
}

/// The actions and resources a plaintext deny must cover.
pub struct PlaintextScope<'a> {
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
        _ => Err(crate::unknown_reason(n)),
    }
}

enum PlaintextJudged {
    Full,
    Partial(PlaintextGap),
    Irrelevant,
    Unknown(String),
}

/// Whether the documents together deny plaintext access to the scope.
pub fn deny_plaintext(docs: &[Node], scope: &PlaintextScope) -> Plaintext {
    let mut unknown: Option<(String, Option<Location>)> = None;
    let mut partial: Option<PlaintextGap> = None;
    for doc in docs {
        let stmts = match statements(doc) {
            Ok(s) => s,
            Err(Unresolved { reason, .. }) => {
                // An unresolved document explains itself; a malformed one is named.
                let why = if doc.is_unknown() {
                    crate::unknown_reason(doc)
                } else {
                    reason
                };
                unknown.get_or_insert((
                    format!("the policy's statements: {why}"),
                    doc.location.clone(),
                ));
                continue;
            }
        };
        for s in &stmts {
            match judge_plaintext(s, scope) {
                PlaintextJudged::Full => return Plaintext::Enforced(s.location.clone()),
                PlaintextJudged::Partial(why) => {
                    partial.get_or_insert(why);
                }
                PlaintextJudged::Unknown(why) => {
                    unknown.get_or_insert((why, s.location.clone()));
                }
                PlaintextJudged::Irrelevant => {}
            }
        }
    }
    if let Some((why, loc)) = unknown {
        return Plaintext::Unknown(why, loc);
    }
    Plaintext::NotEnforced(partial.unwrap_or(PlaintextGap::NoDeny))
}

fn judge_plaintext(s: &Node, scope: &PlaintextScope) -> PlaintextJudged {
    // Only a Deny on aws:SecureTransport = false is of interest.
    match s.get("Effect") {
        Lookup::Set(n) if n.as_str() == Some("Deny") => {}
        Lookup::Set(n) if n.as_str().is_some() => return PlaintextJudged::Irrelevant,
        Lookup::Absent => return PlaintextJudged::Irrelevant,
        Lookup::Set(n) | Lookup::Unknown(n) => {
            return PlaintextJudged::Unknown(format!(
                "a statement's Effect {}",
                crate::unknown_reason(n)
            ));
        }
    }
    let cond = match s.get("Condition") {
        Lookup::Absent => return PlaintextJudged::Irrelevant,
        Lookup::Unknown(n) => {
            return PlaintextJudged::Unknown(format!(
                "a Deny statement's Condition {}",
                crate::unknown_reason(n)
            ));
        }
        Lookup::Set(n) if matches!(n.value, Value::Map(_)) => n,
        Lookup::Set(n) => {
            return PlaintextJudged::Unknown(format!(
                "a Deny statement's Condition {}",
                crate::unknown_reason(n)
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
                    return PlaintextJudged::Unknown(format!(
                        "aws:SecureTransport {}",
                        crate::unknown_reason(v)
                    ));
                }
                if vals.contains(&Some(false)) {
                    insecure = true;
                }
            } else {
                other_conditions = true;
            }
        }
        if clauses.entries().is_empty() && !matches!(clauses.value, Value::Map(_)) {
            return PlaintextJudged::Unknown(format!(
                "a Deny statement's condition {}",
                crate::unknown_reason(clauses)
            ));
        }
    }
    if !insecure {
        return PlaintextJudged::Irrelevant;
    }
    if other_conditions {
        return PlaintextJudged::Unknown(
            "the Deny on aws:SecureTransport carries further conditions that narrow it".into(),
        );
    }
    // Everyone.
    if !s.get("NotPrincipal").is_absent() {
        return PlaintextJudged::Partial(PlaintextGap::NotPrincipal);
    }
    match s.get("Principal") {
        Lookup::Set(p) => match plaintext_everyone(p) {
            Some(true) => {}
            Some(false) => {
                return PlaintextJudged::Partial(PlaintextGap::SomePrincipals);
            }
            None => {
                return PlaintextJudged::Unknown(format!(
                    "the Deny's Principal {}",
                    crate::unknown_reason(p)
                ));
            }
        },
        Lookup::Unknown(p) => {
            return PlaintextJudged::Unknown(format!(
                "the Deny's Principal {}",
                crate::unknown_reason(p)
            ));
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
                .filter(|act| !pats.iter().any(|p| glob(p, act, true)))
                .copied()
                .collect::<Vec<_>>(),
            Err(why) => return PlaintextJudged::Unknown(format!("the Deny's Action {why}")),
        },
        (Lookup::Absent, Lookup::Set(na)) => match strings(na) {
            Ok(pats) => scope
                .data_actions
                .iter()
                .filter(|act| pats.iter().any(|p| glob(p, act, true)))
                .copied()
                .collect(),
            Err(why) => return PlaintextJudged::Unknown(format!("the Deny's NotAction {why}")),
        },
        (Lookup::Unknown(a), _) | (_, Lookup::Unknown(a)) => {
            return PlaintextJudged::Unknown(format!(
                "the Deny's Action {}",
                crate::unknown_reason(a)
            ));
        }
        (Lookup::Absent, Lookup::Absent) => return PlaintextJudged::Irrelevant,
    };
    if !uncovered.is_empty() {
        return PlaintextJudged::Partial(PlaintextGap::Actions(uncovered.join(", ")));
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
                    Some(true) => return PlaintextJudged::Full,
                    Some(false) => {}
                    None => any_unknown = true,
                }
            }
            if any_unknown {
                PlaintextJudged::Unknown(
                    "the Deny's Resource cannot be matched to this resource".into(),
                )
            } else {
                PlaintextJudged::Irrelevant
            }
        }
        Lookup::Unknown(r) => {
            PlaintextJudged::Unknown(format!("the Deny's Resource {}", crate::unknown_reason(r)))
        }
        Lookup::Absent => PlaintextJudged::Full,
    }
}

/// `"*"` or `{"AWS": "*"}`.
fn plaintext_everyone(p: &Node) -> Option<bool> {
    match &p.value {
        Value::Str(s) => Some(s == "*"),
        Value::Map(_) => match p.get("AWS") {
            Lookup::Set(a) => strings(a).ok().map(|v| v.iter().any(|s| s == "*")),
            Lookup::Unknown(_) => None,
            Lookup::Absent => Some(false),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml_doc(statements: &str) -> Node {
        let json: serde_json::Value = serde_json::from_str(statements).unwrap();
        from_json(&json, None)
    }

    fn s3_req<'a>(
        targets: &'a [Target],
        rewrites: &'a [(String, String)],
    ) -> TransportRequirement<'a> {
        TransportRequirement {
            actions: &["s3:GetObject", "s3:PutObject"],
            targets,
            rewrites,
        }
    }

    fn bucket_targets() -> Vec<Target> {
        vec![
            Target {
                label: "the bucket".into(),
                label_id: "policy-target-bucket",
                probes: vec!["arn:aws:s3:::${Records}".into()],
            },
            Target {
                label: "its objects".into(),
                label_id: "policy-target-objects",
                probes: vec![
                    "arn:aws:s3:::${Records}/*".into(),
                    "arn:aws:s3:::${Records}/x".into(),
                    "arn:aws:s3:::${Records}/a/b/c.d".into(),
                ],
            },
        ]
    }

    fn rewrites() -> Vec<(String, String)> {
        vec![("${Records.Arn}".into(), "arn:aws:s3:::${Records}".into())]
    }

    fn judge(doc: &str) -> Transport {
        let t = bucket_targets();
        let r = rewrites();
        let stmts = statements(&yaml_doc(doc)).unwrap();
        require_secure_transport(&stmts, &s3_req(&t, &r))
    }

    #[test]
    fn glob_matches_like_iam() {
        assert!(glob("s3:*", "s3:GetObject", false));
        assert!(glob("s3:Get*", "s3:GetObject", false));
        assert!(!glob("s3:Get*", "s3:PutObject", false));
        assert!(glob("s3:?etObject", "s3:GetObject", false));
        assert!(glob("*", "", false));
        assert!(glob("a*b*c", "aXXbYYc", false));
        assert!(!glob("a*b*c", "aXXbYY", false));
        assert!(action_matches("S3:getobject", "s3:GetObject"));
    }

    #[test]
    fn standard_deny_is_enforced() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
    }

    #[test]
    fn statements_combine() {
        let v = judge(
            r#"{"Statement":[
            {"Effect":"Deny","Principal":{"AWS":"*"},"Action":["s3:Get*","s3:Put*"],
             "Resource":"arn:aws:s3:::${Records}","Condition":{"BoolIfExists":{"aws:SecureTransport":false}}},
            {"Effect":"Deny","Principal":{"AWS":["*"]},"Action":"*",
             "Resource":"arn:aws-us-gov:s3:::${Records}/*","Condition":{"Bool":{"aws:SecureTransport":["false"]}}}]}"#,
        );
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
    }

    #[test]
    fn put_only_is_partial() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:PutObject",
            "Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        match v {
            Transport::Partial { gaps, .. } => {
                assert!(gaps.ends_with("does not cover s3:GetObject"), "{gaps}");
                assert!(!gaps.contains("s3:PutObject"), "{gaps}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn objects_prefix_only_is_partial() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["${Records.Arn}","${Records.Arn}/uploads/*"],
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(
            matches!(&v, Transport::Partial { gaps, .. } if gaps.contains("its objects")),
            "{v:?}"
        );
    }

    #[test]
    fn wildcard_resources_and_not_forms() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","NotAction":"s3:ListAllMyBuckets",
            "Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "NotResource":"arn:aws:s3:::other-bucket/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "NotResource":"arn:aws:s3:::${Records}/public/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(matches!(v, Transport::Partial { .. }), "{v:?}");
    }

    #[test]
    fn tls_version_alone_is_not_enough_but_if_exists_is() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"NumericLessThan":{"s3:TlsVersion":1.2}}}]}"#,
        );
        assert!(
            matches!(&v, Transport::Partial { gaps, .. } if gaps.contains("plain-HTTP")),
            "{v:?}"
        );
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"NumericLessThanIfExists":{"s3:TlsVersion":"1.2"}}}]}"#,
        );
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
    }

    #[test]
    fn allow_or_true_or_named_principal_do_not_count() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",
            "Resource":"${Records.Arn}/*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"#,
        );
        assert_eq!(v, Transport::Missing);
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},
            "Action":"s3:*","Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        assert!(matches!(v, Transport::Partial { .. }), "{v:?}");
    }

    #[test]
    fn unresolved_parts_are_unknown() {
        let mut doc = yaml_doc(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#,
        );
        if let Value::Map(top) = &mut doc.value
            && let Value::List(stmts) = &mut top[0].1.value
            && let Value::Map(s) = &mut stmts[0].value
        {
            s.push((
                "Resource".into(),
                Node::bare(Value::Unknown("parameter 'X' has no default".into())),
            ));
        }
        let t = bucket_targets();
        let r = rewrites();
        let v = require_secure_transport(&statements(&doc).unwrap(), &s3_req(&t, &r));
        assert!(matches!(v, Transport::Unknown(_)), "{v:?}");
        assert!(statements(&Node::bare(Value::Unknown("ImportValue".into()))).is_err());
    }

    #[test]
    fn narrowed_condition_is_unknown() {
        let v = judge(
            r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
            "Resource":["${Records.Arn}","${Records.Arn}/*"],
            "Condition":{"Bool":{"aws:SecureTransport":"false"},"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}"#,
        );
        assert!(matches!(v, Transport::Unknown(_)), "{v:?}");
    }

    #[test]
    fn json_string_documents_are_parsed() {
        let doc = Node::bare(Value::Str(
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}}"#.into(),
        ));
        let t = bucket_targets();
        let r = rewrites();
        let v = require_secure_transport(&statements(&doc).unwrap(), &s3_req(&t, &r));
        assert!(matches!(v, Transport::Enforced { .. }), "{v:?}");
        assert!(statements(&Node::bare(Value::Str("{not json".into()))).is_err());
    }
}

#[cfg(test)]
mod plaintext_tests {
    use super::*;

    fn doc(json: &str) -> Node {
        document(&Node::bare(Value::Str(json.into()))).unwrap()
    }

    fn scope_all(n: &Node) -> Option<bool> {
        n.as_str().map(|_| true)
    }

    const SQS: &[&str] = &["sqs:SendMessage", "sqs:ReceiveMessage"];

    fn eval(json: &str) -> Plaintext {
        deny_plaintext(
            &[doc(json)],
            &PlaintextScope {
                data_actions: SQS,
                covers: &scope_all,
            },
        )
    }

    #[test]
    fn glob_matches_like_iam() {
        assert!(glob("sqs:*", "sqs:SendMessage", true));
        assert!(glob("*", "sqs:SendMessage", true));
        assert!(glob("SQS:send*", "sqs:SendMessage", true));
        assert!(!glob("sqs:Receive*", "sqs:SendMessage", true));
        assert!(glob("s?s:*Message", "sqs:SendMessage", true));
    }

    #[test]
    fn a_full_deny_enforces_tls() {
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(matches!(eval(j), Plaintext::Enforced(_)));
        let j = r#"{"Statement":{"Effect":"Deny","Principal":{"AWS":["*"]},"NotAction":"sqs:GetQueueUrl",
            "Resource":"arn:aws:sqs:us-east-1:111122223333:claims","Condition":{"BoolIfExists":{"aws:SecureTransport":false}}}}"#;
        assert!(matches!(eval(j), Plaintext::Enforced(_)));
    }

    #[test]
    fn partial_or_missing_denies_do_not() {
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:SendMessage","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(
            matches!(eval(j), Plaintext::NotEnforced(m) if m.to_string().contains("sqs:ReceiveMessage"))
        );
        let j = r#"{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}"#;
        assert!(matches!(eval(j), Plaintext::NotEnforced(_)));
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sqs:*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#;
        assert!(matches!(eval(j), Plaintext::NotEnforced(_)));
    }

    #[test]
    fn unresolvable_parts_are_unknown() {
        let d = Node::bare(Value::Map(vec![(
            "Statement".into(),
            Node::bare(Value::Unknown("parameter".into())),
        )]));
        assert!(matches!(
            deny_plaintext(
                &[d],
                &PlaintextScope {
                    data_actions: SQS,
                    covers: &scope_all
                }
            ),
            Plaintext::Unknown(..)
        ));
        let j = r#"{"Statement":[{"Effect":"Deny","Principal":"*","Action":"sqs:*","Resource":"*",
            "Condition":{"Bool":{"aws:SecureTransport":"false"},"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}"#;
        assert!(matches!(eval(j), Plaintext::Unknown(..)));
    }
}
