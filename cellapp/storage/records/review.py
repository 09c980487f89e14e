"""The annual review and grading (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, docs/party-rules.md §7).

- `review_years`: the cell's review of one year, owned by the cell: the rule set it follows, the review
  session (day, place, who chaired and took the minutes, how many attended), the cell's own collective
  self-assessment against the criteria, its proposed grade with the vote, and the day the results were
  announced.
- `member_reviews`: one member's review in that year, owned by the cell: the form (2A/2B/2C), the
  self-assessment (text, self-grade, the 100-point score where the rules use one), the meeting's
  comments, the residence or previous cell's comment, the proposed grade with its vote. One per member
  per year. It follows the member on a transfer like the rest of the member's history.
- `review_decisions`: the superior committee's decision on a grade (a member's, or the cell's own when
  `member_uuid` is empty), owned by the committee and addressed to the cell.

Links are plain uuid columns, not foreign keys, like every synced table.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.domain.vietnamese import nfc
from cellapp.storage.records.base import Base, SyncedMixin


def _clean(value: str | None) -> str | None:
    """NFC for multi-line text, None for nothing but spaces."""
    if value is None:
        return None
    text = "\n".join(nfc(line).rstrip() for line in value.splitlines()).strip("\n").strip()
    return text or None


class ReviewYearRecord(SyncedMixin, Base):
    __tablename__ = "review_years"
    __table_args__ = (UniqueConstraint("owner_unit", "year"),)

    year: Mapped[int] = mapped_column(Integer, index=True)
    rules_code: Mapped[str] = mapped_column(String(40))
    started_on: Mapped[date] = mapped_column(Date)
    session_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    chair_uuid: Mapped[str | None] = mapped_column(String(36))
    secretary_uuid: Mapped[str | None] = mapped_column(String(36))
    present: Mapped[int | None] = mapped_column(Integer)
    # The collective review: the criteria met (code -> true/false), the text, the self-grade.
    criteria_met: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    self_text: Mapped[str | None] = mapped_column(Text)
    self_grade: Mapped[str | None] = mapped_column(String(20))
    proposed_grade: Mapped[str | None] = mapped_column(String(20))
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    vote_denominator: Mapped[int | None] = mapped_column(Integer)
    announced_on: Mapped[date | None] = mapped_column(Date)

    def before_write(self) -> None:
        self.self_text = _clean(self.self_text)
        self.place = _clean(self.place)


class MemberReviewRecord(SyncedMixin, Base):
    __tablename__ = "member_reviews"
    __table_args__ = (UniqueConstraint("member_uuid", "year"),)

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    form: Mapped[str] = mapped_column(String(4))
    graded: Mapped[bool] = mapped_column(default=True)  # False: reviewed, not graded (joined too recently)
    self_text: Mapped[str | None] = mapped_column(Text)
    self_grade: Mapped[str | None] = mapped_column(String(20))
    self_score: Mapped[int | None] = mapped_column(Integer)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # criterion code -> points
    self_assessed_on: Mapped[date | None] = mapped_column(Date)
    comments: Mapped[str | None] = mapped_column(Text)
    outside_comment: Mapped[str | None] = mapped_column(Text)  # residence cell or previous cell
    proposed_grade: Mapped[str | None] = mapped_column(String(20))
    votes_for: Mapped[int | None] = mapped_column(Integer)
    votes_against: Mapped[int | None] = mapped_column(Integer)
    vote_denominator: Mapped[int | None] = mapped_column(Integer)
    proposed_on: Mapped[date | None] = mapped_column(Date)

    def before_write(self) -> None:
        self.self_text = _clean(self.self_text)
        self.comments = _clean(self.comments)
        self.outside_comment = _clean(self.outside_comment)


class ReviewDecisionRecord(SyncedMixin, Base):
    __tablename__ = "review_decisions"
    __table_args__ = (UniqueConstraint("cell_unit", "year", "member_uuid"),)

    cell_unit: Mapped[str] = mapped_column(String(36), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    member_uuid: Mapped[str] = mapped_column(String(36), default="")  # "" = the cell itself
    grade: Mapped[str] = mapped_column(String(20))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_on: Mapped[date] = mapped_column(Date)
    decision_ref: Mapped[str | None] = mapped_column(String(120))


__all__ = ["MemberReviewRecord", "ReviewDecisionRecord", "ReviewYearRecord"]
