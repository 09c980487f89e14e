"""The alerts panel of the Overview page (Việc cần làm): what falls due, the most pressing first.

It shows whatever `cellapp.services.alerts` gathers from every feature; it knows no alert kinds itself.
"""

from __future__ import annotations

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

from cellapp.domain.alerts import Alert, Severity
from cellapp.domain.vietnamese import format_date

_COLOURS = {Severity.OVERDUE: "#b00020", Severity.SOON: "#a15c00", Severity.INFO: "#1f5f9a"}


class AlertsWidget(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("To do"))
        self.setObjectName("alertsPanel")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("alertsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Member"), self.tr("Due"), self.tr("What to do")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing falls due."))
        self.empty.setObjectName("alertsEmpty")
        self.state = QLabel(self.tr("Looking for what falls due…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.empty.hide()
        self.alerts: list[Alert] = []

    def show_alerts(self, alerts: list[Alert]) -> None:
        self.alerts = alerts
        self.state.hide()
        self.empty.setVisible(not alerts)
        self.table.setVisible(bool(alerts))
        self.table.setRowCount(len(alerts))
        for row, alert in enumerate(alerts):
            colour = QBrush(QColor(_COLOURS[alert.severity]))
            values = [
                alert.severity.label.render(),
                alert.member_name or "",
                format_date(alert.due_on) if alert.due_on else "",
                alert.message.render(),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def show_failure(self, message: str) -> None:
        self.state.setText(message)
        self.state.show()
