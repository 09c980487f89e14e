"""Every cell's meeting figures at once, for the committee (the Cells page, alerts, charts, statistics).

A province's year is a hundred thousand attendance lines, so finalised meetings are counted in the store:
their lines are grouped by meeting, status on the day and mark, and each group is weighed by the same
rule as the minutes' counts (`expected_and_present`). Only meetings held but not finalised yet, whose
lists depend on the members' statuses on the day, are rebuilt line by line as the cell does.

What is counted does not depend on the day it is asked on: `meeting_facts` counts every held meeting of
a cell (any year) and keeps the lines of the members who missed one without reason; `figures_of` then
gives the figures of a year up to a day from those alone. They are those of `meeting_figures` for each
cell, except that the members' tallies are kept for the repeated absentees only (`per_member` and
`silent_members` are empty): nothing at the committee reads the others.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, func, select

from cellapp.domain.attendance import (
    SUMMONED_STATUSES,
    AttendanceMark,
    expected_and_present,
)
from cellapp.domain.lifecycle import Standing
from cellapp.domain.meetings import MeetingKind, MeetingStatus
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meetings import (
    CELL_MEETING_KINDS,
    HELD_STATUSES,
    REPEATED_ABSENCES,
    MeetingFigures,
    MeetingRate,
    MemberAttendance,
    RosterEntry,
    assemble_figures,
    build_roster,
    member_expected_attended,
    rate_of,
    records_begin,
    standings_on,
)
from cellapp.storage.records import MeetingAttendanceRecord, MeetingRecord, MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork

StandingsFor = Callable[[str, date], dict[str, Standing]]
Conditions = tuple[ColumnElement[bool], ...]

_STATUSES = {s.value: s for s in MemberStatus}
_MARKS = {m.value: m for m in AttendanceMark}


@dataclass(frozen=True)
class MemberMeeting:
    """A held meeting a member was expected at (summoned, or came), kept for the members who missed one
    without reason: their tally for any year is counted from these."""

    member_uuid: str
    full_name: str  # as the meeting's list gives it
    held_on: date
    attended: bool
    unexcused: bool  # absent without reason


@dataclass(frozen=True)
class MeetingFacts:
    """A cell's held meetings of every year, counted: its figures for any year and day come from these."""

    rates: tuple[MeetingRate, ...]  # in date order
    absentees: tuple[MemberMeeting, ...]  # in date order

    @property
    def first_held(self) -> date | None:
        return self.rates[0].held_on if self.rates else None


@dataclass
class _Tally:
    """One member's attendance over the year, within one cell."""

    full_name: str = ""
    expected: int = 0
    attended: int = 0
    absent_unexcused: int = 0
    months: set[int] = field(default_factory=set)  # months with an absence without reason

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
        facts = meeting_facts(uow, wanted, standings_for=standings_for)
        begins = records_begin(uow, wanted)
    return {owner: figures_of(facts[owner], year, today=today, begin=begins.get(owner)) for owner in wanted}


def figures_of(facts: MeetingFacts, year: int, *, today: date, begin: date | None) -> MeetingFigures:
    """The figures of the year up to `today` (what `meeting_figures` gives for the cell, but that the
    members' tallies are kept for the repeated absentees only)."""
    rates = [r for r in facts.rates if r.held_on.year == year and r.held_on <= today]
    tallies: dict[str, _Tally] = {}
    for line in facts.absentees:
        if line.held_on.year != year or line.held_on > today:
            continue
        tally = tallies.setdefault(line.member_uuid, _Tally())
        tally.full_name = line.full_name or tally.full_name
        tally.expected += 1
        tally.attended += line.attended
        if line.unexcused:
            tally.absent_unexcused += 1
            tally.months.add(line.held_on.month)
    absentees = [
        tally.as_attendance(member_uuid)
        for member_uuid, tally in tallies.items()
        if len(tally.months) >= REPEATED_ABSENCES
    ]
    absentees.sort(key=lambda m: name_sort_key(m.full_name))
    return assemble_figures(year, today, rates, per_member=(), repeated_absentees=absentees, begin=begin)


