"""The editor's Attendance tab (Điểm danh): one row per member listed on the meeting day, marked from the
keyboard (1 present, 2 online, 3 late, 4 absent with reason, 5 absent without reason, 0 clear; the
cursor moves down), with "Everyone present" for the usual case. Members not summoned (exempt, away,
suspended) are listed apart, greyed, with their grade when probationary; a suspended member cannot be
marked present. The counts and voters are computed live by the domain rules.

`ATTENDANCE_ACTIONS` lets other features add a button here: each entry is a factory that, given the
editor, the workspace and the meeting's day, returns (label, callback); the callback receives the
meeting's id and the ids of the members marked present (the fees feature adds "Thu đảng phí" this way).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.attendance import (
    AttendanceCounts,
    AttendanceLine,
    AttendanceMark,
    RosterGroup,
    count_attendance,
)
from cellapp.domain.lifecycle import Grade
from cellapp.domain.members import MemberStatus
from cellapp.services.meetings import AttendanceInput, RosterEntry

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace

AttendanceAction = Callable[[str, list[str]], None]
# factory(editor, workspace, meeting day) -> (button label, callback(meeting_uuid, uuids marked present))
AttendanceActionFactory = Callable[[QWidget, "Workspace", Callable[[], date]], tuple[str, AttendanceAction]]
ATTENDANCE_ACTIONS: list[AttendanceActionFactory] = []

KEYS: dict[int, AttendanceMark | None] = {
    Qt.Key.Key_1: AttendanceMark.PRESENT,
    Qt.Key.Key_2: AttendanceMark.ONLINE,
    Qt.Key.Key_3: AttendanceMark.LATE,
    Qt.Key.Key_4: AttendanceMark.ABSENT_EXCUSED,
    Qt.Key.Key_5: AttendanceMark.ABSENT_UNEXCUSED,
    Qt.Key.Key_0: None,
    Qt.Key.Key_Delete: None,
}
NAME, STATUS, MARK, REASON = 1, 2, 3, 4
UUID_ROLE = Qt.ItemDataRole.UserRole


class AttendanceTable(QTableWidget):
    """A table that takes a mark from a single key press and moves to the next member."""

    mark_typed = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if (
            key in KEYS
            and self.currentColumn() != REASON
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.mark_typed.emit(KEYS[key])
            return
        super().keyPressEvent(event)


class MeetingAttendanceTab(QWidget):
    counts_changed = Signal(object)  # AttendanceCounts

    def __init__(
        self, parent: QWidget | None = None, actions: Sequence[tuple[str, AttendanceAction]] = ()
    ) -> None:
        super().__init__(parent)
        self.meeting_uuid = ""
        self._entries: list[RosterEntry] = []
        self._marks: dict[str, AttendanceMark | None] = {}
        self.table = AttendanceTable(0, 5)
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Full name"),
                self.tr("Status"),
                self.tr("Attendance"),
                self.tr("Reason"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.mark_typed.connect(self._mark_selected)
        self.table.itemChanged.connect(lambda _item: self._update_counts())

        hint = QLabel(
            self.tr(
                "Keys: 1 present · 2 online · 3 late · 4 absent with reason · 5 absent without reason · 0 clear"
            )
        )
        hint.setWordWrap(True)
        self.everyone = QPushButton(self.tr("&Everyone present"))
        self.everyone.setObjectName("everyonePresent")
        self.everyone.clicked.connect(self.mark_everyone_present)
        buttons = QHBoxLayout()
        buttons.addWidget(self.everyone)
        for mark in AttendanceMark:
            button = QPushButton(mark.label.render())
            button.clicked.connect(lambda _checked=False, chosen=mark: self._mark_selected(chosen))
            buttons.addWidget(button)
        for label, action in actions:
            button = QPushButton(label)
            button.clicked.connect(
                lambda _checked=False, run=action: run(self.meeting_uuid, self.present_members())
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        self.summary.setWordWrap(True)
        self.refusal = QLabel()
        self.refusal.setObjectName("attendanceRefusal")
        self.refusal.setStyleSheet("color: #b00020")
        self.refusal.setWordWrap(True)
        self.refusal.setVisible(False)
        self.guests = QLabel()
        self.guests.setObjectName("attendanceGuests")
        self.guests.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.refusal)
        layout.addWidget(self.guests)

    def set_guests(self, guests: list[str]) -> None:
        """Guests from the committee above (entered in the preparation) are listed under the members."""
        text = self.tr("Guests from the committee above: %1").replace("%1", "; ".join(guests))
        self.guests.setText(text if guests else "")
        self.guests.setVisible(bool(guests))

    def load(self, meeting_uuid: str, roster: tuple[RosterEntry, ...]) -> None:
        order = {RosterGroup.SUMMONED: 0, RosterGroup.ATTACHED_HERE: 1, RosterGroup.APART: 2}
        self.meeting_uuid = meeting_uuid
        self._entries = sorted(roster, key=lambda e: order.get(e.group, 3))  # stable: names stay in order
        self._marks = {e.member_uuid: e.mark for e in self._entries}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._entries))
        grey = QBrush(QColor("#777777"))
        for row, entry in enumerate(self._entries):
            cells = [str(row + 1), entry.full_name, self._status_text(entry), "", entry.reason]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, entry.member_uuid)
                if column != REASON:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if entry.group is RosterGroup.APART:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
            self._show_mark(row)
        self.table.blockSignals(False)
        self._update_counts()

    def _status_text(self, entry: RosterEntry) -> str:
        status = entry.status.label.render()
        if entry.group is RosterGroup.APART:
            if entry.grade is Grade.PROBATIONARY:
                return self.tr("%1, probationary (not summoned)").replace("%1", status)
            return self.tr("%1 (not summoned)").replace("%1", status)
        return status

    def _show_mark(self, row: int) -> None:
        mark = self._marks[self._entries[row].member_uuid]
        item = self.table.item(row, MARK)
        item.setText(mark.label.render() if mark else "")

    def _mark_selected(self, mark: AttendanceMark | None) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        if not rows:
            return
        self.table.blockSignals(True)
        refused = []
        for row in rows:
            entry = self._entries[row]
            if entry.status is MemberStatus.SUSPENDED and mark is not None and mark.is_present:
                refused.append(entry.full_name)
                continue
            self._marks[entry.member_uuid] = mark
            self._show_mark(row)
        self.table.blockSignals(False)
        self.refusal.setText(
            self.tr("Suspended from party activity, not marked present: %1").replace("%1", ", ".join(refused))
            if refused
            else ""
        )
        self.refusal.setVisible(bool(refused))
        self._update_counts()
        last = rows[-1]
        if mark is AttendanceMark.ABSENT_EXCUSED:
            self.table.setCurrentCell(last, REASON)
            self.table.editItem(self.table.item(last, REASON))
        elif last + 1 < self.table.rowCount():
            self.table.setCurrentCell(last + 1, MARK)

    def mark_everyone_present(self) -> None:
        """Mark present every summoned member (and member attached here) not marked yet."""
        self.table.blockSignals(True)
        for row, entry in enumerate(self._entries):
            if (
                entry.group not in (RosterGroup.APART, RosterGroup.NOT_LISTED)
                and self._marks.get(entry.member_uuid) is None
            ):
                self._marks[entry.member_uuid] = AttendanceMark.PRESENT
                self._show_mark(row)
        self.table.blockSignals(False)
        self._update_counts()

    def present_members(self) -> list[str]:
        return [uuid for uuid, mark in self._marks.items() if mark is not None and mark.is_present]

    def mark_of(self, member_uuid: str) -> AttendanceMark | None:
        return self._marks.get(member_uuid)

    def counts(self) -> AttendanceCounts:
        return count_attendance(
            AttendanceLine(e.member_uuid, e.status, self._marks[e.member_uuid], e.grade)
            for e in self._entries
        )

    def _update_counts(self) -> None:
        counts = self.counts()
        self.summary.setText(
            self.tr(
                "Present %1/%2 · absent with reason %3 · without reason %4 · not marked %5 · "
                "attached here present %6 · may vote: %7 present of %8"
            )
            .replace("%1", str(counts.present))
            .replace("%2", str(counts.expected))
            .replace("%3", str(len(counts.absent_excused)))
            .replace("%4", str(len(counts.absent_unexcused)))
            .replace("%5", str(len(counts.unmarked)))
            .replace("%6", str(counts.present_attached_here))
            .replace("%7", str(counts.voters_present))
            .replace("%8", str(counts.voting_denominator))
        )
        self.counts_changed.emit(counts)

    def collect(self) -> tuple[AttendanceInput, ...]:
        result = []
        for row, entry in enumerate(self._entries):
            mark = self._marks[entry.member_uuid]
            if mark is not None:
                reason = self.table.item(row, REASON).text() if mark is AttendanceMark.ABSENT_EXCUSED else ""
                result.append(AttendanceInput(entry.member_uuid, mark, reason))
        return tuple(result)
