"""Grades and thresholds of the annual review as dated, versioned data (docs/party-rules.md §7).

A rule set is a plain JSON document (format `cellapp-review-rules/1`): the regulation it follows and the
days it is in force, the 100-point bands of the four grades (where the locality scores), the quota of
"excellent", the cap on a member disciplined during the year, how recent an admission leaves a member
reviewed but not graded, the 100-point criteria of the locality, and the criteria of the cell's own
collective review. CellApp ships the rule sets of 124-QĐ/TW (with HD 25) and of 366-QĐ/TW (with HD 43);
a committee replaces them with its own document (its locality's criteria) as reference data, which
reaches its cells in the next return file. The same reader checks both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T
from cellapp.domain.review import ReviewGrade

FORMAT = "cellapp-review-rules/1"
FULL_SCORE = 100


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str
    points: int  # the most this criterion gives, on the 100-point scale (0 for a yes/no criterion)


@dataclass(frozen=True)
class ScoreBand:
    grade: ReviewGrade
    minimum: int  # the lowest score of the band; a band runs up to the next band's minimum


@dataclass(frozen=True)
class ReviewRules:
    code: str
    title: str
    valid_from: date
    valid_to: date | None
    uses_score: bool
    bands: tuple[ScoreBand, ...]  # best first
    excellent_quota_percent: int | None  # of those graded "good" or better; None: no quota
    discipline_cap: ReviewGrade | None  # the best grade for a member disciplined during the year
    new_member_months: int
    criteria: tuple[Criterion, ...]
    collective_title: str
    collective_criteria: tuple[Criterion, ...]
    sources: str = ""
    locality: str = ""

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def band_of(self, score: int) -> ReviewGrade:
        for band in self.bands:
            if score >= band.minimum:
                return band.grade
        return ReviewGrade.FAILED

    def band_minimum(self, grade: ReviewGrade) -> int | None:
        return next((b.minimum for b in self.bands if b.grade is grade), None)

    def excellent_allowed(self, good_or_better: int) -> int | None:
        """The most members who may be "excellent" when this many are graded "good" or better."""
        if self.excellent_quota_percent is None:
            return None
        return good_or_better * self.excellent_quota_percent // 100


def _rejected(en: str, vi: str, **values: Any) -> InputRejected:
    return InputRejected(
        T("The review rules are not valid: " + en, "Quy định đánh giá không hợp lệ: " + vi, **values)
    )


def _criteria(items: Any, *, scored: bool, what: str) -> tuple[Criterion, ...]:
    if not isinstance(items, list):
        raise _rejected("{what} must be a list.", "{what} phải là một danh sách.", what=what)
    found: list[Criterion] = []
    for item in items:
        if (
            not isinstance(item, dict)
            or not str(item.get("code", "")).strip()
            or not str(item.get("label", "")).strip()
        ):
            raise _rejected(
                "each of {what} needs a code and a label.", "mỗi mục {what} cần có mã và tên.", what=what
            )
        points = item.get("points", 0)
        if not isinstance(points, int) or points < 0:
            raise _rejected(
                "the points of {code} must be a whole number.",
                "điểm của {code} phải là số nguyên.",
                code=item["code"],
            )
        found.append(Criterion(str(item["code"]).strip(), " ".join(str(item["label"]).split()), points))
    codes = [c.code for c in found]
    if len(set(codes)) != len(codes):
        raise _rejected("two of {what} share a code.", "hai mục {what} trùng mã.", what=what)
    if scored and found and sum(c.points for c in found) != FULL_SCORE:
        raise _rejected(
            "the points of the criteria add up to {total}, not 100.",
            "tổng điểm các tiêu chí là {total}, không phải 100.",
            total=sum(c.points for c in found),
        )
    return tuple(found)


def _day(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise _rejected("{name} is not a date.", "{name} không phải là ngày.", name=name) from None


def _grade(value: Any, name: str) -> ReviewGrade | None:
    if value in (None, ""):
        return None
    try:
        return ReviewGrade(str(value))
    except ValueError:
        raise _rejected("{name} is not a grade.", "{name} không phải là mức xếp loại.", name=name) from None


def read_rules(document: Any) -> ReviewRules:
    """A rule set from its JSON document; refuses one that is incomplete or contradicts itself."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _rejected(
            "this is not a CellApp review-rules file.", "đây không phải tệp quy định đánh giá của CellApp."
        )
    code = str(document.get("code", "")).strip()
    title = " ".join(str(document.get("title", "")).split())
    if not code or not title:
        raise _rejected("it needs a code and a title.", "cần có mã và tên văn bản.")
    valid_from = _day(document.get("valid_from"), "valid_from")
    if valid_from is None:
        raise _rejected("it needs the day it applies from.", "cần có ngày áp dụng.")
    valid_to = _day(document.get("valid_to"), "valid_to")
    if valid_to is not None and valid_to < valid_from:
        raise _rejected("it ends before it begins.", "ngày hết hiệu lực trước ngày áp dụng.")
    bands_data = document.get("score_bands", [])
    bands: list[ScoreBand] = []
    for item in bands_data if isinstance(bands_data, list) else []:
        grade = _grade(item.get("grade"), "score_bands.grade") if isinstance(item, dict) else None
        minimum = item.get("min") if isinstance(item, dict) else None
        if grade is None or not isinstance(minimum, int) or not 0 <= minimum <= FULL_SCORE:
            raise _rejected(
                "a score band needs a grade and a minimum from 0 to 100.",
                "mỗi khung điểm cần mức xếp loại và điểm tối thiểu từ 0 đến 100.",
            )
        bands.append(ScoreBand(grade, minimum))
    bands.sort(key=lambda b: b.grade.rank)
    if bands and (
        [b.grade for b in bands] != list(ReviewGrade)
        or any(a.minimum <= b.minimum for a, b in pairwise(bands))
    ):
        raise _rejected(
            "the score bands must give the four grades, each above the next.",
            "khung điểm phải có đủ bốn mức, mức trên cao hơn mức dưới.",
        )
    uses_score = bool(document.get("uses_score", bool(bands)))
    if uses_score and not bands:
        raise _rejected("a scored rule set needs its score bands.", "quy định chấm điểm cần có khung điểm.")
    quota = document.get("excellent_quota_percent")
    if quota is not None and (not isinstance(quota, int) or not 0 < quota <= 100):
        raise _rejected("the quota of excellent is a percentage.", "tỷ lệ xuất sắc phải là phần trăm.")
    months = document.get("new_member_months", 0)
    if not isinstance(months, int) or not 0 <= months <= 24:
        raise _rejected("new_member_months must be from 0 to 24.", "new_member_months phải từ 0 đến 24.")
    return ReviewRules(
        code=code,
        title=title,
        valid_from=valid_from,
        valid_to=valid_to,
        uses_score=uses_score,
        bands=tuple(bands),
        excellent_quota_percent=quota,
        discipline_cap=_grade(document.get("discipline_cap"), "discipline_cap"),
        new_member_months=months,
        criteria=_criteria(document.get("criteria", []), scored=uses_score, what="criteria"),
        collective_title=" ".join(str(document.get("collective_title", "")).split()),
        collective_criteria=_criteria(
            document.get("collective_criteria", []), scored=False, what="collective_criteria"
        ),
        sources=str(document.get("sources", "")),
        locality=" ".join(str(document.get("locality", "")).split()),
    )


def rules_in_force(candidates: list[ReviewRules], day: date) -> ReviewRules | None:
    """Of the rule sets in force on a day, the one that began latest (a committee's replacement begins
    after the regulation it details)."""
    in_force = [r for r in candidates if r.in_force_on(day)]
    return max(in_force, key=lambda r: r.valid_from) if in_force else None
