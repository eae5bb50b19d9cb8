//! Runs the PHI detector over chosen attributes of resources and turns what it finds into
//! findings: one failure per PHI-like value, naming the attribute path, its location and
//! the masked value; unknown when a field is known only at deploy time; else a pass.
//!
//! Besides the paths a rule names, every scan reads the resource's *name fields*: the
//! names, identifiers, descriptions and tags its user chose, found by the shape of the
//! property name in the CloudFormation resource schemas (see [`is_name_field`]), at any
//! depth, so a new resource type or property needs no list to be kept up to date.

use crate::phi_detect::{PhiMatch, detect};
use crate::{Ctx, MessagePart, Outcome, ScanOutcome};
use phiguard_model::{Location, Node, Resource, Value};

/// The attributes of one resource kind a rule reads. A path selects a value and
/// everything below it; a `*` segment selects every item of a list or entry of a map.
pub struct Fields {
    /// AWS type.
    pub kind: &'static str,
    /// Attribute paths (`BucketName`, `Tags`, `RecordSets.*.Name`).
    pub paths: &'static [&'static str],
}

/// A PHI-like value found in an attribute.
pub struct Hit {
    /// Where: attribute path (map keys that look like PHI are masked).
    pub path: String,
    /// The tag key or variable name the value belongs to, when it is one of a pair.
    pub key: Option<String>,
    /// Where it is written.
    pub location: Option<Location>,
    /// What was found.
    pub found: PhiMatch,
}

/// What a scan of one resource found.
#[derive(Default)]
pub struct Scanned {
    /// PHI-like values.
    pub hits: Vec<Hit>,
    /// Fields known only at deploy time: path, reason, location.
    pub unresolved: Vec<(String, String, Option<Location>)>,
    /// The requested paths that hold something.
    pub checked: Vec<String>,
}

/// Scans the attributes at `paths` of a resource, and its name fields (see
/// [`is_name_field`]) that `paths` do not already cover.
pub fn scan(ctx: &Ctx, r: &Resource, paths: &[&str]) -> Scanned {
    let mut s = Scanned::default();
    let patterns: Vec<Vec<&str>> = paths.iter().map(|p| p.split('.').collect()).collect();
    for (p, segs) in paths.iter().zip(&patterns) {
        let before = (s.hits.len(), s.unresolved.len());
        let mut any = false;
        select(ctx, &r.attributes, segs, String::new(), &mut s, &mut any);
        if any || (s.hits.len(), s.unresolved.len()) != before {
            s.checked.push(p.to_string());
        }
    }
    let mut names = NameScan {
        ctx,
        covered: &patterns,
        trail: Vec::new(),
        shown: Vec::new(),
    };
    names.visit(&r.attributes, &mut s);
    s
}

