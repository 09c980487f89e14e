"""Importing members from a spreadsheet, with a preview: the file is checked first (nothing written), the
rows and every problem are shown with their row numbers, and only a clean file can be imported, in one go.
Reading and importing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
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
from cellapp.domain.vietnamese import format_date
from cellapp.services.member_import import ImportReport, import_members
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
        self.setWindowTitle(self.tr("Import members – %1").replace("%1", path.name))
        self.summary = QLabel(self.tr("Checking the file…"))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 7)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.tasks.run(
            lambda: import_members(workspace.uow(), path, dry_run=True), self.show_report, self._failed
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
        self.tasks.run(lambda: import_members(self.workspace.uow(), self.path), self._imported, self._failed)

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
