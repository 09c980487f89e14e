"""Party fees (đảng phí), domain.md §6: categories, the dated rule tables, and the amount due for a month.

Rules are data: a rule set names the regulation in force over a range of months (342-QĐ/TW before
02/2026, 01-QĐ/TW from 01/02/2026) and what it allows (seniority exemption, reductions, at most how many
months); rates say, per category and age band, what a member pays (a share of their own base amount, a
share of the regional minimum wage, or a fixed amount by area); minimum wages are per region and dated;
the retirement-age schedule lives in `retirement`. The cell's built-in tables and any newer ones sent by
the committee arrive here as `FeeRules`; `assess_month` is a pure function of those rules and one
member's facts for one month.

Money is whole đồng. Percentages are held in basis points (1 % = 100) so that 0,3 % stays exact; results
are rounded half up to the đồng.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.retirement import RetirementAge, retirement_month
from cellapp.domain.seniority import Gap, reaches_years_on
from cellapp.domain.vietnamese import format_money

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


def region_label(region: int) -> str:
    return f"vùng {_ROMAN.get(region, str(region))}"


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


# --------------------------------------------------------------------------------------------------
# One member, one month
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeProfile:
    """A member's category and base amount (wage, benefit or pension), from a month on."""

    category: FeeCategory
    base_amount: int | None
    valid_from: Month


@dataclass(frozen=True)
class FeeRelief:
    """An exemption (100 %) or a reduction (30/50/70 %) for the months `first`…`last`."""

    reason: ReliefReason
    percent: int
    first: Month
    last: Month

    def covers(self, month: Month) -> bool:
        return self.first <= month <= self.last

    @property
    def is_exemption(self) -> bool:
        return self.percent >= 100


@dataclass(frozen=True)
class FeeMember:
    """What the fee depends on about the person."""

    sex: Sex
    birth_date: date | None
    admitted_on: date | None
    gaps: tuple[Gap, ...] = ()


@dataclass(frozen=True)
class CellFeeSettings:
    wage_region: int = 4
    area: FeeArea = FeeArea.MOUNTAIN


@dataclass(frozen=True)
class MonthAssessment:
    """The fee of one member for one month. `standard` is before relief; `due` is what must be paid."""

    month: Month
    regulation: str
    category: FeeCategory
    category_assumed: bool
    standard: int
    due: int
    basis: Text
    basis_short: Text
    exemption: ExemptionCause | None = None
    relief_reason: ReliefReason | None = None
    reduction_percent: int = 0
    past_retirement_age: bool = False

    @property
    def relieved(self) -> int:
        """The amount exempted or reduced."""
        return self.standard - self.due


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator to the nearest whole number, halves away from zero (amounts are ≥ 0)."""
    return (2 * numerator + denominator) // (2 * denominator)


def percent_text(rate_bp: int) -> str:
    """0,3 %: a comma as decimal mark, as Vietnamese documents write it."""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}%" if rest == 0 else f"{whole},{rest:02d}".rstrip("0") + "%"


def _pick_rate(rules: MonthRules, category: FeeCategory, band: AgeBand, area: FeeArea) -> FeeRate:
    def fits(rate: FeeRate) -> bool:
        return (
            rate.category is category
            and rate.age_band in (band, AgeBand.ANY)
            and (rate.area is None or rate.area is area)
        )

    candidates = [r for r in rules.rates if fits(r)]
    if not candidates:
        raise NoRulesError(
            T(
                "{regulation} has no rate for '{category}' in {month}.",
                "{regulation} chưa có mức đóng cho đối tượng '{category}' tháng {month}.",
                regulation=rules.rule_set.regulation,
                category=category.label.vi,
                month=rules.month.label,
            )
        )
    # The most specific row wins (an age band over "any", an area over none), then the newest.
    best = max(
        candidates,
        key=lambda r: (r.age_band is not AgeBand.ANY, r.area is not None, r.valid_from, not r.builtin),
    )
    return best


def standard_amount(
    rules: MonthRules, profile: FeeProfile, past_retirement: bool, settings: CellFeeSettings
) -> tuple[int, Text, Text]:
    """The fee before any exemption or reduction, with how it was computed (in full, and short for
    the columns of a printed book whose heading already states the minimum wage)."""
    band = AgeBand.RETIREMENT_OR_ABOVE if past_retirement else AgeBand.BELOW_RETIREMENT
    rate = _pick_rate(rules, profile.category, band, settings.area)
    if rate.basis is RateBasis.FIXED:
        amount = rate.amount or 0
        fixed = T("fixed {amount}", "mức cố định {amount}", amount=format_money(amount))
        return amount, fixed, fixed
    bp = rate.rate_bp or 0
    if rate.basis is RateBasis.PERCENT_OF_BASE:
        base = profile.base_amount or 0
        of_base = T("{rate} of {base}", "{rate} × {base}", rate=percent_text(bp), base=format_money(base))
        return round_half_up(base * bp, 10_000), of_base, of_base
    wage = rules.minimum_wages.get(settings.wage_region)
    if wage is None:
        raise NoRulesError(
            T(
                "No regional minimum wage for region {region} in {month}.",
                "Chưa có lương tối thiểu {region_vi} cho tháng {month}.",
                region=settings.wage_region,
                region_vi=region_label(settings.wage_region),
                month=rules.month.label,
            )
        )
    full = T(
        "{rate} of the region {region} minimum wage {wage}",
        "{rate} × lương tối thiểu {region_vi} {wage}",
        rate=percent_text(bp),
        region=_ROMAN.get(settings.wage_region, str(settings.wage_region)),
        region_vi=region_label(settings.wage_region),
        wage=format_money(wage.amount),
    )
    short = T("{rate} of the minimum wage", "{rate} lương tối thiểu", rate=percent_text(bp))
    return round_half_up(wage.amount * bp, 10_000), full, short


def exempt_by_seniority_from(rules: MonthRules, member: FeeMember) -> Month | None:
    """The first month exempt under the rule set's seniority threshold: the month it is reached."""
    years = rules.rule_set.seniority_exempt_years
    if years is None or member.admitted_on is None:
        return None
    return Month.of(reaches_years_on(member.admitted_on, years, member.gaps))


