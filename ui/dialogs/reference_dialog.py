"""A dated reference value the committee sets for its cells (issue 6 §5): a regional minimum wage, a list
of values, a fee table. A new date adds a version, the same date corrects it; the value travels to every
cell in the next return files and shows on the cells' Sync page."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cellapp.domain.errors import CellAppError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.reference import ReferenceKind, value_as_text, value_from_text
from cellapp.domain.vietnamese import format_date
from cellapp.services.directives import ReferenceValue, set_reference_value
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import error_label, form_with_buttons
from ui.widgets.date_field import DateField


class ReferenceDialog(QDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, start: ReferenceValue | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.saved: ReferenceValue | None = None
        self.setWindowTitle(self.tr("Reference value for the cells"))
        self.resize(560, 420)
        self.kind = QComboBox()
        self.kind.setObjectName("referenceKind")
        for kind in ReferenceKind:
            self.kind.addItem(kind.label.render(), kind.value)
        self.key = QLineEdit()
        self.key.setObjectName("referenceKey")
        self.title = QLineEdit()
        self.title.setObjectName("referenceTitle")
        self.valid_from = DateField(label=T("Valid from", "Hiệu lực từ"), field="valid_from")
        self.valid_from.setObjectName("referenceValidFrom")
        self.valid_from.setText(format_date(date.today()))
        self.value = QPlainTextEdit()
        self.value.setObjectName("referenceValue")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Valid &from:"), self.valid_from)
        form.addRow(self.tr("&Value:"), self.value)
        form.addRow("", self.hint)
        self.error = error_label("referenceError")
        form_with_buttons(self, form, self.error, self.save)
        self.kind.currentIndexChanged.connect(self._show_hint)
        if start is not None:  # a new version of a value already set
            self.kind.setCurrentIndex(self.kind.findData(start.kind.value))
            self.key.setText(start.key)
            self.title.setText(start.title)
            self.value.setPlainText(value_as_text(start.kind, start.value))
        self._show_hint()

    def chosen_kind(self) -> ReferenceKind:
        return ReferenceKind(self.kind.currentData())

    def _show_hint(self) -> None:
        hints = {
            ReferenceKind.MINIMUM_WAGE: self.tr(
                "The amount in đồng, e.g. 4.960.000; the key names the region (e.g. I, II, III, IV)."
            ),
            ReferenceKind.ENUMERATION: self.tr(
                "One value per line; the key names the list (e.g. occupations)."
            ),
            ReferenceKind.FEE_TABLE: self.tr('A JSON object, e.g. {"retired": 0.5}.'),
        }
        self.hint.setText(hints[self.chosen_kind()])

    def save(self) -> None:
        try:
            kind = self.chosen_kind()
            if not self.key.text().strip():
                raise ValidationError(T("Enter the key.", "Hãy nhập mã."), field="key")
            valid_from = self.valid_from.value()
            if valid_from is None:
                raise ValidationError(
                    T("Enter the date it is valid from.", "Hãy nhập ngày bắt đầu hiệu lực."),
                    field="valid_from",
                )
            self.saved = set_reference_value(
                self.workspace.uow(),
                kind=kind,
                key=self.key.text(),
                valid_from=valid_from,
                value=value_from_text(kind, self.value.toPlainText()),
                title=self.title.text().strip(),
            )
        except CellAppError as error:
            self.error.setText(error.message.render())
            return
        self.accept()
