"""What each kind of reference data holds (dữ liệu dùng chung), the rules a committee's entry must keep,
and how a cell reads it back into the rules it applies.

- Regional minimum wage (lương tối thiểu vùng): key the region (`I`…`IV`), value `{"amount": đồng}`; the
  title is the decree that sets it. A cell's fee book uses it for members paying a share of the minimum
  wage.
- Fee table line (mức đóng đảng phí): key `regulation:category:age band[:area]`, value the line itself
  (regulation, category, age band, basis, rate in basis points or fixed amount, area). The line joins
  the regulation's built-in table at the cell; from its date on, it replaces the line it repeats.
- List of values (danh mục): key the list (`religions`, `education_levels`, `theory_levels`), value the
  names the committee adds to CellApp's built-in list; each version replaces the previous additions.

Every version has a date from which it applies; the latest one that has started wins (fee_rules.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cellapp.domain.errors import ValidationError
from cellapp.domain.fee_rules import (
    WAGE_REGIONS,
    AgeBand,
    FeeArea,
    FeeCategory,
    FeeRate,
    MinimumWage,
    RateBasis,
    roman_region,
)
from cellapp.domain.fees import percent_text
from cellapp.domain.l10n import T, Text
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.reference_lists import RegisterList, builtin_match, list_key
from cellapp.domain.review_rules import read_rules
from cellapp.domain.vietnamese import format_money, nfc

MIN_WAGE = 1_000_000
MAX_WAGE = 100_000_000
MAX_RATE_BP = 500  # 5 %: no party-fee rate comes near it
MIN_FIXED = 500
MAX_FIXED = 1_000_000
MAX_LIST_NAMES = 50
MAX_NAME_LENGTH = 60

_REGIONS = {roman_region(r): r for r in WAGE_REGIONS}


def region_key(region: int) -> str:
    return roman_region(region)


def region_of(key: str) -> int | None:
    """The wage region a key names: `IV`, `iv` or `4`."""
    text = key.strip().upper()
    if text.isdigit() and int(text) in WAGE_REGIONS:
        return int(text)
    return _REGIONS.get(text)


# --------------------------------------------------------------------------------------------------
# Minimum wages
# --------------------------------------------------------------------------------------------------


def check_wage(region: int | None, amount: int | None) -> tuple[str, dict[str, Any]]:
    """The key and value of a regional minimum wage, or ValidationError saying what is wrong."""
    if region not in WAGE_REGIONS:
        raise ValidationError(
            T(
                "Choose the wage region: I, II, III or IV.",
                "Hãy chọn vùng lương tối thiểu: vùng I, II, III hoặc IV.",
            ),
            field="region",
        )
    if amount is None or isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(
            T("Enter the monthly minimum wage in đồng.", "Cần nhập mức lương tối thiểu tháng (đồng)."),
            field="amount",
        )
    if not MIN_WAGE <= amount <= MAX_WAGE:
        raise ValidationError(
            T(
                "A monthly minimum wage is between {low} and {high}, not {amount}.",
                "Lương tối thiểu tháng phải từ {low} đến {high}, không phải {amount}.",
                low=format_money(MIN_WAGE),
                high=format_money(MAX_WAGE),
                amount=format_money(amount),
            ),
            field="amount",
        )
    assert region is not None
    return region_key(region), {"amount": amount}


def read_wage(key: str, value: Any, valid_from: date, title: str) -> MinimumWage | None:
    """A committee's minimum wage as the fee rules use it; None when the entry does not read as one."""
    region = region_of(key)
    if isinstance(value, dict):
        value = value.get("amount")
    if region is None or isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        return None
    return MinimumWage(region, value, valid_from, None, decree_number(title), builtin=False)


def decree_number(title: str) -> str:
    """`293/2025/NĐ-CP` from `Nghị định 293/2025/NĐ-CP` (documents print "Nghị định" before the number)."""
    text = nfc(title).strip()
    prefix = "nghị định"
    return text[len(prefix) :].strip(" :") if text.casefold().startswith(prefix) else text


