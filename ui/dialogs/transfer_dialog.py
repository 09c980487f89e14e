"""The committee moves a member of one cell to another (issue 6 §5): the receiving cell, the date and the
number of the decision. The member's record and history follow them; both cells learn it from their
next return files."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import MemberSummary
from cellapp.services.sync_status import list_cells
from cellapp.services.transfers import TransferSummary, transfer_member
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import error_label, form_with_buttons
from ui.widgets.date_field import DateField


class TransferDialog(QDialog):
    def __init__(
        self, workspace: Workspace, member: MemberSummary, from_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.member = member
        self.done_transfer: TransferSummary | None = None
        self.setWindowTitle(self.tr("Transfer to another cell"))
        self.resize(520, 260)
        self.to_cell = QComboBox()
        self.to_cell.setObjectName("transferTo")
        for cell in list_cells(workspace.uow(read_only=True)):
            if cell.status == "enrolled" and cell.code != from_code:
                self.to_cell.addItem(f"{cell.code} – {cell.name}", cell.code)
        self.decided_on = DateField()
        self.decided_on.setObjectName("transferDate")
        self.decided_on.setText(format_date(date.today()))
        self.note = QLineEdit()
        self.note.setObjectName("transferNote")
        self.note.setPlaceholderText(self.tr("e.g. Decision 15-QĐ/ĐU"))
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(f"{member.full_name} ({from_code})"))
        form.addRow(self.tr("&To cell:"), self.to_cell)
        form.addRow(self.tr("&Decided on:"), self.decided_on)
        form.addRow(self.tr("Decision and &note:"), self.note)
        self.error = error_label("transferError")
        if self.to_cell.count() == 0:
            self.error.setText(self.tr("No other enrolled cell can receive the member."))
        explanation = QLabel(
            self.tr(
                "The member's record and history move to the receiving cell; both cells receive the "
                "change with their next return files."
            )
        )
        explanation.setWordWrap(True)
        buttons = form_with_buttons(
            self,
            form,
            self.error,
            self.save,
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            below=[explanation],
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Transfer"))

    def save(self) -> None:
        code = self.to_cell.currentData()
        if not code:
            self.error.setText(self.tr("Choose the receiving cell."))
            return
        try:
            decided_on = self.decided_on.value()
            if decided_on is None:
                self.error.setText(self.tr("Enter the date of the decision."))
                return
            self.done_transfer = transfer_member(
                self.workspace.uow(),
                member_uuid=self.member.uuid,
                to_cell=str(code),
                decided_on=decided_on,
                note=self.note.text().strip() or None,
            )
        except CellAppError as error:
            self.error.setText(error.message.render())
            return
        self.accept()
