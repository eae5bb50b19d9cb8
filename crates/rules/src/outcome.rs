//! What a check returns, and the shared helpers rules build outcomes with.

use crate::Verdict;
use phiguard_model::{Location, Lookup, Node, Resource};

/// A check's verdict on one resource, with the message and the offending property.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The verdict.
    pub verdict: Verdict,
    /// One or two sentences for the user: what was found.
    pub message: String,
    /// The attribute the verdict rests on (`BucketEncryption`), if any.
    pub path: Option<String>,
    /// Where that attribute is written, if it is.
    pub location: Option<Location>,
    /// `message` as Fluent messages (phiguard-i18n `findings.ftl`), one per sentence, for
    /// translated reports; `None` shows `message` in English whole.
    pub l10n: Option<Vec<MessagePart>>,
}

/// One sentence of a finding message: a Fluent message id and its arguments, whose English
/// formatting is exactly the sentence (a test checks this on every rule fixture).
pub use phiguard_model::MessagePart;

impl Outcome {
    fn new(verdict: Verdict, message: impl Into<String>) -> Self {
        Self {
            verdict,
            message: message.into(),
            path: None,
            location: None,
            l10n: None,
        }
    }
    /// Requirement met.
    pub fn pass(message: impl Into<String>) -> Self {
        Self::new(Verdict::Pass, message)
    }
    /// Requirement violated.
    pub fn fail(message: impl Into<String>) -> Self {
        Self::new(Verdict::Fail, message)
    }
    /// Cannot be decided statically.
    pub fn unknown(message: impl Into<String>) -> Self {
        Self::new(Verdict::Unknown, message)
    }
    /// The rule does not apply.
    pub fn not_applicable(message: impl Into<String>) -> Self {
        Self::new(Verdict::NotApplicable, message)
    }
    /// Says `message` as Fluent message `id` with `args` (the English message is kept).
    pub fn l10n(mut self, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self.l10n = Some(vec![MessagePart {
            id,
            args,
            refs: Vec::new(),
            nested: Vec::new(),
        }]);
        self
    }
    /// Like [`Outcome::l10n`], with `refs`: arguments whose value is a Fluent message id.
    pub fn l10n_refs(
        mut self,
        id: &'static str,
        args: &[(&'static str, &str)],
        refs: &[(&'static str, &'static str)],
    ) -> Self {
        self = self.l10n(id, args);
        if let Some(parts) = &mut self.l10n {
            parts[0].refs = refs.to_vec();
        }
        self
    }
    /// Adds argument `name`, said by the message `part`, to the Fluent form made with
    /// [`Outcome::l10n`] (nothing without one).
    pub fn with(mut self, name: &'static str, part: MessagePart) -> Self {
        if let Some(parts) = &mut self.l10n {
            parts[0].nested.push((name, part));
        }
        self
    }
    /// Names the attribute the verdict rests on.
    pub fn at(mut self, path: &str, location: Option<&Location>) -> Self {
        self.path = Some(path.to_string());
        self.location = location.cloned();
        self
    }
    /// Names the attribute and takes its location from a lookup.
    pub fn at_lookup(self, path: &str, lookup: Lookup<'_>) -> Self {
        let loc = lookup.location().cloned();
        self.at(path, loc.as_ref())
    }
}

/// A boolean attribute read three ways.
#[derive(Clone, Debug, PartialEq)]
pub enum Flag<'a> {
    /// Written and true.
    True(&'a Node),
    /// Written and false.
    False(&'a Node),
    /// Not written.
    Absent,
    /// Written but not resolvable (the reason), or not a boolean.
    Unknown(String, Option<&'a Location>),
}

/// Reads a boolean attribute.
pub fn flag<'a>(r: &'a Resource, path: &str) -> Flag<'a> {
    match r.get(path) {
        Lookup::Absent => Flag::Absent,
        Lookup::Unknown(n) => Flag::Unknown(unknown_reason(n), n.location.as_ref()),
        Lookup::Set(n) => match n.as_bool() {
            Some(true) => Flag::True(n),
            Some(false) => Flag::False(n),
            None => Flag::Unknown(unknown_reason(n), n.location.as_ref()),
        },
    }
}

/// Why a node is not a usable value, for messages.
pub fn unknown_reason(n: &Node) -> String {
    match &n.value {
        phiguard_model::Value::Unknown(r) => r.clone(),
        phiguard_model::Value::Ref { target, .. } => {
            format!("refers to '{target}', known only at deploy time")
        }
        phiguard_model::Value::Secret => "comes from a secret".into(),
        phiguard_model::Value::Choice { condition, .. } => {
            format!(
                "depends on condition '{condition}', which depends on an unset parameter or variable"
            )
        }
        phiguard_model::Value::LiteralSecret => {
            "is a secret whose literal default is committed in the repository".into()
        }
        _ => "is not a literal value".into(),
    }
}

/// [`unknown_reason`] as a Fluent message (`reason-*`), for a rule message that embeds
/// it (as a nested argument, [`MessagePart::with`]); `None` when the reason is free text
/// from the input's model that has no Fluent form (it stays English).
pub fn unknown_reason_l10n(n: &Node) -> Option<MessagePart> {
    use phiguard_model::Value;
    Some(match &n.value {
        Value::Unknown(r) => return phiguard_model::reason_l10n(r),
        Value::Ref { target, .. } => MessagePart::new("reason-ref", &[("target", target)]),
        Value::Secret => MessagePart::new("reason-secret", &[]),
        Value::Choice { condition, .. } => {
            MessagePart::new("reason-choice", &[("condition", condition)])
        }
        Value::LiteralSecret => MessagePart::new("reason-literal-secret", &[]),
        _ => MessagePart::new("reason-not-literal", &[]),
    })
}

impl Outcome {
    /// Like [`Outcome::l10n`], for a message that embeds why `n` is not a usable value
    /// ([`unknown_reason`]) as argument `reason`, said by its own message
    /// ([`unknown_reason_l10n`]); when the reason has none, the message stays English whole.
    pub fn l10n_reason(self, id: &'static str, args: &[(&'static str, &str)], n: &Node) -> Self {
        match unknown_reason_l10n(n) {
            Some(reason) => {
                let mut o = self.l10n(id, args);
                if let Some(parts) = &mut o.l10n {
                    parts[0].nested.push(("reason", reason));
                }
                o
            }
            None => self,
        }
    }
}

