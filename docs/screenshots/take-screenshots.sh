#!/bin/sh
# Launches the editor under Xvfb on the example that has a few problems,
# captures every section of the form, and writes the PNGs next to this script.
# Usage: docs/screenshots/take-screenshots.sh   (after packaging/setup.sh build)
set -eu
if [ -z "${PROSERV_UNDER_XVFB:-}" ]; then
    PROSERV_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x900x24" "$0" "$@"
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/screenshots"
example="$root/resources/examples/needs-work.proserv.json"
editor="$root/build/app/proserv-editor"

export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE=

# One PNG per section, grabbed from the X screen by the editor itself.
"$editor" --screenshot-dir "$out" "$example"

# And the whole screen as ImageMagick sees it, with the editor idle.
"$editor" "$example" &
app=$!
sleep 3
import -window root "$out/00-window.png"
kill $app

# The buyer page preview (View ▸ Buyer Page Preview, Ctrl+Shift+B) beside the
# form, then What Will Be Submitted (Ctrl+Shift+E): keys sent as a user would.
"$editor" "$root/resources/examples/migration-readiness-assessment.proserv.json" &
app=$!
sleep 3
xdotool search --sync --onlyvisible --class proserv-editor windowfocus --sync key ctrl+shift+b
sleep 1
import -window root "$out/11-buyer-preview.png"
xdotool key ctrl+shift+e
sleep 1
import -window root "$out/12-what-will-be-submitted.png"
kill $app

# Review mode, with the example's sidecar comments.
"$editor" --review "$example" &
app=$!
sleep 3
import -window root "$out/09-review-mode.png"
kill $app
# The same window in German (the system locale selects the translation).
LC_ALL=de_DE.UTF-8 LANGUAGE= "$editor" "$example" &
app=$!
sleep 3
import -window root "$out/10-german.png"
kill $app
echo "screenshots written to $out"
