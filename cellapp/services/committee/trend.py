"""The committee overview's charts (issue 6 §7): meetings held and attendance by month across the cells,
and how many cells reported (a bundle imported) in each month of the year."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.services.committee.cells import enrolled_cells
from cellapp.services.meeting_statistics import figures_by_owner
from cellapp.storage.records import SyncLedgerRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class MonthFigures:
    month: int
    meetings_held: int
    present: int
    expected: int
    cells_reported: int

    @property
    def attendance_rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class MonthlyTrend:
    year: int
    cells: int  # enrolled cells
    months: tuple[MonthFigures, ...]  # January to the current month (the whole year for a past year)


def monthly_trend(uow: UnitOfWork, *, year: int, today: date) -> MonthlyTrend:
    last = 12 if year < today.year else (today.month if year == today.year else 0)
    held: dict[int, int] = defaultdict(int)
    present: dict[int, int] = defaultdict(int)
    expected: dict[int, int] = defaultdict(int)
    with uow:
        cells = enrolled_cells(uow)
        every = figures_by_owner(uow, year, today=today, owners=[c.unit_uuid for c in cells])
        for figures in every.values():
            for month, count in enumerate(figures.meetings_by_month, start=1):
                held[month] += count
            for meeting in figures.per_meeting:
                present[meeting.held_on.month] += meeting.present
                expected[meeting.held_on.month] += meeting.expected
        units = {c.unit_uuid for c in cells}
        reported: dict[int, set[str]] = defaultdict(set)
        for unit, at in uow.session.execute(select(SyncLedgerRecord.from_unit, SyncLedgerRecord.imported_at)):
            if unit in units and at.year == year:
                reported[at.month].add(unit)
    return MonthlyTrend(
        year,
        len(cells),
        tuple(
            MonthFigures(m, held[m], present[m], expected[m], len(reported[m])) for m in range(1, last + 1)
        ),
    )
