"""The Overview page's figures: who the unit is and how many members it has in each status."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cellapp.domain.members import MemberStatus
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.storage.records import MemberRecord, UnitRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Overview:
    unit_name: str
    kind: UnitKind
    committee_name: str | None
    committee_level: CommitteeLevel | None
    counts: dict[MemberStatus, int]

    @property
    def total(self) -> int:
        """The cell's membership total: current members, not those only attached here."""
        return sum(n for status, n in self.counts.items() if status.counts_in_total)


def get_overview(uow: UnitOfWork) -> Overview:
    with uow:
        workspace = uow.session.get(WorkspaceRecord, 1)
        assert workspace is not None
        unit = uow.session.get(UnitRecord, workspace.unit_uuid)
        assert unit is not None
        rows = uow.session.execute(
            select(MemberRecord.status, func.count())
            .where(MemberRecord.deleted.is_(False), MemberRecord.owner_unit == unit.uuid)
            .group_by(MemberRecord.status)
        ).all()
        return Overview(
            unit_name=unit.name,
            kind=UnitKind(workspace.kind),
            committee_name=unit.committee_name,
            committee_level=CommitteeLevel(unit.level) if unit.level else None,
            counts={MemberStatus(status): count for status, count in rows},
        )
