"""Recording a meeting as it happens or right after (biên bản): attendance, notes per agenda item,
speeches, evaluation of carried-over tasks, new tasks, the conclusion and the vote.

`save_meeting` takes one editor save and writes it in one transaction: every section is checked, and a
refusal anywhere leaves the meeting exactly as it was. A finalised meeting refuses every change.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from cellapp.domain.attendance import AttendanceMark, check_mark, check_vote, count_attendance
from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.meetings import MeetingStatus, minutes_between
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.services.meetings._meetings import apply_preparation, get_meeting, require_open
from cellapp.services.meetings._store import attendance_rows, build_roster, lines_of, load_meeting
from cellapp.services.meetings._task_store import evaluations_at, reviews_of
from cellapp.services.meetings._types import (
    AttendanceInput,
    ConclusionInput,
    EvaluationInput,
    MeetingDetail,
    MeetingEdit,
    RosterEntry,
    SpeechInput,
    TaskInput,
)
from cellapp.storage.records import (
    MeetingAgendaItemRecord,
    MeetingAttendanceRecord,
    MeetingRecord,
    MeetingSpeechRecord,
    MeetingTaskAssigneeRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    MeetingVoteRecord,
    new_uuid,
)
from cellapp.storage.unit_of_work import UnitOfWork

RESOLUTION_VOTE = "Biểu quyết thông qua nghị quyết"
CONCLUSION_VOTE = "Biểu quyết thông qua kết luận của chủ trì"


def save_meeting(uow: UnitOfWork, meeting_uuid: str, edit: MeetingEdit) -> MeetingDetail:
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        require_open(meeting)
        if edit.preparation is not None:
            apply_preparation(uow, meeting, edit.preparation)
        if edit.attendance is not None:
            _apply_attendance(uow, meeting, edit.attendance)
        roster = build_roster(uow, meeting)
        if edit.agenda_notes is not None:
            _apply_notes(uow, meeting, edit.agenda_notes)
        if edit.speeches is not None:
            _apply_speeches(uow, meeting, roster, edit.speeches)
        if edit.evaluations is not None:
            _apply_evaluations(uow, meeting, edit.evaluations)
        if edit.tasks is not None:
            _apply_tasks(uow, meeting, roster, edit.tasks)
        if edit.conclusion is not None:
            _apply_conclusion(uow, meeting, roster, edit.conclusion)
        uow.commit()
    return get_meeting(uow, meeting_uuid)


def _listed(roster: list[RosterEntry]) -> dict[str, RosterEntry]:
    return {entry.member_uuid: entry for entry in roster}


def _not_listed(field: str) -> ValidationError:
    return ValidationError(
        T(
            "Only members on this meeting's list can be marked, speak or be assigned tasks; one given is not.",
            "Chỉ đảng viên có trong danh sách của cuộc họp mới được điểm danh, phát biểu hoặc giao nhiệm vụ; "
            "có người được chọn không thuộc danh sách.",
        ),
        field=field,
    )


def _apply_attendance(uow: UnitOfWork, meeting: MeetingRecord, marks: tuple[AttendanceInput, ...]) -> None:
    listed = _listed(build_roster(uow, meeting))
    wanted: dict[str, AttendanceInput] = {}
    for entry in marks:
        if entry.member_uuid not in listed:
            raise _not_listed("attendance")
        check_mark(listed[entry.member_uuid].status, entry.mark, listed[entry.member_uuid].full_name)
        reason = nfc(entry.reason)
        if entry.mark is AttendanceMark.ABSENT_EXCUSED and not reason:
            raise ValidationError(
                T(
                    "{name} is marked absent with reason, but no reason is given: enter the reason, or mark "
                    "the absence as without reason.",
                    "Đồng chí {name} được ghi vắng có lý do nhưng chưa ghi lý do: hãy nhập lý do, hoặc ghi là "
                    "vắng không lý do.",
                    name=listed[entry.member_uuid].full_name,
                ),
                field="attendance",
            )
        wanted[entry.member_uuid] = entry
    rows = attendance_rows(uow, meeting.uuid)
    for member_uuid in listed:
        given = wanted.get(member_uuid)
        mark = given.mark.value if given is not None and given.mark is not None else None
        reason = nfc(given.reason) if given is not None and given.mark is not None else ""
        row = rows.get(member_uuid)
        if row is None:
            if mark is not None:
                uow.session.add(
                    MeetingAttendanceRecord(
                        meeting_uuid=meeting.uuid, member_uuid=member_uuid, mark=mark, reason=reason or None
                    )
                )
        elif (row.mark, row.reason or "") != (mark, reason):
            row.mark, row.reason = mark, reason or None
    anyone_present = any(e.mark is not None and e.mark.is_present for e in wanted.values())
    meeting.status = (MeetingStatus.HELD if anyone_present else MeetingStatus.PLANNED).value


def _apply_notes(uow: UnitOfWork, meeting: MeetingRecord, notes: tuple[tuple[str, str], ...]) -> None:
    items = {
        item.uuid: item
        for item in uow.session.scalars(
            select(MeetingAgendaItemRecord).where(
                MeetingAgendaItemRecord.meeting_uuid == meeting.uuid,
                MeetingAgendaItemRecord.deleted.is_(False),
            )
        )
    }
    for item_uuid, text in notes:
        item = items.get(item_uuid)
        if item is None:
            raise ValidationError(
                T(
                    "That agenda item no longer exists; reopen the meeting.",
                    "Nội dung này không còn trong chương trình; hãy mở lại cuộc họp.",
                ),
                field="agenda",
            )
        if (item.notes or "") != text.strip():
            item.notes = text.strip() or None


def _apply_speeches(
    uow: UnitOfWork, meeting: MeetingRecord, roster: list[RosterEntry], speeches: tuple[SpeechInput, ...]
) -> None:
    listed = _listed(roster)
    agenda = set(
        uow.session.scalars(
            select(MeetingAgendaItemRecord.uuid).where(
                MeetingAgendaItemRecord.meeting_uuid == meeting.uuid,
                MeetingAgendaItemRecord.deleted.is_(False),
            )
        )
    )
    for number, speech in enumerate(speeches, start=1):
        if not speech.summary.strip():
            raise ValidationError(
                T(
                    "Speech {number} has no summary: write what the speaker said, or remove the row.",
                    "Ý kiến thứ {number} chưa có nội dung: hãy ghi tóm tắt ý kiến, hoặc xóa dòng đó.",
                    number=number,
                ),
                field="speeches",
            )
        if speech.member_uuid is None and not nfc(speech.speaker_name):
            raise ValidationError(
                T(
                    "Speech {number} has no speaker: choose the member, or type the guest's name.",
                    "Ý kiến thứ {number} chưa có người phát biểu: hãy chọn đảng viên, hoặc nhập tên đại biểu.",
                    number=number,
                ),
                field="speeches",
            )
        if speech.member_uuid is not None and speech.member_uuid not in listed:
            raise _not_listed("speeches")
        if speech.agenda_item_uuid is not None and speech.agenda_item_uuid not in agenda:
            raise ValidationError(
                T(
                    "A speech refers to an agenda item that no longer exists.",
                    "Một ý kiến gắn với nội dung không còn trong chương trình.",
                ),
                field="speeches",
            )
    existing = {
        row.uuid: row
        for row in uow.session.scalars(
            select(MeetingSpeechRecord).where(
                MeetingSpeechRecord.meeting_uuid == meeting.uuid, MeetingSpeechRecord.deleted.is_(False)
            )
        )
    }
    kept: set[str] = set()
    for position, speech in enumerate(speeches, start=1):
        values = {
            "position": position,
            "member_uuid": speech.member_uuid,
            "speaker_name": None if speech.member_uuid else nfc(speech.speaker_name),
            "summary": speech.summary.strip(),
            "agenda_item_uuid": speech.agenda_item_uuid,
            "reserved": speech.reserved,
        }
        row = existing.get(speech.uuid) if speech.uuid else None
        if row is None:
            uow.session.add(MeetingSpeechRecord(meeting_uuid=meeting.uuid, **values))
            continue
        kept.add(row.uuid)
        _update(row, values)
    for uuid, row in existing.items():
        if uuid not in kept:
            row.deleted = True


def _apply_evaluations(
    uow: UnitOfWork, meeting: MeetingRecord, evaluations: tuple[EvaluationInput, ...]
) -> None:
    allowed = {review.task.uuid for review in reviews_of(uow, meeting)}
    wanted: dict[str, EvaluationInput] = {}
    for evaluation in evaluations:
        if evaluation.task_uuid not in allowed:
            raise ValidationError(
                T(
                    "Only tasks carried over from earlier meetings can be evaluated here.",
                    "Chỉ đánh giá được các nhiệm vụ chuyển từ các cuộc họp trước.",
                ),
                field="evaluations",
            )
        wanted[evaluation.task_uuid] = evaluation
    existing = evaluations_at(uow, meeting.uuid)
    for task_uuid, evaluation in wanted.items():
        row = existing.get(task_uuid)
        if evaluation.outcome is None:
            continue
        values = {"outcome": evaluation.outcome.value, "comment": evaluation.comment.strip() or None}
        if row is None:
            uow.session.add(
                MeetingTaskEvaluationRecord(task_uuid=task_uuid, meeting_uuid=meeting.uuid, **values)
            )
        else:
            _update(row, values)
    for task_uuid, row in existing.items():
        if task_uuid not in wanted or wanted[task_uuid].outcome is None:
            row.deleted = True


def _apply_tasks(
    uow: UnitOfWork, meeting: MeetingRecord, roster: list[RosterEntry], tasks: tuple[TaskInput, ...]
) -> None:
    listed = _listed(roster)
    for task in tasks:
        description = nfc(task.description)
        if not description:
            raise ValidationError(
                T(
                    "A new task has no description: describe it, or remove the row.",
                    "Có nhiệm vụ mới chưa ghi nội dung: hãy ghi nội dung, hoặc xóa dòng đó.",
                ),
                field="tasks",
            )
        if not task.assignee_uuids:
            raise ValidationError(
                T(
                    "The task '{task}' has no assignee: assign it to at least one member.",
                    "Nhiệm vụ '{task}' chưa có người thực hiện: hãy phân công cho ít nhất một đảng viên.",
                    task=description,
                ),
                field="tasks",
            )
        if any(uuid not in listed for uuid in task.assignee_uuids):
            raise _not_listed("tasks")
        if task.due_on is not None and task.due_on < meeting.held_on:
            raise ValidationError(
                T(
                    "The task '{task}' is due on {due}, before the meeting of {day}: give a later due date.",
                    "Nhiệm vụ '{task}' có thời hạn {due}, trước ngày họp {day}: hãy chọn thời hạn muộn hơn.",
                    task=description,
                    due=format_date(task.due_on),
                    day=format_date(meeting.held_on),
                ),
                field="tasks",
            )
    existing = {
        row.uuid: row
        for row in uow.session.scalars(
            select(MeetingTaskRecord).where(
                MeetingTaskRecord.meeting_uuid == meeting.uuid, MeetingTaskRecord.deleted.is_(False)
            )
        )
    }
    kept = {task.uuid for task in tasks if task.uuid in existing}
    for uuid, old in existing.items():
        if uuid not in kept:
            _remove_task(uow, old)
    for position, task in enumerate(tasks, start=1):
        values = {"position": position, "description": nfc(task.description), "due_on": task.due_on}
        row = existing.get(task.uuid) if task.uuid else None
        if row is None:
            row = MeetingTaskRecord(uuid=new_uuid(), meeting_uuid=meeting.uuid, **values)
            uow.session.add(row)
        else:
            _update(row, values)
        _set_assignees(uow, row.uuid, task.assignee_uuids)


def _remove_task(uow: UnitOfWork, task: MeetingTaskRecord) -> None:
    evaluated = uow.session.scalars(
        select(MeetingTaskEvaluationRecord.uuid).where(
            MeetingTaskEvaluationRecord.task_uuid == task.uuid, MeetingTaskEvaluationRecord.deleted.is_(False)
        )
    ).first()
    if evaluated is not None:
        raise ValidationError(
            T(
                "The task '{task}' was already evaluated at a later meeting and cannot be removed.",
                "Nhiệm vụ '{task}' đã được đánh giá ở cuộc họp sau nên không thể xóa.",
                task=task.description,
            ),
            field="tasks",
        )
    task.deleted = True
    for row in uow.session.scalars(
        select(MeetingTaskAssigneeRecord).where(
            MeetingTaskAssigneeRecord.task_uuid == task.uuid, MeetingTaskAssigneeRecord.deleted.is_(False)
        )
    ):
        row.deleted = True


def _set_assignees(uow: UnitOfWork, task_uuid: str, members: tuple[str, ...]) -> None:
    rows = {
        row.member_uuid: row
        for row in uow.session.scalars(
            select(MeetingTaskAssigneeRecord).where(
                MeetingTaskAssigneeRecord.task_uuid == task_uuid, MeetingTaskAssigneeRecord.deleted.is_(False)
            )
        )
    }
    for member_uuid, row in rows.items():
        if member_uuid not in members:
            row.deleted = True
    for member_uuid in dict.fromkeys(members):
        if member_uuid not in rows:
            uow.session.add(MeetingTaskAssigneeRecord(task_uuid=task_uuid, member_uuid=member_uuid))


def check_times(conclusion: ConclusionInput) -> None:
    start, end = conclusion.started_at, conclusion.ended_at
    if start is not None and end is not None and minutes_between(start, end) <= 0:
        raise ValidationError(
            T(
                "The meeting ends at {end}, which is not after it starts ({start}): correct the times.",
                "Giờ kết thúc {end} không sau giờ bắt đầu {start}: hãy sửa lại giờ họp.",
                end=end.strftime("%H:%M"),
                start=start.strftime("%H:%M"),
            ),
            field="ended_at",
        )


def _apply_conclusion(
    uow: UnitOfWork, meeting: MeetingRecord, roster: list[RosterEntry], conclusion: ConclusionInput
) -> None:
    check_times(conclusion)
    counts = count_attendance(lines_of(roster))
    if conclusion.vote is not None:
        check_vote(conclusion.vote, counts)
    meeting.started_at, meeting.ended_at = conclusion.started_at, conclusion.ended_at
    meeting.conclusion = conclusion.conclusion or None
    meeting.resolution = conclusion.resolution or None
    votes = uow.session.scalars(
        select(MeetingVoteRecord)
        .where(MeetingVoteRecord.meeting_uuid == meeting.uuid, MeetingVoteRecord.deleted.is_(False))
        .order_by(MeetingVoteRecord.position)
    ).all()
    main = votes[0] if votes else None
    if conclusion.vote is None:
        if main is not None:
            main.deleted = True
        return
    values = {
        "position": 0,
        "subject": RESOLUTION_VOTE if nfc(conclusion.resolution) else CONCLUSION_VOTE,
        "votes_for": conclusion.vote.votes_for,
        "votes_against": conclusion.vote.votes_against,
        "abstentions": conclusion.vote.abstentions,
    }
    if main is None:
        uow.session.add(MeetingVoteRecord(meeting_uuid=meeting.uuid, **values))
    else:
        _update(main, values)


def _update(row: object, values: Mapping[str, object]) -> None:
    """Set only what changed, so an unchanged row keeps its version and sends nothing in the next bundle."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
