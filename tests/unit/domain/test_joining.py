"""How a member comes onto the list decides the status the record is checked with and what is asked."""

from __future__ import annotations

import pytest

from cellapp.domain.joining import ENTRY_STATUSES, JoinWay, entry_status
from cellapp.domain.lifecycle import EventKind, Grade
from cellapp.domain.members import MemberStatus


def test_an_admitted_member_is_probationary_whatever_grade_or_status_is_given() -> None:
    assert entry_status(JoinWay.ADMISSION) is MemberStatus.PROBATIONARY
    assert (
        entry_status(JoinWay.ADMISSION, grade=Grade.FULL, chosen=MemberStatus.FULL)
        is MemberStatus.PROBATIONARY
    )


@pytest.mark.parametrize("way", [JoinWay.TRANSFER, JoinWay.ATTACHMENT])
def test_a_member_moving_in_keeps_the_grade_they_arrive_with(way: JoinWay) -> None:
    assert (
        entry_status(way, grade=Grade.PROBATIONARY, chosen=MemberStatus.EXEMPT) is MemberStatus.PROBATIONARY
    )
    assert entry_status(way, grade=Grade.FULL) is MemberStatus.FULL
    assert entry_status(way) is MemberStatus.FULL


def test_a_member_already_in_the_register_has_the_status_the_secretary_chose() -> None:
    assert entry_status(JoinWay.ENTRY, grade=Grade.FULL, chosen=MemberStatus.EXEMPT) is MemberStatus.EXEMPT
    with pytest.raises(ValueError):
        entry_status(JoinWay.ENTRY)


def test_attached_here_is_not_a_status_to_enter_from_the_paper_register() -> None:
    assert MemberStatus.ATTACHED_HERE not in ENTRY_STATUSES
    assert MemberStatus.FULL in ENTRY_STATUSES


def test_each_way_is_the_first_event_of_the_members_history_here() -> None:
    assert {way: way.event_kind for way in JoinWay} == {
        JoinWay.ENTRY: EventKind.REGISTERED,
        JoinWay.ADMISSION: EventKind.ADMITTED,
        JoinWay.TRANSFER: EventKind.TRANSFERRED_IN,
        JoinWay.ATTACHMENT: EventKind.ATTACHED_IN,
    }
    assert all(JoinWay.arriving_by(way.event_kind) is way for way in JoinWay)
    assert JoinWay.arriving_by(EventKind.DIED) is None


def test_what_each_way_asks_for() -> None:
    asked = {
        way: (way.moves_in, way.needs_decision, way.needs_vote, way.has_official_date, way.has_end)
        for way in JoinWay
    }
    assert asked == {
        JoinWay.ENTRY: (False, False, False, True, False),
        JoinWay.ADMISSION: (False, True, True, False, False),
        JoinWay.TRANSFER: (True, True, False, True, False),
        JoinWay.ATTACHMENT: (True, True, False, True, True),
    }
