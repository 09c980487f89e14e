"""The cell's side of the review session: the session itself (day, place, chair, minutes, attendance),
the cell's collective review against the criteria with its self-grade, and the proposed grade for the
cell with its vote. One dialog, saved part by part; a refusal stays on screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.l10n import T
from cellapp.domain.review import ReviewGrade
from cellapp.services.review import ReviewYear
from cellapp.services.workspace import Workspace
from ui.dialogs.form_support import SavingDialogMixin, error_label, form_with_buttons
from ui.dialogs.member_review_dialog import _grade_combo, _select
from ui.widgets.date_field import DateField


class CellReviewDialog(SavingDialogMixin, QDialog):
    def __init__(self, workspace: Workspace, year: ReviewYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.year = workspace, year
        self.warnings: list[str] = []
        self.setObjectName("cellReviewDialog")
        self.setWindowTitle(self.tr("The cell's review of %1").replace("%1", str(year.year)))
        self.session_on = DateField(field="session_on", label=T("Day of the session", "Ngày họp"))
        self.session_on.setObjectName("sessionOn")
        self.session_on.set_value(year.session_on)
        self.place = QLineEdit(year.place or "")
        self.place.setObjectName("sessionPlace")
        self.chair = self._member_combo("sessionChair", year.chair_uuid)
        self.secretary = self._member_combo("sessionSecretary", year.secretary_uuid)
        self.present = QSpinBox()
        self.present.setObjectName("sessionPresent")
        self.present.setRange(0, 9999)
        self.present.setValue(year.present or 0)
        session = QFormLayout()
        session.addRow(self.tr("&Day of the session:"), self.session_on)
        session.addRow(self.tr("&Place:"), self.place)
        session.addRow(self.tr("C&haired by:"), self.chair)
        session.addRow(self.tr("&Minutes taken by:"), self.secretary)
        session.addRow(self.tr("Members p&resent:"), self.present)

        self.criteria: dict[str, QCheckBox] = {}
        collective = QFormLayout()
        for criterion in year.rules.collective_criteria:
            box = QCheckBox(criterion.label)
            box.setObjectName(f"criterion_{criterion.code}")
            box.setChecked(year.criteria_met.get(criterion.code, False))
            self.criteria[criterion.code] = box
            collective.addRow(box)
        self.self_text = QPlainTextEdit(year.self_text or "")
        self.self_text.setObjectName("cellSelfText")
        self.self_text.setTabChangesFocus(True)
        self.self_text.setMaximumHeight(80)
        self.self_grade = _grade_combo("cellSelfGrade", self.tr("(not chosen)"))
        _select(self.self_grade, year.self_grade.value if year.self_grade else None)
        self.proposed = _grade_combo("cellProposedGrade", self.tr("(no proposal yet)"))
        _select(self.proposed, year.proposed_grade.value if year.proposed_grade else None)
        self.votes_for = QSpinBox()
        self.votes_for.setObjectName("cellVotesFor")
        self.votes_against = QSpinBox()
        self.votes_against.setObjectName("cellVotesAgainst")
        for box in (self.votes_for, self.votes_against):
            box.setRange(0, 9999)
        self.votes_for.setValue(year.votes_for if year.votes_for is not None else year.full_members)
        self.votes_against.setValue(year.votes_against or 0)
        collective.addRow(self.tr("&Assessment:"), self.self_text)
        collective.addRow(self.tr("Self-&grade:"), self.self_grade)
        collective.addRow(self.tr("Pr&oposed grade:"), self.proposed)
        collective.addRow(self.tr("Votes &for:"), self.votes_for)
        collective.addRow(self.tr("Votes a&gainst:"), self.votes_against)

        tabs = QTabWidget()
        first, second = QWidget(), QWidget()
        first.setLayout(session)
        second.setLayout(collective)
        tabs.addTab(first, self.tr("Session"))
        tabs.addTab(second, year.rules.collective_title or self.tr("The cell's review"))
        self.tabs = tabs
        body = QVBoxLayout()
        body.addWidget(tabs)
        self.error = error_label()
        self.field_widgets = {
            "session_on": self.session_on,
            "present": self.present,
            "chair_uuid": self.chair,
            "secretary_uuid": self.secretary,
            "votes": self.votes_for,
        }
        form_with_buttons(self, body, self.error, self.save)
        self.resize(720, 560)

    def _member_combo(self, name: str, chosen: str | None) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("(not chosen)"), None)
        for member in self.year.members:
            combo.addItem(member.full_name, member.member_uuid)
        _select(combo, chosen)
        return combo

    def save(self) -> bool:
        return self.attempt(self._write)

    def _write(self) -> None:
        from cellapp.services.review import propose_cell_grade, save_cell_self_review, set_review_session

        uow = self.workspace.uow
        day: date | None = self.session_on.value()
        if day is not None:
            set_review_session(
                uow(),
                self.year.year,
                session_on=day,
                place=self.place.text(),
                chair_uuid=self.chair.currentData(),
                secretary_uuid=self.secretary.currentData(),
                present=self.present.value() or None,
            )
        grade = self.self_grade.currentData()
        save_cell_self_review(
            uow(),
            self.year.year,
            criteria_met={code: box.isChecked() for code, box in self.criteria.items()},
            text=self.self_text.toPlainText(),
            self_grade=ReviewGrade(grade) if grade else None,
        )
        proposed = self.proposed.currentData()
        if proposed and self.year.decision is None:
            saved = propose_cell_grade(
                uow(),
                self.year.year,
                grade=ReviewGrade(proposed),
                votes_for=self.votes_for.value(),
                votes_against=self.votes_against.value(),
                on=day,
            )
            self.warnings = [w.render() for w in saved.warnings]
