"""The Cells page table: one row per CellStanding, texts precomputed once per load so that sorting and
filtering 300 rows stay instant; a sort role with the raw values and a filter role with folded text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from cellapp.domain.vietnamese import fold, format_date

if TYPE_CHECKING:
    from cellapp.services.committee import CellStanding

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
_LATE = QBrush(QColor("#b00020"))
_Index = QModelIndex | QPersistentModelIndex


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{round(rate * 100)} %"


class CellsTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._cells: list[CellStanding] = []
        self._texts: list[list[str]] = []
        self._sort: list[list[Any]] = []
        self._folded: list[str] = []
        # Short headings so that seventeen columns fit 1366 pixels; the tooltip says what each one counts.
        self._headers = [
            self.tr("Code"),
            self.tr("Cell"),
            self.tr("Secretary"),
            self.tr("Last file"),
            self.tr("Days"),
            self.tr("Total"),
            self.tr("Full"),
            self.tr("Prob."),
            self.tr("Exempt"),
            self.tr("Away"),
            self.tr("Att."),
            self.tr("Meetings"),
            self.tr("Them."),
            self.tr("Attend."),
            self.tr("Overdue"),
            self.tr("Confl."),
            self.tr("Alerts"),
            self.tr("Review"),
        ]
        self._tips = [
            self.tr("The cell's code given by the committee"),
            self.tr("Cell"),
            self.tr("Who chaired the cell's latest meeting as secretary"),
            self.tr("When the cell's last file was imported (⚠: nothing this month)"),
            self.tr("Days since the last file"),
            self.tr("The cell's members (full + probationary); members attached here are not counted"),
            self.tr("Full members, those exempt, away or suspended included"),
            self.tr("Probationary members, those exempt, away or suspended included"),
            self.tr("Of the total: exempt or temporarily exempt from meetings"),
            self.tr("Of the total: temporarily attached to another organisation"),
            self.tr("Members temporarily attached here (not in the total)"),
            self.tr("Cell meetings held this year / expected (one regular a month, one thematic a quarter)"),
            self.tr("Thematic meetings this quarter"),
            self.tr("Average attendance at this year's meetings"),
            self.tr("Tasks past their due date and not done"),
            self.tr("Open sync conflicts"),
            self.tr("Alerts for this cell"),
            self.tr("Where the cell's annual review stands"),
        ]

    def set_cells(self, cells: list[CellStanding]) -> None:
        self.beginResetModel()
        self._cells = cells
        self._texts = [self._row_texts(c) for c in cells]
        self._sort = [self._row_keys(c) for c in cells]
        self._folded = [fold(f"{c.code} {c.name} {c.secretary}") for c in cells]
        self.endResetModel()

    def cell_at(self, row: int) -> CellStanding:
        return self._cells[row]

    def _row_texts(self, c: CellStanding) -> list[str]:
        received = format_date(c.last_received) if c.last_received else self.tr("never")
        return [
            c.code,
            c.name,
            c.secretary,
            received + (" ⚠" if c.late else ""),
            "" if c.days_since is None else str(c.days_since),
            str(c.members_total),
            str(c.members_full),
            str(c.members_probationary),
            str(c.members_exempt),
            str(c.members_away),
            str(c.members_attached),
            f"{c.meetings_held}/{c.meetings_expected}",
            str(c.thematic_this_quarter),
            _percent(c.attendance_rate),
            str(c.tasks_overdue),
            str(c.open_conflicts),
            str(c.alerts),
            f"{c.review_stage.label.render()} {c.review_year}",
        ]

    @staticmethod
    def _row_keys(c: CellStanding) -> list[Any]:
        return [
            c.code,
            fold(c.name),
            fold(c.secretary),
            c.last_received.toordinal() if c.last_received else 0,
            c.days_since if c.days_since is not None else 10**6,
            c.members_total,
            c.members_full,
            c.members_probationary,
            c.members_exempt,
            c.members_away,
            c.members_attached,
            c.meetings_held - c.meetings_expected,
            c.thematic_this_quarter,
            -1.0 if c.attendance_rate is None else c.attendance_rate,
            c.tasks_overdue,
            c.open_conflicts,
            c.alerts,
            list(type(c.review_stage)).index(c.review_stage),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self._sort[row][column]
        if role == FILTER_ROLE:
            return self._folded[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and self._cells[row].late:
            return _LATE
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and self._cells[row].late:
            return self.tr("Nothing received this month")
        return None


class CellsFilterModel(QSortFilterProxyModel):
    """Sorts by the raw values; keeps rows whose code, name or secretary contain the folded words."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10's replacement for invalidateRowsFilter()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        folded = self.sourceModel().index(source_row, 0, source_parent).data(FILTER_ROLE)
        return all(word in folded for word in self._words)
