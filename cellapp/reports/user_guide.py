"""The printed user guide: A4 in Liberation Serif (embedded), a cover, a table of contents with page
numbers, the sections with their screenshots, and PDF bookmarks; made from the same blocks as the help
window, so the paper and the screen never say different things.

Two passes (reportlab's `multiBuild`) put the page numbers in the table of contents.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph as PdfParagraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cellapp import __version__
from cellapp.domain.vietnamese import format_date, nfc
from cellapp.guide.document import (
    Block,
    Command,
    Guide,
    Heading,
    ListBlock,
    Note,
    Paragraph,
    Picture,
    Spans,
    TableBlock,
)
from cellapp.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

MARGIN = {"top": 20 * mm, "bottom": 20 * mm, "left": 25 * mm, "right": 20 * mm}
SHADE = colors.HexColor("#eef1f4")
NOTE = colors.HexColor("#fff4d6")
INK = colors.HexColor("#17324d")


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("guide_body", fontName=SERIF, fontSize=12, leading=16, spaceAfter=5)
    return {
        "body": body,
        "cell": ParagraphStyle("guide_cell", parent=body, fontSize=11, leading=14, spaceAfter=0),
        "command": ParagraphStyle("guide_command", parent=body, fontSize=11, leading=14, spaceAfter=0),
        "caption": ParagraphStyle(
            "guide_caption", parent=body, fontName=SERIF_ITALIC, fontSize=10, alignment=TA_CENTER
        ),
        "h1": ParagraphStyle("guide_h1", parent=body, fontName=SERIF_BOLD, fontSize=20, leading=26),
        "h2": ParagraphStyle(
            "guide_h2",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=16,
            leading=21,
            spaceBefore=10,
            spaceAfter=6,
            textColor=INK,
        ),
        "h3": ParagraphStyle(
            "guide_h3",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=8,
            spaceAfter=4,
            textColor=INK,
        ),
        "cover": ParagraphStyle(
            "guide_cover", parent=body, fontName=SERIF_BOLD, fontSize=26, leading=34, alignment=TA_CENTER
        ),
        "cover_small": ParagraphStyle("guide_cover_small", parent=body, fontSize=13, alignment=TA_CENTER),
        "toc1": ParagraphStyle("guide_toc1", parent=body, fontName=SERIF_BOLD, leftIndent=0, spaceAfter=2),
        "toc2": ParagraphStyle("guide_toc2", parent=body, fontSize=11, leading=14, leftIndent=8 * mm),
    }


class _GuideTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Pages with their number at the foot; each titled heading enters the contents and the bookmarks."""

    def __init__(self, buffer: io.BytesIO, title: str) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN["left"],
            rightMargin=MARGIN["right"],
            topMargin=MARGIN["top"],
            bottomMargin=MARGIN["bottom"],
            title=title,
            author="CellApp",
            creator="CellApp",
            initialFontName=SERIF,
            initialFontSize=12,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_page_number)])

    def afterFlowable(self, flowable: Flowable) -> None:
        section = getattr(flowable, "guide_section", None)
        if section is None:
            return
        level, title, key = section
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level - 2, closed=level > 2)
        self.notify("TOCEntry", (level - 2, title, self.page, key))


def _page_number(canvas: Canvas, document: BaseDocTemplate) -> None:
    if document.page < 2:
        return
    canvas.saveState()
    canvas.setFont(SERIF, 10)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, str(document.page))
    canvas.restoreState()


