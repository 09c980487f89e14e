"""Inputs the fee screens share: a month picker (MM/yyyy), a day picker (dd/MM/yyyy) and an amount of
money in whole đồng that reads `11.100`, `11100` or `11.100 đ` and shows `11.100 đ`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from cellapp.domain.months import Month
from cellapp.domain.vietnamese import InvalidMoneyError, format_money, parse_money


class MonthEdit(QDateEdit):
    """A month, shown `11/2026`; the arrow keys step a month at a time."""

    def __init__(self, month: Month, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("MM/yyyy")
        self.setCalendarPopup(False)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 1))
        self.set_month(month)

    def month(self) -> Month:
        value = self.date()
        return Month(value.year(), value.month())

    def set_month(self, month: Month) -> None:
        self.setDate(QDate(month.year, month.month, 1))


class DayEdit(QDateEdit):
    """A calendar day, shown `05/11/2026`, with a calendar popup."""

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.set_day(day)

    def day(self) -> date:
        value = self.date()
        return date(value.year(), value.month(), value.day())

    def set_day(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))


class MoneyEdit(QLineEdit):
    """An amount in whole đồng. `amount()` raises InvalidMoneyError with the reason in both languages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int | None:
        """None when left empty (the caller decides what empty means)."""
        if not self.text().strip():
            return None
        return parse_money(self.text())

    def set_amount(self, amount: int | None) -> None:
        self.setText(format_money(amount) if amount is not None else "")

    def _tidy(self) -> None:
        try:
            value = self.amount()
        except InvalidMoneyError:
            return
        if value is not None:
            self.setText(format_money(value))
