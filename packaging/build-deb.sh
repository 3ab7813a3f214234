#!/bin/sh
# Builds the .deb from a clean tree (in ./build-deb) with CPack; Depends are
# computed by dpkg-shlibdeps. Prints the path of the package.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-deb"
rm -rf "$build"
# Debian's hardening flags (fortify, stack protector, relro, bind now), as a
# package build uses them; CMake reads CXXFLAGS and LDFLAGS on the first configure.
if command -v dpkg-buildflags >/dev/null 2>&1; then
    DEB_BUILD_MAINT_OPTIONS=hardening=+all
    export DEB_BUILD_MAINT_OPTIONS
    CXXFLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS) ${CXXFLAGS:-}"
    LDFLAGS="$(dpkg-buildflags --get LDFLAGS) ${LDFLAGS:-}"
    export CXXFLAGS LDFLAGS
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF -DPROSERV_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build"
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/*.deb
