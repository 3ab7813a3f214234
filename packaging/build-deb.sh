#!/bin/sh
# Builds the .deb from a clean tree (in ./build-deb) with CPack; Depends are
# computed by dpkg-shlibdeps. Prints the path of the package.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-deb"
rm -rf "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DPROSERV_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/*.deb
