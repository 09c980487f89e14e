"""The cell's vote behind an admission, a readmission or a recognition as a full member, checked by the
Party's rule (`domain.personnel_votes`: at least two thirds of the full members) and, when the cell
meeting that voted is recorded here, against that meeting's own figures: the full members it counted
(its voting denominator) and those present who could vote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.meetings import MeetingKind, MeetingStatus
from cellapp.domain.personnel_votes import PersonnelVote, needs_vote, vote_refusal
from cellapp.domain.vietnamese import format_date
from cellapp.services.meetings import build_detail
from cellapp.storage.records import MeetingRecord
from cellapp.storage.unit_of_work import UnitOfWork

_HELD = (MeetingStatus.HELD.value, MeetingStatus.FINALISED.value)
_CELL_KINDS = [k.value for k in MeetingKind if k.is_cell_meeting]


@dataclass(frozen=True)
class VoteBasis:
    """A cell meeting held on the day of the vote: who it counted."""

    meeting_uuid: str
    held_on: date
    kind: MeetingKind
    full_members: int  # the meeting's voting denominator (24-QĐ/TW 9.3.2)
    voters_present: int


def vote_basis(uow: UnitOfWork, day: date) -> VoteBasis | None:
    """The cell meeting held that day (the regular one first in a combined sitting), if recorded here."""
    with uow:
        meetings = uow.session.scalars(
            select(MeetingRecord).where(
                MeetingRecord.deleted.is_(False),
                MeetingRecord.held_on == day,
                MeetingRecord.kind.in_(_CELL_KINDS),
                MeetingRecord.status.in_(_HELD),
            )
        ).all()
        if not meetings:
            return None
        # In a combined sitting the regular meeting comes first; both count the same members.
        chosen = min(meetings, key=lambda m: (m.kind != MeetingKind.REGULAR.value, m.created_at, m.uuid))
        detail = build_detail(uow, chosen)
    return VoteBasis(
        detail.uuid,
        detail.held_on,
        detail.kind,
        detail.counts.voting_denominator,
        detail.counts.voters_present,
    )


def checked_vote(
    uow: UnitOfWork,
    kind: EventKind,
    vote: PersonnelVote | None,
    *,
    effective_on: date,
    probation_end: date | None,
    today: date,
) -> PersonnelVote | None:
    """The vote to record with the event (linked to the meeting of that day when there is one), or a
    refusal saying what is wrong. Events that need no vote keep none."""
    if not needs_vote(kind):
        return None
    if vote is not None:
        basis = vote_basis(uow, vote.held_on)
        if basis is not None:
            vote = _against_meeting(vote, basis)
    reason = vote_refusal(kind, vote, effective_on=effective_on, probation_end=probation_end, today=today)
    if reason is not None:
        raise ValidationError(reason, field="vote")
    return vote


def _against_meeting(vote: PersonnelVote, basis: VoteBasis) -> PersonnelVote:
    if vote.full_members != basis.full_members:
        raise ValidationError(
            T(
                "The cell meeting of {day} counted {counted} full members with a vote (present, and absent "
                "without an approved reason), not {given}: the two thirds are of {counted}.",
                "Buổi sinh hoạt chi bộ ngày {day} tính {counted} đảng viên chính thức có quyền biểu quyết (có "
                "mặt và vắng không có lý do được chấp thuận), không phải {given}: hai phần ba tính trên "
                "{counted}.",
                day=format_date(basis.held_on),
                counted=basis.full_members,
                given=vote.full_members,
            ),
            field="vote",
        )
    cast = vote.votes_for + vote.votes_against
    if cast > basis.voters_present:
        raise ValidationError(
            T(
                "{cast} votes were entered but only {voters} full members were present at the meeting of {day}.",
                "Đã nhập {cast} phiếu nhưng buổi sinh hoạt ngày {day} chỉ có {voters} đảng viên chính thức có "
                "mặt biểu quyết.",
                cast=cast,
                voters=basis.voters_present,
                day=format_date(basis.held_on),
            ),
            field="vote",
        )
    return replace(vote, meeting_uuid=basis.meeting_uuid)
