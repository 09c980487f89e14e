"""Vietnamese text rules: folding for search, member-list order, dates and money as people write them."""

from __future__ import annotations

import datetime
import itertools
import random
import unicodedata

import pytest
from hypothesis import given, strategies as st

from cellapp.domain.vietnamese import (
    InvalidDateError,
    InvalidMoneyError,
    fold,
    format_date,
    format_long_date,
    format_money,
    letter_key,
    matches,
    name_sort_key,
    nfc,
    parse_date,
    parse_money,
)

# Written out by hand rather than derived from the module, so a wrong table there cannot hide here.
VIETNAMESE_LOWER = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


vietnamese_words = st.text(alphabet=VIETNAMESE_LETTERS, min_size=1, max_size=8)
vietnamese_text = st.text(alphabet=VIETNAMESE_LETTERS + " \t\u00a0", max_size=30)
vietnamese_names = st.lists(vietnamese_words, min_size=1, max_size=4).map(" ".join)
# Arbitrary Unicode as well, so odd pasted text cannot break the guarantees either.
any_text = st.text(max_size=20)


def test_the_hand_written_alphabet_has_every_vietnamese_letter_once() -> None:
    assert len(VIETNAMESE_LOWER) == 89
    assert len(set(VIETNAMESE_LOWER)) == 89
    assert unicodedata.normalize("NFC", VIETNAMESE_LOWER) == VIETNAMESE_LOWER


# --- nfc -------------------------------------------------------------------------------------------


def test_nfc_composes_decomposed_text_and_collapses_whitespace() -> None:
    assert nfc(nfd("  Giàng \t Seo\u00a0Phử \n")) == "Giàng Seo Phử"
    assert nfc(nfd("Giàng Seo Phử")) == "Giàng Seo Phử"


def test_nfc_turns_blank_text_into_an_empty_string() -> None:
    assert nfc(" \t\n\u00a0") == ""


@given(any_text)
def test_nfc_is_idempotent(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)


# --- fold and matches ------------------------------------------------------------------------------


def test_folding_ignores_diacritics_and_d_stroke() -> None:
    expected = fold("nguyen van duc")
    assert expected == "nguyen van duc"
    assert fold("Nguyễn Văn Đức") == expected
    assert fold(nfd("NGUYỄN VĂN ĐỨC")) == expected


def test_folding_reduces_every_vietnamese_letter_to_its_ascii_base() -> None:
    expected = "a" * 18 + "bcdd" + "e" * 12 + "gh" + "i" * 6 + "klmn" + "o" * 18 + "pqrst" + "u" * 12 + "vx"
    assert fold(VIETNAMESE_LOWER) == expected + "y" * 6
    assert fold(VIETNAMESE_LOWER.upper()) == expected + "y" * 6


def test_folding_collapses_whitespace_of_any_kind() -> None:
    assert fold("  Lù\tVăn\u00a0\u00a0Pao\n") == "lu van pao"


def test_folding_treats_old_and_new_tone_placement_alike() -> None:
    assert fold("Thủy") == fold("Thuỷ") == "thuy"
    assert fold("Hòa") == fold("Hoà") == "hoa"


@given(any_text)
def test_folding_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_folding_vietnamese_text_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_folding_does_not_care_whether_input_is_composed_or_decomposed(text: str) -> None:
    assert fold(nfd(text)) == fold(unicodedata.normalize("NFC", text))


@given(vietnamese_text)
def test_folding_vietnamese_does_not_care_about_composition(text: str) -> None:
    assert fold(nfd(text)) == fold(unicodedata.normalize("NFC", text)) == fold(text)


