"""Document numbers (số và ký hiệu) of a cell's documents: `Số 07-BB/CB`, `Số 07-NQ/CB` (docs/party-rules.md §4).

Numbers run per calendar year and per document type, in the order of the meetings' dates
(`number_by_date`). The printed form follows a pattern the cell may
change (some communes write `Số 07-BB/CBNĐ`); the pattern uses only the placeholders below, never
Python formatting, so a typed pattern cannot reach anything else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class NumberChoice:
    number: int
    in_date_order: bool  # False: an earlier meeting finalised after later ones were numbered


def number_by_date(
    mine: tuple[object, ...], others: Sequence[tuple[tuple[object, ...], int | None]]
) -> NumberChoice:
    """The number of a document finalised now, in the order of the meetings' dates within the year.

    `mine` and each of `others` is a sort key (meeting day first); an other's number is None while it is
    not finalised. Every meeting already recorded keeps its place: a meeting finalised while an earlier
    one is still open leaves that earlier one's number free, so minutes finalised in any order still
    number by date. Finalised minutes are immutable (they may be printed and signed), so they are never
    renumbered: when the number this meeting's date calls for is already given (an earlier meeting
    entered or finalised late), it takes the next number after the highest of the year, out of date
    order, and `in_date_order` says so.
    """
    earlier = [number for key, number in others if key < mine]
    later = [number for key, number in others if key > mine and number is not None]
    taken = {number for _key, number in others if number is not None}
    rank = len(earlier) + 1
    floor = max((n for n in earlier if n is not None), default=0) + 1
    number = max(rank, floor)
    if number in taken or any(n <= number for n in later):
        number = max(taken, default=0) + 1
    in_order = number >= floor and all(n > number for n in later)
    return NumberChoice(number, in_order)
