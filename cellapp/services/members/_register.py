"""The member register: list and search it, add members to it, and each member's status on a given day.

Adding checks every field (`register_fields`) and refuses a citizen ID or party card number another
member already has, naming that member. A member added here enters the register with the status given
(as in the paper register); lifecycle events (`member_lifecycle`) take it from there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.lifecycle import Standing
from cellapp.domain.member_history import LifecycleEvent
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.register_fields import FIELD_LABELS, MemberFields, check_member_fields
from cellapp.domain.vietnamese import fold, format_date
from cellapp.services.members._histories import load_events, replay_record
from cellapp.services.sync import read_register_lists
from cellapp.storage.records import MemberRecord, ResidenceIntroductionRecord
from cellapp.storage.unit_of_work import UnitOfWork


class ResidenceFilter(StrEnum):
    """Regulation 213 filter of the list: members of this cell who live in another place."""

    LIVES_ELSEWHERE = "lives_elsewhere"
    LIVES_HERE = "lives_here"


@dataclass(frozen=True, slots=True)
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
    ceremony_on: date | None = None
    phone: str | None = None


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
    other_name: str | None = None
    place_of_birth: str | None = None
    permanent_residence: str | None = None
    workplace: str | None = None
    position: str | None = None
    education: str | None = None
    theory_level: str | None = None
    ceremony_on: date | None = None
    notes: str | None = None

    def fields(self) -> MemberFields:
        return MemberFields(**{f.name: getattr(self, f.name) for f in fields(MemberFields)})


class DuplicateMemberError(ValidationError):
    """A citizen ID or card number already belongs to another member (or the same name and date of birth
    are already in the register): the other member is named, and linked by `other_uuid`."""

    def __init__(self, field: str, value: str, other_uuid: str | None, other_name: str) -> None:
        if field == "full_name":
            message = T(
                "{name}, born {value}, is already in the register; the same person cannot be entered twice. "
                "Open that member to check.",
                "Đồng chí {name}, sinh ngày {value}, đã có trong danh sách; không nhập một người hai lần. Hãy "
                "mở hồ sơ đồng chí đó để kiểm tra.",
                name=other_name,
                value=value,
            )
        else:
            message = T(
                "{field} {value} already belongs to {name}; two members cannot share it. Open that member "
                "to check which record is right.",
                "{field} {value} đã thuộc về đồng chí {name}; hai đảng viên không thể trùng. Hãy mở hồ sơ "
                "đồng chí đó để kiểm tra.",
                field=FIELD_LABELS[field],
                value=value,
                name=other_name,
            )
        super().__init__(message, field=field)
        self.other_uuid = other_uuid
        self.other_name = other_name


def identity_keys(member: MemberFields) -> list[tuple[str, str]]:
    """What no two members may share: citizen ID, card number, and name together with date of birth."""
    keys = [
        (field, getattr(member, field)) for field in ("citizen_id", "card_number") if getattr(member, field)
    ]
    if member.birth_date is not None:
        keys.append(("full_name", f"{fold(member.full_name)}|{format_date(member.birth_date)}"))
    return keys


def shown_value(key: tuple[str, str]) -> str:
    return key[1].rsplit("|", 1)[-1] if key[0] == "full_name" else key[1]


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
    MemberRecord.ceremony_on,
    MemberRecord.phone,
)
_SEXES = {sex.value: sex for sex in Sex}
_STATUSES = {status.value: status for status in MemberStatus}


def _open_introductions() -> object:
    return select(ResidenceIntroductionRecord.member_uuid).where(
        ResidenceIntroductionRecord.deleted.is_(False), ResidenceIntroductionRecord.ended_on.is_(None)
    )


def _filtered(
    query: Any,
    *,
    search: str | None,
    statuses: frozenset[MemberStatus] | None,
    include_former: bool,
    sex: Sex | None,
    ethnicity: str | None,
    residence: ResidenceFilter | None,
) -> Any:
    """`query` narrowed to the register's filters and search, in Vietnamese name order."""
    query = query.where(MemberRecord.deleted.is_(False))
    for token in fold(search or "").split():
        query = query.where(MemberRecord.search_text.contains(token, autoescape=True))
    if statuses:
        query = query.where(MemberRecord.status.in_([s.value for s in statuses]))
    elif not include_former:
        query = query.where(MemberRecord.status.in_([s.value for s in MemberStatus if s.is_current]))
    if sex is not None:
        query = query.where(MemberRecord.sex == sex.value)
    if ethnicity:
        query = query.where(MemberRecord.ethnicity == ethnicity)
    if residence is ResidenceFilter.LIVES_ELSEWHERE:
        query = query.where(MemberRecord.uuid.in_(_open_introductions()))  # type: ignore[arg-type]
    elif residence is ResidenceFilter.LIVES_HERE:
        query = query.where(MemberRecord.uuid.not_in(_open_introductions()))  # type: ignore[arg-type]
    return query.order_by(MemberRecord.sort_key)


