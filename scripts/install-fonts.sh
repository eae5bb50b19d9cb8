#!/usr/bin/env bash
# Installs the Noto CJK fonts from Debian's packages, so headless Chromium can draw the
# HTML report in Japanese, Chinese and Korean (crates/report/tests/html_browser.rs).
# Does nothing when they are already there.
set -euo pipefail
if fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq fonts-noto-cjk fontconfig >/dev/null
fc-list | grep -qi "Noto Sans CJK"
