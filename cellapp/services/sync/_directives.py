"""Directives the committee sends down to its cells (number, title, date, issuing body, text and an
attached PDF), to every cell or to some. Dated reference data is in _reference_data.py.

The committee writes them; cells receive read-only copies in the committee's return files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.units import UnitKind
from cellapp.domain.vietnamese import nfc
from cellapp.storage.records import DirectiveRecord, SyncPeerRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

MAX_PDF_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class NewDirective:
    number: str
    title: str
    issued_on: date
    issuing_body: str
    text: str = ""
    pdf: Path | None = None
    to_cells: tuple[str, ...] = ()  # cell codes; empty: every cell


@dataclass(frozen=True)
class DirectiveSummary:
    uuid: str
    number: str
    title: str
    issued_on: date
    issuing_body: str
    text: str
    pdf_name: str | None
    to_cells: tuple[str, ...] = field(default=())


def require_committee(uow: UnitOfWork) -> None:
    workspace = uow.session.get(WorkspaceRecord, 1)
    if workspace is None or workspace.kind != UnitKind.COMMITTEE.value:
        raise UsageError(
            T(
                "Only the committee issues directives and reference data; cells receive them.",
                "Chỉ cấp ủy ban hành văn bản và dữ liệu dùng chung; chi bộ nhận từ cấp ủy.",
            )
        )


def issue_directive(uow: UnitOfWork, directive: NewDirective) -> DirectiveSummary:
    number, title, body = nfc(directive.number), nfc(directive.title), nfc(directive.issuing_body)
    for value, name, en, vi in (
        (
            number,
            "number",
            "The directive needs its number (for example 12-CT/ĐU).",
            "Cần nhập số văn bản (ví dụ 12-CT/ĐU).",
        ),
        (title, "title", "The directive needs a title.", "Cần nhập trích yếu văn bản."),
        (body, "issuing_body", "Name the body that issued it.", "Cần nhập cơ quan ban hành."),
    ):
        if not value:
            raise ValidationError(T(en, vi), field=name)
    pdf_name, pdf_data = None, None
    if directive.pdf is not None:
        try:
            pdf_data = directive.pdf.read_bytes()
        except OSError as error:
            raise InputRejected(
                T("Cannot read {path}.", "Không đọc được {path}.", path=str(directive.pdf))
            ) from error
        if not pdf_data.startswith(b"%PDF") or len(pdf_data) > MAX_PDF_BYTES:
            raise ValidationError(
                T(
                    "The attachment must be a PDF file of at most 10 MB.",
                    "Tệp đính kèm phải là tệp PDF, tối đa 10 MB.",
                ),
                field="pdf",
            )
        pdf_name = directive.pdf.name
    with uow:
        require_committee(uow)
        units = _cell_units(uow, directive.to_cells)
        record = DirectiveRecord(
            number=number,
            title=title,
            issued_on=directive.issued_on,
            issuing_body=body,
            body_text=(directive.text or "").strip(),
            pdf_name=pdf_name,
            pdf_data=pdf_data,
            to_units=units,
        )
        uow.session.add(record)
        uow.commit()
        return _directive(record, {u: c for c, u in zip(directive.to_cells, units, strict=True)})


def _cell_units(uow: UnitOfWork, codes: tuple[str, ...]) -> list[str]:
    units = []
    for code in codes:
        peer = uow.session.scalars(select(SyncPeerRecord).where(SyncPeerRecord.code == code.upper())).first()
        if peer is None or peer.unit_uuid is None:
            raise ValidationError(
                T("{code} is not an enrolled cell.", "{code} không phải chi bộ đã đăng ký.", code=code),
                field="to_cells",
            )
        units.append(peer.unit_uuid)
    return units


def list_directives(uow: UnitOfWork) -> list[DirectiveSummary]:
    with uow:
        codes = {p.unit_uuid: p.code for p in uow.session.scalars(select(SyncPeerRecord))}
        rows = uow.session.scalars(
            select(DirectiveRecord)
            .where(DirectiveRecord.deleted.is_(False))
            .order_by(DirectiveRecord.issued_on.desc(), DirectiveRecord.number)
        ).all()
        return [_directive(row, codes) for row in rows]


def directive_pdf(uow: UnitOfWork, uuid: str) -> tuple[str, bytes] | None:
    with uow:
        row = uow.session.get(DirectiveRecord, uuid)
        if row is None or row.pdf_data is None:
            return None
        return row.pdf_name or "directive.pdf", row.pdf_data


def _directive(row: DirectiveRecord, codes: dict[Any, str]) -> DirectiveSummary:
    return DirectiveSummary(
        uuid=row.uuid,
        number=row.number,
        title=row.title,
        issued_on=row.issued_on,
        issuing_body=row.issuing_body,
        text=row.body_text,
        pdf_name=row.pdf_name,
        to_cells=tuple(codes.get(u, "?") for u in row.to_units),
    )
