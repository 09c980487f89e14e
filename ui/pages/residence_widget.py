"""The Regulation 213 tab of the Members page: this cell's members who live in another place, and working
members of other organisations who live here, with this year's residence comment on each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.vietnamese import format_date
from cellapp.services.members import (
    MemberLivingElsewhere,
    ResidentMember,
    end_resident,
    list_members_living_elsewhere,
    list_residents,
    save_residence_comment,
    save_resident,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.residence_dialogs import CommentDialog, EndDateDialog, ResidentDialog
from ui.widgets.rows_table import read_only_list


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    read_only_list(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ResidenceWidget(QWidget):
    member_activated = Signal(str)  # a member of this cell, to show in the register
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._elsewhere: list[MemberLivingElsewhere] = []
        self._residents: list[ResidentMember] = []

        self.elsewhere_table = _table(
            [
                self.tr("Full name"),
                self.tr("Party cell where they live"),
                self.tr("Commune"),
                self.tr("Introduced"),
                self.tr("Exempt"),
            ],
            "livingElsewhere",
        )
        self.elsewhere_table.cellDoubleClicked.connect(self._open_member)
        elsewhere_box = QGroupBox(self.tr("Members of this cell living in another place"))
        elsewhere_layout = QVBoxLayout(elsewhere_box)
        elsewhere_layout.addWidget(self.elsewhere_table)
        hint = QLabel(
            self.tr(
                "Introduce a member from the register: select them, then Actions → Lives in another place."
            )
        )
        hint.setWordWrap(True)
        elsewhere_layout.addWidget(hint)

        year = date.today().year
        self.residents_table = _table(
            [
                self.tr("Full name"),
                self.tr("Party organisation at work"),
                self.tr("Contact"),
                self.tr("Introduced"),
                self.tr("Exempt"),
                self.tr("Comment %1").replace("%1", str(year)),
            ],
            "residents",
        )
        self.residents_table.itemSelectionChanged.connect(self._selection_changed)
        self.residents_table.cellDoubleClicked.connect(lambda _r, _c: self._edit_resident())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("addResident")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.comment_button = QPushButton(self.tr("Yearly &comment…"))
        self.comment_button.setObjectName("residentComment")
        self.end_button = QPushButton(self.tr("Moved &away…"))
        self.show_ended = QCheckBox(self.tr("Show those who moved away"))
        self.add_button.clicked.connect(self._add_resident)
        self.edit_button.clicked.connect(self._edit_resident)
        self.comment_button.clicked.connect(self._comment)
        self.end_button.clicked.connect(self._end_resident)
        self.show_ended.toggled.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.comment_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_ended)
        residents_box = QGroupBox(self.tr("Working members of other organisations living here"))
        residents_layout = QVBoxLayout(residents_box)
        residents_layout.addWidget(self.residents_table)
        residents_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(elsewhere_box, 2)
        layout.addWidget(residents_box, 3)
        self._selection_changed()

    def refresh(self) -> None:
        self._elsewhere = list_members_living_elsewhere(self.workspace.uow(read_only=True))
        self._residents = list_residents(
            self.workspace.uow(read_only=True), include_ended=self.show_ended.isChecked()
        )
        yes = self.tr("Yes")
        self._fill(
            self.elsewhere_table,
            [
                [
                    m.full_name,
                    m.residence_cell,
                    m.commune or "",
                    format_date(m.introduced_on) if m.introduced_on else "",
                    yes if m.exempt else "",
                ]
                for m in self._elsewhere
            ],
        )
        year = date.today().year
        rows = []
        for resident in self._residents:
            comment = resident.comment_for(year)
            if resident.ended_on:
                state = self.tr("Moved away %1").replace("%1", format_date(resident.ended_on))
            elif resident.exempt:
                state = self.tr("Not needed")
            elif comment is None:
                state = self.tr("Not written")
            elif comment.sent_on:
                state = self.tr("Sent %1").replace("%1", format_date(comment.sent_on))
            else:
                state = self.tr("Written, not sent")
            rows.append(
                [
                    resident.full_name,
                    resident.organisation,
                    resident.contact or "",
                    format_date(resident.introduced_on) if resident.introduced_on else "",
                    yes if resident.exempt else "",
                    state,
                ]
            )
        self._fill(self.residents_table, rows)
        self._selection_changed()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)

    def _selected(self) -> ResidentMember | None:
        rows = {index.row() for index in self.residents_table.selectionModel().selectedRows()}
        return self._residents[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        chosen = self._selected()
        for button in (self.edit_button, self.comment_button, self.end_button):
            button.setEnabled(chosen is not None and chosen.ended_on is None)

    def _open_member(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._elsewhere):
            self.member_activated.emit(self._elsewhere[row].member_uuid)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def _add_resident(self) -> None:
        dialog = ResidentDialog(self, None, lambda resident: save_resident(self.workspace.uow(), resident))
        if dialog.exec():
            self._after_change()

    def _edit_resident(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = ResidentDialog(
            self, chosen, lambda resident: save_resident(self.workspace.uow(), resident, uuid=chosen.uuid)
        )
        if dialog.exec():
            self._after_change()

    def _comment(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = CommentDialog(
            self,
            chosen,
            date.today().year,
            lambda **values: save_residence_comment(self.workspace.uow(), chosen.uuid, **values),
        )
        if dialog.exec():
            self._after_change()

    def _end_resident(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        dialog = EndDateDialog(
            self,
            self.tr("Moved away – %1").replace("%1", chosen.full_name),
            self.tr("The member no longer lives here or was introduced elsewhere; the record is kept."),
            lambda ended: end_resident(self.workspace.uow(), chosen.uuid, ended),
        )
        if dialog.exec():
            self._after_change()
