"""Members (Đảng viên): the register, and the Regulation 213 tab.

The register is a table with search-as-you-type that ignores case, diacritics and đ/d, filters (status,
sex, ethnicity, where the member lives), Vietnamese name order kept by the database, and beside it the
selected member's record and history. Add, Edit, the Actions menu (lifecycle events allowed for the
member's status), Import and Export are in the bar above; `MemberActions` runs them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.members import MemberStatus, Sex
from cellapp.services.members import (
    MemberDetail,
    MemberSummary,
    ResidenceFilter,
    get_member,
    list_members,
    member_ethnicities,
    member_ids,
)
from cellapp.services.workspace import Workspace
from ui.item_models.members_table_model import MembersTableModel
from ui.ops import Area, Ops
from ui.pages.base import Page
from ui.pages.member_actions import MemberActions
from ui.pages.residence_widget import ResidenceWidget
from ui.widgets.member_detail_widget import MemberDetailWidget
from ui.widgets.rows_table import read_only_list

SEARCH_DELAY_MS = 150
_COLUMN_WIDTHS = (34, 160, 62, 84, 62, 172, 104, 100)


class MembersPage(Page):
    # At the committee the cells' members are read in each cell's file (Cells page), never edited.

    shows = frozenset({Area.MEMBERS})

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        tasks = ops.tasks
        self.actions = MemberActions(workspace, tasks, self)
        self.actions.changed.connect(self._changed)
        self.actions.notice.connect(self._show_notice)
        self._selected_uuid: str | None = None
        self._ethnicities_loaded = False
        self._all: list[MemberSummary] = []

        self.search_box = QLineEdit()
        self.search_box.setObjectName("memberSearch")
        self.search_box.setPlaceholderText(self.tr("Search by name, card number or citizen ID"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("memberStatusFilter")
        self.status_filter.addItem(self.tr("All current members"), None)
        self.status_filter.addItem(self.tr("Everyone, former members too"), "all")
        for status in MemberStatus:
            self.status_filter.addItem(status.label.render(), status.value)
        self.sex_filter = QComboBox()
        self.sex_filter.setObjectName("memberSexFilter")
        self.sex_filter.addItem(self.tr("Both sexes"), None)
        for sex in Sex:
            self.sex_filter.addItem(sex.label.render(), sex.value)
        self.ethnicity_filter = QComboBox()
        self.ethnicity_filter.setObjectName("memberEthnicityFilter")
        self.ethnicity_filter.addItem(self.tr("All ethnicities"), None)
        self.residence_filter = QComboBox()
        self.residence_filter.setObjectName("memberResidenceFilter")
        self.residence_filter.addItem(self.tr("Living anywhere"), None)
        self.residence_filter.addItem(
            self.tr("Living in another place (213)"), ResidenceFilter.LIVES_ELSEWHERE.value
        )
        self.residence_filter.addItem(self.tr("Living here"), ResidenceFilter.LIVES_HERE.value)
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")

        self.add_button = QPushButton(self.tr("&Add member…"))
        self.add_button.setObjectName("addMember")
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("editMember")
        self.actions_menu = QMenu(self)
        self.actions_menu.aboutToShow.connect(
            lambda: self.actions.fill_menu(self.actions_menu, self.detail.detail)
        )
        self.actions_button = QToolButton()
        self.actions_button.setObjectName("memberActions")
        self.actions_button.setText(self.tr("Ac&tions"))
        self.actions_button.setMenu(self.actions_menu)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importMembers")
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("exportMembers")
        self.notice = QLabel()
        self.notice.setObjectName("memberNotice")
        self.notice.setStyleSheet("color: #1f6f3a")
        self.add_button.clicked.connect(self.actions.add)
        self.edit_button.clicked.connect(self._edit)
        self.import_button.clicked.connect(self.actions.import_file)
        self.export_button.clicked.connect(self.actions.export_file)

        self.model = MembersTableModel()
        self.table = QTableView()
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        read_only_list(self.table)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Set widths: measuring 10,000 rows for "resize to contents" would make the page slow to open.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda _index: self._edit())

        self.detail = MemberDetailWidget()
        self.detail.reverse_requested.connect(self._reverse)
        self.residence = ResidenceWidget(workspace)
        self.residence.member_activated.connect(self.show_member)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("membersTabs")
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        self.tabs.addTab(self.residence, self.tr("Regulation 213"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._debounce.start)
        for box in (self.status_filter, self.sex_filter, self.ethnicity_filter, self.residence_filter):
            box.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.actions.add)
        self._update_buttons()

    def _register_tab(self) -> QWidget:
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_box)
        filter_label = QLabel(self.tr("S&tatus:"))
        filter_label.setBuddy(self.status_filter)
        for box in (self.status_filter, self.sex_filter, self.ethnicity_filter, self.residence_filter):
            # Each filter shows its longest choice whole ("Cư trú ở mọi nơi"); long status names are
            # capped so that the row still fits a 1366-pixel screen, the search box giving way first.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMaximumWidth(250)
        self.search_box.setMinimumWidth(160)
        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search_box, 4)
        filters.addWidget(filter_label)
        filters.addWidget(self.status_filter, 2)
        filters.addWidget(self.sex_filter, 1)
        filters.addWidget(self.ethnicity_filter, 1)
        filters.addWidget(self.residence_filter, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.actions_button):
            buttons.addWidget(button)
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 300])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return page

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_box.setFocus()
        self.search_box.selectAll()

    # -------------------------------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Reload the members for the current filters, then apply the search."""
        if not self._ethnicities_loaded:
            self._load_ethnicities()
        self._all = list_members(self.workspace.uow(read_only=True), **self._filters())
        self._apply_search()

    def _filters(self) -> dict[str, Any]:
        status_value = self.status_filter.currentData()
        sex = self.sex_filter.currentData()
        residence = self.residence_filter.currentData()
        return {
            "statuses": frozenset({MemberStatus(status_value)})
            if status_value not in (None, "all")
            else None,
            "include_former": status_value == "all",
            "sex": Sex(sex) if sex else None,
            "ethnicity": self.ethnicity_filter.currentData(),
            "residence": ResidenceFilter(residence) if residence else None,
        }

    def _apply_search(self) -> None:
        """Each keystroke asks the service which of the loaded members match, in order (ids only)."""
        text = self.search_box.text()
        if text.strip():
            found = set(
                member_ids(self.workspace.uow(read_only=True), search=text, ordered=False, **self._filters())
            )
            members = [member for member in self._all if member.uuid in found]
        else:
            members = self._all
        self.model.set_members(members)
        self.count_label.setText(self.tr("%n member(s)", "", len(members)))
        if self._selected_uuid and not self._select(self._selected_uuid):
            self.detail.show_detail(None)
        self._update_buttons()

    def _load_ethnicities(self) -> None:
        self._ethnicities_loaded = True
        for name in member_ethnicities(self.workspace.uow(read_only=True)):
            self.ethnicity_filter.addItem(name, name)

    def _select(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def show_member(self, uuid: str) -> None:
        """Show one member in the register, clearing filters that would hide them."""
        self.tabs.setCurrentIndex(0)
        self._selected_uuid = uuid
        self.refresh()
        for status_index in (0, 1):  # current members first, then everyone
            if self.model.row_of(uuid) is not None:
                break
            for box in (self.status_filter, self.sex_filter, self.ethnicity_filter, self.residence_filter):
                box.blockSignals(True)
                box.setCurrentIndex(status_index if box is self.status_filter else 0)
                box.blockSignals(False)
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.refresh()
        self._load_detail(uuid)

    def _row_changed(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return
        member = self.model.member_at(index.row())
        if member.uuid != (self.detail.detail.uuid if self.detail.detail else None):
            self._selected_uuid = member.uuid
            self._load_detail(member.uuid)

    def _load_detail(self, uuid: str) -> None:
        try:
            detail = get_member(self.workspace.uow(read_only=True), uuid)
        except CellAppError:
            detail = None
        self.detail.show_detail(detail)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.detail.detail is not None
        self.edit_button.setEnabled(chosen)
        self.actions_button.setEnabled(chosen)

    # -------------------------------------------------------------------------------------- actions
    def _edit(self) -> None:
        if self.detail.detail is not None:
            self.actions.edit(self.detail.detail)

    def _reverse(self, entry: object) -> None:
        from cellapp.services.members import HistoryEntry

        detail: MemberDetail | None = self.detail.detail
        if detail is not None and isinstance(entry, HistoryEntry):
            self.actions.reverse(detail, entry)

    def _changed(self, uuid: str) -> None:
        # A member added, edited, moved on or imported: the fee book, meetings and Overview follow.
        self.announce(Area.MEMBERS)
        chosen = self.ethnicity_filter.currentData()
        self.ethnicity_filter.blockSignals(True)
        while self.ethnicity_filter.count() > 1:
            self.ethnicity_filter.removeItem(1)
        self._load_ethnicities()
        self.ethnicity_filter.setCurrentIndex(max(self.ethnicity_filter.findData(chosen), 0))
        self.ethnicity_filter.blockSignals(False)
        if uuid:
            self.show_member(uuid)
        else:
            self._selected_uuid = None
            self.detail.show_detail(None)
            self.refresh()
        if self.tabs.currentIndex() == 1:
            self.residence.refresh()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        # The notice is the timer's context: if the page is closed first, the timer is cancelled with it.
        QTimer.singleShot(
            15000, self.notice, lambda: self.notice.setText("") if self.notice.text() == text else None
        )

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.residence.refresh()
