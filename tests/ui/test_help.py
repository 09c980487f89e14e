"""The user guide in the window: Help → Hướng dẫn sử dụng opens it at its start, F1 on every page of a
cell and of a committee opens that page's section, every section a page names exists, the search
finds words, and Print previews the printed guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from cellapp.domain.units import UnitKind
from cellapp.guide import read_guide
from cellapp.services.workspace import Workspace, open_workspace
from ui.help_window import HelpWindow
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages import PAGES

pytestmark = pytest.mark.timeout(90)


def _window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _press_f1(qtbot, window: MainWindow) -> HelpWindow:  # type: ignore[no-untyped-def]
    # F1 is an application shortcut: Qt hands it on only while a window of the application is active.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    focus = window.current_page()
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_F1)
    assert window.help_window is not None  # closed and deleted with the main window
    return window.help_window


def test_every_page_names_a_section_the_guide_has() -> None:
    sections = {section.id for section in read_guide("vi").sections}
    for entry in PAGES:
        for kind in entry.kinds:
            assert entry.section_for(kind), f"{entry.class_name} names no section of the user guide"
            assert entry.section_for(kind) in sections, (entry.class_name, entry.section_for(kind))


def test_f1_on_each_page_of_a_cell_opens_its_section(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_workspace)
    expected = [e.section_for(UnitKind.CELL) for e in PAGES if UnitKind.CELL in e.kinds]
    for row, section in enumerate(expected):
        window.navigation.setCurrentRow(row)
        help_window = _press_f1(qtbot, window)
        assert help_window.isVisible()
        assert help_window.current_section() == section
        # The section's heading is at the top of what the browser shows.
        cursor = help_window.browser.cursorForPosition(help_window.browser.viewport().rect().topLeft())
        top_block = cursor.block().text()
        heading = read_guide("vi").section(section)
        assert heading is not None and heading.title in top_block, (section, top_block)


def test_f1_on_each_page_of_a_committee_opens_its_section(qtbot, committee_root: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(committee_root, actor="officer")
    try:
        window = _window(qtbot, workspace)
        expected = [e.section_for(UnitKind.COMMITTEE) for e in PAGES if UnitKind.COMMITTEE in e.kinds]
        assert "committee-cells" in expected
        for row, section in enumerate(expected):
            window.navigation.setCurrentRow(row)
            assert _press_f1(qtbot, window).current_section() == section
        window.close()
    finally:
        workspace.close()


def test_the_help_menu_opens_the_guide_at_its_start_with_its_contents(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_workspace)
    labels = {a.objectName(): a.text().replace("&", "") for a in window.findChildren(QAction)}
    assert labels["openGuide"] == "Hướng dẫn sử dụng"
    assert labels["printGuide"] == "In hướng dẫn…"
    window.findChild(QAction, "openGuide").trigger()
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    qtbot.addWidget(help_window)
    assert help_window.windowTitle() == "Hướng dẫn sử dụng – CellApp"
    assert help_window.browser.verticalScrollBar().value() == 0
    titles = [
        help_window.contents.topLevelItem(i).text(0) for i in range(help_window.contents.topLevelItemCount())
    ]
    assert titles == [s.title for s in read_guide("vi").sections if s.level == 2]
    # Choosing an entry of the contents shows that section.
    item = help_window.contents.topLevelItem(3)
    help_window.contents.itemClicked.emit(item, 0)
    assert help_window.current_section() == item.data(0, Qt.ItemDataRole.UserRole)
    assert help_window.browser.verticalScrollBar().value() > 0


def test_the_search_finds_a_word_and_says_when_it_does_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    help_window = HelpWindow("vi")
    qtbot.addWidget(help_window)
    help_window.search.setText("biên bản")
    assert help_window.find_next()
    assert help_window.browser.textCursor().selectedText().lower() == "biên bản"
    help_window.search.setText("không-có-chữ-này")
    assert not help_window.find_next()
    assert "Không tìm thấy" in help_window.status.text()


def test_printing_the_guide_previews_the_real_pdf(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    help_window = HelpWindow("vi")
    qtbot.addWidget(help_window)
    help_window.print_guide()
    qtbot.waitUntil(lambda: help_window.preview is not None, timeout=60000)
    preview = help_window.preview
    assert preview is not None and preview.pdf.startswith(b"%PDF")  # type: ignore[attr-defined]
    assert preview.document.pageCount() > 10  # type: ignore[attr-defined]
    preview.close()


def test_the_images_are_shown_sharp_at_the_browser_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    help_window = HelpWindow("vi")
    qtbot.addWidget(help_window)
    for picture in read_guide("vi").pictures():
        image = help_window.browser.document().resource(
            QTextDocument.ResourceType.ImageResource, QUrl(picture.source)
        )
        assert image is not None and not image.isNull(), picture.source
        assert image.width() <= 640
