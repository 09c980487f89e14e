"""Which review rules apply: the built-in rule sets, replaced by the committee's own (reference data of
kind `review_rules`, keyed by the rule set's code, from the day it applies)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cellapp.domain.errors import InputRejected, NotFound
from cellapp.domain.l10n import T
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.review_rules import ReviewRules, read_rules, rules_in_force
from cellapp.domain.review_rules_builtin import builtin_rules
from cellapp.storage.records import ReferenceDataRecord
from cellapp.storage.unit_of_work import UnitOfWork


def _committee_rules(uow: UnitOfWork) -> list[ReviewRules]:
    found: list[ReviewRules] = []
    rows = uow.session.scalars(
        select(ReferenceDataRecord).where(
            ReferenceDataRecord.kind == ReferenceKind.REVIEW_RULES.value,
            ReferenceDataRecord.deleted.is_(False),
        )
    ).all()
    for row in rows:
        try:
            rules = read_rules(row.value)
        except InputRejected:
            continue  # a document this version cannot read is not applied
        # The reference value's own date says from when the committee applies it.
        found.append(replace(rules, valid_from=max(rules.valid_from, row.valid_from)))
    return found


def all_review_rules(uow: UnitOfWork) -> list[ReviewRules]:
    """Built-in and committee rule sets, oldest first."""
    with uow:
        rules = builtin_rules() + _committee_rules(uow)
    return sorted(rules, key=lambda r: (r.valid_from, r.code))


def review_rules_on(uow: UnitOfWork, day: date) -> ReviewRules:
    """The rule set in force on a day: the committee's where it has one, else the regulation's."""
    with uow:
        committee = rules_in_force(_committee_rules(uow), day)
    found = committee or rules_in_force(builtin_rules(), day)
    if found is None:
        raise NotFound(
            T(
                "No review rules are in force on {day}.",
                "Không có quy định đánh giá, xếp loại áp dụng vào ngày {day}.",
                day=day.strftime("%d/%m/%Y"),
            )
        )
    return found


def review_rules_by_code(uow: UnitOfWork, code: str, year: int) -> ReviewRules:
    """The rule set a review year was started under (by code), as in force at the end of that year."""
    candidates = [r for r in all_review_rules(uow) if r.code == code]
    year_end = date(year, 12, 31)
    found = rules_in_force(candidates, year_end) or (candidates[-1] if candidates else None)
    return found or review_rules_on(uow, year_end)


def read_rules_file(path: Path) -> dict[str, Any]:
    """A review-rules document from a file, checked."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputRejected(
            T(
                "Cannot read the review rules from {name}: {error}",
                "Không đọc được quy định đánh giá từ tệp {name}: {error}",
                name=path.name,
                error=str(error),
            )
        ) from None
    read_rules(document)
    return dict(document)
