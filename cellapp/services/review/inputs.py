"""What the rules ask the cell to weigh for each member, gathered from the year's records (docs/party-rules.md
§7.1): attendance and speeches at the year's cell meetings, tasks assigned at meetings (done on time,
done late, still open), party fees of the year, discipline during the year, and for a member living
elsewhere under Regulation 213 the residence cell; for a member who transferred in during the year, the
cell they came from. The secretary sees them beside each member while grading; they are facts, not a
grade.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, or_, select

from cellapp.domain.lifecycle import DisciplineLevel, EventKind
from cellapp.domain.meetings import MeetingStatus, TaskOutcome
from cellapp.domain.member_history import live_events
from cellapp.services.fees import fee_ledger
from cellapp.services.meetings import meeting_figures
from cellapp.services.members import load_events
from cellapp.storage.records import (
    MeetingRecord,
    MeetingTaskAssigneeRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    ResidenceIntroductionRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Discipline:
    level: DisciplineLevel | None
    effective_on: date
    decision_ref: str | None


@dataclass(frozen=True)
class ReviewInputs:
    member_uuid: str
    meetings_expected: int = 0
    meetings_attended: int = 0
    absent_unexcused: int = 0
    months_absent_unexcused: int = 0
    speeches: int = 0
    tasks: int = 0
    tasks_on_time: int = 0
    tasks_late: int = 0  # done after the due day
    tasks_open: int = 0  # not evaluated as done by the end of the year (or today)
    fee_months_due: int = 0
    fee_months_unpaid: int = 0
    fees_paid: int = 0  # đồng paid for the year's months
    discipline: tuple[Discipline, ...] = ()
    residence_cell: str | None = None  # Regulation 213: where the member keeps contact
    residence_exempt: bool = False
    transferred_from: str | None = None  # the previous cell, for a member who came during the year

    @property
    def disciplined(self) -> bool:
        return bool(self.discipline)

    @property
    def attendance_rate(self) -> float | None:
        return self.meetings_attended / self.meetings_expected if self.meetings_expected else None


def _year_end(year: int, today: date) -> date:
    return min(date(year, 12, 31), today)


def _task_counts(uow: UnitOfWork, year: int, until: date) -> dict[str, dict[str, int]]:
    """Per member: tasks due in the year (or set in it without a due day), how they ended."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    tasks = uow.session.execute(
        select(MeetingTaskRecord.uuid, MeetingTaskRecord.due_on, MeetingRecord.held_on)
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskRecord.meeting_uuid)
        .where(
            MeetingTaskRecord.deleted.is_(False),
            MeetingRecord.deleted.is_(False),
            or_(
                MeetingTaskRecord.due_on.between(first, last),
                (MeetingTaskRecord.due_on.is_(None)) & (extract("year", MeetingRecord.held_on) == year),
            ),
        )
    ).all()
    if not tasks:
        return {}
    wanted = [t.uuid for t in tasks]
    done_on: dict[str, date] = {}
    for task_uuid, held_on in uow.session.execute(
        select(MeetingTaskEvaluationRecord.task_uuid, MeetingRecord.held_on)
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskEvaluationRecord.meeting_uuid)
        .where(
            MeetingTaskEvaluationRecord.task_uuid.in_(wanted),
            MeetingTaskEvaluationRecord.deleted.is_(False),
            MeetingTaskEvaluationRecord.outcome == TaskOutcome.DONE.value,
            MeetingRecord.status.in_([MeetingStatus.HELD.value, MeetingStatus.FINALISED.value]),
            MeetingRecord.held_on <= until,
        )
    ):
        if task_uuid not in done_on or held_on < done_on[task_uuid]:
            done_on[task_uuid] = held_on
    assignees: dict[str, list[str]] = defaultdict(list)
    for task_uuid, member_uuid in uow.session.execute(
        select(MeetingTaskAssigneeRecord.task_uuid, MeetingTaskAssigneeRecord.member_uuid).where(
            MeetingTaskAssigneeRecord.task_uuid.in_(wanted), MeetingTaskAssigneeRecord.deleted.is_(False)
        )
    ):
        assignees[task_uuid].append(member_uuid)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tasks": 0, "on_time": 0, "late": 0, "open": 0})
    for task in tasks:
        finished = done_on.get(task.uuid)
        if finished is None:
            outcome = "open"
        elif task.due_on is not None and finished > task.due_on:
            outcome = "late"
        else:
            outcome = "on_time"
        for member_uuid in assignees.get(task.uuid, []):
            row = counts[member_uuid]
            row["tasks"] += 1
            row[outcome] += 1
    return counts


