#!/bin/sh
# Runs the benchmarks: the rule engine micro-benchmarks (Google Benchmark) and
# proserv-check on 10,000 generated listings against ajv-cli validating the same
# files with docs/schema (ajv installed by this script into .cache/npm).
# Usage: bench/run-bench.sh [COUNT]     (after packaging/setup.sh build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
build="$root/build"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Google Benchmark: rule engine and formats"
"$build/bench/bench_validation" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

echo "== generating $count listings"
mkdir -p "$work/listings"
"$build/bench/generate_listings" "$work/listings" "$count"

prefix="$root/.cache/npm"
if [ ! -x "$prefix/node_modules/.bin/ajv" ]; then
    npm install --silent --no-audit --no-fund --prefix "$prefix" ajv-cli@5.0.0 ajv-formats@2.1.1 >&2
fi
ajv="$prefix/node_modules/.bin/ajv"

# Both tools read every file; proserv-check also runs every rule.
now() { date +%s.%N; }
start=$(now)
"$build/app/proserv-check" --format json "$work"/listings/*.json > "$work/check.json" || true
mid=$(now)
"$ajv" validate --spec=draft2020 --strict=false -s "$root/docs/schema/proserv-listing.schema.json" \
    -d "$work/listings/*.json" > "$work/ajv.txt" 2>&1 || true
end=$(now)

findings=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(f['findings']) for f in d['files']), len(d['files']))" "$work/check.json")
valid=$(grep -c ' valid$' "$work/ajv.txt" || true)
python3 - "$start" "$mid" "$end" "$count" "$findings" "$valid" <<'PY'
import sys
start, mid, end = map(float, sys.argv[1:4])
check, ajv = mid - start, end - mid
print(f"proserv-check (load + all rules): {check:.2f} s for {sys.argv[4]} files ({sys.argv[5]} findings, files)")
print(f"ajv-cli (schema only):            {ajv:.2f} s ({sys.argv[6]} files reported valid)")
print(f"ratio ajv / proserv-check:        {ajv / check:.1f}x")
PY
