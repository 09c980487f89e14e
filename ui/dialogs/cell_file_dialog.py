"""A cell's file at the committee, read-only (issue 6 §2): its members and its meetings as they arrived;
a finalised meeting's minutes print in the Party format through the meetings' document service and the
usual preview, from which they are printed or saved.

Members on the list (with their status) and former members (since when and how they left) are on two
tabs; from the first, the committee transfers a member to another of its cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.meetings import MeetingDocument, MeetingStatus
from cellapp.domain.vietnamese import format_date
from cellapp.services.committee import CellFile, CellStanding, cell_file
from cellapp.services.workspace import Workspace
from ui.item_models.rows_table_model import RowsTableModel
from ui.widgets.rows_table import read_only_list

if TYPE_CHECKING:
    from ui.dialogs.document_preview_dialog import DocumentPreviewDialog


def _table(model: RowsTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    read_only_list(table)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class CellFileDialog(QDialog):
    def __init__(self, workspace: Workspace, cell: CellStanding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Cell file: %1").replace("%1", f"{cell.code} – {cell.name}"))
        self.resize(1040, 620)
        self.preview: DocumentPreviewDialog | None = None
        self.cell = cell
        self.transferred = False  # a transfer was recorded from here: the Cells page refreshes
        self.members = RowsTableModel(
            [
                self.tr("Full name"),
                self.tr("Status"),
                self.tr("Born"),
                self.tr("Ethnicity"),
                self.tr("Admitted"),
            ]
        )
        self.former = RowsTableModel(
            [
                self.tr("Full name"),
                self.tr("Left on"),
                self.tr("How"),
                self.tr("Details"),
                self.tr("Born"),
            ]
        )
        self.meetings = RowsTableModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Status"), self.tr("Present"), self.tr("Topic")]
        )
        self.meetings_table = _table(self.meetings, "cellMeetings")
        self.meetings_table.doubleClicked.connect(lambda _index: self.print_minutes())
        self.tabs = tabs = QTabWidget()
        self.members_table = _table(self.members, "cellMembers")
        self.transfer_button = QPushButton(self.tr("&Transfer to another cell…"))
        self.transfer_button.setObjectName("transferMember")
        self.transfer_button.clicked.connect(self.transfer_selected)
        members_tab = QWidget()
        members_layout = QVBoxLayout(members_tab)
        members_row = QHBoxLayout()
        self.members_note = QLabel()
        self.members_note.setWordWrap(True)
        members_row.addWidget(self.members_note, 1)
        members_row.addWidget(self.transfer_button)
        members_layout.addWidget(self.members_table, 1)
        members_layout.addLayout(members_row)
        tabs.addTab(members_tab, self.tr("Members"))
        self.former_table = _table(self.former, "cellFormerMembers")
        tabs.addTab(self.former_table, self.tr("Former members"))
        meetings_tab = QWidget()
        meetings_layout = QVBoxLayout(meetings_tab)
        self.print_button = QPushButton(self.tr("&Print minutes…"))
        self.print_button.setObjectName("printMinutes")
        self.print_button.clicked.connect(self.print_minutes)
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.print_button)
        meetings_layout.addWidget(self.meetings_table, 1)
        meetings_layout.addLayout(row)
        tabs.addTab(meetings_tab, self.tr("Meetings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Read-only copy of the records this cell sent."))
        layout.addWidget(self.heading)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.file: CellFile | None = None
        self.reload()

    def show_file(self, file: CellFile) -> None:
        self.file = file
        self.tabs.setTabText(0, self.tr("Members (%1)").replace("%1", str(len(file.members))))
        self.tabs.setTabText(1, self.tr("Former members (%1)").replace("%1", str(len(file.former))))
        self.former.set_rows(
            [
                [
                    f.member.full_name,
                    format_date(f.left_on) if f.left_on else "—",
                    f.reason.render(),
                    f.detail.render(),
                    format_date(f.member.birth_date) if f.member.birth_date else "",
                ]
                for f in file.former
            ],
            keys=[f.member.uuid for f in file.former],
            tips=[f.detail.render() for f in file.former],
        )
        self.members.set_rows(
            [
                [
                    m.full_name,
                    m.status.label.render(),
                    format_date(m.birth_date) if m.birth_date else "",
                    m.ethnicity or "",
                    format_date(m.admitted_on) if m.admitted_on else "",
                ]
                for m in file.members
            ],
            keys=[m.uuid for m in file.members],
        )
        self.meetings.set_rows(
            [
                [
                    format_date(m.held_on),
                    m.kind.label.render(),
                    m.status.label.render(),
                    f"{m.counts.present}/{m.counts.expected}",
                    m.topic,
                ]
                for m in file.meetings
            ],
            keys=[m.uuid for m in file.meetings],
        )

    def transfer_selected(self) -> None:
        from ui.dialogs.transfer_dialog import TransferDialog

        rows = self.members_table.selectionModel().selectedRows()
        member = self.members.key_at(rows[0].row()) if rows else None
        dialog = TransferDialog(self.workspace, self, from_code=self.cell.code, member_uuid=member)
        if dialog.exec():
            self.transferred = True
            done = dialog.result_value
            if done is not None:
                self.members_note.setText(
                    self.tr("%1 transferred to %2; both cells learn it from the next return files.")
                    .replace("%1", done.member_name)
                    .replace("%2", done.to_code)
                )
            self.reload()

    def reload(self) -> None:
        try:
            self.show_file(cell_file(self.workspace.uow(read_only=True), self.cell.unit_uuid))
        except CellAppError as error:
            self.heading.setText(error.message.render())

    def print_minutes(self) -> None:
        from cellapp.services.meetings import meeting_pdf
        from ui.dialogs.document_preview_dialog import DocumentPreviewDialog

        rows = self.meetings_table.selectionModel().selectedRows()
        if self.file is None or not rows:
            self.note.setText(self.tr("Choose a meeting first."))
            return
        meeting = self.file.meetings[rows[0].row()]
        if meeting.status is not MeetingStatus.FINALISED:
            self.note.setText(
                self.tr("Only finalised minutes can be printed here; the cell has not finalised them yet.")
            )
            return
        try:
            pdf = meeting_pdf(self.workspace.uow(read_only=True), meeting.uuid, MeetingDocument.MINUTES)
        except CellAppError as error:
            self.note.setText(error.message.render())
            return
        self.note.setText("")
        name = f"{self.file.code}_bien-ban_{meeting.held_on.isoformat()}.pdf"
        self.preview = DocumentPreviewDialog(
            pdf, f"{self.file.name} – {format_date(meeting.held_on)}", name, self
        )
        self.preview.open()
