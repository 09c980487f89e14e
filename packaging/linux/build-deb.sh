#!/usr/bin/env bash
# Build dist/cellapp_<version>_<arch>.deb from the PyInstaller one-folder bundle.
# Usage (from anywhere): packaging/linux/build-deb.sh   [env: CELLAPP_VERSION, DEB_MAINTAINER]
# Needs: pyinstaller (in the active Python env) and dpkg-deb.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

VERSION="${CELLAPP_VERSION:-0.1.0}"
MAINTAINER="${DEB_MAINTAINER:-CellApp maintainers <cellapp@localhost>}"
ARCH="$(dpkg --print-architecture)"
PKG="build/deb/cellapp_${VERSION}_${ARCH}"
DEB="dist/cellapp_${VERSION}_${ARCH}.deb"

# 1. Frozen app -> dist/cellapp/
pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/cellapp.spec

# 2. Package tree: app in /opt/cellapp, launcher in /usr/bin, menu entry + icon in /usr/share
rm -rf "$PKG"
install -d "$PKG/DEBIAN" "$PKG/opt/cellapp" "$PKG/usr/bin" \
    "$PKG/usr/share/applications" "$PKG/usr/share/doc/cellapp"
cp -a dist/cellapp/. "$PKG/opt/cellapp/"
ln -s /opt/cellapp/cellapp "$PKG/usr/bin/cellapp"
install -m 0644 packaging/linux/cellapp.desktop "$PKG/usr/share/applications/cellapp.desktop"
install -m 0644 resources/fonts/OFL.txt "$PKG/usr/share/doc/cellapp/OFL-LiberationSerif.txt"
if [[ -f resources/icons/cellapp.png ]]; then
    install -D -m 0644 resources/icons/cellapp.png "$PKG/usr/share/icons/hicolor/256x256/apps/cellapp.png"
fi

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: cellapp
Version: ${VERSION}
Section: misc
Priority: optional
Architecture: ${ARCH}
Installed-Size: ${INSTALLED_SIZE}
Maintainer: ${MAINTAINER}
Depends: libc6, libfontconfig1, libfreetype6, libglib2.0-0 | libglib2.0-0t64, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libcups2 | libcups2t64
Description: CellApp - party-cell management for secretaries
 Desktop application (Qt/PySide6, Vietnamese UI) for party-cell secretaries:
 members, meetings and reports.
CONTROL

# 3. Build the .deb
mkdir -p dist
dpkg-deb --build --root-owner-group "$PKG" "$DEB"
echo "Built $DEB"