def list_members(
    uow: UnitOfWork,
    *,
    search: str | None = None,
    statuses: frozenset[MemberStatus] | None = None,
    include_former: bool = False,
    sex: Sex | None = None,
    ethnicity: str | None = None,
    residence: ResidenceFilter | None = None,
) -> list[MemberSummary]:
    """Members in Vietnamese name order; `search` matches any part of the name, card or citizen ID,
    ignoring case, diacritics and đ/d."""
    query = _filtered(
        select(*_SUMMARY_COLUMNS),
        search=search,
        statuses=statuses,
        include_former=include_former,
        sex=sex,
        ethnicity=ethnicity,
        residence=residence,
    )
    with uow:
        rows = uow.session.execute(query).all()
    summary, sexes, statuses_ = MemberSummary, _SEXES, _STATUSES
    return [
        summary(
            uuid,
            name,
            sexes[sex_],
            born,
            ethnic,
            statuses_[status],
            admitted,
            official,
            card,
            cid,
            home,
            ceremony,
            phone,
        )
        for uuid, name, sex_, born, ethnic, status, admitted, official, card, cid, home, ceremony, phone in rows
    ]


def member_ids(
    uow: UnitOfWork,
    *,
    search: str | None = None,
    statuses: frozenset[MemberStatus] | None = None,
    include_former: bool = False,
    sex: Sex | None = None,
    ethnicity: str | None = None,
    residence: ResidenceFilter | None = None,
    ordered: bool = True,
) -> list[str]:
    """The same search as `list_members`, returning only the members' ids: what a list that already holds
    the members needs on each keystroke. Such a list keeps its own order, so it may skip the sorting
    (`ordered=False`)."""
    query = _filtered(
        select(MemberRecord.uuid),
        search=search,
        statuses=statuses,
        include_former=include_former,
        sex=sex,
        ethnicity=ethnicity,
        residence=residence,
    )
    if not ordered:
        query = query.order_by(None)
    with uow:
        return list(uow.session.scalars(query))


def member_ethnicities(uow: UnitOfWork) -> list[str]:
    """The ethnic groups present in the register, for the list's filter."""
    with uow:
        found = uow.session.scalars(
            select(MemberRecord.ethnicity)
            .where(MemberRecord.deleted.is_(False), MemberRecord.ethnicity.is_not(None))
            .distinct()
        ).all()
    return sorted((e for e in found if e), key=fold)


def add_member(uow: UnitOfWork, member: NewMember, *, today: date | None = None) -> MemberSummary:
    return add_members(uow, [member], today=today)[0]


def add_members(
    uow: UnitOfWork, members: list[NewMember], *, today: date | None = None
) -> list[MemberSummary]:
    """Add several members in one transaction: all are saved or none."""
    today = today or date.today()
    with uow:
        lists = read_register_lists(uow.session, on=today)
        checked = [check_member_fields(member.fields(), today=today, lists=lists) for member in members]
        check_unique(uow, checked)
        records = [new_record(member) for member in checked]
        uow.session.add_all(records)
        uow.commit()
    return [summary_of(record) for record in records]


