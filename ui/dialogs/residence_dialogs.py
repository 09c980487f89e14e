"""Regulation 213 dialogs: where a member of this cell lives, a working member living here, the yearly
residence comment, and the day a record ends. Each saves through a callback and stays open on refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.services.members import IntroductionInput, ResidenceIntroduction, ResidentInput, ResidentMember
from ui.dialogs.form_support import MissingInput, SavingDialogMixin, error_label, text_of
from ui.widgets.date_field import DateField


class _FormDialog(SavingDialogMixin, QDialog):
    """A title, an explanation, a form, the refusal line and Save/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, explanation: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = error_label()
        self.field_widgets: dict[str, QWidget] = {}
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(540, 0)

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _save_clicked(self) -> None:
        try:
            work = self.work()
        except MissingInput as missing:
            self.show_missing(missing.widget, missing.message)
            return
        except CellAppError as error:
            self.show_refusal(error)
            return
        self.attempt(work)


class IntroductionDialog(_FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        member_name: str,
        current: ResidenceIntroduction | None,
        save: Callable[[IntroductionInput], Any],
    ) -> None:
        super().__init__(
            parent,
            self.tr("Lives in another place – %1").replace("%1", member_name),
            self.tr(
                "Regulation 213: a member of this cell who lives elsewhere is introduced to the party cell "
                "where they live, which comments on them every year, unless they are exempt from residence "
                "activities (living in barracks, working far away, studying full time)."
            ),
        )
        self._save = save
        self.residence_cell = QLineEdit(current.residence_cell if current else "")
        self.residence_cell.setObjectName("residenceCell")
        self.commune = QLineEdit(current.commune or "" if current else "")
        self.introduced_on = DateField(field="introduced_on")
        self.introduced_on.set_value(current.introduced_on if current else None)
        self.exempt = QCheckBox(self.tr("Exempt from residence activities"))
        self.exempt.setChecked(bool(current and current.exempt))
        self.note = QLineEdit(current.note or "" if current else "")
        self.form.addRow(self.tr("Party cell where the member lives:"), self.residence_cell)
        self.form.addRow(self.tr("Commune or ward:"), self.commune)
        self.form.addRow(self.tr("Introduced on:"), self.introduced_on)
        self.form.addRow("", self.exempt)
        self.form.addRow(self.tr("Note:"), self.note)
        self.field_widgets = {"residence_cell": self.residence_cell, "introduced_on": self.introduced_on}

    def work(self) -> Callable[[], Any]:
        introduction = IntroductionInput(
            residence_cell=self.residence_cell.text(),
            commune=text_of(self.commune),
            introduced_on=self.introduced_on.value(),
            exempt=self.exempt.isChecked(),
            note=text_of(self.note),
        )
        return lambda: self._save(introduction)


class ResidentDialog(_FormDialog):
    def __init__(
        self, parent: QWidget | None, current: ResidentMember | None, save: Callable[[ResidentInput], Any]
    ) -> None:
        super().__init__(
            parent,
            self.tr("Working member living here"),
            self.tr(
                "A party member working in another organisation who lives here and keeps in touch with this "
                "cell (Regulation 213). The cell comments on them every year for their workplace."
            ),
        )
        self._save = save
        self.full_name = QLineEdit(current.full_name if current else "")
        self.full_name.setObjectName("residentName")
        self.organisation = QLineEdit(current.organisation if current else "")
        self.organisation.setObjectName("residentOrganisation")
        self.contact = QLineEdit(current.contact or "" if current else "")
        self.residence = QLineEdit(current.residence or "" if current else "")
        self.introduced_on = DateField(field="introduced_on")
        self.introduced_on.set_value(current.introduced_on if current else None)
        self.exempt = QCheckBox(self.tr("Exempt from residence activities (no yearly comment)"))
        self.exempt.setChecked(bool(current and current.exempt))
        self.note = QLineEdit(current.note or "" if current else "")
        self.form.addRow(self.tr("Full name:"), self.full_name)
        self.form.addRow(self.tr("Party organisation at work:"), self.organisation)
        self.form.addRow(self.tr("Phone or contact:"), self.contact)
        self.form.addRow(self.tr("Lives at:"), self.residence)
        self.form.addRow(self.tr("Introduced on:"), self.introduced_on)
        self.form.addRow("", self.exempt)
        self.form.addRow(self.tr("Note:"), self.note)
        self.field_widgets = {
            "full_name": self.full_name,
            "organisation": self.organisation,
            "introduced_on": self.introduced_on,
        }

    def work(self) -> Callable[[], Any]:
        resident = ResidentInput(
            full_name=self.full_name.text(),
            organisation=self.organisation.text(),
            contact=text_of(self.contact),
            residence=text_of(self.residence),
            introduced_on=self.introduced_on.value(),
            exempt=self.exempt.isChecked(),
            note=text_of(self.note),
        )
        return lambda: self._save(resident)


