"""The fee ledger of one member (sổ theo dõi đảng phí): month by month what was due and what was paid, the
arrears, the "paid up to" month a transfer letter needs, and the Charter's three-unpaid-months flag; plus
the rules a payment and an exemption or reduction must keep. Pure functions over plain values.

Totals reconcile by construction: for every month, standard = relieved + paid against it + outstanding
(a voluntary payment above the amount due is counted apart, as surplus).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cellapp.domain.errors import ValidationError
from cellapp.domain.fees import FeeRelief, FeeRuleSet, MonthAssessment, ReliefReason
from cellapp.domain.l10n import T
from cellapp.domain.months import Month
from cellapp.domain.vietnamese import format_money

STRIKE_WARNING_MONTHS = 3
"""Điều lệ Đảng: not paying for three months in a year without good reason is ground for striking off."""

MAX_ADVANCE_MONTHS = 12
"""A payment may cover months up to a year after the month it is made in."""

MAX_VOLUNTARY_MULTIPLE = 10
"""A month's payment above ten times the amount due is taken for a typing slip, not a voluntary gift."""

MAX_PAYMENT = 100_000_000


class MonthState(StrEnum):
    OFF_ROLL = "off_roll"  # not on the cell's list that month (not yet admitted, left, attached elsewhere)
    BEFORE_BOOK = "before_book"  # settled before the fee book was kept in CellApp
    NO_RULES = "no_rules"  # no rule table covers the month
    EXEMPT = "exempt"
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"
    UPCOMING = "upcoming"  # after the reference month, not paid yet
    PAID_AHEAD = "paid_ahead"  # after the reference month, paid in advance

    @property
    def counts(self) -> bool:
        """The month is in the ledger: it has an amount due, possibly zero."""
        return self not in (MonthState.OFF_ROLL, MonthState.BEFORE_BOOK, MonthState.NO_RULES)


@dataclass(frozen=True)
class LedgerMonth:
    month: Month
    state: MonthState
    assessment: MonthAssessment | None
    paid: int

    @property
    def standard(self) -> int:
        return self.assessment.standard if self.assessment and self.state.counts else 0

    @property
    def due(self) -> int:
        return self.assessment.due if self.assessment and self.state.counts else 0

    @property
    def relieved(self) -> int:
        return self.standard - self.due

    @property
    def paid_against_due(self) -> int:
        return min(self.paid, self.due)

    @property
    def outstanding(self) -> int:
        return max(self.due - self.paid, 0) if self.state.counts else 0

    @property
    def surplus(self) -> int:
        return max(self.paid - self.due, 0)

    @property
    def settled(self) -> bool:
        return self.state.counts and self.paid >= self.due


def month_state(
    month: Month,
    assessment: MonthAssessment | None,
    paid: int,
    *,
    on_roll: bool,
    settled_through: Month,
    reference: Month,
) -> MonthState:
    if not on_roll:
        return MonthState.OFF_ROLL
    if month <= settled_through:
        return MonthState.BEFORE_BOOK
    if assessment is None:
        return MonthState.NO_RULES
    if assessment.due == 0:
        return MonthState.EXEMPT
    if month > reference:
        return MonthState.PAID_AHEAD if paid >= assessment.due else MonthState.UPCOMING
    if paid >= assessment.due:
        return MonthState.PAID
    return MonthState.PARTIAL if paid > 0 else MonthState.UNPAID


@dataclass(frozen=True)
class AccountSummary:
    paid_up_to: Month | None
    arrears: int
    arrears_months: tuple[Month, ...]
    unpaid_in_year: tuple[Month, ...]

    @property
    def strike_warning(self) -> bool:
        return len(self.unpaid_in_year) >= STRIKE_WARNING_MONTHS


