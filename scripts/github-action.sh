#!/usr/bin/env bash
# The steps of the phiguard GitHub Action (action.yml), kept here so that a test can run
# them for real (crates/cli/tests/ci_integrations.rs).
#
#   github-action.sh install   put phiguard on PATH: a release download when
#                              INPUT_VERSION is set, else `cargo install` from the
#                              action's own checkout (GITHUB_ACTION_PATH)
#   github-action.sh scan      scan INPUT_PATHS, write the SARIF file, the Markdown summary
#                              to $GITHUB_STEP_SUMMARY and the outputs (sarif-file,
#                              exit-code) to $GITHUB_OUTPUT; exit 0 whether or not findings
#                              fail (so that the SARIF is uploaded), 2 when nothing could
#                              be scanned
#   github-action.sh gate      exit 1 when the scan's exit code (INPUT_EXIT_CODE) was 1:
#                              a failing finding at or above INPUT_FAIL_ON
#
# Inputs come as INPUT_* environment variables (set by action.yml). PHIGUARD, when set,
# names the phiguard binary to run instead of the one on PATH.
set -euo pipefail

step="${1:-}"
phiguard="${PHIGUARD:-phiguard}"

install() {
    local root="${RUNNER_TEMP:-/tmp}/phiguard"
    local bin="$root/bin"
    mkdir -p "$bin"
    if [ -n "${INPUT_VERSION:-}" ]; then
        local version="${INPUT_VERSION#v}"
        local repo="${INPUT_REPOSITORY:-phiguard/phiguard}"
        local url="https://github.com/${repo}/releases/download/v${version}/phiguard-x86_64-unknown-linux-musl.tar.gz"
        echo "downloading phiguard ${version} from ${url}"
        curl --proto '=https' --tlsv1.2 -fsSL "$url" | tar -xz -C "$bin" phiguard
    else
        echo "building phiguard from ${GITHUB_ACTION_PATH:-.} (cargo install)"
        cargo install --locked --root "$root" --path "${GITHUB_ACTION_PATH:-.}/crates/cli"
    fi
    echo "$bin" >> "${GITHUB_PATH:-/dev/null}"
    "$bin/phiguard" --version
}

scan() {
    : "${GITHUB_STEP_SUMMARY:?GITHUB_STEP_SUMMARY must name a file}"
    : "${GITHUB_OUTPUT:?GITHUB_OUTPUT must name a file}"
    local sarif="${INPUT_SARIF_FILE:-phiguard.sarif}"
    local fail_on="${INPUT_FAIL_ON:-low}"
    local -a paths=() extra=()
    # One path per line or separated by spaces.
    read -r -d '' -a paths <<<"${INPUT_PATHS:-.}" || true
    if [ -n "${INPUT_CONFIG:-}" ]; then
        extra+=(--config "$INPUT_CONFIG")
    fi
    local dir
    for dir in ${INPUT_POLICY_DIRS:-}; do
        extra+=(--policy-dir "$dir")
    done
    # Exit 1 (failing findings) is decided below, after every report is written.
    local status=0
    "$phiguard" scan "${paths[@]}" "${extra[@]}" --format sarif -o "$sarif" --fail-on "$fail_on" || status=$?
    if [ "$status" -gt 1 ]; then
        echo "::error::phiguard could not scan (exit $status); see the log above"
        exit "$status"
    fi
    local summary="${RUNNER_TEMP:-/tmp}/phiguard-summary.md"
    "$phiguard" scan "${paths[@]}" "${extra[@]}" --format markdown -o "$summary" --fail-on "$fail_on" || true
    cat "$summary" >> "$GITHUB_STEP_SUMMARY"
    {
        echo "sarif-file=$sarif"
        echo "exit-code=$status"
    } >> "$GITHUB_OUTPUT"
}

gate() {
    local status="${INPUT_EXIT_CODE:-}"
    case "$status" in
        0) echo "phiguard: no failing finding at or above '${INPUT_FAIL_ON:-low}'" ;;
        1)
            echo "::error::phiguard found failing findings at or above '${INPUT_FAIL_ON:-low}' (see the job summary and code scanning)"
            exit 1
            ;;
        *)
            echo "::error::phiguard's scan step gave no exit code ('$status')"
            exit 2
            ;;
    esac
}

case "$step" in
    install) install ;;
    scan) scan ;;
    gate) gate ;;
    *) echo "usage: $0 install|scan|gate" >&2; exit 2 ;;
esac
