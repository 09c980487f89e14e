"""A time of day typed as the secretary says it: "1930", "19:30", "19h30" or "7:05", which may be left empty.

A plain line edit rather than QTimeEdit: a QTimeEdit with "--:--" as its empty value swallows the digits
typed into it, so only the arrow keys changed the time.
"""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtWidgets import QLineEdit, QWidget

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text

_WITH_SEPARATOR = re.compile(r"^(\d{1,2})\s*[:hHgG.]\s*(\d{0,2})$")
_DIGITS = re.compile(r"^\d{1,4}$")


def parse_time(text: str) -> time | None:
    """The time written in text, None when it is not a time of day."""
    text = text.strip()
    match = _WITH_SEPARATOR.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
    elif _DIGITS.match(text):
        hour, minute = (int(text), 0) if len(text) <= 2 else (int(text[:-2]), int(text[-2:]))
    else:
        return None
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class TimeField(QLineEdit):
    def __init__(self, parent: QWidget | None = None, *, field: str = "", label: Text | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = label
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)
        self.setMaximumWidth(80)
        self.editingFinished.connect(self._tidy)

    def _tidy(self) -> None:
        chosen = parse_time(self.text())
        if chosen is not None:
            self.set_value(chosen)

    def value(self) -> time | None:
        """The time typed, None when empty; raises ValidationError naming the field when unreadable."""
        text = self.text().strip()
        if not text:
            return None
        chosen = parse_time(text)
        if chosen is None:
            reason = T(
                "“{text}” is not a time of day: type it as hh:mm, for example 19:30",
                "“{text}” không phải giờ hợp lệ: hãy gõ theo dạng gg:pp, ví dụ 19:30",
                text=text,
            )
            message = (
                T("{field}: {reason}", "{field}: {reason}", field=self.label, reason=reason)
                if self.label
                else reason
            )
            raise ValidationError(message, field=self.field)
        return chosen

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")