def identifier_owners(
    uow: UnitOfWork, *, exclude: str | None = None
) -> dict[tuple[str, str], tuple[str, str]]:
    """Who holds each identity key (see `identity_keys`): {key: (member uuid, full name)}."""
    taken: dict[tuple[str, str], tuple[str, str]] = {}
    rows = uow.session.execute(
        select(
            MemberRecord.uuid,
            MemberRecord.full_name,
            MemberRecord.citizen_id,
            MemberRecord.card_number,
            MemberRecord.birth_date,
        ).where(MemberRecord.deleted.is_(False))
    )
    for uuid, name, citizen_id, card, born in rows:
        if uuid == exclude:
            continue
        if citizen_id:
            taken[("citizen_id", citizen_id)] = (uuid, name)
        if card:
            taken[("card_number", card)] = (uuid, name)
        if born is not None:
            taken[("full_name", f"{fold(name)}|{format_date(born)}")] = (uuid, name)
    return taken


def check_unique(uow: UnitOfWork, members: Sequence[MemberFields], *, exclude: str | None = None) -> None:
    """Refuse an identity another member, or another of `members`, already has."""
    taken: dict[tuple[str, str], tuple[str | None, str]] = dict(identifier_owners(uow, exclude=exclude))
    for member in members:
        for key in identity_keys(member):
            other = taken.get(key)
            if other is not None:
                raise DuplicateMemberError(key[0], shown_value(key), other[0], other[1])
            taken[key] = (None, member.full_name)


_FIELD_NAMES = tuple(f.name for f in fields(MemberFields))


def new_record(member: MemberFields) -> MemberRecord:
    # Empty fields are left unset (they default to empty): fewer instrumented writes on a large import.
    values = {name: value for name in _FIELD_NAMES if (value := getattr(member, name)) is not None}
    values["sex"] = member.sex.value
    values["status"] = member.status.value
    return MemberRecord(**values)


def summary_of(record: MemberRecord) -> MemberSummary:
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
        ceremony_on=record.ceremony_on,
        phone=record.phone,
    )


def member_standings_on(uow: UnitOfWork, on: date, *, owner_unit: str | None = None) -> dict[str, Standing]:
    """Each member's standing on a day (status and grade, for meeting attendance counts, voting rights and
    the cell's total), from the events.

    Members not on the cell's list that day (not yet admitted or arrived) are absent from the result. A
    member with no events stands as entered: that status for the whole past, except that a full member
    was probationary before the official date and was not a member before the date admitted.
    `owner_unit` limits the list to one cell's members (at the committee, which holds every cell's).
    """
    with uow:
        query = select(MemberRecord).where(MemberRecord.deleted.is_(False))
        if owner_unit is not None:
            query = query.where(MemberRecord.owner_unit == owner_unit)
        records = uow.session.scalars(query).all()
        events = load_events(uow.session, [r.uuid for r in records] if owner_unit is not None else None)
    return standings_on(records, events, on)


def member_statuses_on(
    uow: UnitOfWork, on: date, *, owner_unit: str | None = None
) -> dict[str, MemberStatus]:
    """Each member's status on a day (see `member_standings_on`)."""
    return {
        uuid: standing.status
        for uuid, standing in member_standings_on(uow, on, owner_unit=owner_unit).items()
        if standing.status is not None
    }


def standings_on(
    records: Iterable[MemberRecord], events: Mapping[str, list[LifecycleEvent]], on: date
) -> dict[str, Standing]:
    found: dict[str, Standing] = {}
    for record in records:
        standing = replay_record(record, events.get(record.uuid, [])).standing_on(on)
        if standing.status is not None:
            found[record.uuid] = standing
    return found


def statuses_on(
    records: Iterable[MemberRecord], events: Mapping[str, list[LifecycleEvent]], on: date
) -> dict[str, MemberStatus]:
    return {
        uuid: standing.status
        for uuid, standing in standings_on(records, events, on).items()
        if standing.status is not None
    }
