//! Reading policy folders into rules: parse each module, read and check its metadata,
//! and make it a [`Rule`] whose check evaluates the module's `results`.

use crate::{line_of, located, results};
use phiguard_model::{Diagnostic, MessagePart};
use phiguard_rules::{Check, Ctx, CustomCheck, Rule, ScanOutcome, Severity};
use regorus::Value;
use serde_json::Value as Json;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

/// How long one policy may run on one scan before it is stopped with an error.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// The clock regorus's time limit reads. regorus is built without its `std` feature (which
/// pulls crates needing a newer Rust than phiguard's minimum), so it is given one.
struct Clock;

impl regorus::utils::limits::TimeSource for Clock {
    fn now(&self) -> Option<Duration> {
        static START: OnceLock<Instant> = OnceLock::new();
        Some(START.get_or_init(Instant::now).elapsed())
    }
}

fn install_clock() {
    static CLOCK: Clock = Clock;
    static ONCE: Once = Once::new();
    // Registration fails only when a clock is already set, which is then this one.
    ONCE.call_once(|| {
        let _ = regorus::utils::limits::set_time_source(&CLOCK);
    });
}

/// The metadata keys a policy may declare; any other is an error (a misspelt key must
/// not silently drop what it says).
const KEYS: [&str; 10] = [
    "id",
    "title",
    "severity",
    "service",
    "section",
    "cfr",
    "kinds",
    "phi_only",
    "rationale",
    "remediation",
];

/// The custom rules of one or more policy folders, and what could not be loaded.
#[derive(Default)]
pub struct PolicySet {
    /// The rules, in file order.
    pub rules: Vec<&'static Rule>,
    /// Policies that could not be loaded (located errors), for every report.
    pub errors: Vec<Diagnostic>,
    checks: Vec<&'static RegoCheck>,
}

impl std::fmt::Debug for PolicySet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PolicySet")
            .field("rules", &self.rules)
            .field("errors", &self.errors)
            .finish()
    }
}

impl PolicySet {
    /// The errors met while judging since the last call (runtime errors, results of the
    /// wrong shape), each located in its policy file.
    pub fn take_runtime_errors(&self) -> Vec<Diagnostic> {
        self.checks
            .iter()
            .flat_map(|c| std::mem::take(&mut *c.errors.lock().unwrap_or_else(|e| e.into_inner())))
            .collect()
    }

    /// The policy file a custom rule was loaded from.
    pub fn file_of(&self, id: &str) -> Option<&str> {
        self.checks
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.file.as_str())
    }
}

/// Loads every `.rego` file under the folders (recursively, in name order; `*_test.rego`
/// files are tests, not rules). Each loaded rule is registered with
/// [`phiguard_rules::register_custom`], so configuration and `explain` know its id.
pub fn load_dirs(dirs: &[PathBuf]) -> PolicySet {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for dir in dirs {
        let shown = dir.to_string_lossy();
        if !dir.is_dir() {
            errors.push(
                Diagnostic::error(&shown, None, "custom rules not run: no such policy folder")
                    .l10n("diag-policy-no-folder", &[]),
            );
            continue;
        }
        let mut files = Vec::new();
        rego_files(dir, &mut files, &mut errors);
        files.sort();
        for f in files {
            let shown = f.to_string_lossy().to_string();
            match std::fs::read_to_string(&f) {
                Ok(text) => sources.push((shown, text)),
                Err(e) => errors.push(
                    Diagnostic::error(
                        &shown,
                        None,
                        format!("custom rule not run: cannot read the policy: {e}"),
                    )
                    .l10n("diag-policy-unreadable", &[("error", &e.to_string())]),
                ),
            }
        }
    }
    let mut set = load_sources(&sources);
    errors.append(&mut set.errors);
    set.errors = errors;
    set
}

fn rego_files(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<Diagnostic>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(
                Diagnostic::error(
                    &dir.to_string_lossy(),
                    None,
                    format!("custom rules not run: cannot read the policy folder: {e}"),
                )
                .l10n(
                    "diag-policy-folder-unreadable",
                    &[("error", &e.to_string())],
                ),
            );
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().to_string();
        // Real folders only: a symbolic link to a folder could loop.
        if kind.is_dir() && !name.starts_with('.') {
            rego_files(&path, out, errors);
        } else if name.ends_with(".rego") && !name.ends_with("_test.rego") {
            out.push(path);
        }
    }
}

