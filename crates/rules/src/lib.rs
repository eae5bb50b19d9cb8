//! phiguard's rules and the engine that runs them.
//!
//! A rule is one file under `src/rules/<service>/`: a [`Rule`] value holding its
//! documentation (title, whitepaper section, CFR citations, rationale, remediation)
//! and its check. Rules see only the [`phiguard_model::Graph`].

pub mod eligible_services;
mod engine;
pub mod fingerprint;
pub mod judge;
mod outcome;
mod phi;
pub mod phi_detect;
pub mod phi_scan;
mod rule;
pub mod suppress;

pub use engine::{Config, Ctx, DEFAULT_MAX_RECOVERY_POINT_AGE_DAYS, Finding, Subject, run, run_at};
pub use outcome::{
    Flag, MessagePart, Outcome, flag, is_set, require_true, require_true_said, string_attr,
    unknown_reason, unknown_reason_l10n, written,
};
pub use phi::{DATA_STORES, PhiMap, PhiMarking};
pub use rule::{Check, CustomCheck, Rule, ScanOutcome, Severity, Verdict};
pub use suppress::{Date, Suppressed, Suppression};

/// What rule files import.
pub mod prelude {
    pub use crate::phi_scan::Fields;
    pub use crate::{
        Check, Ctx, Flag, Outcome, Rule, Severity, flag, is_set, require_true, require_true_said,
        string_attr, written,
    };
    pub use phiguard_model::{Lookup, Node, Resource, Value};
}

mod registry {
    use crate::Rule;
    include!(concat!(env!("OUT_DIR"), "/rules_index.rs"));
}

/// Every rule.
pub fn all() -> &'static [&'static Rule] {
    registry::ALL
}

/// The rule with this id, built in or registered with [`register_custom`].
pub fn find(id: &str) -> Option<&'static Rule> {
    all()
        .iter()
        .copied()
        .chain(custom())
        .find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Rules loaded at run time (custom Rego policies) that [`find`] knows, so that the
/// configuration (`skip_rules`, `[[suppress]]`) and `phiguard explain` accept their ids.
static CUSTOM: std::sync::RwLock<Vec<&'static Rule>> = std::sync::RwLock::new(Vec::new());

/// Makes a rule loaded at run time known to [`find`], in place of a custom rule loaded
/// earlier with the same id. A rule with a built-in rule's id is refused (returns false).
pub fn register_custom(rule: &'static Rule) -> bool {
    if all().iter().any(|r| r.id.eq_ignore_ascii_case(rule.id)) {
        return false;
    }
    let mut custom = CUSTOM.write().unwrap_or_else(|e| e.into_inner());
    custom.retain(|r| !r.id.eq_ignore_ascii_case(rule.id));
    custom.push(rule);
    true
}

/// The rules registered with [`register_custom`], in registration order.
pub fn custom() -> Vec<&'static Rule> {
    CUSTOM.read().unwrap_or_else(|e| e.into_inner()).clone()
}
