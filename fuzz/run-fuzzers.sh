#!/bin/sh
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for
# SECONDS (default 600), with a seed corpus from resources/examples and
# tests/data/hostile. New crashes land in fuzz/findings/; keep them as
# regression inputs in tests/data/fuzz-regressions/.
# Usage: fuzz/run-fuzzers.sh [SECONDS] [JOBS]   (FUZZ_TARGETS="a b" to choose targets)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-600}
jobs=${2:-1}
build="$root/build-fuzz"
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROSERV_FUZZ=ON >/dev/null
cmake --build "$build"

work="$root/fuzz/work"
mkdir -p "$work" "$root/fuzz/findings"
parallel=""
[ "$jobs" -gt 1 ] && parallel="-jobs=$jobs -workers=$jobs"
cd "$work" # libFuzzer's worker logs (fuzz-N.log) land here, not in the tree
for target in ${FUZZ_TARGETS:-fuzz_native_load fuzz_changeset_import fuzz_iam_policy}; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    cp "$root"/resources/examples/*.json "$corpus/" 2>/dev/null || true
    cp "$root"/tests/data/hostile/*.json "$corpus/" 2>/dev/null || true
    cp "$root"/tests/data/fuzz-regressions/* "$corpus/" 2>/dev/null || true
    if [ "$target" = fuzz_iam_policy ]; then
        python3 - "$root" "$corpus" <<'PY'
import json, sys, os
listing = json.load(open(os.path.join(sys.argv[1], "resources/examples/migration-readiness-assessment.proserv.json")))
for i, p in enumerate(listing["architecture"]["iamPolicies"]):
    open(os.path.join(sys.argv[2], f"policy-{i}.json"), "w").write(p["document"])
PY
    fi
    echo "== $target for ${seconds}s"
    # shellcheck disable=SC2086
    "$build/fuzz/$target" "$corpus" -max_total_time="$seconds" $parallel \
        -artifact_prefix="$root/fuzz/findings/$target-" -max_len=65536 -timeout=10 -print_final_stats=1 \
        > "$work/$target.log" 2>&1 || echo "$target stopped with a finding (see $work/$target.log)"
    grep -E "stat::number_of_executed_units|stat::new_units_added|SUMMARY" "$work/$target.log" || tail -3 "$work/$target.log"
done
