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
#[derive(Clone, Debug, PartialEq)]
pub struct MessagePart {
    /// The message id (`s3-encryption-declared`).
    pub id: &'static str,
    /// Named arguments; values are identifiers or names from the input, never English.
    pub args: Vec<(&'static str, String)>,
}

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
        self.l10n = Some(vec![MessagePart { id, args }]);
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

/// The common "this boolean must be true" check. `absent` is the outcome when the
/// attribute is not written (usually a failure: the default is off).
pub fn require_true(r: &Resource, path: &str, what: &str, absent: Outcome) -> Outcome {
    match flag(r, path) {
        Flag::True(n) => {
            Outcome::pass(format!("{what}: {path} is true")).at(path, n.location.as_ref())
        }
        Flag::False(n) => {
            Outcome::fail(format!("{what} is off: {path} is false")).at(path, n.location.as_ref())
        }
        Flag::Absent => absent.at(path, None),
        Flag::Unknown(why, loc) => Outcome::unknown(format!("{what}: {path} {why}")).at(path, loc),
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
        Lookup::Unknown(n) => {
            Err(Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                .at(path, n.location.as_ref()))
        }
        Lookup::Set(n) => match n.as_str() {
            Some(s) => Ok(Some((s, n.location.as_ref()))),
            None if matches!(
                n.value,
                phiguard_model::Value::Int(_) | phiguard_model::Value::Float(_)
            ) =>
            {
                Err(Outcome::unknown(format!("{path} is not a string"))
                    .at(path, n.location.as_ref()))
            }
            None => Err(Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                .at(path, n.location.as_ref())),
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
        Lookup::Unknown(n) => {
            Err(Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                .at(path, n.location.as_ref()))
        }
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
        Lookup::Unknown(n) => {
            Err(Outcome::unknown(format!("{path} {}", unknown_reason(n)))
                .at(path, n.location.as_ref()))
        }
        Lookup::Absent => Err(absent()),
    }
}
