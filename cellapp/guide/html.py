"""The guide as the HTML that Qt's rich-text browser shows offline (no web engine): headings carry an
anchor named after their section, images a display width, notes a shaded box, commands a fixed font.

Qt's rich text is a subset of HTML 4 with a little CSS; everything here stays inside it.
"""

from __future__ import annotations

from html import escape

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

IMAGE_WIDTH = 640  # pixels in the help window; the images are 1366 wide and scaled down smoothly

_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 20pt; color: #17324d; }
h2 { font-size: 16pt; color: #17324d; margin-top: 18px; }
h3 { font-size: 13pt; color: #17324d; margin-top: 12px; }
td, th { padding: 4px; }
th { background-color: #e6ebf1; }
.caption { color: #4a5a6a; font-style: italic; }
"""


def guide_html(guide: Guide, *, image_width: int = IMAGE_WIDTH) -> str:
    body = "\n".join(_block(block, image_width) for block in guide.blocks)
    return (
        f'<html><head><meta charset="utf-8"><title>{escape(guide.title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def spans_html(spans: Spans) -> str:
    parts: list[str] = []
    for span in spans:
        if span.line_break:
            parts.append("<br>")
            continue
        piece = escape(span.text, quote=False)
        if span.code:
            piece = f'<code style="background-color:#eef1f4">{piece}</code>'
        if span.italic:
            piece = f"<i>{piece}</i>"
        if span.bold:
            piece = f"<b>{piece}</b>"
        if span.link:
            piece = f'<a href="{escape(span.link)}">{piece}</a>'
        parts.append(piece)
    return "".join(parts)


def _block(block: Block, image_width: int) -> str:
    if isinstance(block, Heading):
        anchor = f'<a name="{block.section}"></a>' if block.section else ""
        return f"<h{block.level}>{anchor}{spans_html(block.spans)}</h{block.level}>"
    if isinstance(block, Paragraph):
        return f"<p>{spans_html(block.spans)}</p>"
    if isinstance(block, Picture):
        caption = f'<br><span class="caption">{escape(block.caption)}</span>' if block.caption else ""
        return (
            f'<p align="center"><img src="{escape(block.source)}" width="{image_width}" '
            f'alt="{escape(block.caption)}">{caption}</p>'
        )
    if isinstance(block, Command):
        return f'<pre style="background-color:#eef1f4">{escape(block.text)}</pre>'
    if isinstance(block, ListBlock):
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        items = "".join(f"<li>{_item(item, image_width)}</li>" for item in block.items)
        return f"<{tag}{start}>{items}</{tag}>"
    if isinstance(block, Note):
        inner = "".join(_block(b, image_width) for b in block.blocks)
        return (
            '<table width="100%" cellpadding="8" style="background-color:#fff4d6; '
            f'border: 1px solid #e0b84d"><tr><td>{inner}</td></tr></table>'
        )
    if isinstance(block, TableBlock):
        head = "".join(f"<th align=left>{spans_html(cell)}</th>" for cell in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{spans_html(cell)}</td>" for cell in row) + "</tr>" for row in block.rows
        )
        return (
            '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
            f'style="border-collapse: collapse; border-color: #b8c2cc"><tr>{head}</tr>{rows}</table>'
        )
    raise TypeError(block)


def _item(blocks: tuple[Block, ...], image_width: int) -> str:
    # A list item's single paragraph is written bare, so items are not spaced like paragraphs.
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
        return spans_html(blocks[0].spans)
    return "".join(_block(block, image_width) for block in blocks)
