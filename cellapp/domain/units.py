"""Units: the cell (chi bộ) or the committee (cấp ủy) a workspace belongs to, and the committee's level."""

from __future__ import annotations

from enum import StrEnum

from cellapp.domain.l10n import T, Text


class UnitKind(StrEnum):
    CELL = "cell"
    COMMITTEE = "committee"

    @property
    def label(self) -> Text:
        return _KIND_LABELS[self]


class CommitteeLevel(StrEnum):
    """Level of a committee; since 01/7/2025 a cell's direct superior is usually the commune or ward."""

    COMMUNE = "commune"
    DISTRICT = "district"
    PROVINCE = "province"

    @property
    def label(self) -> Text:
        return _LEVEL_LABELS[self]


_KIND_LABELS = {
    UnitKind.CELL: T("Party cell", "Chi bộ"),
    UnitKind.COMMITTEE: T("Party committee", "Cấp ủy"),
}

_LEVEL_LABELS = {
    CommitteeLevel.COMMUNE: T("Commune or ward committee", "Đảng bộ xã, phường"),
    CommitteeLevel.DISTRICT: T("District committee", "Đảng bộ huyện"),
    CommitteeLevel.PROVINCE: T("Provincial committee", "Đảng bộ tỉnh"),
}
