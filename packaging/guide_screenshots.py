"""Screenshots for the user guide, taken from the real application on fresh demo workspaces.

    python packaging/guide_screenshots.py                 # every image into resources/guide/images/
    python packaging/guide_screenshots.py members fees    # only these
    python packaging/guide_screenshots.py --list          # the names, and what each shows
    python packaging/guide_screenshots.py --out /tmp/shots

Each image is one function in `packaging/guide_shots.py`, registered there with `@shot("name")`: to refresh
the images after a screen changed, run this script again; to add one, add a function there and reference
`images/<name>.png` in the guide. The main window is 1366×768, the screen of the laptops CellApp is made
for; a dialog is drawn over the window it belongs to, with its title bar. Images are reduced to a
256-colour palette (a screenshot has few colours), which keeps each one small.

The script runs offscreen (no display needed), in Vietnamese, on demo workspaces in a temporary folder:
a committee with a few enrolled cells, the first of which is the cell shown. Nothing of the user's is
read or changed (preferences go to the temporary folder too).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (reportlab's own dependency)
from PySide6.QtCore import QBuffer, QPoint, QRect, QSize, Qt, QThreadPool  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget  # noqa: E402

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.pages.base import Page

WIDTH, HEIGHT = 1366, 768
# The status bar shows where the workspace lives: in the images, where a secretary's Windows laptop keeps
# it, not the script's temporary folder.
SHOWN_FOLDER = r"C:\Users\Bithu\AppData\Local\CellApp"
TITLE_BAR = 30
DEFAULT_OUT = ROOT / "resources" / "guide" / "images"
P = TypeVar("P", bound="Page")


class Studio:
    """The demo workspaces, their main windows, and a scratch folder (the "USB stick" of the shots)."""

    def __init__(self, folder: Path) -> None:
        from cellapp.demo.committee import build_demo_committee
        from cellapp.services.workspace import open_workspace

        self.folder = folder
        started = time.perf_counter()
        demo = build_demo_committee(folder / "committee", cells=5, members=38, months=12, seed=11)
        self.committee_workspace = open_workspace(demo.root)
        self.cell_workspace = open_workspace(demo.cells[0])
        self.stick = folder / "usb"
        self.stick.mkdir()
        print(f"demo workspaces built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        self._windows: dict[str, MainWindow] = {}
        self._spare: list[Workspace] = []

    def window(self, kind: str = "cell") -> MainWindow:
        """The main window of the demo cell ("cell") or of its committee ("committee"), 1366×768."""
        from ui.main_window import MainWindow

        if kind not in self._windows:
            window = MainWindow(self.cell_workspace if kind == "cell" else self.committee_workspace)
            self._windows[kind] = window
            self._shown_folder(window)
            window.resize(WIDTH, HEIGHT)
            window.show()
            settle()
        return self._windows[kind]

    def page(self, page_class: type[P], kind: str = "cell") -> P:
        """Go to that page in the window, as a click in the navigation does."""
        window = self.window(kind)
        for row in range(window.navigation.count()):
            if window.pages[row].__class__ is page_class:
                window.navigation.setCurrentRow(row)
                settle()
                page = window.pages[row]
                assert isinstance(page, page_class)
                return page
        raise LookupError(page_class.__name__)

    @staticmethod
    def _shown_folder(window: MainWindow) -> None:
        from PySide6.QtWidgets import QLabel

        label = window.statusBar().findChild(QLabel, "statusWorkspace")
        if label is not None:
            label.setText(label.text().split(":", 1)[0] + ": " + SHOWN_FOLDER)

    def fresh_window(self, workspace: Workspace) -> MainWindow:
        """A main window on another workspace (a cell that has not joined yet, say), closed at the end."""
        from ui.main_window import MainWindow

        self._spare.append(workspace)
        window = MainWindow(workspace)
        self._windows[f"spare-{len(self._spare)}"] = window
        self._shown_folder(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle()
        return window

    def close(self) -> None:
        for window in self._windows.values():
            window.close()
        settle()
        for workspace in (self.cell_workspace, self.committee_workspace, *self._spare):
            workspace.close()


def settle(seconds: float = 0.25) -> None:
    """Let background jobs report and the widgets repaint."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    QThreadPool.globalInstance().waitForDone(30000)
    for _ in range(5):
        app.processEvents()


