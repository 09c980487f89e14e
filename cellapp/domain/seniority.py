"""Party seniority (tuổi đảng) and Party badge milestones (Huy hiệu Đảng), docs/party-rules.md §5.3.

Seniority counts from the date of the admission decision, minus periods outside party activity
(expulsion later annulled, name struck, lost contact, a transfer left pending). Badges are awarded at
30, 40, 45, 50 … 90 years; 50 years also exempts a member from party fees (docs/party-rules.md §6.1).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

BADGE_YEARS: tuple[int, ...] = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
FEE_EXEMPT_YEARS = 50


@dataclass(frozen=True)
class Gap:
    """A period outside party activity, both ends inclusive."""

    start: date
    end: date


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February in common years."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def seniority_days(admitted_on: date, on: date, gaps: Iterable[Gap] = ()) -> int:
    if on < admitted_on:
        return 0
    total = (on - admitted_on).days
    for gap in gaps:
        start, end = max(gap.start, admitted_on), min(gap.end, on)
        if end >= start:
            total -= (end - start).days + 1
    return max(total, 0)


def reaches_years_on(admitted_on: date, years: int, gaps: Iterable[Gap] = ()) -> date:
    """The day seniority reaches `years` full years: the anniversary, pushed later by every gap."""
    gaps = sorted(gaps, key=lambda g: g.start)
    target = add_years(admitted_on, years)
    for gap in gaps:
        if gap.start <= target and gap.end >= admitted_on:
            start = max(gap.start, admitted_on)
            target = date.fromordinal(target.toordinal() + (gap.end - start).days + 1)
    return target


def seniority_years(admitted_on: date, on: date, gaps: Iterable[Gap] = ()) -> int:
    """Full years of seniority on a day."""
    gaps = list(gaps)
    years = 0
    while reaches_years_on(admitted_on, years + 1, gaps) <= on:
        years += 1
    return years


def next_badge(admitted_on: date, on: date, gaps: Iterable[Gap] = ()) -> tuple[int, date] | None:
    """The next badge milestone (years, date reached) not yet reached on `on`, or None after 90 years."""
    gaps = list(gaps)
    for years in BADGE_YEARS:
        reached = reaches_years_on(admitted_on, years, gaps)
        if reached > on:
            return years, reached
    return None


def is_fee_exempt_by_seniority(admitted_on: date | None, on: date, gaps: Iterable[Gap] = ()) -> bool:
    return admitted_on is not None and reaches_years_on(admitted_on, FEE_EXEMPT_YEARS, gaps) <= on


def early_award_months(years: int) -> int:
    """How early a gravely ill member may receive a badge: 12 months for 30–65 years, 24 from 70."""
    return 24 if years >= 70 else 12


def earliest_badge_award(admitted_on: date, years: int, gaps: Iterable[Gap] = ()) -> date:
    """The first day the `years` badge may be awarded at all (to a gravely ill member, early)."""
    reached = reaches_years_on(admitted_on, years, gaps)
    return add_years(reached, -early_award_months(years) // 12)