/// Loads policies from (file name, text) pairs; see [`load_dirs`].
pub fn load_sources(sources: &[(String, String)]) -> PolicySet {
    let mut set = PolicySet::default();
    for (file, text) in sources {
        match load_one(file, text, TIME_LIMIT) {
            Ok(check) => {
                if let Some(first) = set.checks.iter().find(|c| c.id == check.id) {
                    set.errors.push(
                        located(
                            file,
                            line_of(text, "metadata"),
                            &format!(
                                "id '{}' is already the id of the rule in {}",
                                check.id, first.file
                            ),
                        )
                        .l10n(
                            "diag-policy-duplicate-id",
                            &[("id", &check.id), ("file", &first.file)],
                        ),
                    );
                    continue;
                }
                let check: &'static RegoCheck = Box::leak(Box::new(check));
                let rule: &'static Rule = Box::leak(Box::new(check.rule()));
                if !phiguard_rules::register_custom(rule) {
                    set.errors.push(
                        located(
                            file,
                            line_of(text, "metadata"),
                            &format!("id '{}' is the id of a built-in rule", check.id),
                        )
                        .l10n("diag-policy-builtin-id", &[("id", &check.id)]),
                    );
                    continue;
                }
                set.checks.push(check);
                set.rules.push(rule);
            }
            Err(e) => set.errors.push(e),
        }
    }
    set
}

/// One loaded policy: its engine (the module alone) and what judging needs.
pub(crate) struct RegoCheck {
    pub(crate) id: String,
    pub(crate) file: String,
    /// `data.<package>.results`.
    query: String,
    pub(crate) results_line: Option<u32>,
    meta: Meta,
    engine: Mutex<regorus::Engine>,
    errors: Mutex<Vec<Diagnostic>>,
}

