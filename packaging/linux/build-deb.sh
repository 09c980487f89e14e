#!/usr/bin/env bash
# Package the PyInstaller one-folder build (dist/cellapp/, made by `make package`) as
# dist/cellapp_<version>_<arch>.deb: the program in /opt/cellapp, `cellapp` in /usr/bin, the menu entry
# and the icon in every size under /usr/share, the licences of everything bundled in /usr/share/doc.
# Usage (from anywhere): packaging/linux/build-deb.sh   [env: CELLAPP_VERSION, DEB_MAINTAINER, DEB_COMPRESSION]
# Needs: dpkg-deb.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

APP="dist/cellapp"
if [[ ! -x "$APP/cellapp" ]]; then
    echo "build-deb.sh: $APP/cellapp is missing; build it first (make package)" >&2
    exit 2
fi
VERSION="${CELLAPP_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' cellapp/__init__.py)}"
MAINTAINER="${DEB_MAINTAINER:-CellApp maintainers <cellapp@localhost>}"
ARCH="$(dpkg --print-architecture)"
PKG="build/deb/cellapp_${VERSION}_${ARCH}"
DEB="dist/cellapp_${VERSION}_${ARCH}.deb"

rm -rf "$PKG"
install -d "$PKG/DEBIAN" "$PKG/opt/cellapp" "$PKG/usr/bin" \
    "$PKG/usr/share/applications" "$PKG/usr/share/doc/cellapp"
cp -a "$APP/." "$PKG/opt/cellapp/"
chmod -R u+rwX,go+rX,go-w "$PKG/opt/cellapp"  # readable by every user whatever the build's umask
ln -s /opt/cellapp/cellapp "$PKG/usr/bin/cellapp"
install -m 0644 packaging/linux/cellapp.desktop "$PKG/usr/share/applications/cellapp.desktop"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 0644 "resources/icons/cellapp-${size}.png" \
        "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/cellapp.png"
done
{
    echo "CellApp ${VERSION}: the components installed in /opt/cellapp and their licences."
    echo "The same list is under Help > About in the program, and printed by 'cellapp licences'."
    echo
    "$APP/cellapp" --lang en licences --full
} > "$PKG/usr/share/doc/cellapp/copyright"
chmod 0644 "$PKG/usr/share/doc/cellapp/copyright"

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: cellapp
Version: ${VERSION}
Section: misc
Priority: optional
Architecture: ${ARCH}
Installed-Size: ${INSTALLED_SIZE}
Maintainer: ${MAINTAINER}
Depends: libc6 (>= 2.34), libfontconfig1, libfreetype6, libglib2.0-0 | libglib2.0-0t64, libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libcups2 | libcups2t64
Description: Records, meetings and fees of a party cell (Vietnamese)
 CellApp keeps the records of a grassroots party cell on the secretary's own
 computer: members, meetings and minutes, party fees, the annual review. It
 prints them in the Party's document format and exchanges encrypted, signed
 sync files with the committee on a USB stick. Works offline; Vietnamese by
 default, English available.
CONTROL

mkdir -p dist
# xz: 63 MB against 83 MB with gzip (a download over a poor line), for about two minutes more to build
dpkg-deb --build --root-owner-group "-Z${DEB_COMPRESSION:-xz}" "$PKG" "$DEB"
echo "Built $DEB"
