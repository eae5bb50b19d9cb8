#!/usr/bin/env bash
# Wall time and peak memory of `phiguard scan` on synthetic template sets.
# Usage: [FORMAT=json] scripts/bench.sh [RESOURCES...]   (default: 1000 50000, text report)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p phiguard --bin phiguard --example gen_templates
sizes=("${@:-1000 50000}")
for n in ${sizes[@]}; do
  dir="bench/out/cfn-$n"
  [ -d "$dir" ] || target/release/examples/gen_templates "$dir" "$n"
  target/release/phiguard scan "$dir" --format "${FORMAT:-text}" -o /dev/null >/dev/null 2>&1 || true  # warm the page cache
  best=""
  for _ in 1 2 3; do
    line=$( { /usr/bin/time -f "%e %M" target/release/phiguard scan "$dir" --format "${FORMAT:-text}" -o /dev/null >/dev/null || true; } 2>&1 | grep -E "^[0-9.]+ [0-9]+$" | tail -1)
    secs=${line% *}; kb=${line#* }
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$secs $kb"; fi
  done
  printf '%6d CloudFormation resources: %ss wall (best of 3), %d MiB peak RSS\n' "$n" "${best% *}" $(( ${best#* } / 1024 ))
done
dir="bench/out/tf-10000"
[ -d "$dir" ] || target/release/examples/gen_templates "$dir" 10000 terraform
best=""
for _ in 1 2 3; do
  line=$( { /usr/bin/time -f "%e %M" target/release/phiguard scan "$dir" --format "${FORMAT:-text}" -o /dev/null >/dev/null || true; } 2>&1 | grep -E "^[0-9.]+ [0-9]+$" | tail -1)
  secs=${line% *}; kb=${line#* }
  if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$secs $kb"; fi
done
printf '%6d Terraform resources in 200 files: %ss wall (best of 3), %d MiB peak RSS\n' 10000 "${best% *}" $(( ${best#* } / 1024 ))
