"""How a member comes onto the cell's list, and what follows from it (docs/party-rules.md §5.3).

A member is either already in the cell's register when CellApp is set up (entered with the status the
paper register shows), newly admitted (probationary from the admission, Điều lệ Điều 5 khoản 1),
transferred in permanently (294-QĐ/TW 6.3.1) or attached here for a while (29-QĐ/TW 6.3). Each way is the
first event of the member's history in this cell, and decides the status the new record is checked with,
the dates that make sense and the decision or vote that has to be given.
"""

from __future__ import annotations

from enum import StrEnum

from cellapp.domain.l10n import Text
from cellapp.domain.lifecycle import EventKind, Grade
from cellapp.domain.members import MemberStatus


class JoinWay(StrEnum):
    ENTRY = "entry"  # already in the cell's register
    ADMISSION = "admission"  # newly admitted: probationary
    TRANSFER = "transfer"  # permanent transfer to this cell
    ATTACHMENT = "attachment"  # temporarily attached to this cell

    @classmethod
    def arriving_by(cls, kind: EventKind) -> JoinWay | None:
        """The way of coming onto the list that an event is the first step of (None: not an arrival)."""
        return next((way for way, event in _EVENT_OF.items() if event is kind), None)

    @property
    def event_kind(self) -> EventKind:
        """The first event of the member's history in this cell."""
        return _EVENT_OF[self]

    @property
    def rule(self) -> Text:
        """The rule behind this way of joining, as the event states it."""
        return self.event_kind.rule

    @property
    def moves_in(self) -> bool:
        """The member comes from another organisation: the arrival date and grade are asked."""
        return self in (JoinWay.TRANSFER, JoinWay.ATTACHMENT)

    @property
    def needs_decision(self) -> bool:
        """A decision (admission, transfer or attachment) is referred to."""
        return self is not JoinWay.ENTRY

    @property
    def needs_vote(self) -> bool:
        """The cell's vote behind an admission is recorded (Điều lệ Điều 4)."""
        return self is JoinWay.ADMISSION

    @property
    def has_official_date(self) -> bool:
        """A newly admitted member has no official date or card yet; everyone else may have both."""
        return self is not JoinWay.ADMISSION

    @property
    def has_end(self) -> bool:
        """A temporary attachment has a day it ends."""
        return self is JoinWay.ATTACHMENT

    @property
    def status_is_chosen(self) -> bool:
        """Only a member already in the register is entered with a status chosen by the secretary."""
        return self is JoinWay.ENTRY


_EVENT_OF = {
    JoinWay.ENTRY: EventKind.REGISTERED,
    JoinWay.ADMISSION: EventKind.ADMITTED,
    JoinWay.TRANSFER: EventKind.TRANSFERRED_IN,
    JoinWay.ATTACHMENT: EventKind.ATTACHED_IN,
}

# The statuses a member already in the paper register can be entered with. Attached here needs the
# attachment's own event, so it is not among them.
ENTRY_STATUSES: tuple[MemberStatus, ...] = (
    MemberStatus.FULL,
    MemberStatus.PROBATIONARY,
    MemberStatus.EXEMPT,
    MemberStatus.TEMPORARILY_EXEMPT,
    MemberStatus.ATTACHED_ELSEWHERE,
    MemberStatus.SUSPENDED,
)


def entry_status(
    way: JoinWay, *, grade: Grade | None = None, chosen: MemberStatus | None = None
) -> MemberStatus:
    """The status a new member's register fields are checked with when they come onto the list.

    Admission makes a probationary member. A member who moves in keeps the grade they arrive with (full
    unless said otherwise). A member already in the register has the status the secretary chose. The first
    event then writes the status the register shows (an attachment shows "attached here").
    """
    if way is JoinWay.ADMISSION:
        return MemberStatus.PROBATIONARY
    if way.moves_in:
        return (grade or Grade.FULL).active_status
    if chosen is None:
        raise ValueError("a member already in the register is entered with a chosen status")
    return chosen
