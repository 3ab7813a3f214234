#!/bin/sh
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer in
# ./build-asan and runs the whole test suite under them.
# Usage: tests/run-sanitized.sh   (after packaging/setup.sh build)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPROSERV_SANITIZE=ON \
    -DPROSERV_BUILD_BENCHMARKS=OFF $launcher >/dev/null
cmake --build "$root/build-asan"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
cd "$root/build-asan"
exec ctest --output-on-failure --timeout 900
