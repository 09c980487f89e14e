"""A cell's file at the committee (issue 6 §2), read-only: its members and its meetings as they arrived
from the cell; finalised minutes print through the meetings' own document service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T, Text
from cellapp.domain.member_history import Replay
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meeting_types import MeetingSummary
from cellapp.services.meetings import list_meetings
from cellapp.services.member_histories import load_events, replay_record
from cellapp.services.members import MemberSummary, summary_of
from cellapp.services.sync_common import peer_by_unit
from cellapp.storage.records import MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FormerMember:
    """A member no longer on the cell's list: since when, how they left, and where to (or why)."""

    member: MemberSummary
    left_on: date | None
    how: Text  # the event that ended it (transferred out, died…), or the status when no event says
    detail: str  # the receiving organisation, or the note written with the event


@dataclass(frozen=True)
class CellFile:
    code: str
    name: str
    unit_uuid: str
    members: tuple[MemberSummary, ...]  # still on the list (exempt and away included), in name order
    former: tuple[FormerMember, ...]  # left the cell, the latest first
    meetings: tuple[MeetingSummary, ...]  # newest first


def cell_file(uow: UnitOfWork, cell_uuid: str) -> CellFile:
    with uow:
        peer = peer_by_unit(uow.session, cell_uuid)
        if peer is None or peer.role != "cell":
            raise NotFound(
                T(
                    "No enrolled cell has this identifier; only enrolled cells send their records.",
                    "Không có chi bộ đã đăng ký nào có mã định danh này; chỉ chi bộ đã đăng ký mới gửi dữ liệu.",
                )
            )
        records = uow.session.scalars(
            select(MemberRecord).where(MemberRecord.deleted.is_(False), MemberRecord.owner_unit == cell_uuid)
        ).all()
        events = load_events(uow.session, owners=[cell_uuid])
        current, former = [], []
        for record in records:
            summary = summary_of(record)
            if summary.status.is_current:
                current.append(summary)
            else:
                former.append(_former(summary, replay_record(record, events.get(record.uuid, []))))
        current.sort(key=lambda m: name_sort_key(m.full_name))
        former.sort(key=lambda f: (f.left_on or date.min, name_sort_key(f.member.full_name)), reverse=True)
        meetings = list_meetings(uow, owner_unit=cell_uuid)
        return CellFile(peer.code, peer.name, cell_uuid, tuple(current), tuple(former), tuple(meetings))


def _former(member: MemberSummary, history: Replay) -> FormerMember:
    """How the member left: the last step of the history that took them off the list."""
    leaving = next(
        (
            step
            for step in reversed(history.steps)
            if step.standing.status is not None and not step.standing.status.is_current
        ),
        None,
    )
    if leaving is None or leaving.event is None:
        return FormerMember(member, None, member.status.label, "")
    event = leaving.event
    return FormerMember(member, leaving.on, event.kind.label, event.organisation or event.note or "")
