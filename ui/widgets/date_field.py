"""A date typed as dd/mm/yyyy (the way Vietnamese forms write dates), which may be left empty.

A plain line edit rather than QDateEdit: secretaries copy dates from paper registers digit by digit, many
fields are legitimately empty, and QDateEdit cannot show "no date".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import InvalidDateError, format_date, parse_date


class DateField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, field: str = "", label: Text | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setMaximumWidth(130)

    def value(self) -> date | None:
        """The date typed, None when empty; raises ValidationError naming the field when unreadable."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except InvalidDateError as error:
            reason = T(error.reason_en, error.reason_vi)
            message = (
                T("{field}: {reason}", "{field}: {reason}", field=self.label, reason=reason)
                if self.label
                else reason
            )
            raise ValidationError(message, field=self.field) from None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")