def summarise(
    ledger: Sequence[LedgerMonth],
    *,
    reference: Month,
    settled_through: Month,
    joined: Month | None,
    in_progress: Month | None = None,
) -> AccountSummary:
    """Arrears up to `reference`, the unpaid months of its calendar year, and the paid-up-to month.

    A month is unpaid (for the Charter's three-months flag) only once it has ended: `in_progress` is the
    month under way today, whose fee is due but not late; it and later months never count as unpaid,
    though its amount due already shows in the arrears up to `reference`.

    "Paid up to" is the last month of the unbroken run of settled months after the opening balance;
    months after `reference` extend it only when actually paid in advance. With nothing settled it is
    the opening month, provided the member was already on the list then.
    """
    by_month = sorted(ledger, key=lambda lm: lm.month)
    arrears_months = tuple(
        lm.month for lm in by_month if lm.month <= reference and lm.state.counts and lm.outstanding > 0
    )
    arrears = sum(lm.outstanding for lm in by_month if lm.month <= reference and lm.state.counts)
    unpaid_in_year = tuple(
        m
        for m in arrears_months
        if m.year == reference.year and m > settled_through and (in_progress is None or m < in_progress)
    )
    paid_up_to = settled_through if joined is not None and joined <= settled_through else None
    for lm in by_month:
        if lm.month <= settled_through or lm.state in (MonthState.OFF_ROLL, MonthState.NO_RULES):
            continue
        if lm.month > reference and not (lm.paid > 0 and lm.settled):
            break
        if not lm.settled:
            break
        paid_up_to = lm.month
    return AccountSummary(paid_up_to, arrears, arrears_months, unpaid_in_year)


# --------------------------------------------------------------------------------------------------
# Payments
# --------------------------------------------------------------------------------------------------


def allocate(amount: int | None, outstanding: Sequence[tuple[Month, int]]) -> dict[Month, int]:
    """Spread a payment over its months, oldest first; `outstanding` is what each month still needs.

    Without an amount each month gets exactly what it needs. A larger amount is a voluntary higher
    payment, shared out evenly; an amount too small to reach the last month is refused, because a
    payment is recorded for the months the member actually settles.
    """
    if amount is not None and amount <= 0:
        raise _not_positive()
    if not outstanding:
        return {}
    needed = [max(need, 0) for _, need in outstanding]
    if amount is None:
        return {month: need for (month, _), need in zip(outstanding, needed, strict=True)}
    allocation: dict[Month, int] = {}
    remaining = amount
    for (month, _), need in zip(outstanding, needed, strict=True):
        part = min(need, remaining)
        allocation[month] = part
        remaining -= part
    last_month = outstanding[-1][0]
    if allocation[last_month] <= 0 and needed[-1] > 0:
        raise ValidationError(
            T(
                "{amount} does not reach {month}: the months chosen need {needed}. Choose fewer months or "
                "enter the full amount.",
                "Số tiền {amount} không đủ đến tháng {month}: các tháng đã chọn cần {needed}. Hãy chọn ít "
                "tháng hơn hoặc nhập đủ số tiền.",
                amount=format_money(amount),
                month=last_month.label,
                needed=format_money(sum(needed)),
            ),
            field="amount",
        )
    if remaining > 0:
        share, extra = divmod(remaining, len(outstanding))
        for index, (month, _) in enumerate(outstanding):
            allocation[month] += share + (extra if index == len(outstanding) - 1 else 0)
    return allocation


def _not_positive() -> ValidationError:
    return ValidationError(
        T("A payment must be more than 0 đ.", "Số tiền nộp phải lớn hơn 0 đ."), field="amount"
    )


