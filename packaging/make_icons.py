"""Render CellApp's icon from its SVG sources into the PNG sizes and the multi-size Windows ICO.

    python packaging/make_icons.py          # writes resources/icons/cellapp-<size>.png and cellapp.ico

`cellapp.svg` (star and "CHI BỘ") serves 64 px and up; `cellapp-small.svg` (the star alone) serves 16 to
48 px, where the letters would be a smudge. Qt's own SVG renderer (PySide6, already a dependency) draws
them, with the bundled Liberation Serif registered so the letters come out the same on every machine;
Pillow (installed with reportlab) only packs the rendered PNGs into the ICO. The results are committed,
so building or running CellApp never needs this script.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONTS = ROOT / "resources" / "fonts"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an ICO entry can hold
SMALL_UP_TO = 48


def render(source: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


def source_for(size: int) -> Path:
    return ICONS / ("cellapp-small.svg" if size <= SMALL_UP_TO else "cellapp.svg")


def write_ico(pngs: dict[int, Path], target: Path) -> None:
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(size, size) for size in ICO_SIZES], append_images=images[:-1])


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for font in sorted(FONTS.glob("LiberationSerif-*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            raise SystemExit(f"{font}: Qt could not load it")
    pngs: dict[int, Path] = {}
    for size in PNG_SIZES:
        target = ICONS / f"cellapp-{size}.png"
        if not render(source_for(size), size).save(str(target)):
            raise SystemExit(f"{target}: could not be written")
        pngs[size] = target
        print(target.relative_to(ROOT))
    write_ico(pngs, ICONS / "cellapp.ico")
    print((ICONS / "cellapp.ico").relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