@contextlib.contextmanager
def opened_dialogs() -> Iterator[list[QDialog]]:
    """Dialogs the code would run modally (`exec()`) are shown instead and collected, so that a shot goes
    through the same buttons as a user does and photographs what opens."""
    opened: list[QDialog] = []
    original = QDialog.exec

    def show_instead(dialog: QDialog) -> int:
        dialog.show()
        opened.append(dialog)
        return 0

    QDialog.exec = show_instead  # type: ignore[method-assign,assignment]
    try:
        yield opened
    finally:
        QDialog.exec = original  # type: ignore[method-assign]


def window_image(window: QWidget) -> QImage:
    settle()
    return window.grab().toImage()


def with_dialog(window: QWidget, dialog: QWidget, *, size: QSize | None = None) -> QImage:
    """The window, dimmed, with the dialog over it in the middle, its title bar and a shadow."""
    if size is not None:
        dialog.resize(size)
    settle()
    background = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    content = dialog.grab().toImage()
    width, height = content.width(), content.height() + TITLE_BAR
    origin = QPoint(max(0, (background.width() - width) // 2), max(0, (background.height() - height) // 2))
    frame = QRect(origin, QSize(width, height))
    painter = QPainter(background)
    painter.fillRect(background.rect(), QColor(0, 0, 0, 70))
    painter.fillRect(frame.translated(5, 6), QColor(0, 0, 0, 80))
    painter.fillRect(frame, QColor("#e6ebf1"))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1b2733"))
    bar = QRect(origin.x() + 12, origin.y(), width - 24, TITLE_BAR)
    painter.drawText(
        bar, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), dialog.windowTitle()
    )
    painter.drawText(bar, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), "✕")
    painter.drawImage(origin + QPoint(0, TITLE_BAR), content)
    painter.setPen(QColor("#7a8794"))
    painter.drawRect(frame.adjusted(0, 0, -1, -1))
    painter.end()
    return background


def with_menu(window: QWidget, menu: QMenu, anchor: QWidget) -> QImage:
    """The window with a drop-down menu open under `anchor` (a button or a menu bar entry)."""
    below = anchor.mapTo(window, QPoint(0, anchor.height()))
    menu.popup(window.mapToGlobal(below))
    settle()
    background = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(background)
    painter.fillRect(QRect(below + QPoint(3, 4), menu.size()), QColor(0, 0, 0, 70))
    painter.drawImage(below, menu.grab().toImage())
    painter.end()
    menu.hide()
    return background


def save_png(image: QImage, path: Path) -> int:
    """Write the image as a palette PNG; returns its size in bytes."""
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.ReadWrite)
    image.save(buffer, "PNG")
    picture = Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGB")
    reduced = picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    reduced.save(path, optimize=True)
    return path.stat().st_size


def never_ask() -> None:
    """A message box would wait for a click that never comes: questions are answered No (closing an
    edited meeting does not save it), and any message is printed instead, so a changed screen that now
    warns about something shows up in the script's output."""
    from PySide6.QtWidgets import QMessageBox

    def answer_no(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.No

    def report(
        _parent: object, title: str, text: str, *_args: object, **_kwargs: object
    ) -> QMessageBox.StandardButton:
        print(f"message box: {title}: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.Ok

    QMessageBox.question = answer_no  # type: ignore[assignment,method-assign]
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, report)


def main(argv: list[str] | None = None) -> int:
    from guide_shots import SHOTS

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help="only these images (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--list", action="store_true", help="list the images and exit")
    args = parser.parse_args(argv)
    if args.list:
        for item in SHOTS:
            print(f"{item.name:28} {item.describes}")
        return 0
    unknown = set(args.names) - {item.name for item in SHOTS}
    if unknown:
        parser.error(f"no such image: {', '.join(sorted(unknown))}")
    chosen = [item for item in SHOTS if not args.names or item.name in args.names]

    with tempfile.TemporaryDirectory(prefix="cellapp-guide-") as scratch:
        os.environ["CELLAPP_CONFIG_DIR"] = str(Path(scratch) / "config")
        from ui.app import create_application

        app = create_application("vi")
        app.setStyle("Fusion")  # the same look whatever desktop the script runs on
        never_ask()
        studio = Studio(Path(scratch))
        total = 0
        try:
            for item in chosen:
                size = save_png(item.take(studio), args.out / f"{item.name}.png")
                total += size
                print(f"{item.name:28} {size / 1024:6.1f} KB")
                for widget in QApplication.topLevelWidgets():
                    if isinstance(widget, QDialog | QMenu) and widget.isVisible():
                        widget.close()
                settle(0.05)
        finally:
            studio.close()
    print(f"{len(chosen)} images, {total / 1024:.0f} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main())
