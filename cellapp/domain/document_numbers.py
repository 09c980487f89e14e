"""Document numbers (số và ký hiệu) of a cell's documents: `Số 07-BB/CB`, `Số 07-NQ/CB` (domain.md §4).

Numbers run per calendar year and per document type. The printed form follows a pattern the cell may
change (some communes write `Số 07-BB/CBNĐ`); the pattern uses only the placeholders below, never
Python formatting, so a typed pattern cannot reach anything else.
"""

from __future__ import annotations

import re
from enum import StrEnum

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import nfc

DEFAULT_PATTERN = "Số {number}-{code}/CB"
PLACEHOLDERS = ("{number}", "{code}", "{year}")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class DocumentCode(StrEnum):
    MINUTES = "BB"  # Biên bản
    RESOLUTION = "NQ"  # Nghị quyết


def check_pattern(pattern: str) -> str:
    """The pattern in NFC, or a refusal saying what a pattern must contain."""
    pattern = nfc(pattern)
    unknown = [p for p in _PLACEHOLDER.findall(pattern) if p not in PLACEHOLDERS]
    if unknown or "{number}" not in pattern or "{code}" not in pattern or len(pattern) > 60:
        raise ValidationError(
            T(
                "A number pattern must contain {number} and {code}, may contain {year}, and nothing "
                "else in braces, e.g. 'Số {number}-{code}/CB' (at most 60 characters).",
                "Mẫu số văn bản phải có {number} và {code}, có thể có {year}, không có gì khác trong "
                "ngoặc nhọn, ví dụ 'Số {number}-{code}/CB' (tối đa 60 ký tự).",
            ),
            field="number_pattern",
        )
    return pattern


def format_number(pattern: str, *, number: int, code: DocumentCode, year: int) -> str:
    """`Số 07-BB/CB`: numbers below 10 take a leading zero, as dates do in party documents."""
    return (
        pattern.replace("{number}", f"{number:02d}")
        .replace("{code}", code.value)
        .replace("{year}", str(year))
    )


def blank_number(pattern: str, *, code: DocumentCode, year: int) -> str:
    """`Số    -BB/CB`: the number left for the hand to fill, on drafts."""
    return pattern.replace("{number}", "    ").replace("{code}", code.value).replace("{year}", str(year))
