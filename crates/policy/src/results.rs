//! A policy's `results` turned into outcomes, one per resource.
//!
//! `results` is a set (or array) of objects `{"resource": id, "verdict": "fail" | "pass" |
//! "unknown" | "not_applicable", "message": text}` with an optional `"path"` (the attribute the verdict rests
//! on). Several results for one resource combine into the most serious verdict. Every
//! resource of the rule's `kinds` gets a finding: not applicable when the rule is
//! `phi_only` and the resource holds no PHI, unknown when the policy gave it no verdict.

use crate::load::RegoCheck;
use phiguard_model::{Lookup, MessagePart, ResourceId};
use phiguard_rules::{Ctx, Outcome, ScanOutcome, Verdict};
use regorus::Value;
use std::collections::BTreeMap;

/// One result of the policy, checked.
struct Result {
    resource: Option<ResourceId>,
    verdict: Verdict,
    message: String,
    path: Option<String>,
}

pub(crate) fn outcomes(check: &RegoCheck, ctx: &Ctx, value: &Value) -> Vec<ScanOutcome> {
    let items: Vec<&Value> = match value {
        Value::Set(s) => s.iter().collect(),
        Value::Array(a) => a.iter().collect(),
        // A `results` set with no member is undefined in some Rego spellings.
        Value::Undefined => Vec::new(),
        other => {
            let v = short(other);
            check.error_said(
                &format!("`results` must be a set of objects; it is {v}"),
                MessagePart::new("diag-policy-results-not-set", &[("value", &v)]),
            );
            return Vec::new();
        }
    };
    let graph = ctx.graph;
    let mut by_resource: BTreeMap<Option<ResourceId>, Vec<Result>> = BTreeMap::new();
    for item in items {
        match parse(item, graph.resources().len()) {
            Ok(r) => {
                if let Some(id) = r.resource {
                    let res = graph.resource(id);
                    let kinds = check.kinds();
                    if !kinds.is_empty() && !kinds.contains(&res.kind) {
                        let (n, list) = (id.0.to_string(), kinds.join(", "));
                        check.error_said(
                            &format!(
                                "a result names resource {n} '{}' of kind {}, which is not one of the rule's kinds ({list})",
                                res.name, res.kind,
                            ),
                            MessagePart::new(
                                "diag-policy-result-kind",
                                &[
                                    ("id", &n),
                                    ("resource", &res.name),
                                    ("kind", &res.kind),
                                    ("kinds", &list),
                                ],
                            ),
                        );
                        continue;
                    }
                }
                by_resource.entry(r.resource).or_default().push(r);
            }
            Err((e, problem)) => {
                let item = short(item);
                check.error_said(
                    &format!("a result {e}: {item}"),
                    MessagePart::new("diag-policy-result-invalid", &[("item", &item)])
                        .with("problem", problem),
                );
            }
        }
    }
    let mut out = Vec::new();
    let mut judged = |id: Option<ResourceId>, results: Option<Vec<Result>>| {
        let resource = id.map(|id| graph.resource(id));
        if check.phi_only()
            && let Some(r) = resource
            && !ctx.phi.holds(r)
        {
            out.push((id, Outcome::not_applicable("not marked as holding PHI")));
            return;
        }
        let Some(results) = results else {
            out.push((
                id,
                Outcome::unknown("the custom policy gave no verdict on this resource"),
            ));
            return;
        };
        let verdict = results
            .iter()
            .map(|r| r.verdict)
            .min()
            .unwrap_or(Verdict::Unknown);
        let chosen: Vec<&Result> = results.iter().filter(|r| r.verdict == verdict).collect();
        let mut messages: Vec<&str> = Vec::new();
        for r in &chosen {
            if !messages.contains(&r.message.as_str()) {
                messages.push(&r.message);
            }
        }
        let mut o = Outcome::unknown(messages.join("; "));
        o.verdict = verdict;
        if let Some(path) = chosen.iter().find_map(|r| r.path.as_deref()) {
            let loc = match resource.map(|r| r.get(path)) {
                Some(Lookup::Set(n) | Lookup::Unknown(n)) => n.location.clone(),
                _ => None,
            };
            o = o.at(path, loc.as_ref());
        }
        out.push((id, o));
    };
    let kinds = check.kinds();
    for kind in kinds {
        for r in graph.of_kind(kind) {
            judged(Some(r.id), by_resource.remove(&Some(r.id)));
        }
    }
    for (id, results) in by_resource {
        judged(id, Some(results));
    }
    out
}

const VERDICTS: &str = "needs `verdict` \"fail\", \"pass\", \"unknown\" or \"not_applicable\"";

/// What is wrong with a result, and its Fluent form (`diag-policy-result-*`).
type Problem = (String, MessagePart);

fn problem(text: impl Into<String>, id: &'static str, args: &[(&'static str, &str)]) -> Problem {
    (text.into(), MessagePart::new(id, args))
}

/// Checks one result's shape; `n`: how many resources the graph holds.
fn parse(v: &Value, n: usize) -> std::result::Result<Result, Problem> {
    let Value::Object(obj) = v else {
        return Err(problem(
            "must be an object",
            "diag-policy-result-not-object",
            &[],
        ));
    };
    let field = |k: &str| obj.get(&Value::from(k));
    for k in obj.keys() {
        let known = ["resource", "verdict", "message", "path"]
            .iter()
            .any(|x| *k == Value::from(*x));
        if !known {
            let k = short(k);
            return Err(problem(
                format!("has an unknown key {k} (resource, verdict, message, path)"),
                "diag-policy-result-unknown-key",
                &[("key", &k)],
            ));
        }
    }
    let resource = match field("resource") {
        None | Some(Value::Null) => None,
        Some(Value::Number(num)) => {
            let id = num.as_u64().filter(|&i| (i as usize) < n).ok_or_else(|| {
                problem(
                    "names no resource of this scan (use the resource's `id`)",
                    "diag-policy-result-no-resource",
                    &[],
                )
            })?;
            Some(ResourceId(id as u32))
        }
        Some(_) => {
            return Err(problem(
                "needs `resource` to be a resource's `id` (a number)",
                "diag-policy-result-resource-type",
                &[],
            ));
        }
    };
    let verdict = match field("verdict") {
        Some(Value::String(s)) => match &**s {
            "fail" => Verdict::Fail,
            "pass" => Verdict::Pass,
            "unknown" => Verdict::Unknown,
            "not_applicable" => Verdict::NotApplicable,
            _ => return Err(problem(VERDICTS, "diag-policy-result-verdict", &[])),
        },
        _ => return Err(problem(VERDICTS, "diag-policy-result-verdict", &[])),
    };
    let message = match field("message") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.to_string(),
        _ => {
            return Err(problem(
                "needs a non-empty `message` string",
                "diag-policy-result-message",
                &[],
            ));
        }
    };
    let path = match field("path") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.to_string()),
        Some(_) => {
            return Err(problem(
                "has a `path` that is not a string",
                "diag-policy-result-path",
                &[],
            ));
        }
    };
    Ok(Result {
        resource,
        verdict,
        message,
        path,
    })
}

/// A value for an error message, cut short.
fn short(v: &Value) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "?".into());
    if s.chars().count() > 120 {
        format!("{}...", s.chars().take(120).collect::<String>())
    } else {
        s
    }
}
