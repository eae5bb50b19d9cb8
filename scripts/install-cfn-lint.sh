#!/usr/bin/env bash
# Installs cfn-lint from PyPI into a virtualenv under target/ for the fix crate's cfn-lint
# test (crates/fix/tests/cfn_lint.rs). Does nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/cfn-lint
if [ -x "$VENV/bin/cfn-lint" ]; then
    exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q cfn-lint
"$VENV/bin/cfn-lint" --version
