"""Typing into the meeting editor as a secretary does: times typed digit by digit, a new task opened for
typing at once, and a speech summary opened by one click."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from cellapp.domain.errors import ValidationError
from cellapp.domain.meetings import MeetingKind
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.helpers.gui import settle
from ui.dialogs.meeting_editor_dialog import CONCLUSION, PROCEEDINGS, TASKS, MeetingEditorDialog
from ui.dialogs.meeting_proceedings_tab import SUMMARY
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.meetings_page import MeetingsPage
from ui.widgets.time_field import TimeField, parse_time

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(autouse=True)
def _never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(MeetingEditorDialog, "ask_to_save", lambda _self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def editor(qtbot, demo_workspace: Workspace) -> MeetingEditorDialog:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    main = MainWindow(demo_workspace)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.navigation.setCurrentRow(2)
    page = main.pages[2]
    assert isinstance(page, MeetingsPage)
    page.year.setValue(DEMO_TODAY.year)
    dialog = page.new_meeting(MeetingKind.EXTRAORDINARY)
    qtbot.addWidget(dialog)
    dialog.preparation.held_on.setDate(DEMO_TODAY)
    dialog.preparation.topic.setText("Phong chong sat lo")
    assert dialog.save(), dialog.error.text()
    dialog.show()
    settle(dialog)
    return dialog


@pytest.mark.parametrize("typed", ["1930", "19:30", "19h30"])
def test_a_start_time_is_typed_digit_by_digit(editor: MeetingEditorDialog, typed: str) -> None:
    editor.tabs.setCurrentIndex(CONCLUSION)
    field = editor.conclusion.started_at
    field.setFocus()
    QTest.keyClicks(field, typed)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == time(19, 30)
    assert field.text() == "19:30"
    QTest.keyClicks(editor.conclusion.ended_at, "2040")
    assert editor.conclusion.collect().started_at == time(19, 30)
    assert editor.conclusion.collect().ended_at == time(20, 40)
    assert editor.save(), editor.error.text()
    assert editor.detail.started_at == time(19, 30) and editor.detail.ended_at == time(20, 40)


def test_the_planned_time_is_typed(editor: MeetingEditorDialog) -> None:
    field = editor.preparation.planned_time
    field.selectAll()
    QTest.keyClicks(field, "1400")
    assert editor.save(), editor.error.text()
    assert editor.detail.planned_time == time(14, 0)


def test_an_unreadable_time_is_refused_in_vietnamese(editor: MeetingEditorDialog) -> None:
    editor.tabs.setCurrentIndex(CONCLUSION)
    QTest.keyClicks(editor.conclusion.ended_at, "2575")
    with pytest.raises(ValidationError):
        editor.conclusion.ended_at.value()
    assert not editor.save()
    assert "không phải giờ hợp lệ" in editor.error.text()


def test_times_are_read_the_way_they_are_said() -> None:
    assert parse_time("7:05") == time(7, 5)
    assert parse_time("730") == time(7, 30)
    assert parse_time("19") == time(19, 0)
    assert parse_time("24:00") is None and parse_time("19:60") is None and parse_time("abc") is None
    field = TimeField()
    assert field.value() is None


def test_adding_a_task_opens_it_for_typing(editor: MeetingEditorDialog) -> None:
    editor.tabs.setCurrentIndex(TASKS)
    tab = editor.task_tab
    add = tab.findChild(QPushButton, "addTask")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    settle(editor)
    typing_into = QApplication.focusWidget()
    assert isinstance(typing_into, QLineEdit), typing_into
    QTest.keyClicks(typing_into, "Tham hoi ho bi sat lo")
    QTest.keyClick(typing_into, Qt.Key.Key_Tab)
    assert tab.tasks.rowCount() == 1
    assert tab.tasks.item(0, 0).text() == "Tham hoi ho bi sat lo"
    QTest.keyClick(tab.tasks, Qt.Key.Key_Space)
    assert tab.tasks.rowCount() == 1  # no empty task added by a space
    assert [t.description for t in tab.collect_tasks()] == ["Tham hoi ho bi sat lo"]


def test_one_click_on_a_speech_summary_starts_typing(editor: MeetingEditorDialog) -> None:
    editor.tabs.setCurrentIndex(PROCEEDINGS)
    tab = editor.proceedings
    add = tab.findChild(QPushButton, "addSpeech")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    settle(editor)
    table = tab.speeches
    table.setCurrentCell(1, 0)
    rect = table.visualRect(table.model().index(0, SUMMARY))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(editor)
    typing_into = QApplication.focusWidget()
    assert isinstance(typing_into, QLineEdit), typing_into
    QTest.keyClicks(typing_into, "Dong y")
    QTest.keyClick(typing_into, Qt.Key.Key_Tab)
    assert table.item(0, SUMMARY).text() == "Dong y"
    assert tab.findChild(QLabel, "speechesHint") is not None
