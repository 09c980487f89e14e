"""What every committee view reads first: the enrolled cells and their members' standings on a day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from cellapp.domain.lifecycle import Standing
from cellapp.domain.member_history import LifecycleEvent, Replay
from cellapp.domain.members import MemberStatus
from cellapp.services.member_histories import load_events, replay_record
from cellapp.storage.records import MemberRecord, SyncPeerRecord
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


@dataclass
class Register:
    """All members the committee holds, grouped by owning cell, with their events, read once; each
    member's history is replayed once and then asked for its standing on any day."""

    records: dict[str, list[MemberRecord]]
    events: dict[str, list[LifecycleEvent]]
    _replays: dict[str, Replay] = field(default_factory=dict)

    def standings_on(self, owner_unit: str, day: date) -> dict[str, Standing]:
        """The same as the members service's `standings_on`, without replaying each history again."""
        found: dict[str, Standing] = {}
        for record in self.records.get(owner_unit, []):
            standing = self.replay(record).standing_on(day)
            if standing.status is not None:
                found[record.uuid] = standing
        return found

    def statuses_on(self, owner_unit: str, day: date) -> dict[str, MemberStatus]:
        return {
            uuid: standing.status
            for uuid, standing in self.standings_on(owner_unit, day).items()
            if standing.status is not None
        }

    def replay(self, record: MemberRecord) -> Replay:
        """The member's history replayed, once per register."""
        found = self._replays.get(record.uuid)
        if found is None:
            found = self._replays[record.uuid] = replay_record(record, self.events.get(record.uuid, []))
        return found

    def by_uuid(self) -> dict[str, MemberRecord]:
        return {r.uuid: r for records in self.records.values() for r in records}


def load_register(uow: UnitOfWork, owners: Sequence[str] | None = None) -> Register:
    """The members of the given units (of every unit without `owners`) and their events."""
    query = select(MemberRecord).where(MemberRecord.deleted.is_(False))
    if owners is not None:
        query = query.where(MemberRecord.owner_unit.in_(list(owners)))
    records: dict[str, list[MemberRecord]] = defaultdict(list)
    for record in uow.session.scalars(query):
        records[record.owner_unit].append(record)
    return Register(dict(records), load_events(uow.session, owners=owners))


def is_late(last_received: date | None, today: date) -> bool:
    """A cell reports every month: late while nothing has arrived since the month began."""
    return last_received is None or last_received < today.replace(day=1)
