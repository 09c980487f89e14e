"""The cell's total by grade and by situation (docs/party-rules.md §3.5, §5.2): both partitions add up to the
total, and every member keeps the grade the history gives them whatever their situation."""

from __future__ import annotations

import pytest

from cellapp.domain.lifecycle import Grade, Standing
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import MembershipCounts, count_membership, grade_of

S = MemberStatus
G = Grade

# standing -> (total, full, probationary, active, exempt, attached elsewhere, suspended, attached here)
ONE_MEMBER = [
    (Standing(S.FULL, G.FULL), (1, 1, 0, 1, 0, 0, 0, 0)),
    (Standing(S.PROBATIONARY, G.PROBATIONARY), (1, 0, 1, 1, 0, 0, 0, 0)),
    (Standing(S.EXEMPT, G.FULL), (1, 1, 0, 0, 1, 0, 0, 0)),
    (Standing(S.TEMPORARILY_EXEMPT, G.FULL), (1, 1, 0, 0, 1, 0, 0, 0)),
    (Standing(S.TEMPORARILY_EXEMPT, G.PROBATIONARY), (1, 0, 1, 0, 1, 0, 0, 0)),
    (Standing(S.ATTACHED_ELSEWHERE, G.FULL), (1, 1, 0, 0, 0, 1, 0, 0)),
    (Standing(S.ATTACHED_ELSEWHERE, G.PROBATIONARY), (1, 0, 1, 0, 0, 1, 0, 0)),
    (Standing(S.SUSPENDED, G.FULL), (1, 1, 0, 0, 0, 0, 1, 0)),
    (Standing(S.SUSPENDED, G.PROBATIONARY), (1, 0, 1, 0, 0, 0, 1, 0)),
    (Standing(S.ATTACHED_HERE, G.FULL), (0, 0, 0, 0, 0, 0, 0, 1)),
    (Standing(S.ATTACHED_HERE, G.PROBATIONARY), (0, 0, 0, 0, 0, 0, 0, 1)),
    (Standing(S.EXEMPT, None), (1, 1, 0, 0, 1, 0, 0, 0)),
    (Standing(S.DECEASED, G.FULL), (0, 0, 0, 0, 0, 0, 0, 0)),
    (Standing(S.TRANSFERRED_OUT, G.PROBATIONARY), (0, 0, 0, 0, 0, 0, 0, 0)),
    (Standing(None), (0, 0, 0, 0, 0, 0, 0, 0)),
]


@pytest.mark.parametrize(("standing", "expected"), ONE_MEMBER, ids=str)
def test_one_member_falls_in_one_column_of_each_partition(
    standing: Standing, expected: tuple[int, ...]
) -> None:
    counts = count_membership([standing])
    got = (
        counts.total,
        counts.full,
        counts.probationary,
        counts.active,
        counts.exempt,
        counts.attached_elsewhere,
        counts.suspended,
        counts.attached_here,
    )
    assert got == expected
    assert counts.adds_up


def test_a_whole_cell_adds_up_both_ways() -> None:
    standings = [standing for standing, _ in ONE_MEMBER] * 3
    counts = count_membership(standings)
    assert counts.adds_up
    assert (counts.total, counts.full, counts.probationary) == (30, 18, 12)
    assert (counts.active, counts.exempt, counts.attached_elsewhere, counts.suspended) == (6, 12, 6, 6)
    assert counts.probationary_exempt == 3 and counts.attached_here == 6


def test_counts_travel_as_json_and_back() -> None:
    counts = count_membership([standing for standing, _ in ONE_MEMBER])
    assert MembershipCounts.from_json(counts.as_json()) == counts


@pytest.mark.parametrize(
    ("status", "grade", "expected"),
    [
        (S.PROBATIONARY, G.FULL, G.PROBATIONARY),
        (S.FULL, G.PROBATIONARY, G.FULL),
        (S.SUSPENDED, G.PROBATIONARY, G.PROBATIONARY),
        (S.SUSPENDED, None, G.FULL),
    ],
    ids=str,
)
def test_the_status_of_an_active_member_says_the_grade(
    status: MemberStatus, grade: Grade | None, expected: Grade
) -> None:
    assert grade_of(status, grade) is expected
