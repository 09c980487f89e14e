"""The user guide (Hướng dẫn sử dụng): its source in `resources/guide/`, read into sections for the help
window, written as HTML for it, and printed as a PDF in the Party's font.

    read_guide("vi")            -> Guide (title, blocks, table of contents)
    guide_html(guide)           -> the HTML the help window shows
    guide_pdf("vi")             -> the PDF's bytes; print_guide(path, "vi") writes it (`cellapp print guide -o FILE.pdf`, Help → In hướng dẫn)

The Vietnamese guide is the reference; another language has its own file with the same section ids,
and falls back to the Vietnamese one where it has none.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from cellapp.domain.errors import CellAppError
from cellapp.domain.l10n import T
from cellapp.guide.document import Guide, Picture, Section, parse_guide
from cellapp.guide.html import guide_html
from cellapp.paths import guide_dir

REFERENCE_LANGUAGE = "vi"


def guide_source(language: str) -> Path:
    """The guide's Markdown file for `language`, or the Vietnamese one."""
    own = guide_dir() / f"guide_{language}.md"
    return own if own.is_file() else guide_dir() / f"guide_{REFERENCE_LANGUAGE}.md"


@cache
def read_guide(language: str = REFERENCE_LANGUAGE) -> Guide:
    source = guide_source(language)
    found = source.stem.removeprefix("guide_")
    return parse_guide(source.read_text(encoding="utf-8"), found)


def image_file(picture: Picture) -> Path:
    return guide_dir() / picture.source


def guide_pdf(language: str = REFERENCE_LANGUAGE) -> bytes:
    """The printable guide: A4, Liberation Serif embedded, contents with page numbers, bookmarks."""
    from cellapp.reports.user_guide import render_guide  # reportlab only when printing

    return render_guide(read_guide(language), guide_dir())


def print_guide(output: Path, language: str = REFERENCE_LANGUAGE) -> Path:
    """Write the printable guide atomically to `output` (a failed write leaves no half PDF)."""
    from cellapp.reports.party_format import write_pdf

    pdf = guide_pdf(language)
    try:
        return write_pdf(pdf, output)
    except OSError as error:
        raise CellAppError(
            T(
                "The guide could not be written to {path}: {reason}",
                "Không ghi được hướng dẫn vào {path}: {reason}",
                path=str(output),
                reason=error.strerror or str(error),
            )
        ) from error


__all__ = [
    "Guide",
    "Section",
    "guide_dir",
    "guide_html",
    "guide_pdf",
    "guide_source",
    "image_file",
    "print_guide",
    "read_guide",
]
