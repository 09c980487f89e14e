"""Loading members' lifecycle events from storage and keeping each member record's projection in step.

Shared by the member services: `load_histories` reads the events of many members in one query,
`replay_record` replays one member, and `project` writes the status and party dates the events yield back
onto the member record, in the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.lifecycle import DisciplineLevel, EventKind, Grade
from cellapp.domain.member_history import Entry, LifecycleEvent, PartyDates, Replay, replay
from cellapp.domain.members import MemberStatus
from cellapp.storage.records import MemberEventRecord, MemberRecord


def to_event(record: MemberEventRecord) -> LifecycleEvent:
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
    )


def load_events(
    session: Session, member_uuids: Iterable[str] | None = None
) -> dict[str, list[LifecycleEvent]]:
    """Events per member (all of them, reversals included), for the given members or for everyone."""
    query = select(MemberEventRecord).where(MemberEventRecord.deleted.is_(False))
    if member_uuids is not None:
        query = query.where(MemberEventRecord.member_uuid.in_(list(member_uuids)))
    found: dict[str, list[LifecycleEvent]] = defaultdict(list)
    for record in session.scalars(query):
        found[record.member_uuid].append(to_event(record))
    return found


def entry_of(record: MemberRecord) -> Entry:
    """The member as entered, for a member whose record has no events yet."""
    return Entry(
        MemberStatus(record.status),
        PartyDates(record.admitted_on, record.ceremony_on, record.official_on),
    )


def replay_record(record: MemberRecord, events: Iterable[LifecycleEvent], *, strict: bool = False) -> Replay:
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
