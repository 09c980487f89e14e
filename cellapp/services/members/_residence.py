"""Regulation 213 (Quy định 213-QĐ/TW, docs/party-rules.md §8): members of this cell living in another place, and
working members of other organisations living here, with the cell's yearly residence comment on each.

A member introduced elsewhere has one open introduction at a time; ending it keeps it on record. The
residence comment is one per resident per year (text, the cell committee's and the Front committee's
opinions, the date sent to the member's workplace organisation); saving again for the same year corrects
it. A resident introduced as exempt from residence activities gets no yearly comment (HD 33), so no alert.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.alerts import Alert, Severity
from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.members import MemberStatus
from cellapp.domain.vietnamese import fold, format_date, nfc
from cellapp.storage.records import (
    MemberRecord,
    ResidenceCommentRecord,
    ResidenceIntroductionRecord,
    ResidentMemberRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

# The yearly comment goes back to the workplace before its year-end review (docs/party-rules.md §7.1).
COMMENT_SEASON_STARTS = (10, 1)


@dataclass(frozen=True)
class IntroductionInput:
    residence_cell: str
    commune: str | None = None
    introduced_on: date | None = None
    exempt: bool = False
    note: str | None = None


@dataclass(frozen=True)
class MemberLivingElsewhere:
    member_uuid: str
    full_name: str
    status: MemberStatus
    residence_cell: str
    commune: str | None
    introduced_on: date | None
    exempt: bool


@dataclass(frozen=True)
class ResidentInput:
    full_name: str
    organisation: str
    contact: str | None = None
    residence: str | None = None
    introduced_on: date | None = None
    exempt: bool = False
    note: str | None = None


@dataclass(frozen=True)
class ResidenceComment:
    uuid: str
    year: int
    comment: str
    cell_opinion: str | None
    front_opinion: str | None
    sent_on: date | None


@dataclass(frozen=True)
class ResidentMember:
    uuid: str
    full_name: str
    organisation: str
    contact: str | None
    residence: str | None
    introduced_on: date | None
    exempt: bool
    ended_on: date | None
    note: str | None
    comments: tuple[ResidenceComment, ...]

    def comment_for(self, year: int) -> ResidenceComment | None:
        return next((c for c in self.comments if c.year == year), None)


def _text(value: str | None) -> str | None:
    return nfc(value) or None if value is not None else None


def _required(value: str, field: str, en: str, vi: str) -> str:
    cleaned = nfc(value)
    if not cleaned:
        raise ValidationError(T(en, vi), field=field)
    return cleaned


def _not_future(day: date | None, field: str, today: date) -> None:
    if day is not None and day > today:
        raise ValidationError(
            T(
                "The date {day} is in the future; record it once it has happened.",
                "Ngày {day} là ngày trong tương lai; chỉ ghi khi việc đã diễn ra.",
                day=format_date(day),
            ),
            field=field,
        )


def set_residence_introduction(
    uow: UnitOfWork, member_uuid: str, introduction: IntroductionInput, *, today: date | None = None
) -> None:
    """Record (or correct) where this cell's member lives and the cell they are introduced to."""
    today = today or date.today()
    cell = _required(
        introduction.residence_cell,
        "residence_cell",
        "Enter the party cell of the place where the member lives.",
        "Hãy nhập chi bộ nơi đảng viên cư trú.",
    )
    _not_future(introduction.introduced_on, "introduced_on", today)
    with uow:
        member = uow.session.get(MemberRecord, member_uuid)
        if member is None or member.deleted:
            raise NotFound(T("No such member.", "Không có đảng viên này."))
        record = _open_introduction(uow, member_uuid) or ResidenceIntroductionRecord(member_uuid=member_uuid)
        record.residence_cell = cell
        record.commune = _text(introduction.commune)
        record.introduced_on = introduction.introduced_on
        record.exempt = introduction.exempt
        record.note = _text(introduction.note)
        uow.session.add(record)
        uow.commit()


