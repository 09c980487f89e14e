"""The cell records the day it announced the committee's decisions on the year's grades to its members.
Refused before any decision has come back, or for a day still to come; a refusal stays on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from cellapp.domain.l10n import T
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons
from ui.widgets.date_field import DateField


class ReviewAnnounceDialog(SavingDialogMixin, QDialog):
    def __init__(self, workspace: Workspace, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.year = workspace, year
        self.setObjectName("reviewAnnounceDialog")
        self.setWindowTitle(self.tr("Announce the results of %1").replace("%1", str(year)))
        explanation = QLabel(
            self.tr("The day the committee's decisions on the grades were announced to the cell's members.")
        )
        explanation.setWordWrap(True)
        self.day = DateField(field="on", label=T("Day of the announcement", "Ngày công bố"))
        self.day.setObjectName("announceDay")
        self.day.set_value(date.today())
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(self.tr("Announced &on:"), self.day)
        self.error = error_label()
        self.field_widgets = {"on": self.day}
        form_with_buttons(self, form, self.error, self.save)

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> None:
        from cellapp.services.review import announce_results

        announce_results(self.workspace.uow(), self.year, on=self.day.value() or date.today())
