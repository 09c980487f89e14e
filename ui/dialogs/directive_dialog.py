"""A directive to the cells (issue 6 §5): number, title, date, text and an attached PDF, to every cell or
to the cells ticked. It travels in the next return files, written to a folder or stick in one step from
the Sync page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.vietnamese import format_date
from cellapp.services.sync import NewDirective, issue_directive, list_cells
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import AsksBeforeDiscarding, error_label, form_with_buttons
from ui.widgets.date_field import DateField


class DirectiveDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("New directive to the cells"))
        self.resize(640, 560)
        self.number = QLineEdit()
        self.number.setObjectName("directiveNumber")
        self.number.setPlaceholderText("07-CT/ĐU")
        self.title = QLineEdit()
        self.title.setObjectName("directiveTitle")
        self.issued_on = DateField()
        self.issued_on.setText(format_date(date.today()))
        self.issuing_body = QLineEdit(workspace.info.unit_name)
        self.text = QPlainTextEdit()
        self.pdf_path: Path | None = None
        self.pdf_label = QLabel(self.tr("No PDF attached"))
        attach = QPushButton(self.tr("&Attach PDF…"))
        attach.clicked.connect(self._attach)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.pdf_label, 1)
        pdf_row.addWidget(attach)
        self.cells = QListWidget()
        self.cells.setObjectName("directiveCells")
        for cell in list_cells(workspace.uow(read_only=True)):
            if cell.status != "enrolled":
                continue
            item = QListWidgetItem(f"{cell.code} – {cell.name}")
            item.setData(Qt.ItemDataRole.UserRole, cell.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cells.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.issued_on)
        form.addRow(self.tr("Issued &by:"), self.issuing_body)
        form.addRow(self.tr("Te&xt:"), self.text)
        form.addRow(self.tr("PDF:"), pdf_row)
        form.addRow(self.tr("&To (none ticked: every cell):"), self.cells)
        self.error = error_label("directiveError")
        form_with_buttons(self, form, self.error, self.save)

    def _attach(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach the signed PDF"), "", "PDF (*.pdf)")
        if chosen:
            self.pdf_path = Path(chosen)
            self.pdf_label.setText(self.pdf_path.name)

    def chosen_cells(self) -> tuple[str, ...]:
        items = (self.cells.item(i) for i in range(self.cells.count()))
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == Qt.CheckState.Checked
        )

    def save(self) -> None:
        try:
            issue_directive(
                self.workspace.uow(),
                NewDirective(
                    number=self.number.text(),
                    title=self.title.text(),
                    issued_on=self.issued_on.value() or date.today(),
                    issuing_body=self.issuing_body.text(),
                    text=self.text.toPlainText(),
                    pdf=self.pdf_path,
                    to_cells=self.chosen_cells(),
                ),
            )
        except CellAppError as error:
            self.error.setText(error.message.render())
            return
        self.accept()
