"""The cell's vote behind an admission, a readmission or a recognition (biểu quyết của chi bộ): the day of
the cell meeting, the votes for and against, and the full members counted. When a meeting of that day
is recorded, the full members it counted are filled in and shown; the core checks the two thirds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.personnel_votes import PersonnelVote, two_thirds_of
from cellapp.domain.vietnamese import format_date
from cellapp.services.members import VoteBasis
from ui.widgets.date_field import DateField

BasisLookup = Callable[[date], "VoteBasis | None"]


class VoteFields(QWidget):
    def __init__(self, lookup: BasisLookup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteFields")
        self._lookup = lookup
        self.held_on = DateField(field="vote")
        self.held_on.setObjectName("voteDay")
        self.votes_for = self._spin("votesFor")
        self.votes_against = self._spin("votesAgainst")
        self.full_members = self._spin("voteFullMembers")
        self.basis = QLabel()
        self.basis.setObjectName("voteBasis")
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #444444")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Cell meeting that voted:"), self.held_on)
        form.addRow(self.tr("Votes for:"), self.votes_for)
        form.addRow(self.tr("Votes against:"), self.votes_against)
        form.addRow(self.tr("Full members counted:"), self.full_members)
        form.addRow("", self.basis)
        self.held_on.editingFinished.connect(self._day_changed)
        self.full_members.valueChanged.connect(self._show_needed)
        self._show_needed()

    @staticmethod
    def _spin(name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 9999)
        return spin

    def _day_changed(self) -> None:
        try:
            day = self.held_on.value()
        except CellAppError:
            return
        basis = self._lookup(day) if day is not None and self._lookup is not None else None
        if basis is not None:
            self.full_members.setValue(basis.full_members)
        self._show_needed(basis=basis)

    def _show_needed(self, _value: int = 0, basis: VoteBasis | None = None) -> None:
        members = self.full_members.value()
        text = self.tr("At least two thirds of the full members counted must vote for: %1 of %2.")
        text = text.replace("%1", str(two_thirds_of(members))).replace("%2", str(members))
        if basis is not None:
            meeting = self.tr("The meeting of %1 counted %2 full members with a vote; %3 were present.")
            meeting = (
                meeting.replace("%1", format_date(basis.held_on))
                .replace("%2", str(basis.full_members))
                .replace("%3", str(basis.voters_present))
            )
            text = f"{meeting} {text}"
        self.basis.setText(text)

    def missing_day(self) -> str:
        return self.tr("Enter the day of the cell meeting that voted.")

    def vote(self) -> PersonnelVote | None:
        """The vote entered, or None while its day is empty (the dialog then points at `held_on` with
        `missing_day()`)."""
        day = self.held_on.value()
        if day is None:
            return None
        return PersonnelVote(
            day, self.votes_for.value(), self.votes_against.value(), self.full_members.value()
        )