class CommentDialog(_FormDialog):
    def __init__(
        self, parent: QWidget | None, resident: ResidentMember, year: int, save: Callable[..., Any]
    ) -> None:
        super().__init__(
            parent,
            self.tr("Residence comment – %1").replace("%1", resident.full_name),
            self.tr(
                "Each year the cell committee, with the Fatherland Front committee of the village, comments "
                "on the member's conduct where they live and sends it to %1."
            ).replace("%1", resident.organisation),
        )
        self._save = save
        self.year = QSpinBox()
        self.year.setRange(2000, date.today().year + 1)
        self.year.setValue(year)
        self.year.valueChanged.connect(lambda value: self._show_year(resident, value))
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("commentText")
        self.comment.setTabChangesFocus(True)
        self.cell_opinion = QPlainTextEdit()
        self.cell_opinion.setTabChangesFocus(True)
        self.cell_opinion.setMaximumHeight(60)
        self.front_opinion = QPlainTextEdit()
        self.front_opinion.setTabChangesFocus(True)
        self.front_opinion.setMaximumHeight(60)
        self.sent_on = DateField(field="sent_on")
        self.form.addRow(self.tr("Year:"), self.year)
        self.form.addRow(self.tr("Comment:"), self.comment)
        self.form.addRow(self.tr("Cell committee's opinion:"), self.cell_opinion)
        self.form.addRow(self.tr("Front committee's opinion:"), self.front_opinion)
        self.form.addRow(self.tr("Sent to the workplace on:"), self.sent_on)
        self.field_widgets = {"comment": self.comment, "year": self.year, "sent_on": self.sent_on}
        self._show_year(resident, year)

    def _show_year(self, resident: ResidentMember, year: int) -> None:
        found = resident.comment_for(year)
        self.comment.setPlainText(found.comment if found else "")
        self.cell_opinion.setPlainText(found.cell_opinion or "" if found else "")
        self.front_opinion.setPlainText(found.front_opinion or "" if found else "")
        self.sent_on.set_value(found.sent_on if found else None)

    def work(self) -> Callable[[], Any]:
        values = {
            "year": self.year.value(),
            "comment": self.comment.toPlainText(),
            "cell_opinion": text_of(self.cell_opinion),
            "front_opinion": text_of(self.front_opinion),
            "sent_on": self.sent_on.value(),
        }
        return lambda: self._save(**values)


class EndDateDialog(_FormDialog):
    """Asks the day something ended (an introduction, a resident's contact)."""

    def __init__(
        self, parent: QWidget | None, title: str, explanation: str, save: Callable[[date], Any]
    ) -> None:
        super().__init__(parent, title, explanation)
        self._save = save
        self.ended_on = DateField(field="ended_on")
        self.ended_on.setObjectName("endedOn")
        self.ended_on.set_value(date.today())
        self.form.addRow(self.tr("Ended on:"), self.ended_on)
        self.field_widgets = {"ended_on": self.ended_on}

    def work(self) -> Callable[[], Any]:
        ended = self.ended_on.value()
        if ended is None:
            raise MissingInput(self.ended_on, self.tr("Enter the date."))
        return lambda: self._save(ended)
