"""Cells (Chi bộ), in a committee workspace: where every enrolled cell stands (issue 6 §1): last file
received and whether it is late, members by status, meetings against those expected, attendance, overdue
tasks, conflicts and alerts. Sortable by any column, filtered as you type; a double-click opens the
cell's file; the statistics report is printed from here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.committee import CellStanding, list_cell_standings
from cellapp.services.workspace import Workspace
from ui.item_models.cells_table_model import CellsFilterModel, CellsTableModel
from ui.ops import Area, Ops
from ui.pages.base import Page
from ui.widgets.rows_table import read_only_list


class CellsPage(Page):
    shows = frozenset({Area.COMMITTEE, Area.MEMBERS, Area.SYNC})

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        self.model = CellsTableModel()
        self.proxy = CellsFilterModel()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("cellsSearch")
        self.search.setPlaceholderText(self.tr("Code, cell or secretary"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.count_label = QLabel()
        self.open_button = QPushButton(self.tr("&Open cell file…"))
        self.open_button.clicked.connect(self.open_selected)
        self.report_button = QPushButton(self.tr("&Statistics report…"))
        self.report_button.clicked.connect(self.open_report)
        self.table = QTableView()
        self.table.setObjectName("cellsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        read_only_list(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index))
        self.table.activated.connect(lambda index: self.open_row(index))
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        uow = self.workspace.uow(read_only=True)
        today = date.today()
        self.count_label.setText(self.tr("Loading…"))
        self.tasks.run(lambda: list_cell_standings(uow, today=today), self.show_cells, self._failed)

    def show_cells(self, cells: list[CellStanding]) -> None:
        self.model.set_cells(cells)
        # Sized once per load (not on every sort or keystroke: that would be slow with 300 cells).
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 150))
        self.table.setColumnWidth(3, min(self.table.columnWidth(3), 100))
        for column in range(4, self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 64))
        self._fit_to_width()
        self._update_count()
        if not cells:
            self.count_label.setText(self.tr("No cell is enrolled yet: invite cells on the Sync page."))

    def _fit_to_width(self) -> None:
        """Narrow the columns (names first, then the figures) until the table fits without sideways
        scrolling on a 1366-pixel screen; a cut name or heading shows whole in its tooltip."""
        available = self.table.viewport().width() or self.table.width()
        if available <= 0:
            return
        for columns, floor in (((1, 2, 3), 96), (tuple(range(4, self.model.columnCount())), 40)):
            excess = self.table.horizontalHeader().length() - available
            if excess <= 0:
                return
            room = {c: max(self.table.columnWidth(c) - floor, 0) for c in columns}
            total = sum(room.values())
            if not total:
                continue
            for column, spare in room.items():
                cut = min(spare, -(-excess * spare // total))  # a share of the excess, rounded up
                self.table.setColumnWidth(column, self.table.columnWidth(column) - cut)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_to_width()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        late = sum(1 for row in range(self.model.rowCount()) if self.model.cell_at(row).late)
        self.count_label.setText(
            self.tr("%1 of %2 cells, %3 not reported this month")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(late))
        )

    def _failed(self, error: BaseException) -> None:
        text = error.message.render() if isinstance(error, CellAppError) else str(error)
        self.count_label.setText(text)

    def selected(self) -> CellStanding | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.cell_at(self.proxy.mapToSource(rows[0]).row())

    def open_row(self, index: object) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        cell = self.selected()
        if cell is None:
            QMessageBox.information(self, self.tr("Cells"), self.tr("Choose a cell in the table first."))
            return
        from ui.dialogs.cell_file_dialog import CellFileDialog

        dialog = CellFileDialog(self.workspace, cell, self)
        dialog.exec()
        if dialog.transferred:  # members moved between cells: the counts changed
            self.announce(Area.COMMITTEE, Area.MEMBERS)
            self.refresh()

    def open_report(self) -> None:
        from ui.dialogs.statistics_dialog import StatisticsDialog

        StatisticsDialog(self.workspace, self.tasks, self).exec()
