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
# CI installs what the ignored tests need (Debian: Chromium, fonts, PostgreSQL; PyPI:
# cfn-lint, pre-commit, moto) in the background while the workspace compiles: downloads and
# unpacking wait on the network and the disk, the build on the CPU. Each install script
# does nothing when its tool is already there; `ready` waits for a group before its tests.
declare -A pids=()
if [ "${CI:-}" = "true" ]; then
    export CARGO_INCREMENTAL=0   # one clean build: incremental caches only cost time
    mkdir -p target
    (./scripts/install-chromium.sh && ./scripts/install-fonts.sh && ./scripts/install-postgres.sh) \
        >target/install-debian.log 2>&1 &
    pids[debian]=$!
    (./scripts/install-cfn-lint.sh && ./scripts/install-pre-commit.sh && ./scripts/install-moto.sh) \
        >target/install-pypi.log 2>&1 &
    pids[pypi]=$!
fi
ready() {
    local pid="${pids[$1]:-}"
    [ -n "$pid" ] || return 0
    unset "pids[$1]"
    if ! wait "$pid"; then
        cat "target/install-$1.log" >&2
        echo "test.sh: installing the $1 packages failed (log above)" >&2
        exit 1
    fi
}
step() { echo "test.sh: $1 (${SECONDS}s)"; }
cargo fmt --all -- --check
# Rule files are included through build.rs, which `cargo fmt` does not follow.
rustfmt --edition 2024 --check crates/rules/src/rules/*/*.rs
# Lints: the test build compiles the workspace's crates with clippy-driver, warnings denied
# (scripts/clippy-wrapper.sh), exactly the lints of `cargo clippy --all-targets -- -D
# warnings` (libraries, binaries, tests, examples, and the benches built below) in one build
# instead of a check-only build of every dependency and then the real one.
export RUSTC_WORKSPACE_WRAPPER="$PWD/scripts/clippy-wrapper.sh"
cargo test --workspace --locked "${LIVE[@]}"
step "tests done"
cargo test --workspace --locked "${LIVE[@]}" --benches --no-run
step "benches built"
# The HTML report's browser tests are #[ignore]d in a plain `cargo test` (listed as
# ignored); they run here in CI, where a missing browser fails, and wherever Chromium is.
# (scripts/install-chromium.sh: apt-get install chromium; install-fonts.sh: fonts-noto-cjk,
# for the reports in ja/zh/ko)
ready debian
if [ "${CI:-}" = "true" ] || [ -x /usr/bin/chromium ]; then
    cargo test --workspace --locked "${LIVE[@]}" --test html_browser -- --include-ignored
    step "html_browser done"
else
    echo "skipped: HTML browser tests (no /usr/bin/chromium; CI=true installs it)"
fi
# cfn-lint on every fixed CloudFormation fixture: #[ignore]d in a plain `cargo test`; runs
# here in CI (installed from PyPI into target/cfn-lint) and wherever cfn-lint is.
# (scripts/install-cfn-lint.sh: python3 -m venv target/cfn-lint; pip install cfn-lint)
ready pypi
if [ "${CI:-}" = "true" ] || [ -x target/cfn-lint/bin/cfn-lint ] || command -v cfn-lint >/dev/null 2>&1; then
    cargo test --workspace --locked "${LIVE[@]}" --test cfn_lint -- --include-ignored
    step "cfn_lint done"
else
    echo "skipped: cfn-lint test of fixes (no cfn-lint; CI=true installs it)"
fi
# The scan-history tests on PostgreSQL are #[ignore]d in a plain `cargo test`; they run here
# (each starts its own throwaway cluster) in CI, which installs the server, and wherever
# the server binaries are. The SQLite cases ran above.
# (scripts/install-postgres.sh: apt-get install postgresql, installed with the browser above)
if [ "${CI:-}" = "true" ] || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    cargo test --workspace --locked "${LIVE[@]}" --test history -- --include-ignored postgres
    step "history on PostgreSQL done"
else
    echo "skipped: PostgreSQL scan-history tests (no PostgreSQL server; CI=true installs it)"
fi
# The pre-commit hook test (`pre-commit try-repo`) is #[ignore]d in a plain `cargo test`;
# it runs here in CI, where pre-commit is installed from PyPI, and wherever it is.
# (scripts/install-pre-commit.sh: pip install pre-commit, installed with cfn-lint above)
if [ "${CI:-}" = "true" ] || command -v pre-commit >/dev/null 2>&1; then
    cargo test --workspace --locked "${LIVE[@]}" --test ci_integrations -- --include-ignored
    step "ci_integrations done"
else
    echo "skipped: pre-commit hook test (no pre-commit; CI=true installs it)"
fi
# The live-scan tests (crates/cli/tests/live.rs) run against moto in server mode, installed
# from PyPI into target/moto; each test starts it on 127.0.0.1 behind a small proxy and stops
# it. Same packages and features as above, so nothing is rebuilt. See docs/live.md.
if [ "${LIVE[0]}" = "--features" ]; then
    ready pypi
    ./scripts/install-moto.sh   # python3 -m venv target/moto; pip install moto[server]
    cargo test --workspace --locked "${LIVE[@]}" --test live -- --include-ignored
    step "live done"
else
    echo "skipped: live AWS scans (CI=true or PHIGUARD_LIVE_TESTS=1 builds the AWS SDK and runs them against moto)"
fi
