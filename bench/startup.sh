#!/bin/sh
# Cold start to first painted window, and peak memory, of the editor on the
# complete example next to a bare Qt Widgets window with a 40-field form, in
# the same run, under Xvfb. Uses the installed editor (/usr/bin) when there is
# one, else build/app/proserv-editor.
# Usage: bench/startup.sh [RUNS]
set -eu
if [ -z "${PROSERV_UNDER_XVFB:-}" ]; then
    PROSERV_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1440x960x24" "$0" "$@"
fi
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-30}
editor=/usr/bin/proserv-editor
[ -x "$editor" ] || editor="$root/build/app/proserv-editor"
bare="$root/build/bench/bare_window"
example="$root/resources/examples/migration-readiness-assessment.proserv.json"

export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

hyperfine --warmup 3 --runs "$runs" --export-json "$root/build/startup.json" \
    -n "bare 40-field window" "$bare" \
    -n "proserv-editor on the example" "$editor --quit-after-first-paint $example"

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.1f MiB", $2 / 1024}'; }
echo "peak memory: bare window $(peak "$bare"), editor $(peak "$editor" --quit-after-first-paint "$example")"
python3 - "$root/build/startup.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"][:40]:40s} median {r["median"] * 1000:6.1f} ms  (mean {r["mean"] * 1000:.1f} ± {r["stddev"] * 1000:.1f} ms)')
PY
