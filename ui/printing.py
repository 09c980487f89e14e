"""Printing a generated PDF on the local printer: the system print dialog, then each page rendered by
QtPdf and painted into the printer.

Pages are rendered at no more than 300 dpi (Qt's 1200 dpi default took 8 s a page on our machines, 300
dpi half a second) and on white, since QtPdf renders onto a transparent image. With no printer
installed, or when the user cancels, nothing happens beyond a calm answer the caller can show.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

MAX_PRINT_DPI = 300


class PrintOutcome(Enum):
    PRINTED = "printed"
    CANCELLED = "cancelled"
    NO_PRINTER = "no_printer"


def printer_names() -> list[str]:
    """The printers the system knows (none on a laptop that never had one installed)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def make_print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    return QPrintDialog(printer, parent)


def print_document(document: QPdfDocument, parent: QWidget | None = None) -> PrintOutcome:
    """Ask where to print, then print; says why nothing was printed when nothing was."""
    if not printer_names():
        return PrintOutcome.NO_PRINTER
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF carries the Party format's margins itself
    printer.setFromTo(1, document.pageCount())
    dialog = make_print_dialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return PrintOutcome.CANCELLED
    paint_pages(document, printer)
    return PrintOutcome.PRINTED


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages into `printer`; returns how many were painted."""
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        for page in range(first - 1, last):
            if painted:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(
                page, size, format=QImage.Format.Format_RGB32, fillColor=Qt.GlobalColor.white
            )
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
            painted += 1
    finally:
        painter.end()
    return painted
