#!/usr/bin/env bash
# The whole test suite. Installs what the tests need (idempotently), then runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
# Live AWS accounts (`phiguard scan aws`, crates/aws over the AWS SDK for Rust) are behind
# the CLI's `aws` feature: the SDK takes minutes to compile on two cores. CI (CI=true) and
# PHIGUARD_LIVE_TESTS=1 build everything once with it, so the SDK is compiled once and every
# crate with one feature set; a plain run leaves it out.
LIVE=(--exclude phiguard-aws)
if [ "${CI:-}" = "true" ] || [ "${PHIGUARD_LIVE_TESTS:-}" = "1" ]; then
    LIVE=(--features phiguard/aws)
fi
cargo fmt --all -- --check
# Rule files are included through build.rs, which `cargo fmt` does not follow.
rustfmt --edition 2024 --check crates/rules/src/rules/*/*.rs
# Lints: the test build compiles the workspace's crates with clippy-driver, warnings denied
# (scripts/clippy-wrapper.sh), exactly the lints of `cargo clippy --all-targets -- -D
# warnings` (libraries, binaries, tests, examples, and the benches built below) in one build
# instead of a check-only build of every dependency and then the real one.
export RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/clippy-wrapper.sh"
cargo test --workspace --locked "${LIVE[@]}"
cargo test --workspace --locked "${LIVE[@]}" --benches --no-run
# The HTML report's browser tests are #[ignore]d in a plain `cargo test` (listed as
# ignored); they run here in CI, where a missing browser fails, and wherever Chromium is.
if [ "${CI:-}" = "true" ]; then
    ./scripts/install-chromium.sh   # apt-get install chromium (sudo when not root)
    ./scripts/install-fonts.sh      # apt-get install fonts-noto-cjk, for the reports in ja/zh/ko
fi
if [ "${CI:-}" = "true" ] || [ -x /usr/bin/chromium ]; then
    cargo test --workspace --locked "${LIVE[@]}" --test html_browser -- --include-ignored
else
    echo "skipped: HTML browser tests (no /usr/bin/chromium; CI=true installs it)"
fi
# cfn-lint on every fixed CloudFormation fixture: #[ignore]d in a plain `cargo test`; runs
# here in CI (installed from PyPI into target/cfn-lint) and wherever cfn-lint is.
if [ "${CI:-}" = "true" ]; then
    ./scripts/install-cfn-lint.sh   # python3 -m venv target/cfn-lint; pip install cfn-lint
fi
if [ "${CI:-}" = "true" ] || [ -x target/cfn-lint/bin/cfn-lint ] || command -v cfn-lint >/dev/null 2>&1; then
    cargo test --workspace --locked "${LIVE[@]}" --test cfn_lint -- --include-ignored
else
    echo "skipped: cfn-lint test of fixes (no cfn-lint; CI=true installs it)"
fi
# The scan-history tests on PostgreSQL are #[ignore]d in a plain `cargo test`; they run here
# (each starts its own throwaway cluster) in CI, which installs the server, and wherever
# the server binaries are. The SQLite cases ran above.
if [ "${CI:-}" = "true" ]; then
    ./scripts/install-postgres.sh   # apt-get install postgresql (sudo when not root)
fi
if [ "${CI:-}" = "true" ] || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    cargo test --workspace --locked "${LIVE[@]}" --test history -- --include-ignored postgres
else
    echo "skipped: PostgreSQL scan-history tests (no PostgreSQL server; CI=true installs it)"
fi
# The pre-commit hook test (`pre-commit try-repo`) is #[ignore]d in a plain `cargo test`;
# it runs here in CI, where pre-commit is installed from PyPI, and wherever it is.
if [ "${CI:-}" = "true" ]; then
    ./scripts/install-pre-commit.sh   # pip install pre-commit
fi
if [ "${CI:-}" = "true" ] || command -v pre-commit >/dev/null 2>&1; then
    cargo test --workspace --locked "${LIVE[@]}" --test ci_integrations -- --include-ignored
else
    echo "skipped: pre-commit hook test (no pre-commit; CI=true installs it)"
fi
# The live-scan tests (crates/cli/tests/live.rs) run against moto in server mode, installed
# from PyPI into target/moto; each test starts it on 127.0.0.1 behind a small proxy and stops
# it. Same packages and features as above, so nothing is rebuilt. See docs/live.md.
if [ "${LIVE[0]}" = "--features" ]; then
    ./scripts/install-moto.sh   # python3 -m venv target/moto; pip install moto[server]
    cargo test --workspace --locked "${LIVE[@]}" --test live -- --include-ignored
else
    echo "skipped: live AWS scans (CI=true or PHIGUARD_LIVE_TESTS=1 builds the AWS SDK and runs them against moto)"
fi
