#!/bin/sh
# The README's two commands. Installs the Debian packages listed in
# packaging/debian-build-deps.txt that are missing, builds the project in
# ./build, then:
#   packaging/setup.sh run    launches the editor on the bundled example (without a
#                             display: under Xvfb, saving a screenshot of each section)
#   packaging/setup.sh test   runs every test through ctest
#   packaging/setup.sh build  only builds
# Run it as root on a fresh Debian 12 machine (or as a user with sudo).
set -eu
mode=${1:-build}
case "$mode" in run|test|build) ;; *) echo "usage: $0 [run|test|build]" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

wanted=$(grep -v '^\s*#' packaging/debian-build-deps.txt | grep -v '^\s*$')
missing=""
for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
# CI (.ci/run) sets PROSERV_WARNINGS_AS_ERRORS=1: a new compiler warning fails the build there.
werror=OFF
if [ -n "${PROSERV_WARNINGS_AS_ERRORS:-}" ]; then
    werror=ON
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher -DCMAKE_COMPILE_WARNING_AS_ERROR=$werror
# "run" builds only the editor and what it links; "test" and "build" build every
# target (tests, benchmarks, the CLI).
if [ "$mode" = run ]; then
    cmake --build build --target proserv-editor
else
    cmake --build build
fi

case "$mode" in
run)
    example=resources/examples/migration-readiness-assessment.proserv.json
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        exec build/app/proserv-editor "$example"
    fi
    echo "setup: no display found; running the editor under Xvfb and saving each section to build/screenshots/"
    exec xvfb-run -a -s "-screen 0 1280x900x24" build/app/proserv-editor --screenshot-dir build/screenshots "$example"
    ;;
test)
    cd build
    exec ctest --output-on-failure --timeout 300
    ;;
esac
