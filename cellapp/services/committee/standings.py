"""The Cells page: one row per enrolled cell (issue 6 §1), computed from the cell's records as received.

Meetings held this year are counted against those expected: one regular meeting a month and one thematic
meeting a quarter (docs/party-rules.md §3.1), up to and including the current month and quarter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from cellapp.domain.meetings import MeetingKind, MeetingStatus, TaskOutcome, quarter_of
from cellapp.domain.review import CellStage
from cellapp.services.committee.alerts import alerts_for_cells
from cellapp.services.committee.cells import enrolled_cells, is_late
from cellapp.services.committee.snapshots import cell_snapshots, thematic_this_quarter
from cellapp.storage.records import (
    MeetingRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    MemberRecord,
    SyncConflictRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CellStanding:
    code: str
    name: str
    unit_uuid: str
    secretary: str
    last_received: date | None
    days_since: int | None
    late: bool  # nothing received yet this month
    members_total: int  # = members_full + members_probationary
    members_full: int  # by grade on the day: exempt, away and suspended members included
    members_probationary: int
    members_attached: int  # attached here temporarily, outside the total
    members_exempt: int  # of the total: exempt or temporarily exempt
    members_away: int  # of the total: attached elsewhere temporarily
    members_suspended: int  # of the total
    meetings_held: int  # cell meetings held this year
    meetings_expected: int
    thematic_this_quarter: int
    attendance_rate: float | None  # present / expected over this year's meetings
    tasks_overdue: int
    open_conflicts: int
    alerts: int
    review_stage: CellStage = CellStage.NOT_STARTED  # the annual review of this year (or last, until October)
    review_year: int = 0


def list_cell_standings(uow: UnitOfWork, *, today: date) -> list[CellStanding]:
    from cellapp.services.review.standings import review_standings

    with uow:
        cells = enrolled_cells(uow)
        snapshots = cell_snapshots(uow, cells, today=today)
        alerts = Counter(a.unit_code for a in alerts_for_cells(uow, cells, snapshots, today=today))
        conflicts = _open_conflicts(uow)
        overdue = _overdue_tasks(uow, today)
        secretaries = _secretaries(uow)
        review_year = today.year if today.month >= 10 else today.year - 1
        reviews = {c.unit_uuid: c.stage for c in review_standings(uow, review_year).cells}
        rows = []
        for cell in cells:
            snapshot = snapshots[cell.unit_uuid]
            rows.append(
                CellStanding(
                    code=cell.code,
                    name=cell.name,
                    unit_uuid=cell.unit_uuid,
                    secretary=secretaries.get(cell.unit_uuid, ""),
                    last_received=cell.last_received,
                    # a laptop clock behind the import's may make the day look in the future
                    days_since=max(0, (today - cell.last_received).days) if cell.last_received else None,
                    late=is_late(cell.last_received, today),
                    members_total=snapshot.membership.total,
                    members_full=snapshot.membership.full,
                    members_probationary=snapshot.membership.probationary,
                    members_attached=snapshot.membership.attached_here,
                    members_exempt=snapshot.membership.exempt,
                    members_away=snapshot.membership.attached_elsewhere,
                    members_suspended=snapshot.membership.suspended,
                    meetings_held=sum(snapshot.meetings_by_month),
                    meetings_expected=today.month + quarter_of(today),
                    thematic_this_quarter=thematic_this_quarter(snapshot, today),
                    attendance_rate=snapshot.attendance_rate,
                    tasks_overdue=overdue[cell.unit_uuid],
                    open_conflicts=conflicts[cell.unit_uuid],
                    alerts=alerts[cell.code],
                    review_stage=reviews.get(cell.unit_uuid, CellStage.NOT_STARTED),
                    review_year=review_year,
                )
            )
        return rows


def _open_conflicts(uow: UnitOfWork) -> Counter[str]:
    rows = uow.session.execute(
        select(SyncConflictRecord.from_unit, func.count())
        .where(SyncConflictRecord.status == "open")
        .group_by(SyncConflictRecord.from_unit)
    ).all()
    return Counter({unit: int(count) for unit, count in rows})


def _overdue_tasks(uow: UnitOfWork, today: date) -> Counter[str]:
    """Tasks past their due day that no later meeting evaluated as done."""
    done = select(MeetingTaskEvaluationRecord.task_uuid).where(
        MeetingTaskEvaluationRecord.deleted.is_(False),
        MeetingTaskEvaluationRecord.outcome == TaskOutcome.DONE.value,
    )
    rows = uow.session.execute(
        select(MeetingTaskRecord.owner_unit, func.count())
        .where(
            MeetingTaskRecord.deleted.is_(False),
            MeetingTaskRecord.due_on < today,
            MeetingTaskRecord.uuid.not_in(done),
        )
        .group_by(MeetingTaskRecord.owner_unit)
    ).all()
    return Counter({unit: int(count) for unit, count in rows})


def _secretaries(uow: UnitOfWork) -> dict[str, str]:
    """Who chaired the cell's latest held meeting as its secretary."""
    rows = uow.session.execute(
        select(MeetingRecord.owner_unit, MeetingRecord.chair_uuid, MemberRecord.full_name)
        .join(MemberRecord, MemberRecord.uuid == MeetingRecord.chair_uuid)
        .where(
            MeetingRecord.deleted.is_(False),
            MeetingRecord.chair_role == "secretary",
            MeetingRecord.kind != MeetingKind.COMMITTEE.value,
            MeetingRecord.status.in_([MeetingStatus.HELD.value, MeetingStatus.FINALISED.value]),
        )
        .order_by(MeetingRecord.held_on)
    ).all()
    return {unit: name for unit, _chair, name in rows}
