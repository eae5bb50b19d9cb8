//! Attribute values with their provenance.

use crate::{Location, MessagePart};
use serde::Serialize;

/// A resolved attribute value.
///
/// Strings composed from references keep each reference as `${Name}` or
/// `${Name.Attribute}`, where `Name` is the referenced resource's name in the graph.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum Value {
    /// An explicit null.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A floating-point number.
    Float(f64),
    /// A string.
    Str(String),
    /// A list.
    List(Vec<Node>),
    /// A map, in source order.
    Map(Vec<(String, Node)>),
    /// A reference to another resource of the same unit (its id or one of its attributes).
    Ref {
        /// The referenced resource's name.
        target: String,
        /// The attribute (`Arn`, `KeyId`...), or `None` for the resource's primary identifier.
        attribute: Option<String>,
    },
    /// A value that is set but must never be shown, from a secure source (a NoEcho parameter
    /// given at deploy time, a Secrets Manager or SSM SecureString reference, a sensitive
    /// value in a plan).
    Secret,
    /// A value that must never be shown but whose plaintext is committed in the repository
    /// (the literal default of a NoEcho parameter or of a Terraform variable). Hidden like
    /// [`Value::Secret`], yet not from a secure source: rules that require a secret fail it.
    LiteralSecret,
    /// A value that could not be resolved statically; the string says why.
    Unknown(String),
    /// A value chosen by a condition that cannot be decided before deployment (`Fn::If` on a
    /// condition over an unset parameter, a Terraform conditional on an unknown value). Each
    /// branch is kept, `None` where the branch removes the property (`AWS::NoValue`, `null`).
    /// Lookups see it as unknown; the rule engine judges each branch (see
    /// [`crate::Resource::branches`]).
    Choice {
        /// The deciding condition, as written (`UseKms`, `var.encrypt`).
        condition: String,
        /// The value when the condition holds.
        when_true: Option<Box<Node>>,
        /// The value when it does not.
        when_false: Option<Box<Node>>,
    },
}

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where the value was written, when it came from a file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// The result of looking up an attribute path.
#[derive(Clone, Copy, Debug)]
pub enum Lookup<'a> {
    /// Not written anywhere: the service default applies.
    Absent,
    /// The path runs through a value that could not be resolved.
    Unknown(&'a Node),
    /// The value written at that path.
    Set(&'a Node),
}

impl Node {
    /// A node with a location.
    pub fn new(value: Value, location: Option<Location>) -> Self {
        Self { value, location }
    }

    /// A node without a location.
    pub fn bare(value: Value) -> Self {
        Self {
            value,
            location: None,
        }
    }

    /// An empty map.
    pub fn empty_map() -> Self {
        Self::bare(Value::Map(Vec::new()))
    }

    /// Looks up a dotted path (`A.B.0.C`); numeric segments index lists.
    pub fn get(&self, path: &str) -> Lookup<'_> {
        let mut cur = self;
        if path.is_empty() {
            return Lookup::Set(cur);
        }
        for seg in path.split('.') {
            match &cur.value {
                Value::Map(entries) => match entries.iter().find(|(k, _)| k == seg) {
                    Some((_, v)) => cur = v,
                    None => return Lookup::Absent,
                },
                Value::List(items) => match seg.parse::<usize>().ok().and_then(|i| items.get(i)) {
                    Some(v) => cur = v,
                    None => return Lookup::Absent,
                },
                Value::Unknown(_)
                | Value::Choice { .. }
                | Value::Ref { .. }
                | Value::Secret
                | Value::LiteralSecret => {
                    return Lookup::Unknown(cur);
                }
                Value::Null => return Lookup::Absent,
                _ => return Lookup::Absent,
            }
        }
        match cur.value {
            Value::Unknown(_) | Value::Choice { .. } => Lookup::Unknown(cur),
            Value::Null => Lookup::Absent,
            _ => Lookup::Set(cur),
        }
    }

    /// The entries of a map value (empty for anything else).
    pub fn entries(&self) -> &[(String, Node)] {
        match &self.value {
            Value::Map(e) => e,
            _ => &[],
        }
    }

    /// The items of a list value (empty for anything else).
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::List(i) => i,
            _ => &[],
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A boolean, accepting the strings `true`/`false` (any case) as templates often write them.
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Bool(b) => Some(*b),
            Value::Str(s) if s.eq_ignore_ascii_case("true") => Some(true),
            Value::Str(s) if s.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }

    /// An integer, accepting numeric strings.
    pub fn as_i64(&self) -> Option<i64> {
        match &self.value {
            Value::Int(i) => Some(*i),
            Value::Float(f) if f.fract() == 0.0 => Some(*f as i64),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// A scalar rendered as text (strings, numbers, booleans); `None` otherwise.
    pub fn scalar_text(&self) -> Option<String> {
        match &self.value {
            Value::Str(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(f.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    /// Whether the value is hidden ([`Value::Secret`] or [`Value::LiteralSecret`]).
    pub fn is_secret(&self) -> bool {
        matches!(self.value, Value::Secret | Value::LiteralSecret)
    }

    /// Whether the value could not be resolved (a choice between branches included).
    pub fn is_unknown(&self) -> bool {
        matches!(self.value, Value::Unknown(_) | Value::Choice { .. })
    }

    /// Why the value is unknown, if it is (a choice: `None`, see [`Value::Choice`]).
    pub fn unknown_reason(&self) -> Option<&str> {
        match &self.value {
            Value::Unknown(r) => Some(r),
            _ => None,
        }
    }

    /// Calls `f` on this node and every node below it (both branches of a choice).
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Node)) {
        f(self);
        match &self.value {
            Value::List(items) => items.iter().for_each(|n| n.walk(f)),
            Value::Map(entries) => entries.iter().for_each(|(_, n)| n.walk(f)),
            Value::Choice {
                when_true,
                when_false,
                ..
            } => [when_true, when_false]
                .into_iter()
                .flatten()
                .for_each(|n| n.walk(f)),
            _ => {}
        }
    }

    /// The conditions of the choices in this value, each once, in order of appearance.
    pub fn conditions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.walk(&mut |n| {
            if let Value::Choice { condition, .. } = &n.value
                && !out.contains(&condition.as_str())
            {
                out.push(condition);
            }
        });
        out
    }

    /// This value with every choice on a condition of `assignment` replaced by the branch
    /// it selects (`None` when that branch removes the value). Choices on other conditions
    /// stay.
    pub fn choose(&self, assignment: &[(&str, bool)]) -> Option<Node> {
        let value = match &self.value {
            Value::Choice {
                condition,
                when_true,
                when_false,
            } => match assignment.iter().find(|(c, _)| c == condition) {
                Some((_, true)) => return when_true.as_ref()?.choose(assignment),
                Some((_, false)) => return when_false.as_ref()?.choose(assignment),
                None => self.value.clone(),
            },
            Value::List(items) => {
                Value::List(items.iter().filter_map(|n| n.choose(assignment)).collect())
            }
            Value::Map(entries) => Value::Map(
                entries
                    .iter()
                    .filter_map(|(k, n)| Some((k.clone(), n.choose(assignment)?)))
                    .collect(),
            ),
            other => other.clone(),
        };
        Some(Node::new(value, self.location.clone()))
    }
}

impl<'a> Lookup<'a> {
    /// The node, when the value is set.
    pub fn node(self) -> Option<&'a Node> {
        match self {
            Lookup::Set(n) => Some(n),
            _ => None,
        }
    }

    /// Whether nothing is written at the path.
    pub fn is_absent(self) -> bool {
        matches!(self, Lookup::Absent)
    }

    /// The location of the value (set or unknown), if known.
    pub fn location(self) -> Option<&'a Location> {
        match self {
            Lookup::Set(n) | Lookup::Unknown(n) => n.location.as_ref(),
            Lookup::Absent => None,
        }
    }
}

