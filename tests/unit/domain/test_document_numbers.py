"""Minutes and resolutions number by meeting date within the year; a number once given never moves."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.document_numbers import number_by_date

# The year's other meetings as (month held, number given or None while open), the month of the meeting
# finalised now -> its number, and whether that number is in date order.
BY_DATE = [
    ([], 3, (1, True)),
    ([(1, 1), (2, 2)], 3, (3, True)),
    # Finalised in any order, numbers follow the dates: March waits for January and February.
    ([(1, None), (2, None)], 3, (3, True)),
    ([(1, None), (3, 3)], 2, (2, True)),
    ([(2, 2), (3, 3)], 1, (1, True)),
    # An earlier meeting finalised after the later ones took every number: the next of the year, out of
    # order (finalised minutes are never renumbered).
    ([(7, 1), (11, 2)], 5, (3, False)),
    ([(3, 1)], 1, (2, False)),
    # March took 3 while January and February were open; January was then deleted: February takes 1,
    # and 2 stays unused rather than renumber what is printed.
    ([(3, 3)], 2, (1, True)),
]


@pytest.mark.parametrize(("others", "month", "expected"), BY_DATE, ids=str)
def test_numbers_follow_the_meeting_dates_and_never_move_once_given(
    others: list[tuple[int, int | None]], month: int, expected: tuple[int, bool]
) -> None:
    choice = number_by_date((date(2026, month, 5),), [((date(2026, m, 5),), n) for m, n in others])
    assert (choice.number, choice.in_date_order) == expected
