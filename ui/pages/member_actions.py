"""What a secretary does to the register from the Members page: add, correct, record an event, reverse a
wrong one, Regulation 213 introductions, remove a record entered by mistake, import and export.

Each action opens its dialog, which saves through the member services; the page is told what changed
(`changed`, with the member to select) and refreshes itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.reference_lists import RegisterLists
from cellapp.services.members import (
    EventInput,
    ExportResult,
    HistoryEntry,
    IntroductionInput,
    MemberDetail,
    MemberSummary,
    NewMember,
    VoteBasis,
    add_member,
    add_member_with_event,
    end_residence_introduction,
    export_members,
    record_event,
    remove_member,
    reverse_event,
    set_residence_introduction,
    update_member,
    vote_basis,
)
from cellapp.services.sync import register_lists
from cellapp.services.workspace import Workspace
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.lifecycle_dialog import LifecycleDialog, ReverseEventDialog
from ui.dialogs.member_dialog import MemberDialog, MemberForm
from ui.dialogs.residence_dialogs import EndDateDialog, IntroductionDialog
from ui.tasks import TaskRunner


class MemberActions(QObject):
    changed = Signal(str)  # the member to show afterwards ("" for none)
    notice = Signal(str)  # a confirmation to show on the page

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.window = parent

    # ---------------------------------------------------------------------------------- the record
    def add(self) -> None:
        dialog = MemberDialog(self.window, self._save_new, lists=self._lists(), vote_basis=self._vote_basis)
        dialog.open_member_requested.connect(self.changed.emit)
        if dialog.exec():
            summary: MemberSummary = dialog.result_value
            self.notice.emit(self.tr("Added %1 to the list.").replace("%1", summary.full_name))
            self.changed.emit(summary.uuid)

    def _save_new(self, form: MemberForm) -> MemberSummary:
        fields = form.fields
        member = NewMember(**{name: getattr(fields, name) for name in fields.__dataclass_fields__})
        if form.event is None:
            return add_member(self.workspace.uow(), member)
        return add_member_with_event(self.workspace.uow(), member, form.event)

    def edit(self, detail: MemberDetail) -> None:
        dialog = MemberDialog(
            self.window,
            lambda form: update_member(self.workspace.uow(), detail.uuid, form.fields),
            detail,
            lists=self._lists(),
        )
        dialog.open_member_requested.connect(self.changed.emit)
        if dialog.exec():
            self.notice.emit(self.tr("Saved the record of %1.").replace("%1", detail.full_name))
            self.changed.emit(detail.uuid)

    def _vote_basis(self, day: date) -> VoteBasis | None:
        """The cell meeting of that day, if recorded: the full members it counted for a vote."""
        return vote_basis(self.workspace.uow(read_only=True), day)

    def _lists(self) -> RegisterLists:
        """The register's lists with the names the committee sent."""
        return register_lists(self.workspace.uow(read_only=True))

    # ---------------------------------------------------------------------------------- the events
    def fill_menu(self, menu: QMenu, detail: MemberDetail | None) -> None:
        menu.clear()
        if detail is None:
            action = menu.addAction(self.tr("Select a member first"))
            action.setEnabled(False)
            return
        for kind in detail.actions:
            action = menu.addAction(kind.label.render() + "…")
            action.setData(kind.value)
            action.triggered.connect(lambda _checked=False, k=kind: self.record(detail, k))
        menu.addSeparator()
        introduction = detail.residence_introduction
        open_introduction = introduction is not None and introduction.ended_on is None
        lives = menu.addAction(self.tr("Lives in another place (Regulation 213)…"))
        lives.triggered.connect(lambda: self.introduce(detail))
        if open_introduction:
            ended = menu.addAction(self.tr("Back to living here (end the introduction)…"))
            ended.triggered.connect(lambda: self.end_introduction(detail))
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove a record entered by mistake…"))
        remove.triggered.connect(lambda: self.remove(detail))

    def record(self, detail: MemberDetail, kind: EventKind) -> None:
        def save(event: EventInput) -> MemberSummary:
            return record_event(self.workspace.uow(), detail.uuid, event)

        dialog = LifecycleDialog(self.window, kind, detail.full_name, save, self._vote_basis)
        if dialog.exec():
            summary: MemberSummary = dialog.result_value
            self.notice.emit(
                self.tr("Recorded: %1 – %2. Status: %3.")
                .replace("%1", kind.label.render())
                .replace("%2", detail.full_name)
                .replace("%3", summary.status.label.render())
            )
            self.changed.emit(detail.uuid)

    def reverse(self, detail: MemberDetail, entry: HistoryEntry) -> None:
        dialog = ReverseEventDialog(
            self.window,
            entry,
            detail.full_name,
            lambda reason: reverse_event(self.workspace.uow(), detail.uuid, entry.uuid, reason=reason),
        )
        if dialog.exec():
            self.notice.emit(self.tr("The wrong entry was reversed; it stays in the history."))
            self.changed.emit(detail.uuid)

    # ------------------------------------------------------------------------------ Regulation 213
    def introduce(self, detail: MemberDetail) -> None:
        def save(introduction: IntroductionInput) -> None:
            set_residence_introduction(self.workspace.uow(), detail.uuid, introduction)

        dialog = IntroductionDialog(self.window, detail.full_name, detail.residence_introduction, save)
        if dialog.exec():
            self.changed.emit(detail.uuid)

    def end_introduction(self, detail: MemberDetail) -> None:
        dialog = EndDateDialog(
            self.window,
            self.tr("Back to living here – %1").replace("%1", detail.full_name),
            self.tr("The introduction to the cell where the member lived ends; it stays on record."),
            lambda ended: end_residence_introduction(self.workspace.uow(), detail.uuid, ended),
        )
        if dialog.exec():
            self.changed.emit(detail.uuid)

    def remove(self, detail: MemberDetail) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Remove a record entered by mistake"),
            self.tr(
                "Remove %1 from the register? Only for a record entered by mistake (a duplicate, a wrong "
                "person). A member who left, moved or died is recorded with an event from the Actions menu, "
                "so the history is kept."
            ).replace("%1", detail.full_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                remove_member(self.workspace.uow(), detail.uuid)
            except CellAppError as error:
                QMessageBox.warning(self.window, self.tr("Remove"), error.message.render())
                return
            self.notice.emit(self.tr("Removed the record of %1.").replace("%1", detail.full_name))
            self.changed.emit("")

    # --------------------------------------------------------------------------------- spreadsheets
    def import_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import members"), str(Path.home()), self.tr("Spreadsheets (*.xlsx *.csv)")
        )
        if not chosen:
            return
        dialog = ImportDialog(self.window, self.workspace, self.tasks, Path(chosen))
        if dialog.exec():
            self.notice.emit(self.tr("Imported %n member(s).", "", dialog.imported))
            self.changed.emit("")

    def export_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the register"),
            str(Path.home() / "danh_sach_dang_vien.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        uow = self.workspace.uow(read_only=True)
        self.tasks.run(lambda: export_members(uow, path), self._exported, self._failed)

    def _exported(self, result: ExportResult) -> None:
        self.notice.emit(
            self.tr("Wrote %1 member(s) to %2.")
            .replace("%1", str(result.count))
            .replace("%2", str(result.path))
        )

    def _failed(self, error: BaseException) -> None:
        message = error.message.render() if isinstance(error, CellAppError) else str(error)
        QMessageBox.warning(self.window, self.tr("Export the register"), message)
