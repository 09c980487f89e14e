"""Replaying a member's events: the status on any day, reversals, contradictions, party dates, seniority."""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from cellapp.domain.lifecycle import DisciplineLevel, EventKind, Grade
from cellapp.domain.member_history import (
    Entry,
    HistoryRefused,
    LifecycleEvent,
    PartyDates,
    refusal_message,
    replay,
    seniority_facts,
)
from cellapp.domain.members import MemberStatus
from cellapp.domain.seniority import Gap

K, S = EventKind, MemberStatus
_numbers = count(1)


def event(kind: EventKind, on: date, **extra: object) -> LifecycleEvent:
    number = next(_numbers)
    return LifecycleEvent(uuid=f"e{number}", kind=kind, effective_on=on, sequence=number, **extra)  # type: ignore[arg-type]


ENTERED_FULL = Entry(S.FULL, PartyDates(date(2000, 5, 1), None, date(2001, 5, 1)))


def test_an_entry_stands_for_the_past_as_the_foundation_did() -> None:
    history = replay([], entry=ENTERED_FULL)
    assert history.standing_on(date(2000, 4, 30)).status is None
    assert history.standing_on(date(2000, 5, 1)).status is S.PROBATIONARY
    assert history.standing_on(date(2001, 5, 1)).status is S.FULL
    assert history.current.status is S.FULL


def test_an_entry_without_dates_stands_since_ever() -> None:
    history = replay([], entry=Entry(S.EXEMPT))
    assert history.standing_on(date(1950, 1, 1)).status is S.EXEMPT


def test_a_temporary_exemption_and_the_return_change_the_status_on_their_days() -> None:
    registered = event(
        K.REGISTERED, date(2026, 1, 5), status=S.FULL, grade=Grade.FULL, admitted_on=date(2000, 5, 1)
    )
    away = event(K.TEMPORARILY_EXEMPTED, date(2026, 3, 1), ends_on=date(2026, 9, 1))
    back = event(K.EXEMPTION_ENDED, date(2026, 8, 20))
    history = replay([back, registered, away])
    assert history.standing_on(date(2026, 2, 28)).status is S.FULL
    assert history.standing_on(date(2026, 3, 1)).status is S.TEMPORARILY_EXEMPT
    assert history.standing_on(date(2026, 8, 20)).status is S.FULL
    assert history.standing_on(date(1999, 1, 1)).status is None


def test_a_reversed_event_counts_for_nothing() -> None:
    admitted = event(K.ADMITTED, date(2024, 3, 1), ceremony_on=date(2024, 3, 15))
    recognised = event(K.RECOGNISED, date(2025, 3, 20))
    reversal = event(K.REVERSAL, date(2025, 4, 1), reverses=recognised.uuid, note="Ghi nhầm")
    history = replay([admitted, recognised, reversal])
    assert history.current == replay([admitted]).current
    assert history.current.status is S.PROBATIONARY
    assert history.dates.official_on is None


def test_a_back_dated_event_that_contradicts_a_later_one_is_refused_naming_it() -> None:
    admitted = event(K.ADMITTED, date(2024, 3, 1), ceremony_on=date(2024, 3, 15))
    recognised = event(K.RECOGNISED, date(2025, 3, 20))
    expelled = event(K.DISCIPLINED, date(2025, 6, 1), discipline=DisciplineLevel.EXPULSION)
    struck_earlier = event(K.STRUCK_OFF, date(2025, 1, 10))
    with pytest.raises(HistoryRefused) as refused:
        replay([admitted, recognised, expelled, struck_earlier])
    assert refused.value.event is recognised
    message = refusal_message(refused.value, struck_earlier).render("vi")
    assert "mâu thuẫn với sự kiện 'Công nhận đảng viên chính thức' ngày 20/03/2025" in message


def test_a_lenient_replay_leaves_refused_events_out() -> None:
    admitted = event(K.ADMITTED, date(2024, 3, 1), ceremony_on=date(2024, 3, 15))
    too_early = event(K.RECOGNISED, date(2024, 9, 1))
    history = replay([admitted, too_early], strict=False)
    assert history.skipped == (too_early,)
    assert history.current.status is S.PROBATIONARY


