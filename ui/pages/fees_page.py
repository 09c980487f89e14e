"""Fees (Đảng phí): the member × month grid of the year, filters (unpaid, in arrears, exempt, reduced…),
totals that reconcile, and quick keyboard entry — Enter records a payment for the selected member and
month, Space pays that month at once, F2 opens the member's fee account. From here the secretary also
collects fees at a meeting, records remittances, prints the fee book and the fee report, and sets the
wage region and the cell's share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.fee_ledger import MonthState
from cellapp.domain.fees import PaymentChannel
from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import format_money, matches
from cellapp.services.workspace import Workspace
from ui.item_models.fee_grid_table_model import STATE_COLOURS, FeeGridTableModel
from ui.ops import Area, Ops
from ui.pages.base import Page
from ui.pages.fee_printer import FeePrinter
from ui.widgets.fee_inputs import MonthEdit

# The fee services and dialogs are imported when first used: opening the workspace (whose first page is
# the Overview) does not pay for them.
if TYPE_CHECKING:
    from cellapp.services.fees import FeeLedgerView, MemberFeeRow
    from ui.dialogs.fee_collection_dialog import FeeCollectionDialog
    from ui.dialogs.fee_payment_dialog import FeePaymentDialog

SEARCH_DELAY_MS = 150

_FILTERS: dict[str, Callable[[MemberFeeRow, Month], bool]] = {
    "all": lambda row, month: True,
    "unpaid": lambda row, month: (
        (e := row.at(month)) is not None and e.state in (MonthState.UNPAID, MonthState.PARTIAL)
    ),
    "arrears": lambda row, month: row.summary.arrears > 0,
    "strike": lambda row, month: row.summary.strike_warning,
    "exempt": lambda row, month: (e := row.at(month)) is not None and e.state is MonthState.EXEMPT,
    "reduced": lambda row, month: (
        (e := row.at(month)) is not None and e.assessment is not None and e.assessment.reduction_percent > 0
    ),
    "undeclared": lambda row, month: row.category_assumed,
}


class FeesPage(Page):
    shows = frozenset({Area.FEES, Area.MEMBERS})  # every member has a row

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        tasks = ops.tasks
        self.today = date.today()
        self.view: FeeLedgerView | None = None
        self.status = QLabel()
        self.status.setObjectName("feeStatus")
        self.status.setWordWrap(True)
        self.printer = FeePrinter(self, workspace, tasks, self.status, lambda: self.today)
        self.month = MonthEdit(Month.of(self.today))
        self.month.setObjectName("feesMonth")
        self.filter = QComboBox()
        self.filter.setObjectName("feesFilter")
        for key, label in (
            ("all", self.tr("Everyone")),
            ("unpaid", self.tr("Not paid this month")),
            ("arrears", self.tr("In arrears")),
            ("strike", self.tr("Three or more unpaid months this year")),
            ("exempt", self.tr("Exempt this month")),
            ("reduced", self.tr("Reduced this month")),
            ("undeclared", self.tr("Category not declared")),
        ):
            self.filter.addItem(label, key)
        self.search = QLineEdit()
        self.search.setObjectName("feesSearch")
        self.search.setPlaceholderText(self.tr("Search by name"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        filter_label = QLabel(self.tr("S&how:"))
        filter_label.setBuddy(self.filter)
        bar = QHBoxLayout()
        bar.addWidget(month_label)
        bar.addWidget(self.month)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)

        actions = QHBoxLayout()
        for text, name, slot in (
            (self.tr("&Collect fees…"), "collectFees", self.open_collection),
            (self.tr("&Record payment…"), "recordPayment", self.open_payment),
            (self.tr("M&ember's fees…"), "memberFees", self.open_member),
            (self.tr("Re&mit…"), "remitFees", self.open_remittance),
            (self.tr("&Print fee book…"), "printFeeBook", self.print_book),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, run=slot: run())
            actions.addWidget(button)
        reports = QToolButton()
        reports.setText(self.tr("Fee &report"))
        reports.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        reports_menu = QMenu(reports)
        reports_menu.aboutToShow.connect(
            lambda: self.printer.fill_reports_menu(reports_menu, self.selected_month().year)
        )
        reports.setMenu(reports_menu)
        actions.addWidget(reports)
        settings = QPushButton(self.tr("&Settings…"))
        settings.clicked.connect(self.open_settings)
        actions.addWidget(settings)
        actions.addStretch(1)

        self.model = FeeGridTableModel()
        self.table = QTableView()
        self.table.setObjectName("feeGrid")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.open_payment())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.totals = QLabel()
        self.totals.setObjectName("feeTotals")
        self.totals.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Enter: record a payment · Space: pay the selected month now · F2: the member's fee account"
            )
        )
        hint.setStyleSheet("color: #555")
        swatch = "<span style='background:{}'>&nbsp;{}&nbsp;</span>"
        self.legend = QLabel(
            " · ".join(
                [
                    swatch.format(STATE_COLOURS[MonthState.PAID].name(), self.tr("paid")),
                    swatch.format(STATE_COLOURS[MonthState.PAID_AHEAD].name(), self.tr("paid ahead")),
                    swatch.format(STATE_COLOURS[MonthState.PARTIAL].name(), self.tr("part paid")),
                    swatch.format(STATE_COLOURS[MonthState.UNPAID].name(), self.tr("owed")),
                    swatch.format(STATE_COLOURS[MonthState.EXEMPT].name(), self.tr("exempt")),
                    self.tr(
                        "⚑ three months or more unpaid this year: without a valid reason, the cell considers "
                        "striking the name (Charter art. 8)"
                    ),
                    self.tr("right click on a member: the same actions"),
                ]
            )
        )
        self.legend.setObjectName("feeLegend")
        self.legend.setWordWrap(True)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.status)
        layout.addWidget(self.legend)
        layout.addWidget(hint)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.show_rows)
        self.search.textChanged.connect(self._debounce.start)
        self.filter.currentIndexChanged.connect(self.show_rows)
        self.month.dateChanged.connect(self._month_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    # -- data -------------------------------------------------------------------------------------------

    def selected_month(self) -> Month:
        return self.month.month()

    def refresh(self) -> None:
        from cellapp.services.fees import fee_ledger

        self.view = fee_ledger(
            self.workspace.uow(read_only=True),
            year=self.selected_month().year,
            reference=Month.of(self.today),
        )
        self.show_rows()

    def _month_changed(self) -> None:
        if self.view is None or self.view.months[0].year != self.selected_month().year:
            self.refresh()
        else:
            self.show_rows()

    def show_rows(self) -> None:
        if self.view is None:
            return
        month = self.selected_month()
        keep = _FILTERS[str(self.filter.currentData())]
        query = self.search.text()
        rows = [r for r in self.view.rows if keep(r, month) and matches(query, r.full_name)]
        selected = self.selected_member()
        self.model.set_rows(self.view, rows, month)
        self.count.setText(self.tr("%n member(s)", "", len(rows)))
        self._show_totals(month)
        column = self.model.column_of_month(month)
        for index, row in enumerate(rows):
            if row.member_uuid == selected:
                self.table.setCurrentIndex(self.model.index(index, max(column, 0)))
                break
        else:
            if rows:
                self.table.setCurrentIndex(self.model.index(0, max(column, 0)))

    def _show_totals(self, month: Month) -> None:
        assert self.view is not None
        totals = self.view.totals(month)
        year = self.view.totals_through_reference()
        self.totals.setText(
            self.tr("%1: %2 members · due %3 · exempted or reduced %4 · paid %5 · still owed %6")
            .replace("%1", month.label)
            .replace("%2", str(totals.members))
            .replace("%3", format_money(totals.standard))
            .replace("%4", format_money(totals.relieved))
            .replace("%5", format_money(totals.paid))
            .replace("%6", format_money(totals.outstanding))
            + "\n"
            + self.tr("Year %1 to date: due %2 · paid %3 · arrears of all members %4")
            .replace("%1", str(month.year))
            .replace("%2", format_money(year.standard))
            .replace("%3", format_money(year.paid))
            .replace("%4", format_money(self.view.arrears))
        )

    def selected_member(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).member_uuid

    def _selection(self) -> tuple[MemberFeeRow, Month] | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return row, self.model.month_of_column(index.column()) or self.selected_month()

    # -- keys -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_payment()
                return True
            if key == Qt.Key.Key_Space:
                self.quick_pay()
                return True
            if key == Qt.Key.Key_F2:
                self.open_member()
                return True
        return super().eventFilter(watched, event)

    # -- actions ----------------------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The selected member's fee actions, as the grid's right-click menu offers them."""
        menu = QMenu(self)
        menu.addAction(self.tr("Pay the selected month now (Space)"), self.quick_pay)
        menu.addAction(self.tr("Record a payment… (Enter)"), self.open_payment)
        menu.addAction(self.tr("The member's fees… (F2)"), self.open_member)
        return menu

    def _context_menu(self, position: object) -> None:
        from PySide6.QtCore import QPoint

        assert isinstance(position, QPoint)
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.context_menu().popup(self.table.viewport().mapToGlobal(position))

    def quick_pay(self) -> None:
        """Pay the selected month for the selected member, in cash, today, with the next receipt."""
        from cellapp.services.fees import RepeatPaymentWarning, next_receipt_number, record_payment

        selection = self._selection()
        if selection is None:
            return
        row, month = selection
        allow = False
        while True:
            try:
                payment = record_payment(
                    self.workspace.uow(),
                    member_uuid=row.member_uuid,
                    first_month=month,
                    paid_on=self.today,
                    channel=PaymentChannel.CASH,
                    receipt_number=next_receipt_number(self.workspace.uow(read_only=True)),
                    allow_repeat=allow,
                    today=self.today,
                )
            except RepeatPaymentWarning as warning:
                if QMessageBox.question(self, self.tr("Already paid"), warning.message.render()) != (
                    QMessageBox.StandardButton.Yes
                ):
                    return
                allow = True
                continue
            except CellAppError as error:
                self.status.setText(error.message.render())
                return
            break
        self.status.setText(
            self.tr("%1: %2 for %3 recorded, receipt %4.")
            .replace("%1", row.full_name)
            .replace("%2", format_money(payment.amount))
            .replace("%3", month.label)
            .replace("%4", payment.receipt_number or "")
        )
        self.announce(Area.FEES)
        self.refresh()

    def payment_dialog(self) -> FeePaymentDialog | None:
        from ui.dialogs.fee_payment_dialog import FeePaymentDialog

        selection = self._selection()
        if selection is None:
            return None
        row, month = selection
        owed = [m for m in row.summary.arrears_months if m <= month]
        first = min(owed) if owed else month
        dialog = FeePaymentDialog(
            self.workspace,
            member_uuid=row.member_uuid,
            member_name=row.full_name,
            first=first,
            last=month,
            today=self.today,
            parent=self,
        )
        dialog.payment_recorded.connect(lambda payment: self._after_payment(row.full_name, payment))
        return dialog

    def _after_payment(self, name: str, payment: object) -> None:
        amount = getattr(payment, "amount", 0)
        self.status.setText(
            self.tr("%1: %2 recorded.").replace("%1", name).replace("%2", format_money(amount))
        )
        self.announce(Area.FEES)
        self.refresh()

    def open_payment(self) -> None:
        dialog = self.payment_dialog()
        if dialog is not None:
            dialog.exec()

    def open_member(self) -> None:
        from ui.dialogs.member_fee_dialog import MemberFeeDialog

        member = self.selected_member()
        if member is None:
            return
        dialog = MemberFeeDialog(self.workspace, member_uuid=member, month=self.selected_month(), parent=self)
        dialog.exec()
        self.announce(Area.FEES)
        self.refresh()

    def collection_dialog(self) -> FeeCollectionDialog:
        from ui.dialogs.fee_collection_dialog import FeeCollectionDialog

        return FeeCollectionDialog(
            self.workspace, month=self.selected_month(), paid_on=self.today, parent=self
        )

    def open_collection(self) -> None:
        self.collection_dialog().exec()
        self.announce(Area.FEES)
        self.refresh()

    def open_remittance(self) -> None:
        from ui.dialogs.fee_remittance_dialog import FeeRemittanceDialog

        FeeRemittanceDialog(self.workspace, today=self.today, parent=self).exec()
        self.announce(Area.FEES)
        self.refresh()

    def open_settings(self) -> None:
        from ui.dialogs.fee_settings_dialog import FeeSettingsDialog

        if FeeSettingsDialog(self.workspace, parent=self).exec():
            self.announce(Area.FEES)
            self.refresh()

    # -- printing ---------------------------------------------------------------------------------------

    def print_book(self, target: Path | None = None) -> None:
        self.printer.print_book(self.selected_month(), target)

    def print_report(self, period: Period, target: Path | None = None) -> None:
        self.printer.print_report(period, target)
