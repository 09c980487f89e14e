"""Reading meetings inside an open unit of work: the record, its attendance list on the meeting day, the
tasks carried over to it, and the assembled `MeetingDetail`. Shared by the meeting services.

While a meeting is open its list comes from `member_standings_on(meeting date)` (each member's status and
grade that day, from the history); once finalised, from the status, grade and name written on each
attendance row at finalisation, so finalised minutes never change.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from cellapp.domain.attendance import (
    AttendanceLine,
    AttendanceMark,
    RosterGroup,
    VoteTally,
    count_attendance,
    is_adopted,
    roster_group,
)
from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import Grade, Standing
from cellapp.domain.meetings import (
    ChairRole,
    MeetingKind,
    MeetingStatus,
    duration_warning,
    minutes_between,
)
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import grade_of
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meetings._task_store import member_names, reviews_of, tasks_by_uuid
from cellapp.services.meetings._types import (
    Addendum,
    AgendaItem,
    Guest,
    MeetingDetail,
    RosterEntry,
    Speech,
    Vote,
)
from cellapp.services.members import member_standings_on, member_statuses_on
from cellapp.storage.records import (
    MeetingAddendumRecord,
    MeetingAgendaItemRecord,
    MeetingAttendanceRecord,
    MeetingRecord,
    MeetingSpeechRecord,
    MeetingTaskRecord,
    MeetingVoteRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

LOW_ATTENDANCE = 2 / 3  # below this share present, the minutes get a warning (never a refusal)


def statuses_on(uow: UnitOfWork, day: date, *, owner_unit: str | None = None) -> dict[str, MemberStatus]:
    return member_statuses_on(uow, day, owner_unit=owner_unit)  # joins the open unit of work


def standings_on(uow: UnitOfWork, day: date, *, owner_unit: str | None = None) -> dict[str, Standing]:
    return member_standings_on(uow, day, owner_unit=owner_unit)  # joins the open unit of work


def load_meeting(uow: UnitOfWork, meeting_uuid: str) -> MeetingRecord:
    record = uow.session.get(MeetingRecord, meeting_uuid)
    if record is None or record.deleted:
        raise NotFound(
            T(
                "No meeting with id {id} in this workspace; 'cellapp meetings' lists them.",
                "Không có cuộc họp mã {id} trong dữ liệu này; lệnh 'cellapp meetings' liệt kê các cuộc họp.",
                id=meeting_uuid,
            )
        )
    return record


def attendance_rows(uow: UnitOfWork, meeting_uuid: str) -> dict[str, MeetingAttendanceRecord]:
    rows = uow.session.scalars(
        select(MeetingAttendanceRecord).where(
            MeetingAttendanceRecord.meeting_uuid == meeting_uuid, MeetingAttendanceRecord.deleted.is_(False)
        )
    ).all()
    return {row.member_uuid: row for row in rows}


def build_roster(
    uow: UnitOfWork,
    meeting: MeetingRecord,
    rows: dict[str, MeetingAttendanceRecord] | None = None,
    standings: dict[str, Standing] | None = None,
    *,
    ordered: bool = True,
    names: dict[str, str] | None = None,
) -> list[RosterEntry]:
    """Everyone listed for this meeting, in Vietnamese name order (unless not `ordered`: figures only).
    `names` (member uuid to full name), when the caller has read them already, saves a query."""
    rows = attendance_rows(uow, meeting.uuid) if rows is None else rows
    if meeting.status == MeetingStatus.FINALISED:
        entries = [
            _entry(row.member_uuid, row.name_on_day or "", _written_standing(row), row)
            for row in rows.values()
            if row.status_on_day
        ]
    else:
        standings = standings_on(uow, meeting.held_on) if standings is None else standings
        if meeting.kind == MeetingKind.COMMITTEE:
            listed = [uuid for uuid in rows if uuid in standings]
        else:
            listed = [
                uuid
                for uuid, standing in standings.items()
                if standing.status is not None and standing.status.is_current
            ]
        found = member_names(uow, listed) if names is None else names
        entries = [_entry(uuid, found.get(uuid, ""), standings[uuid], rows.get(uuid)) for uuid in listed]
    entries = [e for e in entries if e.group is not RosterGroup.NOT_LISTED]
    if ordered:
        entries.sort(key=lambda e: name_sort_key(e.full_name))
    return entries


def _written_standing(row: MeetingAttendanceRecord) -> Standing:
    """The standing written at finalisation. Minutes finalised before grades were written carry none:
    they are read as they were printed then (full unless the status says probationary)."""
    status = _status(row.status_on_day or "")
    return Standing(status, _grade(row.grade_on_day) if row.grade_on_day else None)


def _entry(
    member_uuid: str, name: str, standing: Standing, row: MeetingAttendanceRecord | None
) -> RosterEntry:
    mark = _mark(row.mark) if row is not None and row.mark else None
    status = standing.status or MemberStatus.ATTACHMENT_ENDED
    return RosterEntry(
        member_uuid=member_uuid,
        full_name=name,
        status=status,
        group=roster_group(status),
        mark=mark,
        reason=(row.reason or "") if row is not None else "",
        grade=grade_of(status, standing.grade),
    )


# Enum lookups by value, for the hundred thousand attendance rows of the committee's figures.
_STATUSES = {s.value: s for s in MemberStatus}
_MARKS = {m.value: m for m in AttendanceMark}
_GRADES = {g.value: g for g in Grade}


def _status(value: str) -> MemberStatus:
    found = _STATUSES.get(value)
    return MemberStatus(value) if found is None else found


def _grade(value: str) -> Grade:
    found = _GRADES.get(value)
    return Grade(value) if found is None else found


def _mark(value: str) -> AttendanceMark:
    found = _MARKS.get(value)
    return AttendanceMark(value) if found is None else found


def lines_of(roster: Iterable[RosterEntry]) -> list[AttendanceLine]:
    return [AttendanceLine(e.member_uuid, e.status, e.mark, e.grade) for e in roster]


def partner_of(uow: UnitOfWork, meeting: MeetingRecord) -> MeetingRecord | None:
    if meeting.sitting_uuid is None:
        return None
    return uow.session.scalars(
        select(MeetingRecord).where(
            MeetingRecord.sitting_uuid == meeting.sitting_uuid,
            MeetingRecord.uuid != meeting.uuid,
            MeetingRecord.deleted.is_(False),
        )
    ).first()


def build_detail(uow: UnitOfWork, meeting: MeetingRecord) -> MeetingDetail:
    """Everything about one meeting, read in the open unit of work."""
    roster = build_roster(uow, meeting)
    counts = count_attendance(lines_of(roster))
    names = {e.member_uuid: e.full_name for e in roster}
    missing = {meeting.chair_uuid, meeting.secretary_uuid} - set(names) - {None}
    names.update(member_names(uow, [uuid for uuid in missing if uuid]))
    session = uow.session
    agenda = [
        AgendaItem(r.uuid, r.position, r.title, r.notes or "")
        for r in session.scalars(
            select(MeetingAgendaItemRecord)
            .where(
                MeetingAgendaItemRecord.meeting_uuid == meeting.uuid,
                MeetingAgendaItemRecord.deleted.is_(False),
            )
            .order_by(MeetingAgendaItemRecord.position)
        )
    ]
    speeches = [
        Speech(
            uuid=r.uuid,
            speaker=names.get(r.member_uuid, "") if r.member_uuid else (r.speaker_name or ""),
            summary=r.summary,
            member_uuid=r.member_uuid,
            speaker_name=r.speaker_name or "",
            agenda_item_uuid=r.agenda_item_uuid,
            reserved=r.reserved,
        )
        for r in session.scalars(
            select(MeetingSpeechRecord)
            .where(MeetingSpeechRecord.meeting_uuid == meeting.uuid, MeetingSpeechRecord.deleted.is_(False))
            .order_by(MeetingSpeechRecord.position)
        )
    ]
    new_task_uuids = session.scalars(
        select(MeetingTaskRecord.uuid)
        .where(MeetingTaskRecord.meeting_uuid == meeting.uuid, MeetingTaskRecord.deleted.is_(False))
        .order_by(MeetingTaskRecord.position)
    ).all()
    new_tasks = tasks_by_uuid(uow, new_task_uuids)
    votes = [
        Vote(r.uuid, r.subject, tally, is_adopted(tally, counts))
        for r in session.scalars(
            select(MeetingVoteRecord)
            .where(MeetingVoteRecord.meeting_uuid == meeting.uuid, MeetingVoteRecord.deleted.is_(False))
            .order_by(MeetingVoteRecord.position)
        )
        for tally in [VoteTally(r.votes_for, r.votes_against, r.abstentions)]
    ]
    addenda = [
        Addendum(r.uuid, r.number, r.made_on, r.text)
        for r in session.scalars(
            select(MeetingAddendumRecord)
            .where(
                MeetingAddendumRecord.meeting_uuid == meeting.uuid, MeetingAddendumRecord.deleted.is_(False)
            )
            .order_by(MeetingAddendumRecord.number)
        )
    ]
    partner = partner_of(uow, meeting)
    reviews = reviews_of(uow, meeting)
    detail = MeetingDetail(
        uuid=meeting.uuid,
        kind=MeetingKind(meeting.kind),
        status=MeetingStatus(meeting.status),
        held_on=meeting.held_on,
        place=meeting.place,
        planned_time=meeting.planned_time,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        topic=meeting.topic or "",
        chair_uuid=meeting.chair_uuid,
        chair_name=names.get(meeting.chair_uuid, "") if meeting.chair_uuid else "",
        chair_role=ChairRole(meeting.chair_role),
        secretary_uuid=meeting.secretary_uuid,
        secretary_name=names.get(meeting.secretary_uuid, "") if meeting.secretary_uuid else "",
        guests=tuple(Guest(g.get("name", ""), g.get("title", "")) for g in meeting.guests or []),
        documents=tuple(meeting.documents or []),
        draft_resolution=meeting.draft_resolution or "",
        conclusion=meeting.conclusion or "",
        resolution=meeting.resolution or "",
        agenda=tuple(agenda),
        roster=tuple(roster),
        counts=counts,
        speeches=tuple(speeches),
        reviews=tuple(reviews),
        new_tasks=tuple(new_tasks[u] for u in new_task_uuids if u in new_tasks),
        votes=tuple(votes),
        addenda=tuple(addenda),
        sitting_uuid=meeting.sitting_uuid,
        partner_uuid=partner.uuid if partner else None,
        minutes_ref=meeting.minutes_ref,
        resolution_ref=meeting.resolution_ref,
        finalised_at=meeting.finalised_at,
    )
    return _with_warnings(detail, partner)


def _with_warnings(detail: MeetingDetail, partner: MeetingRecord | None) -> MeetingDetail:
    from dataclasses import replace

    warnings: list[Text] = []
    if detail.started_at and detail.ended_at:
        start, end = detail.started_at, detail.ended_at
        if partner is not None and partner.started_at and partner.ended_at:
            start, end = min(start, partner.started_at), max(end, partner.ended_at)
        minutes = minutes_between(start, end)
        warning = duration_warning(detail.kind, minutes, combined=partner is not None)
        if warning is not None and minutes >= 0:
            warnings.append(warning)
    counts = detail.counts
    if (
        detail.status is not MeetingStatus.PLANNED
        and counts.expected
        and counts.present < counts.expected * LOW_ATTENDANCE
    ):
        warnings.append(
            T(
                "Only {present} of {expected} members attended (under two thirds).",
                "Chỉ có {present}/{expected} đảng viên dự họp (dưới hai phần ba).",
                present=counts.present,
                expected=counts.expected,
            )
        )
    for vote in detail.votes:
        if not vote.adopted:
            warnings.append(
                T(
                    "'{subject}' is not adopted: {votes} votes for is not more than half of {denominator}.",
                    "'{subject}' chưa được thông qua: {votes} phiếu tán thành chưa quá một nửa của {denominator}.",
                    subject=vote.subject,
                    votes=vote.tally.votes_for,
                    denominator=counts.voting_denominator,
                )
            )
    if not detail.finalised:
        waiting = [r for r in detail.reviews if r.outcome is None]
        if waiting:
            warnings.append(
                T(
                    "{count} task(s) carried over from earlier meetings have not been evaluated yet.",
                    "Còn {count} nhiệm vụ chuyển từ các cuộc họp trước chưa được đánh giá.",
                    count=len(waiting),
                )
            )
        if counts.unmarked and detail.status is not MeetingStatus.PLANNED:
            warnings.append(
                T(
                    "{count} member(s) have no attendance mark yet.",
                    "Còn {count} đảng viên chưa được điểm danh.",
                    count=len(counts.unmarked),
                )
            )
    return replace(detail, warnings=tuple(warnings))
