"""CellApp's icon for Qt: every PNG size rendered from resources/icons/cellapp*.svg, so each place that
shows it (title bar, task bar, Alt+Tab, the About dialog) picks the size drawn for it."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cellapp.paths import icons_dir

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        path = icons_dir() / f"cellapp-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
