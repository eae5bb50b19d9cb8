#!/usr/bin/env bash
# The live-scan benchmark (issue 11): N resources (default 10,000) across services in moto
# (server mode, on 127.0.0.1, started and stopped here), scanned with `phiguard scan aws`
# at the default concurrency, then the saved inventory scanned offline (best of 3).
# Prints wall time, peak memory and API calls per resource. Usage: scripts/bench-live.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
# PHIGUARD_BIN: an already built phiguard with the `aws` feature (default: a release build).
bin="${PHIGUARD_BIN:-target/release/phiguard}"
[ -n "${PHIGUARD_BIN:-}" ] || cargo build -q --release -p phiguard --features aws --bin phiguard
./scripts/install-moto.sh
out=bench/out/live && rm -rf "$out" && mkdir -p "$out"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
target/moto/bin/moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
trap 'kill $moto 2>/dev/null || true' EXIT
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port))" 2>/dev/null; do sleep 0.2; done
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_SESSION_TOKEN=testing
export AWS_DEFAULT_REGION=us-east-1 AWS_ENDPOINT_URL="http://127.0.0.1:$port"
created=$(target/moto/bin/python scripts/bench_live_account.py "$AWS_ENDPOINT_URL" "$n")
/usr/bin/time -o "$out/time" -f "%e %M" "$bin" scan aws --region us-east-1 \
  --services s3,sqs,sns,dynamodb,logs,kms --save-inventory "$out/inventory.json" \
  --format json -o "$out/live.json" --quiet || true
read -r secs kib < <(tail -1 "$out/time")
python3 - "$out/inventory.json" "$created" "$secs" "$kib" <<'PY'
import json, sys
inv = json.load(open(sys.argv[1]))
n, calls = len(inv["resources"]), inv.get("api_calls", 0)
print(f"live scan of {n} collected resources ({sys.argv[2]} created in moto): {sys.argv[3]}s wall, "
      f"{int(sys.argv[4]) // 1024} MiB peak RSS, {calls} API calls ({calls / max(n, 1):.2f} per resource)")
PY
best=""
for _ in 1 2 3 4; do
  /usr/bin/time -o "$out/time" -f "%e %M" "$bin" scan "$out/inventory.json" \
    --format json -o /dev/null --no-config || true
  line=$(tail -1 "$out/time")
  if [ -z "$best" ] || awk "BEGIN{exit !(${line% *} < ${best% *})}"; then best="$line"; fi
done
printf 'offline scan of the saved inventory: %ss wall (best of 4), %d MiB peak RSS\n' "${best% *}" $(( ${best#* } / 1024 ))
