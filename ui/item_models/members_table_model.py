"""The members table: one row per MemberSummary, in the order the service gives (Vietnamese name order).

The sort role gives each column a key Qt can compare, so clicking a header keeps Vietnamese ordering
for names (their rank) and chronological ordering for dates.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cellapp.domain.vietnamese import format_date
from cellapp.services.members import MemberSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class MembersTableModel(QAbstractTableModel):
    COLUMNS = ("number", "name", "sex", "birth", "ethnicity", "status", "admitted", "official")

    def __init__(self) -> None:
        super().__init__()
        self._members: list[MemberSummary] = []

    def set_members(self, members: list[MemberSummary]) -> None:
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def member_at(self, row: int) -> MemberSummary:
        return self._members[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers()[section]

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("Ethnicity"),
            self.tr("Status"),
            self.tr("Admitted"),
            self.tr("Full member since"),
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column, index.row())
        if role == SORT_ROLE:
            return self._sort_value(member, column, index.row())
        if role == UUID_ROLE:
            return member.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            "number",
            "birth",
            "admitted",
            "official",
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, member: MemberSummary, column: str, row: int) -> str:
        if column == "number":
            return str(row + 1)
        if column == "name":
            return member.full_name
        if column == "sex":
            return member.sex.label.render()
        if column == "ethnicity":
            return member.ethnicity or ""
        if column == "status":
            return member.status.label.render()
        value = {"birth": member.birth_date, "admitted": member.admitted_on, "official": member.official_on}[
            column
        ]
        return format_date(value) if value else ""

    def _sort_value(self, member: MemberSummary, column: str, row: int) -> Any:
        if column in ("number", "name"):
            return row
        if column in ("birth", "admitted", "official"):
            value = {
                "birth": member.birth_date,
                "admitted": member.admitted_on,
                "official": member.official_on,
            }
            found = value[column]
            return found.isoformat() if found else ""
        return self._display(member, column, row)