def meeting_facts(
    uow: UnitOfWork, owners: Iterable[str], *, standings_for: StandingsFor | None = None
) -> dict[str, MeetingFacts]:
    """Each owner's held cell meetings (every year) with their counts, and the lines of the members who
    missed one without reason."""
    wanted = list(owners)
    with uow:
        held = _held_meetings(wanted)
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
        open_rosters = _open_rosters(
            uow, [m.uuid for m in meetings if m.status != MeetingStatus.FINALISED], standings_for
        )
        truants = _finalised_truants(uow, held) | {
            entry.member_uuid
            for _record, roster in open_rosters.values()
            for entry in roster
            if entry.mark is AttendanceMark.ABSENT_UNEXCUSED
        }
        lines = _finalised_lines(uow, held, truants)
        rates: dict[str, list[MeetingRate]] = defaultdict(list)
        for meeting in meetings:
            if meeting.uuid in open_rosters:
                record, roster = open_rosters[meeting.uuid]
                rates[meeting.owner_unit].append(rate_of(record, roster))
                lines[meeting.owner_unit] += [
                    line
                    for entry in roster
                    if entry.member_uuid in truants
                    for line in _line(
                        entry.member_uuid, entry.full_name, meeting.held_on, entry.status, entry.mark
                    )
                ]
            else:
                expected, present = counted.get(meeting.uuid, (0, 0))
                rates[meeting.owner_unit].append(
                    MeetingRate(meeting.uuid, MeetingKind(meeting.kind), meeting.held_on, present, expected)
                )
    return {
        owner: MeetingFacts(
            tuple(rates.get(owner, [])),
            tuple(sorted(lines.get(owner, []), key=lambda line: line.held_on)),
        )
        for owner in wanted
    }


def _line(
    member_uuid: str, name: str, held_on: date, status: MemberStatus, mark: AttendanceMark | None
) -> list[MemberMeeting]:
    """The member's line at a meeting, if the member's own tally counts it (the minutes' rule)."""
    expected, present = member_expected_attended(status, mark)
    if not expected:
        return []
    return [MemberMeeting(member_uuid, name, held_on, present, mark is AttendanceMark.ABSENT_UNEXCUSED)]


def _held_meetings(owners: list[str]) -> Conditions:
    """The conditions choosing the owners' cell meetings held (any year: the day's figures filter)."""
    return (
        MeetingRecord.deleted.is_(False),
        MeetingRecord.kind.in_(CELL_MEETING_KINDS),
        MeetingRecord.status.in_(HELD_STATUSES),
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


def _finalised_truants(uow: UnitOfWork, held: Conditions) -> set[str]:
    """Members absent without reason from a finalised meeting while summoned (a few)."""
    a = MeetingAttendanceRecord
    return set(
        uow.session.scalars(
            select(a.member_uuid)
            .where(
                a.meeting_uuid.in_(_finalised_uuids(held)),
                a.deleted.is_(False),
                a.mark == AttendanceMark.ABSENT_UNEXCUSED.value,
                a.status_on_day.in_([s.value for s in SUMMONED_STATUSES]),
            )
            .distinct()
        )
    )


def _finalised_lines(uow: UnitOfWork, held: Conditions, truants: set[str]) -> dict[str, list[MemberMeeting]]:
    """These members' lines at finalised meetings, by the meeting's cell."""
    found: dict[str, list[MemberMeeting]] = defaultdict(list)
    if not truants:
        return found
    a = MeetingAttendanceRecord
    for owner, member_uuid, name, held_on, status, mark in uow.session.execute(
        select(
            MeetingRecord.owner_unit,
            a.member_uuid,
            a.name_on_day,
            MeetingRecord.held_on,
            a.status_on_day,
            a.mark,
        )
        .join(MeetingRecord, MeetingRecord.uuid == a.meeting_uuid)
        .where(
            a.meeting_uuid.in_(_finalised_uuids(held)),
            a.member_uuid.in_(sorted(truants)),
            a.deleted.is_(False),
            a.status_on_day.is_not(None),
        )
    ):
        found[owner] += _line(member_uuid, name or "", held_on, _status(status), _mark(mark))
    return found


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
    owners = sorted({record.owner_unit for record in records})
    names = {
        row.uuid: row.full_name
        for row in uow.session.execute(
            select(MemberRecord.uuid, MemberRecord.full_name).where(MemberRecord.owner_unit.in_(owners))
        )
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


def _status(value: str | None) -> MemberStatus:
    found = _STATUSES.get(value or "")
    return MemberStatus(value or "") if found is None else found


def _mark(value: str | None) -> AttendanceMark | None:
    if not value:
        return None
    found = _MARKS.get(value)
    return AttendanceMark(value) if found is None else found