/// Whether a property holds a name, identifier, description or tags its user chose.
///
/// The shapes are those of the CloudFormation resource provider schemas, where every
/// user-chosen name is a property called `Name` or `…Name` (`TableName`, `QueueName`,
/// `TopicName`, `LogGroupName`, `FunctionName`, `RoleName`, `StateMachineName`,
/// `DBName`, `MasterUsername`), an identifier the user picks is `…Identifier`
/// (`DBInstanceIdentifier`), free text is `Description`, `…Description`, `DisplayName`,
/// `Comment` or `Title`, aliases `…Alias`/`…Aliases`, paths `Path`/`PathPart`
/// (IAM, API Gateway), key and name prefixes `…Prefix`
/// (`NamePrefix` is Terraform's `name_prefix`), and tags `Tags` or `…Tags`. Terraform
/// arguments arrive under the same names (`name` → `Name`, `function_name` →
/// `FunctionName`). Identifiers AWS assigns are `…Id`/`…Arn` and are not read; values
/// that reference other resources are checked where those resources are defined.
pub fn is_name_field(key: &str) -> bool {
    let k = key.as_bytes();
    let ends = |suffix: &str| {
        k.len() >= suffix.len()
            && k[k.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    const EXACT: &[&str] = &["Comment", "Title", "Path", "PathPart"];
    // Name-shaped properties that are not a name chosen here: values AWS defines
    // (subnet lists, managed rule ids, platform names), references to key pairs created
    // elsewhere, and DynamoDB attribute names (judged by dynamodb-no-phi-in-keys).
    const NOT_NAMES: &[&str] = &[
        "VPCZoneIdentifier",
        "SourceIdentifier",
        "SolutionStackName",
        "EngineName",
        "KeyName",
        "Ec2KeyName",
        "AttributeName",
    ];
    !key.contains(':')
        && !NOT_NAMES.contains(&key)
        && (ends("name")
            || ends("identifier")
            || ends("description")
            || ends("prefix")
            || ends("tags")
            || ends("alias")
            || ends("aliases")
            || EXACT.contains(&key))
}

/// Subtrees that are documents or code with their own rules (policies, state machine
/// definitions, event patterns, scripts): their keys are not resource names.
fn is_document(key: &str) -> bool {
    let k = key.as_bytes();
    let ends = |suffix: &str| {
        k.len() >= suffix.len()
            && k[k.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    const WHOLE: &[&str] = &[
        "EventPattern",
        "Code",
        "UserData",
        "TemplateBody",
        "DashboardBody",
        "Content",
    ];
    ends("document")
        || ends("policy")
        || (k.len() >= 10 && k[..10].eq_ignore_ascii_case(b"definition"))
        || WHOLE.iter().any(|w| w.eq_ignore_ascii_case(key))
}

/// The walk over a resource's attributes that reads its name fields.
struct NameScan<'a> {
    ctx: &'a Ctx<'a>,
    /// The rule's own paths (split at dots): name fields under them are read already.
    covered: &'a [Vec<&'a str>],
    /// Map keys and list indexes from the resource to the current node.
    trail: Vec<Seg<'a>>,
    /// The name fields read, as shown (`ContainerDefinitions.*.Name`).
    shown: Vec<String>,
}

/// One step of a path: a map key or a list index.
#[derive(Clone, Copy)]
enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> NameScan<'a> {
    fn visit(&mut self, node: &'a Node, s: &mut Scanned) {
        match &node.value {
            Value::Map(entries) => {
                for (k, v) in entries {
                    self.trail.push(Seg::Key(k));
                    if !self.is_covered() {
                        if is_name_field(k) {
                            self.read(v, s);
                        } else if !is_document(k) {
                            self.visit(v, s);
                        }
                    }
                    self.trail.pop();
                }
            }
            Value::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.trail.push(Seg::Index(i));
                    self.visit(item, s);
                    self.trail.pop();
                }
            }
            _ => {}
        }
    }

    /// The current node lies at or below one of the rule's own paths.
    fn is_covered(&self) -> bool {
        self.covered.iter().any(|p| {
            p.len() <= self.trail.len()
                && p.iter().zip(&self.trail).all(|(a, b)| match b {
                    _ if *a == "*" => true,
                    Seg::Key(k) => a == k,
                    Seg::Index(i) => a.parse() == Ok(*i),
                })
        })
    }

    fn read(&mut self, node: &Node, s: &mut Scanned) {
        let segs: Vec<String> = self
            .trail
            .iter()
            .map(|seg| match seg {
                Seg::Key(k) => safe_key(self.ctx, k),
                Seg::Index(i) => i.to_string(),
            })
            .collect();
        let path = segs.join(".");
        let before = (s.hits.len(), s.unresolved.len());
        walk(self.ctx, node, &path, "", None, s);
        let holds = !matches!(node.value, Value::Null | Value::Ref { .. });
        if holds || (s.hits.len(), s.unresolved.len()) != before {
            // List indexes as `*`: one entry per field, not per item.
            let shown = segs
                .iter()
                .zip(&self.trail)
                .map(|(text, seg)| match seg {
                    Seg::Index(_) => "*",
                    Seg::Key(_) => text.as_str(),
                })
                .collect::<Vec<_>>()
                .join(".");
            if !self.shown.contains(&shown) {
                self.shown.push(shown.clone());
                s.checked.push(shown);
            }
        }
    }
}

fn join(path: &str, seg: &str) -> String {
    if path.is_empty() {
        seg.to_string()
    } else {
        format!("{path}.{seg}")
    }
}

/// A map key as shown in a path: masked when it looks like PHI itself.
fn safe_key(ctx: &Ctx, key: &str) -> String {
    match detect(key, "", &ctx.config.phi_detect).first() {
        Some(m) => format!("[{}]", m.masked),
        None => key.to_string(),
    }
}

