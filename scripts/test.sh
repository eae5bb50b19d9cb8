#!/usr/bin/env bash
# The whole test suite. Installs what the tests need (idempotently), then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --all -- --check
# Rule files are included through build.rs, which `cargo fmt` does not follow.
rustfmt --edition 2024 --check crates/rules/src/rules/*/*.rs
cargo clippy --workspace --all-targets --locked -- -D warnings
if [ "${CI:-}" = "true" ]; then
    ./scripts/install-chromium.sh   # for the HTML report's browser test
fi
cargo test --workspace --locked
