"""The conflict queue (hàng chờ xử lý): each write that needs a person, and for the one selected both
values side by side, ours and the incoming one. Settling records what the person did about it."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.sync import ConflictItem, list_conflicts, settle_conflict
from cellapp.services.workspace import Workspace
from ui.widgets.rows_table import RowsTableWidget, local_time


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictsWidget(QWidget):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._items: dict[int, ConflictItem] = {}
        self.table = RowsTableWidget(
            [self.tr("Received"), self.tr("From"), self.tr("Record"), self.tr("Why it waits")], stretch=3
        )
        self.table.setObjectName("conflictsTable")
        self.details = RowsTableWidget(
            [self.tr("Field"), self.tr("Our copy"), self.tr("Incoming")], stretch=2
        )
        self.details.setObjectName("conflictDetails")
        self.empty = QLabel(self.tr("Nothing waits for a decision."))
        self.settle_button = QPushButton(self.tr("Mark as &settled…"))
        self.settle_button.setEnabled(False)
        self.settle_button.clicked.connect(self._settle)
        explanation = QLabel(
            self.tr(
                "Only the owner of a record may change it: settling records what you did (for example, "
                "told the cell by phone); the record stays as it is."
            )
        )
        explanation.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        bar = QHBoxLayout()
        bar.addWidget(self.empty, 1)
        bar.addWidget(self.settle_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

    def refresh(self) -> None:
        self.show_conflicts(list_conflicts(self.workspace.uow(read_only=True)))

    def show_conflicts(self, items: list[ConflictItem]) -> None:
        self._items = {item.id: item for item in items}
        self.table.rows.set_rows(
            [
                [
                    local_time(item.created_at),
                    item.from_code,
                    item.label,
                    item.reason_label.render(),
                ]
                for item in items
            ],
            keys=[item.id for item in items],
        )
        self.empty.setVisible(not items)
        self.details.rows.set_rows([])
        self.settle_button.setEnabled(False)
        if items:
            self.table.selectRow(0)

    def _show_selected(self) -> None:
        item = self._items.get(self.table.selected_key())
        self.settle_button.setEnabled(item is not None)
        if item is None:
            self.details.rows.set_rows([])
            return
        self.details.rows.set_rows([[d.name, _shown(d.local), _shown(d.incoming)] for d in item.differences])

    def _settle(self) -> None:
        conflict_id = self.table.selected_key()
        if conflict_id is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Settle the conflict"), self.tr("What was done about it (for the record):")
        )
        if not ok:
            return
        try:
            settle_conflict(
                self.workspace.uow(), conflict_id=conflict_id, note=note, actor=self.workspace.actor
            )
        except CellAppError as error:
            self.empty.setText(error.message.render())
            return
        self.refresh()
