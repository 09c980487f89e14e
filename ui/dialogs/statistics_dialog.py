"""The statistics report dialog (issue 6 §6): choose a month, a quarter or a year; preview the report in
the Party format (print or save it as PDF from the preview) or save the XLSX workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.months import Month, Period
from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.dialogs.document_preview_dialog import DocumentPreviewDialog


class StatisticsDialog(QDialog):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.today = date.today()
        self.preview: DocumentPreviewDialog | None = None
        self.setWindowTitle(self.tr("Statistics report"))
        self.kind = QComboBox()
        self.kind.setObjectName("statisticsKind")
        self.kind.addItems([self.tr("Month"), self.tr("Quarter"), self.tr("Year")])
        self.kind.setCurrentIndex(1)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.today.year)
        self.part = QSpinBox()
        self.part.setObjectName("statisticsPart")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed(1)
        self.part.setValue((self.today.month - 1) // 3 + 1)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.kind)
        form.addRow(self.tr("&Year:"), self.year)
        self.part_label = QLabel(self.tr("Quarter or month:"))
        form.addRow(self.part_label, self.part)
        self.pdf_button = QPushButton(self.tr("&Preview and print…"))
        self.pdf_button.setObjectName("statisticsPdf")
        self.pdf_button.clicked.connect(self.preview_pdf)
        self.xlsx_button = QPushButton(self.tr("Save &XLSX…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.state = QLabel()
        self.state.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(buttons)

    def _kind_changed(self, index: int) -> None:
        self.part.setEnabled(index != 2)
        self.part.setRange(1, 12 if index == 0 else 4)

    def period(self) -> Period:
        year, index = self.year.value(), self.kind.currentIndex()
        if index == 0:
            return Period.of_month(Month(year, self.part.value()))
        if index == 1:
            return Period.of_quarter(year, self.part.value())
        return Period.of_year(year)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.pdf_button.setEnabled(not busy)
        self.xlsx_button.setEnabled(not busy)
        self.state.setText(text)

    def _failed(self, error: BaseException) -> None:
        self._busy(False, error.message.render() if isinstance(error, CellAppError) else str(error))

    def preview_pdf(self) -> None:
        from cellapp.services.committee.printing import statistics_report_pdf
        from ui.dialogs.document_preview_dialog import DocumentPreviewDialog

        period, uow, today = self.period(), self.workspace.uow(read_only=True), self.today
        self._busy(True, self.tr("Preparing the report…"))

        def done(pdf: bytes) -> None:
            self._busy(False)
            name = f"bao-cao-thong-ke_{period.key}.pdf"
            self.preview = DocumentPreviewDialog(
                pdf, self.tr("Statistics report %1").replace("%1", period.key), name, self
            )
            self.preview.open()

        self.tasks.run(lambda: statistics_report_pdf(uow, period, today=today), done, self._failed)

    def save_xlsx(self) -> None:
        from cellapp.services.committee.printing import save_statistics_xlsx

        period, uow, today = self.period(), self.workspace.uow(read_only=True), self.today
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the statistics workbook"), f"thong-ke_{period.key}.xlsx", "Excel (*.xlsx)"
        )
        if not chosen:
            return
        self._busy(True, self.tr("Writing the workbook…"))
        self.tasks.run(
            lambda: save_statistics_xlsx(uow, period, Path(chosen), today=today),
            lambda path: self._busy(False, self.tr("Saved in %1").replace("%1", str(path))),
            self._failed,
        )
