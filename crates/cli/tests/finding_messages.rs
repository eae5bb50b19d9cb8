//! A finding message with a Fluent form (`Outcome::l10n`) says in English exactly what the
//! rule's own English message says: every rule fixture and example is scanned, and each
//! such message is rebuilt from `findings.ftl` and compared. Translations are made from
//! those English messages, so this keeps them from drifting apart.

use phiguard::ScanOptions;
use phiguard_i18n::{Lang, Tr};
use std::path::Path;

/// The English message rebuilt from its Fluent parts, joined as the engine joins sentences.
fn english(parts: &[phiguard_rules::MessagePart]) -> String {
    let tr = Tr::new(Lang::En);
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        let s = phiguard_report::l10n::part(tr, p);
        if i > 0 {
            out.push_str(if out.ends_with('.') { " " } else { ". " });
        }
        out.push_str(&s);
    }
    out
}

#[test]
fn fluent_forms_match_the_english_messages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    // One scan of everything: what matters is each message, not the verdicts.
    let inputs = [root.join("crates/rules/fixtures"), root.join("examples")];
    let mut checked = 0;
    let mut wrong = Vec::new();
    {
        let (result, _) = phiguard::scan(&inputs, &ScanOptions::default());
        for f in &result.findings {
            if let Some(parts) = &f.l10n {
                checked += 1;
                let rebuilt = english(parts);
                if rebuilt != f.message {
                    wrong.push(format!(
                        "{}: {:?}\n   rule says {:?}",
                        f.rule.id, rebuilt, f.message
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(
        checked > 100,
        "only {checked} findings with a Fluent form were checked"
    );
}
