"""A first-time secretary's month, as a person does it, on a new workspace: the first-run assistant, the
first member typed in from the Overview's first step, the first meeting prepared from the next step,
attendance, conclusion and vote, finalised and the minutes printed with the place on their date line;
fees recorded with the mouse only; the Sync page's steps to join the committee. Every screen on the way
is saved as a PNG (in the test's folder) and surveyed: no text may be cut off."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cellapp.domain.meetings import MeetingDocument, MeetingStatus
from cellapp.domain.months import Month
from cellapp.services.fees import list_payments
from cellapp.services.first_steps import FirstStep
from tests.helpers.clipping import clipped_texts
from tests.helpers.gui import settle
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.fee_collection_dialog import FeeCollectionDialog
from ui.dialogs.first_run_dialog import FirstRunDialog
from ui.dialogs.meeting_editor_dialog import ATTENDANCE, CONCLUSION, MeetingEditorDialog
from ui.dialogs.member_dialog import MemberDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.cell_sync_page import CellSyncPage
from ui.pages.meetings_page import MeetingsPage

pytestmark = pytest.mark.timeout(180)
TODAY = date.today()


class Camera:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.taken: list[Path] = []

    def shoot(self, name: str, widget: QWidget) -> None:
        settle_events()
        path = self.folder / f"{len(self.taken) + 1:02d}-{name}.png"
        assert widget.grab().save(str(path)), path
        self.taken.append(path)
        assert clipped_texts(widget) == [], name


def settle_events() -> None:
    for _ in range(10):
        QApplication.processEvents()


def _on_modal(kind: type[QDialog], act) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of this kind once it is open (exec() waits until it closes)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, find)
            return
        act(dialog)

    QTimer.singleShot(0, find)


def test_a_first_month_from_the_assistant_to_printed_minutes(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_cell

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    camera = Camera(tmp_path)
    assistant = FirstRunDialog()
    qtbot.addWidget(assistant)
    assistant.resize(560, 460)
    assistant.show()
    type_text(assistant.cell_name, "Chi bộ thôn Nậm Búng")
    type_text(assistant.cell_committee, "Đảng bộ xã Bản Máy")
    type_text(assistant.cell_place, "Nậm Búng")
    type_text(assistant.cell_secretary, "Giàng Seo Phử")
    camera.shoot("assistant", assistant)
    assistant._accept_if_valid()
    assert assistant.result() == QDialog.DialogCode.Accepted
    workspace = create_cell(tmp_path / "cell", assistant.answer())
    window = MainWindow(workspace)
    try:
        qtbot.addWidget(window)
        window.resize(1366, 698)
        window.show()
        settle(window)
        overview = window.pages[0]
        steps = overview.first_steps  # type: ignore[attr-defined]
        camera.shoot("overview-first-steps", window)

        # 1. The members, typed in from the first step's button.
        def type_member(name: str, position: str):  # type: ignore[no-untyped-def]
            def fill(dialog: MemberDialog) -> None:
                type_text(dialog.full_name, name)
                dialog.sex.setCurrentIndex(0)
                type_text(dialog.birth_date, "12/03/1975")
                dialog.ethnicity.setCurrentText("Mông")
                type_text(dialog.position, position)
                dialog.party.join.setCurrentIndex(0)  # already in the cell's register
                type_text(dialog.party.admitted_on, "05/06/2000")
                type_text(dialog.party.official_on, "05/06/2001")
                if name == "Giàng Seo Phử":
                    camera.shoot("member-dialog", dialog)
                dialog._save_clicked()
                assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()

            return fill

        _on_modal(MemberDialog, type_member("Giàng Seo Phử", "Bí thư chi bộ"))
        qtbot.mouseClick(steps.buttons[FirstStep.ADD_MEMBERS], Qt.MouseButton.LeftButton)
        members = window.current_page()
        for name in ("Sùng Thị Mỷ", "Lù Văn Pao"):
            _on_modal(MemberDialog, type_member(name, ""))
            qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
        settle(window)
        assert members.model.rowCount() == 3  # type: ignore[union-attr]
        camera.shoot("members", window)

        # 2. The first meeting, from the next step: the secretary is already the chair.
        window.navigation.setCurrentRow(0)
        settle(window)
        assert FirstStep.ADD_MEMBERS not in steps.buttons
        monkeypatch.setattr(
            MeetingEditorDialog, "ask_to_save", lambda _self: QMessageBox.StandardButton.Discard
        )
        qtbot.mouseClick(steps.buttons[FirstStep.FIRST_MEETING], Qt.MouseButton.LeftButton)
        meetings = window.current_page()
        assert isinstance(meetings, MeetingsPage)
        editor = meetings.editor
        assert isinstance(editor, MeetingEditorDialog)
        settle(window)
        prep = editor.preparation
        prep.held_on.setDate(TODAY)
        type_text(prep.place, "Nhà văn hóa thôn Nậm Búng")
        assert prep.chair.currentText().startswith("Giàng Seo Phử")
        prep.secretary.setCurrentIndex(prep.secretary.findText("Sùng Thị Mỷ", Qt.MatchFlag.MatchStartsWith))
        assert prep.secretary.currentText().startswith("Sùng Thị Mỷ")
        camera.shoot("meeting-preparation", editor)
        assert not prep.agenda.horizontalScrollBar().isVisible()  # long items wrap, no sideways scrolling
        assert editor.save(), editor.error.text()
        editor.tabs.setCurrentIndex(ATTENDANCE)
        editor.attendance.mark_everyone_present()
        camera.shoot("meeting-attendance", editor)
        editor.tabs.setCurrentIndex(CONCLUSION)
        conclusion = editor.conclusion
        type_text(conclusion.started_at, "1930")
        type_text(conclusion.ended_at, "2115")
        type_text(conclusion.conclusion, "Chi bộ thống nhất các nhiệm vụ tháng tới.")
        conclusion.vote_recorded.setChecked(True)
        conclusion.votes_for.setValue(editor.attendance.counts().voters_present)
        camera.shoot("meeting-conclusion", editor)
        assert editor.save(), editor.error.text()
        monkeypatch.setattr(editor, "confirm", lambda _question: True)
        assert editor.finalise(), editor.error.text()
        assert editor.detail is not None and editor.detail.status is MeetingStatus.FINALISED
        editor.print_document(MeetingDocument.MINUTES)
        qtbot.waitUntil(lambda: editor.preview is not None, timeout=20000)
        preview = editor.preview
        assert preview is not None
        qtbot.addWidget(preview)
        camera.shoot("minutes-preview", preview)
        minutes = preview.save_to(tmp_path / "bien-ban.pdf")
        assert minutes is not None
        text = subprocess.run(
            ["pdftotext", str(minutes), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"Nậm Búng, ngày {TODAY.day:02d} tháng {TODAY.month:02d} năm {TODAY.year}" in text
        preview.close()
        editor.close()
        settle(window)

        # 3. Fees with the mouse only.
        collection = FeeCollectionDialog(workspace, month=Month.of(TODAY), paid_on=TODAY, parent=window)
        qtbot.addWidget(collection)
        collection.show()
        qtbot.waitExposed(collection)
        for row in range(collection.table.rowCount()):
            rect = collection.table.visualItemRect(collection.table.item(row, 0))
            qtbot.mouseClick(collection.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseClick(collection.pay_month_button, Qt.MouseButton.LeftButton)
        camera.shoot("fee-collection", collection)
        assert len(list_payments(workspace.uow(read_only=True))) == 3
        collection.accept()

        # 4. The last step: the Sync page explains how to join.
        window.navigation.setCurrentRow(0)
        settle(window)
        assert list(steps.buttons) == [FirstStep.JOIN_COMMITTEE]
        qtbot.mouseClick(steps.buttons[FirstStep.JOIN_COMMITTEE], Qt.MouseButton.LeftButton)
        sync = window.current_page()
        settle(window)
        assert isinstance(sync, CellSyncPage)
        qtbot.waitUntil(sync.join_steps.isVisible, timeout=10000)
        camera.shoot("sync-join-steps", window)
        assert len(camera.taken) == 10
    finally:
        window.close()
        workspace.close()