@given(vietnamese_text)
def test_folding_ignores_case_of_vietnamese_letters(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


@given(vietnamese_text)
def test_folded_vietnamese_is_plain_lowercase_ascii(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert "  " not in folded
    assert folded == folded.strip()


def test_folding_lowercases_text_outside_vietnamese_too() -> None:
    assert fold("Müller ÇELİK Straße") == "muller celik strasse"


def test_matching_needs_every_query_word_somewhere_in_the_haystacks() -> None:
    assert matches("van an", "Nguyễn Văn An")
    assert matches("AN NGUYEN", "Nguyễn Văn An")
    assert matches("ngu an", "Nguyễn Văn An")
    assert not matches("van binh", "Nguyễn Văn An")
    assert matches("duc", "Đặng Văn Đức")
    assert matches(nfd("Đức"), "Dang Van Duc")


def test_matching_looks_across_all_haystacks_joined_by_spaces() -> None:
    assert matches("pao xin", "Lù Văn Pao", "Xín Mần")
    assert not matches("pao xin", "Lù Văn Pao")
    assert not matches("paoxin", "Lù Văn Pao", "Xín Mần")


def test_an_empty_query_matches_everything() -> None:
    assert matches("", "Nguyễn Văn An")
    assert matches("   ", "Nguyễn Văn An")
    assert matches("")
    assert not matches("an")


@given(vietnamese_names)
def test_a_name_always_finds_itself_whatever_the_case_or_composition(name: str) -> None:
    assert matches(name, name)
    assert matches(nfd(name.upper()), name)
    assert matches(name.lower(), nfd(name))


# --- letter_key ------------------------------------------------------------------------------------


def _strictly_increasing(words: list[str]) -> bool:
    keys = [letter_key(word) for word in words]
    return all(a < b for a, b in itertools.pairwise(keys))


def test_letters_follow_the_vietnamese_alphabet_with_foreign_letters_in_latin_places() -> None:
    alphabet = list("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
    assert _strictly_increasing(alphabet)
    assert _strictly_increasing([letter.upper() for letter in alphabet])


def test_tones_rank_none_grave_hook_tilde_acute_dot_and_all_come_before_the_next_letter() -> None:
    assert _strictly_increasing(["a", "à", "ả", "ã", "á", "ạ", "ă"])
    assert _strictly_increasing(["ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "ầ", "ẩ", "ẫ", "ấ", "ậ", "b"])
    assert _strictly_increasing(["ư", "ừ", "ử", "ữ", "ứ", "ự", "v"])
    assert _strictly_increasing(["y", "ỳ", "ỷ", "ỹ", "ý", "ỵ", "z"])


def test_base_letters_outrank_tones_across_the_whole_word() -> None:
    assert _strictly_increasing(["an", "ăn", "ân"])
    assert _strictly_increasing(["ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bàn"])
    # The tone on the first letter does not matter while a later base letter differs.
    assert letter_key("ạc") < letter_key("an")


def test_d_stroke_sorts_after_every_d_word_and_horned_o_after_o_circumflex() -> None:
    assert _strictly_increasing(["Dính", "Dung", "Dũng", "Đa", "Đức"])
    assert _strictly_increasing(["Ong", "Ốc", "Ơn"])
    assert _strictly_increasing(["Út", "Ưng", "Vân"])


def test_case_only_breaks_ties_after_letters_and_tones() -> None:
    assert _strictly_increasing(["ba", "Ba", "BA", "bà", "Bà"])
    # Everything but the last tier (one case bit per letter) is the same.
    assert letter_key("Ánh")[:-3] == letter_key("ánh")[:-3]
    assert letter_key("Ánh")[-3:] != letter_key("ánh")[-3:]


def test_old_and_new_tone_placement_rank_the_same() -> None:
    assert letter_key("Thủy") == letter_key("Thuỷ")
    assert letter_key("hòa") == letter_key("hoà")


def test_letter_key_reads_decomposed_words_like_precomposed_ones() -> None:
    for word in ["Phử", "Mỷ", "Ơn", "Ưng", "Đức", "Nguyễn"]:
        assert letter_key(nfd(word)) == letter_key(word)


TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # huyền hỏi ngã sắc nặng
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"


def reference_key(word: str) -> tuple[list[int], list[int], list[int]]:
    """The ordering rule restated independently: base letters, then tones in order, then case."""
    decomposed = nfd(word)
    tones = [TONE_MARKS.index(ch) + 1 for ch in decomposed if ch in TONE_MARKS]
    bases = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return (
        [ALPHABET.index(ch) for ch in bases.lower()],
        tones,
        [1 if ch.isupper() else 0 for ch in bases],
    )


@given(vietnamese_words, vietnamese_words)
def test_letter_key_orders_words_as_the_rule_says(a: str, b: str) -> None:
    assert (letter_key(a) < letter_key(b)) == (reference_key(a) < reference_key(b))
    assert (letter_key(a) == letter_key(b)) == (reference_key(a) == reference_key(b))


@given(vietnamese_words)
def test_letter_key_reads_every_spelling_of_a_word_alike(word: str) -> None:
    assert letter_key(nfd(word)) == letter_key(word)
    assert letter_key(f" {word} ") == letter_key(word)


# --- name_sort_key ---------------------------------------------------------------------------------

MEMBER_LIST_IN_ORDER = [
    "Hoàng An",  # no middle name comes before any middle name
    "Lê Thị An",
    "Nguyễn Văn An",
    "Trần Văn An",  # same given and middle names: the family name decides
    "Hoàng Thị Ánh",  # An is a prefix of Ánh, so every An comes first
    "Vàng A Dính",
    "Lò Văn Dung",
    "Đặng Văn Đức",  # đ after every d
    "Vàng Thị Mai",
    "Vàng Thị Mái",
    "Vàng Thị Mại",
    "Sùng Thị Mỷ",
    "Lò Thị Ơn",
    "Lù Văn Pao",
    "Giàng A Phử",  # A before Seo
    "Giàng Seo Phử",
    "Nguyễn Thị Minh Út",  # several middle names compare in order: Minh before Thu
    "Nguyễn Thị Thu Út",
    "Ma Văn Ưng",  # ư after u
]


def test_member_list_orders_by_given_name_then_middle_then_family() -> None:
    shuffled = MEMBER_LIST_IN_ORDER[:]
    random.Random(1975).shuffle(shuffled)
    assert sorted(shuffled, key=name_sort_key) == MEMBER_LIST_IN_ORDER


def test_member_list_order_is_the_same_for_decomposed_and_untidy_input() -> None:
    untidy = {nfd(f"  {name.replace(' ', '   ')} "): name for name in MEMBER_LIST_IN_ORDER}
    shuffled = list(untidy)
    random.Random(2).shuffle(shuffled)
    assert [untidy[name] for name in sorted(shuffled, key=name_sort_key)] == MEMBER_LIST_IN_ORDER


def test_names_differing_only_in_case_compare_equal_until_the_final_tie_break() -> None:
    upper, title, lower = "NGUYỄN VĂN AN", "Nguyễn Văn An", "nguyễn văn an"
    assert name_sort_key(upper)[:4] == name_sort_key(title)[:4] == name_sort_key(lower)[:4]
    assert sorted([upper, title, lower], key=name_sort_key) == [lower, title, upper]
    assert sorted([upper, "Nguyễn Văn Ánh", lower], key=name_sort_key) == [lower, upper, "Nguyễn Văn Ánh"]


def test_old_and_new_tone_placement_sort_together() -> None:
    names = ["Lò Thị Thuỷ", "Lò Thị Thủy", "Lò Thị Thuý", "Lò Thị Thúy", "Lò Thị Thụy"]
    keys = [name_sort_key(name) for name in names]
    assert keys[0][:3] == keys[1][:3]
    assert keys[2][:3] == keys[3][:3]
    ordered = sorted(names, key=name_sort_key)
    assert set(ordered[:2]) == {"Lò Thị Thuỷ", "Lò Thị Thủy"}  # hỏi
    assert set(ordered[2:4]) == {"Lò Thị Thuý", "Lò Thị Thúy"}  # sắc
    assert ordered[4] == "Lò Thị Thụy"  # nặng


def test_single_word_and_empty_names_have_keys() -> None:
    assert sorted(["Pao", "An", "Lù Văn Pao", "", "Hoàng An"], key=name_sort_key) == [
        "",
        "An",
        "Hoàng An",
        "Pao",
        "Lù Văn Pao",
    ]


def test_family_name_is_the_last_thing_compared_among_the_words() -> None:
    # Family name A-first would put Âu first; given name decides instead.
    assert sorted(["Âu Văn Bình", "Ông Văn An"], key=name_sort_key) == ["Ông Văn An", "Âu Văn Bình"]


@given(st.one_of(vietnamese_names, any_text), st.one_of(vietnamese_names, any_text))
def test_sort_key_is_a_total_order_consistent_with_casefolded_nfc(a: str, b: str) -> None:
    key_a, key_b = name_sort_key(a), name_sort_key(b)
    assert (key_a == key_b) == (nfc(a) == nfc(b))
    assert (key_a[:4] == key_b[:4]) == (nfc(a).casefold() == nfc(b).casefold())
    assert (key_a < key_b) + (key_a == key_b) + (key_a > key_b) == 1


@given(vietnamese_names, vietnamese_names)
def test_casefold_equal_names_get_equal_keys_apart_from_the_tie_break(a: str, b: str) -> None:
    assert name_sort_key(a.upper())[:4] == name_sort_key(a.lower())[:4]
    if nfc(a).casefold() != nfc(b).casefold():
        assert name_sort_key(a)[:4] != name_sort_key(b)[:4]


@given(st.lists(vietnamese_names, max_size=15))
def test_sorting_is_invariant_under_decomposed_input(names: list[str]) -> None:
    composed = sorted(names, key=name_sort_key)
    decomposed = sorted((nfd(name) for name in names), key=name_sort_key)
    assert [unicodedata.normalize("NFC", name) for name in decomposed] == composed


@given(st.lists(st.one_of(vietnamese_names, any_text), max_size=15), st.randoms())
def test_sorting_does_not_depend_on_the_input_order(names: list[str], rng: random.Random) -> None:
    shuffled = names[:]
    rng.shuffle(shuffled)
    assert [nfc(n) for n in sorted(shuffled, key=name_sort_key)] == [
        nfc(n) for n in sorted(names, key=name_sort_key)
    ]


# --- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["05/09/1975", "5/9/1975", "05-09-1975", "5-9-1975", "05.09.1975", "  05/09/1975 ", "\t5.9.1975\n"],
)
def test_dates_are_read_day_first_in_the_usual_shapes(text: str) -> None:
    assert parse_date(text) == datetime.date(1975, 9, 5)


def test_the_edges_of_the_accepted_years_are_dates() -> None:
    assert parse_date("01/01/1900") == datetime.date(1900, 1, 1)
    assert parse_date("31/12/2100") == datetime.date(2100, 12, 31)


def test_leap_days_exist_only_in_leap_years() -> None:
    assert parse_date("29/02/2000") == datetime.date(2000, 2, 29)
    assert parse_date("29/2/2024") == datetime.date(2024, 2, 29)
    for text in ["29/02/1900", "29/02/2100", "29/02/2026"]:
        with pytest.raises(InvalidDateError):
            parse_date(text)


def test_impossible_dates_are_rejected_with_a_message_in_both_languages() -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_date("31/02/2026")
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.args[0] == "31/02/2026"
    assert error.text == "31/02/2026"
    assert error.reason_vi == "Ngày 31/02/2026 không tồn tại."
    assert error.reason_en == "31/02/2026 is not a real date."


@pytest.mark.parametrize("text", ["31/2/2026", "0/1/2000", "1/13/2000", "32.01.2000", "00-00-2000"])
def test_days_and_months_that_do_not_exist_are_rejected(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    assert caught.value.text == text
    assert "không tồn tại" in caught.value.reason_vi


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "05/09/75",
        "5/9/75",
        "1975-09-05",
        "1975/09/05",
        "05/09-1975",
        "05 09 1975",
        "05/09/01975",
        "005/09/1975",
        "5 tháng 9 năm 1975",
        "ngày 05/09/1975",
        "05/09/1975 10:00",
        "٠٥/٠٩/١٩٧٥",
        "０５/０９/１９７５",
    ],
)
def test_dates_of_the_wrong_shape_are_rejected(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    error = caught.value
    assert error.args[0] == text
    assert error.text == text
    assert error.reason_vi == "Ngày phải có dạng ngày/tháng/năm, ví dụ 05/09/1975."
    assert error.reason_en == "Dates are written day/month/year, e.g. 05/09/1975."


@pytest.mark.parametrize("text", ["31/12/1899", "01/01/2101", "01/01/0001", "01/01/9999"])
def test_years_outside_1900_to_2100_are_rejected(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    assert caught.value.text == text
    assert "1900" in caught.value.reason_vi
    assert "2100" in caught.value.reason_en


def test_format_date_pads_day_and_month() -> None:
    assert format_date(datetime.date(1975, 9, 5)) == "05/09/1975"
    assert format_date(datetime.date(2026, 12, 31)) == "31/12/2026"


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_every_formatted_date_reads_back_as_itself(d: datetime.date) -> None:
    assert parse_date(format_date(d)) == d


def test_long_date_is_written_like_a_party_document_dateline() -> None:
    assert format_long_date(datetime.date(2026, 9, 5), "Xín Mần") == "Xín Mần, ngày 05 tháng 09 năm 2026"
    assert format_long_date(datetime.date(2026, 12, 25), "Hà Giang") == "Hà Giang, ngày 25 tháng 12 năm 2026"
    assert format_long_date(datetime.date(2026, 9, 5)) == "ngày 05 tháng 09 năm 2026"
    assert format_long_date(datetime.date(2026, 9, 5), "   ") == "ngày 05 tháng 09 năm 2026"
    untidy_place = nfd(" Xín  Mần ")
    assert format_long_date(datetime.date(2026, 9, 5), untidy_place) == "Xín Mần, ngày 05 tháng 09 năm 2026"


# --- money -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "0 đ"),
        (5, "5 đ"),
        (999, "999 đ"),
        (1000, "1.000 đ"),
        (11100, "11.100 đ"),
        (1234567, "1.234.567 đ"),
        (-5000, "-5.000 đ"),
        (-999, "-999 đ"),
    ],
)
def test_money_is_written_with_dots_between_thousands(amount: int, text: str) -> None:
    assert format_money(amount) == text


def test_money_is_written_with_a_plain_space_before_the_dong_sign() -> None:
    assert "\u00a0" not in format_money(1234567)
    assert format_money(1234567).endswith(" đ")


@pytest.mark.parametrize("amount", [True, False, 1.0, 11100.0, "11100", None])
def test_format_money_refuses_anything_but_an_int(amount: object) -> None:
    with pytest.raises(TypeError):
        format_money(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "11.100",
        "11.100 đ",
        "11.100đ",
        "11100",
        "11 100đ",
        "11,100",
        " 11.100 Đ ",
        "11\u00a0100\u00a0đ",
        "11.100 đồng",
        "11.100 VNĐ",
        "11.100 vnd",
        nfd("11.100 đồng"),
    ],
)
def test_money_is_read_with_dots_commas_or_spaces_between_thousands(text: str) -> None:
    assert parse_money(text) == 11100


def test_small_and_large_amounts_are_read() -> None:
    assert parse_money("0") == 0
    assert parse_money("0 đ") == 0
    assert parse_money("1.234.567 đ") == 1234567
    assert parse_money("999.999.999.999.999.999") == 999_999_999_999_999_999


@pytest.mark.parametrize("text", ["-5.000", "-5000 đ", " - 5.000 đ", "\u22125.000"])
def test_negative_amounts_are_rejected_with_their_own_message(text: str) -> None:
    with pytest.raises(InvalidMoneyError) as caught:
        parse_money(text)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.args[0] == text
    assert error.reason_vi == "Số tiền không được âm."
    assert error.reason_en == "The amount cannot be negative."


@pytest.mark.parametrize(
    "text",
    [
        "abc",
        "11.10",
        "1.5",
        "11,5",
        "1.2.3",
        "11.100,00",
        "1234.567",
        "12 đ 3",
        "+5.000",
        "1e5",
        "٥٠٠٠",
        "５０００",
        "5.000 USD",
        "--5",
    ],
)
def test_garbage_amounts_are_rejected(text: str) -> None:
    with pytest.raises(InvalidMoneyError) as caught:
        parse_money(text)
    error = caught.value
    assert error.text == text
    assert error.reason_vi
    assert error.reason_en


@pytest.mark.parametrize("text", ["", "   ", "đ"])
def test_an_empty_amount_is_rejected(text: str) -> None:
    with pytest.raises(InvalidMoneyError):
        parse_money(text)


def test_amounts_too_large_for_storage_are_rejected() -> None:
    with pytest.raises(InvalidMoneyError) as caught:
        parse_money("1" + "000" * 6)
    assert caught.value.reason_vi == "Số tiền quá lớn."
    with pytest.raises(InvalidMoneyError):
        parse_money("9" * 5000)


@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_every_formatted_amount_reads_back_as_itself(amount: int) -> None:
    assert parse_money(format_money(amount)) == amount
    assert parse_money(str(amount)) == amount
