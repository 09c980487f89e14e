"""Meeting figures for the Overview page and alerts about meetings (issue item 9).

Meetings held this year by month; thematic meetings per quarter (at least one a quarter, docs/party-rules.md
§3.1); attendance rate per meeting and per member; members absent without reason in three or more
months this year (the Charter's "three months in a year", ground for proposing to strike the name,
Điều lệ Điều 8 k1; two meetings missed in one sitting count as one month); members who
attended the last N meetings without ever speaking. Only cell meetings already held count (not the
committee's, not planned ones).

`absence_alerts` is a plain provider for the generic alerts service: frozen alerts with a bilingual
message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import extract, func, select

from cellapp.domain.attendance import AttendanceMark, RosterGroup, count_attendance, is_here, roster_group
from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import Standing
from cellapp.domain.meetings import ROMAN_QUARTERS, MeetingKind, MeetingStatus, quarter_of
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meetings._store import build_roster, lines_of, standings_on
from cellapp.services.meetings._types import RosterEntry
from cellapp.storage.records import MeetingRecord, MeetingSpeechRecord, SyncPeerRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

REPEATED_ABSENCES = 3  # months with an absence without reason in a year: ground to propose striking the name
SILENT_WINDOW = 3  # "attended the last N meetings without speaking"

HELD_STATUSES = (MeetingStatus.HELD.value, MeetingStatus.FINALISED.value)
CELL_MEETING_KINDS = [k.value for k in MeetingKind if k.is_cell_meeting]


@dataclass(frozen=True)
class MeetingRate:
    uuid: str
    kind: MeetingKind
    held_on: date
    present: int
    expected: int

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class MemberAttendance:
    member_uuid: str
    full_name: str
    expected: int  # meetings the member was summoned to (or attended)
    attended: int
    absent_unexcused: int  # meetings missed without reason
    months_absent_unexcused: int  # months with such an absence: what the Charter counts
    speeches: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class MeetingFigures:
    year: int
    meetings_by_month: tuple[int, ...]  # cell meetings held, January first
    regular_by_month: tuple[int, ...]
    thematic_by_quarter: tuple[int, ...]
    quarters_without_thematic: tuple[int, ...]  # quarters already over, with no thematic meeting
    months_without_regular: tuple[int, ...]  # months already over, with no regular meeting
    per_meeting: tuple[MeetingRate, ...]  # in date order
    per_member: tuple[MemberAttendance, ...]  # in Vietnamese name order
    repeated_absentees: tuple[MemberAttendance, ...]
    silent_members: tuple[MemberAttendance, ...]
    silent_window: int


@dataclass(frozen=True)
class _Held:
    record: MeetingRecord
    roster: list[RosterEntry]
    speakers: set[str]

    @property
    def runners(self) -> set[str]:
        """Who chaired the meeting and who took its minutes."""
        return {uuid for uuid in (self.record.chair_uuid, self.record.secretary_uuid) if uuid}


def _held_meetings(
    uow: UnitOfWork, *, year: int | None, until: date, limit: int | None = None, owner_unit: str | None = None
) -> list[_Held]:
    query = select(MeetingRecord).where(
        MeetingRecord.deleted.is_(False),
        MeetingRecord.kind.in_(CELL_MEETING_KINDS),
        MeetingRecord.status.in_(HELD_STATUSES),
        MeetingRecord.held_on <= until,
    )
    if year is not None:
        query = query.where(extract("year", MeetingRecord.held_on) == year)
    if owner_unit is not None:
        query = query.where(MeetingRecord.owner_unit == owner_unit)
    query = query.order_by(MeetingRecord.held_on.desc())
    if limit is not None:
        query = query.limit(limit)
    records = list(reversed(uow.session.scalars(query).all()))
    cache: dict[date, dict[str, Standing]] = {}
    held: list[_Held] = []
    for record in records:
        standings = None
        if record.status != MeetingStatus.FINALISED:
            if record.held_on not in cache:
                # At the committee, a cell's open meeting lists that cell's members only.
                cache[record.held_on] = standings_on(uow, record.held_on, owner_unit=owner_unit)
            standings = cache[record.held_on]
        speakers = set(
            uow.session.scalars(
                select(MeetingSpeechRecord.member_uuid).where(
                    MeetingSpeechRecord.meeting_uuid == record.uuid,
                    MeetingSpeechRecord.deleted.is_(False),
                    MeetingSpeechRecord.member_uuid.is_not(None),
                )
            ).all()
        )
        held.append(_Held(record, build_roster(uow, record, standings=standings), {s for s in speakers if s}))
    return held


def _ended_months(year: int, today: date, begin: date | None = None) -> list[int]:
    """Months of the year already over, from the month the records begin (nothing is asked of a time
    before the cell kept its records here)."""
    if year < today.year:
        months = list(range(1, 13))
    elif year > today.year:
        months = []
    else:
        months = list(range(1, today.month))
    return [m for m in months if begin is None or (year, m) >= (begin.year, begin.month)]


def _ended_quarters(year: int, today: date, begin: date | None = None) -> list[int]:
    if year < today.year:
        quarters = [1, 2, 3, 4]
    elif year > today.year:
        quarters = []
    else:
        quarters = list(range(1, quarter_of(today)))
    return [q for q in quarters if begin is None or (year, q) >= (begin.year, quarter_of(begin))]


def records_begin(uow: UnitOfWork, owners: Iterable[str] | None = None) -> dict[str | None, date]:
    """When each unit's records begin: its first cell meeting held, or the day it started keeping
    records here (the workspace's creation; at the committee, the cell's enrolment) if that is earlier.
    Keyed by owner unit, or by None for this workspace's own records when no owners are given."""
    held = (
        MeetingRecord.deleted.is_(False),
        MeetingRecord.kind.in_(CELL_MEETING_KINDS),
        MeetingRecord.status.in_(HELD_STATUSES),
    )
    if owners is None:
        workspace = uow.session.get(WorkspaceRecord, 1)
        begin = records_begin_on(
            uow.session.scalar(select(func.min(MeetingRecord.held_on)).where(*held)),
            workspace.created_at.date() if workspace else None,
        )
        return {None: begin} if begin else {}
    wanted = list(owners)
    first_held: dict[str, date] = {
        owner: day
        for owner, day in uow.session.execute(
            select(MeetingRecord.owner_unit, func.min(MeetingRecord.held_on))
            .where(*held, MeetingRecord.owner_unit.in_(wanted))
            .group_by(MeetingRecord.owner_unit)
        )
    }
    started = enrolment_days(uow, wanted)
    begins: dict[str | None, date] = {}
    for unit in wanted:
        begin = records_begin_on(first_held.get(unit), started.get(unit))
        if begin is not None:
            begins[unit] = begin
    return begins


