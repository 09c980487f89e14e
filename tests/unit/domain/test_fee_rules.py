"""The amount due for a member and a month under the shipped rule tables, across every rule boundary:
342-QĐ/TW → 01-QĐ/TW (January → February 2026), the 2028 rate rise, the month 50 years of seniority are
reached, retirement age reached mid-year, and a reduction that expires."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.fees import (
    CellFeeSettings,
    ExemptionCause,
    FeeArea,
    FeeCategory,
    FeeMember,
    FeeProfile,
    FeeRelief,
    MinimumWage,
    NoRulesError,
    ReliefReason,
    assess_month,
    category_hint,
    percent_text,
)
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from tests.helpers.fee_rules import builtin_rules

RULES = builtin_rules()
VUNG_IV_MOUNTAIN = CellFeeSettings(wage_region=4, area=FeeArea.MOUNTAIN)

FARMER = FeeMember(Sex.MALE, date(1980, 4, 2), date(2005, 5, 19))
ELDERLY_FARMER = FeeMember(Sex.FEMALE, date(1950, 8, 1), date(1990, 2, 3))
OTHER = FeeProfile(FeeCategory.OTHER, None, Month(2020, 1))


def due(
    month: str,
    member: FeeMember = FARMER,
    profile: FeeProfile | None = OTHER,
    relief: FeeRelief | None = None,
    settings: CellFeeSettings = VUNG_IV_MOUNTAIN,
    rules=RULES,  # type: ignore[no-untyped-def]
) -> int:
    return assess_month(rules.in_force(Month.parse(month)), member, profile, relief, settings).due


@pytest.mark.parametrize(
    ("month", "member", "profile", "expected"),
    [
        # January 2026 is still 342-QĐ/TW: fixed amounts for a mountain area, halved past working age.
        ("2026-01", FARMER, OTHER, 4_000),
        ("2026-01", ELDERLY_FARMER, OTHER, 2_000),
        ("2026-01", FARMER, FeeProfile(FeeCategory.STUDENT, None, Month(2020, 1)), 4_000),
        ("2026-01", FARMER, FeeProfile(FeeCategory.INSURED, 6_540_000, Month(2020, 1)), 65_400),
        ("2026-01", ELDERLY_FARMER, FeeProfile(FeeCategory.PENSIONER, 4_120_000, Month(2020, 1)), 20_600),
        # February 2026: 01-QĐ/TW, 0,3 % / 0,2 % of the region IV minimum wage 3.700.000 đ.
        ("2026-02", FARMER, OTHER, 11_100),
        ("2026-02", ELDERLY_FARMER, OTHER, 7_400),
        ("2026-02", FARMER, FeeProfile(FeeCategory.STUDENT, None, Month(2020, 1)), 5_000),
        ("2026-02", FARMER, FeeProfile(FeeCategory.INSURED, 6_540_000, Month(2020, 1)), 65_400),
        ("2026-02", FARMER, FeeProfile(FeeCategory.INSURED_BENEFIT, 3_900_000, Month(2020, 1)), 39_000),
        ("2026-02", ELDERLY_FARMER, FeeProfile(FeeCategory.PENSIONER, 4_120_000, Month(2020, 1)), 20_600),
        # December 2027 → January 2028: 0,5 % and 0,3 %.
        ("2027-12", FARMER, OTHER, 11_100),
        ("2028-01", FARMER, OTHER, 18_500),
        ("2027-12", ELDERLY_FARMER, OTHER, 7_400),
        ("2028-01", ELDERLY_FARMER, OTHER, 11_100),
        ("2028-01", FARMER, FeeProfile(FeeCategory.STUDENT, None, Month(2020, 1)), 5_000),
    ],
)
def test_the_amount_due_across_the_regulation_boundaries(
    month: str, member: FeeMember, profile: FeeProfile, expected: int
) -> None:
    assert due(month, member, profile) == expected


def test_a_member_with_no_declared_category_is_assessed_as_other_and_marked() -> None:
    assessment = assess_month(RULES.in_force(Month(2026, 5)), FARMER, None, None, VUNG_IV_MOUNTAIN)
    assert (assessment.due, assessment.category, assessment.category_assumed) == (
        11_100,
        FeeCategory.OTHER,
        True,
    )


@pytest.mark.parametrize(("region", "expected"), [(1, 15_930), (2, 14_190), (3, 12_420), (4, 11_100)])
def test_the_cells_wage_region_sets_the_fee_of_members_outside_social_insurance(
    region: int, expected: int
) -> None:
    assert due("2026-06", settings=CellFeeSettings(wage_region=region)) == expected


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (FeeArea.CITY_DISTRICT, 10_000),
        (FeeArea.TOWN, 8_000),
        (FeeArea.MOUNTAIN, 4_000),
        (FeeArea.OTHER_AREA, 6_000),
    ],
)
def test_under_342_the_area_sets_the_fixed_fee(area: FeeArea, expected: int) -> None:
    assert due("2025-11", settings=CellFeeSettings(wage_region=4, area=area)) == expected


@pytest.mark.parametrize(
    ("month", "expected_due", "cause"),
    [
        ("2027-05", 11_100, None),
        ("2027-06", 0, ExemptionCause.SENIORITY),  # 50 years reached on 15/06/2027: exempt from that month
        ("2027-07", 0, ExemptionCause.SENIORITY),
    ],
)
def test_fifty_years_of_seniority_exempts_from_the_month_it_is_reached(
    month: str, expected_due: int, cause: ExemptionCause | None
) -> None:
    veteran = FeeMember(Sex.MALE, date(1966, 12, 1), date(1977, 6, 15))
    assessment = assess_month(RULES.in_force(Month.parse(month)), veteran, OTHER, None, VUNG_IV_MOUNTAIN)
    assert (assessment.due, assessment.exemption) == (expected_due, cause)
    assert assessment.standard == 11_100


def test_342_had_no_seniority_exemption() -> None:
    veteran = FeeMember(Sex.MALE, date(1950, 1, 1), date(1970, 1, 1))
    assert due("2026-01", veteran) == 2_000
    assert due("2026-02", veteran) == 0


@pytest.mark.parametrize(
    ("member", "month", "expected"),
    [
        # A man born 10/1966 reaches 62 (the 2028 retirement age) in 10/2028, retires at its end.
        (FeeMember(Sex.MALE, date(1966, 10, 20), date(2000, 1, 1)), "2028-10", 18_500),
        (FeeMember(Sex.MALE, date(1966, 10, 20), date(2000, 1, 1)), "2028-11", 11_100),
        # A woman born 03/1970 reaches 57 years 4 months (the 2027 age) in 07/2027.
        (FeeMember(Sex.FEMALE, date(1970, 3, 5), date(2000, 1, 1)), "2027-07", 11_100),
        (FeeMember(Sex.FEMALE, date(1970, 3, 5), date(2000, 1, 1)), "2027-08", 7_400),
        # Unknown birth date: the working-age rate, never a guess in the member's favour.
        (FeeMember(Sex.FEMALE, None, date(2000, 1, 1)), "2027-08", 11_100),
    ],
)
def test_retirement_age_reached_mid_year_lowers_the_fee_from_the_next_month(
    member: FeeMember, month: str, expected: int
) -> None:
    assert due(month, member) == expected


@pytest.mark.parametrize(
    ("percent", "month", "expected"),
    [
        (50, "2026-08", 5_550),
        (50, "2026-09", 11_100),  # the reduction ended with 08/2026
        (30, "2026-03", 7_770),
        (70, "2026-03", 3_330),
        (100, "2026-03", 0),
        (100, "2026-02", 11_100),  # before it started
    ],
)
def test_a_reduction_applies_only_within_its_months(percent: int, month: str, expected: int) -> None:
    relief = FeeRelief(ReliefReason.HARDSHIP, percent, Month(2026, 3), Month(2026, 8))
    assert due(month, relief=relief) == expected


def test_amounts_round_half_up_to_the_dong() -> None:
    pension = FeeProfile(FeeCategory.PENSIONER, 4_120_100, Month(2020, 1))
    assert due("2026-04", ELDERLY_FARMER, pension) == 20_601  # 20.600,5
    pension = FeeProfile(FeeCategory.PENSIONER, 4_120_099, Month(2020, 1))
    assert due("2026-04", ELDERLY_FARMER, pension) == 20_600


def test_a_newer_minimum_wage_from_the_committee_applies_from_its_date() -> None:
    newer = MinimumWage(4, 3_900_000, date(2027, 1, 1), None, "giả định", builtin=False)
    rules = builtin_rules(extra_wages=(newer,))
    assert due("2026-12", rules=rules) == 11_100
    assert due("2027-01", rules=rules) == 11_700


def test_months_no_table_covers_are_refused_with_a_reason() -> None:
    with pytest.raises(NoRulesError) as caught:
        RULES.in_force(Month(2010, 5))
    assert "05/2010" in caught.value.message.render("vi")
    with pytest.raises(NoRulesError):
        due("2016-05")  # 342's fixed amounts shipped here start with Hướng dẫn 03-HD/VPTW, 07/2016


def test_the_basis_is_written_the_vietnamese_way() -> None:
    assessment = assess_month(RULES.in_force(Month(2026, 5)), FARMER, OTHER, None, VUNG_IV_MOUNTAIN)
    assert assessment.basis.render("vi") == "0,3% × lương tối thiểu vùng IV 3.700.000 đ"
    assert (percent_text(30), percent_text(100), percent_text(150), percent_text(5)) == (
        "0,3%",
        "1%",
        "1,5%",
        "0,05%",
    )


@pytest.mark.parametrize(
    ("occupation", "category"),
    [
        ("Làm nông nghiệp", FeeCategory.OTHER),
        ("Hưu trí", FeeCategory.PENSIONER),
        ("Bộ đội biên phòng (nghỉ hưu)", FeeCategory.PENSIONER),
        ("Giáo viên trường TH&THCS xã", FeeCategory.INSURED),
        ("Công chức xã", FeeCategory.INSURED),
        ("Cán bộ y tế thôn", FeeCategory.OTHER),
        ("Sinh viên", FeeCategory.STUDENT),
        (None, None),
    ],
)
def test_the_occupation_suggests_a_category(occupation: str | None, category: FeeCategory | None) -> None:
    assert category_hint(occupation) == category
