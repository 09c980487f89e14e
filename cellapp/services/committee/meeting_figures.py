"""Every cell's meeting figures at once, for the committee (the Cells page, alerts, charts, statistics).

A province's year is a hundred thousand attendance lines, so finalised meetings are counted in the store:
their lines are grouped by meeting, status on the day and mark, and each group is weighed by the same
rule as the minutes' counts (`expected_and_present`). Only meetings held but not finalised yet, whose
lists depend on the members' statuses on the day, are rebuilt line by line as the cell does.

The figures are those of `meeting_figures` for each cell, except that the members' tallies are kept for
the repeated absentees only (`per_member` and `silent_members` are empty): nothing at the committee
reads the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, extract, func, select

from cellapp.domain.attendance import (
    SUMMONED_STATUSES,
    AttendanceMark,
    expected_and_present,
)
from cellapp.domain.lifecycle import Standing
from cellapp.domain.meetings import MeetingKind, MeetingStatus
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meeting_statistics import (
    CELL_MEETING_KINDS,
    HELD_STATUSES,
    REPEATED_ABSENCES,
    MeetingFigures,
    MeetingRate,
    MemberAttendance,
    assemble_figures,
    member_expected_attended,
    rate_of,
    records_begin,
)
from cellapp.services.meeting_store import build_roster, standings_on
from cellapp.services.meeting_types import RosterEntry
from cellapp.storage.records import MeetingAttendanceRecord, MeetingRecord, MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork

StandingsFor = Callable[[str, date], dict[str, Standing]]
Conditions = tuple[ColumnElement[bool], ...]

_STATUSES = {s.value: s for s in MemberStatus}
_MARKS = {m.value: m for m in AttendanceMark}


@dataclass
class _Tally:
    """One member's attendance over the year, within one cell."""

    full_name: str = ""
    expected: int = 0
    attended: int = 0
    absent_unexcused: int = 0
    months: set[int] = field(default_factory=set)  # months with an absence without reason

    def add(self, status: MemberStatus, mark: AttendanceMark | None, month: int, count: int = 1) -> None:
        expected, present = member_expected_attended(status, mark)
        if not expected:
            return
        self.expected += count
        self.attended += count * present
        if mark is AttendanceMark.ABSENT_UNEXCUSED:
            self.absent_unexcused += count
            self.months.add(month)

    def as_attendance(self, member_uuid: str) -> MemberAttendance:
        return MemberAttendance(
            member_uuid=member_uuid,
            full_name=self.full_name,
            expected=self.expected,
            attended=self.attended,
            absent_unexcused=self.absent_unexcused,
            months_absent_unexcused=len(self.months),
            speeches=0,  # not read at the committee
        )


def figures_by_owner(
    uow: UnitOfWork,
    year: int,
    *,
    today: date,
    owners: Iterable[str],
    standings_for: StandingsFor | None = None,
) -> dict[str, MeetingFigures]:
    """Each owner's figures for the year. `standings_for(owner, day)` gives the members' statuses for
    meetings held but not finalised (the committee has them in memory already); without it they are read."""
    wanted = list(owners)
    with uow:
        held = _held_meetings(year, today, wanted)
        meetings = uow.session.execute(
            select(
                MeetingRecord.uuid,
                MeetingRecord.owner_unit,
                MeetingRecord.kind,
                MeetingRecord.held_on,
                MeetingRecord.status,
            )
            .where(*held)
            .order_by(MeetingRecord.held_on)
        ).all()
        counted = _finalised_counts(uow, held)
        tallies = _finalised_truancy(uow, held)
        open_rosters = _open_rosters(
            uow, [m.uuid for m in meetings if m.status != MeetingStatus.FINALISED], standings_for
        )
        rates: dict[str, list[MeetingRate]] = defaultdict(list)
        for meeting in meetings:
            if meeting.uuid in open_rosters:
                record, roster = open_rosters[meeting.uuid]
                rates[meeting.owner_unit].append(rate_of(record, roster))
                owner_tallies = tallies[meeting.owner_unit]
                for entry in roster:
                    tally = owner_tallies.setdefault(entry.member_uuid, _Tally())
                    tally.full_name = entry.full_name or tally.full_name
                    tally.add(entry.status, entry.mark, meeting.held_on.month)
            else:
                expected, present = counted.get(meeting.uuid, (0, 0))
                rates[meeting.owner_unit].append(
                    MeetingRate(meeting.uuid, MeetingKind(meeting.kind), meeting.held_on, present, expected)
                )
        absentees = _repeated_absentees(uow, held, tallies, open_rosters)
        begins = records_begin(uow, wanted)
    return {
        owner: assemble_figures(
            year,
            today,
            rates.get(owner, []),
            per_member=(),
            repeated_absentees=absentees.get(owner, []),
            begin=begins.get(owner),
        )
        for owner in wanted
    }


def _held_meetings(year: int, today: date, owners: list[str]) -> Conditions:
    """The conditions choosing the cell meetings held in the year, up to today."""
    return (
        MeetingRecord.deleted.is_(False),
        MeetingRecord.kind.in_(CELL_MEETING_KINDS),
        MeetingRecord.status.in_(HELD_STATUSES),
        MeetingRecord.held_on <= today,
        extract("year", MeetingRecord.held_on) == year,
        MeetingRecord.owner_unit.in_(owners),
    )


def _finalised_uuids(held: Conditions) -> ScalarSelect[str]:
    # A subquery, not a list: thousands of bound uuids cost more to compile than the query takes to run.
    return (
        select(MeetingRecord.uuid)
        .where(*held, MeetingRecord.status == MeetingStatus.FINALISED.value)
        .scalar_subquery()
    )


