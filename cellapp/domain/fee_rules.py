"""Party-fee rule tables as dated data (docs/party-rules.md §6): fee categories, areas and wage regions, exemption
and reduction reasons, and the reference tables — rule sets, rates, regional minimum wages, the
retirement-age schedule — with how the table in force for a month is chosen.

A rule set names the regulation in force over a range of days (342-QĐ/TW before 02/2026, 01-QĐ/TW from
01/02/2026) and what it allows (seniority exemption, reduction percentages, at most how many months);
rates say, per category and age band, what a member pays (a share of their own base amount, a share of
the regional minimum wage, or a fixed amount by area). Where two rows cover the same month, the one
starting later wins, then a committee row over a built-in one. Percentages are basis points (1 % = 100).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.retirement import RetirementAge, retirement_month

BUILTIN_OWNER = "00000000-0000-0000-0000-000000000000"
"""Owner of the reference rows shipped with CellApp; rows from the committee carry its unit instead."""


class FeeCategory(StrEnum):
    INSURED = "insured"  # đóng BHXH bắt buộc: cán bộ, công chức, viên chức, lực lượng vũ trang, doanh nghiệp
    INSURED_BENEFIT = "insured_benefit"  # nghỉ ốm đau, thai sản hưởng trợ cấp BHXH
    PENSIONER = "pensioner"  # hưởng lương hưu
    STUDENT = "student"  # học sinh, sinh viên
    OTHER = "other"  # nông dân, lao động tự do… không đóng BHXH, không hưởng lương hưu

    @property
    def label(self) -> Text:
        return _CATEGORY_LABELS[self]

    @property
    def short_label(self) -> Text:
        return _CATEGORY_SHORT[self]

    @property
    def needs_base_amount(self) -> bool:
        """The member's own wage, benefit or pension is the base of the fee."""
        return self in (FeeCategory.INSURED, FeeCategory.INSURED_BENEFIT, FeeCategory.PENSIONER)


_CATEGORY_LABELS = {
    FeeCategory.INSURED: T(
        "Compulsory social insurance (civil servants, armed forces, employees)",
        "Đóng BHXH bắt buộc (cán bộ, công chức, viên chức, lực lượng vũ trang, người lao động)",
    ),
    FeeCategory.INSURED_BENEFIT: T(
        "On sick or maternity leave paid by social insurance",
        "Nghỉ ốm đau, thai sản hưởng trợ cấp BHXH",
    ),
    FeeCategory.PENSIONER: T("Pensioner", "Hưởng lương hưu"),
    FeeCategory.STUDENT: T("Student", "Học sinh, sinh viên"),
    FeeCategory.OTHER: T(
        "Other members (farmers, self-employed…)",
        "Đảng viên khác (nông dân, lao động tự do…)",
    ),
}
_CATEGORY_SHORT = {
    FeeCategory.INSURED: T("Insured", "BHXH"),
    FeeCategory.INSURED_BENEFIT: T("Insurance benefit", "Trợ cấp BHXH"),
    FeeCategory.PENSIONER: T("Pension", "Lương hưu"),
    FeeCategory.STUDENT: T("Student", "HS, SV"),
    FeeCategory.OTHER: T("Other", "Khác"),
}


_PENSION_WORDS = ("hưu", "huu")
_STUDENT_WORDS = ("học sinh", "sinh viên", "hoc sinh", "sinh vien")
_INSURED_WORDS = (
    "giáo viên",
    "công chức",
    "viên chức",
    "công an",
    "bộ đội",
    "quân đội",
    "quân nhân",
    "công nhân",
    "nhân viên",
    "bác sĩ",
    "y sĩ",
)


def category_hint(occupation: str | None) -> FeeCategory | None:
    """A likely fee category read from the occupation in the register, for the secretary to confirm.

    Only a suggestion: village health workers or heads of village, for instance, get an allowance
    without compulsory social insurance and so fall under "other".
    """
    if not occupation:
        return None
    text = occupation.casefold()
    if any(word in text for word in _PENSION_WORDS):
        return FeeCategory.PENSIONER
    if any(word in text for word in _STUDENT_WORDS):
        return FeeCategory.STUDENT
    if any(word in text for word in _INSURED_WORDS):
        return FeeCategory.INSURED
    return FeeCategory.OTHER