def _events_of_year(uow: UnitOfWork, member_uuids: list[str], year: int) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = defaultdict(dict)
    for member_uuid, events in load_events(uow.session, member_uuids).items():
        discipline: list[Discipline] = []
        for event in live_events(events):
            if event.effective_on.year != year:
                continue
            if event.kind is EventKind.DISCIPLINED:
                discipline.append(Discipline(event.discipline, event.effective_on, event.decision_ref))
            elif event.kind is EventKind.TRANSFERRED_IN and event.organisation:
                found[member_uuid]["transferred_from"] = event.organisation
        found[member_uuid]["discipline"] = tuple(sorted(discipline, key=lambda d: d.effective_on))
    return found


def _residence(uow: UnitOfWork, member_uuids: list[str], year: int) -> dict[str, tuple[str, bool]]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    found: dict[str, tuple[str, bool]] = {}
    rows = uow.session.scalars(
        select(ResidenceIntroductionRecord).where(
            ResidenceIntroductionRecord.member_uuid.in_(member_uuids),
            ResidenceIntroductionRecord.deleted.is_(False),
            or_(
                ResidenceIntroductionRecord.introduced_on.is_(None),
                ResidenceIntroductionRecord.introduced_on <= last,
            ),
            or_(
                ResidenceIntroductionRecord.ended_on.is_(None), ResidenceIntroductionRecord.ended_on >= first
            ),
        )
    ).all()
    for row in sorted(rows, key=lambda r: r.introduced_on or first):
        found[row.member_uuid] = (row.residence_cell, row.exempt)
    return found


def review_inputs(
    uow: UnitOfWork, year: int, member_uuids: list[str], *, today: date | None = None
) -> dict[str, ReviewInputs]:
    """The inputs of each of these members for the year, as of today (the year's end once it is over)."""
    today = today or date.today()
    until = _year_end(year, today)
    figures = meeting_figures(uow, year, today=until)
    attendance = {m.member_uuid: m for m in figures.per_member}
    ledger = fee_ledger(uow, year=year, member_uuids=member_uuids)
    fees = {row.member_uuid: row for row in ledger.rows}
    with uow:
        tasks = _task_counts(uow, year, until)
        events = _events_of_year(uow, member_uuids, year)
        residence = _residence(uow, member_uuids, year)
    result: dict[str, ReviewInputs] = {}
    for member_uuid in member_uuids:
        seen = attendance.get(member_uuid)
        fee_row = fees.get(member_uuid)
        months = [
            m
            for m in (fee_row.months if fee_row else ())
            if m.state.counts and m.due > 0 and (m.month.year, m.month.month) <= (until.year, until.month)
        ]
        task_row = tasks.get(member_uuid, {})
        facts = events.get(member_uuid, {})
        lives = residence.get(member_uuid)
        transferred = facts.get("transferred_from")
        result[member_uuid] = ReviewInputs(
            member_uuid=member_uuid,
            meetings_expected=seen.expected if seen else 0,
            meetings_attended=seen.attended if seen else 0,
            absent_unexcused=seen.absent_unexcused if seen else 0,
            months_absent_unexcused=seen.months_absent_unexcused if seen else 0,
            speeches=seen.speeches if seen else 0,
            tasks=task_row.get("tasks", 0),
            tasks_on_time=task_row.get("on_time", 0),
            tasks_late=task_row.get("late", 0),
            tasks_open=task_row.get("open", 0),
            fee_months_due=len(months),
            fee_months_unpaid=sum(1 for m in months if m.paid < m.due),
            fees_paid=sum(m.paid for m in fee_row.months) if fee_row else 0,
            discipline=tuple(facts.get("discipline", ())),  # type: ignore[arg-type]
            residence_cell=lives[0] if lives else None,
            residence_exempt=lives[1] if lives else False,
            transferred_from=str(transferred) if transferred else None,
        )
    return result
