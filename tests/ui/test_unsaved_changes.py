"""Closing a record dialog with changes not saved asks first (issue: a first-time secretary lost a whole
member typed in by pressing Esc to close a list). Driven as a person would: typing, Esc, mouse clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.member_dialog import MemberDialog
from ui.i18n import install_language

pytestmark = pytest.mark.timeout(60)


def settle(_widget: object) -> None:
    """Let Qt deliver the events the last key or click caused."""
    for _ in range(5):
        QApplication.processEvents()
        QTest.qWait(10)


def _dialog(qtbot) -> tuple[MemberDialog, list[object]]:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    saved: list[object] = []
    dialog = MemberDialog(None, saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, saved


def _button(question: QMessageBox, which: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
    button = question.button(which)
    assert button is not None
    return button


def test_esc_on_an_untouched_dialog_closes_it_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _saved = _dialog(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    settle(dialog)
    assert not dialog.isVisible() and dialog.discard_question is None


def test_esc_with_a_typed_name_asks_and_keeps_the_work_until_discarded(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, saved = _dialog(qtbot)
    dialog.full_name.setFocus()
    type_text(dialog.full_name, "Sùng Thị Mỷ")
    QTest.keyClick(dialog.full_name, Qt.Key.Key_Escape)
    settle(dialog)
    question = dialog.discard_question
    assert question is not None and question.isVisible()
    assert question.text().startswith("Những gì đồng chí đã gõ")
    assert _button(question, QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Tiếp tục sửa"
    assert dialog.isVisible()
    # "Keep editing" (the default, and what Esc on the question does): the name is still there.
    QTest.mouseClick(_button(question, QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle(dialog)
    assert dialog.isVisible() and dialog.full_name.text() == "Sùng Thị Mỷ" and not question.isVisible()
    # The window's close button asks too; "Discard the changes" closes without saving.
    dialog.close()
    settle(dialog)
    question = dialog.discard_question
    assert question is not None and question.isVisible() and dialog.isVisible()
    QTest.mouseClick(_button(question, QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    settle(dialog)
    assert not dialog.isVisible() and saved == []


def test_esc_on_an_open_list_closes_only_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog, _saved = _dialog(qtbot)
    type_text(dialog.full_name, "Vàng A Dính")
    box = dialog.ethnicity
    box.showPopup()
    settle(dialog)
    popup = box.view()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    settle(dialog)
    assert not popup.isVisible()
    assert dialog.isVisible() and dialog.discard_question is None  # the dialog was not asked to close
    assert dialog.full_name.text() == "Vàng A Dính"


def test_the_fee_settings_ask_too_when_closed_after_a_change(qtbot, cell_workspace) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.fee_settings_dialog import FeeSettingsDialog

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    dialog = FeeSettingsDialog(cell_workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.region
    box.setCurrentIndex((box.currentIndex() + 1) % box.count())
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    settle(dialog)
    assert dialog.isVisible() and dialog.discard_question is not None and dialog.discard_question.isVisible()
    QTest.mouseClick(
        _button(dialog.discard_question, QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton
    )
    settle(dialog)
    assert not dialog.isVisible()
