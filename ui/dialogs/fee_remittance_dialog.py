"""Remitting fees to the committee above (Nộp đảng phí lên cấp trên): for a run of months, what was
collected (cash and portal), the share the cell keeps, and what is left to remit; the remittance
records, each reversible by an entry that cancels it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fees import PaymentChannel
from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import InvalidMoneyError, format_date, format_money
from cellapp.services.fees import list_remittances, record_remittance, remittance_proposal, reverse_remittance
from cellapp.services.workspace import Workspace
from ui.widgets.fee_inputs import DayEdit, MoneyEdit, MonthEdit

_UUID = Qt.ItemDataRole.UserRole


def previous_quarter(month: Month) -> Period:
    first_of_this = Month(month.year, 3 * (month.quarter - 1) + 1)
    last = first_of_this.minus(1)
    return Period.of_quarter(last.year, last.quarter)


class FeeRemittanceDialog(QDialog):
    def __init__(
        self, workspace: Workspace, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Remit fees to the committee"))
        period = previous_quarter(Month.of(self.today))
        self.first = MonthEdit(period.first)
        self.last = MonthEdit(period.last)
        months = QHBoxLayout()
        months.addWidget(self.first)
        months.addWidget(QLabel("–"))
        months.addWidget(self.last)
        months.addStretch(1)
        self.proposal = QLabel()
        self.proposal.setObjectName("remittanceProposal")
        self.proposal.setWordWrap(True)
        self.amount = MoneyEdit()
        self.amount.setObjectName("remittanceAmount")
        self.remitted_on = DayEdit(self.today)
        self.channel = QComboBox()
        for channel in PaymentChannel:
            self.channel.addItem(channel.label.render(), channel.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. receipt of the commune committee"))
        form = QFormLayout()
        months_label = QLabel(self.tr("&Months:"))
        months_label.setBuddy(self.first)
        form.addRow(months_label, months)
        form.addRow("", self.proposal)
        form.addRow(self.tr("&Amount remitted:"), self.amount)
        form.addRow(self.tr("&Date:"), self.remitted_on)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Reference:"), self.reference)
        save = QPushButton(self.tr("Record the remittance"))
        save.setObjectName("recordRemittance")
        save.clicked.connect(self.save)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Months"), self.tr("Collected"), self.tr("Remitted"), self.tr("Note")]
        )
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        reverse = QPushButton(self.tr("Reverse the selected record…"))
        reverse.clicked.connect(self.reverse_selected)
        self.error = QLabel()
        self.error.setObjectName("remittanceError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.error)
        layout.addWidget(self.history, 1)
        layout.addWidget(reverse)
        layout.addWidget(close)
        self.first.dateChanged.connect(self._update_proposal)
        self.last.dateChanged.connect(self._update_proposal)
        self._update_proposal()
        self._show_history()
        self.resize(640, 560)

    def period(self) -> Period:
        return Period(self.first.month(), self.last.month())

    def _update_proposal(self) -> None:
        try:
            proposal = remittance_proposal(self.workspace.uow(read_only=True), period=self.period())
        except CellAppError as error:
            self.proposal.setText(error.message.render())
            return
        self.proposal.setText(
            self.tr(
                "Collected %1 (cash %2, portal %3); the cell keeps %4% = %5; already remitted %6; to remit %7."
            )
            .replace("%1", format_money(proposal.collected))
            .replace("%2", format_money(proposal.collected_cash))
            .replace("%3", format_money(proposal.collected_portal))
            .replace("%4", str(proposal.cell_share_percent))
            .replace("%5", format_money(proposal.cell_share))
            .replace("%6", format_money(proposal.already_remitted))
            .replace("%7", format_money(max(proposal.to_remit, 0)))
        )
        self.amount.set_amount(max(proposal.to_remit, 0))

    def _show_history(self) -> None:
        records = list(reversed(list_remittances(self.workspace.uow(read_only=True))))
        self.history.setRowCount(len(records))
        for index, record in enumerate(records):
            note = record.reference or ""
            if record.kind == "reversal":
                note = self.tr("Reversal: %1").replace("%1", record.note or "")
            elif record.reversed_by:
                note = self.tr("Reversed")
            values = [
                format_date(record.remitted_on),
                f"{record.period.first.label}–{record.period.last.label}",
                format_money(record.collected),
                format_money(record.amount),
                note,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_UUID, record.uuid)
                self.history.setItem(index, column, item)

    def save(self) -> bool:
        try:
            amount = self.amount.amount()
            record_remittance(
                self.workspace.uow(),
                period=self.period(),
                remitted_on=self.remitted_on.day(),
                amount=amount,
                channel=PaymentChannel(self.channel.currentData()),
                reference=self.reference.text() or None,
                today=self.today,
            )
        except InvalidMoneyError as error:
            self.error.setText(error.reason_vi)
            return False
        except CellAppError as error:
            self.error.setText(error.message.render())
            return False
        self.error.clear()
        self._update_proposal()
        self._show_history()
        return True

    def reverse_selected(self) -> None:
        row = self.history.currentRow()
        if row < 0:
            return
        uuid = self.history.item(row, 0).data(_UUID)
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse a remittance"), self.tr("Why is it reversed?")
        )
        if not ok:
            return
        try:
            reverse_remittance(self.workspace.uow(), remittance_uuid=uuid, reason=reason)
        except CellAppError as error:
            self.error.setText(error.message.render())
            return
        self._update_proposal()
        self._show_history()
