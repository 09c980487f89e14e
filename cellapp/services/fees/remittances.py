"""Remittance of fees to the committee above (nộp đảng phí lên cấp trên), with the share the cell keeps.

What a period collected is the money received in it (payments dated in the period, less reversals dated
in it), by either channel; the cell keeps its share (a setting, set by the committee), the rest is
remitted. A remittance is an append-only record; a mistaken one is reversed, not edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.fees import PaymentChannel, round_half_up
from cellapp.domain.l10n import T
from cellapp.domain.months import Month, Period
from cellapp.domain.vietnamese import format_date, format_money, nfc
from cellapp.services.fees.settings import read_fee_settings
from cellapp.storage.records import FeePaymentRecord, FeeRemittanceRecord
from cellapp.storage.unit_of_work import UnitOfWork

REMITTANCE = "remittance"
REVERSAL = "reversal"


@dataclass(frozen=True)
class RemittanceProposal:
    period: Period
    collected: int
    collected_cash: int
    collected_portal: int
    cell_share_percent: int
    cell_share: int
    already_remitted: int

    @property
    def to_remit(self) -> int:
        return self.collected - self.cell_share - self.already_remitted


@dataclass(frozen=True)
class RemittanceSummary:
    uuid: str
    kind: str
    period: Period
    collected: int
    cell_share_percent: int
    cell_share: int
    amount: int
    remitted_on: date
    channel: PaymentChannel
    reference: str | None
    note: str | None
    reverses_uuid: str | None = None
    reversed_by: str | None = None


def _collected(uow: UnitOfWork, period: Period) -> tuple[int, int]:
    rows = uow.session.execute(
        select(FeePaymentRecord.amount, FeePaymentRecord.channel).where(
            FeePaymentRecord.deleted.is_(False),
            FeePaymentRecord.paid_on >= period.first.first_day,
            FeePaymentRecord.paid_on <= period.last.last_day,
        )
    ).all()
    cash = sum(r.amount for r in rows if r.channel == PaymentChannel.CASH.value)
    portal = sum(r.amount for r in rows if r.channel == PaymentChannel.PORTAL.value)
    return cash, portal


def _summaries(uow: UnitOfWork) -> list[RemittanceSummary]:
    records = list(
        uow.session.scalars(
            select(FeeRemittanceRecord)
            .where(FeeRemittanceRecord.deleted.is_(False))
            .order_by(
                FeeRemittanceRecord.remitted_on, FeeRemittanceRecord.created_at, FeeRemittanceRecord.ver_ctr
            )
        )
    )
    reversed_by = {r.reverses_uuid: r.uuid for r in records if r.kind == REVERSAL and r.reverses_uuid}
    return [
        RemittanceSummary(
            uuid=r.uuid,
            kind=r.kind,
            period=Period(Month.of(r.first_month), Month.of(r.last_month)),
            collected=r.collected,
            cell_share_percent=r.cell_share_percent,
            cell_share=r.cell_share,
            amount=r.amount,
            remitted_on=r.remitted_on,
            channel=PaymentChannel(r.channel),
            reference=r.reference,
            note=r.note,
            reverses_uuid=r.reverses_uuid,
            reversed_by=reversed_by.get(r.uuid),
        )
        for r in records
    ]


def list_remittances(uow: UnitOfWork, *, year: int | None = None) -> list[RemittanceSummary]:
    with uow:
        found = _summaries(uow)
    return [r for r in found if year is None or r.period.first.year == year or r.period.last.year == year]


def remittance_proposal(uow: UnitOfWork, *, period: Period) -> RemittanceProposal:
    """What the period collected, the cell's share, and what is left to remit."""
    with uow:
        settings = read_fee_settings(uow.session)
        cash, portal = _collected(uow, period)
        active = [r for r in _summaries(uow) if r.kind == REMITTANCE and r.reversed_by is None]
    collected = cash + portal
    already = sum(r.amount for r in active if r.period.first in period and r.period.last in period)
    return RemittanceProposal(
        period=period,
        collected=collected,
        collected_cash=cash,
        collected_portal=portal,
        cell_share_percent=settings.cell_share_percent,
        cell_share=round_half_up(max(collected, 0) * settings.cell_share_percent, 100),
        already_remitted=already,
    )


