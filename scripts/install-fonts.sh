#!/usr/bin/env bash
# Installs the Noto CJK fonts from Debian's packages, so headless Chromium can draw the
# HTML report in Japanese, Chinese and Korean (crates/report/tests/html_browser.rs).
# Does nothing when they are already there.
set -euo pipefail
# `fc-list | grep -q` would fail now and then under pipefail: grep quits at the first match
# and fc-list dies of SIGPIPE (exit 141). Read the whole list first.
has_cjk() { local fonts; fonts="$(fc-list : family 2>/dev/null || true)"; [[ "$fonts" == *"Noto Sans CJK"* ]]; }
if has_cjk; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
has_cjk || { echo "install-fonts.sh: Noto Sans CJK is still missing after apt-get" >&2; exit 1; }