def test_events_set_the_party_dates() -> None:
    admitted = event(K.ADMITTED, date(2024, 3, 1), ceremony_on=date(2024, 3, 15))
    recognised = event(K.RECOGNISED, date(2025, 3, 20))
    assert replay([admitted, recognised]).dates == PartyDates(
        date(2024, 3, 1), date(2024, 3, 15), date(2025, 3, 20)
    )


def test_a_correction_fixes_entry_dates_but_never_dates_an_event_set() -> None:
    registered = event(K.REGISTERED, date(2026, 1, 5), status=S.PROBATIONARY, admitted_on=date(2025, 6, 1))
    recognised = event(K.RECOGNISED, date(2026, 7, 1))
    correction = event(
        K.ENTRY_CORRECTED,
        date(2026, 8, 1),
        admitted_on=date(2025, 6, 2),
        ceremony_on=date(2025, 6, 20),
        official_on=date(2026, 1, 1),
    )
    dates = replay([registered, recognised, correction]).dates
    assert dates == PartyDates(date(2025, 6, 2), date(2025, 6, 20), date(2026, 7, 1))


def test_recognition_counts_twelve_months_from_the_corrected_ceremony() -> None:
    registered = event(K.REGISTERED, date(2026, 1, 5), status=S.PROBATIONARY, admitted_on=date(2025, 6, 1))
    correction = event(
        K.ENTRY_CORRECTED, date(2026, 2, 1), admitted_on=date(2025, 6, 1), ceremony_on=date(2025, 7, 1)
    )
    recognised = event(K.RECOGNISED, date(2026, 6, 15))
    with pytest.raises(HistoryRefused):
        replay([registered, correction, recognised])


def test_readmission_deducts_the_time_outside_the_party_but_reinstatement_does_not() -> None:
    registered = event(K.REGISTERED, date(2020, 1, 1), status=S.FULL, admitted_on=date(1990, 1, 1))
    struck = event(K.STRUCK_OFF, date(2010, 1, 1))
    readmitted = event(K.READMITTED, date(2012, 1, 1), ceremony_on=date(2012, 1, 10))
    history = replay([registered, struck, readmitted])
    assert history.gaps == (Gap(date(2010, 1, 1), date(2011, 12, 31)),)
    assert history.dates.admitted_on == date(1990, 1, 1)  # seniority counts from the first admission
    facts = seniority_facts(history, date(2026, 1, 1))
    assert facts.years == 34
    assert facts.next_badge == (40, date(2032, 1, 1))

    expelled = event(K.DISCIPLINED, date(2010, 1, 1), discipline=DisciplineLevel.EXPULSION)
    annulled = event(K.REINSTATED, date(2011, 1, 1))
    continuous = replay([registered, expelled, annulled])
    assert continuous.gaps == ()
    assert continuous.current.status is S.FULL


def test_a_period_not_counted_delays_the_badges_and_the_fee_exemption() -> None:
    registered = event(K.REGISTERED, date(2020, 1, 1), status=S.FULL, admitted_on=date(1976, 3, 1))
    gap = event(K.SENIORITY_GAP, date(1990, 1, 1), ends_on=date(1990, 12, 31))
    facts = seniority_facts(replay([registered, gap]), date(2026, 3, 1))
    assert facts.fee_exempt_from == date(2027, 3, 1)
    assert facts.years == 49


def test_a_member_who_died_has_no_next_badge() -> None:
    registered = event(K.REGISTERED, date(2020, 1, 1), status=S.FULL, admitted_on=date(1976, 3, 1))
    died = event(K.DIED, date(2025, 1, 1))
    facts = seniority_facts(replay([registered, died]), date(2026, 3, 1))
    assert facts.next_badge is None and facts.years is None


def test_a_probationary_member_is_due_for_recognition_twelve_months_after_the_ceremony() -> None:
    admitted = event(K.ADMITTED, date(2024, 2, 10), ceremony_on=date(2024, 2, 29))
    facts = seniority_facts(replay([admitted]), date(2024, 6, 1))
    assert facts.recognition_due == date(2025, 2, 28)
