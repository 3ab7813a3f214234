#!/bin/sh
# Packs the built tree as a .deb, installs it with apt-get, runs both programs
# from /usr/bin, checks the desktop integration files, and removes it again.
# Usage (as root): packaging/test-deb.sh [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/proserv-listing-editor_*.deb)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq proserv-listing-editor >/dev/null' EXIT
/usr/bin/proserv-check --version
/usr/bin/proserv-check /usr/share/doc/proserv-listing-editor/examples/migration-readiness-assessment.proserv.json
QT_QPA_PLATFORM=offscreen /usr/bin/proserv-editor --version
# The installed programs carry their translations and pick them from the locale.
LC_ALL=de_DE.UTF-8 LANGUAGE= /usr/bin/proserv-check \
    /usr/share/doc/proserv-listing-editor/examples/migration-readiness-assessment.proserv.json \
    | grep -qx "0 Fehler, 0 Warnungen"
LC_ALL=de_DE.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen /usr/bin/proserv-editor --help 2>/dev/null | grep -q "^Optionen:"
dpkg-deb -f "$deb" Recommends | grep -q qt6-translations-l10n
test -f /usr/share/applications/io.github.proserv_listing_editor.desktop
test -f /usr/share/icons/hicolor/48x48/apps/proserv-editor.png
test -f /usr/share/icons/hicolor/scalable/apps/proserv-editor.svg
test -f /usr/share/man/man1/proserv-check.1.gz
test -f /usr/share/doc/proserv-listing-editor/copyright
desktop-file-validate /usr/share/applications/io.github.proserv_listing_editor.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.proserv_listing_editor.metainfo.xml >/dev/null
# The MIME database knows the native file type once the package is installed.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database /usr/share/mime
    grep -q "application/vnd.proserv-listing+json" /usr/share/mime/globs2
fi
echo "deb test passed: $(basename "$deb")"
