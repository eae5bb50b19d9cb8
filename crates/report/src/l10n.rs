//! The human text of findings and rules in the report's language (phiguard-i18n).
//!
//! Rule texts come from the rule's statics in English and from `rules.ftl` otherwise;
//! a finding message is translated when every sentence of it has a Fluent form in the
//! language, else it is shown in English whole.

use phiguard_i18n::{FluentValue, Lang, Tr, join_sentences};
use phiguard_model::{Diagnostic, Level};
use phiguard_rules::{Finding, MessagePart, Rule, Severity, Verdict};
use std::borrow::Cow;

/// A rule's title.
pub fn title(tr: Tr, rule: &Rule) -> Cow<'static, str> {
    rule_text(tr, rule.id, "title", rule.title)
}

/// Why a rule matters.
pub fn rationale(tr: Tr, rule: &Rule) -> Cow<'static, str> {
    rule_text(tr, rule.id, "rationale", rule.rationale)
}

/// How to fix a failure of a rule.
pub fn remediation(tr: Tr, rule: &Rule) -> Cow<'static, str> {
    rule_text(tr, rule.id, "remediation", rule.remediation)
}

fn rule_text(tr: Tr, id: &str, field: &str, english: &'static str) -> Cow<'static, str> {
    if tr.lang == Lang::En {
        return Cow::Borrowed(english);
    }
    Cow::Owned(tr.or(&format!("rule-{id}-{field}"), english).into_owned())
}

/// A whitepaper section title.
pub fn section(tr: Tr, english: &str) -> Cow<'_, str> {
    phiguard_i18n::section(tr, english)
}

/// A rule's service for people: AWS service names stay as AWS writes them; a category
/// that is not a service (`General`) is said in the report's language.
pub fn service(tr: Tr, english: &str) -> Cow<'_, str> {
    tr.or(
        &format!("service-{}", phiguard_i18n::slug(english)),
        english,
    )
}

/// A verdict's name for people (`fail`, `nicht anwendbar`).
pub fn verdict(tr: Tr, v: Verdict) -> String {
    tr.t(&format!("verdict-{}", v.as_str().replace('_', "-")))
}

/// A severity's name for people.
pub fn severity(tr: Tr, s: Severity) -> String {
    tr.t(&format!("severity-{}", s.as_str()))
}

/// What a finding found, in the report's language when every sentence of it can be.
pub fn message(tr: Tr, f: &Finding) -> Cow<'_, str> {
    match &f.l10n {
        Some(parts) if tr.lang != Lang::En && parts.iter().all(|p| p.all_ids(&|id| tr.has(id))) => {
            let sentences: Vec<String> = parts.iter().map(|p| part(tr, p)).collect();
            Cow::Owned(join_sentences(tr.lang, &sentences))
        }
        _ => Cow::Borrowed(&f.message),
    }
}

/// One sentence of a finding message.
pub fn part(tr: Tr, p: &MessagePart) -> String {
    let mut args: Vec<(&str, FluentValue<'_>)> = p
        .args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
        .collect();
    for (k, id) in &p.refs {
        args.push((*k, FluentValue::from(tr.t(id))));
    }
    for (k, nested) in &p.nested {
        args.push((*k, FluentValue::from(part(tr, nested))));
    }
    tr.args(p.id, &args)
}

/// What a diagnostic (a problem with an input) says, in the report's language when it
/// has a Fluent form translated there, else in English.
pub fn diagnostic_message(tr: Tr, d: &Diagnostic) -> Cow<'_, str> {
    match &d.l10n {
        Some(p) if tr.lang != Lang::En && p.all_ids(&|id| tr.has(id)) => Cow::Owned(part(tr, p)),
        _ => Cow::Borrowed(&d.message),
    }
}

/// A diagnostic's level for people (`error`, `Warnung`).
pub fn diagnostic_level(tr: Tr, level: Level) -> String {
    tr.t(match level {
        Level::Error => "diag-level-error",
        Level::Warning => "diag-level-warning",
    })
}