# --------------------------------------------------------------------------------------------------
# Fee table lines
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateLine:
    """One line of a fee table: who (category, age band, area) pays what under a regulation."""

    regulation: str
    category: FeeCategory
    age_band: AgeBand
    basis: RateBasis
    rate_bp: int | None = None
    amount: int | None = None
    area: FeeArea | None = None

    @property
    def key(self) -> str:
        parts = [self.regulation, self.category.value, self.age_band.value]
        if self.area is not None:
            parts.append(self.area.value)
        return ":".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {
            "regulation": self.regulation,
            "category": self.category.value,
            "age_band": self.age_band.value,
            "basis": self.basis.value,
            "rate_bp": self.rate_bp,
            "amount": self.amount,
            "area": self.area.value if self.area else None,
        }


AGE_BAND_LABELS = {
    AgeBand.ANY: T("any age", "mọi độ tuổi"),
    AgeBand.BELOW_RETIREMENT: T("below retirement age", "dưới tuổi nghỉ hưu"),
    AgeBand.RETIREMENT_OR_ABOVE: T("at or above retirement age", "từ tuổi nghỉ hưu trở lên"),
}
BASIS_LABELS = {
    RateBasis.PERCENT_OF_BASE: T(
        "a share of the member's wage, benefit or pension", "tỷ lệ % tiền lương, trợ cấp hoặc lương hưu"
    ),
    RateBasis.PERCENT_OF_MINIMUM_WAGE: T(
        "a share of the regional minimum wage", "tỷ lệ % lương tối thiểu vùng"
    ),
    RateBasis.FIXED: T("a fixed amount", "mức cố định"),
}


def allowed_bases(category: FeeCategory) -> tuple[RateBasis, ...]:
    """A share of one's own base only for members who have one (wage, benefit, pension)."""
    if category.needs_base_amount:
        return (RateBasis.PERCENT_OF_BASE, RateBasis.FIXED)
    return (RateBasis.PERCENT_OF_MINIMUM_WAGE, RateBasis.FIXED)


def check_rate(line: RateLine) -> tuple[str, dict[str, Any]]:
    """The key and value of a fee table line, or ValidationError saying what is wrong."""
    regulation = nfc(line.regulation)
    if not regulation:
        raise ValidationError(
            T("Choose the regulation the line belongs to.", "Hãy chọn quy định mà mức đóng thuộc về."),
            field="regulation",
        )
    if line.basis not in allowed_bases(line.category):
        raise ValidationError(
            T(
                "'{category}' cannot pay {basis}.",
                "Đối tượng '{category}' không đóng theo {basis}.",
                category=line.category.label,
                basis=BASIS_LABELS[line.basis],
            ),
            field="basis",
        )
    if line.basis is RateBasis.FIXED:
        amount = line.amount
        if amount is None or not MIN_FIXED <= amount <= MAX_FIXED:
            raise ValidationError(
                T(
                    "A fixed monthly fee is between {low} and {high}.",
                    "Mức đóng cố định hằng tháng phải từ {low} đến {high}.",
                    low=format_money(MIN_FIXED),
                    high=format_money(MAX_FIXED),
                ),
                field="amount",
            )
        line = RateLine(regulation, line.category, line.age_band, line.basis, None, amount, line.area)
    else:
        rate = line.rate_bp
        if rate is None or not 1 <= rate <= MAX_RATE_BP:
            raise ValidationError(
                T(
                    "The rate is a percentage above 0 and at most {high}, e.g. 0,3 %.",
                    "Tỷ lệ đóng phải lớn hơn 0 và không quá {high}, ví dụ 0,3 %.",
                    high=percent_text(MAX_RATE_BP),
                ),
                field="rate",
            )
        if line.area is not None:
            raise ValidationError(
                T(
                    "Only fixed amounts depend on the area.",
                    "Chỉ mức đóng cố định mới phân theo địa bàn.",
                ),
                field="area",
            )
        line = RateLine(regulation, line.category, line.age_band, line.basis, rate, None, None)
    return line.key, line.as_json()


def rate_line_of(value: Any) -> RateLine | None:
    """A stored fee table line; None when the entry does not read as one."""
    if not isinstance(value, dict):
        return None
    try:
        line = RateLine(
            regulation=str(value["regulation"]),
            category=FeeCategory(value["category"]),
            age_band=AgeBand(value["age_band"]),
            basis=RateBasis(value["basis"]),
            rate_bp=_whole(value.get("rate_bp")),
            amount=_whole(value.get("amount")),
            area=FeeArea(value["area"]) if value.get("area") else None,
        )
    except (KeyError, ValueError, TypeError):
        return None
    if (line.basis is RateBasis.FIXED) != (line.amount is not None) or (line.amount is None) == (
        line.rate_bp is None
    ):
        return None
    return line


