"""Exporting the member register to an Excel workbook, with the same headers the import reads back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T
from cellapp.domain.member_history import LifecycleEvent, seniority_facts
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.register_fields import FIELD_LABELS
from cellapp.reports.members_xlsx import RegisterSheet, SheetColumn, write_register_xlsx
from cellapp.services.members._histories import load_events, replay_record
from cellapp.storage.records import MemberRecord, UnitRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

# (field, width, kind); headers are the fields' Vietnamese labels, which the import recognises.
_COLUMNS: tuple[tuple[str, float, str], ...] = (
    ("full_name", 26, "text"),
    ("other_name", 14, "text"),
    ("sex", 8, "text"),
    ("birth_date", 12, "date"),
    ("ethnicity", 10, "text"),
    ("religion", 12, "text"),
    ("citizen_id", 15, "identifier"),
    ("card_number", 15, "identifier"),
    ("place_of_birth", 22, "text"),
    ("home_town", 26, "text"),
    ("permanent_residence", 26, "text"),
    ("residence", 26, "text"),
    ("occupation", 22, "text"),
    ("workplace", 22, "text"),
    ("position", 16, "text"),
    ("education", 10, "text"),
    ("theory_level", 12, "text"),
    ("phone", 13, "identifier"),
    ("admitted_on", 12, "date"),
    ("ceremony_on", 12, "date"),
    ("official_on", 12, "date"),
    ("status", 24, "text"),
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def export_members(
    uow: UnitOfWork, path: Path, *, include_former: bool = False, today: date | None = None
) -> ExportResult:
    today = today or date.today()
    if path.suffix.lower() != ".xlsx":
        raise InputRejected(
            T(
                "The register is exported as an Excel workbook: give a file name ending in .xlsx.",
                "Danh sách được xuất ra tệp Excel: hãy đặt tên tệp có đuôi .xlsx.",
            )
        )
    query = select(MemberRecord).where(MemberRecord.deleted.is_(False)).order_by(MemberRecord.sort_key)
    if not include_former:
        query = query.where(MemberRecord.status.in_([s.value for s in MemberStatus if s.is_current]))
    with uow:
        records = uow.session.scalars(query).all()
        events = load_events(uow.session)
        workspace = uow.session.get(WorkspaceRecord, 1)
        unit = uow.session.get(UnitRecord, workspace.unit_uuid) if workspace else None
        rows = [
            _row(number, record, events.get(record.uuid, []), today)
            for number, record in enumerate(records, 1)
        ]
    columns = [
        SheetColumn("STT", 6, "number"),
        *(SheetColumn(FIELD_LABELS[field].vi, width, kind) for field, width, kind in _COLUMNS),
        SheetColumn("Tuổi đảng", 9, "number"),
        SheetColumn(FIELD_LABELS["notes"].vi, 30, "text"),
    ]
    sheet = RegisterSheet("Danh sách đảng viên", columns, rows, unit.name if unit else "")
    write_register_xlsx(sheet, path)
    return ExportResult(path, len(rows))


def _row(number: int, record: MemberRecord, events: list[LifecycleEvent], today: date) -> list[object]:
    values: list[object] = [number]
    for field, _width, _kind in _COLUMNS:
        value = getattr(record, field)
        if field == "sex":
            value = Sex(value).label.vi
        elif field == "status":
            value = MemberStatus(value).label.vi
        values.append(value)
    facts = seniority_facts(replay_record(record, events), today)
    values.append(facts.years)
    values.append(record.notes)
    return values
