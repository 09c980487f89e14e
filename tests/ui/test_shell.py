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
