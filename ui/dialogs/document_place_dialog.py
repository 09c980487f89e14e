"""Settings → Place on documents: the place name written before the date of every printed document,
with the date line as it will print. Refused input (a comma, too long) stays on screen, nothing saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from cellapp.domain.vietnamese import format_long_date
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons


class DocumentPlaceDialog(SavingDialogMixin, QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        from cellapp.services.document_place import document_place

        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("documentPlaceDialog")
        self.setWindowTitle(self.tr("Place on documents"))
        self.resize(520, 180)
        explanation = QLabel(
            self.tr(
                "The place name written before the date of minutes, resolutions, fee books and reports, "
                "usually the village or commune."
            )
        )
        explanation.setWordWrap(True)
        self.place = QLineEdit(document_place(workspace.uow(read_only=True)))
        self.place.setObjectName("documentPlace")
        self.place.setPlaceholderText(self.tr("e.g. Nậm Búng"))
        self.preview = QLabel()
        self.preview.setObjectName("documentPlacePreview")
        self.place.textChanged.connect(self._show_preview)
        self._show_preview()
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Printed as:"), self.preview)
        self.error = error_label()
        self.field_widgets = {"place": self.place}
        form_with_buttons(self, form, self.error, self.save)

    def _show_preview(self) -> None:
        self.preview.setText(format_long_date(date.today(), self.place.text().strip()))

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> str:
        from cellapp.services.document_place import set_document_place

        return set_document_place(self.workspace.uow(), self.place.text())
