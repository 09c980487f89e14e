"""Preview of a printed document (Xem trước): the real PDF shown by QtPdf, with Print and Save as PDF.

The PDF is exactly what the printer and the file receive. A missing printer or a cancelled print dialog
only changes the line under the preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.meetings import save_document
from ui import printing


class DocumentPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.pdf = pdf
        self.file_name = file_name
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        close_button = QPushButton(self.tr("&Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_document(self) -> printing.PrintOutcome:
        outcome = printing.print_document(self.document, self)
        if outcome is printing.PrintOutcome.NO_PRINTER:
            self.status.setText(
                self.tr(
                    "No printer is installed on this computer. Save the document as PDF and print it "
                    "elsewhere, or install a printer and try again."
                )
            )
        elif outcome is printing.PrintOutcome.CANCELLED:
            self.status.setText(self.tr("Printing was cancelled; nothing was printed."))
        else:
            self.status.setText(self.tr("Sent to the printer."))
        return outcome

    def save_as(self) -> Path | None:
        start = str(Path.home() / self.file_name)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        return self.save_to(target)

    def save_to(self, target: Path) -> Path | None:
        try:
            written = save_document(self.pdf, target)
        except (OSError, CellAppError) as error:
            self.status.setText(self.tr("The file could not be written: %1").replace("%1", str(error)))
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(written)))
        return written