/// A diagnostic as one line, `error: file:line:col: message` (its `Display`), in the
/// report's language.
pub fn diagnostic_line(tr: Tr, d: &Diagnostic) -> String {
    if tr.lang == Lang::En {
        return d.to_string();
    }
    let place = match &d.location {
        Some(l) => l.to_string(),
        // Configuration warnings that belong to no file name the command line.
        None if d.file == "(command line)" => tr.t("diag-command-line"),
        None => d.file.clone(),
    };
    tr.args(
        "diag-line",
        &[
            ("level", diagnostic_level(tr, d.level).into()),
            ("place", place.into()),
            ("message", diagnostic_message(tr, d).into_owned().into()),
        ],
    )
}

/// The scan's summary counts as one sentence.
pub fn summary_line(tr: Tr, scan: &crate::ScanResult) -> String {
    let s = scan.summary();
    let sev: Vec<String> = s
        .fail_by_severity
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| {
            tr.args(
                "count-severity",
                &[("count", n.into()), ("severity", severity(tr, *k).into())],
            )
        })
        .collect();
    let sev = if sev.is_empty() {
        String::new()
    } else {
        tr.args("summary-by-severity", &[("list", sev.join(", ").into())])
    };
    tr.args(
        "summary-line",
        &[
            ("files", scan.inputs.len().into()),
            ("resources", s.resources.into()),
            ("fail", s.fail.into()),
            ("by-severity", sev.into()),
            ("unknown", s.unknown.into()),
            ("pass", s.pass.into()),
            ("na", s.not_applicable.into()),
            ("suppressed", s.suppressed.into()),
            ("errors", s.input_errors.into()),
        ],
    )
}

/// A manual attestation's statement.
pub fn attestation(tr: Tr, a: &crate::Attestation) -> Cow<'_, str> {
    tr.or(&format!("attestation-{}", a.id), &a.statement)
}

/// [`ScanResult::scope_lines`](crate::ScanResult::scope_lines) in the report's language.
pub fn scope_lines(tr: Tr, scan: &crate::ScanResult) -> Vec<String> {
    if tr.lang == Lang::En {
        return scan.scope_lines();
    }
    let mut out = Vec::new();
    let config = config_name(tr, scan);
    out.push(match &scan.scope.config {
        Some(c) => tr.args(
            "scope-config",
            &[
                ("path", c.path.as_str().into()),
                ("how", c.how.as_str().into()),
            ],
        ),
        None => tr.t("scope-no-config"),
    });
    if !scan.scope.skipped_rules.is_empty() {
        let rules = scan.scope.skipped_rules.join(", ");
        out.push(tr.args(
            "scope-skipped",
            &[("config", config.as_str().into()), ("rules", rules.into())],
        ));
    }
    let suppressed: Vec<bool> = scan
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Fail)
        .filter_map(|f| f.suppressed.as_ref().map(|s| s.source.is_inline()))
        .collect();
    let inline = suppressed.iter().filter(|i| **i).count();
    let central = suppressed.len() - inline;
    if central > 0 {
        out.push(tr.args(
            "scope-suppressed",
            &[
                ("config", config.as_str().into()),
                ("count", central.into()),
            ],
        ));
    }
    if inline > 0 {
        out.push(tr.args("scope-suppressed-inline", &[("count", inline.into())]));
    }
    let expired = scan
        .findings
        .iter()
        .filter(|f| f.expired_suppression.is_some())
        .count();
    if expired > 0 {
        out.push(tr.args("scope-expired", &[("count", expired.into())]));
    }
    if let Some(b) = &scan.scope.baseline {
        out.push(tr.args(
            "scope-baseline",
            &[
                ("path", b.path.as_str().into()),
                ("hidden", b.hidden.into()),
            ],
        ));
    }
    out.push(tr.args(
        "scope-account",
        &[("scope", account_scope(tr, scan).into())],
    ));
    out
}

/// [`ScanResult::config_name`](crate::ScanResult::config_name) in the report's language.
pub fn config_name(tr: Tr, scan: &crate::ScanResult) -> String {
    match &scan.scope.config {
        Some(c) => c.path.clone(),
        None => tr.t("no-config-file"),
    }
}

/// [`ScanResult::account_scope`](crate::ScanResult::account_scope) in the report's language.
pub fn account_scope(tr: Tr, scan: &crate::ScanResult) -> String {
    let n = scan
        .inputs
        .iter()
        .filter(|i| i.kind != "terraform-vars")
        .count();
    tr.args("account-scope", &[("count", n.into())])
}
