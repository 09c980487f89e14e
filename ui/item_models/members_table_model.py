"""The members table: one row per MemberSummary, in the order the service gives (Vietnamese name order).

The model sorts itself when a header is clicked (no proxy model: a proxy would call back into Python for
every comparison, seconds for 10,000 members): names keep the service's Vietnamese order (their rank),
dates sort chronologically. The sort role still gives each column its key.
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
        self._rank: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.AscendingOrder)

    def set_members(self, members: list[MemberSummary]) -> None:
        """Show `members`, given in the service's Vietnamese order, under the current sort."""
        self.beginResetModel()
        self._rank = {member.uuid: rank for rank, member in enumerate(members)}
        self._members = self._sorted(members, *self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._members = self._sorted(self._members, column, order)
        self.layoutChanged.emit()

    def _sorted(self, members: list[MemberSummary], column: int, order: Qt.SortOrder) -> list[MemberSummary]:
        name = self.COLUMNS[column]
        if name in ("number", "name"):
            ordered = sorted(members, key=lambda m: self._rank.get(m.uuid, 0))
        else:
            ordered = sorted(members, key=lambda m: (self._sort_value(m, name, 0), self._rank.get(m.uuid, 0)))
        return ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered

    def member_at(self, row: int) -> MemberSummary:
        return self._members[row]

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, member in enumerate(self._members) if member.uuid == uuid), None)

    def members(self) -> list[MemberSummary]:
        return list(self._members)

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
        if role == Qt.ItemDataRole.ToolTipRole and column in ("name", "status"):
            return self._display(member, column, index.row())  # long status names are cut in the column
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
            return self._rank.get(member.uuid, row)
        if column in ("birth", "admitted", "official"):
            value = {
                "birth": member.birth_date,
                "admitted": member.admitted_on,
                "official": member.official_on,
            }
            found = value[column]
            return found.isoformat() if found else ""
        return self._display(member, column, row)
