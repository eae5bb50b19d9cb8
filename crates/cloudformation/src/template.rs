//! Adapts a parsed template into model resources: parameters, conditions,
//! `Fn::ForEach` expansion, SAM resource types and tag normalisation.

use crate::intrinsics::{Param, Resolver};
use crate::yaml::{Key, Raw, RawKind};
use phiguard_model::{Diagnostic, Location, Node, Origin, Resource, ResourceId, Tag, Unit, Value};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Options that change how a template is read.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Parameter overrides (`--param Key=Value`).
    pub params: HashMap<String, String>,
}

/// Whether a parsed document is a CloudFormation template.
pub fn is_template(root: &Raw) -> bool {
    root.get("AWSTemplateFormatVersion").is_some()
        || root
            .get("Resources")
            .is_some_and(|r| matches!(r.kind, RawKind::Map(_)))
}

/// SAM resource types and the AWS types they create.
const SAM_TYPES: &[(&str, &str)] = &[
    ("AWS::Serverless::Function", "AWS::Lambda::Function"),
    ("AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table"),
    ("AWS::Serverless::Api", "AWS::ApiGateway::RestApi"),
    ("AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api"),
    (
        "AWS::Serverless::StateMachine",
        "AWS::StepFunctions::StateMachine",
    ),
    ("AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion"),
    ("AWS::Serverless::Application", "AWS::CloudFormation::Stack"),
    ("AWS::Serverless::Connector", "AWS::Serverless::Connector"),
    ("AWS::Serverless::GraphQLApi", "AWS::AppSync::GraphQLApi"),
];

/// Reads the resources of a parsed template.
pub fn adapt(file: &str, root: &Raw, opts: &Options) -> Unit {
    let file: Arc<str> = Arc::from(file);
    let mut unit = Unit::default();
    let loc = |r: &Raw| Location::new(file.clone(), r.line, r.col);

    let Some(resources) = root.get("Resources") else {
        return unit;
    };
    if !matches!(resources.kind, RawKind::Map(_)) {
        unit.diagnostics.push(
            Diagnostic::error(&file, Some(loc(resources)), "`Resources` must be a mapping")
                .l10n("diag-cfn-resources-not-map", &[]),
        );
        return unit;
    }

    let params = read_params(root.get("Parameters"), opts);
    let mut resolver = Resolver::new(
        file.clone(),
        params,
        root.get("Mappings"),
        root.get("Conditions"),
        HashSet::new(),
    );

    let expanded = expand_for_each(resources.entries(), &resolver, &mut unit.diagnostics, &file);
    resolver.resources = expanded.iter().map(|(k, _)| k.name.clone()).collect();

    let globals = root.get("Globals");
    for (key, body) in &expanded {
        let at = Location::new(file.clone(), key.line, key.col);
        let Some(type_name) = body.get("Type").and_then(Raw::as_str) else {
            let rain = body
                .get("Type")
                .and_then(|t| t.entries().first())
                .is_some_and(|(k, _)| k.name.trim_start_matches("Fn::").starts_with("Rain::"));
            if rain {
                unit.diagnostics.push(Diagnostic::warning(
                    &file,
                    Some(at),
                    format!("resource '{}' is a Rain module; package the template with `rain pkg` to check what it creates", key.name),
                ).l10n("diag-cfn-rain-module", &[("resource", &key.name)]));
                continue;
            }
            unit.diagnostics.push(
                Diagnostic::error(
                    &file,
                    Some(at),
                    format!("resource '{}' has no `Type`; it was skipped", key.name),
                )
                .l10n("diag-cfn-no-type", &[("resource", &key.name)]),
            );
            continue;
        };
        let condition = body.get("Condition").and_then(Raw::as_str);
        let undecided = match condition.map(|c| (c, resolver.condition(c))) {
            Some((_, Some(false))) => continue, // not created with these parameters
            Some((c, None)) => Some(c.to_string()),
            _ => None,
        };
        let kind = SAM_TYPES
            .iter()
            .find(|(sam, _)| *sam == type_name)
            .map_or(type_name, |(_, aws)| aws)
            .to_string();
        let mut attributes = match body.get("Properties") {
            Some(p) => resolver.resolve(p).unwrap_or_else(Node::empty_map),
            None => Node::new(Value::Map(Vec::new()), Some(at.clone())),
        };
        if !matches!(attributes.value, Value::Map(_) | Value::Unknown(_)) {
            unit.diagnostics.push(
                Diagnostic::warning(
                    &file,
                    Some(at.clone()),
                    format!("the Properties of '{}' are not a mapping", key.name),
                )
                .l10n("diag-cfn-properties-not-map", &[("resource", &key.name)]),
            );
            attributes = Node::empty_map();
        }
        if type_name.starts_with("AWS::Serverless::") {
            apply_sam_globals(&mut attributes, globals, type_name, &resolver);
        }
        let tags = read_tags(&attributes);
        unit.resources.push(Resource {
            id: ResourceId(0),
            unit: 0,
            name: key.name.clone(),
            kind,
            source_type: type_name.to_string(),
            origin: Origin::File(at),
            attributes,
            tags,
            condition: undecided,
        });
    }
    if let Some(t) = template_sections(root, &resolver, &file) {
        unit.resources.push(t);
    }
    unit
}

