"""Importing members from a spreadsheet, with a preview: the file is checked first (nothing written), the
rows and every problem are shown with their row numbers, and only a clean file can be imported, in one go.
The month up to which members paid in the paper fee book can be given for every row that does not say it
in its own column; the check runs again when it changes. Reading and importing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import ImportReport, import_members
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner

PREVIEW_ROWS = 500


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, workspace: Workspace, tasks: TaskRunner, path: Path) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.path = path
        self.report: ImportReport | None = None
        self.imported = 0
        self._checks = 0
        self.setWindowTitle(self.tr("Import members – %1").replace("%1", path.name))
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.paid_through_given = QCheckBox(self.tr("Fees paid in the paper book up to:"))
        self.paid_through_given.setObjectName("importPaidThroughGiven")
        self.paid_through_given.setToolTip(
            self.tr(
                "For the rows whose own column does not say it; the fee book counts from the month after."
            )
        )
        self.paid_through = QDateEdit()
        self.paid_through.setObjectName("importPaidThrough")
        self.paid_through.setDisplayFormat("MM/yyyy")
        today = QDate.currentDate()
        self.paid_through.setDate(QDate(today.year(), today.month(), 1).addMonths(-1))
        self.paid_through.setMaximumDate(QDate(today.year(), today.month(), 1))
        self.paid_through.setEnabled(False)
        self.paid_through_given.toggled.connect(self.paid_through.setEnabled)
        self.paid_through_given.toggled.connect(lambda _on: self._check())
        self.paid_through.dateChanged.connect(lambda _day: self._check())
        self.preview = QTableWidget(0, 8)
        self.preview.setObjectName("importPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Full name"),
                self.tr("Sex"),
                self.tr("Date of birth"),
                self.tr("Status"),
                self.tr("Citizen ID"),
                self.tr("Party card"),
                self.tr("Fees paid up to"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setMaximumHeight(160)
        self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self._import)
        buttons.rejected.connect(self.reject)
        fees_row = QHBoxLayout()
        fees_row.addWidget(self.paid_through_given)
        fees_row.addWidget(self.paid_through)
        fees_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(fees_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._check()

    def fees_paid_through(self) -> Month | None:
        """The month given for rows without their own, or None when the box is not ticked."""
        if not self.paid_through_given.isChecked():
            return None
        day = self.paid_through.date()
        return Month(day.year(), day.month())

    def _check(self) -> None:
        self.report = None
        self.import_button.setEnabled(False)
        self._checks += 1
        check, paid_through = self._checks, self.fees_paid_through()

        def checked(report: ImportReport) -> None:
            if check == self._checks:  # a newer check is on its way: this one is out of date
                self.show_report(report)

        self.tasks.run(
            lambda: import_members(
                self.workspace.uow(), self.path, dry_run=True, fees_paid_through=paid_through
            ),
            checked,
            self._failed,
        )

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        shown = report.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for row, imported in enumerate(shown):
            member = imported.member
            values = [
                str(imported.row),
                member.full_name,
                member.sex.label.render(),
                format_date(member.birth_date) if member.birth_date else "",
                member.status.label.render(),
                member.citizen_id or "",
                member.card_number or "",
                imported.fees_paid_through.label if imported.fees_paid_through else "",
            ]
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.problems.clear()
        for problem in report.problems:
            item = QListWidgetItem(problem.render())
            item.setForeground(QBrush(QColor("#b00020")))
            self.problems.addItem(item)
        self.problems.setVisible(bool(report.problems))
        ignored = ""
        if report.ignored_columns:
            ignored = " " + self.tr("Columns not read: %1.").replace("%1", ", ".join(report.ignored_columns))
        if report.ok:
            self.summary.setText(
                self.tr("%n member(s) ready to import. Nothing has been written yet.", "", len(report.rows))
                + ignored
            )
        else:
            rows = len({p.row for p in report.problems})
            self.summary.setText(
                self.tr(
                    "%n row(s) need correcting in the file; nothing can be imported until every row is right.",
                    "",
                    rows,
                )
                + ignored
            )
        self.import_button.setEnabled(report.ok)

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        paid_through = self.fees_paid_through()
        self.tasks.run(
            lambda: import_members(self.workspace.uow(), self.path, fees_paid_through=paid_through),
            self._imported,
            self._failed,
        )

    def _imported(self, report: ImportReport) -> None:
        if not report.ok:
            self.show_report(report)
            return
        self.imported = report.imported
        self.accept()

    def _failed(self, error: BaseException) -> None:
        message = error.message.render() if isinstance(error, CellAppError) else str(error)
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b00020")
        self.import_button.setEnabled(False)
