"""Overview (Tổng quan): the unit, the committee above it, the members counted by status, and the alerts
panel (what falls due), which every feature feeds through `cellapp.services.alerts`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from cellapp.domain.errors import CellAppError
from cellapp.domain.members import MemberStatus
from cellapp.domain.units import UnitKind
from cellapp.services.alerts import list_alerts
from cellapp.services.first_steps import FirstSteps
from cellapp.services.overview import Overview, get_overview
from cellapp.services.workspace import Workspace
from ui.ops import Ops
from ui.pages.base import Page
from ui.widgets.alerts_widget import AlertsWidget
from ui.widgets.committee_overview import CommitteeAlerts, CommitteeCharts
from ui.widgets.first_steps_widget import FirstStepsWidget
from ui.widgets.meeting_figures_widget import MeetingFiguresWidget


class OverviewPage(Page):
    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__(workspace, ops)
        tasks = ops.tasks
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.committee = QLabel()
        self.committee.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.committee)
        # A new cell's next steps, each with its button (the main window carries them out).
        self.first_steps = FirstStepsWidget()
        layout.addWidget(self.first_steps)
        self.counts_box = QGroupBox(self.tr("Members"))
        self.counts_form = QFormLayout(self.counts_box)
        self.counts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.alerts = AlertsWidget()
        cell = workspace.info.kind is UnitKind.CELL
        self.meeting_figures = MeetingFiguresWidget(workspace, tasks) if cell else None
        # A committee sees its cells: charts by month and every cell's alerts (issue 6 §3, §7).
        self.charts = None if cell else CommitteeCharts(workspace, tasks)
        self.cell_alerts = None if cell else CommitteeAlerts(workspace, tasks)
        columns = QHBoxLayout()
        counts_column = QVBoxLayout()
        counts_column.addWidget(self.counts_box)
        # The committee's own unit has no members: its figures are the cells' (charts, Cells page).
        self.counts_box.setVisible(cell)
        if self.meeting_figures is not None:
            counts_column.addWidget(self.meeting_figures)
        if self.charts is not None:
            counts_column.addWidget(self.charts, 1)
        else:
            counts_column.addStretch(1)
        columns.addLayout(counts_column, 1)
        columns.addWidget(self.cell_alerts or self.alerts, 1)
        layout.addLayout(columns, 1)
        self._shown_before = False

    def refresh(self) -> None:
        self.show_overview(get_overview(self.workspace.uow(read_only=True)))
        if self.meeting_figures is not None:
            self.meeting_figures.refresh()
        if self.charts is not None and self.cell_alerts is not None:
            from cellapp.services.sync import list_quarantine

            self.charts.refresh()
            self.cell_alerts.refresh(quarantined=len(list_quarantine(self.workspace)))
            return
        uow = self.workspace.uow(read_only=True)
        self.tasks.run(lambda: list_alerts(uow), self.alerts.show_alerts, self._alerts_failed)
        self.tasks.run(self._load_first_steps, self.first_steps.show_steps, lambda _error: None)

    def _load_first_steps(self) -> FirstSteps:
        from cellapp.services.first_steps import first_steps
        from cellapp.services.sync import sync_status

        enrolled = sync_status(self.workspace).enrolled
        return first_steps(self.workspace.uow(read_only=True), enrolled=enrolled)

    def _alerts_failed(self, error: BaseException) -> None:
        self.alerts.show_failure(error.message.render() if isinstance(error, CellAppError) else str(error))

    def showEvent(self, event: QShowEvent) -> None:
        # Figures and alerts change with work done on other pages: shown again, the page reloads.
        super().showEvent(event)
        if self._shown_before:
            self.refresh()
        self._shown_before = True

    def show_overview(self, overview: Overview) -> None:
        self.heading.setText(overview.unit_name)
        if overview.committee_name:
            self.committee.setText(self.tr("Committee above: %1").replace("%1", overview.committee_name))
        else:
            level = overview.committee_level.label.render() if overview.committee_level else ""
            self.committee.setText(level)
        while self.counts_form.rowCount():
            self.counts_form.removeRow(0)
        total = QLabel(str(overview.total))
        total.setObjectName("overviewTotal")
        bold = total.font()
        bold.setBold(True)
        total.setFont(bold)
        self.counts_form.addRow(self.tr("Members in the cell's total"), total)
        for status in MemberStatus:
            count = overview.counts.get(status, 0)
            if count or status in (MemberStatus.FULL, MemberStatus.PROBATIONARY):
                self.counts_form.addRow(status.label.render(), QLabel(str(count)))
