"""The annual review and grading of members and of the cell (docs/party-rules.md §7): grades, forms,
stages, and who is reviewed.

Who is reviewed, on the day the review year is started (Hướng dẫn 21-HD/BTCTW 2019, kept by HD 25 and
HD 43): every member on the cell's list except those exempt from party work and meetings (miễn công tác
và sinh hoạt đảng) and those suspended (đình chỉ sinh hoạt). A member temporarily exempt (tạm miễn) is
exempt too. A member attached to another organisation for a time is reviewed here, where the member is
registered, with that organisation's comment. A member who transferred in during the year is reviewed
here with the previous cell's comment. A member admitted to the Party fewer months before the review
than the rules' `new_member_months` is reviewed (self-assessment and comments) but not graded.
Members attached here from elsewhere are reviewed by their own cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.members import MemberStatus


class ReviewGrade(StrEnum):
    EXCELLENT = "excellent"  # Hoàn thành xuất sắc nhiệm vụ
    GOOD = "good"  # Hoàn thành tốt nhiệm vụ
    FULFILLED = "fulfilled"  # Hoàn thành nhiệm vụ
    FAILED = "failed"  # Không hoàn thành nhiệm vụ

    @property
    def label(self) -> Text:
        return _GRADE_LABELS[self]

    @property
    def short(self) -> Text:
        return _GRADE_SHORT[self]

    @property
    def rank(self) -> int:
        """0 for the best grade."""
        return list(ReviewGrade).index(self)

    def better_than(self, other: ReviewGrade) -> bool:
        return self.rank < other.rank


_GRADE_LABELS = {
    ReviewGrade.EXCELLENT: T("Excellently fulfilled duties", "Hoàn thành xuất sắc nhiệm vụ"),
    ReviewGrade.GOOD: T("Well fulfilled duties", "Hoàn thành tốt nhiệm vụ"),
    ReviewGrade.FULFILLED: T("Fulfilled duties", "Hoàn thành nhiệm vụ"),
    ReviewGrade.FAILED: T("Did not fulfil duties", "Không hoàn thành nhiệm vụ"),
}
_GRADE_SHORT = {
    ReviewGrade.EXCELLENT: T("Excellent", "HTXSNV"),
    ReviewGrade.GOOD: T("Good", "HTTNV"),
    ReviewGrade.FULFILLED: T("Fulfilled", "HTNV"),
    ReviewGrade.FAILED: T("Not fulfilled", "KHTNV"),
}


def grade_or_none(value: str | None) -> ReviewGrade | None:
    return ReviewGrade(value) if value else None


class ReviewForm(StrEnum):
    """The self-review forms of HD 43's appendix."""

    A = "2A"  # leaders and managers
    B = "2B"  # civil servants and public employees
    C = "2C"  # members not working in the political system: farmers, retirees, the self-employed

    @property
    def label(self) -> Text:
        return _FORM_LABELS[self]


_FORM_LABELS = {
    ReviewForm.A: T("Form 2A: leaders and managers", "Mẫu 2A: cán bộ lãnh đạo, quản lý"),
    ReviewForm.B: T("Form 2B: civil servants and public employees", "Mẫu 2B: cán bộ, công chức, viên chức"),
    ReviewForm.C: T(
        "Form 2C: members not working in the political system",
        "Mẫu 2C: đảng viên không làm việc trong hệ thống chính trị",
    ),
}


def suggested_form(position: str | None, workplace: str | None) -> ReviewForm:
    """Most rural members use 2C; a member with a position uses 2A, one with only a workplace 2B. The
    secretary can always choose another."""
    if position and position.strip():
        return ReviewForm.A
    if workplace and workplace.strip():
        return ReviewForm.B
    return ReviewForm.C


class MemberStage(StrEnum):
    """How far one member's review has gone."""

    PENDING = "pending"  # Chưa tự kiểm điểm
    SELF_ASSESSED = "self_assessed"  # Đã tự kiểm điểm
    PROPOSED = "proposed"  # Chi bộ đã đề xuất xếp loại
    DECIDED = "decided"  # Cấp trên đã quyết định

    @property
    def label(self) -> Text:
        return _MEMBER_STAGE_LABELS[self]


