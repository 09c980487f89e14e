"""The cell's report on the year's review (báo cáo kiểm điểm, đánh giá, xếp loại chất lượng) to the
committee: I. the membership and who was reviewed; II. the cell's collective review against its
criteria; III. the members' grades (the same figures as the summary table) by full and probationary
members; IV. the grade the cell proposes for itself. Signed for the cell, with its recipients.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from cellapp.reports.party_format import (
    DocumentHeader,
    PartyDocument,
    Signer,
    content_width,
    grid_table,
    para,
    render,
    styles,
    text,
)
from cellapp.reports.review_form import labelled, percent_text, proposal_sentence
from cellapp.reports.review_minutes import CollectiveReview, LeftOutLine, collective_flow
from cellapp.reports.review_summary import SummaryLine


@dataclass(frozen=True)
class ReviewReportData:
    header: DocumentHeader
    year: int
    rules_title: str  # the regulation the review follows
    grade_labels: tuple[str, ...]
    lines: tuple[SummaryLine, ...]  # full, probationary, total: as in the summary table
    basis: str
    left_out: tuple[LeftOutLine, ...]  # not graded or not reviewed, with the reason
    collective: CollectiveReview
    cell_decided: str  # the committee's grade of the cell, "" when not decided
    quota_warning: str
    recipients: tuple[str, ...]


def _membership(data: ReviewReportData) -> list[Flowable]:
    full, probationary, total = data.lines
    flow: list[Flowable] = [
        para("I. Tình hình chung", "heading"),
        para(
            f"Tổng số đảng viên của chi bộ: {total.members} đồng chí, trong đó {full.members} đảng viên "
            f"chính thức và {probationary.members} đảng viên dự bị.",
            "body_indent",
        ),
        para(
            f"Số đảng viên được kiểm điểm: {total.reviewed} đồng chí; không kiểm điểm: {total.not_reviewed} "
            f"đồng chí; kiểm điểm nhưng chưa xếp loại (mới kết nạp): {total.not_graded} đồng chí.",
            "body_indent",
        ),
    ]
    flow += [para(f"- Đồng chí {line.full_name}: {line.reason}.", "body_indent") for line in data.left_out]
    return flow


def _grades_table(data: ReviewReportData, width: float) -> Flowable:
    s = styles()
    full, probationary, total = data.lines
    headers = ("Mức xếp loại", "Đảng viên chính thức", "Đảng viên dự bị", "Tổng số", "Tỷ lệ (%)")
    rows: list[list[object]] = [[Paragraph(text(h), s["cell_bold"]) for h in headers]]
    for index, label in enumerate(data.grade_labels):
        counts = (full.grades[index], probationary.grades[index], total.grades[index])
        rows.append(
            [Paragraph(text(label), s["cell"]), *map(str, counts), percent_text(total.percents[index])]
        )
    graded = (sum(full.grades), sum(probationary.grades), sum(total.grades))
    rows.append(["Cộng (đã xếp loại)", *map(str, graded), "100,0" if graded[2] else "-"])
    widths = [width * f for f in (0.36, 0.17, 0.17, 0.15, 0.15)]
    return grid_table(rows, widths, center_columns=(1, 2, 3, 4), total_rows=1)


def _grades(data: ReviewReportData, width: float) -> list[Flowable]:
    total = data.lines[-1]
    flow: list[Flowable] = [
        para("III. Kết quả đánh giá, xếp loại đảng viên", "heading"),
        para(
            f"Kết quả {data.basis}: đã xếp loại {sum(total.grades)} đồng chí, chưa có kết quả "
            f"{total.pending} đồng chí; tỷ lệ tính trên số đảng viên đã xếp loại.",
            "body_indent",
        ),
        _grades_table(data, width),
        Spacer(1, 2 * mm),
    ]
    if data.quota_warning:
        flow.append(para(f"Lưu ý: {data.quota_warning}", "italic"))
    return flow


def _cell_grade(data: ReviewReportData) -> list[Flowable]:
    review = data.collective
    flow: list[Flowable] = [
        para("IV. Đề xuất xếp loại chất lượng chi bộ", "heading"),
        labelled("Chi bộ đề xuất xếp loại:", proposal_sentence(review.proposed_grade, review.vote, None)),
    ]
    if data.cell_decided:
        flow.append(labelled("Cấp trên quyết định xếp loại:", data.cell_decided))
    flow.append(
        para(
            "Chi bộ kính báo cáo cấp ủy cấp trên xem xét, quyết định xếp loại chất lượng đảng viên và "
            "chi bộ năm " + str(data.year) + ".",
            "body_indent",
        )
    )
    return flow


def review_report_body(data: ReviewReportData, width: float) -> list[Flowable]:
    return [
        para(
            f"Thực hiện {data.rules_title}, chi bộ báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất "
            f"lượng năm {data.year} như sau:",
            "body_indent",
        ),
        *_membership(data),
        para("II. Kết quả kiểm điểm tập thể chi bộ", "heading"),
        *collective_flow(data.collective, width, with_proposal=False),
        *_grades(data, width),
        *_cell_grade(data),
    ]


def render_review_report(data: ReviewReportData) -> bytes:
    summary = f"kiểm điểm, đánh giá, xếp loại chất lượng năm {data.year}"
    document = PartyDocument(
        header=data.header,
        kind="Báo cáo",
        summary=summary,
        signers=(Signer(authority="T/M chi bộ", title="Bí thư"),),
        recipients=data.recipients,
        title=f"Báo cáo {summary}",
    )
    return render(document, review_report_body(data, content_width(document)))
