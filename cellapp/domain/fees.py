"""Party fees (đảng phí) of one member for one month: the member's category and base amount, exemptions
and reductions, and `assess_month`, a pure function of the rules in force (`fee_rules`) and the member's
facts (category, base amount, birth date, sex, seniority, exemption or reduction).

Money is whole đồng; results are rounded half up to the đồng. The rule-table types are re-exported here
so that callers need one import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from cellapp.domain.fee_rules import (
    BUILTIN_OWNER,
    WAGE_REGIONS,
    AgeBand,
    ExemptionCause,
    FeeArea,
    FeeCategory,
    FeeRate,
    FeeRules,
    FeeRuleSet,
    MinimumWage,
    MonthRules,
    NoRulesError,
    PaymentChannel,
    RateBasis,
    ReliefReason,
    category_hint,
    region_label,
    roman_region,
)
from cellapp.domain.l10n import T, Text
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.seniority import Gap, reaches_years_on
from cellapp.domain.vietnamese import format_money

__all__ = [
    "BUILTIN_OWNER",
    "WAGE_REGIONS",
    "AgeBand",
    "CellFeeSettings",
    "ExemptionCause",
    "FeeArea",
    "FeeCategory",
    "FeeMember",
    "FeeProfile",
    "FeeRate",
    "FeeRelief",
    "FeeRuleSet",
    "FeeRules",
    "MinimumWage",
    "MonthAssessment",
    "MonthRules",
    "NoRulesError",
    "PaymentChannel",
    "RateBasis",
    "ReliefReason",
    "assess_month",
    "category_hint",
    "exempt_by_seniority_from",
    "percent_text",
    "profile_for",
    "region_label",
    "relief_for",
    "round_half_up",
    "standard_amount",
]

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
        region=roman_region(settings.wage_region),
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
