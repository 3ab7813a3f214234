#!/bin/sh
# Installs Microsoft's SARIF validator (npm @microsoft/sarif-multitool) into a
# local, git-ignored folder and prints the path of its launcher.
# Usage: tests/tools/install-sarif-multitool.sh [PREFIX]   (default: .cache/npm)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=${1:-$root/.cache/npm}
tool="$prefix/node_modules/.bin/sarif-multitool"
native="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ] || [ ! -f "$native" ]; then
    mkdir -p "$prefix"
    npm install --silent --no-audit --no-fund --prefix "$prefix" @microsoft/sarif-multitool@5.7.0 >&2
fi
# npm may skip the package's postinstall chmod (install-scripts policy).
chmod u+x "$native"
echo "$tool"