/// A reason [`unknown_reason`] or the input's model gives, recognised from its English
/// text, as a Fluent message (`reason-*`); `None` when it has no Fluent form.
pub fn reason_text_l10n(text: &str) -> Option<MessagePart> {
    const REASONS: &[(&str, &str)] = &[
        (
            "reason-ref",
            "refers to '{target}', known only at deploy time",
        ),
        ("reason-secret", "comes from a secret"),
        (
            "reason-choice",
            "depends on condition '{condition}', which depends on an unset parameter or variable",
        ),
        (
            "reason-literal-secret",
            "is a secret whose literal default is committed in the repository",
        ),
        ("reason-not-literal", "is not a literal value"),
    ];
    phiguard_model::reason_l10n(text).or_else(|| {
        REASONS
            .iter()
            .find_map(|&(id, t)| phiguard_model::template_l10n(id, t, text))
    })
}

/// "`path` `reason`" (as [`path_unknown`] says it), recognised from its English text, as
/// the Fluent message `helper-path-unknown`; `None` when the reason has no Fluent form.
pub fn path_reason_l10n(text: &str) -> Option<MessagePart> {
    let (path, reason) = text.split_once(' ')?;
    let reason = reason_text_l10n(reason)?;
    Some(MessagePart::new("helper-path-unknown", &[("path", path)]).with("reason", reason))
}

/// Adds an unknown value's reason, said by its own message (`reason-*`), to the Fluent
/// form of `o` (made with `helper-path-unknown` or `helper-true-unknown`).
fn with_reason(mut o: Outcome, n: &Node) -> Outcome {
    if let (Some(parts), phiguard_model::Value::Unknown(r)) = (&mut o.l10n, &n.value)
        && let Some(reason) = phiguard_model::reason_l10n(r)
    {
        parts[0].nested.push(("reason", reason));
    }
    o
}

/// A reason's message ids (after a path, after `what: path`) and its own argument.
type ReasonIds<'a> = (&'static str, &'static str, Option<(&'static str, &'a str)>);

/// Why a node is not a usable value, as Fluent message ids: the reason after a path
/// (`helper-path-*`, argument `path`) and after `require_true`'s `what: path`
/// (`helper-true-*`, arguments `what` and `path`), with the reason's own argument. A
/// reason from the input's model is the nested argument `reason` (see [`with_reason`]);
/// `None` when it has no Fluent form, and stays English.
fn reason_ids(n: &Node) -> Option<ReasonIds<'_>> {
    use phiguard_model::Value;
    Some(match &n.value {
        Value::Unknown(r) => {
            phiguard_model::reason_l10n(r)?;
            ("helper-path-unknown", "helper-true-unknown", None)
        }
        Value::Ref { target, .. } => (
            "helper-path-ref",
            "helper-true-ref",
            Some(("target", target.as_str())),
        ),
        Value::Secret => ("helper-path-secret", "helper-true-secret", None),
        Value::Choice { condition, .. } => (
            "helper-path-choice",
            "helper-true-choice",
            Some(("condition", condition.as_str())),
        ),
        Value::LiteralSecret => (
            "helper-path-literal-secret",
            "helper-true-literal-secret",
            None,
        ),
        _ => ("helper-path-not-literal", "helper-true-not-literal", None),
    })
}

/// The unknown outcome "`path` cannot be read because …", located at the value.
pub(crate) fn path_unknown(path: &str, n: &Node) -> Outcome {
    let o = Outcome::unknown(format!("{path} {}", unknown_reason(n))).at(path, n.location.as_ref());
    match reason_ids(n) {
        Some((id, _, extra)) => {
            let mut args = vec![("path", path)];
            args.extend(extra);
            with_reason(o.l10n(id, &args), n)
        }
        None => o,
    }
}

