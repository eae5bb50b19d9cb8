//! Fuzzing the CloudFormation loader under `cargo test`: the repository's own
//! templates, mutated (see `support/mutate.rs`), must read to a result or one located
//! error, never a panic or a hang. Scale up with `PHIGUARD_FUZZ_CASES=100000`.

#[path = "support/mutate.rs"]
mod mutate;

use phiguard_cloudformation::{Options, read};
use proptest::prelude::*;
use std::path::Path;
use std::sync::LazyLock;

static CORPUS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    mutate::corpus(
        &[
            &root.join("tests/fixtures"),
            &root.join("../rules/fixtures"),
            &root.join("../../examples/cloudformation"),
        ],
        &[".yaml", ".yml", ".template", ".json"],
    )
    .into_iter()
    .filter(|(name, _)| !name.ends_with(".plan.json") && !name.ends_with(".pyyaml.json"))
    .collect()
});

proptest! {
    #![proptest_config(ProptestConfig {
        cases: mutate::cases(6000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_templates_read_or_fail_cleanly(pick in any::<usize>(), edits in mutate::edits()) {
        let (name, text) = &CORPUS[pick % CORPUS.len()];
        let input = mutate::apply(text, &edits);
        let result = mutate::timed(name, || read(name, &input, &Options::default()))?;
        if let Err(d) = result {
            prop_assert!(!d.message.is_empty());
        }
    }
}
