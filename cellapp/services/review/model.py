"""What the review services return: a cell's review year with each member's review."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from cellapp.domain.lifecycle import Grade
from cellapp.domain.members import MemberStatus
from cellapp.domain.review import Coverage, MemberStage, ReviewForm, ReviewGrade
from cellapp.domain.review_rules import ReviewRules


@dataclass(frozen=True)
class Decision:
    grade: ReviewGrade
    decided_by: str
    decided_on: date
    decision_ref: str | None


@dataclass(frozen=True)
class MemberReview:
    uuid: str
    member_uuid: str
    full_name: str
    status: MemberStatus | None  # on the review day
    party_grade: Grade | None  # full or probationary on the review day
    form: ReviewForm
    graded: bool
    self_text: str | None
    self_grade: ReviewGrade | None
    self_score: int | None
    scores: dict[str, int]
    self_assessed_on: date | None
    comments: str | None
    outside_comment: str | None
    proposed_grade: ReviewGrade | None
    votes_for: int | None
    votes_against: int | None
    vote_denominator: int | None
    proposed_on: date | None
    decision: Decision | None = None

    @property
    def stage(self) -> MemberStage:
        if self.decision is not None:
            return MemberStage.DECIDED
        if self.proposed_grade is not None:
            return MemberStage.PROPOSED
        if self.self_assessed_on is not None:
            return MemberStage.SELF_ASSESSED
        return MemberStage.PENDING

    @property
    def final_grade(self) -> ReviewGrade | None:
        return self.decision.grade if self.decision else None


@dataclass(frozen=True)
class NotReviewed:
    member_uuid: str
    full_name: str
    coverage: Coverage
    party_grade: Grade | None = None


@dataclass(frozen=True)
class ReviewYear:
    uuid: str
    owner_unit: str
    year: int
    rules: ReviewRules
    started_on: date
    session_on: date | None
    place: str | None
    chair_uuid: str | None
    secretary_uuid: str | None
    present: int | None
    criteria_met: dict[str, bool]
    self_text: str | None
    self_grade: ReviewGrade | None
    proposed_grade: ReviewGrade | None
    votes_for: int | None
    votes_against: int | None
    vote_denominator: int | None
    announced_on: date | None
    decision: Decision | None
    members: tuple[MemberReview, ...]
    not_reviewed: tuple[NotReviewed, ...]
    full_members: int  # who may vote on the session day (today before it is set): 24-QĐ/TW 9.3.2
    total_members: int  # the cell's total on that day
    names: dict[str, str] = field(default_factory=dict)  # member uuid -> name, for chair and secretary

    def member(self, review_uuid: str) -> MemberReview | None:
        return next((m for m in self.members if m.uuid == review_uuid), None)

    def for_member(self, member_uuid: str) -> MemberReview | None:
        return next((m for m in self.members if m.member_uuid == member_uuid), None)

    @property
    def graded_members(self) -> tuple[MemberReview, ...]:
        return tuple(m for m in self.members if m.graded)

    def as_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "rules": self.rules.code,
            "session_on": self.session_on.isoformat() if self.session_on else None,
            "self_grade": self.self_grade.value if self.self_grade else None,
            "proposed_grade": self.proposed_grade.value if self.proposed_grade else None,
            "final_grade": self.decision.grade.value if self.decision else None,
            "announced_on": self.announced_on.isoformat() if self.announced_on else None,
            "members": [
                {
                    "member_uuid": m.member_uuid,
                    "full_name": m.full_name,
                    "form": m.form.value,
                    "graded": m.graded,
                    "stage": m.stage.value,
                    "self_grade": m.self_grade.value if m.self_grade else None,
                    "self_score": m.self_score,
                    "proposed_grade": m.proposed_grade.value if m.proposed_grade else None,
                    "votes_for": m.votes_for,
                    "votes_against": m.votes_against,
                    "final_grade": m.final_grade.value if m.final_grade else None,
                }
                for m in self.members
            ],
            "not_reviewed": [
                {"member_uuid": n.member_uuid, "full_name": n.full_name, "reason": n.coverage.value}
                for n in self.not_reviewed
            ],
        }
