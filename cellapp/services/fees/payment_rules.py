"""The rules a payment keeps, checked before anything is written: dates, advance payments, the member on the
cell's list that month, months settled before the fee book, rule tables covering the month, exempt
months; and the warning, with the earlier receipts, when a month is already paid."""

from __future__ import annotations

from datetime import date

from cellapp.domain.errors import InputRejected, ValidationError
from cellapp.domain.fee_ledger import MAX_ADVANCE_MONTHS
from cellapp.domain.fees import NoRulesError
from cellapp.domain.l10n import T, Text
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_date
from cellapp.services.fees.book import PAYMENT, FeeBook

MAX_RECEIPT_LENGTH = 40


class RepeatPaymentWarning(InputRejected):
    """Some months are already paid: recording another payment needs the user's confirmation."""

    def __init__(self, message: Text, months: tuple[Month, ...]) -> None:
        super().__init__(message)
        self.months = months


def check_dates(first: Month, last: Month, paid_on: date, today: date) -> None:
    if last < first:
        raise ValidationError(
            T(
                "The last month paid ({last}) cannot be before the first ({first}).",
                "Tháng cuối ({last}) không thể trước tháng đầu ({first}).",
                first=first.label,
                last=last.label,
            ),
            field="last_month",
        )
    if paid_on > today:
        raise ValidationError(
            T(
                "The payment date {day} is after today; record payments when the money is received.",
                "Ngày nộp {day} là ngày trong tương lai; chỉ ghi khi đã nhận tiền.",
                day=format_date(paid_on),
            ),
            field="paid_on",
        )
    limit = Month.of(paid_on).plus(MAX_ADVANCE_MONTHS)
    if last > limit:
        raise ValidationError(
            T(
                "Fees can be paid in advance for at most {n} months: up to {limit} for a payment made in {month}.",
                "Chỉ được đóng trước tối đa {n} tháng: nộp trong tháng {month} thì đóng đến tháng {limit}.",
                n=MAX_ADVANCE_MONTHS,
                limit=limit.label,
                month=Month.of(paid_on).label,
            ),
            field="last_month",
        )


def check_month_payable(book: FeeBook, member_uuid: str, month: Month, on_roll: bool) -> None:
    member = book.members[member_uuid]
    if not on_roll:
        if member.admitted_on is not None and month.last_day < member.admitted_on:
            raise ValidationError(
                T(
                    "{name} was admitted to the Party on {day}; no fee is due for {month}.",
                    "Đồng chí {name} vào Đảng ngày {day}; không phải đóng đảng phí tháng {month}.",
                    name=member.full_name,
                    day=format_date(member.admitted_on),
                    month=month.label,
                ),
                field="first_month",
            )
        raise ValidationError(
            T(
                "{name} does not pay fees to this cell for {month} (status: {status}); fees are paid where "
                "the member is on the list.",
                "Đồng chí {name} không đóng đảng phí tại chi bộ tháng {month} (tình trạng: {status_vi}); "
                "đảng viên đóng đảng phí nơi đang sinh hoạt.",
                name=member.full_name,
                month=month.label,
                status=member.status.label.en,
                status_vi=member.status.label.vi,
            ),
            field="first_month",
        )
    settled = book.settled_through(member_uuid)
    if month <= settled:
        raise ValidationError(
            T(
                "{month} is before this fee book: {name}'s fees were settled through {settled} in the paper book.",
                "Tháng {month} trước thời điểm lập sổ này: đảng phí của đồng chí {name} đã thanh toán đến hết "
                "tháng {settled} theo sổ cũ.",
                month=month.label,
                name=member.full_name,
                settled=settled.label,
            ),
            field="first_month",
        )
    try:
        book.assess_strict(member_uuid, month)
    except NoRulesError as error:
        raise ValidationError(error.message, field="first_month") from None


def exempt_error(name: str, month: Month) -> ValidationError:
    return ValidationError(
        T(
            "{name} is exempt from party fees for {month}; nothing is due.",
            "Đồng chí {name} được miễn đảng phí tháng {month}; không phải đóng.",
            name=name,
            month=month.label,
        ),
        field="first_month",
    )


def repeat_warning(
    book: FeeBook, member_uuid: str, name: str, months: tuple[Month, ...]
) -> RepeatPaymentWarning:
    earlier = [
        f"{format_date(p.paid_on)}" + (f" ({p.receipt_number})" if p.receipt_number else "")
        for p in book.payments.get(member_uuid, [])
        if p.kind == PAYMENT and p.reversed_by is None and any(m in p.allocations for m in months)
    ]
    shown = ", ".join(m.label for m in months)
    return RepeatPaymentWarning(
        T(
            "{name} has already paid for {months} (on {earlier}). Record another payment anyway?",
            "Đồng chí {name} đã đóng đảng phí tháng {months} (ngày {earlier}). Vẫn ghi thêm một lần nộp?",
            name=name,
            months=shown,
            earlier=", ".join(earlier) or "?",
        ),
        months,
    )
