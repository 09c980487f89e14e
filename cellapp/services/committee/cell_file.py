"""A cell's file at the committee (issue 6 §2), read-only: its members and its meetings as they arrived
from the cell; finalised minutes print through the meetings' own document service.

Members on the cell's list (exempt, away or suspended included) and those who left it are kept apart:
a former member shows since when and how they left (the event the cell recorded: death, striking the
name, a transfer to an organisation outside the committee…), and members the committee transferred to
another of its cells show that decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T, Text
from cellapp.domain.member_history import Replay
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meetings import MeetingSummary, list_meetings
from cellapp.services.members import MemberSummary, load_events, replay_record, summary_of
from cellapp.services.sync import peer_by_unit
from cellapp.storage.records import MemberRecord, MemberTransferRecord, SyncPeerRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class FormerMember:
    """A member no longer on the cell's list: since when, how they left, and where to or why."""

    member: MemberSummary
    left_on: date | None  # None when the paper register did not say
    reason: Text  # the event that ended it, or the status when no event says
    detail: Text  # the receiving organisation, the decision, the note written with the event


@dataclass(frozen=True)
class CellFile:
    code: str
    name: str
    unit_uuid: str
    members: tuple[MemberSummary, ...]  # on the list (exempt, away, suspended included), in name order
    former: tuple[FormerMember, ...]  # left the cell, the latest first
    meetings: tuple[MeetingSummary, ...]  # newest first


def cell_file(uow: UnitOfWork, cell_uuid: str) -> CellFile:
    with uow:
        session = uow.session
        peer = peer_by_unit(session, cell_uuid)
        if peer is None or peer.role != "cell":
            raise NotFound(
                T(
                    "No enrolled cell has this identifier; only enrolled cells send their records.",
                    "Không có chi bộ đã đăng ký nào có mã định danh này; chỉ chi bộ đã đăng ký mới gửi dữ liệu.",
                )
            )
        records = session.scalars(
            select(MemberRecord).where(MemberRecord.deleted.is_(False), MemberRecord.owner_unit == cell_uuid)
        ).all()
        leaving = [r for r in records if not summary_of(r).status.is_current]
        events = load_events(session, [r.uuid for r in leaving]) if leaving else {}
        current: list[MemberSummary] = []
        former: list[FormerMember] = []
        for record in records:
            summary = summary_of(record)
            if summary.status.is_current:
                current.append(summary)
            else:
                former.append(_left(summary, replay_record(record, events.get(record.uuid, []))))
        former.extend(_transferred_away(uow, cell_uuid))
        current.sort(key=lambda m: name_sort_key(m.full_name))
        former.sort(key=lambda f: name_sort_key(f.member.full_name))
        former.sort(key=lambda f: f.left_on or date.min, reverse=True)
        meetings = list_meetings(uow, owner_unit=cell_uuid)
        return CellFile(peer.code, peer.name, cell_uuid, tuple(current), tuple(former), tuple(meetings))


def _left(member: MemberSummary, history: Replay) -> FormerMember:
    """How the member left: the last step of the history that took them off the list."""
    step = next(
        (
            s
            for s in reversed(history.steps)
            if s.standing.status is not None and not s.standing.status.is_current
        ),
        None,
    )
    if step is None or step.event is None:
        return FormerMember(member, None, member.status.label, _plain(""))
    event = step.event
    detail = "; ".join(part for part in (event.organisation, event.decision_ref, event.note) if part)
    return FormerMember(member, step.on, event.kind.label, _plain(detail))


def _plain(text: str) -> Text:
    """Text written by a person, the same in both languages."""
    return T("{text}", "{text}", text=text)


def _transferred_away(uow: UnitOfWork, cell_uuid: str) -> list[FormerMember]:
    """Members the committee moved from this cell to another and who are not back (the latest move)."""
    session = uow.session
    rows = session.execute(
        select(MemberTransferRecord, MemberRecord)
        .join(MemberRecord, MemberRecord.uuid == MemberTransferRecord.member_uuid)
        .where(
            MemberTransferRecord.from_unit == cell_uuid,
            MemberTransferRecord.deleted.is_(False),
            MemberRecord.owner_unit != cell_uuid,
            MemberRecord.deleted.is_(False),
        )
        .order_by(MemberTransferRecord.epoch)
    ).all()
    codes = {p.unit_uuid: p.code for p in session.scalars(select(SyncPeerRecord))}
    latest: dict[str, tuple[MemberTransferRecord, MemberRecord]] = {}
    for transfer, record in rows:
        latest[record.uuid] = (transfer, record)
    found = []
    for transfer, record in latest.values():
        reason = T(
            "Transferred by the committee to {code}",
            "Cấp ủy chuyển sinh hoạt đến {code}",
            code=codes.get(transfer.to_unit, "?"),
        )
        note = transfer.note or ""
        if transfer.decision:
            detail = T(
                "decision {number}{note}",
                "quyết định {number}{note}",
                number=transfer.decision,
                note=f"; {note}" if note else "",
            )
        else:
            detail = _plain(note)
        found.append(FormerMember(summary_of(record), transfer.decided_on, reason, detail))
    return found
