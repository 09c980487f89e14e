"""The fee grid: one row per member, one column per month of the year, then arrears and "paid up to".

A month shows what was paid for it (green), what is still owed (red), "miễn" when exempt, nothing when
the member was not on the list or the month is before the fee book. The tooltip says how the amount was
computed and any exemption or reduction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cellapp.domain.fee_ledger import LedgerMonth, MonthState
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_money

if TYPE_CHECKING:
    from cellapp.services.fees import FeeLedgerView, MemberFeeRow

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
MONTH_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

STATE_COLOURS = {  # the month cells' backgrounds, also shown in the Fees page's legend
    MonthState.PAID: QColor("#dcefdc"),
    MonthState.PAID_AHEAD: QColor("#cfe8f7"),
    MonthState.PARTIAL: QColor("#fbe7c0"),
    MonthState.UNPAID: QColor("#f6d3d3"),
    MonthState.EXEMPT: QColor("#ececec"),
    MonthState.OFF_ROLL: QColor("#f7f7f7"),
    MonthState.BEFORE_BOOK: QColor("#f7f7f7"),
    MonthState.NO_RULES: QColor("#f7f7f7"),
}


class FeeGridTableModel(QAbstractTableModel):
    FIRST_MONTH_COLUMN = 1

    def __init__(self) -> None:
        super().__init__()
        self._months: tuple[Month, ...] = ()
        self._rows: list[MemberFeeRow] = []
        self._current: Month | None = None

    def set_rows(self, view: FeeLedgerView, rows: list[MemberFeeRow], current: Month) -> None:
        self.beginResetModel()
        self._months = view.months
        self._rows = rows
        self._current = current
        self.endResetModel()

    def row_at(self, row: int) -> MemberFeeRow:
        return self._rows[row]

    def month_of_column(self, column: int) -> Month | None:
        index = column - self.FIRST_MONTH_COLUMN
        return self._months[index] if 0 <= index < len(self._months) else None

    def column_of_month(self, month: Month) -> int:
        return self.FIRST_MONTH_COLUMN + self._months.index(month) if month in self._months else -1

    @property
    def arrears_column(self) -> int:
        return self.FIRST_MONTH_COLUMN + len(self._months)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_MONTH_COLUMN + len(self._months) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        month = self.month_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Full name")
            if month is not None:
                return self.tr("M%1").replace("%1", str(month.month))
            if section == self.arrears_column:
                return self.tr("Arrears")
            return self.tr("Paid up to")
        if role == Qt.ItemDataRole.ToolTipRole and month is not None:
            return month.label
        if role == Qt.ItemDataRole.FontRole and month is not None and month == self._current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        month = self.month_of_column(column)
        if role == UUID_ROLE:
            return row.member_uuid
        if role == MONTH_ROLE:
            return month.key if month else None
        if month is not None:
            return self._month_data(row, row.at(month), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.full_name + (" ⚑" if row.summary.strike_warning else "")
            if column == self.arrears_column:
                return format_money(row.summary.arrears) if row.summary.arrears else "–"
            return row.summary.paid_up_to.label if row.summary.paid_up_to else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.arrears_column and row.summary.arrears:
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._member_tooltip(row)
        return None

    def _month_data(self, row: MemberFeeRow, entry: LedgerMonth | None, role: int) -> Any:
        if entry is None:
            return None
        state = entry.state
        if role == Qt.ItemDataRole.DisplayRole:
            if state in (MonthState.PAID, MonthState.PAID_AHEAD, MonthState.PARTIAL):
                return format_money(entry.paid)
            if state is MonthState.UNPAID:
                return format_money(entry.due)
            if state is MonthState.EXEMPT:
                return self.tr("exempt")
            if state is MonthState.UPCOMING:
                return format_money(entry.due)
            return ""
        if role == Qt.ItemDataRole.BackgroundRole:
            color = STATE_COLOURS.get(state)
            return QBrush(color) if color else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if state is MonthState.UNPAID:
                return QBrush(QColor("#a00000"))
            if state is MonthState.UPCOMING:
                return QBrush(QColor("#888888"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._month_tooltip(entry)
        return None

    def _month_tooltip(self, entry: LedgerMonth) -> str:
        lines = [entry.month.label]
        assessment = entry.assessment
        if entry.state is MonthState.OFF_ROLL:
            lines.append(self.tr("Not on the cell's list this month"))
        elif entry.state is MonthState.BEFORE_BOOK:
            lines.append(self.tr("Settled before this fee book"))
        elif entry.state is MonthState.NO_RULES:
            lines.append(self.tr("No fee rules cover this month"))
        if assessment is not None and entry.state.counts:
            lines.append(
                f"{assessment.regulation}: {assessment.basis.render()} = {format_money(assessment.standard)}"
            )
            if assessment.exemption is not None:
                lines.append(self.tr("Exempt"))
            elif assessment.reduction_percent:
                lines.append(self.tr("Reduced by %1%").replace("%1", str(assessment.reduction_percent)))
            lines.append(self.tr("Due: %1").replace("%1", format_money(entry.due)))
            lines.append(self.tr("Paid: %1").replace("%1", format_money(entry.paid)))
            if entry.outstanding:
                lines.append(self.tr("Still owed: %1").replace("%1", format_money(entry.outstanding)))
        return "\n".join(lines)

    def _member_tooltip(self, row: MemberFeeRow) -> str:
        lines = [row.full_name, row.category.label.render()]
        if row.category_assumed:
            lines.append(self.tr("Category not declared yet: assessed as 'other'"))
        if row.summary.strike_warning:
            lines.append(
                self.tr("%1 months unpaid this year: ground for striking the name").replace(
                    "%1", str(len(row.summary.unpaid_in_year))
                )
            )
        return "\n".join(lines)
