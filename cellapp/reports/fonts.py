"""The embedded font of every printed document: Liberation Serif (Times New Roman metrics, full Vietnamese).

reportlab falls back to a non-embedded Helvetica wherever a font is not named, so every style and table
in `cellapp.reports` uses the names defined here.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cellapp.paths import fonts_dir

SERIF = "LiberationSerif-Regular"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"


@cache
def register_fonts() -> str:
    """Register the four styles once per process; returns the family name."""
    folder = fonts_dir()
    for name in (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
    return SERIF
