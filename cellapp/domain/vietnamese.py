"""Vietnamese text rules: NFC normalisation, search folding, name ordering, dates and money.

Names reach the app typed on Windows and macOS keyboards (Unikey, Telex, VNI) and pasted from Word or
PDF files, so the same name can arrive precomposed (NFC) or decomposed (NFD), with odd spaces, in any
case, and with old or new tone placement ("Thủy" / "Thuỷ"). Everything here treats those as the same
person for searching and ordering, while still giving one deterministic order for printing.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

__all__ = [
    "MAX_MONEY_DIGITS",
    "MAX_YEAR",
    "MIN_YEAR",
    "InvalidDateError",
    "InvalidMoneyError",
    "NameSortKey",
    "fold",
    "format_date",
    "format_long_date",
    "format_money",
    "letter_key",
    "matches",
    "name_sort_key",
    "nfc",
    "parse_date",
    "parse_money",
]


# --------------------------------------------------------------------------------------------------
# Normalisation and search folding
# --------------------------------------------------------------------------------------------------


def nfc(text: str) -> str:
    """NFC form with surrounding whitespace removed and inner whitespace runs turned into one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# đ has no decomposition in Unicode, so no normalisation form ever turns it into d by itself.
_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})


def _fold_step(text: str) -> str:
    # NFKD before and after casefold: casefold can yield precomposed letters (ǅ -> ǆ) that only
    # decompose on a second pass. Only marks with a non-zero combining class are dropped, because those
    # are exactly the ones canonical reordering may move, which keeps the result independent of NFC/NFD.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_D_STROKE)


def _fold_slow(text: str) -> str:
    # A handful of exotic characters need more than one pass to settle; looping keeps fold idempotent.
    for _ in range(4):
        folded = _fold_step(text)
        if folded == text:
            break
        text = folded
    return text


def _build_fold_table() -> dict[int, str]:
    # Every character the slow path turns into plain ASCII gets a direct entry, so names typed in
    # Vietnamese, precomposed or not, fold with one str.translate and never touch unicodedata. Entries
    # are exactly the slow path's answer (combining marks map to "" - except U+0345, which casefolds to
    # iota), so both paths always agree.
    table: dict[int, str] = {}
    blocks = (range(0x41, 0x5B), range(0xC0, 0x250), range(0x300, 0x370), range(0x1E00, 0x1F00))
    for block in blocks:
        for code in block:
            folded = _fold_slow(chr(code))
            if folded.isascii():
                table[code] = folded
    return table


_FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Search key: lower case ASCII-ish text without diacritics, đ as d, single spaces, NFC/NFD-blind."""
    folded = text.translate(_FOLD_TABLE)
    if not folded.isascii():
        folded = _fold_slow(folded)
    return " ".join(folded.split())


def matches(query: str, *haystacks: str) -> bool:
    """True when every word of `query` appears, folded, somewhere in the folded haystacks."""
    tokens = fold(query).split()
    if not tokens:
        return True
    haystack = fold(" ".join(haystacks))
    return all(token in haystack for token in tokens)


# --------------------------------------------------------------------------------------------------
# Name ordering
# --------------------------------------------------------------------------------------------------

# The Vietnamese alphabet, with f j w z slotted in their Latin places for foreign and minority names.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_VOWELS = "aăâeêioôơuưy"
# huyền, hỏi, ngã, sắc, nặng: the order Vietnamese dictionaries use, not code-point order.
_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_OTHER_MARK_TONE = len(_TONE_MARKS) + 1

# Code ranges keep classes of characters apart inside one int: punctuation and spaces first (as in the
# Unicode collation root), then digits, then Vietnamese letters, then letters of other scripts.
_END = 0
_DIGIT_BASE = 0x110001
_LETTER_BASE = 0x110100
_OTHER_LETTER_BASE = 0x120000


def _build_letter_table() -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    for index, base in enumerate(_ALPHABET):
        primary = _LETTER_BASE + index
        table[base] = (primary, 0)
        if base in _VOWELS:
            for tone, mark in enumerate(_TONE_MARKS, start=1):
                composed = unicodedata.normalize("NFC", base + mark)
                assert len(composed) == 1, composed
                table[composed] = (primary, tone)
    return table


_LETTERS = _build_letter_table()


def _char_weights(char: str) -> tuple[int, int]:
    known = _LETTERS.get(char)
    if known is not None:
        return known
    decomposed = unicodedata.normalize("NFD", char)
    base = _LETTERS.get(decomposed[0])
    if base is not None:
        # A Latin letter with a non-Vietnamese mark (ü, ç, ñ): sort with its base letter, after the
        # toned forms, so "Müller" lands among the M-u names rather than after z.
        return (base[0], _OTHER_MARK_TONE if len(decomposed) > 1 else base[1])
    digit = unicodedata.decimal(char, -1)
    if digit >= 0:
        return (_DIGIT_BASE + digit, 0)
    if char.isalpha():
        return (_OTHER_LETTER_BASE + ord(char), 0)
    return (1 + ord(char), 0)


def _primary_and_tones(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    # Work on the casefolded word so that case can never influence anything but the last tier.
    primaries: list[int] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFC", word.casefold()):
        primary, tone = _char_weights(char)
        primaries.append(primary)
        if tone:
            # Only the marks themselves are kept, not their positions, so the old and new tone
            # placements ("hòa"/"hoà", "thủy"/"thuỷ") rank the same.
            tones.append(tone)
    return tuple(primaries), tuple(tones)


def _case_bits(text: str) -> tuple[int, ...]:
    return tuple(1 if char.isupper() else 0 for char in text)


def letter_key(word: str) -> tuple[int, ...]:
    """Dictionary key for one word: base letters first, then tone marks, then case (lower before upper).

    The tiers are separated by a 0 that is smaller than any letter code, so a word that is a prefix of
    another sorts first ("ba" < "bác") and tones are only compared when all base letters agree.
    """
    text = nfc(word)
    primaries, tones = _primary_and_tones(text)
    return (*primaries, _END, *tones, _END, *_case_bits(text))


def _word_key(word: str) -> tuple[int, ...]:
    primaries, tones = _primary_and_tones(word)
    return (*primaries, _END, *tones)


NameSortKey = tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[int, ...], str, tuple[int, ...], str]


def name_sort_key(full_name: str) -> NameSortKey:
    """Member-list order: given name (last word), then middle names, then family name (first word).

    Case is ignored until the very end; the casefolded name, then the case pattern, then the exact NFC
    name break the remaining ties so the order never depends on the order rows came out of storage.
    """
    name = nfc(full_name)
    words = name.split(" ") if name else []
    given = _word_key(words[-1]) if words else ()
    middles = tuple(_word_key(word) for word in words[1:-1])
    family = _word_key(words[0]) if len(words) > 1 else ()
    return (given, middles, family, name.casefold(), _case_bits(name), name)


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

MIN_YEAR = 1900
MAX_YEAR = 2100

# ASCII digits only: int() would also accept Arabic-Indic or full-width digits nobody means to type here.
_DATE_PATTERN = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})", re.ASCII)


class InvalidDateError(ValueError):
    """A date the user typed cannot be read; `reason_vi` / `reason_en` say why, for a person."""

    def __init__(self, text: str, reason_en: str, reason_vi: str) -> None:
        super().__init__(text)
        self.text = text
        self.reason_en = reason_en
        self.reason_vi = reason_vi

    def __str__(self) -> str:
        return f"{self.reason_en} (got {self.text!r})"


def parse_date(text: str) -> datetime.date:
    """Read a day/month/year date (`05/09/1975`, `5/9/1975`, `05-09-1975`, `05.09.1975`)."""
    found = _DATE_PATTERN.fullmatch(text.strip())
    if found is None:
        raise InvalidDateError(
            text,
            "Dates are written day/month/year, e.g. 05/09/1975.",
            "Ngày phải có dạng ngày/tháng/năm, ví dụ 05/09/1975.",
        )
    day, month, year = int(found[1]), int(found[3]), int(found[4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidDateError(
            text,
            f"The year {year} is outside {MIN_YEAR}–{MAX_YEAR}.",
            f"Năm {year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
        )
    try:
        return datetime.date(year, month, day)
    except ValueError:
        shown = f"{day:02d}/{month:02d}/{year:04d}"
        raise InvalidDateError(text, f"{shown} is not a real date.", f"Ngày {shown} không tồn tại.") from None


def format_date(d: datetime.date) -> str:
    """`05/09/1975`: the short form used in tables and forms."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_long_date(d: datetime.date, place: str = "") -> str:
    """`Xín Mần, ngày 05 tháng 09 năm 2026`: the dateline of a party document."""
    dateline = f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year:04d}"
    place = nfc(place)
    return f"{place}, {dateline}" if place else dateline


# --------------------------------------------------------------------------------------------------
# Money (whole đồng)
# --------------------------------------------------------------------------------------------------

# SQLite stores INTEGER as 64 bits; 18 digits always fit, and no cell's dues come anywhere near it.
MAX_MONEY_DIGITS = 18

_CURRENCY_SUFFIX = re.compile(r"\s*(?:đồng|vnđ|vnd|đ)$")
# Separators must mark thousands: "1.5" or "11.10" are more likely a slip than 1500 or 11100 đồng.
_MONEY_PATTERN = re.compile(r"[0-9]{1,3}(?:[., ][0-9]{3})+|[0-9]+", re.ASCII)


class InvalidMoneyError(ValueError):
    """An amount the user typed cannot be read as whole đồng; `reason_vi` / `reason_en` say why."""

    def __init__(self, text: str, reason_en: str, reason_vi: str) -> None:
        super().__init__(text)
        self.text = text
        self.reason_en = reason_en
        self.reason_vi = reason_vi

    def __str__(self) -> str:
        return f"{self.reason_en} (got {self.text!r})"


def format_money(amount: int) -> str:
    """`11.100 đ`: dots between thousands, a plain space, then đ."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"an amount of money is a whole number of đồng, not {type(amount).__name__}")
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,} đ".replace(",", ".")


def parse_money(text: str) -> int:
    """Read a non-negative whole amount: `11.100`, `11.100 đ`, `11100`, `11 100đ`, `11,100`."""
    cleaned = _CURRENCY_SUFFIX.sub("", nfc(text).casefold())
    if not cleaned:
        raise InvalidMoneyError(text, "No amount was entered.", "Chưa nhập số tiền.")
    if cleaned[0] in "-\u2212" and _MONEY_PATTERN.fullmatch(cleaned[1:].lstrip()):
        raise InvalidMoneyError(text, "The amount cannot be negative.", "Số tiền không được âm.")
    if _MONEY_PATTERN.fullmatch(cleaned) is None:
        raise InvalidMoneyError(
            text,
            "Amounts are whole đồng, e.g. 11.100 đ.",
            "Số tiền phải là số đồng chẵn, ví dụ 11.100 đ.",
        )
    digits = re.sub(r"[., ]", "", cleaned)
    if len(digits.lstrip("0")) > MAX_MONEY_DIGITS:
        raise InvalidMoneyError(text, "The amount is too large.", "Số tiền quá lớn.")
    return int(digits.lstrip("0") or "0")
