"""Tests for the demo people, places and meeting topics of a northern border commune cell."""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
from collections import Counter

import pytest

from cellapp.demo.people import (
    CELL_NAME,
    COMMITTEE_NAME,
    COMMUNE,
    ETHNICITIES,
    PROVINCE,
    VILLAGES,
    DemoPerson,
    make_people,
    make_person,
    meeting_topics,
    speech_summaries,
    task_descriptions,
)

FAMILY_NAMES: dict[str, set[str]] = {
    "Mông": {
        "Giàng",
        "Sùng",
        "Vàng",
        "Lý",
        "Thào",
        "Mùa",
        "Hờ",
        "Ly",
        "Lầu",
        "Vừ",
        "Hầu",
        "Cư",
        "Tráng",
        "Hạng",
    },
    "Dao": {"Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo", "Tẩn"},
    "Tày": {"Hoàng", "Nông", "Ma", "Lục", "Lương", "Hà", "Vi", "Hứa", "Lý", "Đàm", "Sầm", "Triệu"},
    "Nùng": {"Hoàng", "Nông", "Ma", "Lục", "Lương", "Hà", "Vi", "Hứa", "Lý", "Đàm", "Sầm", "Triệu"},
    "Giáy": {"Lù", "Lò", "Sần", "Vương", "Hoàng", "Lồ"},
    "Thái": {"Lò", "Cầm", "Lường", "Quàng", "Tòng", "Điêu"},
    "Kinh": {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương"},
}


def _nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


@pytest.fixture(scope="module")
def five_hundred() -> list[DemoPerson]:
    return make_people(random.Random(20250701), 500)


def test_the_same_seed_gives_the_same_people_topics_and_single_person() -> None:
    assert make_people(random.Random(7), 60) == make_people(random.Random(7), 60)
    assert make_person(random.Random(7)) == make_person(random.Random(7))
    assert meeting_topics(random.Random(7), 2026) == meeting_topics(random.Random(7), 2026)


def test_different_seeds_give_different_people() -> None:
    assert make_people(random.Random(1), 20) != make_people(random.Random(2), 20)


def test_names_citizen_ids_card_numbers_and_phones_are_unique_over_500_people(
    five_hundred: list[DemoPerson],
) -> None:
    assert len(five_hundred) == 500
    for field in ("full_name", "citizen_id", "card_number", "phone"):
        values = [getattr(p, field) for p in five_hundred]
        assert len(set(values)) == len(values), field


def test_every_string_in_people_places_and_meetings_is_nfc(five_hundred: list[DemoPerson]) -> None:
    strings: list[str] = [CELL_NAME, COMMITTEE_NAME, COMMUNE, PROVINCE, *VILLAGES, *ETHNICITIES]
    strings += speech_summaries() + task_descriptions()
    strings += meeting_topics(random.Random(3), 2025)
    for person in five_hundred:
        strings += [v for v in dataclasses.astuple(person) if isinstance(v, str)]
    bad = [s for s in strings if not _nfc(s)]
    assert bad == []


def test_citizen_id_and_card_number_are_exactly_twelve_digits(five_hundred: list[DemoPerson]) -> None:
    for person in five_hundred:
        assert re.fullmatch(r"\d{12}", person.citizen_id), person
        assert re.fullmatch(r"\d{12}", person.card_number), person


def test_citizen_id_sex_century_digit_and_year_agree_with_the_person() -> None:
    rng = random.Random(11)
    people = [make_person(rng, birth_year_range=(1945, 2007)) for _ in range(400)]
    assert any(p.birth_date.year >= 2000 for p in people)
    for person in people:
        year = person.birth_date.year
        expected = (0 if year < 2000 else 2) + (1 if person.sex == "female" else 0)
        assert person.citizen_id[3] == str(expected), person
        assert person.citizen_id[4:6] == f"{year % 100:02d}", person
        assert person.citizen_id[:3] in {"002", "004", "010", "011", "012", "020"}, person


def test_every_ethnicity_appears_among_200_people_in_roughly_the_commune_mix() -> None:
    people = make_people(random.Random(5), 200)
    counts = Counter(p.ethnicity for p in people)
    assert set(counts) == set(ETHNICITIES) == set(FAMILY_NAMES)
    assert counts["Mông"] == 90
    women = sum(p.sex == "female" for p in people)
    assert women == 70


def test_names_of_each_group_use_only_that_groups_family_names(five_hundred: list[DemoPerson]) -> None:
    for person in five_hundred:
        parts = person.full_name.split()
        assert 2 <= len(parts) <= 4, person.full_name
        assert parts[0] in FAMILY_NAMES[person.ethnicity], (person.ethnicity, person.full_name)


def test_women_and_men_use_the_right_middle_names(five_hundred: list[DemoPerson]) -> None:
    for person in five_hundred:
        parts = person.full_name.split()
        if person.sex == "male":
            assert "Thị" not in parts, person.full_name
        elif len(parts) >= 3:
            assert parts[1] == "Thị", person.full_name


def test_other_fields_look_right(five_hundred: list[DemoPerson]) -> None:
    for person in five_hundred:
        assert person.sex in {"male", "female"}
        assert 1945 <= person.birth_date.year <= 2002
        assert re.fullmatch(r"0(3[2-9]|8[1-9]|9\d)\d{7}", person.phone), person.phone
        assert person.religion in {"Không", "Phật giáo", "Công giáo", "Tin Lành"}
        assert person.residence.startswith("Thôn ") and person.residence.endswith(f", xã {COMMUNE}")
        assert re.fullmatch(r"(Xã|Phường) .+, tỉnh .+", person.home_town), person.home_town
        assert person.occupation
    religions = Counter(p.religion for p in five_hundred)
    assert religions["Không"] > 400


def test_make_person_honours_sex_and_birth_year_range_and_rejects_nonsense() -> None:
    rng = random.Random(9)
    for _ in range(50):
        person = make_person(rng, sex="female", birth_year_range=(1990, 1991))
        assert person.sex == "female"
        assert person.birth_date.year in (1990, 1991)
    with pytest.raises(ValueError):
        make_person(rng, sex="other")
    with pytest.raises(ValueError):
        make_person(rng, birth_year_range=(2000, 1990))


def test_meeting_topics_are_at_least_four_distinct_and_follow_the_year() -> None:
    for seed in range(30):
        topics = meeting_topics(random.Random(seed), 2026)
        assert len(topics) >= 4
        assert len(set(topics)) == len(topics)
        assert not any("{" in t for t in topics)
        assert topics[0].startswith("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    assert any("2025–2030" in t for seed in range(200) for t in meeting_topics(random.Random(seed), 2027))


def test_speech_summaries_and_tasks_are_plentiful_distinct_and_sentences() -> None:
    speeches = speech_summaries()
    tasks = task_descriptions()
    assert len(speeches) >= 30 and len(set(speeches)) == len(speeches)
    assert len(tasks) >= 20 and len(set(tasks)) == len(tasks)
    assert all(s.endswith(".") and s[0].isupper() for s in speeches)
    assert all(t[0].isupper() and not t.endswith(".") for t in tasks)


def test_the_demo_commune_constants_fit_together() -> None:
    assert COMMUNE == "Xín Mần"
    assert PROVINCE == "Tuyên Quang"
    assert len(set(VILLAGES)) == len(VILLAGES) >= 5
    assert CELL_NAME.removeprefix("Chi bộ thôn ") == VILLAGES[0]
    assert COMMITTEE_NAME == "Đảng bộ xã Xín Mần"


def test_two_thousand_unique_people_can_be_made_for_a_whole_commune_committee() -> None:
    people = make_people(random.Random(2030), 2000)
    assert len({p.full_name for p in people}) == 2000


def test_only_men_of_militia_age_are_standing_militia(five_hundred: list[DemoPerson]) -> None:
    for person in five_hundred:
        if person.occupation == "Dân quân thường trực":
            assert person.sex == "male" and 2025 - person.birth_date.year <= 45, person
