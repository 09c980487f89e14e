"""The attendance counts of the minutes and the voting denominator (docs/party-rules.md §3.4–3.5), table-driven:
one member of each kind with each mark, then whole meetings."""

from __future__ import annotations

import pytest

from cellapp.domain.attendance import (
    AttendanceLine,
    AttendanceMark,
    VoteTally,
    check_mark,
    check_vote,
    count_attendance,
    expected_and_present,
    is_adopted,
    percent,
)
from cellapp.domain.errors import ValidationError
from cellapp.domain.lifecycle import Grade
from cellapp.domain.members import MemberStatus

S = MemberStatus
M = AttendanceMark

# status, mark -> total, expected, present, denominator, voters present
ONE_MEMBER = [
    (S.FULL, M.PRESENT, (1, 1, 1, 1, 1)),
    (S.FULL, M.ONLINE, (1, 1, 1, 1, 1)),
    (S.FULL, M.LATE, (1, 1, 1, 1, 1)),
    (S.FULL, M.ABSENT_EXCUSED, (1, 1, 0, 0, 0)),
    (S.FULL, M.ABSENT_UNEXCUSED, (1, 1, 0, 1, 0)),
    (S.FULL, None, (1, 1, 0, 1, 0)),
    (S.PROBATIONARY, M.PRESENT, (1, 1, 1, 0, 0)),
    (S.PROBATIONARY, M.ABSENT_UNEXCUSED, (1, 1, 0, 0, 0)),
    (S.EXEMPT, None, (1, 0, 0, 0, 0)),
    (S.EXEMPT, M.PRESENT, (1, 1, 1, 1, 1)),
    (S.TEMPORARILY_EXEMPT, None, (1, 0, 0, 0, 0)),
    (S.TEMPORARILY_EXEMPT, M.LATE, (1, 1, 1, 1, 1)),
    (S.ATTACHED_ELSEWHERE, None, (1, 0, 0, 0, 0)),
    (S.ATTACHED_ELSEWHERE, M.PRESENT, (1, 1, 1, 0, 0)),
    (S.SUSPENDED, None, (1, 0, 0, 0, 0)),
    # A suspended member takes no part in party activity: a present mark never counts.
    (S.SUSPENDED, M.PRESENT, (1, 0, 0, 0, 0)),
    (S.ATTACHED_HERE, M.PRESENT, (0, 0, 0, 0, 0)),
    (S.ATTACHED_HERE, None, (0, 0, 0, 0, 0)),
    (S.TRANSFERRED_OUT, M.PRESENT, (0, 0, 0, 0, 0)),
    (S.DECEASED, None, (0, 0, 0, 0, 0)),
]


@pytest.mark.parametrize(("status", "mark", "expected"), ONE_MEMBER, ids=lambda v: str(v))
def test_one_member_counts_as_the_rules_say(
    status: MemberStatus, mark: AttendanceMark | None, expected: tuple[int, int, int, int, int]
) -> None:
    counts = count_attendance([AttendanceLine("m", status, mark)])
    got = (counts.total, counts.expected, counts.present, counts.voting_denominator, counts.voters_present)
    assert got == expected


G = Grade

