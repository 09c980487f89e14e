"""The committee decides a cell's review of a year as proposed: the body that decided, the day and the
decision's number. Every proposal not decided yet is decided in one go; a refusal stays on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from cellapp.domain.l10n import T
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons
from ui.widgets.date_field import DateField


class ReviewDecisionDialog(SavingDialogMixin, QDialog):
    def __init__(
        self, workspace: Workspace, cell_unit: str, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.cell_unit, self.year = workspace, cell_unit, year
        self.decided = 0
        self.setObjectName("reviewDecisionDialog")
        self.setWindowTitle(self.tr("Decide the grades of %1").replace("%1", str(year)))
        self.body = QLineEdit(self.tr("Ban Thường vụ Đảng ủy"))
        self.body.setObjectName("decisionBody")
        self.day = DateField(field="decided_on", label=T("Day of the decision", "Ngày quyết định"))
        self.day.setObjectName("decisionDay")
        self.day.set_value(date.today())
        self.ref = QLineEdit()
        self.ref.setObjectName("decisionRef")
        self.ref.setPlaceholderText("15-QĐ/ĐU")
        form = QFormLayout()
        form.addRow(self.tr("Decided &by:"), self.body)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("Decision &number:"), self.ref)
        self.error = error_label()
        self.field_widgets = {"decided_by": self.body, "decided_on": self.day}
        form_with_buttons(self, form, self.error, self.save)

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> None:
        from cellapp.services.review import decide_as_proposed

        day = self.day.value() or date.today()
        self.decided = decide_as_proposed(
            self.workspace.uow(),
            self.cell_unit,
            self.year,
            decided_by=self.body.text(),
            decided_on=day,
            decision_ref=self.ref.text(),
        )
