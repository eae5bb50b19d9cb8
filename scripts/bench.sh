#!/usr/bin/env bash
# Wall time and peak memory of `phiguard scan` on synthetic template sets.
# Usage: [FORMAT=json] scripts/bench.sh [RESOURCES...]   (default: 1000 50000, text report)
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
