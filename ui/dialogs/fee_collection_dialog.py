"""Collecting fees at the meeting (Thu đảng phí tại buổi sinh hoạt): the members present, what each owes this
month and from earlier months; one key press records a payment in cash with the next receipt number.

Space pays the month; Enter pays everything owed up to the month; Ctrl+Z takes back the last payment
recorded here (a reversal entry). The same dialog opens from the Fees page (everyone on the list) and
from a meeting's attendance screen (`fee_collection_action`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fee_ledger import MonthState
from cellapp.domain.fees import PaymentChannel
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_money
from cellapp.services.fees import (
    MemberFeeRow,
    PaymentSummary,
    RepeatPaymentWarning,
    fee_month,
    next_receipt_number,
    record_payment,
    reverse_payment,
)
from cellapp.services.workspace import Workspace
from ui.widgets.fee_inputs import MonthEdit


class FeeCollectionDialog(QDialog):
    COLUMNS = 5

    def __init__(
        self,
        workspace: Workspace,
        *,
        month: Month,
        member_uuids: Sequence[str] | None = None,
        meeting_uuid: str | None = None,
        paid_on: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.member_uuids = list(member_uuids) if member_uuids is not None else None
        self.meeting_uuid = meeting_uuid
        self.paid_on = paid_on or date.today()
        self.collected: list[PaymentSummary] = []
        self.rows: list[MemberFeeRow] = []
        self.receipts: dict[str, str] = {}
        self.setWindowTitle(self.tr("Collect party fees"))
        self.month = MonthEdit(month)
        self.month.setObjectName("collectionMonth")
        self.month.dateChanged.connect(self.reload)
        month_label = QLabel(self.tr("Fees for &month:"))
        month_label.setBuddy(self.month)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        hint = QLabel(
            self.tr(
                "Space or “Pay this month”: pay this month · Enter or “Pay everything owed”: pay everything "
                "owed up to this month · Ctrl+Z: undo the last payment. A right click on a member offers the "
                "same. Cash, dated %1, receipts numbered in order."
            ).replace("%1", self.paid_on.strftime("%d/%m/%Y"))
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("collectionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Full name"),
                self.tr("This month"),
                self.tr("Earlier months"),
                self.tr("Status"),
                self.tr("Receipt"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        # For the mouse: the same two payments on buttons and on the row's context menu.
        self.pay_month_button = QPushButton(self.tr("&Pay this month"))
        self.pay_month_button.setObjectName("payMonth")
        self.pay_month_button.setAutoDefault(False)
        self.pay_month_button.clicked.connect(lambda: self.pay_selected(include_arrears=False))
        self.pay_all_button = QPushButton(self.tr("Pay &everything owed"))
        self.pay_all_button.setObjectName("payAll")
        self.pay_all_button.setAutoDefault(False)
        self.pay_all_button.clicked.connect(lambda: self.pay_selected(include_arrears=True))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.total = QLabel()
        self.total.setObjectName("collectionTotal")
        self.message = QLabel()
        self.message.setObjectName("collectionMessage")
        self.message.setWordWrap(True)
        undo = QPushButton(self.tr("&Undo last payment"))
        undo.setAutoDefault(False)
        undo.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.pay_month_button)
        buttons.addWidget(self.pay_all_button)
        buttons.addWidget(undo)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)
        self.resize(760, 560)
        self.reload()
        self.table.setFocus()
        if self.table.rowCount():
            self.table.selectRow(0)

    # -- data -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.table.currentRow()
        view = fee_month(
            self.workspace.uow(read_only=True), month=self.month.month(), member_uuids=self.member_uuids
        )
        month = self.month.month()
        self.rows = [r for r in view.rows if (e := r.at(month)) is not None and e.state.counts]
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            entry = row.at(month)
            assert entry is not None
            earlier = row.summary.arrears - entry.outstanding
            status, color = self._status(entry.state)
            cells = [
                row.full_name,
                format_money(entry.due) if entry.due else self.tr("exempt"),
                format_money(earlier) if earlier > 0 else "",
                status,
                self.receipts.get(row.member_uuid, ""),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    item.setBackground(QBrush(QColor(color)))
                self.table.setItem(index, column, item)
        if 0 <= current < self.table.rowCount():
            self.table.selectRow(current)
        collected = sum(p.amount for p in self.collected)
        self.total.setText(
            self.tr("Collected here: %1 from %2 payment(s)")
            .replace("%1", format_money(collected))
            .replace("%2", str(len(self.collected)))
        )

    def _status(self, state: MonthState) -> tuple[str, str]:
        if state in (MonthState.PAID, MonthState.PAID_AHEAD):
            return self.tr("Paid"), "#dcefdc"
        if state is MonthState.EXEMPT:
            return self.tr("Exempt"), "#ececec"
        if state is MonthState.PARTIAL:
            return self.tr("Partly paid"), "#fbe7c0"
        return self.tr("Not paid"), "#f6d3d3"

    # -- keys -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Space:
                self.pay_selected(include_arrears=False)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pay_selected(include_arrears=True)
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_last()
                return True
        return super().eventFilter(watched, event)

    def context_menu(self) -> QMenu:
        """The selected row's payments, as its right-click menu offers them."""
        menu = QMenu(self)
        menu.addAction(self.tr("Pay this month (Space)"), lambda: self.pay_selected(include_arrears=False))
        menu.addAction(
            self.tr("Pay everything owed up to this month (Enter)"),
            lambda: self.pay_selected(include_arrears=True),
        )
        menu.addSeparator()
        menu.addAction(self.tr("Undo the last payment (Ctrl+Z)"), self.undo_last)
        return menu

    def _context_menu(self, position: object) -> None:
        from PySide6.QtCore import QPoint

        assert isinstance(position, QPoint)
        row = self.table.rowAt(position.y())
        if row < 0:
            return
        self.table.selectRow(row)
        self.context_menu().popup(self.table.viewport().mapToGlobal(position))

    def pay_selected(self, *, include_arrears: bool) -> PaymentSummary | None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return None
        row = self.rows[index]
        month = self.month.month()
        first = month
        if include_arrears and row.summary.arrears_months:
            first = min(min(row.summary.arrears_months), month)
        receipt = next_receipt_number(self.workspace.uow(read_only=True))
        payment = self._record(row, first, month, receipt, allow_repeat=False)
        if payment is None:
            return None
        self.collected.append(payment)
        self.receipts[row.member_uuid] = payment.receipt_number or ""
        self.message.setText(
            self.tr("%1: %2 recorded, receipt %3.")
            .replace("%1", row.full_name)
            .replace("%2", format_money(payment.amount))
            .replace("%3", payment.receipt_number or "")
        )
        self.reload()
        if index + 1 < self.table.rowCount():
            self.table.selectRow(index + 1)
        return payment

    def _record(
        self, row: MemberFeeRow, first: Month, last: Month, receipt: str, *, allow_repeat: bool
    ) -> PaymentSummary | None:
        try:
            return record_payment(
                self.workspace.uow(),
                member_uuid=row.member_uuid,
                first_month=first,
                last_month=last,
                paid_on=self.paid_on,
                channel=PaymentChannel.CASH,
                receipt_number=receipt,
                meeting_uuid=self.meeting_uuid,
                allow_repeat=allow_repeat,
                today=max(self.paid_on, date.today()),
            )
        except RepeatPaymentWarning as warning:
            answer = QMessageBox.question(self, self.tr("Already paid"), warning.message.render())
            if answer == QMessageBox.StandardButton.Yes:
                return self._record(row, first, last, receipt, allow_repeat=True)
            return None
        except CellAppError as error:
            self.message.setText(error.message.render())
            return None

    def undo_last(self) -> None:
        if not self.collected:
            return
        last = self.collected.pop()
        try:
            reverse_payment(
                self.workspace.uow(),
                payment_uuid=last.uuid,
                reason=self.tr("Taken back while collecting fees"),
                on=max(self.paid_on, date.today()),
            )
        except CellAppError as error:
            self.message.setText(error.message.render())
            return
        self.receipts.pop(last.member_uuid, None)
        self.message.setText(
            self.tr("Payment of %1 by %2 taken back.")
            .replace("%1", format_money(last.amount))
            .replace("%2", last.member_name)
        )
        self.reload()


def fee_collection_action(
    parent: QWidget, workspace: Workspace, meeting_day: Callable[[], date] = date.today
) -> tuple[str, Callable[[str, list[str]], None]]:
    """The (label, callback) a meeting's attendance screen offers: collect fees from those present,
    for the meeting's month, paid on the meeting's day (or today if the meeting is later)."""

    def collect(meeting_id: str, member_uuids: list[str]) -> None:
        day = meeting_day()
        dialog = FeeCollectionDialog(
            workspace,
            month=Month.of(day),
            member_uuids=member_uuids,
            meeting_uuid=meeting_id or None,
            paid_on=min(day, date.today()),
            parent=parent,
        )
        dialog.exec()

    return QCoreApplication.translate("FeeCollectionDialog", "Collect party fees…"), collect
