"""Spreadsheets for import tests, written the way secretaries' files come: a title line above the header,
columns in any order, Excel date cells next to dd/mm/yyyy text, identifiers typed as numbers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook


def write_xlsx(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[object]], *, title: str | None = None
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if hasattr(cell.value, "year"):
                cell.number_format = "DD/MM/YYYY"
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8-sig",
) -> Path:
    lines = [delimiter.join(header), *(delimiter.join(row) for row in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def cp1258_bytes(text: str) -> bytes:
    """Text in the Vietnamese Windows code page, as Excel writes "CSV" on a Vietnamese Windows: letters
    with a tone mark that has no single code become the toneless letter plus a combining tone."""
    import unicodedata

    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            tone = next(mark for mark in decomposed if mark in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)
