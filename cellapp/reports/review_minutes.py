"""The minutes (biên bản) of the cell meeting that reviews and grades the year: time, place, attendance,
chair and secretary; I. the cell's collective review against its criteria, its self-grade and the grade
it proposes with the vote; II. each member's self-grade, the grade the cell proposes and the vote, and
the members reviewed but not graded or not reviewed, with the reason. Signed by the secretary and the
chair. What the secretary has not recorded is left as a dotted blank to fill in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
from cellapp.reports.review_form import VoteCount, labelled, paragraphs, proposal_sentence

DOTS = "....."
MET_MARK = "×"  # the document font has no check mark; Party forms tick with a cross


@dataclass(frozen=True)
class CriterionLine:
    label: str
    met: bool | None  # None: not assessed yet


@dataclass(frozen=True)
class CollectiveReview:
    """The cell's own review of the year against its criteria."""

    title: str  # "Năm tốt, bốn không"
    criteria: tuple[CriterionLine, ...]
    self_text: str
    self_grade: str
    proposed_grade: str
    vote: VoteCount | None


@dataclass(frozen=True)
class MemberGradeLine:
    full_name: str
    self_grade: str
    proposed_grade: str
    votes_for: int | None
    votes_against: int | None


@dataclass(frozen=True)
class LeftOutLine:
    """A member reviewed but not graded, or not reviewed, and why."""

    full_name: str
    reason: str


@dataclass(frozen=True)
class ReviewMinutesData:
    header: DocumentHeader
    year: int
    session_on: date | None
    place: str
    chair_name: str
    secretary_name: str
    present: int | None
    total_members: int
    full_members: int
    collective: CollectiveReview
    members: tuple[MemberGradeLine, ...]
    left_out: tuple[LeftOutLine, ...]


def criteria_table(criteria: tuple[CriterionLine, ...], width: float) -> Flowable:
    """TT | Tiêu chí | Đạt | Chưa đạt, a cross in the column that applies."""
    s = styles()
    rows: list[list[object]] = [
        [Paragraph(text(h), s["cell_bold"]) for h in ("TT", "Tiêu chí", "Đạt", "Chưa đạt")]
    ]
    for number, criterion in enumerate(criteria, start=1):
        met = MET_MARK if criterion.met else ""
        unmet = MET_MARK if criterion.met is False else ""
        rows.append([str(number), Paragraph(text(criterion.label), s["cell"]), met, unmet])
    met_count = sum(1 for c in criteria if c.met)
    rows.append(["", "Cộng", str(met_count), str(sum(1 for c in criteria if c.met is False))])
    widths = [width * f for f in (0.08, 0.64, 0.14, 0.14)]
    return grid_table(rows, widths, center_columns=(0, 2, 3), total_rows=1)


def collective_flow(review: CollectiveReview, width: float, *, with_proposal: bool = True) -> list[Flowable]:
    """The criteria table, the cell's own assessment, its self-grade and (unless told not to) its proposed
    grade with the vote."""
    flow: list[Flowable] = []
    if review.criteria:
        flow.append(para(f"Chi bộ tự đánh giá theo các tiêu chí “{review.title}”:", "body_left"))
        flow += [criteria_table(review.criteria, width), Spacer(1, 3 * mm)]
    flow += paragraphs(review.self_text)
    flow.append(labelled("Chi bộ tự xếp loại:", review.self_grade))
    if with_proposal:
        proposal = proposal_sentence(review.proposed_grade, review.vote, None)
        flow.append(labelled("Chi bộ biểu quyết đề xuất xếp loại:", proposal))
    return flow