fn select(ctx: &Ctx, node: &Node, segs: &[&str], path: String, s: &mut Scanned, any: &mut bool) {
    let Some((seg, rest)) = segs.split_first() else {
        *any = true;
        walk(ctx, node, &path, "", None, s);
        return;
    };
    match &node.value {
        Value::Unknown(reason) => s
            .unresolved
            .push((path, reason.clone(), node.location.clone())),
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                if *seg == "*" || seg.parse() == Ok(i) {
                    select(ctx, item, rest, join(&path, &i.to_string()), s, any);
                }
            }
        }
        Value::Map(entries) => {
            for (k, v) in entries {
                if *seg == "*" || k == seg {
                    let p = join(&path, &safe_key(ctx, k));
                    if *seg == "*" {
                        hits_in(ctx, k, "", None, &p, v.location.as_ref(), s);
                    }
                    select(ctx, v, rest, p, s, any);
                }
            }
        }
        _ => {}
    }
}

/// Keys whose value the enclosing key names: a parameter's `Default`, an output's `Value`.
const VALUE_KEYS: &[&str] = &["Default", "AllowedValues", "Value", "default", "value"];

/// Names whose sibling `Value` they name: tags, environment variables, option settings.
const PAIR_NAMES: &[&str] = &["Key", "Name", "OptionName", "ParameterKey", "name", "key"];

fn walk(ctx: &Ctx, node: &Node, path: &str, field: &str, key: Option<&str>, s: &mut Scanned) {
    match &node.value {
        Value::Str(_) | Value::Int(_) | Value::Float(_) => {
            if let Some(text) = node.scalar_text() {
                hits_in(ctx, &text, field, key, path, node.location.as_ref(), s);
            }
        }
        Value::Unknown(reason) => {
            s.unresolved
                .push((path.to_string(), reason.clone(), node.location.clone()))
        }
        // PHI written in either branch is written in the template.
        Value::Choice {
            when_true,
            when_false,
            ..
        } => {
            for b in [when_true, when_false].into_iter().flatten() {
                walk(ctx, b, path, field, key, s);
            }
        }
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(ctx, item, &join(path, &i.to_string()), field, key, s);
            }
        }
        Value::Map(entries) => {
            let pair = entries
                .iter()
                .any(|(k, _)| k == "Value" || k == "value")
                .then(|| {
                    entries
                        .iter()
                        .find(|(k, _)| PAIR_NAMES.contains(&k.as_str()))
                        .and_then(|(_, v)| v.as_str())
                })
                .flatten();
            for (k, v) in entries {
                let p = join(path, &safe_key(ctx, k));
                hits_in(ctx, k, field, key, &p, v.location.as_ref(), s);
                match pair {
                    Some(name) if k == "Value" || k == "value" => {
                        let shown = safe_key(ctx, name);
                        walk(ctx, v, &p, name, Some(&shown), s)
                    }
                    // A template parameter's default or an output's value is labelled by
                    // the parameter or output name (`PatientEmail: {Default: ...}`).
                    _ if !field.is_empty() && VALUE_KEYS.contains(&k.as_str()) => {
                        walk(ctx, v, &p, field, None, s)
                    }
                    _ => walk(ctx, v, &p, k, None, s),
                }
            }
        }
        // References name other resources (checked where they are defined); secrets
        // are never read.
        Value::Ref { .. } | Value::Secret | Value::LiteralSecret | Value::Null | Value::Bool(_) => {
        }
    }
}

fn hits_in(
    ctx: &Ctx,
    text: &str,
    field: &str,
    key: Option<&str>,
    path: &str,
    location: Option<&Location>,
    s: &mut Scanned,
) {
    for found in detect(text, field, &ctx.config.phi_detect) {
        s.hits.push(Hit {
            path: path.to_string(),
            key: key.map(String::from),
            location: location.cloned(),
            found,
        });
    }
}

/// Why a place must not hold PHI: the English sentence a rule says after each PHI-like
/// value, and the Fluent message (`findings.ftl`) that says it.
pub type Why = (&'static str, &'static str);

/// The outcomes of a metadata rule over every resource of the given kinds: a failure per
/// PHI-like value (`why` says why that place must not hold PHI), else unknown when a field
/// cannot be resolved, else a pass.
pub fn outcomes(ctx: &Ctx, fields: &[Fields], why: Why) -> Vec<ScanOutcome> {
    let mut out = Vec::new();
    for f in fields {
        for r in ctx.graph.of_kind(f.kind) {
            out.extend(judge(ctx, r, f.paths, why));
        }
    }
    out
}

/// The outcomes for one resource (see [`outcomes`]).
pub fn judge(ctx: &Ctx, r: &Resource, paths: &[&str], why: Why) -> Vec<ScanOutcome> {
    judge_with(ctx, r, paths, why, |_| true)
}

