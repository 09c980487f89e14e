"""A member's fee account: category and base amount over time, exemptions and reductions, the opening
balance carried over from the paper book, and the account as one view with its payments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.fee_ledger import check_relief
from cellapp.domain.fees import FeeCategory, FeeProfile, FeeRelief, NoRulesError, ReliefReason
from cellapp.domain.l10n import T
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_money, nfc
from cellapp.services.fees.book import FeeBook, ReliefEntry
from cellapp.services.fees.payments import PaymentSummary, summary_of
from cellapp.storage.records import FeeOpeningRecord, FeeProfileRecord, FeeReliefRecord, MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork

MAX_BASE_AMOUNT = 500_000_000
"""A monthly wage, benefit or pension above this is taken for a typing slip."""


@dataclass(frozen=True)
class ReliefSummary:
    uuid: str
    reason: ReliefReason
    percent: int
    first: Month
    last: Month
    regulation: str
    decision: str | None
    application_on: date | None
    note: str | None

    @property
    def relief(self) -> FeeRelief:
        return FeeRelief(self.reason, self.percent, self.first, self.last)


@dataclass(frozen=True)
class ProfileSummary:
    category: FeeCategory
    base_amount: int | None
    valid_from: Month
    note: str | None


@dataclass(frozen=True)
class MemberFeeAccount:
    member_uuid: str
    full_name: str
    profiles: tuple[ProfileSummary, ...]
    reliefs: tuple[ReliefSummary, ...]
    opening: Month | None
    default_opening: Month
    payments: tuple[PaymentSummary, ...]


def _relief_summary(entry: ReliefEntry) -> ReliefSummary:
    return ReliefSummary(
        uuid=entry.uuid,
        reason=entry.relief.reason,
        percent=entry.relief.percent,
        first=entry.relief.first,
        last=entry.relief.last,
        regulation=entry.regulation,
        decision=entry.decision,
        application_on=entry.application_on,
        note=entry.note,
    )


def _require_member(uow: UnitOfWork, member_uuid: str) -> MemberRecord:
    member = uow.session.get(MemberRecord, member_uuid)
    if member is None or member.deleted:
        raise NotFound(T("No such member.", "Không tìm thấy đảng viên này."))
    return member


def member_fee_account(uow: UnitOfWork, *, member_uuid: str) -> MemberFeeAccount:
    with uow:
        _require_member(uow, member_uuid)
        book = FeeBook(uow.session, [member_uuid])
    member = book.members[member_uuid]
    profiles = sorted(book.profiles.get(member_uuid, []), key=lambda p: p.valid_from)
    return MemberFeeAccount(
        member_uuid=member_uuid,
        full_name=member.full_name,
        profiles=tuple(
            ProfileSummary(
                p.category, p.base_amount, p.valid_from, book.profile_notes.get((member_uuid, p.valid_from))
            )
            for p in profiles
        ),
        reliefs=tuple(_relief_summary(e) for e in book.reliefs.get(member_uuid, [])),
        opening=book.openings.get(member_uuid),
        default_opening=book.settings.settled_through,
        payments=tuple(summary_of(p, member.full_name) for p in book.payments.get(member_uuid, [])),
    )


def set_fee_profile(
    uow: UnitOfWork,
    *,
    member_uuid: str,
    category: FeeCategory,
    valid_from: Month,
    base_amount: int | None = None,
    note: str | None = None,
) -> ProfileSummary:
    """Declare a member's category (and wage, benefit or pension) from a month on; the same month again
    corrects that declaration."""
    if category.needs_base_amount:
        if base_amount is None or base_amount <= 0:
            raise ValidationError(
                T(
                    "'{category}' pays a share of the member's own {what}: enter it (whole đồng, more than 0).",
                    "Đối tượng '{category_vi}' đóng theo {what_vi} của đảng viên: hãy nhập số tiền (đồng, lớn hơn 0).",
                    category=category.label.en,
                    category_vi=category.label.vi,
                    what="pension" if category is FeeCategory.PENSIONER else "wage or benefit",
                    what_vi="lương hưu"
                    if category is FeeCategory.PENSIONER
                    else "tiền lương hoặc trợ cấp BHXH",
                ),
                field="base_amount",
            )
        if base_amount > MAX_BASE_AMOUNT:
            raise ValidationError(
                T(
                    "{amount} a month is more than CellApp accepts ({limit}); check the amount.",
                    "{amount} một tháng vượt mức CellApp chấp nhận ({limit}); hãy kiểm tra lại.",
                    amount=format_money(base_amount),
                    limit=format_money(MAX_BASE_AMOUNT),
                ),
                field="base_amount",
            )
    else:
        base_amount = None
    with uow:
        _require_member(uow, member_uuid)
        record = uow.session.scalars(
            select(FeeProfileRecord).where(
                FeeProfileRecord.deleted.is_(False),
                FeeProfileRecord.member_uuid == member_uuid,
                FeeProfileRecord.valid_from == valid_from.first_day,
            )
        ).first()
        if record is None:
            record = FeeProfileRecord(member_uuid=member_uuid, valid_from=valid_from.first_day)
            uow.session.add(record)
        record.category = category.value
        record.base_amount = base_amount
        record.note = note
        uow.commit()
        return ProfileSummary(category, base_amount, valid_from, record.note)


def add_fee_relief(
    uow: UnitOfWork,
    *,
    member_uuid: str,
    reason: ReliefReason,
    percent: int,
    first_month: Month,
    last_month: Month,
    decision: str | None = None,
    application_on: date | None = None,
    note: str | None = None,
) -> ReliefSummary:
    """Record an exemption or reduction decided by the cell (or its committee), within the rules."""
    with uow:
        _require_member(uow, member_uuid)
        book = FeeBook(uow.session, [member_uuid])
        try:
            rule_set = book.rules.rule_set_for(first_month)
        except NoRulesError as error:
            raise ValidationError(error.message, field="first_month") from None
        check_relief(
            rule_set,
            reason,
            percent,
            first_month,
            last_month,
            [e.relief for e in book.reliefs.get(member_uuid, [])],
            application_received=application_on is not None,
        )
        record = FeeReliefRecord(
            member_uuid=member_uuid,
            reason=reason.value,
            percent=percent,
            first_month=first_month.first_day,
            last_month=last_month.first_day,
            regulation=rule_set.regulation,
            decision=decision,
            application_on=application_on,
            note=note,
        )
        uow.session.add(record)
        uow.commit()
        return ReliefSummary(
            record.uuid,
            reason,
            percent,
            first_month,
            last_month,
            rule_set.regulation,
            record.decision,
            application_on,
            record.note,
        )


def end_fee_relief(uow: UnitOfWork, *, relief_uuid: str, last_month: Month) -> ReliefSummary:
    """End an exemption or reduction early (the member's situation improved)."""
    with uow:
        record = uow.session.get(FeeReliefRecord, relief_uuid)
        if record is None or record.deleted:
            raise NotFound(T("No such exemption or reduction.", "Không tìm thấy quyết định miễn, giảm này."))
        first, current_last = Month.of(record.first_month), Month.of(record.last_month)
        if not first <= last_month <= current_last:
            raise ValidationError(
                T(
                    "It can end between {first} and {last}; to extend it, record a new decision after it.",
                    "Chỉ có thể kết thúc trong khoảng {first}–{last}; muốn kéo dài, hãy ghi quyết định mới sau đó.",
                    first=first.label,
                    last=current_last.label,
                ),
                field="last_month",
            )
        record.last_month = last_month.first_day
        uow.commit()
        return ReliefSummary(
            record.uuid,
            ReliefReason(record.reason),
            record.percent,
            first,
            last_month,
            record.regulation,
            record.decision,
            record.application_on,
            record.note,
        )


def cancel_fee_relief(uow: UnitOfWork, *, relief_uuid: str) -> None:
    """Withdraw an exemption or reduction entered by mistake (kept as a tombstone for sync)."""
    with uow:
        record = uow.session.get(FeeReliefRecord, relief_uuid)
        if record is None or record.deleted:
            raise NotFound(T("No such exemption or reduction.", "Không tìm thấy quyết định miễn, giảm này."))
        record.deleted = True
        uow.commit()


def set_fee_opening(
    uow: UnitOfWork, *, member_uuid: str, paid_through: Month | None, note: str | None = None
) -> Month | None:
    """Where the member's fees stood in the paper book when this fee book started (None: the cell's
    default start applies)."""
    with uow:
        _require_member(uow, member_uuid)
        existing = list(
            uow.session.scalars(
                select(FeeOpeningRecord).where(
                    FeeOpeningRecord.deleted.is_(False), FeeOpeningRecord.member_uuid == member_uuid
                )
            )
        )
        if paid_through is None:
            for record in existing:
                record.deleted = True
        elif existing:
            existing[0].paid_through = paid_through.first_day
            existing[0].note = nfc(note) if note else None
            for record in existing[1:]:
                record.deleted = True
        else:
            uow.session.add(
                FeeOpeningRecord(
                    member_uuid=member_uuid,
                    paid_through=paid_through.first_day,
                    note=nfc(note) if note else None,
                )
            )
        uow.commit()
    return paid_through


def profile_of(account: MemberFeeAccount, month: Month) -> FeeProfile | None:
    applicable = [p for p in account.profiles if p.valid_from <= month]
    if not applicable:
        return None
    latest = max(applicable, key=lambda p: p.valid_from)
    return FeeProfile(latest.category, latest.base_amount, latest.valid_from)