def records_begin_on(first_held: date | None, started: date | None) -> date | None:
    """The records begin with the first cell meeting held or the day they started being kept here,
    whichever is earlier."""
    days = [d for d in (first_held, started) if d is not None]
    return min(days) if days else None


def enrolment_days(uow: UnitOfWork, units: Iterable[str]) -> dict[str, date]:
    """The day each cell was enrolled at this committee: when the committee began keeping its records."""
    return {
        unit: enrolled.date()
        for unit, enrolled in uow.session.execute(
            select(SyncPeerRecord.unit_uuid, SyncPeerRecord.enrolled_at).where(
                SyncPeerRecord.unit_uuid.in_(list(units))
            )
        )
        if unit and enrolled is not None
    }


def member_expected_attended(status: MemberStatus, mark: AttendanceMark | None) -> tuple[bool, bool]:
    """A member's own tally: expected when summoned or when they came (a member attached here or listed
    apart who attends counts as attending), attended when present, online or late."""
    group = roster_group(status)
    present = is_here(status, mark)
    if group is RosterGroup.NOT_LISTED:
        return False, False
    return group is RosterGroup.SUMMONED or present, present


def _member_table(held: list[_Held]) -> list[MemberAttendance]:
    table: dict[str, dict[str, int]] = {}
    names: dict[str, str] = {}
    truant_months: dict[str, set[tuple[int, int]]] = {}
    for meeting in held:
        for entry in meeting.roster:
            expected, present = member_expected_attended(entry.status, entry.mark)
            if not expected:
                continue
            row = table.setdefault(
                entry.member_uuid, {"expected": 0, "attended": 0, "unexcused": 0, "spoke": 0}
            )
            names[entry.member_uuid] = entry.full_name
            row["expected"] += 1
            row["attended"] += present
            if entry.mark is AttendanceMark.ABSENT_UNEXCUSED:
                row["unexcused"] += 1
                day = meeting.record.held_on
                truant_months.setdefault(entry.member_uuid, set()).add((day.year, day.month))
            row["spoke"] += entry.member_uuid in meeting.speakers
    result = [
        MemberAttendance(
            member_uuid=uuid,
            full_name=names[uuid],
            expected=row["expected"],
            attended=row["attended"],
            absent_unexcused=row["unexcused"],
            months_absent_unexcused=len(truant_months.get(uuid, ())),
            speeches=row["spoke"],
        )
        for uuid, row in table.items()
    ]
    result.sort(key=lambda m: name_sort_key(m.full_name))
    return result