class AgeBand(StrEnum):
    ANY = "any"
    BELOW_RETIREMENT = "below_retirement"
    RETIREMENT_OR_ABOVE = "retirement_or_above"


class RateBasis(StrEnum):
    PERCENT_OF_BASE = "percent_of_base"  # the member's wage, benefit or pension
    PERCENT_OF_MINIMUM_WAGE = "percent_of_minimum_wage"  # the regional minimum wage where they attend
    FIXED = "fixed"


class FeeArea(StrEnum):
    """Areas of Hướng dẫn 03-HD/VPTW (2016) that set the fixed fee under 342-QĐ/TW."""

    CITY_DISTRICT = "city_district"  # quận nội thành thành phố trực thuộc Trung ương
    TOWN = "town"  # nội thành, nội thị đô thị loại I, II, III
    MOUNTAIN = "mountain"  # miền núi, vùng cao, biên giới, hải đảo (khu vực III)
    OTHER_AREA = "other_area"  # các địa bàn còn lại

    @property
    def label(self) -> Text:
        return _AREA_LABELS[self]


_AREA_LABELS = {
    FeeArea.CITY_DISTRICT: T(
        "Inner district of a centrally-run city", "Quận nội thành thành phố trực thuộc Trung ương"
    ),
    FeeArea.TOWN: T("Inner area of a class I–III town", "Nội thành, nội thị đô thị loại I, II, III"),
    FeeArea.MOUNTAIN: T("Mountain, remote, border or island area", "Miền núi, vùng cao, biên giới, hải đảo"),
    FeeArea.OTHER_AREA: T("Any other area", "Các địa bàn còn lại"),
}

WAGE_REGIONS = (1, 2, 3, 4)
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def roman_region(region: int) -> str:
    return _ROMAN.get(region, str(region))


def region_label(region: int) -> str:
    return f"vùng {roman_region(region)}"


class ReliefReason(StrEnum):
    SOCIAL_PENSION = "social_pension"  # hưởng trợ cấp hưu trí xã hội: miễn
    SPECIAL_HARDSHIP = "special_hardship"  # hộ nghèo, cận nghèo, bệnh hiểm nghèo, có đơn: miễn
    HARDSHIP = "hardship"  # khó khăn khác: miễn hoặc giảm 30/50/70 %

    @property
    def label(self) -> Text:
        return _REASON_LABELS[self]

    @property
    def exemption_only(self) -> bool:
        return self is not ReliefReason.HARDSHIP


_REASON_LABELS = {
    ReliefReason.SOCIAL_PENSION: T("Receives the social pension allowance", "Hưởng trợ cấp hưu trí xã hội"),
    ReliefReason.SPECIAL_HARDSHIP: T(
        "Special hardship (poor or near-poor household, serious illness)",
        "Hoàn cảnh đặc biệt khó khăn (hộ nghèo, cận nghèo, bệnh hiểm nghèo)",
    ),
    ReliefReason.HARDSHIP: T("Other hardship", "Hoàn cảnh khó khăn khác"),
}


class PaymentChannel(StrEnum):
    CASH = "cash"  # nộp tiền mặt trực tiếp cho chi bộ
    PORTAL = "portal"  # nộp qua Cổng Dịch vụ công quốc gia

    @property
    def label(self) -> Text:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    PaymentChannel.CASH: T("Cash to the cell", "Tiền mặt tại chi bộ"),
    PaymentChannel.PORTAL: T("National public service portal", "Cổng Dịch vụ công quốc gia"),
}


class ExemptionCause(StrEnum):
    SENIORITY = "seniority"
    RELIEF = "relief"


