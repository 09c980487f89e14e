"""The cell's document-number pattern (`Số {number}-{code}/CB`), kept in the workspace settings, and the
number a meeting's minutes or resolution takes when it is finalised: by meeting date within the year and
document type (`domain.document_numbers.number_by_date`, which says what happens to an earlier meeting
finalised late)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cellapp.domain.document_numbers import (
    DEFAULT_PATTERN,
    DocumentCode,
    NumberChoice,
    check_pattern,
    number_by_date,
)
from cellapp.domain.meetings import MeetingKind
from cellapp.storage.records import MeetingRecord, SettingRecord
from cellapp.storage.unit_of_work import UnitOfWork

PATTERN_KEY = "document_number_pattern"


def read_number_pattern(uow: UnitOfWork) -> str:
    """The pattern, read in an open unit of work."""
    setting = uow.session.get(SettingRecord, PATTERN_KEY)
    value = setting.value if setting is not None else None
    return value if isinstance(value, str) and value else DEFAULT_PATTERN


def get_number_pattern(uow: UnitOfWork) -> str:
    with uow:
        return read_number_pattern(uow)


def set_number_pattern(uow: UnitOfWork, pattern: str) -> str:
    """Change the pattern for documents numbered from now on; numbers already given keep their form."""
    pattern = check_pattern(pattern)
    with uow:
        setting = uow.session.get(SettingRecord, PATTERN_KEY)
        if setting is None:
            uow.session.add(SettingRecord(key=PATTERN_KEY, value=pattern))
        else:
            setting.value = pattern
        uow.commit()
    return pattern


_KIND_ORDER = {kind.value: index for index, kind in enumerate(MeetingKind)}


def _order(meeting: MeetingRecord) -> tuple[object, ...]:
    # Same day: the regular meeting of a combined sitting before the thematic one, then as entered.
    return (meeting.held_on, _KIND_ORDER.get(meeting.kind, 9), meeting.created_at, meeting.uuid)


def number_for(uow: UnitOfWork, meeting: MeetingRecord, code: DocumentCode) -> NumberChoice:
    """The number this meeting's document takes now, among the unit's meetings of the same year: every
    meeting recorded counts for its place (for a resolution, those with one written or numbered)."""
    year = meeting.held_on.year
    rows = uow.session.scalars(
        select(MeetingRecord).where(
            MeetingRecord.deleted.is_(False),
            MeetingRecord.owner_unit == meeting.owner_unit,
            MeetingRecord.held_on >= date(year, 1, 1),
            MeetingRecord.held_on <= date(year, 12, 31),
            MeetingRecord.uuid != meeting.uuid,
        )
    ).all()
    others: list[tuple[tuple[object, ...], int | None]] = []
    for row in rows:
        number = row.minutes_number if code is DocumentCode.MINUTES else row.resolution_number
        if row.number_year not in (None, year):
            number = None
        if (
            code is DocumentCode.RESOLUTION
            and number is None
            and not (row.resolution or row.draft_resolution)
        ):
            continue
        others.append((_order(row), number))
    return number_by_date(_order(meeting), others)
