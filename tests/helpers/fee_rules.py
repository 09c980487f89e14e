"""The built-in fee rule tables as the domain sees them, read straight from the data file the migration
seeds (so the domain tests check the shipped data too, without a database)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

from cellapp.domain.fees import (
    AgeBand,
    FeeArea,
    FeeCategory,
    FeeRate,
    FeeRules,
    FeeRuleSet,
    MinimumWage,
    RateBasis,
)
from cellapp.domain.members import Sex
from cellapp.domain.retirement import RetirementAge

DATA_FILE = (
    Path(__file__).resolve().parents[2]
    / "cellapp"
    / "storage"
    / "migrations"
    / "data"
    / "0004_fee_rules.json"
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@cache
def builtin_document() -> dict:  # type: ignore[type-arg]
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def builtin_rules(extra_wages: tuple[MinimumWage, ...] = ()) -> FeeRules:
    document = builtin_document()
    return FeeRules(
        rule_sets=tuple(
            FeeRuleSet(
                regulation=r["regulation"],
                title=r["title"],
                valid_from=date.fromisoformat(r["valid_from"]),
                valid_to=_day(r["valid_to"]),
                seniority_exempt_years=r["seniority_exempt_years"],
                max_relief_months=r["max_relief_months"],
                reduction_percents=tuple(r["reduction_percents"]),
            )
            for r in document["rule_sets"]
        ),
        rates=tuple(
            FeeRate(
                regulation=r["regulation"],
                category=FeeCategory(r["category"]),
                age_band=AgeBand(r["age_band"]),
                basis=RateBasis(r["basis"]),
                valid_from=date.fromisoformat(r["valid_from"]),
                valid_to=_day(r["valid_to"]),
                rate_bp=r["rate_bp"],
                amount=r["amount"],
                area=FeeArea(r["area"]) if r["area"] else None,
            )
            for r in document["rates"]
        ),
        minimum_wages=tuple(
            MinimumWage(
                region=r["region"],
                amount=r["amount"],
                valid_from=date.fromisoformat(r["valid_from"]),
                valid_to=_day(r["valid_to"]),
                decree=r["decree"],
            )
            for r in document["minimum_wages"]
        )
        + extra_wages,
        retirement_ages=tuple(
            RetirementAge(Sex(r["sex"]), r["from_year"], r["age_months"]) for r in document["retirement_ages"]
        ),
    )
