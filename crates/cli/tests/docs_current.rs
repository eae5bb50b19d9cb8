//! `docs/rules/` is generated from the rules; this test fails when it is stale.
//! Regenerate with `cargo run -p phiguard -- rules --format markdown --output-dir docs/rules`.

use std::path::Path;

#[test]
fn rule_docs_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules");
    let pages = phiguard::catalog::rule_docs();
    let mut stale = Vec::new();
    for (name, text) in &pages {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if !pages.iter().any(|(n, _)| *n == name) {
            stale.push(format!("{name} (no such rule)"));
        }
    }
    assert!(
        stale.is_empty(),
        "docs/rules is stale ({}); run: cargo run -p phiguard -- rules --format markdown --output-dir docs/rules",
        stale.join(", ")
    );
}
