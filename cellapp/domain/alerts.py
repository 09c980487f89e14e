"""Alerts (việc cần làm): things the secretary should act on soon, from any feature.

An alert names its kind (a short code the feature chooses, e.g. "recognition_due"), how pressing it is,
the member it concerns if any, the day it falls due, and a message in both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from cellapp.domain.l10n import T, Text


class Severity(IntEnum):
    INFO = 1  # worth knowing this year
    SOON = 2  # falls due within the coming weeks
    OVERDUE = 3  # the date has passed and nothing is recorded

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Severity.INFO: T("This year", "Trong năm"),
    Severity.SOON: T("Soon", "Sắp đến hạn"),
    Severity.OVERDUE: T("Overdue", "Quá hạn"),
}


@dataclass(frozen=True)
class Alert:
    kind: str
    severity: Severity
    message: Text
    due_on: date | None = None
    member_uuid: str | None = None
    member_name: str | None = None

    def sort_key(self) -> tuple[int, date, str]:
        return (-self.severity, self.due_on or date.max, self.member_name or "")