/// The reasons the loaders give for unknown values ([`Value::Unknown`]) that have a Fluent
/// form (`findings.ftl`): message id and English template. A placeholder is an argument
/// (a name or number from the input: never empty, no spaces; `{error}` may have spaces),
/// except `{reason}`: a reason itself, said by its own message (a nested argument).
const REASONS: &[(&str, &str)] = &[
    (
        "reason-cfn-param-no-default",
        "parameter '{name}' has no default; pass --param {name}=VALUE",
    ),
    (
        "reason-cfn-param-ssm",
        "parameter '{name}' is read from SSM at deploy time",
    ),
    (
        "reason-cfn-import-value",
        "Fn::ImportValue reads another stack's export",
    ),
    (
        "reason-cfn-get-azs",
        "Fn::GetAZs is known only at deploy time",
    ),
    (
        "reason-cfn-notification-arns",
        "AWS::NotificationARNs is known only at deploy time",
    ),
    (
        "reason-cfn-dynamic-reference",
        "dynamic reference resolved at deploy time",
    ),
    ("reason-cfn-cidr", "Fn::Cidr is not evaluated"),
    (
        "reason-cfn-unset-condition",
        "condition depends on an unset parameter",
    ),
    (
        "reason-tf-var-no-value",
        "comes from variable '{name}', which has no default and no value was given (--var, --var-file)",
    ),
    (
        "reason-tf-no-variable",
        "invalid expression: no variable '{name}' is declared",
    ),
    (
        "reason-tf-no-resource",
        "invalid expression: no resource '{name}' is declared",
    ),
    (
        "reason-tf-after-apply",
        "is known only after apply ({name})",
    ),
    (
        "reason-cfn-get-att-not-resource",
        "Fn::GetAtt of '{name}', which is not a resource here",
    ),
    (
        "reason-cfn-select-deploy-time",
        "Fn::Select over a value known only at deploy time",
    ),
    (
        "reason-cfn-split-deploy-time",
        "Fn::Split over a value known only at deploy time",
    ),
    (
        "reason-cfn-length-deploy-time",
        "Fn::Length over a value known only at deploy time",
    ),
    (
        "reason-cfn-to-json-deploy-time",
        "Fn::ToJsonString over values known only at deploy time",
    ),
    ("reason-cfn-malformed", "malformed {name}"),
    ("reason-cfn-unsupported", "{name} is not supported"),
    (
        "reason-tf-no-local",
        "invalid expression: no local value '{name}' is declared",
    ),
    (
        "reason-tf-self-after-apply",
        "refers to the resource itself, known only after apply",
    ),
    (
        "reason-tf-over-budget",
        "is not evaluated: this input went over its evaluation budget",
    ),
    ("reason-tf-too-large", "is not evaluated: it is too large"),
    ("reason-tf-contains-secret", "contains a secret"),
    (
        "reason-tf-budget-spent",
        "is not evaluated: this input went over its evaluation budget (see the warning where it ran out)",
    ),
    (
        "reason-tf-budget-time",
        "is not evaluated: this input went over its evaluation budget of {seconds} s",
    ),
    (
        "reason-tf-budget-elements",
        "is not evaluated: this input went over its evaluation budget of {count} elements evaluated",
    ),
    (
        "reason-tf-too-deep",
        "is not evaluated: it nests more than {count} evaluations deep (a template, policy document or module that includes itself?)",
    ),
    (
        "reason-tf-value-too-large",
        "is not evaluated: it has more than {count} elements, over the limit of one value",
    ),
    (
        "reason-tf-ref-after-apply",
        "refers to '{name}', known only after apply",
    ),
    ("reason-tf-secret", "is a secret"),
    ("reason-tf-null", "is null"),
    ("reason-tf-wrong-type", "is not of the expected type"),
    (
        "reason-tf-invalid-no-variable",
        "is invalid (no variable '{name}' is declared)",
    ),
    (
        "reason-tf-invalid-no-resource",
        "is invalid (no resource '{name}' is declared)",
    ),
    (
        "reason-tf-invalid-no-local",
        "is invalid (no local value '{name}' is declared)",
    ),
    (
        "reason-tf-instance-count",
        "{name} of {address} its count {reason}",
    ),
    (
        "reason-tf-instance-for-each",
        "{name} of {address} its for_each {reason}",
    ),
    (
        "reason-tf-set-by-count",
        "is set by {address} exists only if its count {reason}, which is not known",
    ),
    (
        "reason-tf-set-by-for-each",
        "is set by {address} exists only if its for_each {reason}, which is not known",
    ),
    (
        "reason-live-refused-because",
        "{action} was refused ({error})",
    ),
    ("reason-live-refused", "{action} was refused"),
    (
        "reason-cfn-getatt-not-resource",
        "Fn::GetAtt of '{name}', which is not a resource here",
    ),
    ("reason-cfn-getatt-malformed", "malformed Fn::GetAtt"),
    (
        "reason-cfn-select-out-of-range",
        "Fn::Select index {index} is out of range",
    ),
    (
        "reason-cfn-find-in-map-deploy-time",
        "Fn::FindInMap key known only at deploy time",
    ),
    (
        "reason-cfn-mapping-missing",
        "mapping {mapping} does not exist",
    ),
    (
        "reason-cfn-ref-undefined",
        "Ref to '{name}', which is not defined in this template",
    ),
    (
        "reason-tf-workspace",
        "depends on the Terraform workspace, chosen when Terraform runs",
    ),
    (
        "reason-tf-self",
        "refers to the resource itself, known only after apply",
    ),
    (
        "reason-tf-nested-attribute",
        "reads a nested attribute of '{name}', known only after apply",
    ),
    (
        "reason-tf-nested-value",
        "reads a nested value of '{name}', known only after apply",
    ),
    (
        "reason-tf-data-source",
        "reads data source '{name}', known only when Terraform runs",
    ),
    (
        "reason-tf-data-source-nested",
        "reads a nested attribute of data source '{name}', known only when Terraform runs",
    ),
    (
        "reason-tf-generated-on-apply",
        "is generated by {name} when Terraform applies",
    ),
    (
        "reason-tf-provider-function",
        "is computed by provider function {name}, which is not evaluated",
    ),
    (
        "reason-tf-function-not-evaluated",
        "is computed by {name}(), which phiguard does not evaluate",
    ),
    (
        "reason-tf-function-bad-arguments",
        "is computed by {name}() from arguments that cannot be used",
    ),
    (
        "reason-tf-dynamic-var-no-value",
        "is generated by a dynamic block whose for_each comes from variable '{name}', which has no default and no value was given (--var, --var-file)",
    ),
    (
        "reason-tf-dynamic-after-apply",
        "is generated by a dynamic block whose for_each is known only after apply ({name})",
    ),
    // Terraform reasons built on another reason (`why`), after the specific ones above.
    (
        "reason-tf-built-from",
        "is built from a value that {reason}",
    ),
    (
        "reason-tf-computed-by-from",
        "is computed by {name}() from a value that {reason}",
    ),
    (
        "reason-tf-computed-from",
        "is computed from a value that {reason}",
    ),
    (
        "reason-tf-condition-that",
        "depends on a condition that {reason}",
    ),
    (
        "reason-tf-iterates-over",
        "iterates over a collection that {reason}",
    ),
    (
        "reason-tf-filters-on",
        "filters on a condition that {reason}",
    ),
    (
        "reason-tf-selected-by-key",
        "is selected by a key that {reason}",
    ),
    ("reason-tf-has-key", "has a key that {reason}"),
    ("reason-tf-negates", "negates a value that {reason}"),
    (
        "reason-tf-expands-argument",
        "expands an argument that {reason}",
    ),
    (
        "reason-tf-merges-source",
        "merges a source policy document that {reason}",
    ),
    (
        "reason-tf-selects-instance",
        "selects an instance of {name} by a key that {reason}",
    ),
    (
        "reason-tf-selects-data-instance",
        "selects a data source instance by a key that {reason}",
    ),
    ("reason-tf-has-element", "has an element that {reason}"),
    ("reason-tf-its-count", "its count {reason}"),
    ("reason-tf-its-for-each", "its for_each {reason}"),
    (
        "reason-tf-dynamic-for-each",
        "is generated by a dynamic block whose for_each {reason}",
    ),
    ("reason-tf-invalid-because", "is invalid ({reason})"),
    (
        "reason-tf-invalid-expression",
        "invalid expression: {reason}",
    ),
    // What makes a Terraform expression invalid (after `invalid expression: `, inside
    // `is invalid (…)`).
    ("reason-tf-no-attribute", "no attribute '{name}'"),
    (
        "reason-tf-variable-undeclared",
        "no variable '{name}' is declared",
    ),
    (
        "reason-tf-resource-undeclared",
        "no resource '{name}' is declared",
    ),
    (
        "reason-tf-local-undeclared",
        "no local value '{name}' is declared",
    ),
    (
        "reason-tf-attribute-unreadable",
        "cannot read attribute '{name}' of this value",
    ),
    (
        "reason-tf-index-out-of-range",
        "index {index} is out of range",
    ),
    ("reason-tf-no-key", "no key '{name}'"),
    (
        "reason-tf-index-not-number",
        "a list index must be a number",
    ),
    (
        "reason-tf-not-indexable",
        "only lists and maps can be indexed",
    ),
    (
        "reason-tf-null-in-template",
        "null value in a string template",
    ),
    ("reason-tf-try-none-valid", "no argument of try() is valid"),
    (
        "reason-tf-dynamic-no-for-each",
        "a dynamic block needs for_each",
    ),
    (
        "reason-tf-outside-resource",
        "{name} is used outside a resource that sets it",
    ),
    ("reason-tf-unknown-name", "unknown name '{name}'"),
    (
        "reason-tf-module-no-output",
        "module.{name} has no output '{output}'",
    ),
    (
        "reason-tf-module-no-instance-key",
        "module.{name} has no instance {key}",
    ),
    (
        "reason-tf-module-no-instance",
        "module.{name} has no instance",
    ),
    (
        "reason-tf-module-several-instances",
        "module.{name} has several instances; select one",
    ),
    ("reason-tf-local-cycle", "local.{name} refers to itself"),
    (
        "reason-tf-expansion-cycle",
        "the count or for_each of {address} depends on itself",
    ),
    ("reason-tf-module-cycle", "{address} depends on itself"),
    (
        "reason-tf-module-not-read",
        "comes from module.{name}, whose source '{source}' is not read (only local modules and modules installed by `terraform init` are)",
    ),
    (
        "reason-tf-policy-overrides",
        "is a policy document with overrides, which phiguard does not merge",
    ),
    ("reason-tf-invalid-json", "is not valid JSON ({error})"),
    (
        "reason-tf-principal-type-unknown",
        "has a principal whose type is not known",
    ),
    (
        "reason-tf-condition-unknown",
        "has a condition whose operator or key is not known",
    ),
    (
        "reason-tf-file-not-read",
        "is read from file '{name}', which is not read: {error}",
    ),
    (
        "reason-tf-template-not-read",
        "is rendered from file '{name}', which is not read: {error}",
    ),
];

