"""Reference data the committee sets for its cells (dữ liệu dùng chung): dated, versioned values such as fee
tables, regional minimum wages and enumerations, never constants in code (docs/party-rules.md, "rules are
versioned")."""

from __future__ import annotations

from enum import StrEnum

from cellapp.domain.l10n import T, Text


class ReferenceKind(StrEnum):
    FEE_TABLE = "fee_table"  # Bảng mức đảng phí
    MINIMUM_WAGE = "minimum_wage"  # Lương tối thiểu vùng
    ENUMERATION = "enumeration"  # Danh mục (dân tộc, tôn giáo, trình độ…)
    REVIEW_RULES = "review_rules"  # Quy định đánh giá, xếp loại (tiêu chí của địa phương)

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    ReferenceKind.FEE_TABLE: T("Party fee table", "Bảng mức đảng phí"),
    ReferenceKind.MINIMUM_WAGE: T("Regional minimum wage", "Lương tối thiểu vùng"),
    ReferenceKind.ENUMERATION: T("List of values", "Danh mục"),
    ReferenceKind.REVIEW_RULES: T("Review and grading rules", "Quy định đánh giá, xếp loại"),
}
