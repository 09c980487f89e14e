"""Meetings (Sinh hoạt chi bộ): the meetings of a year with kind, date, status and attendance; a new
meeting of any kind; Enter or a double-click opens the meeting editor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.meetings import MeetingKind
from cellapp.services.workspace import Workspace
from ui.item_models.meetings_table_model import MeetingsTableModel
from ui.ops import Area, Ops
from ui.pages.base import Page
from ui.widgets.rows_table import read_only_list

if TYPE_CHECKING:
    from cellapp.services.meetings import MeetingDetail
    from ui.dialogs.meeting_editor_dialog import MeetingEditorDialog


class MeetingsPage(Page):
    shows = frozenset({Area.MEETINGS})

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.editor: MeetingEditorDialog | None = None
        self.year = QSpinBox()
        self.year.setObjectName("meetingsYear")
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.refresh)
        self.new_button = QToolButton()
        self.new_button.setObjectName("newMeeting")
        self.new_button.setText(self.tr("&New meeting"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        for kind in MeetingKind:
            menu.addAction(kind.label.render(), lambda chosen=kind: self.new_meeting(chosen))
        menu.addAction(
            self.tr("Regular and thematic meetings in one sitting"),
            lambda: self.new_meeting(MeetingKind.REGULAR, combined=True),
        )
        self.new_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.numbers_button = QPushButton(self.tr("Document n&umbers…"))
        self.numbers_button.clicked.connect(self.ask_number_pattern)
        self.count_label = QLabel()
        self.model = MeetingsTableModel()
        self.table = QTableView()
        self.table.setObjectName("meetingsTable")
        self.table.setModel(self.model)
        read_only_list(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.numbers_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        from cellapp.services.meetings import list_meetings  # loaded when the page is first shown

        meetings = list_meetings(self.workspace.uow(read_only=True), year=self.year.value())
        self.model.set_meetings(meetings)
        self.count_label.setText(self.tr("%n meeting(s)", "", len(meetings)))

    def ask_number_pattern(self) -> None:
        from cellapp.services.meetings import get_number_pattern

        current = get_number_pattern(self.workspace.uow(read_only=True))
        pattern, accepted = QInputDialog.getText(
            self,
            self.tr("Document numbers"),
            self.tr(
                "How minutes and resolutions are numbered from now on; {number} is the number in the year, "
                "{code} BB or NQ, {year} the year:"
            ),
            text=current,
        )
        if accepted:
            self.change_number_pattern(pattern)

    def change_number_pattern(self, pattern: str) -> bool:
        from cellapp.services.meetings import set_number_pattern

        try:
            set_number_pattern(self.workspace.uow(), pattern)
        except CellAppError as error:
            QMessageBox.warning(self, self.tr("Document numbers"), error.message.render())
            return False
        return True

    def open_selected(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    def open_row(self, row: int) -> None:
        """Read the meeting off the GUI thread; the editor opens when it has arrived (`self.editor`)."""
        from cellapp.services.meetings import get_meeting

        if row < 0 or row >= self.model.rowCount():
            return
        uuid = self.model.meeting_at(row).uuid
        uow = self.workspace.uow(read_only=True)
        self.ops.query(self, lambda: get_meeting(uow, uuid), self._open_loaded)

    def _open_loaded(self, detail: MeetingDetail) -> MeetingEditorDialog:
        from ui.dialogs.meeting_editor_dialog import MeetingEditorDialog  # loaded when first needed

        return self._show(MeetingEditorDialog(self.workspace, self.tasks, detail=detail, parent=self))

    def new_meeting(self, kind: MeetingKind, *, combined: bool = False) -> MeetingEditorDialog:
        from ui.dialogs.meeting_editor_dialog import MeetingEditorDialog

        return self._show(
            MeetingEditorDialog(self.workspace, self.tasks, new_kind=kind, combined=combined, parent=self)
        )

    def _saved(self) -> None:
        # Fees may be collected at the meeting; attendance feeds the Overview's figures.
        self.announce(Area.MEETINGS, Area.FEES)
        self.refresh()

    def _show(self, editor: MeetingEditorDialog) -> MeetingEditorDialog:
        self.editor = editor
        editor.meeting_saved.connect(lambda _uuid: self._saved())
        editor.finished.connect(lambda _result: self.refresh())
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.show()
        return editor
