"""A read-only, row-selecting table view over a RowsTableModel, as every sync list uses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.item_models.rows_table_model import RowsTableModel


def read_only_list(table: QTableView) -> QTableView:
    """The look of every list in CellApp: whole rows selected one at a time, no editing in place,
    alternating row colours, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    return table


class RowsTableWidget(QTableView):
    def __init__(self, headers: list[str], stretch: int = 1) -> None:
        super().__init__()
        self.rows = RowsTableModel(headers)
        self.setModel(self.rows)
        read_only_list(self)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def selected_key(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.rows.key_at(rows[0].row()) if rows else None


def local_time(value: datetime) -> str:
    """A stored UTC time shown in the laptop's local time, day first."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
