"""Help → Giới thiệu CellApp: the version, every bundled component with its licence and the licence texts,
in Vietnamese; the application's icon; a missing translation said out loud."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from cellapp import __version__
from ui import i18n
from ui.app import create_application
from ui.dialogs import about_dialog
from ui.dialogs.about_dialog import AboutDialog
from ui.i18n import install_language
from ui.main_window import MainWindow

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def dialog(qtbot) -> AboutDialog:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    shown = AboutDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _row_of(dialog: AboutDialog, name: str) -> int:
    return next(i for i, c in enumerate(dialog.components) if c.name == name)


def _cell(dialog: AboutDialog, row: int, column: int) -> str:
    return str(dialog.table.rows.index(row, column).data())


def test_the_dialog_speaks_vietnamese_and_gives_the_version(dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "Giới thiệu CellApp"
    title = dialog.findChild(QLabel, "aboutTitle")
    assert title is not None and title.text() == f"CellApp {__version__}"
    headers = [dialog.table.rows.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Thành phần", "Phiên bản", "Giấy phép"]
    runtime = dialog.findChild(QLabel, "aboutRuntime")
    assert runtime is not None and runtime.text().startswith("Python 3.")


def test_every_component_is_listed_with_its_licence(dialog: AboutDialog) -> None:
    names = [_cell(dialog, row, 0) for row in range(dialog.table.rows.rowCount())]
    assert names[:2] == ["Python", "Liberation Serif"]
    assert {"PySide6_Essentials", "SQLAlchemy", "reportlab", "alembic", "pyrage", "openpyxl"} <= set(names)
    qt = _row_of(dialog, "PySide6_Essentials")
    assert _cell(dialog, qt, 2) == "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only (dùng theo LGPL-3.0-only)"
    assert _cell(dialog, _row_of(dialog, "Liberation Serif"), 2) == "OFL-1.1"


def test_choosing_a_component_shows_its_licence_texts(dialog: AboutDialog) -> None:
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in dialog.licence_text.toPlainText()  # the first row
    dialog.table.selectRow(_row_of(dialog, "Liberation Serif"))
    assert "SIL OPEN FONT LICENSE Version 1.1" in dialog.licence_text.toPlainText()
    dialog.table.selectRow(_row_of(dialog, "PySide6_Essentials"))
    text = dialog.licence_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text


def test_a_component_without_a_licence_text_says_so(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    real = about_dialog.bundled_components
    monkeypatch.setattr(
        about_dialog,
        "bundled_components",
        lambda: [c.__class__(**{**c.__dict__, "texts": ()}) for c in real()],
    )
    shown = AboutDialog()
    qtbot.addWidget(shown)
    assert shown.licence_text.toPlainText() == "Thành phần này không kèm toàn văn giấy phép riêng."


def test_help_about_opens_the_dialog(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.help_menu.title() == "Trợ &giúp"
    about = window.findChild(QAction, "aboutAction")
    assert about is not None and about.text() == "&Giới thiệu CellApp"
    assert about in window.help_menu.actions()
    about.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "Giới thiệu CellApp"


def test_the_application_has_its_icon_in_every_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = create_application("vi")
    icon = app.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes >= {16, 24, 32, 48, 64, 128, 256}
    assert icon.pixmap(QSize(16, 16)).width() == 16
    assert app.desktopFileName() == "cellapp"


def test_a_missing_translation_is_said_on_the_error_stream(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    try:
        assert install_language(QApplication.instance(), "vi") == []  # type: ignore[arg-type]
        assert f"không tìm thấy bản dịch tiếng Việt trong {tmp_path}" in capsys.readouterr().err
    finally:
        monkeypatch.undo()
        install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
