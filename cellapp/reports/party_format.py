"""The Party's document format (Hướng dẫn 36-HD/VPTW, docs/party-rules.md §4) as a reusable reportlab frame.

A4; margins top 25, bottom 25, left 35, right 15 mm; the superior body's name top left with the issuing
cell in bold under it and a star, then the number; "ĐẢNG CỘNG SẢN VIỆT NAM" top right in bold with a rule
as long as the heading, and the italic place and date under it; the document type and its summary
centred; the body; signature blocks; "Nơi nhận" bottom left; page numbers from page 2, 10 mm from the top.
Documents (minutes, resolutions, fee books, reports) supply only their body and their signers.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cellapp.domain.vietnamese import format_long_date, nfc
from cellapp.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
MARGINS_MM = {"top": 25, "bottom": 25, "left": 35, "right": 15}


@dataclass(frozen=True)
class DocumentHeader:
    """Who issues the document, its number, and where and when."""

    upper_body: str  # the directly superior body, e.g. "Đảng bộ xã Xín Mần"
    issuing_body: str  # e.g. "Chi bộ thôn Nấm Dẩn"
    place: str
    day: date
    number: str | None = None  # e.g. "Số 07-BB/CB"


@dataclass(frozen=True)
class Signer:
    """One signature block: authority (e.g. "T/M CHI BỘ"), title ("BÍ THƯ"), and the signer's name."""

    title: str
    name: str = ""
    authority: str = ""


@dataclass(frozen=True)
class PartyDocument:
    header: DocumentHeader
    kind: str  # "BIÊN BẢN", "NGHỊ QUYẾT", "SỔ THU ĐẢNG PHÍ" …
    summary: str = ""  # the line under the kind, e.g. "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"
    signers: tuple[Signer, ...] = ()
    recipients: tuple[str, ...] = ()  # "Nơi nhận" lines; shown bottom left beside the last signer
    landscape: bool = False
    title: str = ""  # PDF metadata title
    extra_styles: dict[str, Any] = field(default_factory=dict)
    draft: bool = False  # printed before approval: "(Dự thảo)" under the title


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of party documents (sizes from 36-HD/VPTW). Built once and shared: derive
    a new ParagraphStyle (parent=…) instead of changing one."""
    register_fonts()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=14, leading=18, alignment=TA_JUSTIFY, spaceAfter=4)
    return {
        "body": base,
        "body_left": ParagraphStyle("body_left", parent=base, alignment=TA_LEFT),
        "body_indent": ParagraphStyle("body_indent", parent=base, firstLineIndent=10 * mm),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=SERIF_BOLD, spaceBefore=6, alignment=TA_LEFT
        ),
        "kind": ParagraphStyle(
            "kind", parent=base, fontName=SERIF_BOLD, fontSize=16, leading=20, alignment=TA_CENTER
        ),
        "summary": ParagraphStyle(
            "summary", parent=base, fontName=SERIF_BOLD, alignment=TA_CENTER, spaceAfter=0
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", parent=base, fontName=SERIF_BOLD, alignment=TA_CENTER),
        "italic": ParagraphStyle("italic", parent=base, fontName=SERIF_ITALIC),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=12, leading=15, spaceAfter=0, alignment=TA_LEFT
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=12, leading=14, spaceAfter=0, alignment=TA_LEFT),
        "cell_center": ParagraphStyle(
            "cell_center", parent=base, fontSize=12, leading=14, spaceAfter=0, alignment=TA_CENTER
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold",
            parent=base,
            fontName=SERIF_BOLD,
            fontSize=12,
            leading=14,
            spaceAfter=0,
            alignment=TA_CENTER,
        ),
        "cell_small": ParagraphStyle(
            "cell_small", parent=base, fontSize=11, leading=13, spaceAfter=0, alignment=TA_LEFT
        ),
        "cell_small_center": ParagraphStyle(
            "cell_small_center", parent=base, fontSize=11, leading=13, spaceAfter=0, alignment=TA_CENTER
        ),
    }


def text(value: str) -> str:
    """NFC text made safe for reportlab's paragraph markup."""
    return escape(nfc(value)) if value else ""