# status, grade on the day, mark -> (total, full, probationary), (expected, present, present full,
# present probationary), (denominator, voters present). The grade comes from the member history; an
# exempt, attached-elsewhere or suspended member keeps theirs.
WITH_GRADE = [
    (S.FULL, G.FULL, M.PRESENT, (1, 1, 0), (1, 1, 1, 0), (1, 1)),
    (S.PROBATIONARY, G.PROBATIONARY, M.PRESENT, (1, 0, 1), (1, 1, 0, 1), (0, 0)),
    (S.EXEMPT, G.FULL, None, (1, 1, 0), (0, 0, 0, 0), (0, 0)),
    (S.EXEMPT, G.FULL, M.PRESENT, (1, 1, 0), (1, 1, 1, 0), (1, 1)),
    (S.TEMPORARILY_EXEMPT, G.FULL, M.PRESENT, (1, 1, 0), (1, 1, 1, 0), (1, 1)),
    (S.TEMPORARILY_EXEMPT, G.PROBATIONARY, None, (1, 0, 1), (0, 0, 0, 0), (0, 0)),
    # A probationary member on temporary exemption who comes attends, but neither votes nor counts.
    (S.TEMPORARILY_EXEMPT, G.PROBATIONARY, M.PRESENT, (1, 0, 1), (1, 1, 0, 1), (0, 0)),
    (S.TEMPORARILY_EXEMPT, G.PROBATIONARY, M.LATE, (1, 0, 1), (1, 1, 0, 1), (0, 0)),
    (S.ATTACHED_ELSEWHERE, G.FULL, None, (1, 1, 0), (0, 0, 0, 0), (0, 0)),
    (S.ATTACHED_ELSEWHERE, G.PROBATIONARY, None, (1, 0, 1), (0, 0, 0, 0), (0, 0)),
    (S.ATTACHED_ELSEWHERE, G.PROBATIONARY, M.PRESENT, (1, 0, 1), (1, 1, 0, 1), (0, 0)),
    (S.SUSPENDED, G.FULL, None, (1, 1, 0), (0, 0, 0, 0), (0, 0)),
    (S.SUSPENDED, G.FULL, M.PRESENT, (1, 1, 0), (0, 0, 0, 0), (0, 0)),
    (S.SUSPENDED, G.PROBATIONARY, M.PRESENT, (1, 0, 1), (0, 0, 0, 0), (0, 0)),
    (S.ATTACHED_HERE, G.PROBATIONARY, M.PRESENT, (0, 0, 0), (0, 0, 0, 0), (0, 0)),
    (S.ATTACHED_HERE, G.FULL, M.PRESENT, (0, 0, 0), (0, 0, 0, 0), (0, 0)),
]


@pytest.mark.parametrize(("status", "grade", "mark", "members", "attendance", "votes"), WITH_GRADE, ids=str)
def test_each_member_counts_by_the_grade_held_on_the_day(
    status: MemberStatus,
    grade: Grade,
    mark: AttendanceMark | None,
    members: tuple[int, int, int],
    attendance: tuple[int, int, int, int],
    votes: tuple[int, int],
) -> None:
    counts = count_attendance([AttendanceLine("m", status, mark, grade)])
    assert (counts.total, counts.full, counts.probationary) == members
    assert (counts.expected, counts.present, counts.present_full, counts.present_probationary) == attendance
    assert (counts.voting_denominator, counts.voters_present) == votes
    assert counts.full + counts.probationary == counts.total


def test_a_probationary_member_on_temporary_exemption_who_attends_cannot_vote() -> None:
    counts = count_attendance(
        [
            AttendanceLine("f", S.FULL, M.PRESENT, G.FULL),
            AttendanceLine("p", S.TEMPORARILY_EXEMPT, M.PRESENT, G.PROBATIONARY),
        ]
    )
    assert (counts.voting_denominator, counts.voters_present) == (1, 1)
    assert counts.probationary_exempt == 1
    with pytest.raises(ValidationError):
        check_vote(VoteTally(2, 0, 0), counts)


@pytest.mark.parametrize("mark", [M.PRESENT, M.ONLINE, M.LATE], ids=str)
def test_a_suspended_member_cannot_be_marked_present(mark: AttendanceMark) -> None:
    with pytest.raises(ValidationError) as refused:
        check_mark(S.SUSPENDED, mark, "Vàng A Dế")
    assert "đình chỉ" in refused.value.message.render("vi") and refused.value.field == "attendance"


@pytest.mark.parametrize("mark", [None, M.ABSENT_EXCUSED, M.ABSENT_UNEXCUSED], ids=str)
def test_a_suspended_member_may_be_left_unmarked_or_absent(mark: AttendanceMark | None) -> None:
    check_mark(S.SUSPENDED, mark, "Vàng A Dế")


def test_probationary_member_cannot_vote() -> None:
    counts = count_attendance([AttendanceLine("p", S.PROBATIONARY, M.PRESENT)])
    assert counts.present_probationary == 1 and counts.voters_present == 0
    with pytest.raises(ValidationError) as refused:
        check_vote(VoteTally(1, 0, 0), counts)
    assert refused.value.field == "votes"
    assert "dự bị" in refused.value.message.render("vi")


