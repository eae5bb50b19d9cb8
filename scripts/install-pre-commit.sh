#!/usr/bin/env bash
# Installs pre-commit from PyPI for the pre-commit hook test
# (crates/cli/tests/ci_integrations.rs). Does nothing when it is already there.
set -euo pipefail
if command -v pre-commit >/dev/null 2>&1; then
    exit 0
fi
python3 -m pip install --quiet --disable-pip-version-check "pre-commit>=4,<5"
command -v pre-commit >/dev/null || { hash -r; command -v pre-commit >/dev/null; }
