"""Party seniority and badge milestones."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.seniority import (
    Gap,
    is_fee_exempt_by_seniority,
    next_badge,
    reaches_years_on,
    seniority_years,
)


def test_seniority_counts_from_the_admission_decision() -> None:
    assert seniority_years(date(2015, 7, 26), date(2025, 7, 25)) == 9
    assert seniority_years(date(2015, 7, 26), date(2025, 7, 26)) == 10


def test_a_gap_outside_party_activity_delays_every_milestone() -> None:
    gap = Gap(date(2000, 1, 1), date(2000, 1, 10))
    assert reaches_years_on(date(1990, 1, 1), 30, [gap]) == date(2020, 1, 11)
    assert seniority_years(date(1990, 1, 1), date(2020, 1, 10), [gap]) == 29


@pytest.mark.parametrize(
    ("admitted", "on", "expected"),
    [
        (date(1996, 5, 19), date(2026, 5, 18), (30, date(2026, 5, 19))),
        (date(1996, 5, 19), date(2026, 5, 19), (40, date(2036, 5, 19))),
        (date(1981, 2, 3), date(2026, 1, 1), (45, date(2026, 2, 3))),
        (date(1930, 1, 1), date(2026, 1, 1), None),
    ],
)
def test_the_next_badge_milestone(admitted: date, on: date, expected: tuple[int, date] | None) -> None:
    assert next_badge(admitted, on) == expected


def test_fifty_years_of_seniority_exempts_from_fees_from_the_anniversary() -> None:
    assert not is_fee_exempt_by_seniority(date(1976, 3, 1), date(2026, 2, 28))
    assert is_fee_exempt_by_seniority(date(1976, 3, 1), date(2026, 3, 1))
    assert not is_fee_exempt_by_seniority(None, date(2026, 3, 1))


def test_a_leap_day_admission_reaches_its_anniversary_on_28_february() -> None:
    assert reaches_years_on(date(1996, 2, 29), 30) == date(2026, 2, 28)
