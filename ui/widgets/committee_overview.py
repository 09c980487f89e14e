"""The committee's part of the Overview (issue 6 §3, §7): charts of meetings held and attendance by
month and of cells reporting each month, and the alerts of every cell, the most pressing first."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.alerts import Severity
from cellapp.domain.errors import CellAppError
from cellapp.services.committee import CommitteeAlert, MonthlyTrend, committee_alerts, monthly_trend
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner
from ui.widgets.bar_chart import BarChart

_COLOURS = {Severity.OVERDUE: "#b00020", Severity.SOON: "#a15c00", Severity.INFO: "#1f5f9a"}


class CommitteeCharts(QGroupBox):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.tasks = workspace, tasks
        self.setTitle(self.tr("This year in the cells"))
        self.meetings = BarChart()
        self.meetings.setObjectName("meetingsChart")
        self.reporting = BarChart()
        self.reporting.setObjectName("reportingChart")
        self.state = QLabel(self.tr("Loading…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.meetings, 1)
        layout.addWidget(self.reporting, 1)

    def refresh(self) -> None:
        uow, today = self.workspace.uow(read_only=True), date.today()
        self.tasks.run(
            lambda: monthly_trend(uow, year=today.year, today=today), self.show_trend, self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error.message.render() if isinstance(error, CellAppError) else str(error))

    def show_trend(self, trend: MonthlyTrend) -> None:
        self.state.setVisible(not trend.cells)
        self.state.setText(self.tr("No cell is enrolled yet."))
        labels = [str(m.month) for m in trend.months]
        self.meetings.set_data(
            self.tr("Meetings held by month"),
            labels,
            [m.meetings_held for m in trend.months],
            rates=[m.attendance_rate for m in trend.months],
            rate_label=self.tr("— attendance"),
        )
        self.reporting.set_data(
            self.tr("Cells that sent their file, by month (of %1)").replace("%1", str(trend.cells)),
            labels,
            [m.cells_reported for m in trend.months],
            ceiling=trend.cells,
        )


class CommitteeAlerts(QGroupBox):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.tasks = workspace, tasks
        self.setTitle(self.tr("To do in the cells"))
        self.setObjectName("committeeAlerts")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("committeeAlertsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Cell"), self.tr("Member"), self.tr("What to do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.state = QLabel(self.tr("Looking for what needs action…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 1)
        self.alerts: list[CommitteeAlert] = []

    def refresh(self, quarantined: int = 0) -> None:
        uow, today = self.workspace.uow(read_only=True), date.today()
        self.tasks.run(
            lambda: committee_alerts(uow, today=today, quarantined=quarantined),
            self.show_alerts,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.state.setText(error.message.render() if isinstance(error, CellAppError) else str(error))

    def show_alerts(self, alerts: list[CommitteeAlert]) -> None:
        self.alerts = alerts
        self.state.setVisible(not alerts)
        self.state.setText(self.tr("Nothing needs action."))
        self.table.setRowCount(len(alerts))
        for row, alert in enumerate(alerts):
            cell = QTableWidgetItem(alert.unit_code)
            cell.setToolTip(alert.cell_name)
            cell.setForeground(QBrush(QColor(_COLOURS[alert.severity])))
            self.table.setItem(row, 0, cell)
            self.table.setItem(row, 1, QTableWidgetItem(alert.member_name))
            self.table.setItem(row, 2, QTableWidgetItem(alert.message.render()))
        self.table.resizeRowsToContents()
