"""The summary table of the year's grades (biểu tổng hợp kết quả đánh giá, xếp loại đảng viên), landscape:
one row for full members, one for probationary members and their total; for each row the members, those
not reviewed, those reviewed, those reviewed but not graded (admitted too recently), those without a
grade yet, and for each grade the count and its share of those graded. Under it: whose grades are
counted (the cell's proposals or the committee's decisions), the cell's own grade, and the quota warning.
The same table as an Excel workbook for the committee's own tallies.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

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
from cellapp.reports.review_form import labelled, percent_text
from cellapp.reports.workbooks import save_workbook

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

COUNT_HEADERS = (
    "Tổng số đảng viên",
    "Không kiểm điểm",
    "Được kiểm điểm",
    "Chưa xếp loại (mới kết nạp)",
    "Chưa có kết quả",
)
SUBJECT_HEADER = "Đối tượng"
COUNT_HEADER = "Số lượng"
PERCENT_HEADER = "Tỷ lệ (%)"


@dataclass(frozen=True)
class SummaryLine:
    label: str  # "Đảng viên chính thức", "Đảng viên dự bị", "Tổng cộng"
    members: int
    not_reviewed: int
    reviewed: int
    not_graded: int
    pending: int
    grades: tuple[int, ...]  # in the order of the grade labels, best first
    percents: tuple[float | None, ...]  # of those graded; None when nobody is graded

    @property
    def counts(self) -> tuple[int, ...]:
        return (self.members, self.not_reviewed, self.reviewed, self.not_graded, self.pending)


@dataclass(frozen=True)
class ReviewSummaryData:
    header: DocumentHeader
    year: int
    grade_labels: tuple[str, ...]
    lines: tuple[SummaryLine, ...]  # full, probationary, total
    basis: str  # "theo đề xuất của chi bộ" / "theo quyết định của cấp trên"
    cell_proposed: str  # the cell's proposed grade for itself, "" when not proposed
    cell_decided: str  # the committee's grade of the cell, "" when not decided
    quota_warning: str  # "" when the quota is kept

    @property
    def title(self) -> str:
        return f"Biểu tổng hợp kết quả đánh giá, xếp loại đảng viên năm {self.year}"


def header_rows(grade_labels: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The two header rows: counts span both rows, each grade spans its count and percentage columns."""
    first = [SUBJECT_HEADER, *COUNT_HEADERS]
    second = [""] * len(first)
    for label in grade_labels:
        first += [label, ""]
        second += [COUNT_HEADER, PERCENT_HEADER]
    return first, second


def line_values(line: SummaryLine) -> list[object]:
    values: list[object] = [line.label, *line.counts]
    for count, percent in zip(line.grades, line.percents, strict=True):
        values += [count, percent]
    return values


def printed_values(line: SummaryLine) -> list[str]:
    """The row's figures as printed: counts, and each grade's count and percentage."""
    cells = [str(count) for count in line.counts]
    for count, percent in zip(line.grades, line.percents, strict=True):
        cells += [str(count), percent_text(percent)]
    return cells


def _span_commands(grade_labels: tuple[str, ...]) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [("SPAN", (c, 0), (c, 1)) for c in range(1 + len(COUNT_HEADERS))]
    first_grade = 1 + len(COUNT_HEADERS)
    for index in range(len(grade_labels)):
        column = first_grade + 2 * index
        commands.append(("SPAN", (column, 0), (column + 1, 0)))
    return commands


def _widths(width: float, grades: int) -> list[float]:
    subject, count = 36 * mm, 19 * mm
    rest = (width - subject - count * len(COUNT_HEADERS)) / (2 * grades)
    return [subject, *[count] * len(COUNT_HEADERS), *[rest] * (2 * grades)]


def summary_table(data: ReviewSummaryData, width: float) -> Flowable:
    s = styles()
    first, second = header_rows(data.grade_labels)
    rows: list[list[object]] = [
        [Paragraph(text(h), s["cell_small_center"]) if h else "" for h in first],
        [Paragraph(text(h), s["cell_small_center"]) if h else "" for h in second],
    ]
    for line in data.lines:
        rows.append([Paragraph(text(line.label), s["cell"]), *printed_values(line)])
    columns = range(1, len(rows[0]))
    table = grid_table(
        rows, _widths(width, len(data.grade_labels)), header_rows=2, center_columns=columns, total_rows=1
    )
    table.setStyle(TableStyle(_span_commands(data.grade_labels)))
    return table