# --------------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeRuleSet:
    """A regulation and what it allows, in force from `valid_from` to `valid_to` (both days included)."""

    regulation: str
    title: str
    valid_from: date
    valid_to: date | None
    seniority_exempt_years: int | None
    max_relief_months: int
    reduction_percents: tuple[int, ...]
    builtin: bool = True

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class FeeRate:
    regulation: str
    category: FeeCategory
    age_band: AgeBand
    basis: RateBasis
    valid_from: date
    valid_to: date | None
    rate_bp: int | None = None  # basis points: 30 = 0,3 %
    amount: int | None = None  # whole đồng, for FIXED
    area: FeeArea | None = None  # only for amounts that depend on the area
    builtin: bool = True

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class MinimumWage:
    region: int
    amount: int
    valid_from: date
    valid_to: date | None
    decree: str
    builtin: bool = True

    def covers(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True)
class MonthRules:
    """What is in force for one month: the rule set, its rates, the minimum wages, retirement ages."""

    month: Month
    rule_set: FeeRuleSet
    rates: tuple[FeeRate, ...]
    minimum_wages: dict[int, MinimumWage]
    retirement_ages: tuple[RetirementAge, ...]
    # Shared by every month of one FeeRules: a person's retirement month does not depend on the month.
    _retirement: dict[tuple[date, Sex], Month | None] = field(default_factory=dict, compare=False, repr=False)
    _standard: dict[tuple[object, ...], tuple[int, Text, Text]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def is_past_retirement_age(self, birth_date: date | None, sex: Sex) -> bool:
        """True from the month after the one in which the member reached retirement age."""
        if birth_date is None:
            return False
        key = (birth_date, sex)
        if key not in self._retirement:
            self._retirement[key] = retirement_month(birth_date, sex, self.retirement_ages)
        reached = self._retirement[key]
        return reached is not None and reached < self.month


class NoRulesError(LookupError):
    """No rule set, rate or minimum wage covers a month; `message` says which, for a person."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.en)
        self.message = message


def _prefer(candidates: Sequence[FeeRuleSet | FeeRate | MinimumWage]) -> int:
    """Index of the row that wins: the latest start, then a committee row over a built-in one."""
    ranked = sorted(
        range(len(candidates)),
        key=lambda i: (candidates[i].valid_from, not candidates[i].builtin),
    )
    return ranked[-1]


@dataclass(frozen=True)
class FeeRules:
    """Every dated rule table the workspace holds (built in, or sent by the committee)."""

    rule_sets: tuple[FeeRuleSet, ...]
    rates: tuple[FeeRate, ...]
    minimum_wages: tuple[MinimumWage, ...]
    retirement_ages: tuple[RetirementAge, ...]
    _cache: dict[Month, MonthRules] = field(default_factory=dict, compare=False, repr=False)
    _retirement: dict[tuple[date, Sex], Month | None] = field(default_factory=dict, compare=False, repr=False)

    def rule_set_for(self, month: Month) -> FeeRuleSet:
        day = month.first_day
        candidates = [rs for rs in self.rule_sets if rs.covers(day)]
        if not candidates:
            raise NoRulesError(
                T(
                    "No party-fee regulation covers {month}; the committee can send the rule tables.",
                    "Chưa có quy định đảng phí áp dụng cho tháng {month}; cấp ủy cấp trên có thể gửi bảng quy định.",
                    month=month.label,
                )
            )
        return candidates[_prefer(candidates)]

    def in_force(self, month: Month) -> MonthRules:
        cached = self._cache.get(month)
        if cached is not None:
            return cached
        rule_set = self.rule_set_for(month)
        day = month.first_day
        rates = tuple(r for r in self.rates if r.regulation == rule_set.regulation and r.covers(day))
        wages: dict[int, MinimumWage] = {}
        for region in {w.region for w in self.minimum_wages}:
            candidates = [w for w in self.minimum_wages if w.region == region and w.covers(day)]
            if candidates:
                wages[region] = candidates[_prefer(candidates)]
        rules = MonthRules(month, rule_set, rates, wages, self.retirement_ages, self._retirement)
        self._cache[month] = rules
        return rules
