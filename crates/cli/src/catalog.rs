//! Rule documentation rendered from the rules themselves: `phiguard rules`,
//! `phiguard explain` and `docs/rules/`.

use phiguard_i18n::Tr;
use phiguard_report::l10n;
use phiguard_rules::Rule;
use serde_json::json;
use std::fmt::Write;

/// Every rule: the built-in ones, then the custom rules loaded for this command.
fn listed() -> Vec<&'static Rule> {
    phiguard_rules::all()
        .iter()
        .copied()
        .chain(phiguard_rules::custom())
        .collect()
}

/// `phiguard rules`: one line per rule (custom rules marked `[custom]`).
pub fn rules_text(tr: Tr) -> String {
    let mut s = String::new();
    let rules = listed();
    for r in &rules {
        let custom = if r.is_custom() { " [custom]" } else { "" };
        let _ = writeln!(
            s,
            "{:<40} {:<8} {:<22} {}{custom}",
            r.id,
            r.severity.as_str(),
            r.service,
            l10n::title(tr, r)
        );
        let _ = writeln!(
            s,
            "{:<40} {:<8} {:<22} {} | {}",
            "",
            "",
            "",
            l10n::section(tr, r.section),
            r.cfr.join(", ")
        );
    }
    let custom = rules.iter().filter(|r| r.is_custom()).count();
    let line = if custom > 0 {
        let args = [("count", rules.len().into()), ("custom", custom.into())];
        tr.args("cli-rule-count-custom", &args)
    } else {
        tr.args("cli-rule-count", &[("count", rules.len().into())])
    };
    let _ = writeln!(s, "{line}");
    s
}

/// `phiguard rules --format json` (ids and keys stay; titles and texts in `tr`'s language).
pub fn rules_json(tr: Tr) -> String {
    let v: Vec<_> = listed()
        .iter()
        .map(|r| {
            let mut v = json!({
                "id": r.id, "title": l10n::title(tr, r), "severity": r.severity, "service": r.service,
                "section": l10n::section(tr, r.section), "cfr": r.cfr, "requirements": r.requirements,
                "resource_kinds": r.kinds, "phi_only": r.phi_only,
                "rationale": l10n::rationale(tr, r), "remediation": l10n::remediation(tr, r),
            });
            if r.is_custom() {
                v["custom"] = json!(true);
            }
            v
        })
        .collect();
    serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
}

/// The full documentation of one rule, as Markdown (also `phiguard explain`).
pub fn rule_markdown(tr: Tr, r: &Rule) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}: {}\n", r.id, l10n::title(tr, r));
    if r.is_custom() {
        let _ = writeln!(s, "- **{}**", tr.t("explain-custom"));
    }
    let mut item = |label: &str, value: &str| {
        let _ = writeln!(s, "- **{}** {value}", tr.t(label));
    };
    item("explain-severity", &l10n::severity(tr, r.severity));
    item("explain-service", &l10n::service(tr, r.service));
    item("explain-section", &l10n::section(tr, r.section));
    item("explain-cfr", &r.cfr.join(", "));
    item("explain-requirements", &r.requirements.join(", "));
    if !r.kinds.is_empty() {
        item("explain-kinds", &r.kinds.join(", "));
    }
    let applies = if r.phi_only {
        "explain-applies-phi"
    } else {
        "explain-applies-all"
    };
    item("explain-applies", &tr.t(applies));
    let _ = writeln!(
        s,
        "\n## {}\n\n{}\n",
        tr.t("explain-why"),
        l10n::rationale(tr, r)
    );
    let _ = writeln!(
        s,
        "## {}\n\n{}",
        tr.t("explain-fix"),
        l10n::remediation(tr, r)
    );
    s
}

/// The "Automatic fix" part of `phiguard explain`: whether `rule` has a fix, in which
/// formats, and whether it is safe (in English, [`phiguard_fix::explain`]).
pub fn fix_markdown(tr: Tr, rule: &str) -> String {
    let heading = tr.t("fix-explain-heading");
    let Some(f) = phiguard_fix::find(rule) else {
        return format!("## {heading}\n\n{}\n", tr.t("fix-explain-none"));
    };
    let formats = match (f.cfn.is_some(), f.tf.is_some()) {
        (true, true) => "fix-explain-formats-both",
        (true, false) => "fix-explain-formats-cfn",
        (false, true) => "fix-explain-formats-tf",
        (false, false) => "fix-explain-formats-none",
    };
    let what = sentence(
        tr,
        "fix-explain-what",
        &format!("fix-what-{rule}"),
        f.summary,
    );
    let safety = match f.safety {
        phiguard_fix::Safety::Safe => tr.t("fix-explain-safe"),
        phiguard_fix::Safety::Unsafe(why) => {
            sentence(tr, "fix-explain-unsafe", &format!("fix-why-{rule}"), why)
        }
    };
    let text = phiguard_i18n::join_sentences(tr.lang, &[what, tr.t(formats), safety]);
    format!("## {heading}\n\n{text}\n")
}

/// Sentence `frame` around the text of message `id`, or, when `tr`'s language does not
/// have it, the English sentence around `english` (one sentence, one language).
fn sentence(tr: Tr, frame: &str, id: &str, english: &str) -> String {
    if tr.has(id) {
        tr.args(frame, &[("text", tr.t(id).into())])
    } else {
        Tr::default().args(frame, &[("text", english.into())])
    }
}

/// `docs/rules/README.md`: the index of rule pages.
pub fn rules_markdown_index() -> String {
    let mut s = String::from(
        "# phiguard rules\n\nGenerated by `phiguard rules --format markdown`; do not edit.\n\n| Rule | Severity | Service | Title |\n|---|---|---|---|\n",
    );
    for r in listed() {
        let _ = writeln!(
            s,
            "| [{}]({}.md) | {} | {} | {} |",
            r.id, r.id, r.severity, r.service, r.title
        );
    }
    s
}

/// The pages of `docs/rules/`: (file name, content), the index first.
pub fn rule_docs() -> Vec<(String, String)> {
    let mut pages = vec![("README.md".to_string(), rules_markdown_index())];
    for r in listed() {
        pages.push((format!("{}.md", r.id), rule_markdown(Tr::default(), r)));
    }
    pages
}
