"""The annual review and grading (kiểm điểm, đánh giá, xếp loại, docs/party-rules.md §7): the cell's review
year with each member's self-assessment, comments and proposed grade, the cell's collective review, the
committee's decisions, the summary of grades and the committee's standings of its cells. Import from here.
"""

from cellapp.services.review.decisions import (
    DecisionInput,
    decide_as_proposed,
    decide_cell_grade,
    decide_member_grade,
)
from cellapp.services.review.inputs import Discipline, ReviewInputs, review_inputs
from cellapp.services.review.model import Decision, MemberReview, NotReviewed, ReviewYear
from cellapp.services.review.reading import (
    find_reviewed_member,
    full_members_on,
    members_without_review,
    review_year,
    review_years,
)
from cellapp.services.review.rules import (
    all_review_rules,
    read_rules_file,
    review_rules_by_code,
    review_rules_on,
)
from cellapp.services.review.standings import CellReviewStanding, ReviewStandings, review_standings
from cellapp.services.review.summary import ReviewSummary, SummaryBasis, SummaryRow, review_summary, summarise
from cellapp.services.review.years import (
    Saved,
    add_member_review,
    announce_results,
    propose_cell_grade,
    propose_member_grade,
    save_cell_self_review,
    save_review_comments,
    save_self_assessment,
    set_review_session,
    start_review_year,
)

__all__ = [
    "CellReviewStanding",
    "Decision",
    "DecisionInput",
    "Discipline",
    "MemberReview",
    "NotReviewed",
    "ReviewInputs",
    "ReviewStandings",
    "ReviewSummary",
    "ReviewYear",
    "Saved",
    "SummaryBasis",
    "SummaryRow",
    "add_member_review",
    "all_review_rules",
    "announce_results",
    "decide_as_proposed",
    "decide_cell_grade",
    "decide_member_grade",
    "find_reviewed_member",
    "full_members_on",
    "members_without_review",
    "propose_cell_grade",
    "propose_member_grade",
    "read_rules_file",
    "review_inputs",
    "review_rules_by_code",
    "review_rules_on",
    "review_standings",
    "review_summary",
    "review_year",
    "review_years",
    "save_cell_self_review",
    "save_review_comments",
    "save_self_assessment",
    "set_review_session",
    "start_review_year",
    "summarise",
]
