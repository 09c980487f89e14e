#!/usr/bin/env bash
# Install dist/cellapp_<version>_<arch>.deb on this machine with dpkg and run the installed program as a
# user would, away from the source tree: its version, a demo cell, minutes printed with the embedded font,
# an older workspace migrated, the licences, and the GUI offscreen and under Xvfb for a few seconds without
# a traceback. Then remove the package and check that it leaves nothing behind in /opt.
# Usage: packaging/linux/check-deb.sh      (after `make package`; as root, or through sudo)
set -euo pipefail
SUDO=""
[[ $EUID -eq 0 ]] || SUDO=sudo

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$ROOT/cellapp/__init__.py")"
DEB="$ROOT/dist/cellapp_${VERSION}_$(dpkg --print-architecture).deb"
[[ -f "$DEB" ]] || { echo "check-deb.sh: $DEB is missing; run make package first" >&2; exit 2; }

WORK="$(mktemp -d)"
# A failed check leaves no package behind either.
cleanup() {
    if dpkg-query -W -f='${Status}' cellapp 2>/dev/null | grep -q "install ok installed"; then
        $SUDO dpkg --purge cellapp >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "check-deb.sh: FAILED: $*" >&2; exit 1; }
step() { echo "check-deb.sh: $*"; }

# The installed program alone: no virtual environment, no source tree, a home of its own.
run() {
    (cd "$WORK" && env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@")
}

step "installing $(basename "$DEB")"
$SUDO dpkg -i "$DEB" >/dev/null
[[ "$(readlink -f /usr/bin/cellapp)" == /opt/cellapp/cellapp ]] || fail "/usr/bin/cellapp does not lead to /opt/cellapp"
[[ -f /usr/share/applications/cellapp.desktop ]] || fail "no desktop entry"
[[ -f /usr/share/icons/hicolor/48x48/apps/cellapp.png ]] || fail "no 48 px icon"
grep -q "^Name\[vi\]=" /usr/share/applications/cellapp.desktop || fail "the desktop entry has no Vietnamese name"

step "cellapp --version"
[[ "$(run cellapp --version)" == "CellApp $VERSION" ]] || fail "cellapp --version"

step "a demo cell"
run cellapp --data-dir "$WORK/cell" demo --members 12 --months 3 2>"$WORK/demo.err" || fail "demo: $(cat "$WORK/demo.err")"
grep -q "Đã tạo dữ liệu trình diễn" "$WORK/demo.err" || fail "demo did not speak Vietnamese: $(cat "$WORK/demo.err")"
year="$(date +%Y)"
meeting="$( { run cellapp --data-dir "$WORK/cell" meetings --year "$year" --json
              run cellapp --data-dir "$WORK/cell" meetings --year "$((year - 1))" --json; } \
    | python3 -c 'import json, sys
decoder, text, found = json.JSONDecoder(), sys.stdin.read().strip(), []
while text:
    document, end = decoder.raw_decode(text)
    found += [m["id"] for m in document["meetings"] if m["status"] == "finalised"]
    text = text[end:].strip()
print(found[0] if found else "")')"
[[ -n "$meeting" ]] || fail "the demo cell has no finalised meeting"

step "print minutes $meeting"
run cellapp --data-dir "$WORK/cell" print minutes "$meeting" -o "$WORK/bien-ban.pdf" || fail "print minutes"
pdffonts "$WORK/bien-ban.pdf" >"$WORK/fonts.txt"
grep -q "LiberationSerif" "$WORK/fonts.txt" || fail "the minutes do not use Liberation Serif: $(cat "$WORK/fonts.txt")"
# columns: name type encoding emb sub uni object ID; every font must be embedded
if tail -n +3 "$WORK/fonts.txt" | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit !bad }'; then
    fail "a font of the minutes is not embedded: $(cat "$WORK/fonts.txt")"
fi
pdftotext "$WORK/bien-ban.pdf" - | grep -q "BIÊN BẢN" || fail "the minutes' text has no BIÊN BẢN"

step "an older workspace migrated by the installed program"
oldest="$(ls "$ROOT"/tests/fixtures/db/*.db | sort | head -n 1)"
mkdir -p "$WORK/old"
cp "$oldest" "$WORK/old/cellapp.db"
run cellapp --data-dir "$WORK/old" members --json >"$WORK/members.json" || fail "members on $(basename "$oldest")"
python3 -c 'import json, sys; assert json.load(open(sys.argv[1]))["count"] > 0' "$WORK/members.json" \
    || fail "no members after migrating $(basename "$oldest")"
ls "$WORK/old/backups"/before-migration-*.db >/dev/null 2>&1 || fail "no copy taken before migrating"

step "cellapp licences"
run cellapp --lang en licences >"$WORK/licences.txt"
for name in Python "Liberation Serif" PySide6_Essentials SQLAlchemy reportlab pyinstaller; do
    grep -q "^$name " "$WORK/licences.txt" || fail "licences do not list $name: $(cat "$WORK/licences.txt")"
done
grep -q "used under LGPL-3.0-only" "$WORK/licences.txt" || fail "licences: Qt's LGPL is not said"

# The GUI on a fresh demo for a few seconds: still running when stopped, nothing on stderr but Qt's notes.
gui() {
    local name="$1"; shift
    local code=0
    run "$@" timeout 12 cellapp --demo 2>"$WORK/$name.err" || code=$?
    [[ $code -eq 124 ]] || fail "the GUI ($name) stopped by itself with code $code: $(cat "$WORK/$name.err")"
    if grep -E -q "Traceback|Error|không tìm thấy" "$WORK/$name.err"; then
        fail "the GUI ($name) reported: $(cat "$WORK/$name.err")"
    fi
    ls "$WORK"/home/.cache/CellApp/demo/demo-*/workspace/cellapp.db >/dev/null 2>&1 \
        || fail "the GUI ($name) did not build its demo workspace"
    rm -rf "$WORK/home/.cache/CellApp/demo"
}
step "the GUI offscreen"
gui offscreen
if command -v xvfb-run >/dev/null; then
    step "the GUI on an X display (Xvfb)"
    gui xcb xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb
fi

step "removing the package"
$SUDO dpkg --purge cellapp 2>&1 >/dev/null | { grep -v "directory '/opt' not empty" || true; } >&2
[[ ! -e /opt/cellapp && ! -e /usr/bin/cellapp ]] || fail "dpkg --purge left /opt/cellapp or /usr/bin/cellapp"
step "passed"