/// A policy's checked metadata.
struct Meta {
    title: String,
    severity: Severity,
    service: String,
    section: String,
    cfr: Vec<String>,
    kinds: Vec<String>,
    phi_only: bool,
    rationale: String,
    remediation: String,
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn leak_all(v: &[String]) -> &'static [&'static str] {
    Box::leak(
        v.iter()
            .map(|s| leak(s))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

impl RegoCheck {
    fn rule(&'static self) -> Rule {
        let m = &self.meta;
        Rule {
            id: leak(&self.id),
            title: leak(&m.title),
            severity: m.severity,
            service: leak(&m.service),
            section: leak(&m.section),
            cfr: leak_all(&m.cfr),
            requirements: &[],
            kinds: leak_all(&m.kinds),
            phi_only: m.phi_only,
            rationale: leak(&m.rationale),
            remediation: leak(&m.remediation),
            check: Check::Custom(self),
        }
    }

    /// Records a problem met while judging, located at the policy's `results`: the
    /// English `message`, said in Fluent by `why`.
    pub(crate) fn error_said(&self, message: &str, why: MessagePart) {
        let d = located(&self.file, self.results_line, message);
        self.push_error(d.l10n_with("diag-policy-not-run", &[], "why", why));
    }

    fn push_error(&self, d: Diagnostic) {
        self.errors
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(d);
    }

    pub(crate) fn kinds(&self) -> &[String] {
        &self.meta.kinds
    }

    pub(crate) fn phi_only(&self) -> bool {
        self.meta.phi_only
    }
}

/// The input document, converted once per scan and shared by every custom rule.
struct Input(Value);

impl CustomCheck for RegoCheck {
    fn judge(&self, ctx: &Ctx) -> Vec<ScanOutcome> {
        let input = ctx.memo(|ctx| Input(Value::from(crate::input::document(ctx.graph, &ctx.phi))));
        let value = {
            let mut engine = self.engine.lock().unwrap_or_else(|e| e.into_inner());
            engine.set_input(input.0.clone());
            let out = engine.eval_rule(self.query.clone());
            // The input is not kept between scans.
            engine.set_input(Value::new_object());
            out
        };
        match value {
            Ok(v) => results::outcomes(self, ctx, &v),
            Err(e) => {
                let d = crate::engine_error(&self.file, self.results_line, &format!("{e:#}"));
                self.push_error(d);
                Vec::new()
            }
        }
    }
}

/// Parses one module and reads its metadata; the module may run `limit` per scan.
fn load_one(file: &str, text: &str, limit: Duration) -> Result<RegoCheck, Diagnostic> {
    install_clock();
    let mut engine = regorus::Engine::new();
    engine.set_execution_timer_config(regorus::utils::limits::ExecutionTimerConfig {
        limit,
        check_interval: NonZeroU32::new(1000).expect("non-zero"),
    });
    let package = engine
        .add_policy(file.to_string(), text.to_string())
        .map_err(|e| crate::engine_error(file, None, &format!("{e:#}")))?;
    let meta_line = line_of(text, "metadata");
    let results_line = line_of(text, "results");
    let meta_err = |m: String| located(file, meta_line.or(Some(1)), &m);
    if meta_line.is_none() {
        return Err(meta_err(format!(
            "{package} declares no `metadata` object (id, title, severity, rationale, remediation...)"
        ))
        .l10n("diag-policy-no-metadata", &[("package", &package)]));
    }
    if results_line.is_none() {
        return Err(located(
            file,
            Some(1),
            &format!("{package} declares no `results` set (the verdicts)"),
        )
        .l10n("diag-policy-no-results", &[("package", &package)]));
    }
    let meta = engine
        .eval_rule(format!("{package}.metadata"))
        .map_err(|e| crate::engine_error(file, meta_line, &format!("{e:#}")))?;
    let meta: Json = serde_json::to_value(&meta).map_err(|e| meta_err(e.to_string()))?;
    let (id, meta) = parse_meta(&meta)
        .map_err(|(m, why)| meta_err(m).l10n_with("diag-policy-not-run", &[], "why", why))?;
    Ok(RegoCheck {
        id,
        file: file.to_string(),
        query: format!("{package}.results"),
        results_line,
        meta,
        engine: Mutex::new(engine),
        errors: Mutex::new(Vec::new()),
    })
}

/// Whether `id` cannot collide with a built-in rule's: `custom-...`, or an organisation's
/// namespace and a name (`acme.phi-bucket-tag`), in lower-case kebab-case.
pub(crate) fn valid_id(id: &str) -> bool {
    let kebab = |s: &str| {
        !s.is_empty()
            && s.split('-').all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    };
    match id.split_once('.') {
        Some((org, name)) => kebab(org) && kebab(name),
        None => id.strip_prefix("custom-").is_some_and(kebab),
    }
}

/// What is wrong with a policy's metadata, and its Fluent form (`diag-policy-meta-*`).
type MetaError = (String, MessagePart);

fn said(text: String, id: &'static str, args: &[(&'static str, &str)]) -> MetaError {
    (text, MessagePart::new(id, args))
}

