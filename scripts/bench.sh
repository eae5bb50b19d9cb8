#!/usr/bin/env bash
# Wall time and peak memory of `phiguard scan` on synthetic template sets.
# Usage: [FORMAT=json] [FIX_CORPUS=DIR] [LANGS="en ja de"] [LIVE=1] scripts/bench.sh [RESOURCES...]   (default: 1000 50000, text report)
# Each size runs as templates of 500 resources and as one single template; then 10,000
# Terraform resources in 200 files.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p phiguard --bin phiguard --example gen_templates
sizes=("${@:-1000 50000}")

# best_of_3 DIR [ARGS...]: prints "SECONDS KIB" of the fastest of three scans (after a
# warm-up); ARGS go to `phiguard scan`.
best_of_3() {
  local dir="$1"; shift
  target/release/phiguard scan "$dir" "$@" --format "${FORMAT:-text}" -o /dev/null >/dev/null 2>&1 || true  # warm the page cache
  local best="" line secs
  for _ in 1 2 3; do
    line=$( { /usr/bin/time -f "%e %M" target/release/phiguard scan "$dir" "$@" --format "${FORMAT:-text}" -o /dev/null >/dev/null || true; } 2>&1 | grep -E "^[0-9.]+ [0-9]+$" | tail -1)
    secs=${line% *}
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$line"; fi
  done
  echo "$best"
}

report() {  # report LABEL "SECONDS KIB"
  printf '%s: %ss wall (best of 3), %d MiB peak RSS\n' "$1" "${2% *}" $(( ${2#* } / 1024 ))
}

for n in ${sizes[@]}; do
  dir="bench/out/cfn-$n"
  [ -d "$dir" ] || target/release/examples/gen_templates "$dir" "$n"
  report "$(printf '%6d CloudFormation resources in %d templates' "$n" $(( (n + 499) / 500 )))" "$(best_of_3 "$dir")"
  report "$(printf '%6d CloudFormation resources in %d templates, with the 2 example Rego rules' "$n" $(( (n + 499) / 500 )))" "$(best_of_3 "$dir" --policy-dir examples/policies)"
  dir="bench/out/cfn-single-$n"
  [ -d "$dir" ] || target/release/examples/gen_templates "$dir" "$n" single
  report "$(printf '%6d CloudFormation resources in one template' "$n")" "$(best_of_3 "$dir")"
done
dir="bench/out/tf-10000"
[ -d "$dir" ] || target/release/examples/gen_templates "$dir" 10000 terraform
report "$(printf '%6d Terraform resources in 200 files' 10000)" "$(best_of_3 "$dir")"

# `phiguard fix` (scan, then the diff of every fix, unsafe ones included): on the generated
# templates, and on a folder of real templates when FIX_CORPUS names one (the public corpus
# of docs/fixes.md, not part of the repository).
fix_best_of_3() {
  target/release/phiguard fix "$1" --unsafe-fixes --allow-empty >/dev/null 2>&1 || true
  local best="" line secs
  for _ in 1 2 3; do
    line=$( { /usr/bin/time -f "%e %M" target/release/phiguard fix "$1" --unsafe-fixes --allow-empty >/dev/null || true; } 2>&1 | grep -E "^[0-9.]+ [0-9]+$" | tail -1)
    secs=${line% *}
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$line"; fi
  done
  echo "$best"
}
report "fix, $(printf '%6d' "${sizes[0]%% *}") CloudFormation resources" "$(fix_best_of_3 "bench/out/cfn-${sizes[0]%% *}")"
if [ -n "${FIX_CORPUS:-}" ]; then
  report "fix, public corpus ($FIX_CORPUS)" "$(fix_best_of_3 "$FIX_CORPUS")"
fi
# Translation cost (issue 13: under 5 %): the 50,000-resource set in English and in each
# other language; bundles are built once, messages formatted only when rendered.
if [ -n "${LANGS:-}" ]; then
  dir="bench/out/cfn-50000"
  [ -d "$dir" ] || target/release/examples/gen_templates "$dir" 50000
  for l in $LANGS; do
    report "$(printf ' 50000 CloudFormation resources, --lang %s' "$l")" "$(best_of_3 "$dir" --lang "$l")"
  done
fi

# Scan history (issue 12): recording a 50,000-resource scan, and `phiguard history` over
# 1,000 recorded scans.
hist="bench/out/history"
rm -rf "$hist" && mkdir -p "$hist"
# best_of_3_cmd CMD...: prints "SECONDS KIB" of the fastest of three runs of a command.
best_of_3_cmd() {
  "$@" >/dev/null 2>&1 || true
  local best="" line secs
  for _ in 1 2 3; do
    /usr/bin/time -o "$hist/time" -f "%e %M" "$@" >/dev/null 2>&1 || true
    line=$(grep -E "^[0-9.]+ [0-9]+$" "$hist/time" | tail -1)
    secs=${line% *}
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$line"; fi
  done
  echo "$best"
}


dir="bench/out/cfn-50000"
[ -d "$dir" ] || target/release/examples/gen_templates "$dir" 50000
scan=(target/release/phiguard scan "$dir" --no-config -o /dev/null)
plain=$(best_of_3_cmd "${scan[@]}")
recorded=$(best_of_3_cmd "${scan[@]}" --history="$hist/50000.db")
report " 50000 CloudFormation resources, scan only" "$plain"
report " 50000 CloudFormation resources, scan + --history (SQLite)" "$recorded"
awk "BEGIN{printf \"recording adds %.2fs\\n\", ${recorded% *} - ${plain% *}}"
target/release/examples/fill_history "$hist/record-only.db" "$dir" 3  # the recording alone
if [ -n "${PHIGUARD_BENCH_PG:-}" ]; then  # a postgres:// URL of a throwaway database
  pg=$(best_of_3_cmd "${scan[@]}" --history="$PHIGUARD_BENCH_PG")
  report " 50000 CloudFormation resources, scan + --history (PostgreSQL)" "$pg"
  awk "BEGIN{printf \"recording in PostgreSQL adds %.2fs\\n\", ${pg% *} - ${plain% *}}"
fi
dir="bench/out/cfn-1000"
[ -d "$dir" ] || target/release/examples/gen_templates "$dir" 1000
target/release/examples/fill_history "$hist/1000-scans.db" "$dir" 1000 >/dev/null
report "phiguard history over 1000 scans (--last 10, text)" \
  "$(best_of_3_cmd target/release/phiguard history --history "$hist/1000-scans.db")"
report "phiguard history over 1000 scans (--last 1000, json)" \
  "$(best_of_3_cmd target/release/phiguard history --history "$hist/1000-scans.db" --last 1000 --format json)"

# Live AWS (issue 11): LIVE=1 adds 10,000 resources in moto scanned with `phiguard scan aws`,
# and the offline scan of the saved inventory (scripts/bench-live.sh; builds the AWS SDK).
if [ "${LIVE:-}" = "1" ]; then
  ./scripts/bench-live.sh 10000
fi
