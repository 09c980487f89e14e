"""A read-only table over rows a page prepared from service results (text per cell, a key per row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    def __init__(self, headers: list[str], *, numeric_columns: tuple[int, ...] = ()) -> None:
        super().__init__()
        self._headers = headers
        self._numeric = frozenset(numeric_columns)  # counts and scores: aligned to the right
        self._rows: list[list[str]] = []
        self._keys: list[Any] = []
        self._tips: list[str] = []

    def set_rows(
        self, rows: list[list[str]], keys: list[Any] | None = None, tips: list[str] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = rows
        self._keys = keys if keys is not None else list(range(len(rows)))
        self._tips = tips if tips is not None else [""] * len(rows)
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        return self._keys[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self._tips[index.row()]:
            return self._tips[index.row()]
        return None
