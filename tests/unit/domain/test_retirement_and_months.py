"""The statutory retirement-age schedule (Nghị định 135/2020, Phụ lục I) and months and periods."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.members import Sex
from cellapp.domain.months import Month, Period, month_range
from cellapp.domain.retirement import is_past_retirement_age, retirement_month
from tests.helpers.fee_rules import builtin_rules

SCHEDULE = builtin_rules().retirement_ages


@pytest.mark.parametrize(
    ("sex", "born", "reached"),
    [
        (Sex.MALE, date(1959, 5, 10), Month(2019, 5)),  # 60 before 2021
        (Sex.MALE, date(1961, 1, 15), Month(2021, 4)),  # 60 years 3 months in 2021
        (Sex.MALE, date(1961, 9, 1), Month(2021, 12)),
        (Sex.MALE, date(1961, 10, 1), Month(2022, 4)),  # misses 2021, so 60 years 6 months in 2022
        (Sex.MALE, date(1966, 10, 20), Month(2028, 10)),  # 62 from 2028
        (Sex.MALE, date(1980, 1, 1), Month(2042, 1)),
        (Sex.FEMALE, date(1966, 1, 10), Month(2021, 5)),  # 55 years 4 months in 2021
        (Sex.FEMALE, date(1970, 3, 5), Month(2027, 7)),  # 57 years 4 months in 2027
        (Sex.FEMALE, date(1980, 1, 1), Month(2040, 1)),  # 60 from 2035
    ],
)
def test_the_month_retirement_age_is_reached(sex: Sex, born: date, reached: Month) -> None:
    assert retirement_month(born, sex, SCHEDULE) == reached


def test_retirement_counts_from_the_month_after_reaching_the_age() -> None:
    born = date(1961, 1, 15)
    assert not is_past_retirement_age(born, Sex.MALE, Month(2021, 4), SCHEDULE)
    assert is_past_retirement_age(born, Sex.MALE, Month(2021, 5), SCHEDULE)
    assert not is_past_retirement_age(None, Sex.MALE, Month(2030, 1), SCHEDULE)


@pytest.mark.parametrize("text", ["2026-11", "11/2026", "11-2026", "11.2026", " 2026-1 "])
def test_a_month_is_read_in_every_usual_form(text: str) -> None:
    assert Month.parse(text) in (Month(2026, 11), Month(2026, 1))


@pytest.mark.parametrize("text", ["2026-13", "13/2026", "2026", "nov 2026", "", "11/26"])
def test_a_month_that_is_not_one_is_refused_with_the_form_to_use(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Month.parse(text)
    assert "11/2026" in caught.value.message.vi


def test_month_arithmetic_crosses_years() -> None:
    assert Month(2026, 11).plus(3) == Month(2027, 2)
    assert Month(2026, 1).minus(1) == Month(2025, 12)
    assert Month(2025, 12).months_until(Month(2026, 2)) == 2
    assert Month(2024, 2).last_day == date(2024, 2, 29)
    assert list(month_range(Month(2026, 11), Month(2027, 1))) == [
        Month(2026, 11),
        Month(2026, 12),
        Month(2027, 1),
    ]


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("2026-Q4", Month(2026, 10), Month(2026, 12), "quý IV năm 2026"),
        ("2026-q1", Month(2026, 1), Month(2026, 3), "quý I năm 2026"),
        ("2026", Month(2026, 1), Month(2026, 12), "năm 2026"),
        ("2026-11", Month(2026, 11), Month(2026, 11), "tháng 11 năm 2026"),
    ],
)
def test_a_reporting_period_is_a_month_a_quarter_or_a_year(
    text: str, first: Month, last: Month, label: str
) -> None:
    period = Period.parse(text)
    assert (period.first, period.last, period.label_vi()) == (first, last, label)


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError):
        Period(Month(2026, 5), Month(2026, 4))
    with pytest.raises(ValidationError):
        Period.parse("2026-Q5")
