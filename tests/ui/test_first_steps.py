"""A new cell's Overview lists what is left to do, each step with its button; the steps go as the cell does
them; the secretary named at first run chairs the first meeting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from cellapp.domain.meetings import MeetingKind
from cellapp.domain.members import MemberStatus, Sex
from cellapp.services.first_steps import FirstStep, first_steps, secretary_name
from cellapp.services.meetings._meetings import suggest_preparation
from cellapp.services.members._register import NewMember, add_members, list_members
from tests.helpers.gui import settle
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.first_run_dialog import FirstRunDialog
from ui.dialogs.member_dialog import MemberDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage

pytestmark = pytest.mark.timeout(90)


def _new_cell(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.app import create_cell

    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.cell_name, "Chi bộ thôn Nậm Búng")
    type_text(dialog.cell_committee, "Đảng bộ xã Bản Máy")
    type_text(dialog.cell_secretary, "Giàng  Seo Phử")
    dialog._accept_if_valid()
    return create_cell(tmp_path / "cell", dialog.answer())


def test_the_overview_of_a_new_cell_shows_its_next_steps_with_their_buttons(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    workspace = _new_cell(qtbot, tmp_path)
    try:
        assert secretary_name(workspace.uow(read_only=True)) == "Giàng Seo Phử"
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        settle(window)
        overview = window.pages[0]
        assert isinstance(overview, OverviewPage)
        steps = overview.first_steps
        assert steps.isVisible()
        # The fee book's start was chosen in the assistant: three steps are left.
        assert list(steps.buttons) == [
            FirstStep.ADD_MEMBERS,
            FirstStep.FIRST_MEETING,
            FirstStep.JOIN_COMMITTEE,
        ]
        assert steps.buttons[FirstStep.ADD_MEMBERS].text().replace("&", "") == "Thêm đảng viên…"

        opened: list[QDialog] = []

        def close_the_member_dialog() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, MemberDialog):
                QTimer.singleShot(20, close_the_member_dialog)
                return
            opened.append(dialog)
            QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once

        QTimer.singleShot(0, close_the_member_dialog)
        qtbot.mouseClick(steps.buttons[FirstStep.ADD_MEMBERS], Qt.MouseButton.LeftButton)
        assert opened and isinstance(window.current_page(), MembersPage)

        add_members(
            workspace.uow(),
            [
                NewMember(
                    full_name=name,
                    sex=Sex.MALE,
                    status=MemberStatus.FULL,
                    admitted_on=date(2000, 1, 1),
                    position=job,
                )
                for name, job in (("Giàng Seo Phử", "Bí thư chi bộ"), ("Lù Văn Pao", "Phó bí thư chi bộ"))
            ],
        )
        window.navigation.setCurrentRow(0)
        settle(window)
        assert list(steps.buttons) == [FirstStep.FIRST_MEETING, FirstStep.JOIN_COMMITTEE]
        preparation = suggest_preparation(
            workspace.uow(read_only=True), kind=MeetingKind.REGULAR, on=date.today()
        )
        names = {m.uuid: m.full_name for m in list_members(workspace.uow(read_only=True))}
        assert names[preparation.chair_uuid or ""] == "Giàng Seo Phử"  # the first meeting's chair
        window.close()
    finally:
        workspace.close()


def test_every_step_done_hides_the_box(cell_workspace) -> None:  # type: ignore[no-untyped-def]
    steps = first_steps(cell_workspace.uow(read_only=True), enrolled=True)
    assert FirstStep.JOIN_COMMITTEE not in steps.pending and FirstStep.ADD_MEMBERS in steps.pending
