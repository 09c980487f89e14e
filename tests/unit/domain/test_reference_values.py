"""Reference values by kind: what a minimum wage, a fee table line and a list addition must be, how a
percentage is typed, and how a cell reads them back into its rules."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_rules import AgeBand, FeeArea, FeeCategory, RateBasis
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_lists import BUILTIN_LISTS, RegisterList, RegisterLists
from cellapp.domain.reference_values import (
    RateLine,
    check_names,
    check_rate,
    check_reference,
    check_wage,
    decree_number,
    parse_percent,
    read_rate,
    read_wage,
    value_text,
)


@pytest.mark.parametrize(("typed", "basis_points"), [("0,3", 30), ("0.35 %", 35), ("1", 100), ("2,5%", 250)])
def test_a_percentage_is_read_the_vietnamese_way_or_with_a_point(typed: str, basis_points: int) -> None:
    assert parse_percent(typed) == basis_points


@pytest.mark.parametrize("typed", ["", "0,305", "ba phần trăm", "-1"])
def test_a_percentage_that_cannot_be_read_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError, match="ví dụ 0,3"):
        parse_percent(typed)


def test_a_minimum_wage_names_its_region_and_a_plausible_amount() -> None:
    assert check_wage(4, 3_700_000) == ("IV", {"amount": 3_700_000})
    with pytest.raises(ValidationError, match="vùng I, II, III hoặc IV"):
        check_wage(5, 3_700_000)
    with pytest.raises(ValidationError, match=r"không phải 370\.000 đ"):
        check_wage(4, 370_000)
    assert check_reference(ReferenceKind.MINIMUM_WAGE, "4", 3_700_000) == ("IV", {"amount": 3_700_000})


def test_a_fee_line_keeps_only_what_its_basis_uses() -> None:
    line = RateLine("01-QĐ/TW", FeeCategory.STUDENT, AgeBand.ANY, RateBasis.FIXED, rate_bp=30, amount=5_000)
    key, value = check_rate(line)
    assert key == "01-QĐ/TW:student:any"
    assert value["rate_bp"] is None and value["amount"] == 5_000
    with pytest.raises(ValidationError, match="Chỉ mức đóng cố định"):
        check_rate(
            RateLine(
                "01-QĐ/TW",
                FeeCategory.OTHER,
                AgeBand.ANY,
                RateBasis.PERCENT_OF_MINIMUM_WAGE,
                rate_bp=30,
                area=FeeArea.TOWN,
            )
        )
    with pytest.raises(ValidationError, match="không đóng theo tỷ lệ % tiền lương"):
        check_rate(
            RateLine("01-QĐ/TW", FeeCategory.STUDENT, AgeBand.ANY, RateBasis.PERCENT_OF_BASE, rate_bp=30)
        )


def test_names_added_to_a_list_are_new_tidy_and_once_each() -> None:
    assert check_names(RegisterList.EDUCATION_LEVELS, ["  10/10 ", "", "7/10"]) == (
        "education_levels",
        ["10/10", "7/10"],
    )
    with pytest.raises(
        ValidationError, match="'Thiên Chúa giáo' đã có trong danh mục của CellApp \\(Công giáo\\)"
    ):
        check_names(RegisterList.RELIGIONS, ["Thiên Chúa giáo"])
    with pytest.raises(ValidationError, match="bị ghi hai lần"):
        check_names(RegisterList.EDUCATION_LEVELS, ["10/10", "10 / 10"])


def test_the_register_matches_a_committee_name_like_a_built_in_one() -> None:
    lists = RegisterLists({RegisterList.THEORY_LEVELS: ("Sơ cấp (bồi dưỡng)",)})
    assert lists.match(RegisterList.THEORY_LEVELS, "so cap (boi duong)") == "Sơ cấp (bồi dưỡng)"
    assert lists.match(RegisterList.THEORY_LEVELS, "trung cap") == "Trung cấp"
    assert BUILTIN_LISTS.match(RegisterList.THEORY_LEVELS, "so cap (boi duong)") is None


def test_a_cell_reads_the_committees_entries_as_committee_rules_and_skips_broken_ones() -> None:
    wage = read_wage("IV", {"amount": 4_000_000}, date(2027, 1, 1), "Nghị định 300/2026/NĐ-CP")
    assert wage is not None and (wage.region, wage.decree, wage.builtin) == (4, "300/2026/NĐ-CP", False)
    assert read_wage("IV", {"amount": "nhiều"}, date(2027, 1, 1), "") is None
    assert read_rate({"regulation": "01-QĐ/TW", "category": "nobody"}, date(2027, 1, 1)) is None
    assert decree_number("293/2025/NĐ-CP") == "293/2025/NĐ-CP"


def test_values_read_in_words() -> None:
    assert (
        value_text(ReferenceKind.ENUMERATION, "religions", ["Đạo Ông Trần"]).render("vi")
        == "thêm Đạo Ông Trần"
    )
    assert (
        value_text(ReferenceKind.ENUMERATION, "religions", ["Đạo Ông Trần"]).render("en")
        == "adds Đạo Ông Trần"
    )
    assert value_text(ReferenceKind.MINIMUM_WAGE, "IV", 3_700_000).render("vi") == "3.700.000 đ"