def test_members_attached_here_attend_outside_the_total_and_do_not_vote() -> None:
    counts = count_attendance(
        [AttendanceLine("a", S.ATTACHED_HERE, M.PRESENT), AttendanceLine("f", S.FULL, M.PRESENT)]
    )
    assert (counts.total, counts.attached_here, counts.present_attached_here) == (1, 1, 1)
    assert (counts.present, counts.voters_present, counts.voting_denominator) == (1, 1, 1)


def _meeting(spec: list[tuple[MemberStatus, AttendanceMark | None]]) -> list[AttendanceLine]:
    return [AttendanceLine(f"m{i}", status, mark) for i, (status, mark) in enumerate(spec)]


# A village cell of 12: 7 full (5 present, 1 away with reason, 1 without), 2 probationary present,
# 1 exempt at home, 1 exempt who came anyway, 1 temporarily elsewhere; plus 1 attached here, present.
VILLAGE = _meeting(
    [
        *[(S.FULL, M.PRESENT)] * 4,
        (S.FULL, M.LATE),
        (S.FULL, M.ABSENT_EXCUSED),
        (S.FULL, M.ABSENT_UNEXCUSED),
        (S.PROBATIONARY, M.PRESENT),
        (S.PROBATIONARY, M.ONLINE),
        (S.EXEMPT, None),
        (S.EXEMPT, M.PRESENT),
        (S.ATTACHED_ELSEWHERE, None),
        (S.ATTACHED_HERE, M.PRESENT),
    ]
)


def test_a_village_meeting_gives_the_minutes_their_figures() -> None:
    counts = count_attendance(VILLAGE)
    assert (counts.total, counts.full, counts.probationary) == (12, 10, 2)
    assert (counts.exempt, counts.attached_elsewhere, counts.attached_here) == (2, 1, 1)
    assert (counts.expected, counts.present) == (10, 8)
    assert (counts.present_full, counts.present_probationary) == (6, 2)
    assert (counts.present_late, counts.present_online, counts.present_attached_here) == (1, 1, 1)
    assert (len(counts.absent_excused), len(counts.absent_unexcused), counts.absent) == (1, 1, 2)
    assert counts.unmarked == ()


def test_the_denominator_keeps_full_members_and_the_exempt_who_came() -> None:
    counts = count_attendance(VILLAGE)
    # 7 full members, less 1 away with an approved reason, plus 1 exempt member who attended.
    assert counts.voting_denominator == 7
    assert counts.voters_present == 6


@pytest.mark.parametrize(
    ("votes_for", "adopted"),
    [(3, False), (4, True), (6, True)],
)
def test_a_resolution_needs_more_than_half_of_the_denominator(votes_for: int, adopted: bool) -> None:
    counts = count_attendance(VILLAGE)
    assert is_adopted(VoteTally(votes_for, 0, 6 - votes_for), counts) is adopted


@pytest.mark.parametrize(
    "tally",
    [VoteTally(7, 0, 0), VoteTally(5, 1, 1), VoteTally(-1, 0, 0)],
    ids=["more for than voters", "more cast than voters", "negative"],
)
def test_impossible_tallies_are_refused(tally: VoteTally) -> None:
    with pytest.raises(ValidationError):
        check_vote(tally, count_attendance(VILLAGE))


def test_a_possible_tally_is_accepted() -> None:
    check_vote(VoteTally(5, 0, 1), count_attendance(VILLAGE))


@pytest.mark.parametrize(
    ("part", "whole", "shown"), [(31, 32, "96,9%"), (2, 2, "100%"), (1, 3, "33,3%"), (0, 0, "0%")]
)
def test_percentages_are_written_with_a_decimal_comma(part: int, whole: int, shown: str) -> None:
    assert percent(part, whole) == shown


@pytest.mark.parametrize("status", list(MemberStatus), ids=str)
@pytest.mark.parametrize("mark", [None, *AttendanceMark], ids=str)
def test_lines_counted_in_groups_weigh_as_the_minutes_count_them(
    status: MemberStatus, mark: AttendanceMark | None
) -> None:
    """The committee counts finalised meetings by (status, mark) groups: each group must weigh exactly
    what the minutes' own count gives the same lines."""
    lines = [AttendanceLine(f"m{i}", status, mark) for i in range(3)]
    counts = count_attendance(lines)
    expected, present = expected_and_present(status, mark)
    assert (3 * expected, 3 * present) == (counts.expected, counts.present)
