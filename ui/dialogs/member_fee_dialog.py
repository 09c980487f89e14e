"""One member's fee account (Đảng phí của đảng viên): the category and base amount from a month on, the
exemptions and reductions decided by the cell, where the paper book left off, and the payments with their
reversal. Every change is saved at once through the services; errors say the rule that was broken."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fees import FeeCategory, ReliefReason
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import InvalidMoneyError, format_date, format_money
from cellapp.services.fees import (
    MemberFeeAccount,
    add_fee_relief,
    cancel_fee_relief,
    describe_months,
    end_fee_relief,
    fee_members,
    member_fee_account,
    reverse_payment,
    set_fee_opening,
    set_fee_profile,
)
from cellapp.services.workspace import Workspace
from ui.widgets.fee_inputs import DayEdit, MoneyEdit, MonthEdit

_UUID = Qt.ItemDataRole.UserRole


class MemberFeeDialog(QDialog):
    account_changed = Signal()

    def __init__(
        self, workspace: Workspace, *, member_uuid: str, month: Month, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.member_uuid = member_uuid
        self.month = month
        info = fee_members(workspace.uow(read_only=True), member_uuids=[member_uuid])[0]
        self.setWindowTitle(self.tr("Party fees of %1").replace("%1", info.full_name))
        heading = QLabel(f"<b>{info.full_name}</b>")
        occupation = QLabel(self.tr("Occupation: %1").replace("%1", info.occupation or "–"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._category_tab(info.suggested_category), self.tr("&Category"))
        self.tabs.addTab(self._relief_tab(), self.tr("E&xemptions and reductions"))
        self.tabs.addTab(self._payments_tab(), self.tr("&Payments"))
        self.error = QLabel()
        self.error.setObjectName("memberFeeError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(occupation)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.reload()

    # -- category, base amount and opening balance -------------------------------------------------------

    def _category_tab(self, suggested: FeeCategory | None) -> QWidget:
        self.category = QComboBox()
        self.category.setObjectName("feeCategory")
        for category in FeeCategory:
            self.category.addItem(category.label.render(), category.value)
        if suggested is not None:
            self.category.setCurrentIndex(self.category.findData(suggested.value))
        self.base_amount = MoneyEdit()
        self.base_amount.setObjectName("feeBaseAmount")
        self.valid_from = MonthEdit(self.month)
        self.profile_note = QLineEdit()
        save = QPushButton(self.tr("Save the category"))
        save.setObjectName("saveCategory")
        save.clicked.connect(self.save_profile)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.history = QListWidget()
        self.opening_default = QCheckBox(self.tr("As the fee book's start"))
        self.opening = MonthEdit(self.month)
        save_opening = QPushButton(self.tr("Save"))
        save_opening.clicked.connect(self.save_opening)
        self.opening_default.toggled.connect(lambda checked: self.opening.setEnabled(not checked))
        opening_row = QHBoxLayout()
        opening_row.addWidget(self.opening_default)
        opening_row.addWidget(self.opening)
        opening_row.addWidget(save_opening)
        opening_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Wage, benefit or pension a month:"), self.base_amount)
        form.addRow(self.tr("From month:"), self.valid_from)
        form.addRow(self.tr("Note:"), self.profile_note)
        form.addRow("", save)
        form.addRow(self.tr("History:"), self.history)
        form.addRow(self.tr("Paid up to before CellApp:"), opening_row)
        tab = QWidget()
        tab.setLayout(form)
        self._category_changed()
        return tab

    def _category_changed(self) -> None:
        category = FeeCategory(self.category.currentData())
        self.base_amount.setEnabled(category.needs_base_amount)

    def save_profile(self) -> bool:
        category = FeeCategory(self.category.currentData())
        try:
            base = self.base_amount.amount() if category.needs_base_amount else None
        except InvalidMoneyError as error:
            return self._fail_text(error.reason_vi, error.reason_en)
        return self._run(
            lambda: set_fee_profile(
                self.workspace.uow(),
                member_uuid=self.member_uuid,
                category=category,
                valid_from=self.valid_from.month(),
                base_amount=base,
                note=self.profile_note.text() or None,
            )
        )

    def save_opening(self) -> bool:
        paid_through = None if self.opening_default.isChecked() else self.opening.month()
        return self._run(
            lambda: set_fee_opening(
                self.workspace.uow(), member_uuid=self.member_uuid, paid_through=paid_through
            )
        )

    # -- exemptions and reductions ----------------------------------------------------------------------

    def _relief_tab(self) -> QWidget:
        self.reliefs = QListWidget()
        self.reliefs.setObjectName("reliefList")
        self.reason = QComboBox()
        for reason in ReliefReason:
            self.reason.addItem(reason.label.render(), reason.value)
        self.percent = QComboBox()
        for percent in (100, 70, 50, 30):
            self.percent.addItem(self.tr("Exempt (100%)") if percent == 100 else f"{percent}%", percent)
        self.relief_first = MonthEdit(self.month)
        self.relief_last = MonthEdit(self.month.plus(11))
        months = QHBoxLayout()
        months.addWidget(self.relief_first)
        months.addWidget(QLabel("–"))
        months.addWidget(self.relief_last)
        months.addStretch(1)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. Nghị quyết chi bộ ngày 05/11/2026"))
        self.has_application = QCheckBox(self.tr("Written application received on"))
        self.application_on = DayEdit(date.today())
        application = QHBoxLayout()
        application.addWidget(self.has_application)
        application.addWidget(self.application_on)
        application.addStretch(1)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addRelief")
        add.clicked.connect(self.add_relief)
        end = QPushButton(self.tr("End early…"))
        end.clicked.connect(self.end_relief)
        withdraw = QPushButton(self.tr("Withdraw (entered by mistake)"))
        withdraw.clicked.connect(self.withdraw_relief)
        actions = QHBoxLayout()
        actions.addWidget(end)
        actions.addWidget(withdraw)
        actions.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Exemption or reduction:"), self.percent)
        form.addRow(self.tr("Months (at most 12):"), months)
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow("", application)
        form.addRow("", add)
        layout = QVBoxLayout()
        layout.addWidget(self.reliefs, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def add_relief(self) -> bool:
        return self._run(
            lambda: add_fee_relief(
                self.workspace.uow(),
                member_uuid=self.member_uuid,
                reason=ReliefReason(self.reason.currentData()),
                percent=int(self.percent.currentData()),
                first_month=self.relief_first.month(),
                last_month=self.relief_last.month(),
                decision=self.decision.text() or None,
                application_on=self.application_on.day() if self.has_application.isChecked() else None,
            )
        )

    def _selected_relief(self) -> str | None:
        item = self.reliefs.currentItem()
        return item.data(_UUID) if item is not None else None

    def end_relief(self) -> None:
        uuid = self._selected_relief()
        if uuid is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("End early"), self.tr("Last month (MM/yyyy):"))
        if ok and text:
            self._run(
                lambda: end_fee_relief(self.workspace.uow(), relief_uuid=uuid, last_month=Month.parse(text))
            )

    def withdraw_relief(self) -> None:
        uuid = self._selected_relief()
        if uuid is not None:
            self._run(lambda: cancel_fee_relief(self.workspace.uow(), relief_uuid=uuid))

    # -- payments ---------------------------------------------------------------------------------------

    def _payments_tab(self) -> QWidget:
        self.payments = QTableWidget(0, 6)
        self.payments.setObjectName("paymentHistory")
        self.payments.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Months"),
                self.tr("Amount"),
                self.tr("Channel"),
                self.tr("Receipt"),
                self.tr("Note"),
            ]
        )
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.payments.verticalHeader().setVisible(False)
        self.payments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.payments.horizontalHeader().setStretchLastSection(True)
        reverse = QPushButton(self.tr("Reverse the selected payment…"))
        reverse.clicked.connect(self.reverse_selected)
        layout = QVBoxLayout()
        layout.addWidget(self.payments, 1)
        layout.addWidget(reverse)
        tab = QWidget()
        tab.setLayout(layout)
        return tab

    def reverse_selected(self) -> None:
        row = self.payments.currentRow()
        if row < 0:
            return
        uuid = self.payments.item(row, 0).data(_UUID)
        reason, ok = QInputDialog.getText(self, self.tr("Reverse a payment"), self.tr("Why is it reversed?"))
        if ok:
            self._run(lambda: reverse_payment(self.workspace.uow(), payment_uuid=uuid, reason=reason))

    # -- shared -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        account = member_fee_account(self.workspace.uow(read_only=True), member_uuid=self.member_uuid)
        self._show_profiles(account)
        self.reliefs.clear()
        for relief in account.reliefs:
            kind = (
                self.tr("Exempt")
                if relief.percent >= 100
                else self.tr("Reduced %1%").replace("%1", str(relief.percent))
            )
            item = QListWidgetItem(
                f"{relief.first.label}–{relief.last.label}: {kind} · {relief.reason.label.render()}"
                + (f" · {relief.decision}" if relief.decision else "")
            )
            item.setData(_UUID, relief.uuid)
            self.reliefs.addItem(item)
        self.payments.setRowCount(len(account.payments))
        for index, payment in enumerate(reversed(account.payments)):
            note = payment.note or ""
            if payment.is_reversal:
                note = self.tr("Reversal: %1").replace("%1", note)
            elif payment.reversed_by:
                note = self.tr("Reversed") + (f" · {note}" if note else "")
            values = [
                format_date(payment.paid_on),
                describe_months(payment.months),
                format_money(payment.amount),
                payment.channel.label.render(),
                payment.receipt_number or "",
                note,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(_UUID, payment.uuid)
                self.payments.setItem(index, column, item)

    def _show_profiles(self, account: MemberFeeAccount) -> None:
        self.history.clear()
        for profile in account.profiles:
            base = f" · {format_money(profile.base_amount)}" if profile.base_amount else ""
            self.history.addItem(
                self.tr("From %1: ").replace("%1", profile.valid_from.label)
                + profile.category.label.render()
                + base
            )
        if account.profiles:
            latest = account.profiles[-1]
            self.category.setCurrentIndex(self.category.findData(latest.category.value))
            self.base_amount.set_amount(latest.base_amount)
        else:
            self.history.addItem(self.tr("Not declared yet: assessed as 'other'"))
        self.opening_default.setChecked(account.opening is None)
        self.opening.set_month(account.opening or account.default_opening)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except CellAppError as error:
            self.error.setText(error.message.render())
            return False
        self.error.clear()
        self.reload()
        self.account_changed.emit()
        return True

    def _fail_text(self, vi: str, en: str) -> bool:
        from cellapp.domain.l10n import current_language

        self.error.setText(vi if current_language() == "vi" else en)
        return False