/// The common "this boolean must be true" check. `absent` is the outcome when the
/// attribute is not written (usually a failure: the default is off).
pub fn require_true(r: &Resource, path: &str, what: &str, absent: Outcome) -> Outcome {
    require_true_inner(r, path, what, None, absent)
}

/// [`require_true`] whose messages are translatable: `what_id` is the Fluent message
/// (`findings.ftl`) saying `what`. The pass and fail messages become `helper-true-on` /
/// `helper-true-off` with `what` as a message reference; the unknown one stays English
/// (its reason is English text from the input's model).
pub fn require_true_said(
    r: &Resource,
    path: &str,
    what: &str,
    what_id: &'static str,
    absent: Outcome,
) -> Outcome {
    require_true_inner(r, path, what, Some(what_id), absent)
}

fn require_true_inner(
    r: &Resource,
    path: &str,
    what: &str,
    what_id: Option<&'static str>,
    absent: Outcome,
) -> Outcome {
    let said = |o: Outcome, id: &'static str| match what_id {
        Some(w) => o.l10n_refs(id, &[("path", path)], &[("what", w)]),
        None => o,
    };
    match flag(r, path) {
        Flag::True(n) => said(
            Outcome::pass(format!("{what}: {path} is true")),
            "helper-true-on",
        )
        .at(path, n.location.as_ref()),
        Flag::False(n) => said(
            Outcome::fail(format!("{what} is off: {path} is false")),
            "helper-true-off",
        )
        .at(path, n.location.as_ref()),
        Flag::Absent => absent.at(path, None),
        Flag::Unknown(why, loc) => {
            let o = Outcome::unknown(format!("{what}: {path} {why}")).at(path, loc);
            let node = match r.get(path) {
                Lookup::Unknown(n) | Lookup::Set(n) => Some(n),
                Lookup::Absent => None,
            };
            match (what_id, node.and_then(|n| Some((n, reason_ids(n)?)))) {
                (Some(w), Some((n, (_, id, extra)))) => {
                    let mut args = vec![("path", path)];
                    args.extend(extra);
                    with_reason(o.l10n_refs(id, &args, &[("what", w)]), n)
                }
                _ => o,
            }
        }
    }
}

/// A string attribute: `Ok(Some(s))` when set, `Ok(None)` when absent, `Err(outcome)`
/// (an unknown verdict) when it cannot be resolved.
pub fn string_attr<'a>(
    r: &'a Resource,
    path: &str,
) -> Result<Option<(&'a str, Option<&'a Location>)>, Outcome> {
    match r.get(path) {
        Lookup::Absent => Ok(None),
        Lookup::Unknown(n) => Err(path_unknown(path, n)),
        Lookup::Set(n) => match n.as_str() {
            Some(s) => Ok(Some((s, n.location.as_ref()))),
            None if matches!(
                n.value,
                phiguard_model::Value::Int(_) | phiguard_model::Value::Float(_)
            ) =>
            {
                Err(Outcome::unknown(format!("{path} is not a string"))
                    .at(path, n.location.as_ref())
                    .l10n("helper-path-not-string", &[("path", path)]))
            }
            None => Err(path_unknown(path, n)),
        },
    }
}

/// Whether an attribute holds a usable value (set, including references and secrets). A
/// value written at `path` that is known only at deploy time (`Fn::ImportValue`, a parameter
/// without a default, remote state) is declared, so it is set: a key or token declared
/// proves the protection is configured, whichever it turns out to be. Unknown only when
/// the path itself cannot be followed, or a condition chooses whether it is written.
pub fn is_set(r: &Resource, path: &str) -> Result<bool, Outcome> {
    match r.get(path) {
        Lookup::Absent => Ok(false),
        Lookup::Set(n) => Ok(!matches!(&n.value, phiguard_model::Value::Str(s) if s.is_empty())),
        Lookup::Unknown(n)
            if matches!(n.value, phiguard_model::Value::Unknown(_))
                && path
                    .rsplit_once('.')
                    .is_none_or(|(parent, _)| matches!(r.get(parent), Lookup::Set(_))) =>
        {
            Ok(true)
        }
        Lookup::Unknown(n) => Err(path_unknown(path, n)),
    }
}

/// The common preamble of a rule that reads one attribute (often a list): the node when
/// it is written; otherwise the outcome the rule returns: unknown, naming the path, when
/// the value cannot be resolved, and `absent()` (usually not applicable) when nothing is
/// written.
pub fn written<'a>(
    r: &'a Resource,
    path: &str,
    absent: impl FnOnce() -> Outcome,
) -> Result<&'a Node, Outcome> {
    match r.get(path) {
        Lookup::Set(n) => Ok(n),
        Lookup::Unknown(n) => Err(path_unknown(path, n)),
        Lookup::Absent => Err(absent()),
    }
}
