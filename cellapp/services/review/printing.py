"""Printing the documents of the annual review: one member's review form, the minutes of the review
session, the summary table of grades (PDF and Excel) and the cell's report. The review year turned into
the plain data the documents take, then written atomically; each function returns the written path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T
from cellapp.domain.members import MemberStatus
from cellapp.domain.review import Coverage, ReviewGrade
from cellapp.services.document_header import cell_document_header, report_recipient
from cellapp.services.review.inputs import review_inputs
from cellapp.services.review.model import Decision, MemberReview, ReviewYear
from cellapp.services.review.reading import review_year
from cellapp.services.review.summary import ReviewSummary, SummaryRow, summarise
from cellapp.storage.unit_of_work import UnitOfWork

# reportlab and openpyxl are imported only when a document is actually written.
if TYPE_CHECKING:
    from cellapp.reports.review_form import DecisionLine, ReviewFormData, ScoreLine, VoteCount
    from cellapp.reports.review_minutes import CollectiveReview, LeftOutLine, ReviewMinutesData
    from cellapp.reports.review_report import ReviewReportData
    from cellapp.reports.review_summary import ReviewSummaryData, SummaryLine


def _started_year(uow: UnitOfWork, year: int) -> ReviewYear:
    found = review_year(uow, year)
    if found is None:
        raise NotFound(
            T(
                "The review of {year} has not been started.",
                "Chưa bắt đầu kiểm điểm, đánh giá năm {year}.",
                year=year,
            )
        )
    return found


def _member_review(review: ReviewYear, member_uuid: str) -> MemberReview:
    found = review.for_member(member_uuid)
    if found is None:
        raise NotFound(
            T(
                "This member has no review in {year}.",
                "Đảng viên này không có bản kiểm điểm năm {year}.",
                year=review.year,
            )
        )
    return found


def _grade_text(grade: ReviewGrade | None) -> str:
    return grade.label.vi if grade else ""


def _vote(votes_for: int | None, votes_against: int | None, full_members: int | None) -> VoteCount | None:
    from cellapp.reports.review_form import VoteCount

    if votes_for is None or votes_against is None or full_members is None:
        return None
    return VoteCount(votes_for, votes_against, full_members)


def _decision_line(decision: Decision | None) -> DecisionLine | None:
    from cellapp.reports.review_form import DecisionLine

    if decision is None:
        return None
    return DecisionLine(
        _grade_text(decision.grade), decision.decided_by, decision.decided_on, decision.decision_ref or ""
    )


# ------------------------------------------------------------------------------------------------------
# One member's form
# ------------------------------------------------------------------------------------------------------


def _score_lines(review: ReviewYear, member: MemberReview) -> tuple[ScoreLine, ...]:
    from cellapp.reports.review_form import ScoreLine

    return tuple(
        ScoreLine(criterion.label, criterion.points, member.scores.get(criterion.code))
        for criterion in review.rules.criteria
    )


def _outside_label(uow: UnitOfWork, review: ReviewYear, member: MemberReview, today: date) -> str:
    """Who gave the outside comment: the previous cell, the residence cell, or the place attached to."""
    inputs = review_inputs(uow, review.year, [member.member_uuid], today=today)[member.member_uuid]
    if inputs.transferred_from:
        return f"Nhận xét của chi bộ nơi sinh hoạt trước khi chuyển đến ({inputs.transferred_from})"
    if inputs.residence_cell:
        return f"Nhận xét của chi ủy, chi bộ nơi cư trú ({inputs.residence_cell})"
    if member.status is MemberStatus.ATTACHED_ELSEWHERE:
        return "Nhận xét của tổ chức đảng nơi đảng viên sinh hoạt tạm thời"
    return "Nhận xét của chi ủy, chi bộ nơi cư trú"


def review_form_data(
    uow: UnitOfWork, year: int, member_uuid: str, *, today: date | None = None
) -> ReviewFormData:
    from cellapp.reports.review_form import ReviewFormData

    today = today or date.today()
    review = _started_year(uow, year)
    member = _member_review(review, member_uuid)
    header, committee = cell_document_header(uow, member.self_assessed_on or today)
    outside = member.outside_comment or ""
    return ReviewFormData(
        header=header,
        year=year,
        form_label=member.form.label.vi,
        full_name=member.full_name,
        party_grade=member.party_grade.label.vi if member.party_grade else "",
        cell_name=", ".join(p for p in (header.issuing_body, committee) if p),
        self_text=member.self_text or "",
        scored=review.rules.uses_score,
        scores=_score_lines(review, member),
        self_score=member.self_score,
        self_grade=_grade_text(member.self_grade),
        not_graded_reason="" if member.graded else Coverage.NOT_GRADED.label.vi,
        comments=member.comments or "",
        outside_label=_outside_label(uow, review, member, today) if outside else "",
        outside_comment=outside,
        proposed_grade=_grade_text(member.proposed_grade),
        vote=_vote(member.votes_for, member.votes_against, member.vote_denominator),
        proposed_on=member.proposed_on,
        decision=_decision_line(member.decision),
    )


def print_review_form(
    uow: UnitOfWork, year: int, member_uuid: str, target: Path, *, today: date | None = None
) -> Path:
    """Write one member's review form of `year` as PDF (atomically) and return its path."""
    from cellapp.reports.party_format import write_pdf
    from cellapp.reports.review_form import render_review_form

    return write_pdf(render_review_form(review_form_data(uow, year, member_uuid, today=today)), target)


# ------------------------------------------------------------------------------------------------------
# The minutes of the session
# ------------------------------------------------------------------------------------------------------


