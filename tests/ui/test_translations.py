"""Every string the GUI shows has a Vietnamese translation, the compiled catalogues are current, and Qt's
own standard buttons speak Vietnamese."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from cellapp.paths import translations_dir
from ui.i18n import install_language

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
assert _spec and _spec.loader
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_gui_file_belongs_to_a_catalogue() -> None:
    covered = {path for name in translations.CATALOGUES for path in translations.catalogue_files(name)}
    gui_files = {p for p in (ROOT / "ui").rglob("*.py") if ".tr(" in p.read_text(encoding="utf-8")}
    assert gui_files <= covered, sorted(str(p.relative_to(ROOT)) for p in gui_files - covered)


def test_every_string_in_the_code_has_a_finished_vietnamese_translation(tmp_path: Path) -> None:
    fresh = translations.update(tmp_path)
    shipped: dict[tuple[str, str], ET.Element] = {}
    for ts in translations.TRANSLATIONS.glob("*_vi.ts"):
        shipped.update(_messages(ts))
    missing = []
    for ts in fresh:
        for key in _messages(ts):
            message = shipped.get(key)
            translation = message.find("translation") if message is not None else None
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                missing.append(key)
    assert missing == []


def test_the_compiled_catalogues_are_current(tmp_path: Path) -> None:
    for ts in translations.TRANSLATIONS.glob("*_vi.ts"):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
        assert (translations_dir() / qm.name).read_bytes() == qm.read_bytes(), (
            f"run 'make translations' ({qm.name})"
        )


def test_qt_standard_buttons_are_vietnamese(qtbot) -> None:  # type: ignore[no-untyped-def]
    loaded = install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    assert {"qtbase_vi", "cellapp_vi"} <= set(loaded)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}


def test_english_can_be_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        assert install_language(QApplication.instance(), "en") == []  # type: ignore[arg-type]
        assert QCoreApplication.translate("OverviewPage", "Overview") == "Overview"
    finally:
        install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]


def test_no_visible_text_in_the_shell_is_left_in_english(qtbot, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from ui.main_window import MainWindow

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    english = {
        source for ts in translations.TRANSLATIONS.glob("cellapp_vi.ts") for (_c, source) in _messages(ts)
    }
    english -= {"CellApp – %1"}
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    texts: list[str] = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    for widget in window.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
    texts += [action.text() for action in window.menuBar().actions()]
    model = window.pages[1].model
    texts += [
        model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
    ]
    leftovers = [t for t in texts if t and t in english]
    assert leftovers == []


@pytest.mark.skipif(sys.platform != "linux", reason="lupdate path check is for CI")
def test_the_translation_tools_are_installed() -> None:
    assert translations.tool("pyside6-lupdate") and translations.tool("pyside6-lrelease")
