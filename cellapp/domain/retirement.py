"""Statutory retirement age (tuổi nghỉ hưu), needed because party fees of members outside social insurance
differ below and at or above it (Quy định 01-QĐ/TW; under 342-QĐ/TW "past working age").

The schedule is dated data, not code: Bộ luật Lao động 2019 Điều 169 and Nghị định 135/2020/NĐ-CP raise
the normal retirement age from 2021 — men 60 years 3 months in 2021, three months more each year to 62 in
2028; women 55 years 4 months in 2021, four months more each year to 60 in 2035 (before 2021: 60 and 55).
The rows ship as reference data and the functions here only read them.

A person reaches retirement age in the first month in which their age is at least the age that applies
in that calendar year (Nghị định 135/2020, Phụ lục I); they retire at the end of that month, so the
retirement-age rate applies from the following month.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from cellapp.domain.members import Sex
from cellapp.domain.months import Month


@dataclass(frozen=True)
class RetirementAge:
    """From `from_year` on (until a later row), people of `sex` reach retirement age at `age_months`."""

    sex: Sex
    from_year: int
    age_months: int


def _age_in_year(schedule: Sequence[RetirementAge], sex: Sex, year: int) -> int | None:
    applicable = [row for row in schedule if row.sex is sex and row.from_year <= year]
    if not applicable:
        return None
    return max(applicable, key=lambda row: row.from_year).age_months


def retirement_month(birth_date: date, sex: Sex, schedule: Iterable[RetirementAge]) -> Month | None:
    """The month in which the person reaches retirement age; None when the schedule has no row for them."""
    rows = [row for row in schedule if row.sex is sex]
    if not rows:
        return None
    born = Month.of(birth_date)
    youngest = min(row.age_months for row in rows)
    year = born.plus(youngest).year - 1
    for _ in range(120):
        age = _age_in_year(rows, sex, year)
        if age is not None:
            reached = born.plus(age)
            if reached.year <= year:
                return max(reached, Month(year, 1))
        year += 1
    return None


def is_past_retirement_age(
    birth_date: date | None, sex: Sex, month: Month, schedule: Iterable[RetirementAge]
) -> bool:
    """True for the months after the one in which retirement age was reached; False if unknown."""
    if birth_date is None:
        return False
    reached = retirement_month(birth_date, sex, schedule)
    return reached is not None and reached < month