def check_payment_amounts(allocation: Mapping[Month, int], due: Mapping[Month, int]) -> None:
    """Refuse negative, zero and absurd amounts, saying the rule."""
    total = sum(allocation.values())
    if total <= 0:
        raise _not_positive()
    if total > MAX_PAYMENT:
        raise ValidationError(
            T(
                "{amount} is more than one payment can be ({limit}); check the amount.",
                "Số tiền {amount} vượt mức tối đa của một lần nộp ({limit}); hãy kiểm tra lại.",
                amount=format_money(total),
                limit=format_money(MAX_PAYMENT),
            ),
            field="amount",
        )
    for month, part in allocation.items():
        if part < 0:
            raise ValidationError(
                T("An amount cannot be negative.", "Số tiền không được âm."), field="amount"
            )
        limit = due.get(month, 0) * MAX_VOLUNTARY_MULTIPLE
        if part > limit:
            raise ValidationError(
                T(
                    "{amount} for {month} is more than {times} times the {due} due; a voluntary higher "
                    "payment is at most {times} times the amount due. Check the amount.",
                    "Số tiền {amount} cho tháng {month} lớn hơn {times} lần mức phải đóng {due}; đóng "
                    "cao hơn tự nguyện tối đa {times} lần mức phải đóng. Hãy kiểm tra lại số tiền.",
                    amount=format_money(part),
                    month=month.label,
                    times=MAX_VOLUNTARY_MULTIPLE,
                    due=format_money(due.get(month, 0)),
                ),
                field="amount",
            )


# --------------------------------------------------------------------------------------------------
# Exemptions and reductions
# --------------------------------------------------------------------------------------------------


def check_relief(
    rule_set: FeeRuleSet,
    reason: ReliefReason,
    percent: int,
    first: Month,
    last: Month,
    existing: Iterable[FeeRelief],
    *,
    application_received: bool,
) -> None:
    """Refuse an exemption or reduction the rules in force at its first month do not allow."""
    if last < first:
        raise ValidationError(
            T(
                "An exemption or reduction cannot end ({last}) before it starts ({first}).",
                "Thời hạn miễn, giảm không thể kết thúc ({last}) trước khi bắt đầu ({first}).",
                first=first.label,
                last=last.label,
            ),
            field="last_month",
        )
    months = first.months_until(last) + 1
    if months > rule_set.max_relief_months:
        raise ValidationError(
            T(
                "{first}–{last} is {months} months; under {regulation} an exemption or reduction lasts at most "
                "{limit} months (it can be renewed afterwards).",
                "Từ {first} đến {last} là {months} tháng; theo {regulation}, mỗi lần miễn hoặc giảm đảng phí "
                "tối đa {limit} tháng (hết hạn có thể xét tiếp).",
                first=first.label,
                last=last.label,
                months=months,
                regulation=rule_set.regulation,
                limit=rule_set.max_relief_months,
            ),
            field="last_month",
        )
    allowed = (100, *rule_set.reduction_percents) if not reason.exemption_only else (100,)
    if percent not in allowed:
        shown = ", ".join(f"{p}%" for p in allowed if p < 100)
        raise ValidationError(
            T(
                "{percent}% is not allowed: '{reason}' gives an exemption{more}.",
                "Không thể giảm {percent}%: trường hợp '{reason_vi}' được miễn{more_vi}.",
                percent=percent,
                reason=reason.label.en,
                reason_vi=reason.label.vi,
                more=f" or a reduction of {shown}" if shown else "",
                more_vi=f" hoặc giảm {shown}" if shown else "",
            ),
            field="percent",
        )
    if reason is ReliefReason.SPECIAL_HARDSHIP and not application_received:
        raise ValidationError(
            T(
                "An exemption for special hardship needs the member's written application to the cell.",
                "Miễn đảng phí do hoàn cảnh đặc biệt khó khăn phải có đơn của đảng viên gửi chi bộ.",
            ),
            field="application",
        )
    for other in existing:
        if other.first <= last and first <= other.last:
            raise ValidationError(
                T(
                    "An exemption or reduction already covers {first}–{last}; end it before adding another.",
                    "Đã có quyết định miễn, giảm cho các tháng {first}–{last}; hãy kết thúc quyết định đó "
                    "trước khi thêm quyết định mới.",
                    first=other.first.label,
                    last=other.last.label,
                ),
                field="first_month",
            )