def end_residence_introduction(
    uow: UnitOfWork, member_uuid: str, ended_on: date, *, today: date | None = None
) -> None:
    """The member no longer lives there (moved, or changed workplace): the introduction ends."""
    today = today or date.today()
    _not_future(ended_on, "ended_on", today)
    with uow:
        record = _open_introduction(uow, member_uuid)
        if record is None:
            raise ValidationError(
                T(
                    "The member has no open introduction.",
                    "Đảng viên này không có giấy giới thiệu đang hiệu lực.",
                )
            )
        if record.introduced_on and ended_on < record.introduced_on:
            raise ValidationError(
                T(
                    "The end cannot be before the introduction.",
                    "Ngày kết thúc không thể trước ngày giới thiệu.",
                ),
                field="ended_on",
            )
        record.ended_on = ended_on
        uow.commit()


def _open_introduction(uow: UnitOfWork, member_uuid: str) -> ResidenceIntroductionRecord | None:
    return uow.session.scalars(
        select(ResidenceIntroductionRecord).where(
            ResidenceIntroductionRecord.member_uuid == member_uuid,
            ResidenceIntroductionRecord.deleted.is_(False),
            ResidenceIntroductionRecord.ended_on.is_(None),
        )
    ).first()


def list_members_living_elsewhere(uow: UnitOfWork) -> list[MemberLivingElsewhere]:
    query = (
        select(MemberRecord, ResidenceIntroductionRecord)
        .join(ResidenceIntroductionRecord, ResidenceIntroductionRecord.member_uuid == MemberRecord.uuid)
        .where(
            MemberRecord.deleted.is_(False),
            ResidenceIntroductionRecord.deleted.is_(False),
            ResidenceIntroductionRecord.ended_on.is_(None),
        )
        .order_by(MemberRecord.sort_key)
    )
    with uow:
        rows = uow.session.execute(query).all()
    return [
        MemberLivingElsewhere(
            member_uuid=member.uuid,
            full_name=member.full_name,
            status=MemberStatus(member.status),
            residence_cell=introduction.residence_cell,
            commune=introduction.commune,
            introduced_on=introduction.introduced_on,
            exempt=introduction.exempt,
        )
        for member, introduction in rows
        if MemberStatus(member.status).is_current
    ]


def save_resident(
    uow: UnitOfWork, resident: ResidentInput, *, uuid: str | None = None, today: date | None = None
) -> ResidentMember:
    """Add a working member of another organisation who lives here, or correct one (`uuid`)."""
    today = today or date.today()
    name = _required(resident.full_name, "full_name", "The full name is required.", "Cần nhập họ và tên.")
    organisation = _required(
        resident.organisation,
        "organisation",
        "Enter the party organisation of the member's workplace.",
        "Hãy nhập tổ chức đảng nơi đảng viên công tác.",
    )
    _not_future(resident.introduced_on, "introduced_on", today)
    with uow:
        record = _resident(uow, uuid) if uuid else ResidentMemberRecord()
        record.full_name = name
        record.organisation = organisation
        record.contact = _text(resident.contact)
        record.residence = _text(resident.residence)
        record.introduced_on = resident.introduced_on
        record.exempt = resident.exempt
        record.note = _text(resident.note)
        uow.session.add(record)
        uow.commit()
        return _resident_dto(record, [])


def end_resident(uow: UnitOfWork, uuid: str, ended_on: date, *, today: date | None = None) -> None:
    """The working member moved away or was introduced elsewhere: keep the record, mark its end."""
    today = today or date.today()
    _not_future(ended_on, "ended_on", today)
    with uow:
        record = _resident(uow, uuid)
        record.ended_on = ended_on
        uow.commit()


def _resident(uow: UnitOfWork, uuid: str | None) -> ResidentMemberRecord:
    record = uow.session.get(ResidentMemberRecord, uuid) if uuid else None
    if record is None or record.deleted:
        raise NotFound(T("No such resident member.", "Không có đảng viên cư trú này."))
    return record