def _day_text(day: date | None) -> str:
    if day is None:
        return f"ngày {DOTS} tháng {DOTS} năm {DOTS}"
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _opening(data: ReviewMinutesData) -> list[Flowable]:
    present = DOTS if data.present is None else str(data.present)
    return [
        labelled("- Thời gian:", f"bắt đầu lúc {DOTS} giờ {DOTS}, {_day_text(data.session_on)}."),
        labelled("- Địa điểm:", f"{data.place or DOTS}."),
        labelled(
            "- Thành phần:",
            f"Có mặt {present}/{data.total_members} đảng viên của chi bộ "
            f"({data.full_members} đảng viên chính thức có quyền biểu quyết).",
        ),
        labelled("- Chủ trì:", f"đồng chí {data.chair_name or DOTS}."),
        labelled("- Thư ký:", f"đồng chí {data.secretary_name or DOTS}."),
    ]


def _vote_cell(value: int | None) -> str:
    return "" if value is None else str(value)


def _members_table(members: tuple[MemberGradeLine, ...], width: float) -> Flowable:
    s = styles()
    headers = ("STT", "Họ và tên", "Tự xếp loại", "Chi bộ đề xuất", "Tán thành", "Không tán thành")
    rows: list[list[object]] = [[Paragraph(text(h), s["cell_bold"]) for h in headers]]
    for number, member in enumerate(members, start=1):
        rows.append(
            [
                str(number),
                Paragraph(text(member.full_name), s["cell"]),
                Paragraph(text(member.self_grade), s["cell_small"]),
                Paragraph(text(member.proposed_grade), s["cell_small"]),
                _vote_cell(member.votes_for),
                _vote_cell(member.votes_against),
            ]
        )
    widths = [width * f for f in (0.08, 0.26, 0.22, 0.22, 0.11, 0.11)]
    return grid_table(rows, widths, center_columns=(0, 4, 5))


def _left_out_table(left_out: tuple[LeftOutLine, ...], width: float) -> Flowable:
    s = styles()
    rows: list[list[object]] = [[Paragraph(text(h), s["cell_bold"]) for h in ("STT", "Họ và tên", "Lý do")]]
    for number, line in enumerate(left_out, start=1):
        rows.append(
            [str(number), Paragraph(text(line.full_name), s["cell"]), Paragraph(text(line.reason), s["cell"])]
        )
    return grid_table(rows, [width * f for f in (0.08, 0.34, 0.58)], center_columns=(0,))


def _members(data: ReviewMinutesData, width: float) -> list[Flowable]:
    flow: list[Flowable] = [
        para("II. Kiểm điểm, đánh giá, xếp loại đảng viên", "heading"),
        para(
            "Từng đảng viên trình bày bản tự kiểm điểm; chi bộ góp ý, nhận xét và biểu quyết đề xuất "
            "xếp loại chất lượng như sau:",
            "body_indent",
        ),
    ]
    if data.members:
        flow.append(_members_table(data.members, width))
    else:
        flow.append(para("Chưa có đảng viên nào được đề xuất xếp loại.", "body_indent"))
    if data.left_out:
        flow.append(Spacer(1, 3 * mm))
        flow.append(para("Đảng viên kiểm điểm nhưng chưa xếp loại, đảng viên không kiểm điểm:", "body_left"))
        flow.append(_left_out_table(data.left_out, width))
    return flow


def review_minutes_body(data: ReviewMinutesData, width: float) -> list[Flowable]:
    return [
        *_opening(data),
        para("I. Kiểm điểm tập thể chi bộ", "heading"),
        *collective_flow(data.collective, width),
        *_members(data, width),
        Spacer(1, 3 * mm),
        para(
            f"Hội nghị kết thúc lúc {DOTS} giờ {DOTS} cùng ngày. Biên bản đã được đọc lại trước hội nghị "
            "và được các đảng viên dự họp nhất trí thông qua.",
            "body_indent",
        ),
    ]


def render_review_minutes(data: ReviewMinutesData) -> bytes:
    summary = f"họp chi bộ kiểm điểm, đánh giá, xếp loại chất lượng năm {data.year}"
    document = PartyDocument(
        header=data.header,
        kind="Biên bản",
        summary=summary,
        signers=(
            Signer(title="Thư ký", name=data.secretary_name),
            Signer(title="Chủ trì", name=data.chair_name),
        ),
        title=f"Biên bản {summary}",
    )
    return render(document, review_minutes_body(data, content_width(document)))
