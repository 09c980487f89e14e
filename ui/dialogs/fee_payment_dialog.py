"""Recording one payment (Ghi nộp đảng phí): the months it covers, the amount (by default exactly what they
still need), the day, cash or the national portal, the receipt number. Enter saves; a month already paid
asks before recording a second payment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fees import PaymentChannel
from cellapp.domain.months import Month, month_range
from cellapp.domain.vietnamese import InvalidMoneyError, format_money
from cellapp.services.fees import (
    PaymentSummary,
    RepeatPaymentWarning,
    fee_ledger_for,
    next_receipt_number,
    record_payment,
)
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import AsksBeforeDiscarding
from ui.widgets.fee_inputs import DayEdit, MoneyEdit, MonthEdit


class FeePaymentDialog(AsksBeforeDiscarding, QDialog):
    payment_recorded = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        *,
        member_uuid: str,
        member_name: str,
        first: Month,
        last: Month,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.member_uuid = member_uuid
        self.today = today or date.today()
        self.recorded: PaymentSummary | None = None
        self.setWindowTitle(self.tr("Record a payment"))
        name = QLabel(f"<b>{member_name}</b>")
        self.first = MonthEdit(first)
        self.first.setObjectName("paymentFirstMonth")
        self.last = MonthEdit(last)
        self.last.setObjectName("paymentLastMonth")
        months = QHBoxLayout()
        months.addWidget(self.first)
        months.addWidget(QLabel("–"))
        months.addWidget(self.last)
        months.addStretch(1)
        self.needed = QLabel()
        self.needed.setObjectName("paymentNeeded")
        self.amount = MoneyEdit()
        self.amount.setObjectName("paymentAmount")
        self.paid_on = DayEdit(self.today)
        self.channel = QComboBox()
        for channel in PaymentChannel:
            self.channel.addItem(channel.label.render(), channel.value)
        self.receipt = QLineEdit()
        self.receipt.setObjectName("paymentReceipt")
        self.receipt.setMaxLength(40)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Member:"), name)
        months_label = QLabel(self.tr("&Months:"))
        months_label.setBuddy(self.first)
        form.addRow(months_label, months)
        form.addRow("", self.needed)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Date paid:"), self.paid_on)
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("&Receipt number:"), self.receipt)
        form.addRow(self.tr("N&ote:"), self.note)
        self.error = QLabel()
        self.error.setObjectName("paymentError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first.dateChanged.connect(self._update_needed)
        self.last.dateChanged.connect(self._update_needed)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self._update_needed()
        self.resize(480, 330)
        self.amount.setFocus()

    def _channel_changed(self) -> None:
        if self.channel.currentData() == PaymentChannel.CASH.value:
            self.receipt.setPlaceholderText("")
            if not self.receipt.text():
                self.receipt.setText(next_receipt_number(self.workspace.uow(read_only=True)))
        else:
            self.receipt.clear()
            self.receipt.setPlaceholderText(self.tr("transaction code on the portal (optional)"))

    def _update_needed(self) -> None:
        first, last = self.first.month(), self.last.month()
        if last < first:
            self.needed.setText(self.tr("The last month is before the first."))
            return
        months = list(month_range(first, last))
        view = fee_ledger_for(
            self.workspace.uow(read_only=True), months=months, reference=last, member_uuids=[self.member_uuid]
        )
        row = view.row(self.member_uuid)
        needed = sum(e.outstanding for e in row.months) if row else 0
        self.needed.setText(self.tr("Still to pay for these months: %1").replace("%1", format_money(needed)))
        self.amount.setPlaceholderText(format_money(needed))

    def save(self) -> bool:
        try:
            amount = self.amount.amount()
        except InvalidMoneyError as error:
            self.error.setText(error.reason_vi if self._vietnamese() else error.reason_en)
            self.amount.setFocus()
            return False
        allow_repeat = False
        while True:
            try:
                self.recorded = record_payment(
                    self.workspace.uow(),
                    member_uuid=self.member_uuid,
                    first_month=self.first.month(),
                    last_month=self.last.month(),
                    paid_on=self.paid_on.day(),
                    channel=PaymentChannel(self.channel.currentData()),
                    receipt_number=self.receipt.text() or None,
                    amount=amount,
                    note=self.note.text() or None,
                    allow_repeat=allow_repeat,
                    today=self.today,
                )
            except RepeatPaymentWarning as warning:
                answer = QMessageBox.question(self, self.tr("Already paid"), warning.message.render())
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                allow_repeat = True
                continue
            except CellAppError as error:
                self.error.setText(error.message.render())
                return False
            break
        self.payment_recorded.emit(self.recorded)
        self.accept()
        return True

    def _vietnamese(self) -> bool:
        from cellapp.domain.l10n import current_language

        return current_language() == "vi"
