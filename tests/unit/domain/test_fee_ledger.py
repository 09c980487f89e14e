"""One member's ledger: arrears, paid up to, the three-unpaid-months flag; allocating a payment; the
rules for amounts and for exemptions and reductions."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_ledger import (
    LedgerMonth,
    MonthState,
    allocate,
    check_payment_amounts,
    check_relief,
    month_state,
    summarise,
)
from cellapp.domain.fees import FeeCategory, FeeRelief, FeeRuleSet, MonthAssessment, ReliefReason
from cellapp.domain.l10n import T
from cellapp.domain.months import Month, month_range

RULES_01 = FeeRuleSet("01-QĐ/TW", "Quy định 01-QĐ/TW", date(2026, 2, 1), None, 50, 12, (30, 50, 70))
RULES_342 = FeeRuleSet("342-QĐ/TW", "Quyết định 342-QĐ/TW", date(2011, 4, 1), date(2026, 1, 31), None, 12, ())


def _assessment(month: Month, due: int) -> MonthAssessment:
    return MonthAssessment(month, "01-QĐ/TW", FeeCategory.OTHER, False, 11_100, due, T("", ""), T("", ""))


def ledger(
    paid: dict[str, int],
    *,
    first: str = "2026-01",
    last: str = "2026-12",
    reference: str = "2026-11",
    settled: str = "2025-12",
    due: dict[str, int] | None = None,
    off_roll: tuple[str, ...] = (),
) -> list[LedgerMonth]:
    result = []
    for month in month_range(Month.parse(first), Month.parse(last)):
        amount = (due or {}).get(month.key, 11_100)
        on_roll = month.key not in off_roll
        assessment = _assessment(month, amount) if on_roll else None
        value = paid.get(month.key, 0)
        state = month_state(
            month,
            assessment,
            value,
            on_roll=on_roll,
            settled_through=Month.parse(settled),
            reference=Month.parse(reference),
        )
        result.append(LedgerMonth(month, state, assessment, value))
    return result


def summary(
    entries: list[LedgerMonth], reference: str = "2026-11", settled: str = "2025-12", joined: str = "2000-01"
):  # type: ignore[no-untyped-def]
    return summarise(
        entries,
        reference=Month.parse(reference),
        settled_through=Month.parse(settled),
        joined=Month.parse(joined),
    )


def test_a_member_paid_up_to_date_owes_nothing() -> None:
    paid = {f"2026-{m:02d}": 11_100 for m in range(1, 12)}
    result = summary(ledger(paid))
    assert (result.paid_up_to, result.arrears, result.unpaid_in_year) == (Month(2026, 11), 0, ())


def test_advance_payments_extend_paid_up_to_beyond_the_reference_month() -> None:
    paid = {f"2026-{m:02d}": 11_100 for m in range(1, 13)}
    assert summary(ledger(paid)).paid_up_to == Month(2026, 12)


def test_paid_up_to_stops_at_the_first_gap_even_if_later_months_are_paid() -> None:
    paid = {f"2026-{m:02d}": 11_100 for m in range(1, 12) if m != 4}
    result = summary(ledger(paid))
    assert result.paid_up_to == Month(2026, 3)
    assert result.arrears == 11_100 and result.arrears_months == (Month(2026, 4),)
    assert not result.strike_warning


def test_three_unpaid_months_in_the_year_raise_the_charter_flag() -> None:
    paid = {f"2026-{m:02d}": 11_100 for m in range(1, 9)}
    result = summary(ledger(paid))
    assert result.unpaid_in_year == (Month(2026, 9), Month(2026, 10), Month(2026, 11))
    assert result.strike_warning and result.arrears == 33_300


def test_two_unpaid_months_do_not_raise_the_flag_and_last_years_months_do_not_count() -> None:
    paid = {f"2026-{m:02d}": 11_100 for m in range(1, 10)}
    assert not summary(ledger(paid)).strike_warning
    entries = ledger({}, first="2025-10", last="2026-01", reference="2026-01", settled="2025-09")
    result = summary(entries, reference="2026-01", settled="2025-09")
    assert result.unpaid_in_year == (Month(2026, 1),) and len(result.arrears_months) == 4


def test_a_partial_payment_leaves_the_rest_in_arrears() -> None:
    result = summary(ledger({f"2026-{m:02d}": 11_100 for m in range(1, 11)} | {"2026-11": 5_000}))
    assert result.arrears == 6_100 and result.paid_up_to == Month(2026, 10)


def test_exempt_and_off_roll_months_do_not_break_paid_up_to() -> None:
    paid = {"2026-01": 11_100, "2026-02": 11_100, "2026-05": 11_100}
    entries = ledger(paid, due={"2026-03": 0}, off_roll=("2026-04",), last="2026-05", reference="2026-05")
    assert [e.state for e in entries[2:4]] == [MonthState.EXEMPT, MonthState.OFF_ROLL]
    assert summary(entries, reference="2026-05").paid_up_to == Month(2026, 5)


def test_with_nothing_paid_the_opening_balance_is_the_paid_up_to_month() -> None:
    assert summary(ledger({})).paid_up_to == Month(2025, 12)
    assert summary(ledger({}), joined="2026-03").paid_up_to is None


def test_months_settled_before_the_fee_book_are_not_arrears() -> None:
    entries = ledger({}, first="2025-06", settled="2025-12")
    assert all(e.state is MonthState.BEFORE_BOOK for e in entries[:7])
    assert summary(entries).arrears == 11 * 11_100


def test_totals_reconcile_for_every_month() -> None:
    entries = ledger({"2026-01": 11_100, "2026-02": 20_000, "2026-03": 4_000}, due={"2026-04": 5_550})
    for entry in entries:
        if entry.state.counts and entry.month <= Month(2026, 11):
            assert entry.standard == entry.relieved + entry.paid_against_due + entry.outstanding
    assert entries[1].surplus == 8_900


def test_a_payment_with_no_amount_settles_exactly_what_each_month_needs() -> None:
    allocation = allocate(None, [(Month(2026, 10), 11_100), (Month(2026, 11), 6_100)])
    assert allocation == {Month(2026, 10): 11_100, Month(2026, 11): 6_100}


def test_a_larger_amount_is_a_voluntary_higher_payment_shared_out() -> None:
    allocation = allocate(30_000, [(Month(2026, 10), 11_100), (Month(2026, 11), 11_100)])
    assert allocation == {Month(2026, 10): 15_000, Month(2026, 11): 15_000}
    assert sum(allocate(30_001, [(Month(2026, 10), 11_100), (Month(2026, 11), 11_100)]).values()) == 30_001


def test_an_amount_that_does_not_reach_the_last_month_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        allocate(11_100, [(Month(2026, 10), 11_100), (Month(2026, 11), 11_100)])
    assert "11/2026" in caught.value.message.render("vi") and caught.value.field == "amount"


@pytest.mark.parametrize(
    ("allocation", "fragment"),
    [
        ({Month(2026, 11): 0}, "lớn hơn 0"),
        ({Month(2026, 11): -11_100}, "lớn hơn 0"),
        ({Month(2026, 11): 111_001}, "10 lần"),
        ({Month(2026, 11): 150_000_000}, "tối đa"),
    ],
)
def test_zero_negative_and_absurd_amounts_are_refused_with_the_rule(
    allocation: dict[Month, int], fragment: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_payment_amounts(allocation, {Month(2026, 11): 11_100})
    assert fragment in caught.value.message.render("vi")


def test_ten_times_the_amount_due_is_still_accepted() -> None:
    check_payment_amounts({Month(2026, 11): 111_000}, {Month(2026, 11): 11_100})


@pytest.mark.parametrize(
    ("reason", "percent", "first", "last", "application", "fragment"),
    [
        (ReliefReason.HARDSHIP, 50, "2026-03", "2027-03", False, "tối đa 12 tháng"),
        (ReliefReason.HARDSHIP, 40, "2026-03", "2026-08", False, "giảm 30%, 50%, 70%"),
        (ReliefReason.SOCIAL_PENSION, 50, "2026-03", "2026-08", False, "được miễn"),
        (ReliefReason.SPECIAL_HARDSHIP, 100, "2026-03", "2026-08", False, "phải có đơn"),
        (ReliefReason.HARDSHIP, 100, "2026-08", "2026-03", False, "trước khi bắt đầu"),
    ],
)
def test_exemptions_and_reductions_outside_the_rules_are_refused(
    reason: ReliefReason, percent: int, first: str, last: str, application: bool, fragment: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        check_relief(
            RULES_01,
            reason,
            percent,
            Month.parse(first),
            Month.parse(last),
            [],
            application_received=application,
        )
    assert fragment in caught.value.message.render("vi")


def test_twelve_months_with_an_application_are_accepted() -> None:
    check_relief(
        RULES_01,
        ReliefReason.SPECIAL_HARDSHIP,
        100,
        Month(2026, 3),
        Month(2027, 2),
        [],
        application_received=True,
    )
    check_relief(
        RULES_01, ReliefReason.HARDSHIP, 70, Month(2026, 3), Month(2027, 2), [], application_received=False
    )


def test_an_overlapping_decision_is_refused_and_342_had_no_percentage_reductions() -> None:
    existing = [FeeRelief(ReliefReason.HARDSHIP, 50, Month(2026, 3), Month(2026, 8))]
    with pytest.raises(ValidationError, match="03/2026"):
        check_relief(
            RULES_01,
            ReliefReason.HARDSHIP,
            30,
            Month(2026, 8),
            Month(2026, 10),
            existing,
            application_received=False,
        )
    check_relief(
        RULES_01,
        ReliefReason.HARDSHIP,
        30,
        Month(2026, 9),
        Month(2026, 10),
        existing,
        application_received=False,
    )
    with pytest.raises(ValidationError):
        check_relief(
            RULES_342,
            ReliefReason.HARDSHIP,
            50,
            Month(2025, 3),
            Month(2025, 8),
            [],
            application_received=False,
        )


# paid through (month of 2026), reference month, month under way -> unpaid months of the year
UNPAID_ONCE_ENDED = [
    (9, "2026-12", "2026-12", (10, 11)),  # on 1 December, December is not late yet: no flag
    (9, "2026-12", "2027-01", (10, 11, 12)),  # once December has ended it is
    (8, "2026-11", "2026-11", (9, 10)),
    (8, "2026-11", "2026-12", (9, 10, 11)),
    (8, "2026-11", None, (9, 10, 11)),  # a report on a past month: every month in it has ended
    (11, "2026-12", "2026-12", ()),
]


@pytest.mark.parametrize(("paid_through", "reference", "in_progress", "unpaid"), UNPAID_ONCE_ENDED, ids=str)
def test_a_month_is_unpaid_only_once_it_has_ended(
    paid_through: int, reference: str, in_progress: str | None, unpaid: tuple[int, ...]
) -> None:
    entries = ledger({f"2026-{m:02d}": 11_100 for m in range(1, paid_through + 1)}, reference=reference)
    result = summarise(
        entries,
        reference=Month.parse(reference),
        settled_through=Month(2025, 12),
        joined=Month(2000, 1),
        in_progress=Month.parse(in_progress) if in_progress else None,
    )
    assert result.unpaid_in_year == tuple(Month(2026, m) for m in unpaid)
    assert result.strike_warning is (len(unpaid) >= 3)
