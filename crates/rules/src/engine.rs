//! Runs rules over a graph and collects findings.

use crate::suppress::{Date, Suppressed, Suppression};
use crate::{Check, MessagePart, Outcome, PhiMap, PhiMarking, Rule, Verdict};
use phiguard_model::{Diagnostic, Graph, Location, Origin, Resource, ResourceId};
use serde::{Deserialize, Serialize};
use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Settings that change verdicts. Unknown keys are errors: a misspelt key must not leave
/// the gate looser than its author thinks.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Accept the encryption AWS applies by default (S3 SSE-S3, SQS-managed SSE...) as a pass.
    pub trust_aws_defaults: bool,
    /// How PHI is marked.
    pub phi: PhiMarking,
    /// Rules to skip entirely (ids).
    pub skip_rules: Vec<String>,
    /// Findings accepted with a reason.
    pub suppress: Vec<Suppression>,
    /// Whether suppressions written next to resources (CloudFormation `Metadata`,
    /// Terraform `# phiguard:ignore`) count; absent means yes. `false` refuses them.
    pub allow_inline: Option<bool>,
    /// PHI-in-metadata detector settings (allow-list, extra patterns).
    pub phi_detect: crate::phi_detect::PhiDetectConfig,
    /// Live scans: the oldest a PHI store's newest recovery point may be, in days
    /// (default [`DEFAULT_MAX_RECOVERY_POINT_AGE_DAYS`]).
    pub max_recovery_point_age_days: Option<u32>,
    /// Where scans are recorded (`--history`): a SQLite file (relative to the config file)
    /// or a `postgres://` URL. Does not change verdicts.
    pub history: Option<String>,
    /// Folders of custom Rego rules (relative to the configuration file's folder).
    pub policy_dirs: Vec<std::path::PathBuf>,
}

/// How old (days) a PHI store's newest recovery point may be when the configuration does
/// not say: a daily backup with AWS Backup's default 8-hour start window can leave the newest
/// completed point about 32 hours old, so one day would fail healthy daily plans.
pub const DEFAULT_MAX_RECOVERY_POINT_AGE_DAYS: u32 = 2;

impl Config {
    /// Whether inline suppressions count (`allow_inline`, default true).
    pub fn allows_inline(&self) -> bool {
        self.allow_inline.unwrap_or(true)
    }
}

/// What a rule sees: the graph, the settings and the PHI map.
pub struct Ctx<'g> {
    /// The resource graph.
    pub graph: &'g Graph,
    /// Settings.
    pub config: &'g Config,
    /// Which resources hold PHI.
    pub phi: PhiMap,
    /// Indexes rules build once per scan (see [`Ctx::memo`]).
    memo: RefCell<HashMap<TypeId, Rc<dyn Any>>>,
}

impl<'g> Ctx<'g> {
    /// A context over a graph.
    pub fn new(graph: &'g Graph, config: &'g Config) -> Self {
        Self {
            graph,
            config,
            phi: PhiMap::new(graph, &config.phi),
            memo: RefCell::default(),
        }
    }

    /// A value built once per scan and shared by every rule that asks for the same type:
    /// indexes that would otherwise make a per-resource check scan the whole graph.
    pub fn memo<T: Any>(&self, build: impl FnOnce(&Self) -> T) -> Rc<T> {
        let id = TypeId::of::<T>();
        let cached = self.memo.borrow().get(&id).cloned();
        if let Some(v) = cached.and_then(|v| v.downcast::<T>().ok()) {
            return v;
        }
        let v = Rc::new(build(self));
        self.memo.borrow_mut().insert(id, v.clone());
        v
    }

    /// Fail unless the team trusts AWS defaults; then pass. For protections AWS applies
    /// when the configuration says nothing.
    pub fn aws_default(&self, path: &str, what_is_missing: &str, what_aws_does: &str) -> Outcome {
        if self.config.trust_aws_defaults {
            Outcome::pass(format!("{what_is_missing}; accepted because AWS {what_aws_does} (trust_aws_defaults)"))
        } else {
            Outcome::fail(format!(
                "{what_is_missing}. AWS {what_aws_does}, but the configuration does not declare it, so it is no evidence for an audit"
            ))
        }
        .at(path, None)
    }

