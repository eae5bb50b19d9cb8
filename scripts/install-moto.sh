#!/usr/bin/env bash
# Installs moto (the AWS emulator, server mode) from PyPI into a virtualenv under target/
# for the live-scan tests (crates/cli/tests/live.rs). Does nothing when it is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/moto
if [ -x "$VENV/bin/moto_server" ]; then
    exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q "moto[server]==5.2.6"
"$VENV/bin/moto_server" --help >/dev/null
