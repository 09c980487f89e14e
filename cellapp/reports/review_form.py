"""One member's annual review form (bản kiểm điểm đảng viên, Mẫu 2A/2B/2C of Hướng dẫn 43-HD/BTCTW)
filled in: who the member is; I. the self-assessment, with the 100-point table where the rules score, and
the self-grade; II. the cell's comments (and the residence cell's or the previous cell's) with the grade
the cell proposes and its vote; III. the grade the committee decided. Signed by the member and for the
cell. Blank dotted lines stand where nothing has been recorded yet, to be filled in by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cellapp.domain.vietnamese import format_date
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

BLANK = "....................................."
BLANK_LINE = "." * 150


@dataclass(frozen=True)
class VoteCount:
    """A vote of the cell's full members on a proposed grade."""

    votes_for: int
    votes_against: int
    full_members: int


@dataclass(frozen=True)
class ScoreLine:
    label: str
    most: int  # the criterion's maximum points
    points: int | None  # the member's own points, None when not scored criterion by criterion


@dataclass(frozen=True)
class DecisionLine:
    grade: str
    body: str  # who decided: "Ban Thường vụ Đảng ủy xã …"
    decided_on: date
    reference: str  # the decision's number, "" when not given


@dataclass(frozen=True)
class ReviewFormData:
    header: DocumentHeader
    year: int
    form_label: str  # "Mẫu 2C: đảng viên không làm việc trong hệ thống chính trị"
    full_name: str
    party_grade: str  # "Đảng viên chính thức" / "Đảng viên dự bị"
    cell_name: str
    self_text: str
    scored: bool  # the rules score out of 100
    scores: tuple[ScoreLine, ...]
    self_score: int | None
    self_grade: str  # "" until the member grades themselves
    not_graded_reason: str  # "" for a member who is graded this year
    comments: str
    outside_label: str  # who gave the outside comment
    outside_comment: str
    proposed_grade: str
    vote: VoteCount | None
    proposed_on: date | None
    decision: DecisionLine | None


def vote_phrase(vote: VoteCount) -> str:
    return (
        f"{vote.votes_for} tán thành, {vote.votes_against} không tán thành, "
        f"trên tổng số {vote.full_members} đảng viên chính thức"
    )


def percent_text(value: float | None) -> str:
    """`66,7`: one decimal with the Vietnamese decimal comma; "-" when there is nothing to divide by."""
    return "-" if value is None else f"{value:.1f}".replace(".", ",")


def paragraphs(value: str, style: str = "body_indent") -> list[Flowable]:
    """Text as one paragraph per line, or dotted lines to write on when it is empty."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    if not lines:
        return [para(BLANK_LINE, "body_left"), para(BLANK_LINE, "body_left")]
    return [para(line, style) for line in lines]


@cache
def italic_center() -> ParagraphStyle:
    return ParagraphStyle("italic_center", parent=styles()["italic"], alignment=TA_CENTER)


def labelled(label: str, value: str) -> Paragraph:
    return para(f"<b>{text(label)}</b> {text(value or BLANK)}", "body_left", markup=True)


def _identity(data: ReviewFormData) -> list[Flowable]:
    return [
        Paragraph(text(f"({data.form_label})"), italic_center()),
        labelled("- Họ và tên:", data.full_name),
        labelled("- Là:", data.party_grade),
        labelled("- Sinh hoạt tại:", data.cell_name),
    ]


def score_total(data: ReviewFormData) -> int | None:
    """The sum of the criteria's points, or the score given alone."""
    points = [line.points for line in data.scores if line.points is not None]
    return sum(points) if points else data.self_score


def _score_table(data: ReviewFormData, width: float) -> Flowable:
    s = styles()
    header = [Paragraph(text(h), s["cell_bold"]) for h in ("TT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm")]
    rows: list[list[object]] = [header]
    for number, line in enumerate(data.scores, start=1):
        points = "" if line.points is None else str(line.points)
        rows.append([str(number), Paragraph(text(line.label), s["cell"]), str(line.most), points])
    total = score_total(data)
    most = sum(line.most for line in data.scores)
    rows.append(["", "Tổng cộng", str(most), "" if total is None else str(total)])
    widths = [width * f for f in (0.08, 0.60, 0.16, 0.16)]
    return grid_table(rows, widths, center_columns=(0, 2, 3), total_rows=1)


