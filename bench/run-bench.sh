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

# Both tools read every file; proserv-check also runs every rule. The three
# runs alternate (text, ajv, JSON) ROUNDS times; each time and peak memory is
# read by /usr/bin/time, and the medians are compared. parse_floor is what
# nlohmann's lexer alone costs, load_floor what loading costs (parse into the
# ordered DOM, source map, model) before any rule: no proserv-check can beat either.
rounds=${ROUNDS:-3}
timed() { # LABEL OUTPUT COMMAND...: appends "LABEL seconds kilobytes" to $work/times
    label=$1 output=$2
    shift 2
    /usr/bin/time -f "$label %e %M" -a -o "$work/times" "$@" > "$output" 2>/dev/null || true
}
: > "$work/times"
for _ in $(seq "$rounds"); do
    timed text "$work/check.txt" "$build/app/proserv-check" "$work"/listings/*.json
    timed ajv "$work/ajv.txt" "$ajv" validate --spec=draft2020 --strict=false \
        -s "$root/docs/schema/proserv-listing.schema.json" -d "$work/listings/*.json"
    timed json "$work/check.json" "$build/app/proserv-check" --format json "$work"/listings/*.json
    timed floor /dev/null "$build/bench/parse_floor" "$work"/listings/*.json
    timed load /dev/null "$build/bench/load_floor" "$work"/listings/*.json
done
"$ajv" validate --spec=draft2020 --strict=false -s "$root/docs/schema/proserv-listing.schema.json" \
    -d "$work/listings/*.json" > "$work/ajv.txt" 2>&1 || true

findings=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(f['findings']) for f in d['files']), len(d['files']))" "$work/check.json")
valid=$(grep -c ' valid$' "$work/ajv.txt" || true)
python3 - "$work/times" "$count" "$findings" "$valid" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    if line.startswith("Command "):  # time(1) notes a non-zero exit status (findings) on its own line
        continue
    label, seconds, kilobytes = line.split()
    runs.setdefault(label, []).append((float(seconds), int(kilobytes)))
def median(label, i):
    return statistics.median(r[i] for r in runs[label])
ajv = median("ajv", 0)
print(f"{sys.argv[2]} files, {len(runs['ajv'])} alternating rounds, medians:")
print(f"ajv-cli (schema only):          {ajv:.2f} s, peak {median('ajv', 1) / 1024:.0f} MiB ({sys.argv[4]} files reported valid)")
for label in ("text", "json"):
    t = median(label, 0)
    print(f"proserv-check --format {label}: {t:.2f} s, peak {median(label, 1) / 1024:.0f} MiB, "
          f"ajv / proserv-check = {ajv / t:.2f}x")
floor = median("floor", 0)
print(f"parse_floor (read + nlohmann SAX lexing only, no rules): {floor:.2f} s, ajv / floor = {ajv / floor:.2f}x")
load = median("load", 0)
print(f"load_floor (read + load: ordered DOM, source map, model; no rules): {load:.2f} s, ajv / load = {ajv / load:.2f}x")
print(f"(findings, files: {sys.argv[3]})")
PY
