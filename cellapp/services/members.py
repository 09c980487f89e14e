"""Member use cases of the foundation: list and search the register, add a member, count by status.

The full register (lifecycle events, validation of every field, import and export) builds on these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.vietnamese import fold, name_sort_key, nfc
from cellapp.storage.records import MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class MemberSummary:
    uuid: str
    full_name: str
    sex: Sex
    birth_date: date | None
    ethnicity: str | None
    status: MemberStatus
    admitted_on: date | None
    official_on: date | None
    card_number: str | None
    citizen_id: str | None
    residence: str | None


@dataclass(frozen=True)
class NewMember:
    full_name: str
    sex: Sex
    birth_date: date | None = None
    ethnicity: str | None = None
    religion: str | None = None
    citizen_id: str | None = None
    card_number: str | None = None
    home_town: str | None = None
    residence: str | None = None
    phone: str | None = None
    occupation: str | None = None
    admitted_on: date | None = None
    official_on: date | None = None
    status: MemberStatus = MemberStatus.FULL


_SUMMARY_COLUMNS = (
    MemberRecord.uuid,
    MemberRecord.full_name,
    MemberRecord.sex,
    MemberRecord.birth_date,
    MemberRecord.ethnicity,
    MemberRecord.status,
    MemberRecord.admitted_on,
    MemberRecord.official_on,
    MemberRecord.card_number,
    MemberRecord.citizen_id,
    MemberRecord.residence,
)


def list_members(
    uow: UnitOfWork,
    *,
    search: str | None = None,
    statuses: frozenset[MemberStatus] | None = None,
    include_former: bool = False,
) -> list[MemberSummary]:
    """Members in Vietnamese name order; `search` matches any part of the name, card or citizen ID,
    ignoring case, diacritics and đ/d."""
    query = select(*_SUMMARY_COLUMNS).where(MemberRecord.deleted.is_(False))
    for token in fold(search or "").split():
        query = query.where(MemberRecord.search_text.contains(token, autoescape=True))
    if statuses:
        query = query.where(MemberRecord.status.in_([s.value for s in statuses]))
    elif not include_former:
        query = query.where(MemberRecord.status.in_([s.value for s in MemberStatus if s.is_current]))
    with uow:
        rows = uow.session.execute(query).all()
    members = [
        MemberSummary(
            uuid=row.uuid,
            full_name=row.full_name,
            sex=Sex(row.sex),
            birth_date=row.birth_date,
            ethnicity=row.ethnicity,
            status=MemberStatus(row.status),
            admitted_on=row.admitted_on,
            official_on=row.official_on,
            card_number=row.card_number,
            citizen_id=row.citizen_id,
            residence=row.residence,
        )
        for row in rows
    ]
    members.sort(key=lambda m: name_sort_key(m.full_name))
    return members


def add_member(uow: UnitOfWork, member: NewMember) -> MemberSummary:
    return add_members(uow, [member])[0]


def add_members(uow: UnitOfWork, members: list[NewMember]) -> list[MemberSummary]:
    """Add several members in one transaction: all are saved or none."""
    records = [_new_record(member) for member in members]
    with uow:
        uow.session.add_all(records)
        uow.commit()
    return [_summary(record) for record in records]


def _new_record(member: NewMember) -> MemberRecord:
    full_name = nfc(member.full_name)
    if not full_name:
        raise ValidationError(T("The full name is required.", "Cần nhập họ và tên."), field="full_name")
    if member.admitted_on and member.official_on and member.official_on < member.admitted_on:
        raise ValidationError(
            T(
                "The date recognised as a full member cannot be before the date admitted.",
                "Ngày chính thức không thể trước ngày vào Đảng.",
            ),
            field="official_on",
        )
    return MemberRecord(
        full_name=full_name,
        sex=member.sex.value,
        birth_date=member.birth_date,
        ethnicity=nfc(member.ethnicity) if member.ethnicity else None,
        religion=nfc(member.religion) if member.religion else None,
        citizen_id=member.citizen_id,
        card_number=member.card_number,
        home_town=nfc(member.home_town) if member.home_town else None,
        residence=nfc(member.residence) if member.residence else None,
        phone=member.phone,
        occupation=nfc(member.occupation) if member.occupation else None,
        admitted_on=member.admitted_on,
        official_on=member.official_on,
        status=member.status.value,
    )


def _summary(record: MemberRecord) -> MemberSummary:
    return MemberSummary(
        uuid=record.uuid,
        full_name=record.full_name,
        sex=Sex(record.sex),
        birth_date=record.birth_date,
        ethnicity=record.ethnicity,
        status=MemberStatus(record.status),
        admitted_on=record.admitted_on,
        official_on=record.official_on,
        card_number=record.card_number,
        citizen_id=record.citizen_id,
        residence=record.residence,
    )


def member_statuses_on(uow: UnitOfWork, on: date) -> dict[str, MemberStatus]:
    """Each member's status on a day (for meeting attendance counts and voting rights).

    Members admitted after that day are absent from the result. Until status history is recorded as
    events, the current status stands for the whole past, except that a full member whose official date
    is later than the day was still probationary then.
    """
    query = select(MemberRecord.uuid, MemberRecord.status, MemberRecord.admitted_on, MemberRecord.official_on)
    with uow:
        rows = uow.session.execute(query.where(MemberRecord.deleted.is_(False))).all()
    statuses: dict[str, MemberStatus] = {}
    for row in rows:
        if row.admitted_on is not None and row.admitted_on > on:
            continue
        status = MemberStatus(row.status)
        if status is MemberStatus.FULL and row.official_on is not None and row.official_on > on:
            status = MemberStatus.PROBATIONARY
        statuses[row.uuid] = status
    return statuses