_MEMBER_STAGE_LABELS = {
    MemberStage.PENDING: T("Not self-assessed", "Chưa tự kiểm điểm"),
    MemberStage.SELF_ASSESSED: T("Self-assessed", "Đã tự kiểm điểm"),
    MemberStage.PROPOSED: T("Proposed by the cell", "Chi bộ đã đề xuất"),
    MemberStage.DECIDED: T("Decided", "Cấp trên đã quyết định"),
}


class CellStage(StrEnum):
    """Where a cell's review of a year stands, as the committee sees it."""

    NOT_STARTED = "not_started"  # Chưa triển khai
    UNDER_WAY = "under_way"  # Đang tự kiểm điểm
    SELF_ASSESSED = "self_assessed"  # Đã tự kiểm điểm
    GRADED = "graded"  # Chi bộ đã xếp loại
    DECIDED = "decided"  # Cấp trên đã quyết định

    @property
    def label(self) -> Text:
        return _CELL_STAGE_LABELS[self]


_CELL_STAGE_LABELS = {
    CellStage.NOT_STARTED: T("Not started", "Chưa triển khai"),
    CellStage.UNDER_WAY: T("Self-assessment under way", "Đang tự kiểm điểm"),
    CellStage.SELF_ASSESSED: T("Self-assessed", "Đã tự kiểm điểm"),
    CellStage.GRADED: T("Graded by the cell", "Chi bộ đã xếp loại"),
    CellStage.DECIDED: T("Decided", "Cấp trên đã quyết định"),
}


def cell_stage(
    *,
    started: bool,
    to_grade: int,
    self_assessed: int,
    proposed: int,
    decided: int,
    cell_proposed: bool,
    cell_decided: bool,
) -> CellStage:
    """The stage from the counts of the members to be graded: every one of them must have reached it."""
    if not started:
        return CellStage.NOT_STARTED
    if cell_decided and decided >= to_grade:
        return CellStage.DECIDED
    if cell_proposed and proposed >= to_grade:
        return CellStage.GRADED
    if to_grade and self_assessed >= to_grade:
        return CellStage.SELF_ASSESSED
    return CellStage.UNDER_WAY


class Coverage(StrEnum):
    """Whether a member is reviewed this year, and why not."""

    GRADED = "graded"  # reviewed and graded
    NOT_GRADED = "not_graded"  # reviewed, not graded: joined too recently
    EXEMPT = "exempt"  # not reviewed: exempt from party work and meetings
    SUSPENDED = "suspended"  # not reviewed: suspended
    ELSEWHERE = "elsewhere"  # not reviewed here: attached here from another organisation

    @property
    def reviewed(self) -> bool:
        return self in (Coverage.GRADED, Coverage.NOT_GRADED)

    @property
    def label(self) -> Text:
        return _COVERAGE_LABELS[self]


_COVERAGE_LABELS = {
    Coverage.GRADED: T("Reviewed and graded", "Kiểm điểm và xếp loại"),
    Coverage.NOT_GRADED: T(
        "Reviewed, not graded: admitted too recently", "Kiểm điểm, chưa xếp loại: mới kết nạp"
    ),
    Coverage.EXEMPT: T(
        "Not reviewed: exempt from party work and meetings", "Không kiểm điểm: miễn sinh hoạt"
    ),
    Coverage.SUSPENDED: T("Not reviewed: suspended", "Không kiểm điểm: đình chỉ sinh hoạt"),
    Coverage.ELSEWHERE: T(
        "Reviewed by the member's own organisation", "Do tổ chức đảng nơi sinh hoạt chính thức kiểm điểm"
    ),
}


@dataclass(frozen=True)
class CoverageFacts:
    status: MemberStatus  # on the review day
    admitted_on: date | None  # admitted to the Party (the latest admission, for one readmitted)


def months_between(earlier: date, later: date) -> int:
    """Whole months from one day to another (5 March to 4 May is one month)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)


def coverage_of(facts: CoverageFacts, on: date, new_member_months: int) -> Coverage:
    status = facts.status
    if status in (MemberStatus.EXEMPT, MemberStatus.TEMPORARILY_EXEMPT):
        return Coverage.EXEMPT
    if status is MemberStatus.SUSPENDED:
        return Coverage.SUSPENDED
    if status is MemberStatus.ATTACHED_HERE:
        return Coverage.ELSEWHERE
    if facts.admitted_on is not None and months_between(facts.admitted_on, on) < new_member_months:
        return Coverage.NOT_GRADED
    return Coverage.GRADED
