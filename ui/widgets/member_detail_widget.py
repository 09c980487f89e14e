"""One member at a glance, beside the list: the record (with seniority, badge and Regulation 213 facts) and
the history of party life, where a wrong entry can be reversed (never edited)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.lifecycle import OPENING_KINDS, EventKind
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import HistoryEntry, MemberDetail

_ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberDetailWidget(QTabWidget):
    reverse_requested = Signal(object)  # HistoryEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: MemberDetail | None = None
        self.setObjectName("memberDetail")
        self.name = QLabel()
        self.name.setObjectName("detailName")
        font = self.name.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        record = QWidget()
        column = QVBoxLayout(record)
        column.addWidget(self.name)
        column.addLayout(self.facts)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(record)
        self.addTab(scroll, self.tr("Record"))

        self.history = QTreeWidget()
        self.history.setObjectName("memberHistory")
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setHeaderLabels(
            [self.tr("Date"), self.tr("Event"), self.tr("Details"), self.tr("Decision"), self.tr("Note")]
        )
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self.history.itemSelectionChanged.connect(self._selection_changed)
        self.reverse_button = QPushButton(self.tr("&Reverse a wrong entry…"))
        self.reverse_button.setObjectName("reverseEvent")
        self.reverse_button.setEnabled(False)
        self.reverse_button.clicked.connect(self._reverse_clicked)
        self.history_hint = QLabel(
            self.tr(
                "A wrong entry is never edited: select it, reverse it with the reason, then record it again."
            )
        )
        self.history_hint.setWordWrap(True)
        self.no_events = QLabel()
        self.no_events.setObjectName("noEvents")
        self.no_events.setWordWrap(True)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.no_events)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.history_hint)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.reverse_button)
        history_layout.addLayout(bar)
        self.addTab(history_page, self.tr("History"))
        self.show_detail(None)

    def show_detail(self, detail: MemberDetail | None) -> None:
        self.detail = detail
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.history.clear()
        self.reverse_button.setEnabled(False)
        self.no_events.hide()
        if detail is None:
            self.name.setText(self.tr("Select a member in the list."))
            return
        if not detail.has_events:
            entered = format_date(detail.created_at.date()) if detail.created_at else ""
            self.no_events.setText(
                self.tr("Entered in the register as '%1' on %2. No event of party life recorded yet.")
                .replace("%1", detail.status.label.render())
                .replace("%2", entered)
            )
            self.no_events.show()
        self.name.setText(detail.full_name)
        for label, value in self._rows(detail):
            if value:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(label, text)
        for entry in detail.history:
            self.history.addTopLevelItem(self._history_item(entry))

    def _rows(self, detail: MemberDetail) -> list[tuple[str, str]]:
        fields, facts = detail.fields, detail.seniority

        def day(value: object) -> str:
            return format_date(value) if value else ""  # type: ignore[arg-type]

        badge = ""
        if facts.next_badge:
            badge = (
                self.tr("%1 years on %2")
                .replace("%1", str(facts.next_badge[0]))
                .replace("%2", day(facts.next_badge[1]))
            )
        introduction = detail.residence_introduction
        lives_elsewhere = ""
        if introduction is not None and introduction.ended_on is None:
            lives_elsewhere = introduction.residence_cell
            if introduction.commune:
                lives_elsewhere += f", {introduction.commune}"
            if introduction.introduced_on:
                lives_elsewhere += self.tr(" (introduced %1)").replace("%1", day(introduction.introduced_on))
            if introduction.exempt:
                lives_elsewhere += self.tr("; exempt from residence activities")
        return [
            (self.tr("Status:"), detail.status.label.render()),
            (self.tr("Sex:"), fields.sex.label.render()),
            (self.tr("Date of birth:"), day(fields.birth_date)),
            (self.tr("Ethnicity:"), fields.ethnicity or ""),
            (self.tr("Religion:"), fields.religion or ""),
            (self.tr("Citizen ID:"), fields.citizen_id or ""),
            (self.tr("Party card:"), fields.card_number or ""),
            (self.tr("Date admitted:"), day(fields.admitted_on)),
            (self.tr("Admission ceremony:"), day(fields.ceremony_on)),
            (self.tr("Full member since:"), day(fields.official_on)),
            (self.tr("Recognition due:"), day(facts.recognition_due)),
            (
                self.tr("Party seniority:"),
                self.tr("%1 years").replace("%1", str(facts.years)) if facts.years is not None else "",
            ),
            (self.tr("Next Party badge:"), badge),
            (self.tr("No party fees from:"), day(facts.fee_exempt_from)),
            (self.tr("Lives in another place:"), lives_elsewhere),
            (self.tr("Home town:"), fields.home_town or ""),
            (self.tr("Current residence:"), fields.residence or ""),
            (self.tr("Phone:"), fields.phone or ""),
            (self.tr("Occupation:"), fields.occupation or ""),
            (self.tr("Workplace:"), ", ".join(v for v in (fields.position, fields.workplace) if v)),
            (self.tr("Political theory:"), fields.theory_level or ""),
            (self.tr("Notes:"), fields.notes or ""),
        ]

    def _history_item(self, entry: HistoryEntry) -> QTreeWidgetItem:
        details = "; ".join(part.render() for part in entry.details)
        item = QTreeWidgetItem(
            [
                format_date(entry.effective_on),
                entry.kind.label.render(),
                details,
                entry.decision_ref or "",
                entry.note or "",
            ]
        )
        item.setData(0, _ENTRY_ROLE, entry)
        if entry.reversed_by:
            font = QFont(item.font(0))
            font.setStrikeOut(True)
            grey = QBrush(QColor("#888888"))
            for column in range(5):
                item.setFont(column, font)
                item.setForeground(column, grey)
                item.setToolTip(column, self.tr("Reversed: %1").replace("%1", entry.reversal_note or ""))
        elif entry.kind is EventKind.REVERSAL:
            font = QFont(item.font(0))
            font.setItalic(True)
            for column in range(5):
                item.setFont(column, font)
        return item

    def selected_entry(self) -> HistoryEntry | None:
        items = self.history.selectedItems()
        entry = items[0].data(0, _ENTRY_ROLE) if items else None
        return entry if isinstance(entry, HistoryEntry) else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.reverse_button.setEnabled(
            entry is not None
            and entry.reversed_by is None
            and entry.kind is not EventKind.REVERSAL
            and entry.kind not in OPENING_KINDS
        )

    def _reverse_clicked(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.reverse_requested.emit(entry)