/// Kind of the pseudo-resource that carries a template's own sections.
pub const TEMPLATE_KIND: &str = "phiguard::Template";

/// The template's `Description`, `Parameters`, `Outputs` and `Metadata` as one resource of
/// kind [`TEMPLATE_KIND`] named `(template)` (no logical id can take that name), so rules can
/// read them like any other attributes. NoEcho parameter defaults become
/// [`Value::LiteralSecret`]s: hidden, and known to be committed.
fn template_sections(root: &Raw, resolver: &Resolver, file: &Arc<str>) -> Option<Resource> {
    let mut entries = Vec::new();
    if let Some(d) = root.get("Description").and_then(|d| resolver.resolve(d)) {
        entries.push(("Description".to_string(), d));
    }
    if let Some(params) = root.get("Parameters") {
        let mut out = Vec::new();
        for (k, p) in params.entries() {
            let Some(mut n) = resolver.resolve(p) else {
                continue;
            };
            let no_echo = p.get("NoEcho").is_some_and(|n| match &n.kind {
                RawKind::Bool(b) => *b,
                RawKind::Str(s) => s.eq_ignore_ascii_case("true"),
                _ => false,
            });
            if no_echo && let Value::Map(fields) = &mut n.value {
                for (fk, fv) in fields.iter_mut() {
                    if fk == "Default" {
                        fv.value = Value::LiteralSecret;
                    }
                }
            }
            out.push((k.name.clone(), n));
        }
        let at = Location::new(file.clone(), params.line, params.col);
        entries.push((
            "Parameters".to_string(),
            Node::new(Value::Map(out), Some(at)),
        ));
    }
    for section in ["Outputs", "Metadata"] {
        if let Some(n) = root.get(section).and_then(|r| resolver.resolve(r)) {
            entries.push((section.to_string(), n));
        }
    }
    if entries.is_empty() {
        return None;
    }
    Some(Resource {
        id: ResourceId(0),
        unit: 0,
        name: "(template)".to_string(),
        kind: TEMPLATE_KIND.to_string(),
        source_type: TEMPLATE_KIND.to_string(),
        origin: Origin::File(Location::new(file.clone(), root.line, root.col)),
        attributes: Node::new(Value::Map(entries), None),
        tags: Vec::new(),
        condition: None,
    })
}

fn read_params(section: Option<&Raw>, opts: &Options) -> HashMap<String, Param> {
    let mut out = HashMap::new();
    for (k, p) in section.map(Raw::entries).unwrap_or_default() {
        let type_name = p
            .get("Type")
            .and_then(Raw::as_str)
            .unwrap_or("String")
            .to_string();
        let given = opts.params.get(&k.name);
        let value = match given {
            Some(v) => Some(Raw::new(RawKind::Str(v.clone()), k.line, k.col)),
            None => p.get("Default").cloned(),
        };
        let no_echo = p.get("NoEcho").is_some_and(|n| match &n.kind {
            RawKind::Bool(b) => *b,
            RawKind::Str(s) => s.eq_ignore_ascii_case("true"),
            _ => false,
        });
        let is_list = type_name == "CommaDelimitedList" || type_name.starts_with("List<");
        out.insert(
            k.name.clone(),
            Param {
                value,
                no_echo,
                from_default: given.is_none(),
                is_list,
                type_name,
            },
        );
    }
    out
}

