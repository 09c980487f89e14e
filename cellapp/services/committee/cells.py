"""What every committee view reads first: the enrolled cells, and the register of their members as the
figures need it.

The register is read by column (plain rows, not mapped records: a province holds tens of thousands of
members) and each member's history is replayed once, with the members' own rules
(`services.members.replay_record`). What the replay gives (the standing from each day, the party dates,
the gaps, the events it had to leave out) is all the figures ask of a history on any day, so it is kept
with each cell's facts (`facts`) and a new day needs no replay.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import Table, select

from cellapp.domain.lifecycle import Standing
from cellapp.domain.member_history import LifecycleEvent, Replay, live_events
from cellapp.domain.members import MemberStatus
from cellapp.services.members import replay_record, to_event
from cellapp.storage.records import MemberEventRecord, MemberRecord, SyncPeerRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Cell:
    code: str
    name: str
    unit_uuid: str
    last_received: date | None


def enrolled_cells(uow: UnitOfWork) -> list[Cell]:
    """Cells enrolled at this committee (revoked and merely invited cells send nothing), by code."""
    peers = uow.session.scalars(
        select(SyncPeerRecord)
        .where(SyncPeerRecord.role == "cell", SyncPeerRecord.status == "enrolled")
        .order_by(SyncPeerRecord.code)
    ).all()
    return [
        Cell(p.code, p.name, p.unit_uuid, p.last_bundle_at.date() if p.last_bundle_at else None)
        for p in peers
        if p.unit_uuid
    ]


@dataclass(frozen=True, slots=True)
class RegisterMember:
    """One member of a cell as the committee's figures read them: the register's plain values, the
    replayed `history`, and the `events` still standing (reversals and what they reverse left out)."""

    uuid: str
    full_name: str
    sex: str
    ethnicity: str | None
    birth_date: date | None
    status: str  # as projected on the record: which members the alerts look at
    history: Replay
    events: tuple[LifecycleEvent, ...]


@dataclass(frozen=True)
class Register:
    """The members the committee holds, by owning cell."""

    members: dict[str, list[RegisterMember]]

    def standings_on(self, owner_unit: str, day: date) -> dict[str, Standing]:
        """The same as the members service's standings on a day, from the histories replayed once."""
        found: dict[str, Standing] = {}
        for member in self.members.get(owner_unit, []):
            standing = member.history.standing_on(day)
            if standing.status is not None:
                found[member.uuid] = standing
        return found

    def statuses_on(self, owner_unit: str, day: date) -> dict[str, MemberStatus]:
        return {
            uuid: standing.status
            for uuid, standing in self.standings_on(owner_unit, day).items()
            if standing.status is not None
        }


_MEMBER_COLUMNS = (
    MemberRecord.uuid,
    MemberRecord.owner_unit,
    MemberRecord.full_name,
    MemberRecord.sex,
    MemberRecord.ethnicity,
    MemberRecord.birth_date,
    MemberRecord.status,
    MemberRecord.admitted_on,
    MemberRecord.ceremony_on,
    MemberRecord.official_on,
)
_events = cast(Table, MemberEventRecord.__table__)
# Every column an event is read from (named as the record's attributes), whatever columns are added later.
_EVENT_COLUMNS = tuple(c for c in _events.c if c.name != "extra")


def load_register(uow: UnitOfWork, owners: Sequence[str]) -> Register:
    """The members of these units, their events, each history replayed."""
    wanted = list(owners)
    rows = uow.session.execute(
        select(*_MEMBER_COLUMNS)
        .where(MemberRecord.deleted.is_(False), MemberRecord.owner_unit.in_(wanted))
        .order_by(MemberRecord.owner_unit, MemberRecord.uuid)
    ).all()
    events: dict[str, list[LifecycleEvent]] = defaultdict(list)
    of_owners = select(MemberRecord.uuid).where(MemberRecord.owner_unit.in_(wanted)).scalar_subquery()
    for row in uow.session.execute(
        select(*_EVENT_COLUMNS)
        .where(_events.c.deleted.is_(False), _events.c.member_uuid.in_(of_owners))
        .order_by(_events.c.member_uuid, _events.c.sequence)
    ):
        events[row.member_uuid].append(to_event(row))
    members: dict[str, list[RegisterMember]] = {unit: [] for unit in wanted}
    for row in rows:
        history = events.get(row.uuid, [])
        members[row.owner_unit].append(
            RegisterMember(
                uuid=row.uuid,
                full_name=row.full_name,
                sex=row.sex,
                ethnicity=row.ethnicity,
                birth_date=row.birth_date,
                status=row.status,
                history=replay_record(row, history),
                events=tuple(live_events(history)),
            )
        )
    return Register(members)


def is_late(last_received: date | None, today: date) -> bool:
    """A cell reports every month: late while nothing has arrived since the month began."""
    return last_received is None or last_received < today.replace(day=1)
