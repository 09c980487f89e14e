"""The place name written before the date on every printed document ("Nậm Búng, ngày 05 tháng 12 năm
2026", HD 36-HD/VPTW; docs/party-rules.md §4): kept on the workspace's own unit, set at first run or
later from the settings, and read by every printing service."""

from __future__ import annotations

from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import nfc
from cellapp.storage.records import UnitRecord
from cellapp.storage.unit_of_work import UnitOfWork

MAX_LENGTH = 120  # the column's width


def _own_unit(uow: UnitOfWork) -> UnitRecord:
    unit = uow.session.get(UnitRecord, uow.unit_uuid)
    if unit is None:
        raise NotFound(T("This workspace has no unit.", "Dữ liệu này không có đơn vị."))
    return unit


def document_place(uow: UnitOfWork) -> str:
    """The place name of the documents' date line, "" when none is set."""
    with uow:
        return _own_unit(uow).place or ""


def set_document_place(uow: UnitOfWork, place: str) -> str:
    """Set (or, with "", clear) the place name of the documents' date line; returns it as saved."""
    cleaned = " ".join(nfc(place).split())
    if len(cleaned) > MAX_LENGTH:
        raise ValidationError(
            T(
                "The place name is too long (at most {n} characters).",
                "Địa danh quá dài (tối đa {n} ký tự).",
                n=MAX_LENGTH,
            ),
            field="place",
        )
    if "," in cleaned:
        raise ValidationError(
            T(
                "Write only the place name, without the date or commas: e.g. “Nậm Búng”.",
                "Chỉ ghi địa danh, không ghi ngày hay dấu phẩy: ví dụ “Nậm Búng”.",
            ),
            field="place",
        )
    with uow:
        unit = _own_unit(uow)
        unit.place = cleaned or None
        uow.commit()
    return cleaned
