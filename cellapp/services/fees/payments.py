"""Recording fee payments (thu đảng phí) and correcting them by reversal entries.

A payment covers one or more consecutive months, in arrears or in advance; with no amount given it is
exactly what those months still need. It is refused, with the rule, for a month before the member joined
or after they left, before the fee book starts, with no rule table, an exempt month, absurd or negative
amounts, more than a year ahead, or a receipt number already used. Paying again for a month already
paid is a warning (`RepeatPaymentWarning`): the caller may confirm with `allow_repeat=True`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.fee_ledger import allocate, check_payment_amounts
from cellapp.domain.fees import PaymentChannel
from cellapp.domain.l10n import T
from cellapp.domain.months import Month, month_range
from cellapp.domain.vietnamese import format_date, format_money, nfc
from cellapp.services.fees.book import PAYMENT, REVERSAL, FeeBook, PaymentEntry, roll_by_month
from cellapp.services.fees.payment_rules import (
    MAX_RECEIPT_LENGTH,
    check_dates,
    check_month_payable,
    exempt_error,
    repeat_warning,
)
from cellapp.storage.records import FeePaymentRecord, new_uuid
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PaymentSummary:
    uuid: str
    member_uuid: str
    member_name: str
    kind: str
    paid_on: date
    amount: int
    channel: PaymentChannel
    receipt_number: str | None
    allocations: dict[Month, int]
    reverses_uuid: str | None = None
    reversed_by: str | None = None
    note: str | None = None

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(sorted(self.allocations))

    @property
    def is_reversal(self) -> bool:
        return self.kind == REVERSAL


def summary_of(entry: PaymentEntry, member_name: str) -> PaymentSummary:
    return PaymentSummary(
        uuid=entry.uuid,
        member_uuid=entry.member_uuid,
        member_name=member_name,
        kind=entry.kind,
        paid_on=entry.paid_on,
        amount=entry.amount,
        channel=entry.channel,
        receipt_number=entry.receipt_number,
        allocations=dict(entry.allocations),
        reverses_uuid=entry.reverses_uuid,
        reversed_by=entry.reversed_by,
        note=entry.note,
    )


@dataclass(frozen=True)
class NewPayment:
    """A payment to record: the months it covers, and when and how the money came."""

    member_uuid: str
    first_month: Month
    paid_on: date
    last_month: Month | None = None
    channel: PaymentChannel = PaymentChannel.CASH
    receipt_number: str | None = None
    amount: int | None = None  # None: exactly what the months still need
    note: str | None = None
    meeting_uuid: str | None = None

    @property
    def months(self) -> list[Month]:
        return list(month_range(self.first_month, self.last_month or self.first_month))


def record_payment(
    uow: UnitOfWork,
    *,
    member_uuid: str,
    first_month: Month,
    last_month: Month | None = None,
    paid_on: date,
    channel: PaymentChannel = PaymentChannel.CASH,
    receipt_number: str | None = None,
    amount: int | None = None,
    note: str | None = None,
    meeting_uuid: str | None = None,
    allow_repeat: bool = False,
    today: date | None = None,
) -> PaymentSummary:
    payment = NewPayment(
        member_uuid=member_uuid,
        first_month=first_month,
        last_month=last_month,
        paid_on=paid_on,
        channel=channel,
        receipt_number=receipt_number,
        amount=amount,
        note=note,
        meeting_uuid=meeting_uuid,
    )
    return record_payments(uow, [payment], allow_repeat=allow_repeat, today=today)[0]


def record_payments(
    uow: UnitOfWork, payments: Sequence[NewPayment], *, allow_repeat: bool = False, today: date | None = None
) -> list[PaymentSummary]:
    """Record several payments in one transaction: all are saved, or none (the first problem is raised)."""
    today = today or date.today()
    for payment in payments:
        check_dates(payment.first_month, payment.last_month or payment.first_month, payment.paid_on, today)
        if payment.receipt_number and len(nfc(payment.receipt_number)) > MAX_RECEIPT_LENGTH:
            raise ValidationError(
                T(
                    "A receipt number has at most {limit} characters.",
                    "Số biên lai tối đa {limit} ký tự.",
                    limit=MAX_RECEIPT_LENGTH,
                ),
                field="receipt_number",
            )
    roll = roll_by_month(uow, {m for payment in payments for m in payment.months})
    summaries = []
    with uow:
        book = FeeBook(uow.session, {payment.member_uuid for payment in payments})
        used = _receipts_in_use(uow)
        for payment in payments:
            record, allocation = _prepare(book, roll, payment, used, allow_repeat=allow_repeat)
            uow.session.add(record)
            book.add_allocations(payment.member_uuid, allocation)
            summaries.append(
                PaymentSummary(
                    uuid=record.uuid,
                    member_uuid=payment.member_uuid,
                    member_name=book.members[payment.member_uuid].full_name,
                    kind=PAYMENT,
                    paid_on=payment.paid_on,
                    amount=record.amount,
                    channel=payment.channel,
                    receipt_number=record.receipt_number,
                    allocations=dict(sorted(allocation.items())),
                    note=record.note,
                )
            )
        uow.commit()
    return summaries


def _prepare(
    book: FeeBook,
    roll: dict[Month, frozenset[str]],
    payment: NewPayment,
    used_receipts: set[tuple[str, str]],
    *,
    allow_repeat: bool,
) -> tuple[FeePaymentRecord, dict[Month, int]]:
    member = book.members.get(payment.member_uuid)
    if member is None:
        raise NotFound(T("No such member.", "Không tìm thấy đảng viên này."))
    months = payment.months
    ledger = book.ledger(payment.member_uuid, months, roll, reference=months[-1])
    for entry in ledger:
        check_month_payable(book, payment.member_uuid, entry.month, payment.member_uuid in roll[entry.month])
    # Exempt months inside a longer payment are simply passed over; a payment only for them is refused.
    payable = [e for e in ledger if e.due > 0]
    if not payable:
        raise exempt_error(member.full_name, payment.first_month)
    repeated = tuple(e.month for e in payable if e.paid >= e.due)
    if repeated and not allow_repeat:
        raise repeat_warning(book, payment.member_uuid, member.full_name, repeated)
    outstanding = [(e.month, e.due if e.paid >= e.due else e.due - e.paid) for e in payable]
    allocation = allocate(payment.amount, outstanding)
    check_payment_amounts(allocation, {e.month: e.due for e in payable})
    receipt = nfc(payment.receipt_number) if payment.receipt_number else None
    if receipt:
        key = (payment.channel.value, receipt)
        if key in used_receipts:
            raise ValidationError(
                T(
                    "Receipt {receipt} is already recorded; each receipt is recorded once.",
                    "Biên lai số {receipt} đã được ghi; mỗi biên lai chỉ ghi một lần.",
                    receipt=receipt,
                ),
                field="receipt_number",
            )
        used_receipts.add(key)
    record = FeePaymentRecord(
        member_uuid=payment.member_uuid,
        kind=PAYMENT,
        paid_on=payment.paid_on,
        amount=sum(allocation.values()),
        channel=payment.channel.value,
        receipt_number=receipt,
        allocations={m.key: v for m, v in sorted(allocation.items())},
        meeting_uuid=payment.meeting_uuid,
        note=payment.note,
    )
    record.uuid = new_uuid()
    return record, allocation


def _receipts_in_use(uow: UnitOfWork) -> set[tuple[str, str]]:
    """(channel, receipt) of every payment not reversed: a receipt is recorded once."""
    rows = uow.session.execute(
        select(
            FeePaymentRecord.uuid,
            FeePaymentRecord.kind,
            FeePaymentRecord.reverses_uuid,
            FeePaymentRecord.channel,
            FeePaymentRecord.receipt_number,
        ).where(FeePaymentRecord.deleted.is_(False), FeePaymentRecord.receipt_number.is_not(None))
    ).all()
    reversed_ = {row.reverses_uuid for row in rows if row.kind == REVERSAL}
    return {
        (row.channel, row.receipt_number)
        for row in rows
        if row.kind == PAYMENT and row.uuid not in reversed_ and row.receipt_number
    }


def reverse_payment(
    uow: UnitOfWork, *, payment_uuid: str, reason: str, on: date | None = None
) -> PaymentSummary:
    """Cancel a payment by a reversal entry (the original stays in the book, marked as reversed)."""
    reason = nfc(reason)
    if not reason:
        raise ValidationError(
            T(
                "Say why the payment is reversed; the reason stays in the fee book.",
                "Hãy ghi lý do hủy lần nộp; lý do được lưu trong sổ.",
            ),
            field="reason",
        )
    on = on or date.today()
    with uow:
        original = uow.session.get(FeePaymentRecord, payment_uuid)
        if original is None or original.deleted:
            raise NotFound(T("No such payment.", "Không tìm thấy lần nộp này."))
        if original.kind != PAYMENT:
            raise ValidationError(
                T("A reversal cannot itself be reversed.", "Không thể hủy một bút toán hủy."), field="payment"
            )
        already = uow.session.scalars(
            select(FeePaymentRecord.uuid).where(
                FeePaymentRecord.deleted.is_(False), FeePaymentRecord.reverses_uuid == payment_uuid
            )
        ).first()
        if already is not None:
            raise ValidationError(
                T(
                    "This payment of {amount} was already reversed.",
                    "Lần nộp {amount} này đã được hủy trước đó.",
                    amount=format_money(original.amount),
                ),
                field="payment",
            )
        book = FeeBook(uow.session, [original.member_uuid])
        record = FeePaymentRecord(
            member_uuid=original.member_uuid,
            kind=REVERSAL,
            reverses_uuid=original.uuid,
            paid_on=max(on, original.paid_on),
            amount=-original.amount,
            channel=original.channel,
            receipt_number=original.receipt_number,
            allocations={key: -int(value) for key, value in original.allocations.items()},
            note=reason,
        )
        uow.session.add(record)
        uow.commit()
        member = book.members.get(original.member_uuid)
        return PaymentSummary(
            uuid=record.uuid,
            member_uuid=record.member_uuid,
            member_name=member.full_name if member else "",
            kind=REVERSAL,
            paid_on=record.paid_on,
            amount=record.amount,
            channel=PaymentChannel(record.channel),
            receipt_number=record.receipt_number,
            allocations={Month.parse(k): v for k, v in record.allocations.items()},
            reverses_uuid=original.uuid,
            note=record.note,
        )


_TRAILING_DIGITS = re.compile(r"^(.*?)([0-9]+)$")


def next_receipt_number(uow: UnitOfWork) -> str:
    """The receipt number after the last cash receipt written (keeps its prefix and width): BL-0012 → BL-0013."""
    with uow:
        last = uow.session.scalars(
            select(FeePaymentRecord.receipt_number)
            .where(
                FeePaymentRecord.deleted.is_(False),
                FeePaymentRecord.kind == PAYMENT,
                FeePaymentRecord.channel == PaymentChannel.CASH.value,
                FeePaymentRecord.receipt_number.is_not(None),
            )
            # Display times are whole seconds: the node's change counter orders receipts written in one.
            .order_by(FeePaymentRecord.created_at.desc(), FeePaymentRecord.ver_ctr.desc())
        ).first()
    if not last:
        return "0001"
    found = _TRAILING_DIGITS.match(last)
    if found is None:
        return f"{last}-1"
    prefix, digits = found[1], found[2]
    return f"{prefix}{int(digits) + 1:0{len(digits)}d}"


def list_payments(
    uow: UnitOfWork, *, member_uuid: str | None = None, year: int | None = None
) -> list[PaymentSummary]:
    """Payments and reversals, oldest first, for one member or everyone, optionally in one year."""
    with uow:
        book = FeeBook(uow.session, [member_uuid] if member_uuid else None)
    result = []
    for uuid, entries in book.payments.items():
        name = book.members[uuid].full_name
        for entry in entries:
            if year is None or entry.paid_on.year == year:
                result.append(summary_of(entry, name))
    result.sort(key=lambda p: (p.paid_on, p.member_name))
    return result


def describe_months(months: tuple[Month, ...]) -> str:
    """`11/2026` or `10/2026–12/2026`."""
    if not months:
        return ""
    return months[0].label if len(months) == 1 else f"{months[0].label}–{months[-1].label}"


def payment_line(payment: PaymentSummary) -> str:
    """One line for lists: date, months, amount, receipt."""
    receipt = f" · {payment.receipt_number}" if payment.receipt_number else ""
    return f"{format_date(payment.paid_on)} · {describe_months(payment.months)} · {format_money(payment.amount)}{receipt}"