def _self_grade_line(data: ReviewFormData) -> Paragraph:
    if data.not_graded_reason:
        return labelled("Tự xếp loại:", data.not_graded_reason)
    return labelled("Tự xếp loại:", data.self_grade)


def _self_review(data: ReviewFormData, width: float) -> list[Flowable]:
    flow: list[Flowable] = [para("I. Tự kiểm điểm", "heading"), *paragraphs(data.self_text)]
    if data.scored and data.scores:
        flow += [
            para("Tự chấm điểm theo các tiêu chí (thang điểm 100):", "body_left"),
            _score_table(data, width),
        ]
        flow.append(Spacer(1, 3 * mm))
    return [*flow, _self_grade_line(data)]


def proposal_sentence(grade: str, vote: VoteCount | None, on: date | None) -> str:
    """ "Hoàn thành tốt nhiệm vụ (4 tán thành, 0 không tán thành, …; ngày 01/12/2026)"."""
    if not grade:
        return BLANK
    details = [vote_phrase(vote)] if vote else []
    if on:
        details.append(f"ngày {format_date(on)}")
    return f"{grade} ({'; '.join(details)})" if details else grade


def _cell_review(data: ReviewFormData) -> list[Flowable]:
    flow = paragraphs(data.comments)
    if data.outside_comment:
        flow.append(para(f"{data.outside_label}:", "body_left"))
        flow += paragraphs(data.outside_comment)
    if data.not_graded_reason:
        flow.append(labelled("Chi bộ đề xuất xếp loại:", data.not_graded_reason))
    else:
        proposal = proposal_sentence(data.proposed_grade, data.vote, data.proposed_on)
        flow.append(labelled("Chi bộ đề xuất xếp loại:", proposal))
    return headed("II. Nhận xét, đánh giá của chi bộ", flow)


def _decision_lines(decision: DecisionLine | None) -> list[tuple[str, str]]:
    if decision is None:
        return [("Xếp loại chất lượng:", BLANK), ("Cơ quan quyết định:", BLANK)]
    reference = f", {decision.reference}" if decision.reference else ""
    when = f"{decision.body}, ngày {format_date(decision.decided_on)}{reference}"
    return [("Xếp loại chất lượng:", decision.grade), ("Cơ quan quyết định:", when)]


@cache
def closing_section() -> ParagraphStyle:
    """A whole last section in one paragraph, so that it stays on the page of the signatures."""
    return ParagraphStyle("closing_section", parent=styles()["body_left"], spaceBefore=6)


def _decision(data: ReviewFormData) -> Paragraph:
    lines = ["<b>III. Cấp trên quyết định</b>"]
    lines += [f"<b>{text(label)}</b> {text(value)}" for label, value in _decision_lines(data.decision)]
    return Paragraph("<br/>".join(lines), closing_section())


def headed(title: str, flow: list[Flowable]) -> list[Flowable]:
    """A section whose heading never stands alone at the foot of a page."""
    heading = para(title, "heading")
    if not flow:
        return [heading]
    return [KeepTogether([heading, flow[0]]), *flow[1:]]


def review_form_body(data: ReviewFormData, width: float) -> list[Flowable]:
    return [*_identity(data), *_self_review(data, width), *_cell_review(data), _decision(data)]


def render_review_form(data: ReviewFormData) -> bytes:
    document = PartyDocument(
        header=data.header,
        kind="Bản kiểm điểm đảng viên",
        summary=f"Năm {data.year}",
        signers=(
            Signer(title="Người tự kiểm điểm", name=data.full_name),
            Signer(authority="T/M chi bộ", title="Bí thư"),
        ),
        title=f"Bản kiểm điểm đảng viên năm {data.year}: {data.full_name}",
    )
    return render(document, review_form_body(data, content_width(document)))
