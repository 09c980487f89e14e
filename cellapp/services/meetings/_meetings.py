"""Meeting use cases (sinh hoạt chi bộ): list by year, read one, prepare a meeting or a combined sitting,
change its preparation. Recording and finalising live in `_minutes` and `_finalise`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from difflib import SequenceMatcher

from sqlalchemy import extract, select

from cellapp.domain.attendance import count_attendance
from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import Standing
from cellapp.domain.meetings import ChairRole, MeetingKind, MeetingLocked, MeetingStatus, standard_agenda
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import MAX_YEAR, MIN_YEAR, nfc
from cellapp.services.meetings._store import (
    attendance_rows,
    build_detail,
    build_roster,
    lines_of,
    load_meeting,
    partner_of,
    standings_on,
    statuses_on,
)
from cellapp.services.meetings._types import MeetingDetail, MeetingSummary, Preparation
from cellapp.storage.records import (
    MeetingAgendaItemRecord,
    MeetingAttendanceRecord,
    MeetingRecord,
    MemberRecord,
    new_uuid,
)
from cellapp.storage.unit_of_work import UnitOfWork


def list_meetings(
    uow: UnitOfWork, *, year: int | None = None, owner_unit: str | None = None
) -> list[MeetingSummary]:
    """Meetings by date (newest first), each with its attendance counts; `owner_unit`: one cell's only
    (at the committee, which holds every cell's)."""
    query = select(MeetingRecord).where(MeetingRecord.deleted.is_(False))
    if year is not None:
        query = query.where(extract("year", MeetingRecord.held_on) == year)
    if owner_unit is not None:
        query = query.where(MeetingRecord.owner_unit == owner_unit)
    summaries: list[MeetingSummary] = []
    with uow:
        meetings = uow.session.scalars(query.order_by(MeetingRecord.held_on.desc())).all()
        standings_by_day: dict[date, dict[str, Standing]] = {}
        for meeting in meetings:
            standings = None
            if meeting.status != MeetingStatus.FINALISED:
                if meeting.held_on not in standings_by_day:
                    standings_by_day[meeting.held_on] = standings_on(
                        uow, meeting.held_on, owner_unit=owner_unit
                    )
                standings = standings_by_day[meeting.held_on]
            roster = build_roster(uow, meeting, standings=standings)
            summaries.append(
                MeetingSummary(
                    uuid=meeting.uuid,
                    kind=MeetingKind(meeting.kind),
                    held_on=meeting.held_on,
                    status=MeetingStatus(meeting.status),
                    topic=meeting.topic or "",
                    combined=meeting.sitting_uuid is not None,
                    counts=count_attendance(lines_of(roster)),
                )
            )
    # Newest first; in a combined sitting the thematic meeting, held second, comes above the regular one.
    order = {MeetingKind.REGULAR: 0, MeetingKind.THEMATIC: 1}
    summaries.sort(key=lambda s: (-s.held_on.toordinal(), -order.get(s.kind, 2)))
    return summaries


def get_meeting(uow: UnitOfWork, meeting_uuid: str) -> MeetingDetail:
    with uow:
        return build_detail(uow, load_meeting(uow, meeting_uuid))


def find_meeting_uuid(uow: UnitOfWork, prefix: str) -> str:
    """The meeting whose id is, or starts with, `prefix` (at least 4 characters), for the command line."""
    prefix = prefix.strip().lower()
    with uow:
        found = (
            uow.session.scalars(
                select(MeetingRecord.uuid).where(
                    MeetingRecord.deleted.is_(False), MeetingRecord.uuid.startswith(prefix, autoescape=True)
                )
            ).all()
            if len(prefix) >= 4
            else []
        )
    if len(found) == 1:
        return found[0]
    from cellapp.domain.errors import NotFound

    raise NotFound(
        T(
            "No single meeting has the id {id}; 'cellapp meetings --json' lists the ids.",
            "Không xác định được một cuộc họp có mã {id}; lệnh 'cellapp meetings --json' liệt kê các mã.",
            id=prefix,
        )
    )


def suggest_preparation(uow: UnitOfWork, *, kind: MeetingKind, on: date) -> Preparation:
    """A new meeting's preparation as the last meeting had it (place, time, chair, minute-taker), with
    the standard agenda; the secretary changes what differs."""
    with uow:
        last = uow.session.scalars(
            select(MeetingRecord)
            .where(MeetingRecord.deleted.is_(False), MeetingRecord.kind != MeetingKind.COMMITTEE.value)
            .order_by(MeetingRecord.held_on.desc())
            .limit(1)
        ).first()
        statuses = statuses_on(uow, on)
    preparation = Preparation(
        held_on=on, place="", planned_time=time(19, 30), agenda=standard_agenda(kind, on)
    )
    current = {uuid for uuid, status in statuses.items() if status.is_current}
    if last is None:
        return replace(preparation, chair_uuid=_the_secretary(uow, current))
    return replace(
        preparation,
        place=last.place,
        planned_time=last.planned_time or time(19, 30),
        chair_uuid=last.chair_uuid if last.chair_uuid in current else None,
        chair_role=ChairRole(last.chair_role),
        secretary_uuid=last.secretary_uuid if last.secretary_uuid in current else None,
    )


def _the_secretary(uow: UnitOfWork, current: set[str]) -> str | None:
    """The first meeting's chair: the current member named as the secretary at first run, else the one
    whose position is the cell's secretary (Bí thư, not Phó bí thư); None when there is no such one."""
    from cellapp.services.first_steps import secretary_name

    named = secretary_name(uow).casefold()
    with uow:
        rows = uow.session.execute(
            select(MemberRecord.uuid, MemberRecord.full_name, MemberRecord.position).where(
                MemberRecord.deleted.is_(False), MemberRecord.uuid.in_(current)
            )
        ).all()
    by_name = [uuid for uuid, name, _position in rows if named and nfc(name).casefold() == named]
    by_position = [
        uuid for uuid, _name, position in rows if nfc(position or "").casefold().startswith("bí thư")
    ]
    for found in (by_name, by_position):
        if len(found) == 1:
            return str(found[0])
    return None


def prepare_meeting(uow: UnitOfWork, *, kind: MeetingKind, preparation: Preparation) -> MeetingDetail:
    """Create a meeting from its preparation (the standard agenda when none is given)."""
    with uow:
        meeting = _new_meeting(uow, kind, preparation, sitting_uuid=None)
        uow.commit()
    return get_meeting(uow, meeting.uuid)


def prepare_combined_sitting(
    uow: UnitOfWork, *, preparation: Preparation, topic: str
) -> tuple[MeetingDetail, MeetingDetail]:
    """A regular and a thematic meeting held one after the other in one sitting: two sets of minutes."""
    sitting = new_uuid()
    with uow:
        regular = _new_meeting(uow, MeetingKind.REGULAR, replace(preparation, topic=""), sitting_uuid=sitting)
        thematic = _new_meeting(
            uow,
            MeetingKind.THEMATIC,
            replace(preparation, topic=topic, agenda=None, draft_resolution=""),
            sitting_uuid=sitting,
        )
        uow.commit()
    return get_meeting(uow, regular.uuid), get_meeting(uow, thematic.uuid)


def update_preparation(uow: UnitOfWork, meeting_uuid: str, preparation: Preparation) -> MeetingDetail:
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        apply_preparation(uow, meeting, preparation)
        uow.commit()
    return get_meeting(uow, meeting_uuid)


def require_open(meeting: MeetingRecord) -> None:
    if meeting.status == MeetingStatus.FINALISED:
        raise MeetingLocked(meeting.held_on)


def apply_preparation(uow: UnitOfWork, meeting: MeetingRecord, preparation: Preparation) -> None:
    """Check and write a changed preparation into an open meeting (and its sitting partner's date)."""
    require_open(meeting)
    kind = MeetingKind(meeting.kind)
    agenda = _checked(uow, kind, preparation)
    partner = partner_of(uow, meeting)
    if partner is not None and (partner.held_on, partner.place) != (
        preparation.held_on,
        nfc(preparation.place),
    ):
        require_open(partner)
        partner.held_on, partner.place = preparation.held_on, nfc(preparation.place)
    _write_fields(meeting, preparation)
    items = uow.session.scalars(
        select(MeetingAgendaItemRecord)
        .where(
            MeetingAgendaItemRecord.meeting_uuid == meeting.uuid, MeetingAgendaItemRecord.deleted.is_(False)
        )
        .order_by(MeetingAgendaItemRecord.position)
    ).all()
    _match_agenda(uow, meeting.uuid, list(items), agenda)
    if kind is MeetingKind.COMMITTEE:
        rows = attendance_rows(uow, meeting.uuid)
        wanted = set(preparation.committee_members)
        for member_uuid, row in rows.items():
            if member_uuid not in wanted:
                row.deleted = True
        for member_uuid in preparation.committee_members:
            if member_uuid not in rows:
                uow.session.add(MeetingAttendanceRecord(meeting_uuid=meeting.uuid, member_uuid=member_uuid))


def _match_agenda(
    uow: UnitOfWork, meeting_uuid: str, items: list[MeetingAgendaItemRecord], agenda: list[str]
) -> None:
    """Keep each item's notes and speeches with it when the agenda is edited: the old and new lists are
    aligned (difflib), so an unchanged item keeps its row wherever it moved, a reworded one keeps the row
    it replaces, an inserted one gets a new row, and a removed one is tombstoned."""
    matcher = SequenceMatcher(a=[item.title for item in items], b=agenda, autojunk=False)
    rows: list[MeetingAgendaItemRecord | None] = [None] * len(agenda)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            for offset in range(min(old_end - old_start, new_end - new_start)):
                rows[new_start + offset] = items[old_start + offset]
    kept = {id(row) for row in rows if row is not None}
    for position, (title, row) in enumerate(zip(agenda, rows, strict=True), start=1):
        if row is None:
            uow.session.add(
                MeetingAgendaItemRecord(meeting_uuid=meeting_uuid, position=position, title=title)
            )
            continue
        if row.title != title:
            row.title = title
        if row.position != position:
            row.position = position
    for item in items:
        if id(item) not in kept:
            item.deleted = True


def _new_meeting(
    uow: UnitOfWork, kind: MeetingKind, preparation: Preparation, *, sitting_uuid: str | None
) -> MeetingRecord:
    agenda = _checked(uow, kind, preparation)
    meeting = MeetingRecord(
        uuid=new_uuid(), kind=kind.value, sitting_uuid=sitting_uuid, status=MeetingStatus.PLANNED.value
    )
    _write_fields(meeting, preparation)
    uow.session.add(meeting)
    for position, title in enumerate(agenda, start=1):
        uow.session.add(MeetingAgendaItemRecord(meeting_uuid=meeting.uuid, position=position, title=title))
    if kind is MeetingKind.COMMITTEE:
        for member_uuid in dict.fromkeys(preparation.committee_members):
            uow.session.add(MeetingAttendanceRecord(meeting_uuid=meeting.uuid, member_uuid=member_uuid))
    return meeting


def _write_fields(meeting: MeetingRecord, preparation: Preparation) -> None:
    meeting.held_on = preparation.held_on
    meeting.place = nfc(preparation.place)
    meeting.planned_time = preparation.planned_time
    meeting.topic = nfc(preparation.topic) or None
    meeting.chair_uuid = preparation.chair_uuid
    meeting.chair_role = preparation.chair_role.value
    meeting.secretary_uuid = preparation.secretary_uuid
    meeting.documents = [nfc(d) for d in preparation.documents if nfc(d)]
    meeting.guests = [{"name": nfc(g.name), "title": nfc(g.title)} for g in preparation.guests if nfc(g.name)]
    meeting.draft_resolution = preparation.draft_resolution or None


def _checked(uow: UnitOfWork, kind: MeetingKind, preparation: Preparation) -> list[str]:
    """Refuse an unusable preparation; returns the agenda to write."""
    day = preparation.held_on
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValidationError(
            T(
                "The meeting date must be a real date, dd/mm/yyyy.",
                "Ngày họp phải là ngày thật, dạng dd/mm/yyyy.",
            ),
            field="held_on",
        )
    if not nfc(preparation.place):
        raise ValidationError(T("Enter where the meeting is held.", "Hãy nhập địa điểm họp."), field="place")
    topic = nfc(preparation.topic)
    if kind.needs_topic and not topic:
        raise ValidationError(
            T(
                "A {kind} needs its topic: enter what the meeting is about.",
                "{kind} cần có chủ đề: hãy nhập nội dung của buổi sinh hoạt.",
                kind=kind.label,
            ),
            field="topic",
        )
    statuses = statuses_on(uow, day)
    for member_uuid, field in ((preparation.chair_uuid, "chair"), (preparation.secretary_uuid, "secretary")):
        if member_uuid is not None and not _is_member(statuses, member_uuid):
            raise ValidationError(
                T(
                    "The chair and the minute-taker must be members of the cell on the meeting date.",
                    "Người chủ trì và thư ký phải là đảng viên của chi bộ vào ngày họp.",
                ),
                field=field,
            )
    if preparation.chair_uuid and preparation.chair_uuid == preparation.secretary_uuid:
        raise ValidationError(
            T(
                "The chair cannot also take the minutes: choose another member as minute-taker.",
                "Người chủ trì không thể đồng thời làm thư ký: hãy chọn đảng viên khác làm thư ký.",
            ),
            field="secretary",
        )
    if kind is MeetingKind.COMMITTEE:
        members = preparation.committee_members
        if not members or not all(_is_member(statuses, m) for m in members):
            raise ValidationError(
                T(
                    "List the members of the cell committee (chi ủy) who are called to this meeting.",
                    "Hãy chọn các đồng chí chi ủy viên được triệu tập dự họp.",
                ),
                field="committee_members",
            )
    agenda = (
        list(preparation.agenda)
        if preparation.agenda is not None
        else list(standard_agenda(kind, day, topic))
    )
    agenda = [nfc(item) for item in agenda if nfc(item)]
    if not agenda:
        raise ValidationError(
            T("The agenda needs at least one item.", "Chương trình họp cần ít nhất một nội dung."),
            field="agenda",
        )
    return agenda


def _is_member(statuses: dict[str, MemberStatus], member_uuid: str) -> bool:
    status = statuses.get(member_uuid)
    return status is not None and status.is_current
