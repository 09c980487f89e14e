"""A read-only, row-selecting table view over a RowsTableModel, as every sync list uses."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.item_models.rows_table_model import RowsTableModel


class RowsTableWidget(QTableView):
    def __init__(self, headers: list[str], stretch: int = 1) -> None:
        super().__init__()
        self.rows = RowsTableModel(headers)
        self.setModel(self.rows)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def selected_key(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.rows.key_at(rows[0].row()) if rows else None


def local_time(value: datetime) -> str:
    """A stored UTC time shown in the laptop's local time, day first."""
    return value.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