/// Expands `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Body}]` entries
/// (the `AWS::LanguageExtensions` transform), recursively.
/// Entries not generated by a loop are borrowed, not copied.
fn expand_for_each<'a>(
    entries: &'a [(Key, Raw)],
    resolver: &Resolver,
    diags: &mut Vec<Diagnostic>,
    file: &Arc<str>,
) -> Vec<(Cow<'a, Key>, Cow<'a, Raw>)> {
    let mut out = Vec::with_capacity(entries.len());
    for (k, v) in entries {
        if !k.name.starts_with("Fn::ForEach::") {
            out.push((Cow::Borrowed(k), Cow::Borrowed(v)));
            continue;
        }
        let at = Location::new(file.clone(), k.line, k.col);
        let RawKind::Seq(parts) = &v.kind else {
            diags.push(
                Diagnostic::error(
                    file,
                    Some(at),
                    "Fn::ForEach needs [Identifier, Collection, Template]",
                )
                .l10n("diag-cfn-foreach-shape", &[]),
            );
            continue;
        };
        let (Some(ident), Some(coll), Some(tmpl)) = (
            parts.first().and_then(Raw::as_str),
            parts.get(1),
            parts.get(2),
        ) else {
            diags.push(
                Diagnostic::error(
                    file,
                    Some(at),
                    "Fn::ForEach needs [Identifier, Collection, Template]",
                )
                .l10n("diag-cfn-foreach-shape", &[]),
            );
            continue;
        };
        let items: Vec<String> = match resolver.resolve(coll) {
            Some(n) => match &n.value {
                Value::List(items) => items.iter().filter_map(Node::scalar_text).collect(),
                _ => {
                    diags.push(Diagnostic::warning(
                        file,
                        Some(at),
                        format!("the collection of {} is known only at deploy time; its resources were not checked", k.name),
                    ).l10n("diag-cfn-foreach-deploy-time", &[("loop", &k.name)]));
                    continue;
                }
            },
            None => continue,
        };
        let mut generated = Vec::new();
        for item in &items {
            for (tk, tv) in tmpl.entries() {
                let name = substitute(&tk.name, ident, item);
                generated.push((
                    Key {
                        name,
                        line: tk.line,
                        col: tk.col,
                    },
                    bind(tv, ident, item),
                ));
            }
        }
        let expanded = expand_for_each(&generated, resolver, diags, file);
        out.extend(
            expanded
                .into_iter()
                .map(|(k, v)| (Cow::Owned(k.into_owned()), Cow::Owned(v.into_owned()))),
        );
    }
    out
}

/// Replaces `${id}` / `&{id}` in a string with the loop value.
fn substitute(s: &str, ident: &str, value: &str) -> String {
    let alnum: String = value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    s.replace(&format!("${{{ident}}}"), value)
        .replace(&format!("&{{{ident}}}"), &alnum)
}

/// Binds a loop identifier inside a template body: `Ref: id` becomes the value and
/// `${id}` in `Fn::Sub` strings and keys is substituted.
fn bind(raw: &Raw, ident: &str, value: &str) -> Raw {
    let kind = match &raw.kind {
        RawKind::Str(s) => RawKind::Str(substitute(s, ident, value)),
        RawKind::Seq(items) => RawKind::Seq(items.iter().map(|i| bind(i, ident, value)).collect()),
        RawKind::Map(entries) => {
            if let [(k, v)] = entries.as_slice()
                && k.name == "Ref"
                && v.as_str() == Some(ident)
            {
                return Raw::new(RawKind::Str(value.to_string()), raw.line, raw.col);
            }
            RawKind::Map(
                entries
                    .iter()
                    .map(|(k, v)| {
                        (
                            Key {
                                name: substitute(&k.name, ident, value),
                                ..k.clone()
                            },
                            bind(v, ident, value),
                        )
                    })
                    .collect(),
            )
        }
        other => other.clone(),
    };
    Raw::new(kind, raw.line, raw.col)
}

/// SAM `Globals` (`Function`, `Api`, `HttpApi`, `SimpleTable`...) fill properties a
/// resource does not set itself.
fn apply_sam_globals(
    attrs: &mut Node,
    globals: Option<&Raw>,
    type_name: &str,
    resolver: &Resolver,
) {
    let section = type_name.trim_start_matches("AWS::Serverless::");
    let Some(g) = globals
        .and_then(|g| g.get(section))
        .and_then(|g| resolver.resolve(g))
    else {
        return;
    };
    let Value::Map(entries) = &mut attrs.value else {
        return;
    };
    for (k, v) in g.entries() {
        if !entries.iter().any(|(ek, _)| ek == k) {
            entries.push((k.clone(), v.clone()));
        }
    }
}

/// Tags as a list of `{Key, Value}` (most types) or a map (SAM, SSM and a few others).
fn read_tags(attrs: &Node) -> Vec<Tag> {
    let Some(tags) = [
        "Tags",
        "FileSystemTags",
        "AccessPointTags",
        "HostedZoneTags",
    ]
    .iter()
    .find_map(|p| attrs.get(p).node()) else {
        return Vec::new();
    };
    match &tags.value {
        Value::List(items) => items
            .iter()
            .filter_map(|t| {
                let key = t.get("Key").node()?.scalar_text()?;
                let value = t
                    .get("Value")
                    .node()
                    .cloned()
                    .unwrap_or_else(|| Node::bare(Value::Str(String::new())));
                Some(Tag { key, value })
            })
            .collect(),
        Value::Map(entries) => entries
            .iter()
            .map(|(k, v)| Tag {
                key: k.clone(),
                value: v.clone(),
            })
            .collect(),
        _ => Vec::new(),
    }
}
