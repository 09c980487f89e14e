"""The summary table of grades (Biểu tổng hợp kết quả đánh giá, xếp loại đảng viên) of a cell's year.

One row for full members, one for probationary members (their grade on the review day), and the total;
columns: members, reviewed, not reviewed (exempt, suspended), reviewed but not graded, not graded yet,
and the count of each grade. Every row adds up: members = reviewed + not reviewed, reviewed = not graded
+ not yet graded + the four grades; the total row is the sum of the two rows above it.

The grades counted are the committee's where it has decided every proposal, otherwise the cell's
proposals; `basis` says which, and the printed table says it too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.lifecycle import Grade
from cellapp.domain.review import ReviewGrade
from cellapp.domain.review_checks import quota_warning
from cellapp.services.review.model import MemberReview, ReviewYear
from cellapp.services.review.reading import review_year
from cellapp.storage.unit_of_work import UnitOfWork


class SummaryBasis(StrEnum):
    PROPOSED = "proposed"
    DECIDED = "decided"

    @property
    def label(self) -> Text:
        if self is SummaryBasis.DECIDED:
            return T("as decided by the committee", "theo quyết định của cấp trên")
        return T("as proposed by the cell", "theo đề xuất của chi bộ")


@dataclass(frozen=True)
class SummaryRow:
    label: Text
    members: int
    not_reviewed: int
    not_graded: int  # reviewed, not graded (admitted too recently)
    pending: int  # to be graded, no grade yet
    grades: dict[ReviewGrade, int]

    @property
    def reviewed(self) -> int:
        return self.not_graded + self.pending + sum(self.grades.values())

    @property
    def graded(self) -> int:
        return sum(self.grades.values())

    def percent(self, grade: ReviewGrade) -> float | None:
        return 100 * self.grades.get(grade, 0) / self.graded if self.graded else None

    @property
    def adds_up(self) -> bool:
        return self.members == self.reviewed + self.not_reviewed

    def as_json(self) -> dict[str, object]:
        return {
            "members": self.members,
            "reviewed": self.reviewed,
            "not_reviewed": self.not_reviewed,
            "not_graded": self.not_graded,
            "pending": self.pending,
            "grades": {g.value: self.grades.get(g, 0) for g in ReviewGrade},
        }


@dataclass(frozen=True)
class ReviewSummary:
    year: int
    basis: SummaryBasis
    full: SummaryRow
    probationary: SummaryRow
    total: SummaryRow
    quota: Text | None
    review: ReviewYear

    @property
    def rows(self) -> tuple[SummaryRow, SummaryRow, SummaryRow]:
        return (self.full, self.probationary, self.total)

    def as_json(self) -> dict[str, object]:
        return {
            "year": self.year,
            "basis": self.basis.value,
            "full": self.full.as_json(),
            "probationary": self.probationary.as_json(),
            "total": self.total.as_json(),
            "quota_warning": self.quota.render() if self.quota else None,
            "cell": {
                "proposed_grade": self.review.proposed_grade.value if self.review.proposed_grade else None,
                "final_grade": self.review.decision.grade.value if self.review.decision else None,
            },
        }


def counted_grade(review: MemberReview, basis: SummaryBasis) -> ReviewGrade | None:
    if basis is SummaryBasis.DECIDED:
        return review.final_grade
    return review.proposed_grade


def basis_of(review: ReviewYear) -> SummaryBasis:
    proposed = [m for m in review.members if m.graded and m.proposed_grade is not None]
    if proposed and all(m.decision is not None for m in proposed):
        return SummaryBasis.DECIDED
    return SummaryBasis.PROPOSED


def _row(label: Text, reviews: list[MemberReview], not_reviewed: int, basis: SummaryBasis) -> SummaryRow:
    grades = dict.fromkeys(ReviewGrade, 0)
    not_graded = pending = 0
    for review in reviews:
        if not review.graded:
            not_graded += 1
            continue
        grade = counted_grade(review, basis)
        if grade is None:
            pending += 1
        else:
            grades[grade] += 1
    return SummaryRow(label, len(reviews) + not_reviewed, not_reviewed, not_graded, pending, grades)


def summarise(review: ReviewYear) -> ReviewSummary:
    basis = basis_of(review)
    full = [m for m in review.members if m.party_grade is not Grade.PROBATIONARY]
    probationary = [m for m in review.members if m.party_grade is Grade.PROBATIONARY]
    left_out_probationary = sum(1 for n in review.not_reviewed if n.party_grade is Grade.PROBATIONARY)
    left_out_full = len(review.not_reviewed) - left_out_probationary
    full_row = _row(T("Full members", "Đảng viên chính thức"), full, left_out_full, basis)
    probationary_row = _row(
        T("Probationary members", "Đảng viên dự bị"), probationary, left_out_probationary, basis
    )
    total = SummaryRow(
        T("Total", "Tổng cộng"),
        full_row.members + probationary_row.members,
        full_row.not_reviewed + probationary_row.not_reviewed,
        full_row.not_graded + probationary_row.not_graded,
        full_row.pending + probationary_row.pending,
        {g: full_row.grades[g] + probationary_row.grades[g] for g in ReviewGrade},
    )
    return ReviewSummary(
        year=review.year,
        basis=basis,
        full=full_row,
        probationary=probationary_row,
        total=total,
        quota=quota_warning(review.rules, total.grades),
        review=review,
    )


def review_summary(uow: UnitOfWork, year: int, *, owner_unit: str | None = None) -> ReviewSummary | None:
    """The summary table of the year's grades, None if the review has not been started."""
    review = review_year(uow, year, owner_unit=owner_unit)
    return summarise(review) if review else None