def _whole(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return value


def read_rate(value: Any, valid_from: date) -> FeeRate | None:
    """A committee's fee table line as the fee rules use it."""
    line = rate_line_of(value)
    if line is None:
        return None
    return FeeRate(
        regulation=line.regulation,
        category=line.category,
        age_band=line.age_band,
        basis=line.basis,
        valid_from=valid_from,
        valid_to=None,
        rate_bp=line.rate_bp,
        amount=line.amount,
        area=line.area,
        builtin=False,
    )


CATEGORY_NAMES = {  # shorter than the categories' full labels, for one line of a list
    FeeCategory.INSURED: T("Compulsory social insurance", "Đóng BHXH bắt buộc"),
    FeeCategory.INSURED_BENEFIT: T("Sick or maternity benefit", "Hưởng trợ cấp ốm đau, thai sản"),
    FeeCategory.PENSIONER: T("Pensioner", "Hưởng lương hưu"),
    FeeCategory.STUDENT: T("Student", "Học sinh, sinh viên"),
    FeeCategory.OTHER: T("Other members", "Đảng viên khác"),
}


def rate_line_label(line: RateLine) -> Text:
    """`Đảng viên khác, dưới tuổi nghỉ hưu`: who pays, with the area when the line has one (the
    regulation is named with the document the line comes from)."""
    parts: list[Text] = [CATEGORY_NAMES[line.category]]
    if line.age_band is not AgeBand.ANY:
        parts.append(AGE_BAND_LABELS[line.age_band])
    if line.area is not None:
        parts.append(line.area.label)
    names = {f"p{i}": part for i, part in enumerate(parts)}
    template = ", ".join("{" + name + "}" for name in names)
    return T(template, template, **names)


def rate_text(line: RateLine) -> Text:
    """What the line charges: `0,3% lương tối thiểu vùng`, `1% tiền lương…`, `5.000 đ`."""
    if line.basis is RateBasis.FIXED:
        return T("{amount} a month", "{amount}/tháng", amount=format_money(line.amount or 0))
    rate = percent_text(line.rate_bp or 0)
    if line.basis is RateBasis.PERCENT_OF_BASE:
        return T("{rate} of wage, benefit or pension", "{rate} tiền lương, trợ cấp, lương hưu", rate=rate)
    return T("{rate} of the regional minimum wage", "{rate} lương tối thiểu vùng", rate=rate)


_PERCENT = re.compile(r"([0-9]{1,3})(?:[.,]([0-9]{1,2}))?", re.ASCII)


def parse_percent(text: str) -> int:
    """A percentage typed the Vietnamese way (`0,3`, `0,3 %`, `1`) or with a point, in basis points."""
    cleaned = text.strip().removesuffix("%").strip()
    found = _PERCENT.fullmatch(cleaned)
    if found is None:
        raise ValidationError(
            T(
                "Write the rate as a percentage with at most two decimals, e.g. 0,3.",
                "Hãy ghi tỷ lệ phần trăm, tối đa hai chữ số thập phân, ví dụ 0,3.",
            ),
            field="rate",
        )
    whole, decimals = int(found[1]), (found[2] or "").ljust(2, "0")
    return whole * 100 + int(decimals)


# --------------------------------------------------------------------------------------------------
# Lists
# --------------------------------------------------------------------------------------------------


def check_names(which: RegisterList, names: list[str] | tuple[str, ...]) -> tuple[str, list[str]]:
    """The key and value of the committee's additions to a list, or ValidationError."""
    kept: list[str] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(nfc(str(raw)).split())
        if not name:
            continue
        if len(name) > MAX_NAME_LENGTH:
            raise ValidationError(
                T(
                    "'{name}' is longer than {n} characters.",
                    "'{name}' dài quá {n} ký tự.",
                    name=name,
                    n=MAX_NAME_LENGTH,
                ),
                field="names",
            )
        found = builtin_match(which, name)
        if found is not None:
            raise ValidationError(
                T(
                    "'{name}' is already on CellApp's list ({official}): add only names it lacks.",
                    "'{name}' đã có trong danh mục của CellApp ({official}): chỉ thêm tên còn thiếu.",
                    name=name,
                    official=found,
                ),
                field="names",
            )
        if list_key(name) in seen:
            raise ValidationError(
                T("'{name}' is written twice.", "'{name}' bị ghi hai lần.", name=name), field="names"
            )
        seen.add(list_key(name))
        kept.append(name)
    if len(kept) > MAX_LIST_NAMES:
        raise ValidationError(
            T(
                "At most {n} names can be added to a list.",
                "Chỉ thêm được tối đa {n} tên vào một danh mục.",
                n=MAX_LIST_NAMES,
            ),
            field="names",
        )
    return which.value, kept


def read_names(key: str, value: Any) -> tuple[RegisterList, tuple[str, ...]] | None:
    """A committee's additions to a list; None when the entry does not read as one."""
    try:
        which = RegisterList(key)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return which, tuple(nfc(v) for v in value if v.strip())


# --------------------------------------------------------------------------------------------------
# Any kind
# --------------------------------------------------------------------------------------------------


def check_reference(kind: ReferenceKind, key: str, value: Any) -> tuple[str, Any]:
    """An entry as typed at the command line, checked by its kind; returns the key and value to keep."""
    if kind is ReferenceKind.MINIMUM_WAGE:
        amount = value.get("amount") if isinstance(value, dict) else value
        return check_wage(region_of(key), amount if isinstance(amount, int) else None)
    if kind is ReferenceKind.FEE_TABLE:
        line = rate_line_of(value)
        if line is None:
            raise ValidationError(
                T(
                    "A fee table line names its regulation, category, age band, basis and a rate or amount.",
                    "Một dòng bảng mức đảng phí phải ghi quy định, đối tượng, độ tuổi, cách tính và tỷ lệ hoặc số tiền.",
                ),
                field="value",
            )
        return check_rate(line)
    if kind is ReferenceKind.REVIEW_RULES:
        rules = read_rules(value)
        return rules.code, value
    try:
        which = RegisterList(key)
    except ValueError:
        raise ValidationError(
            T(
                "The committee can add names to these lists: {lists}.",
                "Cấp ủy chỉ thêm được tên vào các danh mục: {lists}.",
                lists=", ".join(r.value for r in RegisterList),
            ),
            field="key",
        ) from None
    if not isinstance(value, list):
        raise ValidationError(
            T("A list is sent as a JSON list of names.", "Danh mục phải là một danh sách tên (JSON)."),
            field="value",
        )
    return check_names(which, value)


def item_label(kind: ReferenceKind, key: str, value: Any) -> Text:
    """What an entry is about, for a person: `Vùng IV`, a fee table line, a list's name."""
    if kind is ReferenceKind.MINIMUM_WAGE:
        region = region_of(key)
        return T("Region {r}", "Vùng {r}", r=region_key(region)) if region else T(key, key)
    if kind is ReferenceKind.FEE_TABLE:
        line = rate_line_of(value)
        return rate_line_label(line) if line else T(key, key)
    if kind is ReferenceKind.REVIEW_RULES:
        return T("Review rules {code}", "Quy định đánh giá {code}", code=key)
    listed = read_names(key, value)
    return listed[0].label if listed else T(key, key)


def value_text(kind: ReferenceKind, key: str, value: Any) -> Text:
    """The value for a person: `3.700.000 đ`, `0,3% lương tối thiểu vùng`, the names added."""
    if kind is ReferenceKind.MINIMUM_WAGE:
        amount = value.get("amount") if isinstance(value, dict) else value
        if isinstance(amount, int) and not isinstance(amount, bool):
            return T("{amount}", "{amount}", amount=format_money(amount))
    elif kind is ReferenceKind.FEE_TABLE:
        line = rate_line_of(value)
        if line is not None:
            return rate_text(line)
    elif kind is ReferenceKind.REVIEW_RULES:
        if isinstance(value, dict):
            return T(
                "{title}: {n} criteria",
                "{title}: {n} tiêu chí",
                title=str(value.get("title", "")),
                n=len(value.get("criteria", []) or []),
            )
    else:
        listed = read_names(key, value)
        if listed is not None:
            names = ", ".join(listed[1])
            return (
                T("adds {names}", "thêm {names}", names=names)
                if names
                else T("no names added", "không thêm tên nào")
            )
    return T("{value}", "{value}", value=str(value))