def record_remittance(
    uow: UnitOfWork,
    *,
    period: Period,
    remitted_on: date,
    amount: int | None = None,
    channel: PaymentChannel = PaymentChannel.CASH,
    reference: str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> RemittanceSummary:
    """Record fees remitted upward for a period; by default the computed amount (collected − cell share)."""
    today = today or date.today()
    if remitted_on > today:
        raise ValidationError(
            T(
                "The remittance date {day} is after today.",
                "Ngày nộp lên cấp trên {day} là ngày trong tương lai.",
                day=format_date(remitted_on),
            ),
            field="remitted_on",
        )
    proposal = remittance_proposal(uow, period=period)
    with uow:
        for other in _summaries(uow):
            if other.kind != REMITTANCE or other.reversed_by is not None:
                continue
            if other.period.first <= period.last and period.first <= other.period.last:
                raise ValidationError(
                    T(
                        "Fees for {first}–{last} were already remitted on {day}; reverse that record first to "
                        "correct it.",
                        "Đảng phí các tháng {first}–{last} đã nộp lên cấp trên ngày {day}; muốn sửa, hãy hủy "
                        "bản ghi đó trước.",
                        first=other.period.first.label,
                        last=other.period.last.label,
                        day=format_date(other.remitted_on),
                    ),
                    field="period",
                )
        collected = proposal.collected
        share = proposal.cell_share
        value = collected - share if amount is None else amount
        if value < 0 or value > max(collected, 0):
            raise ValidationError(
                T(
                    "The amount remitted must be between 0 đ and the {collected} collected in the period.",
                    "Số tiền nộp lên phải từ 0 đ đến số đã thu trong kỳ ({collected}).",
                    collected=format_money(max(collected, 0)),
                ),
                field="amount",
            )
        record = FeeRemittanceRecord(
            kind=REMITTANCE,
            first_month=period.first.first_day,
            last_month=period.last.first_day,
            collected=collected,
            cell_share_percent=proposal.cell_share_percent,
            cell_share=share,
            amount=value,
            remitted_on=remitted_on,
            channel=channel.value,
            reference=reference,
            note=note,
        )
        uow.session.add(record)
        uow.commit()
        return RemittanceSummary(
            uuid=record.uuid,
            kind=REMITTANCE,
            period=period,
            collected=collected,
            cell_share_percent=proposal.cell_share_percent,
            cell_share=share,
            amount=value,
            remitted_on=remitted_on,
            channel=channel,
            reference=record.reference,
            note=record.note,
        )


def reverse_remittance(uow: UnitOfWork, *, remittance_uuid: str, reason: str, on: date | None = None) -> None:
    reason = nfc(reason)
    if not reason:
        raise ValidationError(
            T("Say why the remittance is reversed.", "Hãy ghi lý do hủy bản ghi nộp cấp trên."),
            field="reason",
        )
    with uow:
        original = uow.session.get(FeeRemittanceRecord, remittance_uuid)
        if original is None or original.deleted or original.kind != REMITTANCE:
            raise NotFound(T("No such remittance.", "Không tìm thấy bản ghi nộp cấp trên này."))
        if any(s.reverses_uuid == remittance_uuid for s in _summaries(uow)):
            raise ValidationError(
                T("This remittance was already reversed.", "Bản ghi này đã được hủy."), field="remittance"
            )
        uow.session.add(
            FeeRemittanceRecord(
                kind=REVERSAL,
                reverses_uuid=original.uuid,
                first_month=original.first_month,
                last_month=original.last_month,
                collected=original.collected,
                cell_share_percent=original.cell_share_percent,
                cell_share=original.cell_share,
                amount=-original.amount,
                remitted_on=max(on or date.today(), original.remitted_on),
                channel=original.channel,
                reference=original.reference,
                note=reason,
            )
        )
        uow.commit()
