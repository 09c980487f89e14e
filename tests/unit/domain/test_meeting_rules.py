"""Meeting rules in the domain: the standard agenda, minimum durations, and document numbers."""

from __future__ import annotations

from datetime import date, time

import pytest

from cellapp.domain.document_numbers import (
    DEFAULT_PATTERN,
    DocumentCode,
    blank_number,
    check_pattern,
    format_number,
)
from cellapp.domain.errors import ValidationError
from cellapp.domain.meetings import (
    MeetingKind,
    duration_warning,
    meeting_months,
    meeting_phrase,
    minutes_between,
    month_words,
    spoken_time,
    standard_agenda,
)
from cellapp.domain.months import Month


def test_the_regular_agenda_follows_the_standard_order_with_the_right_months() -> None:
    # Held on 6 January: it reviews December (of the year before) and plans January, the month under way.
    agenda = standard_agenda(MeetingKind.REGULAR, date(2026, 1, 6))
    assert agenda[0].startswith("Phần mở đầu")
    assert "tháng 12 năm 2025" in agenda[2] and "Hồ Chí Minh" in agenda[3] and "tháng 01;" in agenda[5]
    assert agenda[-1].startswith("Chủ trì kết luận")


# held on -> (month evaluated, month planned): always consecutive months, never skipping the current one.
MEETING_MONTHS = [
    (date(2026, 12, 10), (Month(2026, 11), Month(2026, 12))),
    (date(2026, 12, 1), (Month(2026, 11), Month(2026, 12))),
    (date(2026, 12, 19), (Month(2026, 11), Month(2026, 12))),
    (date(2026, 12, 20), (Month(2026, 12), Month(2027, 1))),
    (date(2026, 11, 28), (Month(2026, 11), Month(2026, 12))),
    (date(2026, 1, 5), (Month(2025, 12), Month(2026, 1))),
    (date(2026, 12, 31), (Month(2026, 12), Month(2027, 1))),
]


@pytest.mark.parametrize(("held_on", "months"), MEETING_MONTHS, ids=str)
def test_a_regular_meeting_evaluates_one_month_and_plans_the_next(
    held_on: date, months: tuple[Month, Month]
) -> None:
    evaluated, planned = meeting_months(held_on)
    assert (evaluated, planned) == months
    agenda = standard_agenda(MeetingKind.REGULAR, held_on)
    assert month_words(evaluated, held_on) in agenda[2]
    assert f"Phương hướng, nhiệm vụ {month_words(planned, held_on)};" in agenda[5]


def test_the_agenda_of_10_december_plans_december_not_january() -> None:
    agenda = standard_agenda(MeetingKind.REGULAR, date(2026, 12, 10))
    assert "tháng 11" in agenda[2] and "tháng 12;" in agenda[5]
    assert "tháng 01" not in " ".join(agenda)


def test_a_thematic_agenda_names_its_topic() -> None:
    agenda = standard_agenda(MeetingKind.THEMATIC, date(2026, 5, 20), "Phòng, chống tảo hôn")
    assert "Trình bày chuyên đề: Phòng, chống tảo hôn" in agenda


@pytest.mark.parametrize(
    ("kind", "minutes", "combined", "warned"),
    [
        (MeetingKind.REGULAR, 89, False, True),
        (MeetingKind.REGULAR, 90, False, False),
        (MeetingKind.THEMATIC, 60, False, True),
        (MeetingKind.REGULAR, 110, True, True),
        (MeetingKind.REGULAR, 120, True, False),
        (MeetingKind.EXTRAORDINARY, 30, False, False),
        (MeetingKind.COMMITTEE, 30, False, False),
    ],
)
def test_short_sittings_are_warned_about(
    kind: MeetingKind, minutes: int, combined: bool, warned: bool
) -> None:
    assert (duration_warning(kind, minutes, combined=combined) is not None) is warned


def test_the_warning_states_the_rule() -> None:
    warning = duration_warning(MeetingKind.REGULAR, 75, combined=False)
    assert warning is not None
    assert "75 phút" in warning.render("vi") and "90 phút" in warning.render("vi")


def test_times_and_phrases_are_written_the_vietnamese_way() -> None:
    assert minutes_between(time(19, 30), time(21, 5)) == 95
    assert spoken_time(time(7, 5)) == "7 giờ 05 phút"
    assert (
        meeting_phrase(MeetingKind.REGULAR, date(2026, 3, 4))
        == "sinh hoạt chi bộ thường kỳ tháng 03 năm 2026"
    )


def test_document_numbers_take_a_leading_zero() -> None:
    assert format_number(DEFAULT_PATTERN, number=7, code=DocumentCode.MINUTES, year=2026) == "Số 07-BB/CB"
    assert format_number(DEFAULT_PATTERN, number=12, code=DocumentCode.RESOLUTION, year=2026) == "Số 12-NQ/CB"
    assert blank_number(DEFAULT_PATTERN, code=DocumentCode.MINUTES, year=2026) == "Số     -BB/CB"


def test_a_custom_pattern_may_use_the_year() -> None:
    pattern = check_pattern("Số {number}-{code}/CBNĐ-{year}")
    assert format_number(pattern, number=3, code=DocumentCode.MINUTES, year=2027) == "Số 03-BB/CBNĐ-2027"


@pytest.mark.parametrize("pattern", ["Số {number}/CB", "Số {code}", "{number}-{code}{__class__}", "x" * 61])
def test_a_pattern_without_the_number_and_code_or_with_other_fields_is_refused(pattern: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_pattern(pattern)
    shown = refused.value.message.render("vi")
    assert "'Số {number}-{code}/CB'" in shown and "{{" not in shown