fn parse_meta(m: &Json) -> Result<(String, Meta), MetaError> {
    let Some(obj) = m.as_object() else {
        let v = m.to_string();
        return Err(said(
            format!("`metadata` must be an object; it is {v}"),
            "diag-policy-meta-not-object",
            &[("value", &v)],
        ));
    };
    if let Some(k) = obj.keys().find(|k| !KEYS.contains(&k.as_str())) {
        let known = KEYS.join(", ");
        return Err(said(
            format!("`metadata` has an unknown key '{k}' (known: {known})"),
            "diag-policy-meta-unknown-key",
            &[("key", k), ("known", &known)],
        ));
    }
    let text = |key: &'static str, default: Option<&str>| -> Result<String, MetaError> {
        match obj.get(key) {
            Some(Json::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            None if default.is_some() => Ok(default.unwrap_or_default().to_string()),
            None => Err(said(
                format!("`metadata` needs '{key}'"),
                "diag-policy-meta-missing",
                &[("key", key)],
            )),
            Some(v) => {
                let v = v.to_string();
                Err(said(
                    format!("`metadata.{key}` must be a non-empty string; it is {v}"),
                    "diag-policy-meta-not-text",
                    &[("key", key), ("value", &v)],
                ))
            }
        }
    };
    let list = |key: &'static str| -> Result<Vec<String>, MetaError> {
        match obj.get(key) {
            None => Ok(Vec::new()),
            Some(Json::Array(items)) => items
                .iter()
                .map(|v| {
                    v.as_str().map(str::to_string).ok_or_else(|| {
                        let v = v.to_string();
                        said(
                            format!("`metadata.{key}` must list strings; it has {v}"),
                            "diag-policy-meta-list-item",
                            &[("key", key), ("value", &v)],
                        )
                    })
                })
                .collect(),
            Some(v) => {
                let v = v.to_string();
                Err(said(
                    format!("`metadata.{key}` must be a list of strings; it is {v}"),
                    "diag-policy-meta-not-list",
                    &[("key", key), ("value", &v)],
                ))
            }
        }
    };
    let id = text("id", None)?;
    if !valid_id(&id) {
        return Err(said(
            format!(
                "`metadata.id` '{id}' must start with 'custom-' or an organisation namespace ('acme.phi-bucket-tag'), in lower-case kebab-case, so that it cannot collide with a built-in rule"
            ),
            "diag-policy-meta-bad-id",
            &[("id", &id)],
        ));
    }
    let severity = text("severity", None)?;
    let severity = Severity::parse(&severity).ok_or_else(|| {
        said(
            format!("`metadata.severity` '{severity}' is not one of critical, high, medium, low"),
            "diag-policy-meta-bad-severity",
            &[("severity", &severity)],
        )
    })?;
    let phi_only = match obj.get("phi_only") {
        None => false,
        Some(Json::Bool(b)) => *b,
        Some(v) => {
            let v = v.to_string();
            return Err(said(
                format!("`metadata.phi_only` must be true or false; it is {v}"),
                "diag-policy-meta-phi-only",
                &[("value", &v)],
            ));
        }
    };
    let meta = Meta {
        title: text("title", None)?,
        severity,
        service: text("service", Some("Custom"))?,
        section: text("section", Some("Organisation policy"))?,
        cfr: list("cfr")?,
        kinds: list("kinds")?,
        phi_only,
        rationale: text("rationale", None)?,
        remediation: text("remediation", None)?,
    };
    Ok((id, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_that_runs_too_long_is_stopped_with_a_located_error() {
        let text = r#"package custom.slow
metadata := {"id": "custom-slow", "title": "t", "severity": "low", "rationale": "r", "remediation": "m"}

results contains {"verdict": "fail", "message": sprintf("%d", [n])} if {
  n := count([x | some x in numbers.range(1, 2000000); x % 7 == 0])
}
"#;
        let check = load_one("slow.rego", text, Duration::from_millis(200)).expect("loads");
        let check: &'static RegoCheck = Box::leak(Box::new(check));
        let graph = phiguard_model::Graph::new();
        let config = phiguard_rules::Config::default();
        let ctx = Ctx::new(&graph, &config);
        let started = Instant::now();
        assert!(check.judge(&ctx).is_empty());
        let took = started.elapsed();
        let errors = check.errors.lock().unwrap();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, "slow.rego");
        assert!(errors[0].location.is_some(), "{errors:?}");
        let m = errors[0].message.to_lowercase();
        assert!(m.contains("time") || m.contains("limit"), "{m}");
        assert!(
            took < Duration::from_secs(10),
            "stopped by the limit: {took:?}"
        );
    }

    #[test]
    fn ids_cannot_collide_with_built_in_rules() {
        for ok in ["custom-phi-tag", "acme.phi-bucket-tag", "custom-rds-cmk2"] {
            assert!(valid_id(ok), "{ok}");
        }
        for bad in [
            "s3-bucket-encryption",
            "custom-",
            "Custom-x",
            "acme.",
            ".x",
            "a.b.c",
            "custom-a--b",
            "custom-a b",
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
        for r in phiguard_rules::all() {
            assert!(!valid_id(r.id), "built-in id {} is a valid custom id", r.id);
        }
    }
}
