"""The cell's document-number pattern (`Số {number}-{code}/CB`), kept in the workspace settings, and the
next number of a document type in a year."""

from __future__ import annotations

from sqlalchemy import func, select

from cellapp.domain.document_numbers import DEFAULT_PATTERN, DocumentCode, check_pattern
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


def next_number(uow: UnitOfWork, code: DocumentCode, year: int) -> int:
    """The next free number of this document type in this year (numbers restart every 1 January)."""
    column = MeetingRecord.minutes_number if code is DocumentCode.MINUTES else MeetingRecord.resolution_number
    highest = uow.session.scalar(
        select(func.max(column)).where(MeetingRecord.deleted.is_(False), MeetingRecord.number_year == year)
    )
    return int(highest or 0) + 1
