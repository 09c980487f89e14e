"""The user guide as data: its Markdown source read into blocks (headings, paragraphs, lists, tables,
notes, images, commands), which the help window's HTML and the printed PDF are both made from.

The source is CommonMark with tables, read by markdown-it-py. A heading names its section with
`{#id}` at its end (`## Đảng viên {#members}`): the id is what F1 on a page opens and what a link
`[…](#members)` points to, so it stays the same in every language while the title is translated.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Union

from markdown_it import MarkdownIt
from markdown_it.token import Token

_SECTION_ID = re.compile(r"\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$")


@dataclass(frozen=True)
class Span:
    """A run of text with its style; `link` is a section id (`#members`) or an address."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str = ""
    line_break: bool = False


Spans = tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    spans: Spans
    section: str  # the id given with {#id}, "" for a heading without one

    @property
    def title(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class Paragraph:
    spans: Spans


@dataclass(frozen=True)
class Picture:
    source: str  # relative to the guide's folder, e.g. "images/members.png"
    caption: str


@dataclass(frozen=True)
class Command:
    text: str  # a command line or a message, shown as typed


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Note:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class TableBlock:
    header: tuple[Spans, ...]
    rows: tuple[tuple[Spans, ...], ...]


Block = Union[Heading, Paragraph, Picture, Command, ListBlock, Note, TableBlock]  # noqa: UP007


@dataclass(frozen=True)
class Section:
    """An entry of the table of contents."""

    id: str
    title: str
    level: int


@dataclass(frozen=True)
class Guide:
    language: str
    title: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...] = field(default=())

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def pictures(self) -> list[Picture]:
        return [block for block in walk(self.blocks) if isinstance(block, Picture)]

    def links(self) -> list[str]:
        """Every in-guide link target (section ids), in order."""
        found: list[str] = []
        for block in walk(self.blocks):
            for spans in _spans_of(block):
                found.extend(span.link[1:] for span in spans if span.link.startswith("#"))
        return found


def walk(blocks: Sequence[Block]) -> Iterator[Block]:
    """Every block, nested ones (in lists and notes) included, in reading order."""
    for block in blocks:
        yield block
        if isinstance(block, ListBlock):
            for item in block.items:
                yield from walk(item)
        elif isinstance(block, Note):
            yield from walk(block.blocks)


def _spans_of(block: Block) -> Iterator[Spans]:
    if isinstance(block, Heading | Paragraph):
        yield block.spans
    elif isinstance(block, TableBlock):
        yield from block.header
        for row in block.rows:
            yield from row


def parse_guide(source: str, language: str) -> Guide:
    """Read the Markdown source; the first level-1 heading is the guide's title."""
    tokens = MarkdownIt("commonmark").enable("table").parse(unicodedata.normalize("NFC", source))
    blocks, end = _blocks(tokens, 0, closing=None)
    assert end == len(tokens)
    title = next((b.title for b in blocks if isinstance(b, Heading) and b.level == 1), "")
    sections = tuple(
        Section(b.section, b.title, b.level)
        for b in blocks
        if isinstance(b, Heading) and b.section and b.level >= 2
    )
    return Guide(language, title, tuple(blocks), sections)


def _blocks(tokens: list[Token], index: int, closing: str | None) -> tuple[list[Block], int]:
    """Blocks from `index` up to the token of type `closing` (its index is returned, past it)."""
    blocks: list[Block] = []
    while index < len(tokens):
        token = tokens[index]
        if token.type == closing:
            return blocks, index + 1
        if token.type == "heading_open":
            spans = _spans(tokens[index + 1])
            blocks.append(_heading(int(token.tag[1]), spans))
            index += 3
        elif token.type == "paragraph_open":
            inline = tokens[index + 1]
            children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
            if len(children) == 1 and children[0].type == "image":
                image = children[0]
                blocks.append(Picture(str(image.attrGet("src") or ""), image.content))
            else:
                blocks.append(Paragraph(_spans(inline)))
            index += 3
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            listed, index = _list(tokens, index)
            blocks.append(listed)
        elif token.type == "blockquote_open":
            inner, index = _blocks(tokens, index + 1, "blockquote_close")
            blocks.append(Note(tuple(inner)))
        elif token.type == "table_open":
            table, index = _table(tokens, index)
            blocks.append(table)
        elif token.type in ("fence", "code_block"):
            blocks.append(Command(token.content.rstrip("\n")))
            index += 1
        else:  # rules, raw HTML: the guide has none that matter
            index += 1
    return blocks, index


def _heading(level: int, spans: Spans) -> Heading:
    if spans and not spans[-1].code:
        last = spans[-1]
        match = _SECTION_ID.search(last.text)
        if match:
            kept = Span(last.text[: match.start()], last.bold, last.italic, last.code, last.link)
            return Heading(level, (*spans[:-1], kept), match.group(1))
    return Heading(level, spans, "")


def _list(tokens: list[Token], index: int) -> tuple[ListBlock, int]:
    opening = tokens[index]
    ordered = opening.type == "ordered_list_open"
    closing = "ordered_list_close" if ordered else "bullet_list_close"
    start = int(opening.attrGet("start") or 1)
    items: list[tuple[Block, ...]] = []
    index += 1
    while tokens[index].type != closing:
        assert tokens[index].type == "list_item_open"
        item, index = _blocks(tokens, index + 1, "list_item_close")
        items.append(tuple(item))
    return ListBlock(ordered, tuple(items), start), index + 1


def _table(tokens: list[Token], index: int) -> tuple[TableBlock, int]:
    header: list[Spans] = []
    rows: list[tuple[Spans, ...]] = []
    row: list[Spans] = []
    in_head = False
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "inline":
            (header if in_head else row).append(_spans(token))
        elif token.type == "tr_close" and not in_head:
            rows.append(tuple(row))
            row = []
        index += 1
    return TableBlock(tuple(header), tuple(rows)), index + 1


def _spans(inline: Token) -> Spans:
    spans: list[Span] = []
    bold = italic = False
    link = ""
    for child in inline.children or []:
        kind = child.type
        if kind == "text":
            spans.append(Span(child.content, bold, italic, link=link))
        elif kind == "code_inline":
            spans.append(Span(child.content, bold, italic, code=True, link=link))
        elif kind in ("softbreak",):
            spans.append(Span(" ", bold, italic, link=link))
        elif kind == "hardbreak":
            spans.append(Span("", line_break=True))
        elif kind == "strong_open":
            bold = True
        elif kind == "strong_close":
            bold = False
        elif kind == "em_open":
            italic = True
        elif kind == "em_close":
            italic = False
        elif kind == "link_open":
            link = str(child.attrGet("href") or "")
        elif kind == "link_close":
            link = ""
    return tuple(spans)
