#!/bin/sh
# Installs the Debian packages listed in packaging/debian-build-deps.txt that are
# missing, then configures and builds the project in ./build.
# Usage: packaging/setup.sh        (as root on a fresh Debian 12 machine)
set -eu
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
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher
cmake --build build
