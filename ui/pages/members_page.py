"""Members (Đảng viên): the register as a table, with search-as-you-type that ignores case, diacritics
and đ/d, a status filter, and Vietnamese name order."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from cellapp.domain.members import MemberStatus
from cellapp.services.members import list_members
from cellapp.services.workspace import Workspace
from ui.item_models.members_table_model import SORT_ROLE, MembersTableModel
from ui.pages.base import Page
from ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150


class MembersPage(Page):
    def __init__(self, workspace: Workspace, tasks: TaskRunner) -> None:
        super().__init__(workspace, tasks)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("memberSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, card number or citizen ID"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("memberStatusFilter")
        self.status_filter.addItem(self.tr("All current members"), None)
        for status in MemberStatus:
            self.status_filter.addItem(status.label.render(), status.value)
        self.count_label = QLabel()
        self.model = MembersTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("membersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)
        filter_label = QLabel(self.tr("S&tatus:"))
        filter_label.setBuddy(self.status_filter)
        bar = QHBoxLayout()
        bar.addWidget(search_label)
        bar.addWidget(self.search_box, 2)
        bar.addWidget(filter_label)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)

    def title(self) -> str:
        return self.tr("Members")

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def refresh(self) -> None:
        status_value = self.status_filter.currentData()
        statuses = frozenset({MemberStatus(status_value)}) if status_value else None
        members = list_members(
            self.workspace.uow(read_only=True), search=self.search_box.text(), statuses=statuses
        )
        self.model.set_members(members)
        self.count_label.setText(self.tr("%n member(s)", "", len(members)))