def _finalised_counts(uow: UnitOfWork, held: Conditions) -> dict[str, tuple[int, int]]:
    """Expected and present of each finalised meeting, from its lines grouped by status and mark."""
    a = MeetingAttendanceRecord
    counts: dict[str, tuple[int, int]] = {}
    for meeting_uuid, status, mark, count in uow.session.execute(
        select(a.meeting_uuid, a.status_on_day, a.mark, func.count())
        .where(a.meeting_uuid.in_(_finalised_uuids(held)), a.deleted.is_(False), a.status_on_day.is_not(None))
        .group_by(a.meeting_uuid, a.status_on_day, a.mark)
    ):
        expected, present = expected_and_present(_status(status), _mark(mark))
        before = counts.get(meeting_uuid, (0, 0))
        counts[meeting_uuid] = (before[0] + count * expected, before[1] + count * present)
    return counts


def _finalised_truancy(uow: UnitOfWork, held: Conditions) -> dict[str, dict[str, _Tally]]:
    """Absences without reason of summoned members at finalised meetings, by cell and member (few lines)."""
    a = MeetingAttendanceRecord
    tallies: dict[str, dict[str, _Tally]] = defaultdict(dict)
    for owner, member_uuid, name, held_on in uow.session.execute(
        select(MeetingRecord.owner_unit, a.member_uuid, a.name_on_day, MeetingRecord.held_on)
        .join(MeetingRecord, MeetingRecord.uuid == a.meeting_uuid)
        .where(
            a.meeting_uuid.in_(_finalised_uuids(held)),
            a.deleted.is_(False),
            a.mark == AttendanceMark.ABSENT_UNEXCUSED.value,
            a.status_on_day.in_([s.value for s in SUMMONED_STATUSES]),
        )
        .order_by(MeetingRecord.held_on)
    ):
        tally = tallies[owner].setdefault(member_uuid, _Tally())
        tally.full_name = name or tally.full_name
        tally.absent_unexcused += 1
        tally.months.add(held_on.month)
    return tallies


def _open_rosters(
    uow: UnitOfWork, uuids: list[str], standings_for: StandingsFor | None
) -> dict[str, tuple[MeetingRecord, list[RosterEntry]]]:
    """The lists of meetings held but not finalised, rebuilt from the standings on the day."""
    if not uuids:
        return {}
    records = uow.session.scalars(select(MeetingRecord).where(MeetingRecord.uuid.in_(uuids))).all()
    # Plain rows carry what the list needs (mark, reason) without the cost of mapped objects.
    a = MeetingAttendanceRecord
    lines: dict[str, dict[str, Any]] = defaultdict(dict)
    for line in uow.session.execute(
        select(a.meeting_uuid, a.member_uuid, a.mark, a.reason).where(
            a.meeting_uuid.in_(uuids), a.deleted.is_(False)
        )
    ):
        lines[line.meeting_uuid][line.member_uuid] = line
    names = {
        row.uuid: row.full_name
        for row in uow.session.execute(select(MemberRecord.uuid, MemberRecord.full_name))
    }
    cache: dict[tuple[str, date], dict[str, Standing]] = {}
    rosters = {}
    for record in records:
        key = (record.owner_unit, record.held_on)
        if key not in cache:
            cache[key] = (
                standings_for(*key)
                if standings_for is not None
                else standings_on(uow, record.held_on, owner_unit=record.owner_unit)
            )
        rosters[record.uuid] = (
            record,
            build_roster(uow, record, lines[record.uuid], cache[key], ordered=False, names=names),
        )
    return rosters


def _repeated_absentees(
    uow: UnitOfWork,
    held: Conditions,
    tallies: dict[str, dict[str, _Tally]],
    open_rosters: dict[str, tuple[MeetingRecord, list[RosterEntry]]],
) -> dict[str, list[MemberAttendance]]:
    """Members absent without reason in three or more months, with their whole year's tally."""
    chosen = {
        member_uuid: (owner, tally)
        for owner, members in tallies.items()
        for member_uuid, tally in members.items()
        if len(tally.months) >= REPEATED_ABSENCES
    }
    if not chosen:
        return {}
    # Their attendance at finalised meetings (the absences were counted already); open meetings' lines
    # were added when their lists were rebuilt.
    a = MeetingAttendanceRecord
    for member_uuid, status, mark, count in uow.session.execute(
        select(a.member_uuid, a.status_on_day, a.mark, func.count())
        .where(
            a.meeting_uuid.in_(_finalised_uuids(held)),
            a.member_uuid.in_(list(chosen)),
            a.deleted.is_(False),
            a.status_on_day.is_not(None),
        )
        .group_by(a.member_uuid, a.status_on_day, a.mark)
    ):
        tally = chosen[member_uuid][1]
        expected, present = member_expected_attended(_status(status), _mark(mark))
        tally.expected += count * expected
        tally.attended += count * present
    found: dict[str, list[MemberAttendance]] = defaultdict(list)
    for member_uuid, (owner, tally) in chosen.items():
        found[owner].append(tally.as_attendance(member_uuid))
    for members in found.values():
        members.sort(key=lambda m: name_sort_key(m.full_name))
    return found


def _status(value: str | None) -> MemberStatus:
    found = _STATUSES.get(value or "")
    return MemberStatus(value or "") if found is None else found


def _mark(value: str | None) -> AttendanceMark | None:
    if not value:
        return None
    found = _MARKS.get(value)
    return AttendanceMark(value) if found is None else found