def _collective(review: ReviewYear) -> CollectiveReview:
    from cellapp.reports.review_minutes import CollectiveReview, CriterionLine

    assessed = bool(review.criteria_met)
    return CollectiveReview(
        title=review.rules.collective_title,
        criteria=tuple(
            CriterionLine(c.label, review.criteria_met.get(c.code, False) if assessed else None)
            for c in review.rules.collective_criteria
        ),
        self_text=review.self_text or "",
        self_grade=_grade_text(review.self_grade),
        proposed_grade=_grade_text(review.proposed_grade),
        vote=_vote(review.votes_for, review.votes_against, review.vote_denominator),
    )


def _left_out(review: ReviewYear) -> tuple[LeftOutLine, ...]:
    from cellapp.reports.review_minutes import LeftOutLine

    not_graded = [
        LeftOutLine(m.full_name, Coverage.NOT_GRADED.label.vi) for m in review.members if not m.graded
    ]
    not_reviewed = [LeftOutLine(n.full_name, n.coverage.label.vi) for n in review.not_reviewed]
    return tuple(not_graded + not_reviewed)


def review_minutes_data(uow: UnitOfWork, year: int, *, today: date | None = None) -> ReviewMinutesData:
    from cellapp.reports.review_minutes import MemberGradeLine, ReviewMinutesData

    review = _started_year(uow, year)
    header, _committee = cell_document_header(uow, review.session_on or today or date.today())
    members = tuple(
        MemberGradeLine(
            m.full_name,
            _grade_text(m.self_grade),
            _grade_text(m.proposed_grade),
            m.votes_for,
            m.votes_against,
        )
        for m in review.graded_members
    )
    return ReviewMinutesData(
        header=header,
        year=year,
        session_on=review.session_on,
        place=review.place or "",
        chair_name=review.names.get(review.chair_uuid or "", ""),
        secretary_name=review.names.get(review.secretary_uuid or "", ""),
        present=review.present,
        total_members=review.total_members,
        full_members=review.full_members,
        collective=_collective(review),
        members=members,
        left_out=_left_out(review),
    )


def print_review_minutes(uow: UnitOfWork, year: int, target: Path, *, today: date | None = None) -> Path:
    """Write the minutes of the year's review session as PDF (atomically) and return its path."""
    from cellapp.reports.party_format import write_pdf
    from cellapp.reports.review_minutes import render_review_minutes

    return write_pdf(render_review_minutes(review_minutes_data(uow, year, today=today)), target)


# ------------------------------------------------------------------------------------------------------
# The summary table and the report
# ------------------------------------------------------------------------------------------------------


def _summary_line(row: SummaryRow) -> SummaryLine:
    from cellapp.reports.review_summary import SummaryLine

    return SummaryLine(
        label=row.label.vi,
        members=row.members,
        not_reviewed=row.not_reviewed,
        reviewed=row.reviewed,
        not_graded=row.not_graded,
        pending=row.pending,
        grades=tuple(row.grades.get(grade, 0) for grade in ReviewGrade),
        percents=tuple(row.percent(grade) for grade in ReviewGrade),
    )


def _summary(uow: UnitOfWork, year: int) -> ReviewSummary:
    return summarise(_started_year(uow, year))


def review_summary_data(uow: UnitOfWork, year: int, *, today: date | None = None) -> ReviewSummaryData:
    from cellapp.reports.review_summary import ReviewSummaryData

    summary = _summary(uow, year)
    header, _committee = cell_document_header(uow, today or date.today())
    return ReviewSummaryData(
        header=header,
        year=year,
        grade_labels=tuple(grade.label.vi for grade in ReviewGrade),
        lines=tuple(_summary_line(row) for row in summary.rows),
        basis=summary.basis.label.vi,
        cell_proposed=_grade_text(summary.review.proposed_grade),
        cell_decided=_grade_text(summary.review.decision.grade if summary.review.decision else None),
        quota_warning=summary.quota.render("vi") if summary.quota else "",
    )


def print_review_summary(uow: UnitOfWork, year: int, target: Path, *, today: date | None = None) -> Path:
    """Write the summary table of the year's grades as a landscape PDF (atomically) and return its path."""
    from cellapp.reports.party_format import write_pdf
    from cellapp.reports.review_summary import render_review_summary

    return write_pdf(render_review_summary(review_summary_data(uow, year, today=today)), target)


def export_review_summary_xlsx(
    uow: UnitOfWork, year: int, target: Path, *, today: date | None = None
) -> Path:
    """Write the summary table of the year's grades as an Excel workbook (atomically) and return its path."""
    from cellapp.reports.review_summary import write_review_summary_xlsx

    return write_review_summary_xlsx(review_summary_data(uow, year, today=today), target)


def review_report_data(uow: UnitOfWork, year: int, *, today: date | None = None) -> ReviewReportData:
    from cellapp.reports.review_report import ReviewReportData

    summary = _summary(uow, year)
    review = summary.review
    header, committee = cell_document_header(uow, today or date.today())
    return ReviewReportData(
        header=header,
        year=year,
        rules_title=review.rules.title,
        grade_labels=tuple(grade.label.vi for grade in ReviewGrade),
        lines=tuple(_summary_line(row) for row in summary.rows),
        basis=summary.basis.label.vi,
        left_out=_left_out(review),
        collective=_collective(review),
        cell_decided=_grade_text(review.decision.grade if review.decision else None),
        quota_warning=summary.quota.render("vi") if summary.quota else "",
        recipients=(report_recipient(committee), "Lưu chi bộ."),
    )


def print_review_report(uow: UnitOfWork, year: int, target: Path, *, today: date | None = None) -> Path:
    """Write the cell's report on the year's review as PDF (atomically) and return its path."""
    from cellapp.reports.party_format import write_pdf
    from cellapp.reports.review_report import render_review_report

    return write_pdf(render_review_report(review_report_data(uow, year, today=today)), target)
