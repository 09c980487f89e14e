"""Reference lists of the member register: the 54 ethnic groups (dân tộc), the religions recognised by the
State (tôn giáo), political theory levels (lý luận chính trị) and general education levels.

Names are the official Vietnamese spellings (the 2019 census list of ethnic groups, in its order; the
16 religions with registered organisations). Matching accepts the spellings people actually type or
find in old spreadsheets ("H'Mông", "Khơ-me", "Thiên Chúa giáo"), ignoring case, diacritics, hyphens and
spaces, and always returns the official name.

The committee may add names to three of the lists (religions, general education levels, political theory
levels) as reference data sent to its cells (`RegisterLists`); the 54 ethnic groups are the State's list
and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import fold, nfc

ETHNICITIES: tuple[str, ...] = tuple(
    nfc(name)
    for name in (
        "Kinh",
        "Tày",
        "Thái",
        "Mường",
        "Khmer",
        "Hoa",
        "Nùng",
        "Mông",
        "Dao",
        "Gia Rai",
        "Ê Đê",
        "Ba Na",
        "Sán Chay",
        "Chăm",
        "Cơ Ho",
        "Xơ Đăng",
        "Sán Dìu",
        "Hrê",
        "Ra Glai",
        "Mnông",
        "Thổ",
        "Xtiêng",
        "Khơ Mú",
        "Bru Vân Kiều",
        "Cơ Tu",
        "Giáy",
        "Tà Ôi",
        "Mạ",
        "Giẻ Triêng",
        "Co",
        "Chơ Ro",
        "Xinh Mun",
        "Hà Nhì",
        "Chu Ru",
        "Lào",
        "Kháng",
        "La Chí",
        "Phù Lá",
        "La Hủ",
        "La Ha",
        "Pà Thẻn",
        "Lự",
        "Ngái",
        "Chứt",
        "Lô Lô",
        "Mảng",
        "Cơ Lao",
        "Bố Y",
        "Cống",
        "Si La",
        "Pu Péo",
        "Rơ Măm",
        "Brâu",
        "Ơ Đu",
    )
)

NO_RELIGION = nfc("Không")

RELIGIONS: tuple[str, ...] = (
    NO_RELIGION,
    *(
        nfc(name)
        for name in (
            "Phật giáo",
            "Công giáo",
            "Tin Lành",
            "Cao Đài",
            "Phật giáo Hòa Hảo",
            "Hồi giáo",
            "Tôn giáo Baha'i",
            "Tịnh độ Cư sĩ Phật hội Việt Nam",
            "Cơ đốc Phục lâm",
            "Phật giáo Tứ Ân Hiếu Nghĩa",
            "Minh Sư đạo",
            "Minh Lý đạo - Tam Tông Miếu",
            "Bà-la-môn giáo",
            "Mặc Môn",
            "Phật giáo Hiếu Nghĩa Tà Lơn",
            "Bửu Sơn Kỳ Hương",
        )
    ),
)

THEORY_LEVELS: tuple[str, ...] = tuple(nfc(n) for n in ("Sơ cấp", "Trung cấp", "Cao cấp", "Cử nhân"))

EDUCATION_LEVELS: tuple[str, ...] = ("12/12", "11/12", "10/12", "9/12", "8/12", "7/12", "6/12", "5/12")


def _key(text: str) -> str:
    # Hyphens, apostrophes and spaces vary between lists ("Gia-rai", "Gia Rai", "Giarai").
    return re.sub(r"[\s\-'’.]", "", fold(text))


# Other spellings met in registers and old lists (keys are compared folded, without spaces or hyphens).
_ETHNICITY_ALIASES = {
    "H'Mông": "Mông",
    "Khơ-me": "Khmer",
    "Jarai": "Gia Rai",
    "Bru": "Bru Vân Kiều",
    "Vân Kiều": "Bru Vân Kiều",
    "Pà Hưng": "Pà Thẻn",
    "Xá Phó": "Phù Lá",
}

_RELIGION_ALIASES = {
    "": NO_RELIGION,
    "None": NO_RELIGION,
    "Đạo Phật": "Phật giáo",
    "Thiên Chúa giáo": "Công giáo",
    "Đạo Thiên Chúa": "Công giáo",
    "Đạo Tin Lành": "Tin Lành",
    "Đạo Cao Đài": "Cao Đài",
    "Hòa Hảo": "Phật giáo Hòa Hảo",
    "Đạo Hồi": "Hồi giáo",
}

_ETHNICITY_INDEX = {_key(name): name for name in ETHNICITIES}
_ETHNICITY_INDEX.update({_key(alias): nfc(name) for alias, name in _ETHNICITY_ALIASES.items()})
_RELIGION_INDEX = {_key(name): name for name in RELIGIONS}
_RELIGION_INDEX.update({_key(alias): nfc(name) for alias, name in _RELIGION_ALIASES.items()})


def match_ethnicity(text: str) -> str | None:
    """The official name of the ethnic group `text` names, or None when it names none of the 54."""
    return _ETHNICITY_INDEX.get(_key(text))


def match_religion(text: str) -> str | None:
    """The official name of the religion `text` names ("Không" for none), or None when unknown."""
    return _RELIGION_INDEX.get(_key(text))


def match_theory_level(text: str) -> str | None:
    wanted = _key(text)
    return next((level for level in THEORY_LEVELS if _key(level) == wanted), None)


class RegisterList(StrEnum):
    """A list of the register the committee may add names to (danh mục dùng chung)."""

    RELIGIONS = "religions"  # Tôn giáo
    EDUCATION_LEVELS = "education_levels"  # Trình độ giáo dục phổ thông
    THEORY_LEVELS = "theory_levels"  # Trình độ lý luận chính trị

    @property
    def label(self) -> Text:
        return _LIST_LABELS[self]

    @property
    def builtin(self) -> tuple[str, ...]:
        """The names CellApp ships with."""
        return _BUILTIN[self]


_LIST_LABELS = {
    RegisterList.RELIGIONS: T("Religions", "Tôn giáo"),
    RegisterList.EDUCATION_LEVELS: T("General education levels", "Trình độ giáo dục phổ thông"),
    RegisterList.THEORY_LEVELS: T("Political theory levels", "Trình độ lý luận chính trị"),
}
_BUILTIN = {
    RegisterList.RELIGIONS: RELIGIONS,
    RegisterList.EDUCATION_LEVELS: EDUCATION_LEVELS,
    RegisterList.THEORY_LEVELS: THEORY_LEVELS,
}


def list_key(text: str) -> str:
    """How two spellings of one name compare (case, diacritics, hyphens and spaces ignored)."""
    return _key(text)


def builtin_match(which: RegisterList, text: str) -> str | None:
    """The built-in name `text` spells, aliases included, or None."""
    if which is RegisterList.RELIGIONS:
        return match_religion(text)
    if which is RegisterList.THEORY_LEVELS:
        return match_theory_level(text)
    wanted = _key(text)
    return next((name for name in EDUCATION_LEVELS if _key(name) == wanted), None)


@dataclass(frozen=True)
class RegisterLists:
    """The lists a cell's register uses: the built-in names plus those its committee added."""

    added: Mapping[RegisterList, tuple[str, ...]] = field(default_factory=dict)

    def names(self, which: RegisterList) -> tuple[str, ...]:
        return (*which.builtin, *self.added.get(which, ()))

    def match(self, which: RegisterList, text: str) -> str | None:
        """The name on the list `text` spells (built in first, then the committee's), or None."""
        found = builtin_match(which, text)
        if found is not None:
            return found
        wanted = _key(text)
        return next((name for name in self.added.get(which, ()) if _key(name) == wanted), None)


BUILTIN_LISTS = RegisterLists()
