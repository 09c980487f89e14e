"""The meeting editor (Cuộc họp): preparation, attendance, proceedings, tasks, conclusion and vote in
tabs; Save writes them all in one transaction; Finalise locks the minutes; Print previews the real PDF.

A finalised meeting opens read-only: the banner says why and offers an addendum instead. The dialog
holds only frozen results from the services, never a session.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError, ValidationError
from cellapp.domain.meetings import MeetingDocument, MeetingKind
from cellapp.domain.vietnamese import format_date
from cellapp.services.meetings import (
    MeetingDetail,
    MeetingEdit,
    add_addendum,
    delete_meeting,
    finalise_meeting,
    get_meeting,
    numbers_on_finalising,
    prepare_combined_sitting,
    prepare_meeting,
    save_meeting,
    suggest_preparation,
)
from cellapp.services.members import list_members
from cellapp.services.workspace import Workspace
from ui.dialogs.meeting_attendance_tab import ATTENDANCE_ACTIONS, MeetingAttendanceTab
from ui.dialogs.meeting_conclusion_tab import MeetingConclusionTab
from ui.dialogs.meeting_preparation_tab import MeetingPreparationTab, preparation_of
from ui.dialogs.meeting_print_button import MeetingPrintButton
from ui.dialogs.meeting_proceedings_tab import MeetingProceedingsTab
from ui.dialogs.meeting_tasks_tab import MeetingTasksTab
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.dialogs.document_preview_dialog import DocumentPreviewDialog

PREPARATION, ATTENDANCE, PROCEEDINGS, TASKS, CONCLUSION = range(5)
FIELD_TABS = {
    "attendance": ATTENDANCE,
    "speeches": PROCEEDINGS,
    "agenda": PREPARATION,
    "planned_time": PREPARATION,
    "evaluations": TASKS,
    "tasks": TASKS,
    "started_at": CONCLUSION,
    "ended_at": CONCLUSION,
    "conclusion": CONCLUSION,
    "votes": CONCLUSION,
    "resolution": CONCLUSION,
}


class MeetingEditorDialog(QDialog):
    meeting_saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        *,
        meeting_uuid: str | None = None,
        detail: MeetingDetail | None = None,
        new_kind: MeetingKind = MeetingKind.REGULAR,
        combined: bool = False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.detail: MeetingDetail | None = None
        self.combined = combined
        self._baseline: MeetingEdit | None = None
        # The Meetings page reads the meeting off the GUI thread and passes it in (`detail`).
        loaded = detail
        if loaded is None and meeting_uuid:
            loaded = get_meeting(workspace.uow(read_only=True), meeting_uuid)
        self.kind = loaded.kind if loaded else new_kind
        self.resize(1220, 700)

        self.banner = QFrame()
        self.banner.setObjectName("lockedBanner")
        self.banner.setStyleSheet("#lockedBanner { background: #fff4d6; border: 1px solid #e0b84d; }")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.addendum_button = QPushButton(self.tr("Add an a&ddendum…"))
        self.addendum_button.clicked.connect(self.add_addendum)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.addendum_button)
        self.partner_button = QPushButton(self.tr("Open the other meeting of this sitting"))
        self.partner_button.clicked.connect(self.open_partner)

        self.preparation = MeetingPreparationTab(self.kind)
        self.attendance = MeetingAttendanceTab(
            actions=[factory(self, workspace, self._meeting_day) for factory in ATTENDANCE_ACTIONS]
        )
        self.proceedings = MeetingProceedingsTab()
        self.task_tab = MeetingTasksTab()
        self.conclusion = MeetingConclusionTab()
        self.attendance.counts_changed.connect(self.conclusion.set_counts)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.preparation, self.tr("&1 Preparation"))
        self.tabs.addTab(self.attendance, self.tr("&2 Attendance"))
        self.tabs.addTab(self.proceedings, self.tr("&3 Proceedings"))
        self.tabs.addTab(self.task_tab, self.tr("&4 Tasks"))
        self.tabs.addTab(self.conclusion, self.tr("&5 Conclusion and vote"))

        self.warnings = QLabel()
        self.warnings.setObjectName("meetingWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.error = QLabel()
        self.error.setObjectName("meetingError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveMeeting")
        self.save_button.clicked.connect(self.save)
        self.finalise_button = QPushButton(self.tr("&Finalise the minutes…"))
        self.finalise_button.clicked.connect(self.finalise)
        self.print_button = MeetingPrintButton(
            workspace, tasks, self._ready_to_print, self._report, self.show_error
        )
        self.delete_button = QPushButton(self.tr("Delete the meeting…"))
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        buttons = QHBoxLayout()
        buttons.addWidget(self.partner_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.finalise_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if loaded is not None:
            self.load(loaded)
        else:
            self._start_new(today or date.today())

    # ------------------------------------------------------------------------------------------------
    # Loading and collecting
    # ------------------------------------------------------------------------------------------------

    def _meeting_day(self) -> date:
        """The day of the meeting being edited (today while a new one is not yet saved)."""
        return self.detail.held_on if self.detail is not None else date.today()

    def _start_new(self, today: date) -> None:
        kind = MeetingKind.REGULAR if self.combined else self.kind
        members = list_members(self.workspace.uow(read_only=True))
        self.preparation.set_members([(m.uuid, m.full_name) for m in members])
        suggestion = suggest_preparation(self.workspace.uow(read_only=True), kind=kind, on=today)
        self.preparation.load(suggestion, suggestion.agenda or ())
        if self.combined:
            self.preparation.topic.setEnabled(True)
            self.preparation.topic.setPlaceholderText(self.tr("Topic of the thematic meeting held after it"))
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.banner.hide()
        self.partner_button.hide()
        self.print_button.setEnabled(False)
        self.finalise_button.setEnabled(False)
        self.delete_button.hide()
        title = (
            self.tr("New regular and thematic meetings in one sitting")
            if self.combined
            else self.kind.label.render()
        )
        self.setWindowTitle(title)

    def load(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self.kind = detail.kind
        people = [(e.member_uuid, e.full_name) for e in detail.roster]
        if detail.kind is MeetingKind.COMMITTEE and not detail.finalised:
            # The committee may change: offer every current member, not only those called so far.
            members = list_members(self.workspace.uow(read_only=True))
            self.preparation.set_members([(m.uuid, m.full_name) for m in members])
        else:
            self.preparation.set_members(people)
        self.preparation.load(preparation_of(detail), tuple(item.title for item in detail.agenda))
        self.attendance.load(detail.uuid, detail.roster)
        self.attendance.set_guests([f"{g.name}, {g.title}" if g.title else g.name for g in detail.guests])
        self.proceedings.load(detail.agenda, detail.roster, [g.name for g in detail.guests], detail.speeches)
        self.task_tab.load(people, detail.reviews, detail.new_tasks)
        self.conclusion.load(detail)
        self.conclusion.set_counts(self.attendance.counts())
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
            self.tabs.widget(index).setEnabled(not detail.finalised)
        self.save_button.setEnabled(not detail.finalised)
        self.finalise_button.setEnabled(not detail.finalised)
        self.print_button.setEnabled(True)
        self.delete_button.setVisible(not detail.finalised)
        self.partner_button.setVisible(detail.partner_uuid is not None)
        self.banner.setVisible(detail.finalised)
        if detail.finalised:
            addenda = self.tr(" %n addendum(s) so far.", "", len(detail.addenda)) if detail.addenda else ""
            self.banner_text.setText(
                self.tr(
                    "These minutes (%1) were finalised and can no longer be edited, so that the record stays "
                    "as approved. A correction or addition is added as an addendum linked to them."
                ).replace("%1", detail.minutes_ref or "")
                + addenda
            )
        self.warnings.setText("\n".join("⚠ " + w.render() for w in detail.warnings))
        self.error.clear()
        self.setWindowTitle(f"{detail.kind.label.render()} – {format_date(detail.held_on)}")
        self._baseline = self.collect_edit()

    def collect_edit(self) -> MeetingEdit:
        return MeetingEdit(
            preparation=self.preparation.collect(),
            attendance=self.attendance.collect(),
            agenda_notes=self.proceedings.collect_notes(),
            speeches=self.proceedings.collect_speeches(),
            evaluations=self.task_tab.collect_evaluations(),
            tasks=self.task_tab.collect_tasks(),
            conclusion=self.conclusion.collect(),
        )

    def has_changes(self) -> bool:
        if self.detail is None:
            return True
        if self.detail.finalised:
            return False
        try:
            return self.collect_edit() != self._baseline
        except ValidationError:
            return True

    # ------------------------------------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------------------------------------

    def show_error(self, error: CellAppError) -> None:
        self.error.setText(error.message.render())
        field = getattr(error, "field", None)
        if field in FIELD_TABS and self.tabs.isTabEnabled(FIELD_TABS[field]):
            self.tabs.setCurrentIndex(FIELD_TABS[field])
        elif field is not None and field not in FIELD_TABS:
            self.tabs.setCurrentIndex(PREPARATION)

    def save(self) -> bool:
        try:
            if self.detail is None:
                preparation = self.preparation.collect()
                if self.combined:
                    regular, _thematic = prepare_combined_sitting(
                        self.workspace.uow(), preparation=preparation, topic=preparation.topic
                    )
                    detail = regular
                else:
                    detail = prepare_meeting(self.workspace.uow(), kind=self.kind, preparation=preparation)
            else:
                detail = save_meeting(self.workspace.uow(), self.detail.uuid, self.collect_edit())
        except CellAppError as error:
            self.show_error(error)
            return False
        self.load(detail)
        self.meeting_saved.emit(detail.uuid)
        return True

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), question)
        return answer == QMessageBox.StandardButton.Yes

    def finalise(self) -> bool:
        if self.detail is None or not self.save():
            return False
        assert self.detail is not None
        previews = numbers_on_finalising(self.workspace.uow(read_only=True), self.detail.uuid)
        references = ", ".join(preview.reference for preview in previews)
        question = self.tr(
            "Finalise these minutes? They get their number (%1) and can no longer be changed; later "
            "corrections become addenda."
        ).replace("%1", references)
        late = [preview.reference for preview in previews if not preview.in_date_order]
        if late:
            question += "\n\n" + self.tr(
                "%1 is out of date order: a later meeting of this year already has its number, and numbers "
                "already given never change, so this meeting takes the next number of the year."
            ).replace("%1", ", ".join(late))
        if not self.confirm(question):
            return False
        try:
            detail = finalise_meeting(self.workspace.uow(), self.detail.uuid)
        except CellAppError as error:
            self.show_error(error)
            return False
        self.load(detail)
        self.meeting_saved.emit(detail.uuid)
        return True

    def delete(self) -> bool:
        if self.detail is None or self.detail.finalised:
            return False
        question = self.tr(
            "Delete this meeting and everything recorded in it? Use this only for a meeting entered by mistake."
        )
        if not self.confirm(question):
            return False
        try:
            delete_meeting(self.workspace.uow(), self.detail.uuid)
        except CellAppError as error:
            self.show_error(error)
            return False
        uuid, self.detail = self.detail.uuid, None
        self.meeting_saved.emit(uuid)
        super().reject()
        return True

    def add_addendum(self) -> bool:
        if self.detail is None:
            return False
        text, accepted = QInputDialog.getMultiLineText(
            self, self.tr("Addendum to the minutes"), self.tr("Correction or addition, dated today:")
        )
        return accepted and self.record_addendum(text, date.today())

    def record_addendum(self, text: str, made_on: date) -> bool:
        assert self.detail is not None
        try:
            add_addendum(self.workspace.uow(), self.detail.uuid, text=text, made_on=made_on)
        except CellAppError as error:
            self.show_error(error)
            return False
        uuid = self.detail.uuid
        self._reload(uuid, then=lambda: self.meeting_saved.emit(uuid))
        return True

    def open_partner(self) -> None:
        if self.detail is None or self.detail.partner_uuid is None:
            return
        if self.has_changes() and not self.save():
            return
        self._reload(self.detail.partner_uuid)

    def _reload(self, uuid: str, then: Callable[[], None] | None = None) -> None:
        """Read the meeting off the GUI thread, then show it (and run `then`)."""
        uow = self.workspace.uow(read_only=True)

        def show(detail: MeetingDetail) -> None:
            self.load(detail)
            if then is not None:
                then()

        self.tasks.run(lambda: get_meeting(uow, uuid), show, self._reload_failed)

    def _reload_failed(self, error: BaseException) -> None:
        if isinstance(error, CellAppError):
            self.show_error(error)
        else:
            self.error.setText(str(error))

    @property
    def preview(self) -> DocumentPreviewDialog | None:
        return self.print_button.preview

    def print_document(self, document: MeetingDocument) -> None:
        self.print_button.print_document(document)

    def _ready_to_print(self) -> MeetingDetail | None:
        """Open minutes are saved first, so the document shows what the editor shows."""
        if self.detail is None or (self.has_changes() and not self.save()):
            return None
        return self.detail

    def _report(self, text: str) -> None:
        self.error.setText(text)

    def ask_to_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Save the changes to this meeting?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )

    def reject(self) -> None:
        if self.detail is not None and self.has_changes():
            answer = self.ask_to_save()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
