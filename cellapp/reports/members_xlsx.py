"""The member register as an Excel workbook (openpyxl): one header row, one row per member.

Identifiers are written as text cells so their leading zeros survive Excel; dates as real date cells shown
dd/mm/yyyy. The file is written beside its final name and renamed into place, so a crash never leaves a
half-written workbook under the name the user chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cellapp.reports.workbooks import save_workbook

DATE_FORMAT = "DD/MM/YYYY"
TEXT_FORMAT = "@"


@dataclass(frozen=True)
class SheetColumn:
    header: str
    width: float
    kind: str = "text"  # text | date | number | identifier


@dataclass(frozen=True)
class RegisterSheet:
    sheet_title: str
    columns: Sequence[SheetColumn]
    rows: Sequence[Sequence[object]]
    unit_name: str = ""


def write_register_xlsx(sheet: RegisterSheet, path: Path) -> Path:
    # openpyxl loads only when a spreadsheet is written (a quarter of a second at start-up otherwise).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook(write_only=True)
    workbook.properties.title = sheet.sheet_title
    workbook.properties.subject = sheet.unit_name
    worksheet = workbook.create_sheet(sheet.sheet_title[:31])
    for index, column in enumerate(sheet.columns, start=1):
        worksheet.column_dimensions[_letter(index)].width = column.width
    worksheet.freeze_panes = "C2"
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE5F0")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    header = []
    for column in sheet.columns:
        cell = WriteOnlyCell(worksheet, value=column.header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = wrap
        header.append(cell)
    worksheet.append(header)
    for row in sheet.rows:
        cells = []
        for column, value in zip(sheet.columns, row, strict=True):
            cell = WriteOnlyCell(worksheet, value=value)
            if column.kind == "date" and isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif column.kind == "identifier":
                cell.number_format = TEXT_FORMAT
            cells.append(cell)
        worksheet.append(cells)
    return save_workbook(workbook, path)


def _letter(index: int) -> str:
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
