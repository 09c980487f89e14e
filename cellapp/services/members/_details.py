"""One member's whole record: reading it (with history, seniority and what may be recorded next),
correcting it, and removing a record entered by mistake.

Personal data is corrected in place (the audit log keeps who changed what). The status is never edited:
it follows the events. Party dates copied from the paper register are corrected in place while the member
has no events, and by an `ENTRY_CORRECTED` event afterwards; dates set by an event are corrected by
reversing that event.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import select

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import EventKind, Grade
from cellapp.domain.member_history import LifecycleEvent, SeniorityFacts, governed_dates, seniority_facts
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.register_fields import FIELD_LABELS, MemberFields, check_member_fields
from cellapp.services.members._histories import HistoryEntry, history_entries, next_sequence
from cellapp.services.members._lifecycle import actions_for, load_member, open_history, write_events
from cellapp.services.members._register import MemberSummary, check_unique, summary_of
from cellapp.services.sync import read_register_lists
from cellapp.storage.records import MemberRecord, ResidenceIntroductionRecord, new_uuid
from cellapp.storage.unit_of_work import UnitOfWork

_DATES = ("admitted_on", "ceremony_on", "official_on")


@dataclass(frozen=True)
class ResidenceIntroduction:
    """Regulation 213: this member lives in another place and is introduced to the cell there."""

    uuid: str
    residence_cell: str
    commune: str | None
    introduced_on: date | None
    exempt: bool
    ended_on: date | None
    note: str | None


@dataclass(frozen=True)
class MemberDetail:
    uuid: str
    fields: MemberFields
    status: MemberStatus
    grade: Grade | None
    seniority: SeniorityFacts
    history: tuple[HistoryEntry, ...]
    actions: tuple[EventKind, ...]
    has_events: bool
    governed_dates: frozenset[str]
    residence_introduction: ResidenceIntroduction | None
    created_at: datetime | None

    @property
    def full_name(self) -> str:
        return self.fields.full_name


def _fields_of(record: MemberRecord) -> MemberFields:
    values = {f.name: getattr(record, f.name) for f in fields(MemberFields)}
    values["sex"] = Sex(record.sex)
    values["status"] = MemberStatus(record.status)
    return MemberFields(**values)


def _introduction(uow: UnitOfWork, member_uuid: str) -> ResidenceIntroduction | None:
    record = uow.session.scalars(
        select(ResidenceIntroductionRecord)
        .where(
            ResidenceIntroductionRecord.member_uuid == member_uuid,
            ResidenceIntroductionRecord.deleted.is_(False),
        )
        .order_by(
            ResidenceIntroductionRecord.ended_on.is_(None).desc(),
            ResidenceIntroductionRecord.introduced_on.desc(),
        )
    ).first()
    if record is None:
        return None
    return ResidenceIntroduction(
        uuid=record.uuid,
        residence_cell=record.residence_cell,
        commune=record.commune,
        introduced_on=record.introduced_on,
        exempt=record.exempt,
        ended_on=record.ended_on,
        note=record.note,
    )


def get_member(uow: UnitOfWork, member_uuid: str, *, today: date | None = None) -> MemberDetail:
    today = today or date.today()
    with uow:
        record, events, outcome = open_history(uow, member_uuid)
        introduction = _introduction(uow, member_uuid)
    standing = outcome.current
    return MemberDetail(
        uuid=record.uuid,
        fields=_fields_of(record),
        status=MemberStatus(record.status),
        grade=standing.grade,
        seniority=seniority_facts(outcome, today),
        history=tuple(history_entries(events)),
        actions=tuple(actions_for(standing.status, standing.grade)),
        has_events=bool(events),
        governed_dates=frozenset(governed_dates(events)),
        residence_introduction=introduction,
        created_at=record.created_at,
    )


def update_member(
    uow: UnitOfWork, member_uuid: str, member: MemberFields, *, today: date | None = None
) -> MemberSummary:
    """Correct a member's record. Refuses a status change (record an event instead) and a change to a
    date that an event set (reverse that event instead)."""
    today = today or date.today()
    with uow:
        record, events = load_member(uow, member_uuid)
        current = MemberStatus(record.status)
        if events and member.status is not current:
            raise ValidationError(
                T(
                    "The status follows the member's recorded events; record an event from the actions menu "
                    "instead of changing it here.",
                    "Trạng thái do các sự kiện đã ghi quyết định; hãy ghi sự kiện từ trình đơn thao tác thay "
                    "vì sửa ở đây.",
                ),
                field="status",
            )
        checked = check_member_fields(member, today=today, lists=read_register_lists(uow.session, on=today))
        check_unique(uow, [checked], exclude=member_uuid)
        changed_dates = [name for name in _DATES if getattr(checked, name) != getattr(record, name)]
        if events and changed_dates:
            _correct_entry_dates(uow, record, events, checked, changed_dates, today)
        for item in fields(MemberFields):
            if item.name in _DATES and events:
                continue
            value = getattr(checked, item.name)
            if item.name in ("sex", "status"):
                value = value.value
            setattr(record, item.name, value)
        uow.commit()
    return summary_of(record)


def _correct_entry_dates(
    uow: UnitOfWork,
    record: MemberRecord,
    events: list[LifecycleEvent],
    checked: MemberFields,
    changed: list[str],
    today: date,
) -> None:
    governed = governed_dates(events)
    for name in changed:
        if name in governed:
            raise ValidationError(
                T(
                    "{field} was set by a recorded event; to correct it, reverse that event in the history "
                    "and record it again with the right date.",
                    "{field} do một sự kiện đã ghi xác định; muốn sửa, hãy hủy bỏ sự kiện đó trong lịch sử "
                    "rồi ghi lại với ngày đúng.",
                    field=FIELD_LABELS[name],
                ),
                field=name,
            )
    correction = LifecycleEvent(
        uuid=new_uuid(),
        kind=EventKind.ENTRY_CORRECTED,
        effective_on=today,
        sequence=next_sequence(events),
        admitted_on=checked.admitted_on,
        ceremony_on=checked.ceremony_on,
        official_on=checked.official_on,
        recorded_by=str(uow.session.info.get("actor", "")),
    )
    write_events(uow, record, events, [correction])


def remove_member(uow: UnitOfWork, member_uuid: str) -> None:
    """Remove a record entered by mistake (a duplicate, a wrong person). Real departures are events."""
    with uow:
        record, _events = load_member(uow, member_uuid)
        record.deleted = True
        for introduction in uow.session.scalars(
            select(ResidenceIntroductionRecord).where(ResidenceIntroductionRecord.member_uuid == member_uuid)
        ):
            introduction.deleted = True
        uow.commit()


__all__ = [
    "MemberDetail",
    "ResidenceIntroduction",
    "get_member",
    "remove_member",
    "update_member",
]