def save_residence_comment(
    uow: UnitOfWork,
    resident_uuid: str,
    *,
    year: int,
    comment: str,
    cell_opinion: str | None = None,
    front_opinion: str | None = None,
    sent_on: date | None = None,
    today: date | None = None,
) -> ResidenceComment:
    """The cell's comment on a resident member for `year`; saving the same year again corrects it."""
    today = today or date.today()
    text = _required(
        comment,
        "comment",
        "Write the comment on the member's conduct where they live.",
        "Hãy ghi nhận xét về đảng viên tại nơi cư trú.",
    )
    if year > today.year:
        raise ValidationError(
            T("The year {year} has not begun.", "Năm {year} chưa đến.", year=year), field="year"
        )
    _not_future(sent_on, "sent_on", today)
    if sent_on is not None and sent_on.year < year:
        raise ValidationError(
            T(
                "The comment on {year} cannot have been sent before that year.",
                "Nhận xét năm {year} không thể gửi trước năm đó.",
                year=year,
            ),
            field="sent_on",
        )
    with uow:
        _resident(uow, resident_uuid)
        record = uow.session.scalars(
            select(ResidenceCommentRecord).where(
                ResidenceCommentRecord.resident_uuid == resident_uuid, ResidenceCommentRecord.year == year
            )
        ).first() or ResidenceCommentRecord(resident_uuid=resident_uuid, year=year)
        record.comment = text
        record.cell_opinion = _text(cell_opinion)
        record.front_opinion = _text(front_opinion)
        record.sent_on = sent_on
        record.deleted = False
        uow.session.add(record)
        uow.commit()
        return _comment_dto(record)


def list_residents(
    uow: UnitOfWork, *, include_ended: bool = False, search: str | None = None
) -> list[ResidentMember]:
    query = select(ResidentMemberRecord).where(ResidentMemberRecord.deleted.is_(False))
    if not include_ended:
        query = query.where(ResidentMemberRecord.ended_on.is_(None))
    for token in fold(search or "").split():
        query = query.where(ResidentMemberRecord.search_text.contains(token, autoescape=True))
    with uow:
        residents = uow.session.scalars(query.order_by(ResidentMemberRecord.sort_key)).all()
        comments: dict[str, list[ResidenceCommentRecord]] = {}
        for record in uow.session.scalars(
            select(ResidenceCommentRecord).where(ResidenceCommentRecord.deleted.is_(False))
        ):
            comments.setdefault(record.resident_uuid, []).append(record)
    return [_resident_dto(r, comments.get(r.uuid, [])) for r in residents]


def _comment_dto(record: ResidenceCommentRecord) -> ResidenceComment:
    return ResidenceComment(
        uuid=record.uuid,
        year=record.year,
        comment=record.comment,
        cell_opinion=record.cell_opinion,
        front_opinion=record.front_opinion,
        sent_on=record.sent_on,
    )


def _resident_dto(record: ResidentMemberRecord, comments: list[ResidenceCommentRecord]) -> ResidentMember:
    return ResidentMember(
        uuid=record.uuid,
        full_name=record.full_name,
        organisation=record.organisation,
        contact=record.contact,
        residence=record.residence,
        introduced_on=record.introduced_on,
        exempt=record.exempt,
        ended_on=record.ended_on,
        note=record.note,
        comments=tuple(sorted((_comment_dto(c) for c in comments), key=lambda c: c.year, reverse=True)),
    )


def residence_alerts(uow: UnitOfWork, today: date) -> Iterator[Alert]:
    """From October, residents (not exempt) still without this year's comment for their workplace."""
    if (today.month, today.day) < COMMENT_SEASON_STARTS:
        return
    residents = uow.session.scalars(
        select(ResidentMemberRecord).where(
            ResidentMemberRecord.deleted.is_(False),
            ResidentMemberRecord.ended_on.is_(None),
            ResidentMemberRecord.exempt.is_(False),
        )
    ).all()
    commented = set(
        uow.session.scalars(
            select(ResidenceCommentRecord.resident_uuid).where(
                ResidenceCommentRecord.deleted.is_(False), ResidenceCommentRecord.year == today.year
            )
        )
    )
    for resident in residents:
        if resident.uuid in commented:
            continue
        yield Alert(
            "residence_comment_due",
            Severity.SOON,
            T(
                "No residence comment for {year} yet on this working member of {organisation} (Regulation 213).",
                "Chưa có nhận xét năm {year} đối với đảng viên đang công tác tại {organisation} cư trú tại "
                "địa phương (Quy định 213).",
                year=today.year,
                organisation=resident.organisation,
            ),
            date(today.year, 12, 31),
            None,
            resident.full_name,
        )
