"""The statistics report the level above asks for (issue 6 §6), per cell and in total, for a month, a
quarter or a year: members by status, sex, ethnicity and age band at the period's end; admissions,
recognitions, transfers, deaths and disciplines in the period; meetings held, thematic meetings and
attendance; tasks completed. Also the data of `cellapp stats --json`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from cellapp.domain.lifecycle import EventKind
from cellapp.domain.meetings import MeetingKind, TaskOutcome
from cellapp.domain.membership import EMPTY, MembershipCounts, count_membership
from cellapp.domain.months import Period
from cellapp.services.committee.cells import enrolled_cells
from cellapp.services.committee.facts import cell_facts
from cellapp.services.committee.kept import kept_or_computed
from cellapp.services.committee.meeting_figures import figures_of
from cellapp.services.meetings import enrolment_days, records_begin_on
from cellapp.storage.records import MeetingRecord, MeetingTaskEvaluationRecord
from cellapp.storage.unit_of_work import UnitOfWork

AGE_BANDS = ((0, 30, "<30"), (30, 40, "30-39"), (40, 50, "40-49"), (50, 60, "50-59"), (60, 70, "60-69"))
OLDEST_BAND, UNKNOWN_AGE = "70+", "?"
# Events counted in the period, under the report's column names.
EVENT_COLUMNS = {
    EventKind.ADMITTED: "admissions",
    EventKind.READMITTED: "admissions",
    EventKind.RECOGNISED: "recognitions",
    EventKind.TRANSFERRED_IN: "transfers_in",
    EventKind.TRANSFERRED_OUT: "transfers_out",
    EventKind.DIED: "deaths",
    EventKind.DISCIPLINED: "disciplines",
}
LAYOUT = 2  # of the counts kept per cell: raise it when `_counts` changes
EVENT_NAMES = ("admissions", "recognitions", "transfers_in", "transfers_out", "deaths", "disciplines")


@dataclass(frozen=True)
class CellStatistics:
    unit_code: str
    name: str
    last_received: date | None
    by_status: dict[str, int]  # current statuses only
    # The total by grade (full + probationary) and by situation (active + exempt + attached elsewhere +
    # suspended), each member's grade taken from the history on the day: the same figures as the minutes.
    membership: MembershipCounts
    by_sex: dict[str, int]  # members counted in the total
    by_ethnicity: dict[str, int]
    by_age_band: dict[str, int]
    events: dict[str, int]  # EVENT_NAMES
    meetings_held: int
    regular_meetings: int
    thematic_meetings: int
    present: int  # summed over the period's meetings
    expected: int
    tasks_completed: int

    @property
    def members_total(self) -> int:
        return self.membership.total

    @property
    def attendance_rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    def as_json(self) -> dict[str, object]:
        return {
            "unit_code": self.unit_code,
            "name": self.name,
            "last_received": self.last_received,
            "members_total": self.members_total,
            # members_full + members_probationary == members_total; so do the four situations below.
            "members_full": self.membership.full,
            "members_probationary": self.membership.probationary,
            "members_active": self.membership.active,
            "members_exempt": self.membership.exempt,
            "members_attached_elsewhere": self.membership.attached_elsewhere,
            "members_suspended": self.membership.suspended,
            "members_probationary_exempt": self.membership.probationary_exempt,
            "members_attached_here": self.membership.attached_here,
            "members_by_status": self.by_status,
            "members_by_sex": self.by_sex,
            "members_by_ethnicity": self.by_ethnicity,
            "members_by_age_band": self.by_age_band,
            **self.events,
            "meetings_held": self.meetings_held,
            "regular_meetings": self.regular_meetings,
            "thematic_meetings": self.thematic_meetings,
            "attendance_rate": None if self.attendance_rate is None else round(self.attendance_rate, 4),
            "tasks_completed": self.tasks_completed,
        }


@dataclass(frozen=True)
class StatisticsReport:
    period: Period
    as_of: date  # the period's last day, or today for a period not over yet
    cells: tuple[CellStatistics, ...]
    total: CellStatistics = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", _total(self.cells))

    def as_json(self) -> dict[str, object]:
        return {
            "period": self.period.key,
            "as_of": self.as_of,
            "cells": [c.as_json() for c in self.cells],
            "total": self.total.as_json(),
        }


def statistics(uow: UnitOfWork, period: Period, *, today: date) -> StatisticsReport:
    """Each cell's counts are kept for the period (for the day, while the period is not over) until the
    cell's records change: asking again, or for the PDF after the XLSX, computes nothing."""
    as_of = min(period.last.last_day, today)
    start = period.first.first_day
    with uow:
        cells = enrolled_cells(uow)
        counts = kept_or_computed(
            uow,
            f"statistics:{period.key}",
            [c.unit_uuid for c in cells],
            day=as_of,
            layout=LAYOUT,
            compute=lambda units: _counts(uow, units, start=start, as_of=as_of),
            to_json=lambda found: found,
            from_json=lambda kept: kept,
        )
    rows = [
        CellStatistics(
            unit_code=cell.code,
            name=cell.name,
            last_received=cell.last_received,
            **{
                **counts[cell.unit_uuid],
                "membership": MembershipCounts.from_json(counts[cell.unit_uuid]["membership"]),
            },
        )
        for cell in cells
    ]
    return StatisticsReport(period, as_of, tuple(rows))


