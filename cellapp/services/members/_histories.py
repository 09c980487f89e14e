"""Loading members' lifecycle events from storage, keeping each member record's projection in step, and
presenting a history.

Shared by the member services: `load_events` reads the events of many members in one query,
`replay_record` replays one member, `project` writes the status and party dates the events yield back
onto the member record in the caller's transaction, and `history_entries` turns events into the lines of
the history tab.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import DisciplineLevel, EventKind, Grade
from cellapp.domain.member_history import Entry, LifecycleEvent, PartyDates, Replay, replay
from cellapp.domain.members import MemberStatus
from cellapp.domain.personnel_votes import PersonnelVote, vote_summary
from cellapp.domain.vietnamese import format_date
from cellapp.storage.records import MemberEventRecord, MemberRecord

K = EventKind


def to_event(record: MemberEventRecord | Row[Any]) -> LifecycleEvent:
    """The event of a record, or of a plain row with the record's columns (read without mapping)."""
    return LifecycleEvent(
        uuid=record.uuid,
        kind=EventKind(record.kind),
        effective_on=record.effective_on,
        sequence=record.sequence,
        decision_ref=record.decision_ref,
        note=record.note,
        ends_on=record.ends_on,
        organisation=record.organisation,
        grade=Grade(record.grade) if record.grade else None,
        status=MemberStatus(record.status) if record.status else None,
        admitted_on=record.admitted_on,
        ceremony_on=record.ceremony_on,
        official_on=record.official_on,
        discipline=DisciplineLevel(record.discipline) if record.discipline else None,
        badge_years=record.badge_years,
        award=record.award,
        reverses=record.reverses_uuid,
        recorded_at=record.created_at,
        recorded_by=record.recorded_by,
        vote=_vote_of(record),
    )


def _vote_of(record: MemberEventRecord | Row[Any]) -> PersonnelVote | None:
    if record.vote_on is None or record.votes_for is None or record.vote_denominator is None:
        return None
    return PersonnelVote(
        held_on=record.vote_on,
        votes_for=record.votes_for,
        votes_against=record.votes_against or 0,
        full_members=record.vote_denominator,
        meeting_uuid=record.vote_meeting_uuid,
    )


def to_record(member_uuid: str, event: LifecycleEvent) -> MemberEventRecord:
    return MemberEventRecord(
        uuid=event.uuid,
        member_uuid=member_uuid,
        kind=event.kind.value,
        effective_on=event.effective_on,
        sequence=event.sequence,
        decision_ref=event.decision_ref,
        note=event.note,
        ends_on=event.ends_on,
        organisation=event.organisation,
        grade=event.grade.value if event.grade else None,
        status=event.status.value if event.status else None,
        admitted_on=event.admitted_on,
        ceremony_on=event.ceremony_on,
        official_on=event.official_on,
        discipline=event.discipline.value if event.discipline else None,
        badge_years=event.badge_years,
        award=event.award,
        reverses_uuid=event.reverses,
        recorded_by=event.recorded_by,
        vote_on=event.vote.held_on if event.vote else None,
        vote_meeting_uuid=event.vote.meeting_uuid if event.vote else None,
        votes_for=event.vote.votes_for if event.vote else None,
        votes_against=event.vote.votes_against if event.vote else None,
        vote_denominator=event.vote.full_members if event.vote else None,
    )


def load_events(
    session: Session, member_uuids: Iterable[str] | None = None, *, owners: Iterable[str] | None = None
) -> dict[str, list[LifecycleEvent]]:
    """Events per member (all of them, reversals included), for the given members, the members of the
    given units, or everyone."""
    query = select(MemberEventRecord).where(MemberEventRecord.deleted.is_(False))
    if member_uuids is not None:
        query = query.where(MemberEventRecord.member_uuid.in_(list(member_uuids)))
    if owners is not None:
        members = select(MemberRecord.uuid).where(MemberRecord.owner_unit.in_(list(owners)))
        query = query.where(MemberEventRecord.member_uuid.in_(members.scalar_subquery()))
    found: dict[str, list[LifecycleEvent]] = defaultdict(list)
    for record in session.scalars(query):
        found[record.member_uuid].append(to_event(record))
    return found


class EnteredMember(Protocol):
    """What a member's replay reads of the register entry: a record, or a plain row of its columns."""

    @property
    def status(self) -> str: ...

    @property
    def admitted_on(self) -> date | None: ...

    @property
    def ceremony_on(self) -> date | None: ...

    @property
    def official_on(self) -> date | None: ...

    @property
    def birth_date(self) -> date | None: ...


