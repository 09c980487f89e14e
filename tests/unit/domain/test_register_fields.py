"""The rules of each field of the register, the reference lists, and the Vietnamese order key."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from hypothesis import given, strategies as st

from cellapp.domain.collation import name_collation_key
from cellapp.domain.errors import ValidationError
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.reference_lists import ETHNICITIES, RELIGIONS, match_ethnicity, match_religion
from cellapp.domain.register_fields import MemberFields, check_member_fields, clean_identifier, clean_phone
from cellapp.domain.vietnamese import name_sort_key

TODAY = date(2026, 11, 23)


def _check(**values: object) -> MemberFields:
    base: dict[str, object] = {"full_name": "Giàng Seo Phử", "sex": Sex.MALE}
    base.update(values)
    return check_member_fields(MemberFields(**base), today=TODAY)  # type: ignore[arg-type]


def _refused(field: str, **values: object) -> str:
    with pytest.raises(ValidationError) as error:
        _check(**values)
    assert error.value.field == field
    return error.value.message.render("vi")


def test_identifiers_keep_their_leading_zeros_and_lose_spaces() -> None:
    assert clean_identifier("001 234 567 890", "citizen_id") == "001234567890"
    assert _check(card_number="000.123.456.789").card_number == "000123456789"


@pytest.mark.parametrize("value", ["12345678901", "1234567890123", "00123456789O"])
def test_an_identifier_with_the_wrong_number_of_digits_is_refused(value: str) -> None:
    message = _refused("citizen_id", citizen_id=value)
    assert "phải gồm đúng 12 chữ số" in message and value in message


def test_phone_numbers_are_read_the_vietnamese_way() -> None:
    assert clean_phone("+84 912 345 678") == "0912345678"
    assert clean_phone("0912.345.678") == "0912345678"
    with pytest.raises(ValidationError, match="không phải số điện thoại"):
        clean_phone("12345")


def test_an_impossible_future_birth_date_is_refused() -> None:
    assert "tương lai" in _refused("birth_date", birth_date=date(2027, 1, 1))


def test_an_official_date_before_admission_is_refused_with_both_dates() -> None:
    message = _refused("official_on", admitted_on=date(2020, 5, 1), official_on=date(2020, 1, 1))
    assert message == "Ngày chính thức không thể trước ngày vào Đảng (01/01/2020 trước 01/05/2020)."


def test_a_ceremony_before_the_admission_decision_is_refused() -> None:
    assert "lễ kết nạp" in _refused("ceremony_on", admitted_on=date(2020, 5, 1), ceremony_on=date(2020, 4, 1))


def test_admission_before_eighteen_is_refused() -> None:
    assert "chưa đủ 18 tuổi" in _refused(
        "admitted_on", birth_date=date(2002, 6, 1), admitted_on=date(2020, 5, 31)
    )
    assert _check(birth_date=date(2002, 6, 1), admitted_on=date(2020, 6, 1)).admitted_on == date(2020, 6, 1)


def test_a_probationary_member_has_no_card_and_no_official_date() -> None:
    assert "chỉ cấp cho đảng viên chính thức" in _refused(
        "card_number", status=MemberStatus.PROBATIONARY, card_number="012345678901"
    )
    assert "chưa có ngày chính thức" in _refused(
        "official_on",
        status=MemberStatus.PROBATIONARY,
        admitted_on=date(2025, 1, 1),
        official_on=date(2026, 1, 2),
    )


def test_names_are_letters_and_spaces_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "  Đặng   Thị Ánh ")
    assert _check(full_name=decomposed).full_name == "Đặng Thị Ánh"
    assert _check(full_name="H'Hen Niê").full_name == "H'Hen Niê"
    assert "không phải họ tên" in _refused("full_name", full_name="Nguyễn Văn 2")
    assert _refused("full_name", full_name="   ") == "Cần nhập họ và tên."


def test_the_54_ethnic_groups_and_the_recognised_religions_are_listed_with_official_names() -> None:
    assert len(ETHNICITIES) == 54 == len(set(ETHNICITIES))
    assert {"Mông", "Dao", "Tày", "Nùng", "Giáy", "Thái", "Kinh", "Ơ Đu"} <= set(ETHNICITIES)
    assert len(RELIGIONS) == 17 and RELIGIONS[0] == "Không"
    assert all(name == unicodedata.normalize("NFC", name) for name in ETHNICITIES + RELIGIONS)


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("H'Mông", "Mông"),
        ("HMONG", "Mông"),
        ("tay", "Tày"),
        ("Khơ-me", "Khmer"),
        ("Gia-rai", "Gia Rai"),
        ("ede", "Ê Đê"),
    ],
)
def test_ethnicities_are_matched_however_they_are_spelled(typed: str, official: str) -> None:
    assert match_ethnicity(typed) == official
    assert _check(ethnicity=typed).ethnicity == official


@pytest.mark.parametrize(
    ("typed", "official"), [("Thiên Chúa giáo", "Công giáo"), ("đạo Phật", "Phật giáo"), ("khong", "Không")]
)
def test_religions_are_matched_however_they_are_spelled(typed: str, official: str) -> None:
    assert match_religion(typed) == official


def test_an_unknown_ethnicity_is_refused_with_examples() -> None:
    assert "không thuộc danh mục 54 dân tộc" in _refused("ethnicity", ethnicity="Mèo Vạc")


REAL_NAMES = [
    "Nguyễn Văn An",
    "Hoàng Thị Ánh",
    "Vàng A Dính",
    "Đặng Văn Đức",
    "Sùng Thị Mỷ",
    "Lù Văn Pao",
    "Giàng Seo Phử",
    "Lò Thị Ơn",
    "Hà Thị Ơn",
    "Triệu Tài Vần",
    "Thào Mí Chứ",
    "Ly Seo Chứ",
    "Bàn Thị Hoà",
    "Bàn Thị Hòa",
    "nguyễn văn an",
    "Hầu A Lử",
]


def test_the_order_key_sorts_real_names_the_vietnamese_way() -> None:
    shuffled = REAL_NAMES[:]
    random.Random(4).shuffle(shuffled)
    assert sorted(shuffled, key=name_collation_key) == sorted(shuffled, key=name_sort_key)
    ordered = sorted(shuffled, key=name_collation_key)
    assert ordered.index("Nguyễn Văn An") < ordered.index("Hoàng Thị Ánh") < ordered.index("Vàng A Dính")
    assert ordered.index("Hà Thị Ơn") < ordered.index("Lò Thị Ơn")  # same given name: family name decides


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ AĐ"


@given(st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=20), min_size=2, max_size=12))
def test_the_order_key_always_agrees_with_the_name_sort_key(names: list[str]) -> None:
    assert sorted(names, key=name_collation_key) == sorted(names, key=name_sort_key)