/// A loader's reason for an unknown value as a Fluent message, when it is one of the
/// known reasons: recognised from its English text, and only when the message says
/// exactly that text in English (so an unrecognised reason stays English, whole).
pub fn reason_l10n(text: &str) -> Option<MessagePart> {
    REASONS
        .iter()
        .find_map(|&(id, template)| template_l10n(id, template, text))
}

/// `text` read as `template` (placeholders `{arg}`) as Fluent message `id`: each literal
/// piece is matched exactly and each placeholder takes the text between, so the message
/// says `text` exactly whenever this succeeds.
pub fn template_l10n(id: &'static str, template: &'static str, text: &str) -> Option<MessagePart> {
    let mut part = MessagePart::new(id, &[]);
    let mut pieces = template.split('{').peekable();
    let mut rest = text.strip_prefix(pieces.next()?)?;
    while let Some(piece) = pieces.next() {
        let (name, literal) = piece.split_once('}')?;
        // The last placeholder runs to the template's end; another, to its next literal.
        let end = if pieces.peek().is_none() {
            rest.strip_suffix(literal)?.len()
        } else {
            rest.find(literal)?
        };
        let value = &rest[..end];
        rest = &rest[end + literal.len()..];
        if name == "reason" {
            // A reason inside a reason, said by its own message.
            part.nested.push(("reason", reason_l10n(value)?));
            continue;
        }
        // Names and numbers from the input are one word; an error text may be several.
        if value.is_empty() || (name != "error" && value.contains(char::is_whitespace)) {
            return None;
        }
        match part.args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) if v != value => return None,
            Some(_) => {}
            None => part.args.push((name, value.to_string())),
        }
    }
    rest.is_empty().then_some(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_reasons_are_recognised_exactly() {
        let p = reason_l10n("parameter 'Key' has no default; pass --param Key=VALUE").unwrap();
        assert_eq!(p.id, "reason-cfn-param-no-default");
        assert_eq!(p.args, vec![("name", "Key".to_string())]);
        assert!(reason_l10n("parameter 'Key' has no default; pass --param Other=VALUE").is_none());
        let p = reason_l10n("is known only after apply (arn)").unwrap();
        assert_eq!(p.id, "reason-tf-after-apply");
        assert!(reason_l10n("is known only after apply (a) and more").is_none());
        assert!(reason_l10n("Fn::ImportValue reads another stack's export").is_some());
        let p = reason_l10n("s3:GetBucketPolicy was refused (AccessDenied)").unwrap();
        assert_eq!(p.id, "reason-live-refused-because");
        assert_eq!(
            p.args,
            vec![
                ("action", "s3:GetBucketPolicy".to_string()),
                ("error", "AccessDenied".to_string())
            ]
        );
        assert_eq!(
            reason_l10n("s3:GetBucketPolicy was refused").unwrap().id,
            "reason-live-refused"
        );
    }

    #[test]
    fn chained_reasons_nest_their_reasons() {
        let p = reason_l10n(
            "is computed by coalesce() from a value that is invalid (is computed from a value \
             that is invalid (no attribute 'create'))",
        )
        .unwrap();
        assert_eq!(p.id, "reason-tf-computed-by-from");
        assert_eq!(p.args, vec![("name", "coalesce".to_string())]);
        let invalid = &p.nested[0].1;
        assert_eq!(invalid.id, "reason-tf-invalid-because");
        let inner = &invalid.nested[0].1.nested[0].1.nested[0].1;
        assert_eq!(inner.id, "reason-tf-no-attribute");
        assert_eq!(inner.args, vec![("name", "create".to_string())]);
        // A specific template wins over the general one it also matches.
        assert_eq!(
            reason_l10n("invalid expression: no variable 'x' is declared")
                .unwrap()
                .id,
            "reason-tf-no-variable"
        );
        assert!(reason_l10n("is built from a value that is made up").is_none());
    }

    fn map(entries: Vec<(&str, Node)>) -> Node {
        Node::bare(Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ))
    }

    #[test]
    fn lookup_distinguishes_set_absent_and_unknown() {
        let n = map(vec![
            ("A", map(vec![("B", Node::bare(Value::Bool(true)))])),
            (
                "L",
                Node::bare(Value::List(vec![Node::bare(Value::Str("x".into()))])),
            ),
            ("U", Node::bare(Value::Unknown("param".into()))),
        ]);
        assert_eq!(n.get("A.B").node().and_then(Node::as_bool), Some(true));
        assert!(n.get("A.C").is_absent());
        assert_eq!(n.get("L.0").node().and_then(Node::as_str), Some("x"));
        assert!(matches!(n.get("U.Deeper"), Lookup::Unknown(_)));
        assert!(matches!(n.get("U"), Lookup::Unknown(_)));
    }

    #[test]
    fn string_booleans_and_numbers_are_read() {
        assert_eq!(Node::bare(Value::Str("TRUE".into())).as_bool(), Some(true));
        assert_eq!(Node::bare(Value::Str("7".into())).as_i64(), Some(7));
        assert_eq!(Node::bare(Value::Str("yes".into())).as_bool(), None);
    }
}