def render_guide(guide: Guide, folder: Path, *, today: date | None = None) -> bytes:
    """The guide as PDF bytes; images are read from `folder` (the guide's own folder)."""
    styles = _styles()
    buffer = io.BytesIO()
    template = _GuideTemplate(buffer, nfc(guide.title))
    writer = _Writer(styles, folder, template.width)
    contents = TableOfContents()
    contents.levelStyles = [styles["toc1"], styles["toc2"]]
    contents.dotsMinLevel = 0
    contents.tableStyle = TableStyle(  # reportlab's own style names no font: Helvetica would creep in
        [
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        PdfParagraph(escape(nfc(guide.title)), styles["cover"]),
        Spacer(1, 10 * mm),
        PdfParagraph(
            escape(f"CellApp {__version__} · {format_date(today or date.today())}"), styles["cover_small"]
        ),
        PageBreak(),
        PdfParagraph("Mục lục" if guide.language == "vi" else "Contents", styles["h2"]),
        contents,
    ]
    for block in guide.blocks:
        if isinstance(block, Heading) and block.level == 1:
            continue  # the title is on the cover
        story.extend(writer.block(block))
    template.multiBuild(story)
    return buffer.getvalue()


class _Writer:
    def __init__(self, styles: dict[str, ParagraphStyle], folder: Path, width: float) -> None:
        self.styles = styles
        self.folder = folder
        self.width = width

    def block(self, block: Block, width: float | None = None) -> list[Flowable]:
        width = width or self.width
        if isinstance(block, Heading):
            return self._heading(block)
        if isinstance(block, Paragraph):
            return [PdfParagraph(markup(block.spans), self.styles["body"])]
        if isinstance(block, Picture):
            return [self._picture(block, width)]
        if isinstance(block, Command):
            return [self._boxed([PdfParagraph(_command(block.text), self.styles["command"])], SHADE, width)]
        if isinstance(block, ListBlock):
            return [self._list(block, width)]
        if isinstance(block, Note):
            inner = [f for b in block.blocks for f in self.block(b, width - 8 * mm)]
            return [self._boxed(inner, NOTE, width)]
        if isinstance(block, TableBlock):
            return [self._table(block, width)]
        raise TypeError(block)

    def _heading(self, block: Heading) -> list[Flowable]:
        style = self.styles["h2" if block.level <= 2 else "h3"]
        anchor = f'<a name="{block.section}"/>' if block.section else ""
        heading = PdfParagraph(anchor + markup(block.spans), style)
        if block.section:
            heading.guide_section = (min(block.level, 3), nfc(block.title), block.section)  # type: ignore[attr-defined]
        # A chapter starts on a new page; a sub-section is never left alone at the foot of one.
        return [PageBreak() if block.level == 2 else CondPageBreak(45 * mm), heading]

    def _picture(self, block: Picture, width: float) -> Flowable:
        path = self.folder / block.source
        image = Image(str(path))
        scale = min(1.0, width / image.imageWidth) if image.imageWidth else 1.0
        image.drawWidth = image.imageWidth * scale if image.imageWidth * scale < width else width
        image.drawHeight = image.imageHeight * image.drawWidth / image.imageWidth
        parts: list[Flowable] = [Spacer(1, 2 * mm), image]
        if block.caption:
            parts.append(PdfParagraph(escape(nfc(block.caption)), self.styles["caption"]))
        return KeepTogether(parts)

    def _list(self, block: ListBlock, width: float) -> Flowable:
        items = [
            ListItem([f for b in item for f in self.block(b, width - 8 * mm)], leftIndent=8 * mm)
            for item in block.items
        ]
        options: dict[str, Any] = {"leftIndent": 8 * mm, "bulletFontName": SERIF, "bulletFontSize": 12}
        if block.ordered:
            return ListFlowable(items, bulletType="1", start=block.start, bulletFormat="%s.", **options)
        return ListFlowable(items, bulletType="bullet", start="•", **options)

    def _boxed(self, flowables: list[Flowable], background: colors.Color, width: float) -> Flowable:
        box = Table([[flowables]], colWidths=[width])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SERIF),
                    ("BACKGROUND", (0, 0), (-1, -1), background),
                    (
                        "BOX",
                        (0, 0),
                        (-1, -1),
                        0.5,
                        colors.HexColor("#c9b27a" if background == NOTE else "#b8c2cc"),
                    ),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                ]
            )
        )
        return box

    def _table(self, block: TableBlock, width: float) -> Flowable:
        columns = (
            max(len(block.header), *(len(row) for row in block.rows)) if block.rows else len(block.header)
        )
        cell = self.styles["cell"]
        rows = [[PdfParagraph(f"<b>{markup(c)}</b>", cell) for c in block.header]]
        rows += [[PdfParagraph(markup(c), cell) for c in row] for row in block.rows]
        table = Table(rows, colWidths=[width / columns] * columns, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), SERIF),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#b8c2cc")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf1")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table


def markup(spans: Spans) -> str:
    """reportlab's paragraph mini-markup for a run of spans."""
    parts: list[str] = []
    for span in spans:
        if span.line_break:
            parts.append("<br/>")
            continue
        piece = escape(span.text)  # the source is read as NFC; spaces around a run matter
        if span.code:
            piece = f'<font backColor="#eef1f4">{piece}</font>'
        if span.italic:
            piece = f"<i>{piece}</i>"
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.link.startswith("#"):
            piece = f'<a href="{escape(span.link)}" color="#1f4e8c">{piece}</a>'
        parts.append(piece)
    return "".join(parts)


def _command(text: str) -> str:
    return "<br/>".join(escape(line).replace("  ", "&nbsp; ") for line in text.splitlines())