def _counts(uow: UnitOfWork, units: list[str], *, start: date, as_of: date) -> dict[str, dict[str, Any]]:
    """The counts of each of these cells (CellStatistics' fields but the cell's own), as plain JSON."""
    facts = cell_facts(uow, units, today=as_of)
    enrolled = enrolment_days(uow, units)
    completed = _tasks_completed(uow, start, as_of)
    found: dict[str, dict[str, Any]] = {}
    for unit in units:
        unit_facts = facts[unit]
        begin = records_begin_on(unit_facts.meetings.first_held, enrolled.get(unit))
        standings = unit_facts.standings_on(as_of)
        statuses = {uuid: s.status for uuid, s in standings.items() if s.status is not None}
        counted = [m for m in unit_facts.members if m.uuid in statuses and statuses[m.uuid].counts_in_total]
        events: Counter[str] = Counter({name: 0 for name in EVENT_NAMES})
        for member in unit_facts.members:
            for event in member.events:
                if event.kind in EVENT_COLUMNS and start <= event.effective_on <= as_of:
                    events[EVENT_COLUMNS[event.kind]] += 1
        # The meetings of each year the period touches.
        meetings = [
            m
            for year in range(start.year, as_of.year + 1)
            for m in figures_of(unit_facts.meetings, year, today=as_of, begin=begin).per_meeting
            if start <= m.held_on <= as_of
        ]
        found[unit] = {
            "by_status": dict(Counter(s.value for s in statuses.values() if s.is_current)),
            "membership": count_membership(standings.values()).as_json(),
            "by_sex": dict(Counter(m.sex for m in counted)),
            "by_ethnicity": dict(Counter(m.ethnicity or "?" for m in counted)),
            "by_age_band": dict(Counter(age_band(m.birth_date, as_of) for m in counted)),
            "events": dict(events),
            "meetings_held": len(meetings),
            "regular_meetings": sum(m.kind is MeetingKind.REGULAR for m in meetings),
            "thematic_meetings": sum(m.kind is MeetingKind.THEMATIC for m in meetings),
            "present": sum(m.present for m in meetings),
            "expected": sum(m.expected for m in meetings),
            "tasks_completed": completed[unit],
        }
    return found


def age_band(birth: date | None, on: date) -> str:
    if birth is None:
        return UNKNOWN_AGE
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for low, high, label in AGE_BANDS:
        if low <= age < high:
            return label
    return OLDEST_BAND


def _tasks_completed(uow: UnitOfWork, start: date, end: date) -> Counter[str]:
    """Tasks evaluated as done at a meeting held in the period."""
    rows = uow.session.execute(
        select(MeetingTaskEvaluationRecord.owner_unit)
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskEvaluationRecord.meeting_uuid)
        .where(
            MeetingTaskEvaluationRecord.deleted.is_(False),
            MeetingRecord.deleted.is_(False),
            MeetingTaskEvaluationRecord.outcome == TaskOutcome.DONE.value,
            MeetingRecord.held_on >= start,
            MeetingRecord.held_on <= end,
        )
    ).scalars()
    return Counter(rows)


def _sum(dicts: list[dict[str, int]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for d in dicts:
        total.update(d)
    return dict(total)


def _total(cells: tuple[CellStatistics, ...]) -> CellStatistics:
    events = _sum([c.events for c in cells]) or {name: 0 for name in EVENT_NAMES}
    return CellStatistics(
        unit_code="",
        name="",
        last_received=max((c.last_received for c in cells if c.last_received), default=None),
        by_status=_sum([c.by_status for c in cells]),
        membership=MembershipCounts.from_json(
            _sum([c.membership.as_json() for c in cells]) or EMPTY.as_json()
        ),
        by_sex=_sum([c.by_sex for c in cells]),
        by_ethnicity=_sum([c.by_ethnicity for c in cells]),
        by_age_band=_sum([c.by_age_band for c in cells]),
        events=events,
        meetings_held=sum(c.meetings_held for c in cells),
        regular_meetings=sum(c.regular_meetings for c in cells),
        thematic_meetings=sum(c.thematic_meetings for c in cells),
        present=sum(c.present for c in cells),
        expected=sum(c.expected for c in cells),
        tasks_completed=sum(c.tasks_completed for c in cells),
    )
