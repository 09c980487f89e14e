"""Finalising minutes (hoàn thành biên bản) and correcting them afterwards with addenda; deleting a
meeting entered by mistake, while it is still open.

Finalising checks the minutes are complete, writes everyone's status, grade and name of that day onto
the attendance rows, numbers the minutes and the resolution by meeting date within the year, and locks
the meeting. Minutes finalised before an earlier meeting's keep their numbers (they may be printed and
signed): an earlier meeting finalised late takes its date's number if it is still free, else the next
number of the year (see `domain.document_numbers.number_by_date`). From then
on the meeting is immutable; a correction is an addendum (phụ lục đính chính) linked to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from sqlalchemy import func, select

from cellapp.domain.attendance import VoteTally, check_vote, count_attendance
from cellapp.domain.document_numbers import DocumentCode, format_number
from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.meetings import MeetingKind, MeetingStatus
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.services.meetings._document_numbers import number_for, read_number_pattern
from cellapp.services.meetings._meetings import get_meeting, require_open
from cellapp.services.meetings._minutes import check_times
from cellapp.services.meetings._store import attendance_rows, build_roster, lines_of, load_meeting, partner_of
from cellapp.services.meetings._types import Addendum, ConclusionInput, MeetingDetail, RosterEntry
from cellapp.storage.records import (
    MeetingAddendumRecord,
    MeetingAgendaItemRecord,
    MeetingAttendanceRecord,
    MeetingRecord,
    MeetingSpeechRecord,
    MeetingTaskAssigneeRecord,
    MeetingTaskEvaluationRecord,
    MeetingTaskRecord,
    MeetingVoteRecord,
    SyncedMixin,
    utc_now,
)
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class NumberPreview:
    """A number finalising would give now, shown before the secretary confirms."""

    code: DocumentCode
    reference: str  # "Số 04-BB/CB"
    in_date_order: bool  # False: a later meeting of the year already has a number, so this one follows it


def numbers_on_finalising(uow: UnitOfWork, meeting_uuid: str) -> list[NumberPreview]:
    """The minutes' number (and the resolution's, when there is one) that finalising would give now,
    computed exactly as `finalise_meeting` does, without writing anything."""
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        pattern = read_number_pattern(uow)
        year = meeting.held_on.year
        codes = [DocumentCode.MINUTES] + ([DocumentCode.RESOLUTION] if meeting.resolution else [])
        previews = []
        for code in codes:
            choice = number_for(uow, meeting, code)
            reference = format_number(pattern, number=choice.number, code=code, year=year)
            previews.append(NumberPreview(code, reference, choice.in_date_order))
        return previews


def finalise_meeting(uow: UnitOfWork, meeting_uuid: str) -> MeetingDetail:
    """Lock the minutes after checking them; refuses, saying what to complete, if anything is missing."""
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        require_open(meeting)
        roster = build_roster(uow, meeting)
        _check_complete(uow, meeting, roster)
        rows = attendance_rows(uow, meeting.uuid)
        for entry in roster:
            row = rows.get(entry.member_uuid)
            if row is None:
                row = MeetingAttendanceRecord(meeting_uuid=meeting.uuid, member_uuid=entry.member_uuid)
                uow.session.add(row)
            row.status_on_day = entry.status.value
            row.grade_on_day = entry.grade.value
            row.name_on_day = entry.full_name
        year = meeting.held_on.year
        pattern = read_number_pattern(uow)
        meeting.number_year = year
        meeting.minutes_number = number_for(uow, meeting, DocumentCode.MINUTES).number
        meeting.minutes_ref = format_number(
            pattern, number=meeting.minutes_number, code=DocumentCode.MINUTES, year=year
        )
        if meeting.resolution:
            meeting.resolution_number = number_for(uow, meeting, DocumentCode.RESOLUTION).number
            meeting.resolution_ref = format_number(
                pattern, number=meeting.resolution_number, code=DocumentCode.RESOLUTION, year=year
            )
        meeting.status = MeetingStatus.FINALISED.value
        meeting.finalised_at = utc_now()
        uow.commit()
    return get_meeting(uow, meeting_uuid)


def _missing(en: str, vi: str, field: str) -> ValidationError:
    return ValidationError(
        T(
            "The minutes cannot be finalised yet: {what}",
            "Chưa thể hoàn thành biên bản: {what}",
            what=T(en, vi),
        ),
        field=field,
    )


def _check_complete(uow: UnitOfWork, meeting: MeetingRecord, roster: list[RosterEntry]) -> None:
    if not meeting.chair_uuid:
        raise _missing("choose who chaired the meeting.", "hãy chọn người chủ trì.", "chair")
    if not meeting.secretary_uuid:
        raise _missing(
            "choose who took the minutes (the meeting's secretary).", "hãy chọn thư ký cuộc họp.", "secretary"
        )
    if meeting.started_at is None or meeting.ended_at is None:
        raise _missing(
            "enter when the meeting started and ended.", "hãy nhập giờ bắt đầu và giờ kết thúc.", "started_at"
        )
    check_times(ConclusionInput(started_at=meeting.started_at, ended_at=meeting.ended_at))
    counts = count_attendance(lines_of(roster))
    if counts.unmarked:
        names = ", ".join(e.full_name for e in roster if e.member_uuid in set(counts.unmarked))
        raise ValidationError(
            T(
                "The minutes cannot be finalised yet: mark the attendance of {names}.",
                "Chưa thể hoàn thành biên bản: hãy điểm danh đồng chí {names}.",
                names=names,
            ),
            field="attendance",
        )
    if counts.present == 0:
        raise _missing("nobody is marked present.", "chưa có đảng viên nào được ghi có mặt.", "attendance")
    if not meeting.conclusion:
        raise _missing("write the chair's conclusion.", "hãy ghi kết luận của chủ trì.", "conclusion")
    vote = uow.session.scalars(
        select(MeetingVoteRecord)
        .where(MeetingVoteRecord.meeting_uuid == meeting.uuid, MeetingVoteRecord.deleted.is_(False))
        .order_by(MeetingVoteRecord.position)
    ).first()
    if vote is None:
        if MeetingKind(meeting.kind).is_cell_meeting:
            raise _missing(
                "record the vote on the conclusion or resolution (for, against, abstaining).",
                "hãy ghi kết quả biểu quyết kết luận hoặc nghị quyết (tán thành, không tán thành, không biểu quyết).",
                "votes",
            )
        return
    # Attendance may have changed since the vote was entered; the tally must still be possible.
    check_vote(VoteTally(vote.votes_for, vote.votes_against, vote.abstentions), counts)


def add_addendum(uow: UnitOfWork, meeting_uuid: str, *, text: str, made_on: date) -> Addendum:
    """Add a correction to finalised minutes; open minutes are corrected directly instead."""
    text = "\n".join(nfc(line) for line in text.splitlines()).strip()
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        if meeting.status != MeetingStatus.FINALISED:
            raise ValidationError(
                T(
                    "These minutes are not finalised yet: correct them directly in the meeting editor.",
                    "Biên bản này chưa hoàn thành: hãy sửa trực tiếp trong cửa sổ cuộc họp.",
                ),
                field="addendum",
            )
        if not text:
            raise ValidationError(
                T("Write the correction or addition.", "Hãy ghi nội dung đính chính, bổ sung."),
                field="addendum",
            )
        if made_on < meeting.held_on:
            raise ValidationError(
                T(
                    "An addendum cannot be dated before the meeting ({day}).",
                    "Phụ lục không thể ghi ngày trước ngày họp ({day}).",
                    day=format_date(meeting.held_on),
                ),
                field="addendum",
            )
        number = 1 + int(
            uow.session.scalar(
                select(func.count()).where(
                    MeetingAddendumRecord.meeting_uuid == meeting.uuid,
                    MeetingAddendumRecord.deleted.is_(False),
                )
            )
            or 0
        )
        record = MeetingAddendumRecord(meeting_uuid=meeting.uuid, number=number, made_on=made_on, text=text)
        uow.session.add(record)
        uow.commit()
        return Addendum(record.uuid, number, made_on, text)


# The child records that name their meeting.
_Child = (
    MeetingAgendaItemRecord
    | MeetingAttendanceRecord
    | MeetingSpeechRecord
    | MeetingTaskEvaluationRecord
    | MeetingVoteRecord
)

__all__ = ["add_addendum", "delete_meeting", "finalise_meeting", "require_open"]


def delete_meeting(uow: UnitOfWork, meeting_uuid: str) -> None:
    """Remove a meeting entered by mistake (tombstones, as for every synced record). Finalised minutes are
    never removed, and neither is a meeting whose tasks later meetings have already evaluated."""
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        require_open(meeting)
        session = uow.session
        tasks = session.scalars(
            select(MeetingTaskRecord).where(
                MeetingTaskRecord.meeting_uuid == meeting.uuid, MeetingTaskRecord.deleted.is_(False)
            )
        ).all()
        task_uuids = [task.uuid for task in tasks]
        evaluated_elsewhere = session.scalars(
            select(MeetingTaskEvaluationRecord.uuid).where(
                MeetingTaskEvaluationRecord.task_uuid.in_(task_uuids),
                MeetingTaskEvaluationRecord.meeting_uuid != meeting.uuid,
                MeetingTaskEvaluationRecord.deleted.is_(False),
            )
        ).first()
        if evaluated_elsewhere is not None:
            raise ValidationError(
                T(
                    "Tasks set at this meeting were already evaluated at a later meeting; it cannot be deleted.",
                    "Nhiệm vụ giao tại cuộc họp này đã được đánh giá ở cuộc họp sau nên không thể xóa cuộc họp.",
                ),
                field="tasks",
            )
        children: list[type[_Child]] = [
            MeetingAgendaItemRecord,
            MeetingAttendanceRecord,
            MeetingSpeechRecord,
            MeetingTaskEvaluationRecord,
            MeetingVoteRecord,
        ]
        for record_type in children:
            for child in session.scalars(
                select(record_type).where(
                    record_type.meeting_uuid == meeting.uuid, record_type.deleted.is_(False)
                )
            ):
                cast(SyncedMixin, child).deleted = True
        for row in session.scalars(
            select(MeetingTaskAssigneeRecord).where(
                MeetingTaskAssigneeRecord.task_uuid.in_(task_uuids),
                MeetingTaskAssigneeRecord.deleted.is_(False),
            )
        ):
            row.deleted = True
        for task in tasks:
            task.deleted = True
        partner = partner_of(uow, meeting)
        if partner is not None:
            partner.sitting_uuid = None  # the other meeting stands alone from now on
        meeting.deleted = True
        uow.commit()
