"""What a new cell still has to do before its first month in CellApp, in order: add its members, say from
which month the fee book starts, prepare the first meeting, join the committee. The Overview shows the
steps still open, each with the button that does it; the list empties as the cell does them.

The secretary's name, asked by the first-run assistant, is kept too: the first meeting's chair is the
member of that name (later meetings take the chair of the one before, `meetings.suggest_preparation`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import func, select

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import nfc
from cellapp.storage.records import MeetingRecord, MemberRecord, SettingRecord
from cellapp.storage.unit_of_work import UnitOfWork

SECRETARY_KEY = "cell.secretary_name"


class FirstStep(enum.Enum):
    ADD_MEMBERS = "add_members"
    FEE_BOOK_START = "fee_book_start"
    FIRST_MEETING = "first_meeting"
    JOIN_COMMITTEE = "join_committee"


@dataclass(frozen=True)
class FirstSteps:
    pending: tuple[FirstStep, ...]  # in the order to do them

    @property
    def done(self) -> bool:
        return not self.pending


def first_steps(uow: UnitOfWork, *, enrolled: bool) -> FirstSteps:
    """The steps this cell has not done yet (`enrolled`: whether it has joined its committee)."""
    from cellapp.services.fees import get_fee_settings

    with uow:
        members = uow.session.scalar(
            select(func.count()).select_from(MemberRecord).where(MemberRecord.deleted.is_(False))
        )
        meetings = uow.session.scalar(
            select(func.count()).select_from(MeetingRecord).where(MeetingRecord.deleted.is_(False))
        )
        fee_book_chosen = get_fee_settings(uow).ledger_start_chosen
    pending = [
        step
        for step, open_ in (
            (FirstStep.ADD_MEMBERS, not members),
            (FirstStep.FEE_BOOK_START, not fee_book_chosen),
            (FirstStep.FIRST_MEETING, not meetings),
            (FirstStep.JOIN_COMMITTEE, not enrolled),
        )
        if open_
    ]
    return FirstSteps(tuple(pending))


def secretary_name(uow: UnitOfWork) -> str:
    """The cell secretary's name as the first-run assistant was told it, "" when not given."""
    with uow:
        setting = uow.session.get(SettingRecord, SECRETARY_KEY)
        return str(setting.value) if setting is not None and setting.value else ""


def set_secretary_name(uow: UnitOfWork, name: str) -> str:
    cleaned = " ".join(nfc(name).split())
    if len(cleaned) > 120:
        raise ValidationError(
            T("The name is too long.", "Họ và tên quá dài (tối đa 120 ký tự)."), field="secretary_name"
        )
    with uow:
        setting = uow.session.get(SettingRecord, SECRETARY_KEY)
        if setting is None:
            uow.session.add(SettingRecord(key=SECRETARY_KEY, value=cleaned))
        else:
            setting.value = cleaned
        uow.commit()
    return cleaned
