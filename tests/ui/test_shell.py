"""The GUI shell on a real demo workspace, offscreen: navigation, members search, status bar, keyboard."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from cellapp.services.workspace import Workspace
from tests.helpers.typing_vietnamese import type_text
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    main = MainWindow(demo_workspace)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def _members_page(window: MainWindow) -> MembersPage:
    window.navigation.setCurrentRow(1)
    page = window.pages[1]
    assert isinstance(page, MembersPage)
    return page


def test_the_navigation_lists_only_working_pages_in_vietnamese(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:2] == ["Tổng quan", "Đảng viên"]


def test_the_overview_shows_the_unit_and_member_counts(window: MainWindow) -> None:
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    assert page.heading.text() == "Chi bộ thôn Nấm Dẩn"
    assert page.committee.text() == "Cấp ủy cấp trên: Đảng bộ xã Xín Mần"
    total = page.findChild(QLabel, "overviewTotal")
    assert total is not None and int(total.text()) > 30


def test_the_status_bar_names_the_unit_and_the_workspace(window: MainWindow, demo_root: Path) -> None:
    unit = window.statusBar().findChild(QLabel, "statusUnit")
    folder = window.statusBar().findChild(QLabel, "statusWorkspace")
    assert unit is not None and unit.text() == "Chi bộ thôn Nấm Dẩn"
    assert folder is not None and str(demo_root) in folder.text()


def test_typing_vietnamese_in_the_search_box_filters_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _members_page(window)
    everyone = page.model.rowCount()
    some_name = page.model.member_at(0).full_name
    family = some_name.split()[0]
    type_text(page.search_box, unicodedata.normalize("NFD", family))
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone, timeout=3000)
    shown = [page.model.member_at(r).full_name for r in range(page.model.rowCount())]
    assert some_name in shown
    assert all(family.lower() in name.lower() for name in shown)


def test_search_without_diacritics_finds_the_same_members(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _members_page(window)
    everyone = page.model.rowCount()
    type_text(page.search_box, "Thị")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everyone, timeout=3000)
    with_marks = [page.model.member_at(r).uuid for r in range(page.model.rowCount())]
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everyone, timeout=3000)
    type_text(page.search_box, "THI")
    qtbot.waitUntil(lambda: page.model.rowCount() < everyone, timeout=3000)
    assert [page.model.member_at(r).uuid for r in range(page.model.rowCount())] == with_marks


def test_ctrl_2_and_ctrl_f_reach_the_members_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 1
    page = window.pages[1]
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.findChild(QLineEdit, "memberSearch").hasFocus()


def test_the_window_fits_a_1366_by_768_screen(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    assert window.minimumSize().width() <= 1366


PAGE_MODULES = ["ui.pages.members_page", "ui.pages.meetings_page", "ui.pages.fees_page", "ui.pages.sync_page"]
FIRST_SHOWN = """
import os, sys
from pathlib import Path
from cellapp.cli.context import CliContext
from ui.app import create_application, open_into
from ui.main_window import MainWindow
app = create_application("vi")
window = MainWindow()
window.show()
app.processEvents()
assert open_into(window, CliContext(data_dir=Path(sys.argv[1]), language="vi")) is None
app.processEvents()
modules = %r
print(",".join(m for m in modules if m in sys.modules))
window.navigation.setCurrentRow(2)
app.processEvents()
print(",".join(m for m in modules if m in sys.modules))
print(type(window.current_page()).__name__)
os._exit(0)
"""


def test_a_page_is_loaded_only_when_it_is_first_shown(demo_root: Path) -> None:
    """Start-up imports the Overview only: the other pages' modules load when the user goes to them."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SHOWN % PAGE_MODULES, str(demo_root)],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
        check=True,
    )
    at_start, after_meetings, shown = done.stdout.splitlines()[-3:]
    assert at_start == ""
    assert after_meetings == "ui.pages.meetings_page"
    assert shown == "MeetingsPage"


def test_every_page_opens_from_the_navigation_and_its_shortcut(window: MainWindow) -> None:
    from PySide6.QtTest import QTest

    from ui.pages import entry_of

    count = window.navigation.count()
    assert count == len(window.pages) >= 5
    for row in reversed(range(count)):  # shortcuts first, from the last page back
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.navigation.currentRow() == row
        page = window.current_page()
        assert page is window.pages[row] and page.title() == window.navigation.item(row).text()
        assert entry_of(type(page)).title() == page.title()
    window.navigation.setCurrentRow(0)
    assert window.current_page() is window.pages[0]