def entry_of(record: EnteredMember) -> Entry:
    """The member as entered, for a member whose record has no events yet."""
    return Entry(
        MemberStatus(record.status),
        PartyDates(record.admitted_on, record.ceremony_on, record.official_on),
    )


def replay_record(record: EnteredMember, events: Iterable[LifecycleEvent], *, strict: bool = False) -> Replay:
    """The member's replayed history. Lenient unless asked: reading never fails on a history received from
    elsewhere; writing (`strict=True`) refuses an event the rules do not allow."""
    events = list(events)
    return replay(
        events, entry=None if events else entry_of(record), birth_date=record.birth_date, strict=strict
    )


def project(record: MemberRecord, outcome: Replay) -> None:
    """Write the status and party dates that the events yield onto the member record."""
    standing = outcome.current
    if standing.status is not None:
        record.status = standing.status.value
    record.admitted_on = outcome.dates.admitted_on
    record.ceremony_on = outcome.dates.ceremony_on
    record.official_on = outcome.dates.official_on


def next_sequence(events: Iterable[LifecycleEvent]) -> int:
    return max((e.sequence for e in events), default=0) + 1


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a member's history, as shown in the history tab."""

    uuid: str
    kind: EventKind
    effective_on: date
    decision_ref: str | None
    note: str | None
    details: tuple[Text, ...]
    recorded_at: datetime | None
    recorded_by: str | None
    reversed_by: str | None = None
    reversal_note: str | None = None
    reverses: str | None = None


def history_entries(events: list[LifecycleEvent]) -> list[HistoryEntry]:
    """The member's events, newest first, each reversed one marked with its reversal."""
    reversals = {e.reverses: e for e in events if e.kind is K.REVERSAL and e.reverses}
    by_uuid = {e.uuid: e for e in events}
    # The register entry is where the history starts, whatever day it was written down.
    ordered = sorted(
        events, key=lambda e: (e.kind is not K.REGISTERED, e.effective_on, e.sequence), reverse=True
    )
    entries = []
    for event in ordered:
        reversal = reversals.get(event.uuid)
        entries.append(
            HistoryEntry(
                uuid=event.uuid,
                kind=event.kind,
                effective_on=event.effective_on,
                decision_ref=event.decision_ref,
                note=event.note,
                details=event_details(event, by_uuid),
                recorded_at=event.recorded_at,
                recorded_by=event.recorded_by,
                reversed_by=reversal.uuid if reversal else None,
                reversal_note=reversal.note if reversal else None,
                reverses=event.reverses,
            )
        )
    return entries


def event_details(event: LifecycleEvent, by_uuid: dict[str, LifecycleEvent]) -> tuple[Text, ...]:
    """The kind-specific facts of an event, as short phrases."""
    parts: list[Text] = []
    if event.status is not None:
        parts.append(T("Status: {status}", "Trạng thái: {status}", status=event.status.label))
    if event.grade is not None and event.kind is not K.REGISTERED:
        parts.append(event.grade.label)
    if event.organisation:
        parts.append(T("Organisation: {name}", "Tổ chức đảng: {name}", name=event.organisation))
    for value, en, vi in (
        (event.admitted_on if event.kind is not K.ADMITTED else None, "Admitted {day}", "Vào Đảng {day}"),
        (event.ceremony_on, "Ceremony {day}", "Lễ kết nạp {day}"),
        (event.official_on, "Full member {day}", "Chính thức {day}"),
        (event.ends_on, "Until {day}", "Đến ngày {day}"),
    ):
        if value is not None:
            parts.append(T(en, vi, day=format_date(value)))
    if event.discipline is not None:
        parts.append(event.discipline.label)
    if event.badge_years is not None:
        parts.append(
            T("Party badge, {years} years", "Huy hiệu {years} năm tuổi đảng", years=event.badge_years)
        )
    if event.award:
        parts.append(T("{award}", "{award}", award=event.award))
    if event.vote is not None:
        parts.append(vote_summary(event.vote))
    target = by_uuid.get(event.reverses or "")
    if target is not None:
        parts.append(
            T(
                "Reverses: {event} of {day}",
                "Hủy bỏ: {event} ngày {day}",
                event=target.kind.label,
                day=format_date(target.effective_on),
            )
        )
    return tuple(parts)
