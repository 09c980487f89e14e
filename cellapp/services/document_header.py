"""What every document a cell prints starts and ends with, read from the workspace's own unit: the
heading (the committee above, the cell, the place and the date) and the recipient line "Đảng ủy … (b/c),"
of a report (HD 36-HD/VPTW; docs/party-rules.md §4)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cellapp.storage.records import UnitRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

# reportlab is imported only when a document is actually printed.
if TYPE_CHECKING:
    from cellapp.reports.party_format import DocumentHeader


def cell_document_header(uow: UnitOfWork, day: date) -> tuple[DocumentHeader, str]:
    """The heading of a document dated `day`, and the name of the committee above ("" when unknown)."""
    from cellapp.reports.party_format import DocumentHeader

    with uow:
        workspace = uow.session.get(WorkspaceRecord, 1)
        unit = uow.session.get(UnitRecord, workspace.unit_uuid) if workspace else None
        name = unit.name if unit else ""
        committee = (unit.committee_name if unit else None) or ""
        place = (unit.place if unit else None) or ""
    return DocumentHeader(upper_body=committee, issuing_body=name, place=place, day=day), committee


def report_recipient(committee: str) -> str:
    """The "Nơi nhận" line of a report to the committee above: it goes to the Đảng ủy of the Đảng bộ."""
    if committee.startswith("Đảng bộ "):
        committee = "Đảng ủy " + committee[len("Đảng bộ ") :]
    return f"{committee} (b/c)," if committee else "Cấp ủy cấp trên (b/c),"
