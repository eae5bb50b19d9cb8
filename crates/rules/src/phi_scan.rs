//! Runs the PHI detector over chosen attributes of resources and turns what it finds into
//! findings: one failure per PHI-like value, naming the attribute path, its location and
//! the masked value; unknown when a field is known only at deploy time; else a pass.

use crate::phi_detect::{PhiMatch, detect};
use crate::{Ctx, Outcome, ScanOutcome};
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

/// Scans the attributes at `paths` of a resource.
pub fn scan(ctx: &Ctx, r: &Resource, paths: &[&str]) -> Scanned {
    let mut s = Scanned::default();
    for p in paths {
        let before = (s.hits.len(), s.unresolved.len());
        let mut any = false;
        let segs: Vec<&str> = p.split('.').collect();
        select(ctx, &r.attributes, &segs, String::new(), &mut s, &mut any);
        if any || (s.hits.len(), s.unresolved.len()) != before {
            s.checked.push(p.to_string());
        }
    }
    s
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

/// The outcomes of a metadata rule over every resource of the given kinds: a failure per
/// PHI-like value (`why` says why that place must not hold PHI), else unknown when a field
/// cannot be resolved, else a pass.
pub fn outcomes(ctx: &Ctx, fields: &[Fields], why: &str) -> Vec<ScanOutcome> {
    let mut out = Vec::new();
    for f in fields {
        for r in ctx.graph.of_kind(f.kind) {
            out.extend(judge(ctx, r, f.paths, why));
        }
    }
    out
}

/// The outcomes for one resource (see [`outcomes`]).
pub fn judge(ctx: &Ctx, r: &Resource, paths: &[&str], why: &str) -> Vec<ScanOutcome> {
    judge_with(ctx, r, paths, why, |_| true)
}

/// [`judge`], keeping only the hits `keep` accepts (a rule that knows a field holds
/// business numbers, say).
pub fn judge_with(
    ctx: &Ctx,
    r: &Resource,
    paths: &[&str],
    why: &str,
    keep: fn(&Hit) -> bool,
) -> Vec<ScanOutcome> {
    let mut s = scan(ctx, r, paths);
    s.hits.retain(keep);
    verdicts(r, &s, why)
}

/// The outcomes for what a scan of one resource found (see [`outcomes`]).
pub fn verdicts(r: &Resource, s: &Scanned, why: &str) -> Vec<ScanOutcome> {
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
                (
                    Some(r.id),
                    Outcome::fail(msg).at(&h.path, h.location.as_ref()),
                )
            })
            .collect();
    }
    if let Some((path, reason, loc)) = s.unresolved.first() {
        let more = match s.unresolved.len() {
            1 => String::new(),
            n => format!(" (and {} more fields)", n - 1),
        };
        let msg = format!("{path}{more} cannot be checked for PHI before deployment: {reason}");
        return vec![(Some(r.id), Outcome::unknown(msg).at(path, loc.as_ref()))];
    }
    let msg = if s.checked.is_empty() {
        "no names, tags or free-form fields to check are set".to_string()
    } else {
        format!("no PHI-like values in {}", s.checked.join(", "))
    };
    vec![(Some(r.id), Outcome::pass(msg))]
}
