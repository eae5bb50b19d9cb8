#!/usr/bin/env bash
# Installs the PostgreSQL server from Debian's packages for the scan-history tests
# (crates/cli/tests/history.rs start their own throwaway cluster with initdb and pg_ctl;
# no service is started here). Does nothing when the server binaries are already there.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