/// [`judge`], keeping only the hits `keep` accepts (a rule that knows a field holds
/// business numbers, say).
pub fn judge_with(
    ctx: &Ctx,
    r: &Resource,
    paths: &[&str],
    why: Why,
    keep: fn(&Hit) -> bool,
) -> Vec<ScanOutcome> {
    let mut s = scan(ctx, r, paths);
    s.hits.retain(keep);
    verdicts(r, &s, why)
}

/// The outcomes for what a scan of one resource found (see [`outcomes`]).
pub fn verdicts(r: &Resource, s: &Scanned, (why, why_id): Why) -> Vec<ScanOutcome> {
    if !s.hits.is_empty() {
        return s
            .hits
            .iter()
            .map(|h| {
                let key = h
                    .key
                    .as_ref()
                    .map(|k| format!(" (key '{k}')"))
                    .unwrap_or_default();
                let msg = format!(
                    "{}{key} holds what looks like {}: {}. {why}",
                    h.path, h.found.kind, h.found.masked
                );
                let (path, masked) = (h.path.as_str(), h.found.masked.as_str());
                let holds = match &h.key {
                    Some(k) => MessagePart::new(
                        "phi-scan-holds-key",
                        &[("path", path), ("key", k), ("masked", masked)],
                    ),
                    None => {
                        MessagePart::new("phi-scan-holds", &[("path", path), ("masked", masked)])
                    }
                };
                let mut o = Outcome::fail(msg).at(&h.path, h.location.as_ref());
                o.l10n = Some(vec![
                    holds.with("kind", h.found.kind.l10n()),
                    MessagePart::new(why_id, &[]),
                ]);
                (Some(r.id), o)
            })
            .collect();
    }
    if let Some((path, reason, loc)) = s.unresolved.first() {
        let more = match s.unresolved.len() {
            1 => String::new(),
            n => format!(" (and {} more fields)", n - 1),
        };
        let msg = format!("{path}{more} cannot be checked for PHI before deployment: {reason}");
        let mut o = Outcome::unknown(msg).at(path, loc.as_ref());
        // A reason that is free text from the input's model keeps the message English.
        if let Some(reason) = phiguard_model::reason_l10n(reason) {
            let count = (s.unresolved.len() - 1).to_string();
            let part = match s.unresolved.len() {
                1 => MessagePart::new("phi-scan-unchecked", &[("path", path)]),
                2 => MessagePart::new("phi-scan-unchecked-one-more", &[("path", path)]),
                _ => MessagePart::new(
                    "phi-scan-unchecked-more",
                    &[("path", path), ("count", &count)],
                ),
            };
            o.l10n = Some(vec![part.with("reason", reason)]);
        }
        return vec![(Some(r.id), o)];
    }
    let o = if s.checked.is_empty() {
        Outcome::pass("no names, tags or free-form fields to check are set")
            .l10n("phi-scan-nothing-set", &[])
    } else {
        let fields = s.checked.join(", ");
        Outcome::pass(format!("no PHI-like values in {fields}"))
            .l10n("phi-scan-clean", &[("fields", &fields)])
    };
    vec![(Some(r.id), o)]
}

#[cfg(test)]
mod tests {
    use super::is_name_field;

    /// Properties of the CloudFormation resource provider schemas, by what they hold.
    #[test]
    fn name_fields_by_the_shape_of_the_schemas() {
        for user_chosen in [
            "TableName",
            "QueueName",
            "TopicName",
            "DisplayName",
            "LogGroupName",
            "FunctionName",
            "RoleName",
            "StateMachineName",
            "Name",
            "NamePrefix",
            "BucketName",
            "BucketPrefix",
            "DBInstanceIdentifier",
            "DBClusterIdentifier",
            "Description",
            "AlarmDescription",
            "GroupDescription",
            "Comment",
            "Alias",
            "Aliases",
            "Tags",
            "FileSystemTags",
            "MasterUsername",
        ] {
            assert!(is_name_field(user_chosen), "{user_chosen}");
        }
        for not_a_name in [
            "KmsKeyId",
            "VpcId",
            "Arn",
            "TopicArn",
            "RoleArn",
            "Runtime",
            "InstanceType",
            "VPCZoneIdentifier",
            "SolutionStackName",
            "SourceIdentifier",
            "EngineName",
            "KeyName",
            "AttributeName",
            "PolicyDocument",
            "aws:username",
            "s3:prefix",
        ] {
            assert!(!is_name_field(not_a_name), "{not_a_name}");
        }
    }
}