def _silent(held: list[_Held], window: int) -> list[MemberAttendance]:
    if len(held) < window:
        return []
    last = held[-window:]
    present_sets = [
        {e.member_uuid for e in m.roster if e.mark is not None and e.mark.is_present} for m in last
    ]
    always = set.intersection(*present_sets)
    took_part = set().union(*(m.speakers | m.runners for m in last))
    return [m for m in _member_table(last) if m.member_uuid in always and m.member_uuid not in took_part]


def meeting_figures(
    uow: UnitOfWork,
    year: int,
    *,
    today: date | None = None,
    silent_window: int = SILENT_WINDOW,
    owner_unit: str | None = None,
) -> MeetingFigures:
    """`owner_unit` limits the figures to one cell's meetings (at the committee, which holds them all)."""
    today = today or date.today()
    with uow:
        held = _held_meetings(uow, year=year, until=today, owner_unit=owner_unit)
        recent = _held_meetings(uow, year=None, until=today, limit=silent_window, owner_unit=owner_unit)
        begins = records_begin(uow, None if owner_unit is None else [owner_unit])
    return _figures_of(year, today, held, recent, silent_window, begins.get(owner_unit))


def _figures_of(
    year: int, today: date, held: list[_Held], recent: list[_Held], silent_window: int, begin: date | None
) -> MeetingFigures:
    rates = [rate_of(meeting.record, meeting.roster) for meeting in held]
    members = _member_table(held)
    return assemble_figures(
        year,
        today,
        rates,
        per_member=members,
        repeated_absentees=[m for m in members if m.months_absent_unexcused >= REPEATED_ABSENCES],
        silent_members=_silent(recent, silent_window),
        silent_window=silent_window,
        begin=begin,
    )


def rate_of(record: MeetingRecord, roster: list[RosterEntry]) -> MeetingRate:
    counts = count_attendance(lines_of(roster))
    return MeetingRate(record.uuid, MeetingKind(record.kind), record.held_on, counts.present, counts.expected)


def assemble_figures(
    year: int,
    today: date,
    rates: Sequence[MeetingRate],
    *,
    per_member: Sequence[MemberAttendance],
    repeated_absentees: Sequence[MemberAttendance],
    silent_members: Sequence[MemberAttendance] = (),
    silent_window: int = SILENT_WINDOW,
    begin: date | None = None,
) -> MeetingFigures:
    """The year's figures from its held meetings' rates (in date order) and the members' tallies; months
    and quarters before `begin` (when the records begin) are not reported as missing their meeting."""
    by_month = [0] * 12
    regular = [0] * 12
    thematic = [0] * 4
    for rate in rates:
        month = rate.held_on.month
        by_month[month - 1] += 1
        regular[month - 1] += rate.kind is MeetingKind.REGULAR
        thematic[quarter_of(rate.held_on) - 1] += rate.kind is MeetingKind.THEMATIC
    return MeetingFigures(
        year=year,
        meetings_by_month=tuple(by_month),
        regular_by_month=tuple(regular),
        thematic_by_quarter=tuple(thematic),
        quarters_without_thematic=tuple(
            q for q in _ended_quarters(year, today, begin) if not thematic[q - 1]
        ),
        months_without_regular=tuple(m for m in _ended_months(year, today, begin) if not regular[m - 1]),
        per_meeting=tuple(rates),
        per_member=tuple(per_member),
        repeated_absentees=tuple(repeated_absentees),
        silent_members=tuple(silent_members),
        silent_window=silent_window,
    )


