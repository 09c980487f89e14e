"""Reading a member list from a spreadsheet: `.xlsx` (openpyxl) or `.csv`, as a header and numbered rows.

The header row is the first of the top rows that names a known column, so a list with a title line above
its header ("DANH SÁCH ĐẢNG VIÊN …") reads as well. CSV files saved by Excel come as UTF-8 (with or without
a byte-order mark) or in the Vietnamese Windows code page (cp1258, whose tone marks are combining
characters: text is normalised to NFC); the separator is a comma, semicolon or tab.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T

HEADER_SEARCH_ROWS = 10
CellValue = object


@dataclass(frozen=True)
class SheetRows:
    header: tuple[str, ...]
    header_row: int
    rows: tuple[tuple[int, tuple[CellValue, ...]], ...]  # (spreadsheet row number, cells)


def read_rows(path: Path, is_header: Callable[[tuple[CellValue, ...]], bool]) -> SheetRows:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputRejected(T("{path} does not exist.", "Không có tệp {path}.", path=str(path)))
    if suffix == ".xlsx":
        raw = _xlsx_rows(path)
    elif suffix == ".csv":
        raw = _csv_rows(path)
    else:
        raise InputRejected(
            T(
                "{path}: CellApp reads .xlsx and .csv files; save an older .xls file as .xlsx first.",
                "{path}: CellApp đọc tệp .xlsx và .csv; tệp .xls cũ cần lưu lại dưới dạng .xlsx trước.",
                path=path.name,
            )
        )
    rows = list(raw)
    for index, (number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if is_header(cells):
            header = tuple("" if c is None else str(c).strip() for c in cells)
            body = tuple((n, c) for n, c in rows[index + 1 :] if any(_filled(v) for v in c))
            return SheetRows(header, number, body)
    raise InputRejected(
        T(
            "{path}: no header row with a 'Họ và tên' (full_name) column in the first {count} rows.",
            "{path}: không tìm thấy dòng tiêu đề có cột 'Họ và tên' (full_name) trong {count} dòng đầu.",
            path=path.name,
            count=HEADER_SEARCH_ROWS,
        )
    )


def _filled(value: CellValue) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _xlsx_rows(path: Path) -> Iterator[tuple[int, tuple[CellValue, ...]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputRejected(
            T(
                "{path} is not a readable Excel workbook ({detail}).",
                "{path} không phải tệp Excel đọc được ({detail}).",
                path=path.name,
                detail=str(error),
            )
        ) from error
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, tuple(row)
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Iterator[tuple[int, tuple[CellValue, ...]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1258", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, row in enumerate(reader, start=1):
        yield number, tuple(row)
