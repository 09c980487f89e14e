"""Calendar months and periods of months: the unit in which party fees are due, paid and reported.

A fee is owed for a month (tháng), reported for a quarter (quý) or a year (năm). Months are written
`11/2026` to a person and `2026-11` in files, JSON and on the command line; both forms are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import MAX_YEAR, MIN_YEAR

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})", re.ASCII)
_SHOWN = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{4})", re.ASCII)
_QUARTER = re.compile(r"([0-9]{4})-[Qq]([1-4])", re.ASCII)
_YEAR = re.compile(r"[0-9]{4}", re.ASCII)
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True, order=True)
class Month:
    """One calendar month; ordered, hashable, and safe to use as a key."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str) -> Month:
        """`2026-11`, `11/2026`, `11-2026` or `11.2026`; anything else is refused with the rule."""
        value = text.strip()
        found = _ISO.fullmatch(value)
        year, month = (int(found[1]), int(found[2])) if found else (0, 0)
        if found is None:
            shown = _SHOWN.fullmatch(value)
            if shown is not None:
                year, month = int(shown[2]), int(shown[1])
        if 1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR:
            return cls(year, month)
        raise ValidationError(
            T(
                "'{text}' is not a month: write it as 2026-11 or 11/2026.",
                "'{text}' không phải là tháng: hãy viết dạng 11/2026 hoặc 2026-11.",
                text=text,
            ),
            field="month",
        )

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.plus(1).first_day - timedelta(days=1)

    @property
    def key(self) -> str:
        """`2026-11`: the form used in JSON and stored allocations."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        """`11/2026`: the form a secretary reads."""
        return f"{self.month:02d}/{self.year:04d}"

    @property
    def quarter(self) -> int:
        return (self.month - 1) // 3 + 1

    def plus(self, months: int) -> Month:
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def minus(self, months: int) -> Month:
        return self.plus(-months)

    def months_until(self, other: Month) -> int:
        """How many months from this one to `other` (0 for the same month, negative if earlier)."""
        return (other.year - self.year) * 12 + (other.month - self.month)

    def __str__(self) -> str:
        return self.label


def month_range(first: Month, last: Month) -> Iterator[Month]:
    """Every month from `first` to `last`, both included; nothing when `last` is earlier."""
    current = first
    while current <= last:
        yield current
        current = current.plus(1)


def months_of_year(year: int) -> tuple[Month, ...]:
    return tuple(Month(year, m) for m in range(1, 13))


@dataclass(frozen=True)
class Period:
    """A run of whole months reported together: a month, a quarter, a year, or any range."""

    first: Month
    last: Month

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                T(
                    "A period cannot end ({last}) before it starts ({first}).",
                    "Kỳ không thể kết thúc ({last}) trước khi bắt đầu ({first}).",
                    first=self.first.label,
                    last=self.last.label,
                ),
                field="period",
            )

    @classmethod
    def of_month(cls, month: Month) -> Period:
        return cls(month, month)

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> Period:
        first = Month(year, 3 * (quarter - 1) + 1)
        return cls(first, first.plus(2))

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(Month(year, 1), Month(year, 12))

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2026-11` (a month), `2026-Q4` (a quarter) or `2026` (a year)."""
        value = text.strip()
        quarter = _QUARTER.fullmatch(value)
        if quarter is not None and MIN_YEAR <= int(quarter[1]) <= MAX_YEAR:
            return cls.of_quarter(int(quarter[1]), int(quarter[2]))
        if _YEAR.fullmatch(value) and MIN_YEAR <= int(value) <= MAX_YEAR:
            return cls.of_year(int(value))
        try:
            return cls.of_month(Month.parse(value))
        except ValidationError:
            raise ValidationError(
                T(
                    "'{text}' is not a period: write a month (2026-11), a quarter (2026-Q4) or a year (2026).",
                    "'{text}' không phải là kỳ báo cáo: hãy viết tháng (2026-11), quý (2026-Q4) hoặc năm (2026).",
                    text=text,
                ),
                field="period",
            ) from None

    @property
    def months(self) -> tuple[Month, ...]:
        return tuple(month_range(self.first, self.last))

    @property
    def is_quarter(self) -> bool:
        return (
            self.first.year == self.last.year
            and self.first.month % 3 == 1
            and self.first.months_until(self.last) == 2
        )

    @property
    def is_year(self) -> bool:
        return self.first == Month(self.first.year, 1) and self.last == Month(self.first.year, 12)

    @property
    def key(self) -> str:
        if self.is_year:
            return f"{self.first.year:04d}"
        if self.is_quarter:
            return f"{self.first.year:04d}-Q{self.first.quarter}"
        if self.first == self.last:
            return self.first.key
        return f"{self.first.key}..{self.last.key}"

    def label_vi(self) -> str:
        """How a Party report names the period: `quý IV năm 2026`, `năm 2026`, `tháng 11 năm 2026`."""
        if self.is_year:
            return f"năm {self.first.year}"
        if self.is_quarter:
            return f"quý {_ROMAN[self.first.quarter - 1]} năm {self.first.year}"
        if self.first == self.last:
            return f"tháng {self.first.month:02d} năm {self.first.year}"
        return f"từ tháng {self.first.label} đến tháng {self.last.label}"

    def __contains__(self, month: object) -> bool:
        return isinstance(month, Month) and self.first <= month <= self.last
