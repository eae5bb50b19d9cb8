//! Fuzzing the HCL evaluator and the plan reader under `cargo test`: the repository's
//! own configurations and plans, mutated (byte flips, truncation, duplication, syntax
//! tokens, deep nesting), must read to resources and diagnostics, never a panic or a
//! hang. Scale up with `PHIGUARD_FUZZ_CASES=100000`.

#[path = "../../cloudformation/tests/support/mutate.rs"]
mod mutate;

use phiguard_terraform::{MemLoader, Options, read_module, read_plan};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

static CONFIGS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    mutate::corpus(
        &[&repo("crates/rules/fixtures"), &repo("examples/terraform")],
        &[".tf"],
    )
});

static PLANS: LazyLock<Vec<(String, String)>> =
    LazyLock::new(|| mutate::corpus(&[&repo("crates/rules/fixtures")], &[".plan.json"]));

proptest! {
    #![proptest_config(ProptestConfig {
        cases: mutate::cases(4000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_configurations_evaluate_or_fail_cleanly(pick in any::<usize>(), edits in mutate::edits()) {
        let (name, text) = &CONFIGS[pick % CONFIGS.len()];
        let input = mutate::apply(text, &edits);
        let loader = MemLoader(BTreeMap::from([(PathBuf::from("infra/main.tf"), input)]));
        mutate::timed(name, || read_module(Path::new("infra"), &[], &Options::default(), &loader))?;
    }

    #[test]
    fn mutated_plans_read_or_fail_cleanly(pick in any::<usize>(), edits in mutate::edits()) {
        let (name, text) = &PLANS[pick % PLANS.len()];
        let input = mutate::apply(text, &edits);
        if let Err(d) = mutate::timed(name, || read_plan(name, &input))? {
            prop_assert!(!d.message.is_empty());
        }
    }
}