class MeetingAlertKind(StrEnum):
    REPEATED_ABSENCE = "repeated_absence"
    NO_THEMATIC_MEETING = "no_thematic_meeting"
    NO_REGULAR_MEETING = "no_regular_meeting"
    SILENT_MEMBER = "silent_member"


@dataclass(frozen=True)
class MeetingAlert:
    kind: MeetingAlertKind
    message: Text
    period: str  # "2026", "2026-Q2", "2026-03"
    member_uuid: str | None = None
    member_name: str = ""


def absence_alerts(uow: UnitOfWork, year: int, *, today: date | None = None) -> list[MeetingAlert]:
    """Members absent without reason 3+ times this year, quarters without a thematic meeting, months
    without a regular meeting (only periods already over), and, for the year under way, members silent
    at the last meetings."""
    today = today or date.today()
    return meeting_alerts(meeting_figures(uow, year, today=today), silent=year == today.year)


def meeting_alerts(figures: MeetingFigures, *, silent: bool = True) -> list[MeetingAlert]:
    """The alerts of a year's figures (the committee has each cell's already). `silent`: also the members
    silent at the last meetings, which are always the latest ones, whatever the year."""
    year = figures.year
    alerts = [
        MeetingAlert(
            MeetingAlertKind.REPEATED_ABSENCE,
            T(
                "{name} missed cell meetings without reason in {count} months of {year}; the Charter lets "
                "the cell propose striking the name after 3 such months.",
                "Đồng chí {name} đã bỏ sinh hoạt chi bộ không có lý do {count} tháng trong năm {year}; theo "
                "Điều lệ, từ 3 tháng chi bộ có thể đề nghị xóa tên.",
                name=member.full_name,
                count=member.months_absent_unexcused,
                year=year,
            ),
            str(year),
            member.member_uuid,
            member.full_name,
        )
        for member in figures.repeated_absentees
    ]
    alerts += [
        MeetingAlert(
            MeetingAlertKind.NO_THEMATIC_MEETING,
            T(
                "No thematic meeting was held in quarter {quarter} of {year}; at least one a quarter is required.",
                "Quý {quarter} năm {year} chưa tổ chức sinh hoạt chuyên đề; mỗi quý cần ít nhất một lần.",
                quarter=ROMAN_QUARTERS[quarter - 1],
                year=year,
            ),
            f"{year}-Q{quarter}",
        )
        for quarter in figures.quarters_without_thematic
    ]
    alerts += [
        MeetingAlert(
            MeetingAlertKind.NO_REGULAR_MEETING,
            T(
                "No regular meeting was recorded for {month:02d}/{year}; the cell meets every month.",
                "Tháng {month:02d}/{year} chưa có buổi sinh hoạt chi bộ thường kỳ; chi bộ sinh hoạt mỗi tháng "
                "một lần.",
                month=month,
                year=year,
            ),
            f"{year}-{month:02d}",
        )
        for month in figures.months_without_regular
    ]
    silent_members = figures.silent_members if silent else ()
    if silent_members:  # one entry for all of them: the panel stays readable in a large cell
        alerts.append(
            MeetingAlert(
                MeetingAlertKind.SILENT_MEMBER,
                T(
                    "{count} member(s) attended the last {window} cell meetings without speaking once: {names}. "
                    "The cell may encourage and help them to contribute.",
                    "{count} đồng chí dự {window} buổi sinh hoạt chi bộ gần nhất nhưng chưa phát biểu lần nào: "
                    "{names}. Chi bộ nên động viên, giúp các đồng chí tham gia ý kiến.",
                    count=len(silent_members),
                    window=figures.silent_window,
                    names=", ".join(member.full_name for member in silent_members),
                ),
                str(year),
            )
        )
    return alerts