def cell_grade_text(data: ReviewSummaryData) -> str:
    if data.cell_decided:
        return f"{data.cell_decided} (cấp trên quyết định)"
    if data.cell_proposed:
        return f"{data.cell_proposed} (chi bộ đề xuất)"
    return ""


def review_summary_body(data: ReviewSummaryData, width: float) -> list[Flowable]:
    flow: list[Flowable] = [summary_table(data, width), Spacer(1, 4 * mm)]
    flow.append(
        para(f"Kết quả xếp loại đảng viên {data.basis}; tỷ lệ tính trên số đảng viên đã xếp loại.", "italic")
    )
    if data.quota_warning:
        flow.append(para(f"Lưu ý: {data.quota_warning}", "italic"))
    flow.append(labelled("Xếp loại chất lượng chi bộ:", cell_grade_text(data)))
    return flow


def render_review_summary(data: ReviewSummaryData) -> bytes:
    document = PartyDocument(
        header=data.header,
        kind="Biểu tổng hợp",
        summary=f"kết quả đánh giá, xếp loại đảng viên năm {data.year}",
        signers=(Signer(title="Người lập biểu"), Signer(authority="T/M chi bộ", title="Bí thư")),
        landscape=True,
        title=data.title,
    )
    return render(document, review_summary_body(data, content_width(document)))


# ------------------------------------------------------------------------------------------------------
# The same table as a workbook
# ------------------------------------------------------------------------------------------------------

FIRST_TABLE_ROW = 4  # after the title, the unit and a blank row


def _write_headers(sheet: Worksheet, data: ReviewSummaryData) -> None:
    from openpyxl.styles import Alignment, Font

    first, second = header_rows(data.grade_labels)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, horizontal="center", vertical="center")
    for offset, values in enumerate((first, second)):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=FIRST_TABLE_ROW + offset, column=column, value=value or None)
            cell.font, cell.alignment = bold, wrap
    for column in range(1, 2 + len(COUNT_HEADERS)):
        sheet.merge_cells(
            start_row=FIRST_TABLE_ROW, end_row=FIRST_TABLE_ROW + 1, start_column=column, end_column=column
        )
    for index in range(len(data.grade_labels)):
        column = 2 + len(COUNT_HEADERS) + 2 * index
        sheet.merge_cells(
            start_row=FIRST_TABLE_ROW, end_row=FIRST_TABLE_ROW, start_column=column, end_column=column + 1
        )


def _write_lines(sheet: Worksheet, data: ReviewSummaryData) -> int:
    from openpyxl.styles import Font

    row = FIRST_TABLE_ROW + 2
    for line in data.lines:
        for column, value in enumerate(line_values(line), start=1):
            rounded = round(value, 1) if isinstance(value, float) else value
            cell = sheet.cell(row=row, column=column, value=rounded)
            if isinstance(value, float):
                cell.number_format = "0.0"
            if line is data.lines[-1]:
                cell.font = Font(bold=True)
        row += 1
    return row


def _write_notes(sheet: Worksheet, data: ReviewSummaryData, row: int) -> None:
    notes = [f"Kết quả xếp loại đảng viên {data.basis}; tỷ lệ tính trên số đảng viên đã xếp loại."]
    if data.quota_warning:
        notes.append(f"Lưu ý: {data.quota_warning}")
    notes.append(f"Xếp loại chất lượng chi bộ: {cell_grade_text(data) or 'chưa có'}")
    for offset, note in enumerate(notes, start=1):
        sheet.cell(row=row + offset, column=1, value=note)


def write_review_summary_xlsx(data: ReviewSummaryData, path: Path) -> Path:
    """The summary table as .xlsx (counts and percentages as numbers), written beside `path` then renamed."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"Tổng hợp {data.year}"
    workbook.properties.title = data.title
    workbook.properties.subject = data.header.issuing_body
    sheet.cell(row=1, column=1, value=data.title.upper()).font = Font(bold=True, size=13)
    sheet.cell(
        row=2, column=1, value=", ".join(p for p in (data.header.issuing_body, data.header.upper_body) if p)
    )
    sheet.column_dimensions["A"].width = 24
    for index in range(2, 2 + len(COUNT_HEADERS) + 2 * len(data.grade_labels)):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = 13
    _write_headers(sheet, data)
    _write_notes(sheet, data, _write_lines(sheet, data))
    return save_workbook(workbook, path)
