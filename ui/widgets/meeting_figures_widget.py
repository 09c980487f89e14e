"""Meeting figures on the Overview page: meetings held this year by month, thematic meetings per quarter
(with a warning for a quarter that passed without one), attendance per meeting and per member, members
absent without reason in three months, and members who attend without ever speaking."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.meetings import ROMAN_QUARTERS
from cellapp.domain.vietnamese import format_date
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from cellapp.services.meetings import MeetingFigures
    from cellapp.services.workspace import Workspace

WARNING_STYLE = "color: #a04000; font-weight: bold;"


def _figures(workspace: Workspace, today: date) -> MeetingFigures:
    from cellapp.services.meetings import meeting_figures  # not needed to open the window

    return meeting_figures(workspace.uow(read_only=True), today.year, today=today)


def _percent(value: float | None) -> str:
    return f"{round(100 * value)}%" if value is not None else "–"


class MeetingFiguresWidget(QGroupBox):
    def __init__(
        self, workspace: Workspace, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingFigures")
        self.workspace = workspace
        self.tasks = tasks
        self.months = QGridLayout()
        self.month_counts: list[QLabel] = []
        self.months.addWidget(QLabel(self.tr("Month")), 0, 0)
        self.months.addWidget(QLabel(self.tr("Meetings held")), 1, 0)
        for month in range(1, 13):
            head = QLabel(f"{month:02d}")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count = QLabel()
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setMinimumWidth(28)
            self.months.addWidget(head, 0, month)
            self.months.addWidget(count, 1, month)
            self.month_counts.append(count)
        self.quarters = QLabel()
        self.quarters.setObjectName("thematicQuarters")
        self.attendance = QLabel()
        self.attendance.setObjectName("attendanceRates")
        self.attendance.setWordWrap(True)
        self.absentees = QLabel()
        self.absentees.setObjectName("repeatedAbsentees")
        self.absentees.setWordWrap(True)
        self.silent = QLabel()
        self.silent.setObjectName("silentMembers")
        self.silent.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.months)
        for label in (self.quarters, self.attendance, self.absentees, self.silent):
            layout.addWidget(label)

    def refresh(self) -> None:
        """Compute this year's figures off the GUI thread (the Overview must not wait for them)."""
        if self.tasks is None:
            self.load(date.today())
            return
        workspace, today = self.workspace, date.today()
        self.tasks.run(lambda: _figures(workspace, today), self._deliver, self._failed)

    def load(self, today: date) -> MeetingFigures:
        """Compute and show the figures of `today`'s year, here and now."""
        figures = _figures(self.workspace, today)
        self.show_figures(figures)
        return figures

    def _deliver(self, figures: MeetingFigures) -> None:
        if shiboken6.isValid(self):  # the window may have closed while the figures were computed
            self.show_figures(figures)

    def _failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.attendance.setText(error.message.render() if isinstance(error, CellAppError) else str(error))

    def show_figures(self, figures: MeetingFigures) -> None:
        self.setTitle(self.tr("Meetings in %1").replace("%1", str(figures.year)))
        for month, label in enumerate(self.month_counts, start=1):
            label.setText(str(figures.meetings_by_month[month - 1]))
            missing = month in figures.months_without_regular
            label.setStyleSheet(WARNING_STYLE if missing else "")
            label.setToolTip(self.tr("No regular meeting this month") if missing else "")
        parts = []
        for quarter, count in enumerate(figures.thematic_by_quarter, start=1):
            text = self.tr("Q%1: %2").replace("%1", ROMAN_QUARTERS[quarter - 1]).replace("%2", str(count))
            parts.append(text + (" ⚠" if quarter in figures.quarters_without_thematic else ""))
        warning = (
            self.tr(" — a quarter passed without a thematic meeting")
            if figures.quarters_without_thematic
            else ""
        )
        self.quarters.setText(self.tr("Thematic meetings: ") + " · ".join(parts) + warning)
        self.quarters.setStyleSheet(WARNING_STYLE if warning else "")
        self._show_attendance(figures)
        if figures.repeated_absentees:
            names = ", ".join(
                f"{m.full_name} ({m.months_absent_unexcused})" for m in figures.repeated_absentees
            )
            self.absentees.setText(
                self.tr(
                    "Absent without reason in 3 or more months this year (ground to strike the name): %1"
                ).replace("%1", names)
            )
            self.absentees.setStyleSheet(WARNING_STYLE)
        else:
            self.absentees.setText(self.tr("Nobody has been absent without reason in 3 months this year."))
            self.absentees.setStyleSheet("")
        silent = [m.full_name for m in figures.silent_members]
        shown = ", ".join(silent[:8]) + (
            self.tr(" and %n more", "", len(silent) - 8) if len(silent) > 8 else ""
        )
        self.silent.setText(
            self.tr("Attended the last %1 meetings without speaking: %2")
            .replace("%1", str(figures.silent_window))
            .replace("%2", shown or self.tr("nobody"))
        )
        self.silent.setToolTip(", ".join(silent))

    def _show_attendance(self, figures: MeetingFigures) -> None:
        rates = [(m.held_on, m.rate) for m in figures.per_meeting if m.rate is not None]
        if not rates:
            self.attendance.setText(self.tr("No meeting has been held this year yet."))
            return
        average = sum(rate for _day, rate in rates) / len(rates)
        lowest_day, lowest = min(rates, key=lambda pair: pair[1])
        members = [m for m in figures.per_member if m.rate is not None]
        members.sort(key=lambda m: (m.rate, m.full_name))
        weakest = ", ".join(
            f"{m.full_name} {_percent(m.rate)} ({m.attended}/{m.expected})" for m in members[:3]
        )
        self.attendance.setText(
            self.tr("Attendance: %1 on average, lowest %2 on %3. Lowest members: %4")
            .replace("%1", _percent(average))
            .replace("%2", _percent(lowest))
            .replace("%3", format_date(lowest_day))
            .replace("%4", weakest)
        )
        self.attendance.setToolTip(
            "\n".join(f"{format_date(m.held_on)}: {m.present}/{m.expected}" for m in figures.per_meeting)
        )
