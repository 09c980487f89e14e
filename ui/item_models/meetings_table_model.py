"""The meetings table: one row per MeetingSummary (date, kind, topic, status, attendance, absences)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cellapp.domain.vietnamese import format_date

if TYPE_CHECKING:
    from cellapp.services.meetings import MeetingSummary

UUID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class MeetingsTableModel(QAbstractTableModel):
    COLUMNS = ("date", "kind", "topic", "status", "attendance", "absent")

    def __init__(self) -> None:
        super().__init__()
        self._meetings: list[MeetingSummary] = []

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._meetings = meetings
        self.endResetModel()

    def meeting_at(self, row: int) -> MeetingSummary:
        return self._meetings[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._meetings)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Topic"),
            self.tr("Status"),
            self.tr("Present"),
            self.tr("Absent (with / without reason)"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._meetings[index.row()]
        column = self.COLUMNS[index.column()]
        if role == UUID_ROLE:
            return meeting.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("date", "attendance", "absent"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        counts = meeting.counts
        if column == "date":
            return format_date(meeting.held_on)
        if column == "kind":
            label = meeting.kind.label.render()
            return label + self.tr(" (same sitting)") if meeting.combined else label
        if column == "topic":
            return meeting.topic
        if column == "status":
            return meeting.status.label.render()
        if column == "attendance":
            if meeting.status.value == "planned":
                return ""
            rate = f" ({round(100 * counts.present / counts.expected)}%)" if counts.expected else ""
            return f"{counts.present}/{counts.expected}{rate}"
        if meeting.status.value == "planned":
            return ""
        return f"{len(counts.absent_excused)} / {len(counts.absent_unexcused)}"