    /// [`Ctx::aws_default`] whose message is translatable: `missing_id` and `does_id` are
    /// the Fluent messages (`findings.ftl`) saying `what_is_missing` and `what_aws_does`.
    pub fn aws_default_said(
        &self,
        path: &str,
        (what_is_missing, missing_id): (&str, &'static str),
        (what_aws_does, does_id): (&str, &'static str),
    ) -> Outcome {
        let out = self.aws_default(path, what_is_missing, what_aws_does);
        let id = if out.verdict == crate::Verdict::Pass {
            "helper-aws-default-trusted"
        } else {
            "helper-aws-default-fail"
        };
        out.l10n_refs(id, &[], &[("missing", missing_id), ("does", does_id)])
    }
}

/// The resource a finding is about.
#[derive(Clone, Debug, Serialize)]
pub struct Subject {
    /// Resource id in the graph.
    #[serde(skip)]
    pub id: ResourceId,
    /// Name (logical id / address / ARN).
    pub name: String,
    /// AWS type.
    pub kind: String,
    /// The input's own type name.
    pub source_type: String,
    /// Where it is defined.
    pub origin: Origin,
}

/// One rule's verdict on one resource (or on the scan).
#[derive(Clone, Debug)]
pub struct Finding {
    /// The rule.
    pub rule: &'static Rule,
    /// The verdict.
    pub verdict: Verdict,
    /// What was found.
    pub message: String,
    /// The resource, unless the finding is about the scan as a whole.
    pub subject: Option<Subject>,
    /// The attribute the verdict rests on.
    pub path: Option<String>,
    /// Where to look: the attribute if written, else the resource.
    pub location: Option<Location>,
    /// The suppression in force, when the finding is suppressed.
    pub suppressed: Option<Suppressed>,
    /// A suppression that covered the finding but has expired: the finding fails again.
    pub expired_suppression: Option<Suppressed>,
    /// A stable identity across scans (see [`crate::fingerprint`]).
    pub fingerprint: String,
    /// `message` as Fluent messages for translated reports ([`Outcome::l10n`]).
    pub l10n: Option<Vec<MessagePart>>,
}

impl Finding {
    /// A failure that is not suppressed.
    pub fn is_failure(&self) -> bool {
        self.verdict == Verdict::Fail && self.suppressed.is_none()
    }
}

fn subject(r: &Resource) -> Subject {
    Subject {
        id: r.id,
        name: r.name.clone(),
        kind: r.kind.clone(),
        source_type: r.source_type.clone(),
        origin: r.origin.clone(),
    }
}

/// One assignment of a resource's undecidable conditions and the resource under it
/// ([`Resource::branches`] order: branch `k` sets condition `i` false when bit `i` of `k` is set).
type Branch = (Vec<(String, bool)>, Resource);

/// Judges a resource on each branch of its undecidable conditions: one verdict for every
/// branch is the verdict; different verdicts are unknown, naming the conditions that
/// decide and what each of their values gives.
fn judge_branches(
    ctx: &Ctx,
    check: fn(&Ctx, &Resource) -> Outcome,
    r: &Resource,
    branches: &[Branch],
) -> Outcome {
    let outs: Vec<Outcome> = branches.iter().map(|(_, r)| check(ctx, r)).collect();
    let first = &outs[0];
    let same_verdict = outs.iter().all(|o| o.verdict == first.verdict);
    let differs = |a: &Outcome, b: &Outcome| {
        if same_verdict {
            a.message != b.message
        } else {
            a.verdict != b.verdict
        }
    };
    // The conditions whose value changes the answer.
    let conditions = &branches[0].0;
    let relevant: Vec<usize> = (0..conditions.len())
        .filter(|&i| (0..outs.len()).any(|k| differs(&outs[k], &outs[k ^ (1 << i)])))
        .collect();
    if relevant.is_empty() {
        return first.clone();
    }
    let names = relevant
        .iter()
        .map(|&i| format!("'{}'", conditions[i].0))
        .collect::<Vec<_>>()
        .join(", ");
    if same_verdict {
        let mut o = first.clone();
        o.message = format!(
            "{} (the same verdict under every value of condition {names}, which depends on an unset parameter or variable)",
            o.message
        );
        // One sentence with a parenthesis: the rule's sentence is nested in it.
        o.l10n = match (relevant.as_slice(), first.l10n.as_deref()) {
            ([i], Some([part])) => Some(vec![
                MessagePart::new(
                    "engine-same-verdict",
                    &[("condition", conditions[*i].0.as_str())],
                )
                .with("message", part.clone()),
            ]),
            _ => None,
        };
        return o;
    }
    // One line per value of the relevant conditions.
    let mut parts: Vec<String> = Vec::new();
    for (k, o) in outs.iter().enumerate() {
        let when = relevant
            .iter()
            .map(|&i| format!("{} {}", conditions[i].0, k & (1 << i) == 0))
            .collect::<Vec<_>>()
            .join(", ");
        let part = format!("when {when}: {} ({})", o.verdict.as_str(), o.message);
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    // Point at the branch that fails, if one does.
    let at = outs
        .iter()
        .find(|o| o.verdict == Verdict::Fail)
        .unwrap_or(first);
    // A branch that removes the value has no location: point at the choice itself.
    let location = at.location.clone().or_else(|| {
        let segs: Vec<&str> = at
            .path
            .as_deref()
            .map_or(Vec::new(), |p| p.split('.').collect());
        (1..=segs.len())
            .rev()
            .find_map(|n| match r.get(&segs[..n].join(".")) {
                phiguard_model::Lookup::Unknown(c) => c.location.clone(),
                _ => None,
            })
            .or_else(|| {
                let mut found = None;
                r.attributes.walk(&mut |n| {
                    if let phiguard_model::Value::Choice { condition, .. } = &n.value
                        && found.is_none()
                        && relevant.iter().any(|&i| conditions[i].0 == *condition)
                    {
                        found = n.location.clone();
                    }
                });
                found
            })
    });
    Outcome {
        verdict: Verdict::Unknown,
        message: format!(
            "depends on condition {names}, which depends on an unset parameter or variable: {}",
            parts.join("; ")
        ),
        path: at.path.clone(),
        location,
        l10n: branches_l10n(&relevant, conditions, &outs, parts.len()),
    }
}

/// The Fluent form of [`judge_branches`]' unknown outcome when one condition decides, its
/// two values give one outcome each (`lines`: the English lines said), and both outcomes
/// have one.
fn branches_l10n(
    relevant: &[usize],
    conditions: &[(String, bool)],
    outs: &[Outcome],
    lines: usize,
) -> Option<Vec<MessagePart>> {
    let &[i] = relevant else { return None };
    if lines != 2 {
        return None;
    }
    let on = outs.iter().enumerate().find(|(k, _)| k & (1 << i) == 0)?.1;
    let off = outs.iter().enumerate().find(|(k, _)| k & (1 << i) != 0)?.1;
    let verdict = |o: &Outcome| match o.verdict {
        Verdict::Pass => "engine-verdict-pass",
        Verdict::Fail => "engine-verdict-fail",
        Verdict::Unknown => "engine-verdict-unknown",
        Verdict::NotApplicable => "engine-verdict-not-applicable",
    };
    let (Some([on_part]), Some([off_part])) = (on.l10n.as_deref(), off.l10n.as_deref()) else {
        return None;
    };
    let mut part = MessagePart::new(
        "engine-depends-on-condition",
        &[("condition", conditions[i].0.as_str())],
    )
    .with("on", on_part.clone())
    .with("off", off_part.clone());
    part.refs = vec![("verdict-on", verdict(on)), ("verdict-off", verdict(off))];
    Some(vec![part])
}

/// Runs `rules` over the graph, applying the configuration's suppressions as of today
/// (see [`run_at`]). Findings come out sorted by location, then rule; the PHI map the
/// rules saw comes with them.
pub fn run(graph: &Graph, config: &Config, rules: &[&'static Rule]) -> (Vec<Finding>, PhiMap) {
    let (findings, phi, _) = run_at(graph, config, rules, &[], Date::today());
    (findings, phi)
}

/// Runs `rules` over the graph and applies the configuration's suppressions and the
/// `inline` ones as of `today`; returns the warnings about suppressions (expired, stale)
/// with the findings and the PHI map.
pub fn run_at(
    graph: &Graph,
    config: &Config,
    rules: &[&'static Rule],
    inline: &[Suppression],
    today: Date,
) -> (Vec<Finding>, PhiMap, Vec<Diagnostic>) {
    let ctx = Ctx::new(graph, config);
    let mut findings = Vec::new();
    // Resources with values chosen by an undecidable condition, under each assignment.
    let branches: HashMap<ResourceId, Vec<Branch>> = graph
        .resources()
        .iter()
        .filter(|r| !r.attributes.conditions().is_empty())
        .map(|r| (r.id, r.branches()))
        .filter(|(_, b)| !b.is_empty())
        .collect();
    for rule in rules
        .iter()
        .filter(|r| !config.skip_rules.iter().any(|s| s == r.id))
    {
        match rule.check {
            Check::Resource(check) => {
                for kind in rule.kinds {
                    for r in graph.of_kind(kind) {
                        let out = if rule.phi_only && !ctx.phi.holds(r) {
                            Outcome::not_applicable("not marked as holding PHI")
                                .l10n("engine-not-phi", &[])
                        } else {
                            match branches.get(&r.id) {
                                Some(b) => judge_branches(&ctx, check, r, b),
                                None => check(&ctx, r),
                            }
                        };
                        findings.push(finding(rule, out, Some(r)));
                    }
                }
            }
            // A scan that read no resource has nothing to say about the account.
            Check::Scan(_) if graph.resources().is_empty() => {}
            Check::Scan(check) => {
                for (id, out) in check(&ctx) {
                    findings.push(finding(rule, out, id.map(|id| graph.resource(id))));
                }
            }
            Check::Custom(check) => {
                for (id, out) in check.judge(&ctx) {
                    findings.push(finding(rule, out, id.map(|id| graph.resource(id))));
                }
            }
        }
    }
    let keys = crate::fingerprint::unit_keys(graph);
    for f in &mut findings {
        if f.verdict != Verdict::NotApplicable
            && let Some(sub) = &f.subject
            && let Some(c) = &graph.resource(sub.id).condition
        {
            let sep = if f.message.ends_with('.') { " " } else { ". " };
            f.message = format!(
                "{}{sep}The resource exists only when condition '{c}' holds, which depends on an unset parameter; it is judged as if created.",
                f.message
            );
            push_part(
                f,
                "engine-conditional-resource",
                vec![("condition", c.clone())],
            );
        }
        if f.verdict != Verdict::NotApplicable
            && let Some(sub) = &f.subject
            && ctx.phi.is_reached(sub.id)
        {
            let sep = if f.message.ends_with('.') { " " } else { ". " };
            let path = ctx.phi.describe_path(graph, sub.id);
            f.message = format!("{}{sep}PHI path: {path}", f.message);
            push_part(f, "engine-phi-path", vec![("path", path)]);
        }
        f.fingerprint = crate::fingerprint::of(&keys, graph, f);
    }
    let all: Vec<Suppression> = config.suppress.iter().chain(inline).cloned().collect();
    let warnings = crate::suppress::apply(&mut findings, &all, today);
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.subject
                    .as_ref()
                    .and_then(|s| s.origin.location().cloned()),
                f.rule.id,
            )
        };
        let (la, ra) = key(a);
        let (lb, rb) = key(b);
        la.map(|l| (l.file, l.line, l.column))
            .cmp(&lb.map(|l| (l.file, l.line, l.column)))
            .then(ra.cmp(rb))
    });
    (findings, ctx.phi, warnings)
}

fn finding(rule: &'static Rule, out: Outcome, r: Option<&Resource>) -> Finding {
    let location = out
        .location
        .clone()
        .or_else(|| r.and_then(|r| r.origin.location().cloned()));
    Finding {
        rule,
        verdict: out.verdict,
        message: out.message,
        subject: r.map(subject),
        path: out.path,
        location,
        suppressed: None,
        l10n: out.l10n,
        expired_suppression: None,
        fingerprint: String::new(),
    }
}

/// Adds a sentence to a finding's translatable message; a message that has no Fluent
/// form stays English whole.
fn push_part(f: &mut Finding, id: &'static str, args: Vec<(&'static str, String)>) {
    if let Some(parts) = &mut f.l10n {
        parts.push(crate::MessagePart {
            id,
            args,
            refs: Vec::new(),
            nested: Vec::new(),
        });
    }
}
