"""The cell's fee settings (wage region, area under 342-QĐ/TW, the share the cell keeps, where its fee book
starts) and the reference rule tables read from storage into the domain's `FeeRules`.

Settings are local housekeeping (not synced). The rule tables are reference data: built in, or sent by the
committee (as rows of the rule tables, or as dated minimum wages and fee table lines among its reference
values, reference_values.py); nothing here writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.domain.errors import ValidationError
from cellapp.domain.fees import (
    BUILTIN_OWNER,
    WAGE_REGIONS,
    AgeBand,
    CellFeeSettings,
    FeeArea,
    FeeCategory,
    FeeRate,
    FeeRules,
    FeeRuleSet,
    MinimumWage,
    NoRulesError,
    RateBasis,
    region_label,
)
from cellapp.domain.l10n import T
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_values import read_rate, read_wage
from cellapp.domain.retirement import RetirementAge
from cellapp.storage.records import (
    FeeRateRecord,
    FeeRuleSetRecord,
    MinimumWageRecord,
    ReferenceDataRecord,
    RetirementAgeRecord,
    SettingRecord,
    WorkspaceRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork

DEFAULT_CELL_SHARE_PERCENT = 30
"""What a subordinate cell kept under 342-QĐ/TW guidance; 01-QĐ/TW leaves it to the committee above."""

_KEYS = {
    "wage_region": "fees.wage_region",
    "area": "fees.area",
    "cell_share_percent": "fees.cell_share_percent",
    "ledger_start": "fees.ledger_start",
}


@dataclass(frozen=True)
class FeeSettings:
    wage_region: int
    area: FeeArea
    cell_share_percent: int
    ledger_start: Month
    ledger_start_chosen: bool = True  # False while the start is only the default (the creation month)

    @property
    def cell(self) -> CellFeeSettings:
        return CellFeeSettings(wage_region=self.wage_region, area=self.area)

    @property
    def settled_through(self) -> Month:
        """Months up to this one were settled before the fee book was kept here."""
        return self.ledger_start.minus(1)


@dataclass(frozen=True)
class RulesInForce:
    """What applies in a month, for a person to read: the regulation, the minimum wage, the rates."""

    month: Month
    regulation: str
    title: str
    minimum_wage: int | None
    wage_decree: str | None
    region: str
    seniority_exempt_years: int | None
    max_relief_months: int
    reduction_percents: tuple[int, ...]
    from_committee: bool
    minimum_wages: dict[int, int]  # every region's wage that month


def read_fee_settings(session: Session) -> FeeSettings:
    values = {
        row.key: row.value
        for row in session.scalars(select(SettingRecord).where(SettingRecord.key.in_(_KEYS.values())))
    }
    region = values.get(_KEYS["wage_region"])
    area = values.get(_KEYS["area"])
    share = values.get(_KEYS["cell_share_percent"])
    start = values.get(_KEYS["ledger_start"])
    return FeeSettings(
        wage_region=region if isinstance(region, int) and region in WAGE_REGIONS else 4,
        area=FeeArea(area) if area in {a.value for a in FeeArea} else FeeArea.MOUNTAIN,
        cell_share_percent=share if isinstance(share, int) else DEFAULT_CELL_SHARE_PERCENT,
        ledger_start=Month.parse(start) if isinstance(start, str) else _default_ledger_start(session),
        ledger_start_chosen=isinstance(start, str),
    )


def _default_ledger_start(session: Session) -> Month:
    # Until the secretary says otherwise, the book starts in the month the workspace was created: the
    # months before it were kept in the paper book, and no member owes anything for them here (a book
    # started in January of that year flagged every member created in December as 11 months behind).
    workspace = session.get(WorkspaceRecord, 1)
    return Month.of(workspace.created_at if workspace is not None else date.today())


def get_fee_settings(uow: UnitOfWork) -> FeeSettings:
    with uow:
        return read_fee_settings(uow.session)


def save_fee_settings(
    uow: UnitOfWork,
    *,
    wage_region: int,
    area: FeeArea,
    cell_share_percent: int,
    ledger_start: Month,
) -> FeeSettings:
    if wage_region not in WAGE_REGIONS:
        raise ValidationError(
            T(
                "The wage region is I, II, III or IV (Nghị định 293/2025/NĐ-CP), not {value}.",
                "Vùng lương tối thiểu là vùng I, II, III hoặc IV (Nghị định 293/2025/NĐ-CP), không phải {value}.",
                value=wage_region,
            ),
            field="wage_region",
        )
    if not 0 <= cell_share_percent <= 100:
        raise ValidationError(
            T(
                "The share the cell keeps is a percentage from 0 to 100, not {value}.",
                "Tỷ lệ chi bộ được giữ lại là từ 0 đến 100%, không phải {value}.",
                value=cell_share_percent,
            ),
            field="cell_share_percent",
        )
    settings = FeeSettings(wage_region, FeeArea(area), cell_share_percent, ledger_start)
    values = {
        _KEYS["wage_region"]: wage_region,
        _KEYS["area"]: settings.area.value,
        _KEYS["cell_share_percent"]: cell_share_percent,
        _KEYS["ledger_start"]: ledger_start.key,
    }
    with uow:
        for key, value in values.items():
            row = uow.session.get(SettingRecord, key)
            if row is None:
                uow.session.add(SettingRecord(key=key, value=value))
            elif row.value != value:
                row.value = value
        uow.commit()
    return settings


def set_fee_book_start(uow: UnitOfWork, *, ledger_start: Month, today: date | None = None) -> FeeSettings:
    """Say from which month the fee book is kept in CellApp (the months before it are settled in the paper
    book; a member's own "paid up to" month, `set_fee_opening`, may say more). The other settings are kept.
    A start after the month under way is refused: the book cannot begin in the future."""
    current = Month.of(today or date.today())
    if ledger_start > current:
        raise ValidationError(
            T(
                "The fee book cannot start after the current month ({current}); choose {current} or an "
                "earlier month.",
                "Sổ theo dõi đảng phí không thể bắt đầu sau tháng hiện tại ({current}); hãy chọn tháng "
                "{current} hoặc một tháng trước đó.",
                current=current.label,
            ),
            field="ledger_start",
        )
    with uow:
        settings = read_fee_settings(uow.session)
    return save_fee_settings(
        uow,
        wage_region=settings.wage_region,
        area=settings.area,
        cell_share_percent=settings.cell_share_percent,
        ledger_start=ledger_start,
    )


def load_fee_rules(session: Session) -> FeeRules:
    """Every rule table in the workspace, built in or from the committee, as domain values."""
    rule_sets = tuple(
        FeeRuleSet(
            regulation=r.regulation,
            title=r.title,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            seniority_exempt_years=r.seniority_exempt_years,
            max_relief_months=r.max_relief_months,
            reduction_percents=tuple(int(p) for p in r.reduction_percents or ()),
            builtin=r.owner_unit == BUILTIN_OWNER,
        )
        for r in session.scalars(select(FeeRuleSetRecord).where(FeeRuleSetRecord.deleted.is_(False)))
    )
    rates = tuple(
        FeeRate(
            regulation=r.regulation,
            category=FeeCategory(r.category),
            age_band=AgeBand(r.age_band),
            basis=RateBasis(r.basis),
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            rate_bp=r.rate_bp,
            amount=r.amount,
            area=FeeArea(r.area) if r.area else None,
            builtin=r.owner_unit == BUILTIN_OWNER,
        )
        for r in session.scalars(select(FeeRateRecord).where(FeeRateRecord.deleted.is_(False)))
    )
    wages = tuple(
        MinimumWage(
            region=r.region,
            amount=r.amount,
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            decree=r.decree,
            builtin=r.owner_unit == BUILTIN_OWNER,
        )
        for r in session.scalars(select(MinimumWageRecord).where(MinimumWageRecord.deleted.is_(False)))
    )
    ages = tuple(
        RetirementAge(sex=Sex(r.sex), from_year=r.from_year, age_months=r.age_months)
        for r in session.scalars(select(RetirementAgeRecord).where(RetirementAgeRecord.deleted.is_(False)))
    )
    sent_wages, sent_rates = _committee_values(session)
    return FeeRules(rule_sets, rates + sent_rates, wages + sent_wages, ages)


def _committee_values(session: Session) -> tuple[tuple[MinimumWage, ...], tuple[FeeRate, ...]]:
    """Minimum wages and fee table lines the committee sent as reference values (an entry that does not
    read as one is left out rather than stopping the fee book)."""
    wages: list[MinimumWage] = []
    rates: list[FeeRate] = []
    for row in session.scalars(
        select(ReferenceDataRecord).where(
            ReferenceDataRecord.deleted.is_(False),
            ReferenceDataRecord.kind.in_([ReferenceKind.MINIMUM_WAGE.value, ReferenceKind.FEE_TABLE.value]),
        )
    ):
        if row.kind == ReferenceKind.MINIMUM_WAGE.value:
            wage = read_wage(row.key, row.value, row.valid_from, row.title)
            if wage is not None:
                wages.append(wage)
        else:
            rate = read_rate(row.value, row.valid_from)
            if rate is not None:
                rates.append(rate)
    return tuple(wages), tuple(rates)


def fee_rules_in_force(uow: UnitOfWork, *, month: Month) -> RulesInForce:
    """The regulation and minimum wage that apply to the cell in `month` (for the settings screen)."""
    with uow:
        settings = read_fee_settings(uow.session)
        rules = load_fee_rules(uow.session)
    try:
        in_force = rules.in_force(month)
    except NoRulesError as error:
        raise ValidationError(error.message, field="month") from None
    wage = in_force.minimum_wages.get(settings.wage_region)
    return RulesInForce(
        month=month,
        regulation=in_force.rule_set.regulation,
        title=in_force.rule_set.title,
        minimum_wage=wage.amount if wage else None,
        wage_decree=wage.decree if wage else None,
        region=region_label(settings.wage_region),
        seniority_exempt_years=in_force.rule_set.seniority_exempt_years,
        max_relief_months=in_force.rule_set.max_relief_months,
        reduction_percents=in_force.rule_set.reduction_percents,
        from_committee=not in_force.rule_set.builtin
        or (wage is not None and not wage.builtin)
        or any(not rate.builtin for rate in in_force.rates),
        minimum_wages={region: w.amount for region, w in in_force.minimum_wages.items()},
    )
