"""The committee overview's charts (issue 6 §7): meetings held and attendance by month across the cells,
and how many cells reported (a bundle imported) in each month of the year."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.services.committee.cells import Cell, enrolled_cells
from cellapp.services.committee.facts import cell_facts
from cellapp.services.committee.meeting_figures import figures_of
from cellapp.services.committee.snapshots import cell_snapshots
from cellapp.services.meetings import enrolment_days, records_begin_on
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
        for by_month in _monthly_figures(uow, cells, year=year, today=today):
            for month, (count, came, summoned) in enumerate(by_month, start=1):
                held[month] += count
                present[month] += came
                expected[month] += summoned
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


def _monthly_figures(
    uow: UnitOfWork, cells: list[Cell], *, year: int, today: date
) -> list[list[tuple[int, int, int]]]:
    """Each cell's (meetings held, present, expected) by month: this year's from the cells' kept
    snapshots, an earlier year's from their facts."""
    if year == today.year:
        snapshots = cell_snapshots(uow, cells, today=today).values()
        return [
            list(zip(s.meetings_by_month, s.present_by_month, s.expected_by_month, strict=True))
            for s in snapshots
        ]
    units = [c.unit_uuid for c in cells]
    facts = cell_facts(uow, units, today=today)
    enrolled = enrolment_days(uow, units)
    found = []
    for unit in units:
        begin = records_begin_on(facts[unit].meetings.first_held, enrolled.get(unit))
        figures = figures_of(facts[unit].meetings, year, today=today, begin=begin)
        months = [[count, 0, 0] for count in figures.meetings_by_month]
        for meeting in figures.per_meeting:
            months[meeting.held_on.month - 1][1] += meeting.present
            months[meeting.held_on.month - 1][2] += meeting.expected
        found.append([(held, came, summoned) for held, came, summoned in months])
    return found