def assess_month(
    rules: MonthRules,
    member: FeeMember,
    profile: FeeProfile | None,
    relief: FeeRelief | None,
    settings: CellFeeSettings,
) -> MonthAssessment:
    """The fee one member owes for `rules.month`. Raises NoRulesError when the tables do not cover it.

    A member with no recorded category is assessed as "other" (the usual case in a village cell) and
    marked `category_assumed`, so the secretary sees that it still needs declaring.
    """
    month = rules.month
    assumed = profile is None
    profile = profile or FeeProfile(FeeCategory.OTHER, None, month)
    past = rules.is_past_retirement_age(member.birth_date, member.sex)
    key = (profile.category, profile.base_amount, past, settings)
    computed = rules._standard.get(key)
    if computed is None:
        # Most members of a cell share a category and age band: compute each combination once a month.
        computed = rules._standard[key] = standard_amount(rules, profile, past, settings)
    standard, basis, basis_short = computed
    assessment = MonthAssessment(
        month=month,
        regulation=rules.rule_set.regulation,
        category=profile.category,
        category_assumed=assumed,
        standard=standard,
        due=standard,
        basis=basis,
        basis_short=basis_short,
        past_retirement_age=past,
    )
    exempt_from = exempt_by_seniority_from(rules, member)
    if exempt_from is not None and exempt_from <= month:
        return replace(assessment, due=0, exemption=ExemptionCause.SENIORITY)
    if relief is not None and relief.covers(month):
        if relief.is_exemption:
            return replace(assessment, due=0, exemption=ExemptionCause.RELIEF, relief_reason=relief.reason)
        due = round_half_up(standard * (100 - relief.percent), 100)
        return replace(assessment, due=due, relief_reason=relief.reason, reduction_percent=relief.percent)
    return assessment


def profile_for(profiles: Sequence[FeeProfile], month: Month) -> FeeProfile | None:
    """The profile in force in `month`: the latest that started on or before it."""
    applicable = [p for p in profiles if p.valid_from <= month]
    return max(applicable, key=lambda p: p.valid_from) if applicable else None


def relief_for(reliefs: Sequence[FeeRelief], month: Month) -> FeeRelief | None:
    for relief in reliefs:
        if relief.covers(month):
            return relief
    return None
