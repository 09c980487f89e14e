"""The committee's statistics report (báo cáo thống kê) in the Party format, landscape, and as an Excel
workbook: per cell and in total, members by status, sex, ethnicity and age band; admissions,
recognitions, transfers, deaths and disciplines in the period; meetings, attendance and tasks completed.
It receives plain lines; the committee service prepares them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cellapp.domain.review import ReviewGrade
from cellapp.reports.fonts import SERIF_BOLD
from cellapp.reports.party_format import (
    DocumentHeader,
    PartyDocument,
    Signer,
    content_width,
    grid_table,
    render,
    styles,
    text,
)
from cellapp.reports.workbooks import save_workbook

AGE_HEADINGS = ("Dưới 30", "30–39", "40–49", "50–59", "60–69", "Từ 70")
# Members counted in the total (full or probationary) but not active in the cell.
SITUATION_HEADINGS = ("Miễn sinh hoạt", "Sinh hoạt nơi khác", "Đình chỉ sinh hoạt")


def _small() -> ParagraphStyle:
    return ParagraphStyle("statsCell", parent=styles()["cell"], fontSize=10, leading=12)


def _head(value: str) -> Paragraph:
    """A column heading wrapped within its narrow column."""
    style = ParagraphStyle("statsHead", parent=_small(), fontName=SERIF_BOLD, alignment=TA_CENTER)
    return Paragraph(text(value), style)


@dataclass(frozen=True)
class StatisticsLine:
    """One cell (or the total): counts, and the attendance rate already as text ("92 %" or "")."""

    code: str
    name: str
    total: int  # = full + probationary
    full: int
    probationary: int
    # Of the total, those not active in the cell: exempt from meetings, attached elsewhere, suspended.
    exempt: int
    attached_elsewhere: int
    suspended: int
    women: int
    minorities: int  # ethnic minorities (not Kinh)
    ages: tuple[int, ...]  # AGE_HEADINGS, then unknown birth dates
    admissions: int
    recognitions: int
    transfers_in: int
    transfers_out: int
    deaths: int
    disciplines: int
    meetings: int
    thematic: int
    attendance: str
    tasks_completed: int


@dataclass(frozen=True)
class ReviewLine:
    """One cell's annual review: its stage as text, the members to grade, proposed and decided, and
    the count of each grade (in ReviewGrade order)."""

    name: str
    stage: str
    to_grade: int
    proposed: int
    decided: int
    grades: tuple[int, ...]


@dataclass(frozen=True)
class ReviewSection:
    year: int
    lines: Sequence[ReviewLine]


@dataclass(frozen=True)
class StatisticsPrintout:
    header: DocumentHeader
    period_label: str  # "quý IV năm 2026"
    as_of_label: str  # "30/09/2026"
    lines: Sequence[StatisticsLine]
    total: StatisticsLine
    ethnicities: Sequence[tuple[str, int]]  # in the total, most numerous first
    review: ReviewSection | None = None  # the annual review of the period's year


def _members_table(data: StatisticsPrintout, width: float) -> Flowable:
    head = [
        "STT",
        "Chi bộ",
        "Tổng số",
        "Chính thức",
        "Dự bị",
        *SITUATION_HEADINGS,
        "Nữ",
        "Dân tộc thiểu số",
        *AGE_HEADINGS,
    ]
    rows: list[list[object]] = [[_head(h) for h in head]]
    for index, line in enumerate(data.lines, start=1):
        rows.append(_member_cells(str(index), line))
    rows.append(_member_cells("", data.total))
    widths = [12 * mm, 0.0, *([14.5 * mm] * (len(head) - 2))]
    widths[1] = width - sum(widths)
    return grid_table(
        rows, widths, right_columns=range(2, len(head)), center_columns=(0,), total_rows=1, font_size=10
    )


def _member_cells(number: str, line: StatisticsLine) -> list[object]:
    name = Paragraph(text(line.name), _small()) if line.name else "Cộng"
    return [
        number,
        name,
        line.total,
        line.full,
        line.probationary,
        line.exempt,
        line.attached_elsewhere,
        line.suspended,
        line.women,
        line.minorities,
        *line.ages[:6],
    ]


def _activity_table(data: StatisticsPrintout, width: float) -> Flowable:
    head = [
        "STT",
        "Chi bộ",
        "Kết nạp",
        "Công nhận chính thức",
        "Chuyển đến",
        "Chuyển đi",
        "Từ trần",
        "Kỷ luật",
        "Buổi sinh hoạt",
        "Chuyên đề",
        "Tỷ lệ dự họp",
        "Nhiệm vụ hoàn thành",
    ]
    rows: list[list[object]] = [[_head(h) for h in head]]
    for index, line in enumerate([*data.lines, data.total], start=1):
        name: object = Paragraph(text(line.name), _small()) if line.name else "Cộng"
        rows.append(
            [
                str(index) if line.name else "",
                name,
                line.admissions,
                line.recognitions,
                line.transfers_in,
                line.transfers_out,
                line.deaths,
                line.disciplines,
                line.meetings,
                line.thematic,
                line.attendance,
                line.tasks_completed,
            ]
        )
    widths = [12 * mm, 0.0, *([17 * mm] * (len(head) - 2))]
    widths[1] = width - sum(widths)
    return grid_table(
        rows, widths, right_columns=range(2, len(head)), center_columns=(0,), total_rows=1, font_size=10
    )


def _review_table(review: ReviewSection, width: float) -> Flowable:
    grades = list(ReviewGrade)
    head = ["STT", "Chi bộ", "Tiến độ", "Phải xếp loại", "Đã đề xuất", "Đã quyết định"]
    head += [g.short.render("vi") for g in grades]
    rows: list[list[object]] = [[_head(h) for h in head]]
    for index, line in enumerate(review.lines, start=1):
        rows.append(
            [
                str(index),
                Paragraph(text(line.name), _small()),
                Paragraph(text(line.stage), _small()),
                line.to_grade,
                line.proposed,
                line.decided,
                *line.grades,
            ]
        )
    # The total row is the sum of the rows above it, column by column.
    rows.append(
        [
            "",
            "Cộng",
            "",
            sum(line.to_grade for line in review.lines),
            sum(line.proposed for line in review.lines),
            sum(line.decided for line in review.lines),
            *[sum(line.grades[i] for line in review.lines) for i in range(len(grades))],
        ]
    )
    widths = [12 * mm, 0.0, 40 * mm, *([20 * mm] * (len(head) - 3))]
    widths[1] = width - sum(widths)
    return grid_table(
        rows, widths, right_columns=range(3, len(head)), center_columns=(0,), total_rows=1, font_size=10
    )


def statistics_body(data: StatisticsPrintout, width: float) -> list[Flowable]:
    heading = styles()["heading"]
    body = styles()["body"]
    cells = len(data.lines)
    story: list[Flowable] = [
        Paragraph(
            text(
                f"Số liệu {cells} chi bộ trực thuộc, tính đến ngày {data.as_of_label}, theo dữ liệu các chi bộ "
                "đã gửi về cấp ủy."
            ),
            body,
        ),
        Paragraph(text("I. Đảng viên"), heading),
        _members_table(data, width),
        Spacer(1, 2 * mm),
        Paragraph(
            text(
                "Tổng số = chính thức + dự bị. Miễn sinh hoạt, sinh hoạt tạm thời nơi khác, đình chỉ sinh hoạt: "
                "những đảng viên trong tổng số không sinh hoạt tại chi bộ; đảng viên sinh hoạt tạm thời đến "
                "không tính vào tổng số."
            ),
            body,
        ),
    ]
    if data.ethnicities:
        listed = "; ".join(f"{name}: {count}" for name, count in data.ethnicities)
        story.append(Paragraph(text(f"Thành phần dân tộc: {listed}."), body))
    story.append(
        KeepTogether(
            [
                Paragraph(text("II. Biến động đảng viên và sinh hoạt chi bộ trong kỳ"), heading),
                _activity_table(data, width),
            ]
        )
    )
    if data.review is not None and data.review.lines:
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        text(f"III. Kiểm điểm, đánh giá, xếp loại đảng viên năm {data.review.year}"), heading
                    ),
                    _review_table(data.review, width),
                    Spacer(1, 2 * mm),
                    Paragraph(
                        text(
                            "Xếp loại theo quyết định của cấp trên với đảng viên đã có quyết định, theo đề xuất của "
                            "chi bộ với đảng viên chưa có quyết định."
                        ),
                        body,
                    ),
                ]
            )
        )
    story.append(Paragraph(text("Cấp ủy báo cáo để cấp trên theo dõi, chỉ đạo."), body))
    return story


def statistics_pdf(data: StatisticsPrintout) -> bytes:
    document = PartyDocument(
        header=data.header,
        kind="Báo cáo",
        summary=f"thống kê đảng viên và sinh hoạt chi bộ {data.period_label}",
        signers=(Signer(authority="T/M Ban Thường vụ", title="Bí thư"),),
        recipients=("Như trên,", "Lưu văn phòng."),
        landscape=True,
        title=f"Báo cáo thống kê {data.period_label}",
    )
    return render(document, statistics_body(data, content_width(document)))


XLSX_HEADINGS = (
    "Mã",
    "Chi bộ",
    "Tổng số",
    "Chính thức",
    "Dự bị",
    *SITUATION_HEADINGS,
    "Nữ",
    "Dân tộc thiểu số",
    *AGE_HEADINGS,
    "Chưa rõ tuổi",
    "Kết nạp",
    "Công nhận chính thức",
    "Chuyển đến",
    "Chuyển đi",
    "Từ trần",
    "Kỷ luật",
    "Buổi sinh hoạt",
    "Chuyên đề",
    "Tỷ lệ dự họp",
    "Nhiệm vụ hoàn thành",
)


def _xlsx_row(line: StatisticsLine) -> list[object]:
    return [
        line.code,
        line.name or "Cộng",
        line.total,
        line.full,
        line.probationary,
        line.exempt,
        line.attached_elsewhere,
        line.suspended,
        line.women,
        line.minorities,
        *line.ages,
        line.admissions,
        line.recognitions,
        line.transfers_in,
        line.transfers_out,
        line.deaths,
        line.disciplines,
        line.meetings,
        line.thematic,
        line.attendance,
        line.tasks_completed,
    ]


def write_statistics_xlsx(data: StatisticsPrintout, path: Path) -> Path:
    """Two sheets: the figures per cell with a total line, and the ethnic composition in total."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Thống kê"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE5F0")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    sheet.append([f"{data.header.issuing_body} – thống kê {data.period_label}, đến ngày {data.as_of_label}"])
    sheet["A1"].font = bold
    sheet.append(list(XLSX_HEADINGS))
    for cell in sheet[2]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    for line in data.lines:
        sheet.append(_xlsx_row(line))
    sheet.append(_xlsx_row(data.total))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    sheet.freeze_panes = "C3"
    sheet.column_dimensions["B"].width = 32
    ethnic = workbook.create_sheet("Dân tộc")
    ethnic.append(["Dân tộc", "Số đảng viên"])
    for cell in ethnic[1]:
        cell.font, cell.fill = bold, fill
    for name, count in data.ethnicities:
        ethnic.append([name, count])
    ethnic.column_dimensions["A"].width = 24
    return save_workbook(workbook, path)
