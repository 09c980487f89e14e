"""Recording one event of a member's party life, and reversing a wrong one.

Each dialog starts with what the Party's rule requires for that event, asks only for the fields the event
needs, and saves through a callback: the core checks the event against the member's whole history, and a
refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cellapp.domain.errors import CellAppError
from cellapp.domain.lifecycle import (
    MAY_END,
    NEEDS_END,
    NEEDS_GRADE,
    NEEDS_ORGANISATION,
    DisciplineLevel,
    EventKind,
    Grade,
)
from cellapp.domain.personnel_votes import PersonnelVote, needs_vote
from cellapp.domain.seniority import BADGE_YEARS
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import EventInput, HistoryEntry
from ui.dialogs.form_support import MissingInput, SavingDialogMixin, error_label, text_of
from ui.widgets.date_field import DateField
from ui.widgets.vote_fields import BasisLookup, VoteFields

K = EventKind
_OUTGOING = frozenset({K.TRANSFERRED_OUT, K.ATTACHED_OUT})


def rule_box(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("ruleText")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setStyleSheet("background: #f3f6fa; padding: 6px")
    return label


class LifecycleDialog(SavingDialogMixin, QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        kind: EventKind,
        member_name: str,
        save: Callable[[EventInput], Any],
        vote_basis: BasisLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._save = save
        self.setWindowTitle(f"{kind.label.render()} – {member_name}")
        self.effective_on = DateField(field="effective_on")
        self.effective_on.setObjectName("effectiveOn")
        self.effective_on.set_value(date.today())
        self.decision_ref = QLineEdit()
        self.decision_ref.setObjectName("decisionRef")
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.ends_on = DateField(field="ends_on")
        self.ends_on.setObjectName("endsOn")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.grade = QComboBox()
        for grade in Grade:
            self.grade.addItem(grade.label.render(), grade.value)
        self.grade.setCurrentIndex(1)
        self.discipline = QComboBox()
        self.discipline.setObjectName("discipline")
        for level in DisciplineLevel:
            self.discipline.addItem(level.label.render(), level.value)
        self.award_kind = QComboBox()
        self.award_kind.setObjectName("awardKind")
        for years in BADGE_YEARS:
            self.award_kind.addItem(self.tr("Party badge, %1 years").replace("%1", str(years)), years)
        self.award_kind.addItem(self.tr("Another award"), None)
        self.award = QLineEdit()
        self.award.setObjectName("award")
        self.award_kind.currentIndexChanged.connect(self._award_changed)
        self.ceremony_on = DateField(field="ceremony_on")
        self.votes = VoteFields(vote_basis)

        form = QFormLayout()
        form.addRow(self.tr("Takes effect on:"), self.effective_on)
        if kind in NEEDS_ORGANISATION:
            label = (
                self.tr("Party organisation it goes to:")
                if kind in _OUTGOING
                else self.tr("Party organisation it comes from:")
            )
            form.addRow(label, self.organisation)
        if kind in NEEDS_GRADE:
            form.addRow(self.tr("Member is:"), self.grade)
        if kind in MAY_END:
            form.addRow(
                self.tr("Until:") if kind in NEEDS_END else self.tr("Until (if known):"), self.ends_on
            )
        if kind is K.DISCIPLINED:
            form.addRow(self.tr("Form of discipline:"), self.discipline)
        if kind is K.AWARDED:
            form.addRow(self.tr("Award:"), self.award_kind)
            form.addRow(self.tr("Name of the award:"), self.award)
        if kind is K.READMITTED:
            form.addRow(self.tr("Admission ceremony:"), self.ceremony_on)
        if needs_vote(kind):
            form.addRow(self.tr("The cell's vote:"), self.votes)
        form.addRow(self.tr("Decision or resolution:"), self.decision_ref)
        form.addRow(self.tr("Note:"), self.note)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule_box(kind.rule.render()))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field_widgets = {
            "effective_on": self.effective_on,
            "ends_on": self.ends_on,
            "organisation": self.organisation,
            "decision_ref": self.decision_ref,
            "note": self.note,
            "ceremony_on": self.ceremony_on,
            "vote": self.votes.held_on,
        }
        self._award_changed()
        self.resize(560, 0)

    def _award_changed(self) -> None:
        self.award.setEnabled(self.award_kind.currentData() is None)

    def _vote(self) -> PersonnelVote:
        vote = self.votes.vote()
        if vote is None:
            raise MissingInput(self.votes.held_on, self.votes.missing_day())
        return vote

    def event_input(self) -> EventInput:
        effective = self.effective_on.value()
        if effective is None:
            raise MissingInput(self.effective_on, self.tr("Enter the date the event takes effect."))
        badge = self.award_kind.currentData() if self.kind is K.AWARDED else None
        return EventInput(
            kind=self.kind,
            effective_on=effective,
            decision_ref=text_of(self.decision_ref),
            note=text_of(self.note),
            ends_on=self.ends_on.value() if self.kind in MAY_END else None,
            organisation=text_of(self.organisation) if self.kind in NEEDS_ORGANISATION else None,
            grade=Grade(self.grade.currentData()) if self.kind in NEEDS_GRADE else None,
            ceremony_on=self.ceremony_on.value() if self.kind is K.READMITTED else None,
            discipline=DisciplineLevel(self.discipline.currentData()) if self.kind is K.DISCIPLINED else None,
            badge_years=int(badge) if badge is not None else None,
            award=text_of(self.award) if self.kind is K.AWARDED and badge is None else None,
            vote=self._vote() if needs_vote(self.kind) else None,
        )

    def _save_clicked(self) -> None:
        try:
            event = self.event_input()
        except MissingInput as missing:
            self.show_missing(missing.widget, missing.message)
            return
        except CellAppError as error:  # an unreadable date names its field
            self.show_refusal(error)
            return
        self.attempt(lambda: self._save(event))


class ReverseEventDialog(SavingDialogMixin, QDialog):
    """Cancels a wrongly recorded event; the reason is kept beside it in the history."""

    def __init__(
        self, parent: QWidget | None, entry: HistoryEntry, member_name: str, save: Callable[[str], Any]
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Reverse a wrong entry – %1").replace("%1", member_name))
        summary = QLabel(
            self.tr("Event: %1 of %2")
            .replace("%1", entry.kind.label.render())
            .replace("%2", format_date(entry.effective_on))
        )
        summary.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reversalReason")
        self.reason.setPlaceholderText(self.tr("Why the entry is wrong, e.g. recorded for the wrong member"))
        self.reason.setMaximumHeight(80)
        self.error = error_label()
        self.field_widgets = {"note": self.reason}
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: self.attempt(lambda: self._save(self.reason.toPlainText())))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rule_box(K.REVERSAL.rule.render()))
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(500, 0)
