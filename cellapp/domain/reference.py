"""Reference data the committee sets for its cells (dữ liệu dùng chung): dated, versioned values such as fee
tables, regional minimum wages and enumerations, never constants in code (domain.md, "rules are
versioned")."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T, Text
from cellapp.domain.vietnamese import InvalidMoneyError, format_money, nfc, parse_money


class ReferenceKind(StrEnum):
    FEE_TABLE = "fee_table"  # Bảng mức đảng phí
    MINIMUM_WAGE = "minimum_wage"  # Lương tối thiểu vùng
    ENUMERATION = "enumeration"  # Danh mục (dân tộc, tôn giáo, trình độ…)

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    ReferenceKind.FEE_TABLE: T("Party fee table", "Bảng mức đảng phí"),
    ReferenceKind.MINIMUM_WAGE: T("Regional minimum wage", "Lương tối thiểu vùng"),
    ReferenceKind.ENUMERATION: T("List of values", "Danh mục"),
}


def value_from_text(kind: ReferenceKind, text: str) -> Any:
    """The value as a committee officer types it: a minimum wage in đồng (`4.960.000`), a list one item
    per line, a fee table as a JSON object. Raises ValidationError in the user's language."""
    if kind is ReferenceKind.MINIMUM_WAGE:
        try:
            amount = parse_money(text)
        except InvalidMoneyError as error:
            raise ValidationError(T(error.reason_en, error.reason_vi), field="value") from None
        if amount <= 0:
            raise ValidationError(
                T("A minimum wage is more than 0 đồng.", "Lương tối thiểu phải lớn hơn 0 đồng."),
                field="value",
            )
        return amount
    if kind is ReferenceKind.ENUMERATION:
        items = [nfc(line.strip()) for line in text.splitlines() if line.strip()]
        if not items:
            raise ValidationError(
                T("Enter the values, one per line.", "Hãy nhập các giá trị, mỗi dòng một giá trị."),
                field="value",
            )
        repeated = sorted({i for i in items if items.count(i) > 1})
        if repeated:
            raise ValidationError(
                T(
                    "These values are listed twice: {values}.",
                    "Các giá trị sau bị lặp: {values}.",
                    values=", ".join(repeated),
                ),
                field="value",
            )
        return items
    try:
        table = json.loads(text)
    except ValueError:
        table = None
    if not isinstance(table, dict) or not table:
        raise ValidationError(
            T(
                'A fee table is a JSON object, for example {"retired": 0.5}.',
                'Bảng mức đảng phí là một đối tượng JSON, ví dụ {"retired": 0.5}.',
            ),
            field="value",
        )
    return table


def value_as_text(kind: ReferenceKind, value: Any) -> str:
    """The inverse of `value_from_text`, to show a value for editing."""
    if kind is ReferenceKind.MINIMUM_WAGE and isinstance(value, int):
        return format_money(value)
    if kind is ReferenceKind.ENUMERATION and isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return json.dumps(value, ensure_ascii=False)