def para(value: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or, with `markup`, of reportlab mini-markup (<b>, <i>)."""
    content = nfc(value) if markup else text(value)
    return Paragraph(content, styles()[style])


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    right_columns: Sequence[int] = (),
    center_columns: Sequence[int] = (),
    total_rows: int = 0,
    font_size: float = 12,
) -> Table:
    """A ruled table in the document font (cells may be strings or flowables); the header repeats.

    `right_columns` align amounts of money and `total_rows` makes the last rows bold (a "Cộng" line).
    """
    register_fonts()
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), SERIF_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size + 2),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in right_columns:
        commands.append(("ALIGN", (column, header_rows), (column, -1), "RIGHT"))
    for column in center_columns:
        commands.append(("ALIGN", (column, header_rows), (column, -1), "CENTER"))
    if total_rows:
        commands.append(("FONTNAME", (0, -total_rows), (-1, -1), SERIF_BOLD))
    table.setStyle(TableStyle(commands))
    return table


def signature_space(height: float = 8 * mm) -> Flowable:
    """An empty cell content that keeps a table row tall enough to sign in by hand."""
    return Spacer(1, height)


class _HeadingWithRule(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """ "ĐẢNG CỘNG SẢN VIỆT NAM" centred in its column, underlined by a rule exactly as long as the text."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 22

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return float(self.width), float(self.height)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(SERIF_BOLD, 15)
        text_width = canvas.stringWidth(PARTY_HEADING, SERIF_BOLD, 15)
        x = (self.width - text_width) / 2
        canvas.drawString(x, 8, PARTY_HEADING)
        canvas.setLineWidth(0.8)
        canvas.line(x, 4, x + text_width, 4)


def content_width(document: PartyDocument) -> float:
    page_width = float((landscape(A4) if document.landscape else A4)[0])
    return float(page_width - (MARGINS_MM["left"] + MARGINS_MM["right"]) * mm)


def header_block(document: PartyDocument) -> Table:
    s = styles()
    header = document.header
    width = content_width(document)
    left_width, right_width = width * 0.45, width * 0.55
    left = [
        Paragraph(text(header.upper_body.upper()), ParagraphStyle("up", parent=s["center"], spaceAfter=0)),
        Paragraph(
            text(header.issuing_body.upper()), ParagraphStyle("iss", parent=s["center_bold"], spaceAfter=0)
        ),
        Paragraph("*", ParagraphStyle("star", parent=s["center"], spaceAfter=2)),
    ]
    if header.number:
        left.append(Paragraph(text(header.number), ParagraphStyle("num", parent=s["center"], spaceAfter=0)))
    right = [
        _HeadingWithRule(right_width - 6),
        Spacer(1, 6),
        Paragraph(
            text(format_long_date(header.day, header.place)),
            ParagraphStyle("date", parent=s["italic"], alignment=TA_CENTER, spaceAfter=0),
        ),
    ]
    table = Table([[left, right]], colWidths=[left_width, right_width])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def title_block(document: PartyDocument) -> list[Flowable]:
    s = styles()
    blocks: list[Flowable] = [Spacer(1, 10 * mm), Paragraph(text(document.kind.upper()), s["kind"])]
    if document.summary:
        blocks.append(Paragraph(text(document.summary), s["summary"]))
    if document.draft:
        blocks.append(
            Paragraph("(Dự thảo)", ParagraphStyle("draft", parent=s["italic"], alignment=TA_CENTER))
        )
    blocks.append(Paragraph("-----", s["center"]))
    blocks.append(Spacer(1, 4 * mm))
    return blocks


def signature_block(document: PartyDocument, lead: Flowable | None = None) -> Flowable:
    """Signers side by side (the last on the right); recipients, if any, take the left column.

    `lead` (the body's closing sentence) is kept on the same page, so signatures never stand alone.
    """
    s = styles()
    width = content_width(document)
    bold_center = ParagraphStyle("sig", parent=s["center_bold"], spaceAfter=0)

    def signer_cell(signer: Signer) -> list[Flowable]:
        cell: list[Flowable] = []
        if signer.authority:
            cell.append(Paragraph(text(signer.authority.upper()), bold_center))
        cell.append(Paragraph(text(signer.title.upper()), bold_center))
        cell.append(Spacer(1, 24 * mm))
        cell.append(Paragraph(text(signer.name), bold_center))
        return cell

    cells: list[Any] = [signer_cell(signer) for signer in document.signers]
    if document.recipients:
        recipients: list[Flowable] = [
            Paragraph(
                "<u><b><i>Nơi nhận:</i></b></u>", ParagraphStyle("rcpt", parent=s["small"], fontName=SERIF)
            )
        ]
        recipients += [Paragraph(text(f"- {line}"), s["small"]) for line in document.recipients]
        cells = [recipients, *cells]
    if not cells:
        return lead if lead is not None else Spacer(1, 0)
    if len(cells) == 1:
        cells = ["", cells[0]]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*([lead] if lead is not None else []), Spacer(1, 6 * mm), table])


def _number_pages(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    """Page numbers from page 2, centred over the text block, 10 mm from the top edge."""
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(SERIF, 14)
    page_width, page_height = doc.pagesize
    centre = doc.leftMargin + (page_width - doc.leftMargin - doc.rightMargin) / 2
    canvas.drawCentredString(centre, page_height - 10 * mm - 10, str(doc.page))
    canvas.restoreState()


def render(document: PartyDocument, body: Sequence[Flowable], appendix: Sequence[Flowable] = ()) -> bytes:
    """The whole document as PDF bytes (header, title, body, signatures, then any appendix such as the
    addenda of finalised minutes)."""
    family = register_fonts()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if document.landscape else A4,
        topMargin=MARGINS_MM["top"] * mm,
        bottomMargin=MARGINS_MM["bottom"] * mm,
        leftMargin=MARGINS_MM["left"] * mm,
        rightMargin=MARGINS_MM["right"] * mm,
        title=nfc(document.title or f"{document.kind} {document.summary}".strip()),
        author=nfc(document.header.issuing_body),
        creator="CellApp",
        initialFontName=family,
        initialFontSize=14,
    )
    body = list(body)
    closing = body.pop() if body and isinstance(body[-1], Paragraph) else None
    story: list[Flowable] = [
        header_block(document),
        *title_block(document),
        *body,
        signature_block(document, lead=closing),
        *appendix,
    ]
    template.build(story, onFirstPage=_number_pages, onLaterPages=_number_pages)
    return buffer.getvalue()


def write_pdf(pdf: bytes, target: Path) -> Path:
    """Write atomically (temporary file, fsync, rename) so a failed write never leaves half a PDF."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    with open(temporary, "wb") as handle:
        handle.write(pdf)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target
