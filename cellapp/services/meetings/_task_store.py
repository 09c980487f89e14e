"""Tasks of meetings, read inside an open unit of work: a task with its assignees, the tasks still open
when a meeting is held (set at earlier meetings of the same body and not yet evaluated as done), and
how each was evaluated. This is how unfinished tasks carry over from meeting to meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from cellapp.domain.meetings import MeetingKind, MeetingStatus, TaskOutcome
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meetings._types import Assignee, Task, TaskReview
from cellapp.storage.records import (
    MeetingRecord,
    MeetingTaskAssigneeRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    MemberRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork


def member_names(uow: UnitOfWork, uuids: Iterable[str]) -> dict[str, str]:
    wanted = set(uuids)
    if not wanted:
        return {}
    rows = uow.session.execute(
        select(MemberRecord.uuid, MemberRecord.full_name).where(MemberRecord.uuid.in_(wanted))
    ).all()
    return {row.uuid: row.full_name for row in rows}


def tasks_by_uuid(uow: UnitOfWork, task_uuids: Iterable[str]) -> dict[str, Task]:
    wanted = set(task_uuids)
    if not wanted:
        return {}
    records = uow.session.execute(
        select(MeetingTaskRecord, MeetingRecord.held_on)
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskRecord.meeting_uuid)
        .where(MeetingTaskRecord.uuid.in_(wanted))
        .order_by(MeetingRecord.held_on, MeetingTaskRecord.position)
    ).all()
    assignee_rows = uow.session.scalars(
        select(MeetingTaskAssigneeRecord).where(
            MeetingTaskAssigneeRecord.task_uuid.in_(wanted), MeetingTaskAssigneeRecord.deleted.is_(False)
        )
    ).all()
    names = member_names(uow, {a.member_uuid for a in assignee_rows})
    assignees: dict[str, list[Assignee]] = {}
    for row in assignee_rows:
        assignees.setdefault(row.task_uuid, []).append(
            Assignee(row.member_uuid, names.get(row.member_uuid, ""))
        )
    tasks: dict[str, Task] = {}
    for record, held_on in records:
        people = sorted(assignees.get(record.uuid, []), key=lambda a: name_sort_key(a.full_name))
        tasks[record.uuid] = Task(
            uuid=record.uuid,
            description=record.description,
            assignees=tuple(people),
            due_on=record.due_on,
            set_on=held_on,
            meeting_uuid=record.meeting_uuid,
        )
    return tasks


def open_task_uuids(uow: UnitOfWork, meeting: MeetingRecord) -> list[str]:
    """Tasks set at earlier meetings of the same body and not evaluated as done before this meeting."""
    committee = meeting.kind == MeetingKind.COMMITTEE
    kinds = (
        [MeetingKind.COMMITTEE.value] if committee else [k.value for k in MeetingKind if k.is_cell_meeting]
    )
    earlier = uow.session.execute(
        select(MeetingTaskRecord.uuid)
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskRecord.meeting_uuid)
        .where(
            MeetingTaskRecord.deleted.is_(False),
            MeetingRecord.deleted.is_(False),
            MeetingRecord.kind.in_(kinds),
            MeetingRecord.held_on < meeting.held_on,
        )
        .order_by(MeetingRecord.held_on, MeetingTaskRecord.position)
    ).scalars()
    done_before = set(
        uow.session.execute(
            select(MeetingTaskEvaluationRecord.task_uuid)
            .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskEvaluationRecord.meeting_uuid)
            .where(
                MeetingTaskEvaluationRecord.deleted.is_(False),
                MeetingRecord.deleted.is_(False),
                MeetingTaskEvaluationRecord.outcome == TaskOutcome.DONE.value,
                MeetingRecord.held_on < meeting.held_on,
                MeetingRecord.uuid != meeting.uuid,
            )
        ).scalars()
    )
    return [uuid for uuid in earlier if uuid not in done_before]


def evaluations_at(uow: UnitOfWork, meeting_uuid: str) -> dict[str, MeetingTaskEvaluationRecord]:
    rows = uow.session.scalars(
        select(MeetingTaskEvaluationRecord).where(
            MeetingTaskEvaluationRecord.meeting_uuid == meeting_uuid,
            MeetingTaskEvaluationRecord.deleted.is_(False),
        )
    ).all()
    return {row.task_uuid: row for row in rows}


def reviews_of(uow: UnitOfWork, meeting: MeetingRecord) -> list[TaskReview]:
    here = evaluations_at(uow, meeting.uuid)
    if meeting.status == MeetingStatus.FINALISED or not MeetingKind(meeting.kind).reviews_tasks:
        wanted = list(here)
    else:
        wanted = open_task_uuids(uow, meeting)
        wanted += [uuid for uuid in here if uuid not in wanted]
    tasks = tasks_by_uuid(uow, wanted)
    history_rows = uow.session.execute(
        select(
            MeetingTaskEvaluationRecord.task_uuid, MeetingRecord.held_on, MeetingTaskEvaluationRecord.outcome
        )
        .join(MeetingRecord, MeetingRecord.uuid == MeetingTaskEvaluationRecord.meeting_uuid)
        .where(
            MeetingTaskEvaluationRecord.task_uuid.in_(list(tasks)),
            MeetingTaskEvaluationRecord.deleted.is_(False),
            MeetingRecord.deleted.is_(False),
            MeetingRecord.uuid != meeting.uuid,
            MeetingRecord.held_on <= meeting.held_on,
        )
        .order_by(MeetingRecord.held_on)
    ).all()
    history: dict[str, list[tuple[date, TaskOutcome]]] = {}
    for task_uuid, held_on, outcome in history_rows:
        history.setdefault(task_uuid, []).append((held_on, TaskOutcome(outcome)))
    reviews = []
    for uuid in sorted(tasks, key=lambda u: (tasks[u].set_on, wanted.index(u))):
        evaluation = here.get(uuid)
        reviews.append(
            TaskReview(
                task=tasks[uuid],
                outcome=TaskOutcome(evaluation.outcome) if evaluation else None,
                comment=(evaluation.comment or "") if evaluation else "",
                history=tuple(history.get(uuid, [])),
            )
        )
    return reviews
