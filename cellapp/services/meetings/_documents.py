"""Printing a meeting's documents: minutes, resolution, meeting notice, attendance sheet, as PDF bytes or
files, in the Party format. Drafts print with blank numbers and "(Dự thảo)"; finalised meetings with
the numbers given at finalisation and their addenda.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from cellapp.domain.document_numbers import DocumentCode, blank_number
from cellapp.domain.errors import ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.meetings import MeetingDocument
from cellapp.reports.attendance_sheet import attendance_sheet_pdf
from cellapp.reports.meeting_printout import (
    AddendumLine,
    AgendaLine,
    MeetingPrintout,
    RosterLine,
    SpeechLine,
    TaskLine,
    VoteLine,
)
from cellapp.reports.minutes import minutes_pdf
from cellapp.reports.party_format import write_pdf
from cellapp.reports.resolution import notice_pdf, resolution_pdf
from cellapp.services.meetings._document_numbers import read_number_pattern
from cellapp.services.meetings._store import build_detail, load_meeting
from cellapp.services.meetings._types import MeetingDetail, Speech
from cellapp.services.sync import peer_by_unit
from cellapp.storage.records import UnitRecord, WorkspaceRecord
from cellapp.storage.unit_of_work import UnitOfWork

__all__ = ["MeetingDocument", "document_file_name", "meeting_pdf", "print_meeting_document", "save_document"]

_RENDERERS: dict[MeetingDocument, Callable[[MeetingPrintout], bytes]] = {
    MeetingDocument.MINUTES: minutes_pdf,
    MeetingDocument.RESOLUTION: resolution_pdf,
    MeetingDocument.NOTICE: notice_pdf,
    MeetingDocument.ATTENDANCE: attendance_sheet_pdf,
}


def meeting_printout(uow: UnitOfWork, meeting_uuid: str, *, today: date | None = None) -> MeetingPrintout:
    with uow:
        meeting = load_meeting(uow, meeting_uuid)
        detail = build_detail(uow, meeting)
        workspace = uow.session.get(WorkspaceRecord, 1)
        unit = uow.session.get(UnitRecord, workspace.unit_uuid) if workspace else None
        pattern = read_number_pattern(uow)
        # At the committee, a cell's minutes print under the cell's name with the committee above it.
        peer = (
            peer_by_unit(uow.session, meeting.owner_unit)
            if unit and meeting.owner_unit != unit.uuid
            else None
        )
    if unit is None:
        raise RuntimeError("the workspace has no unit")
    return printout_of(
        detail,
        upper_body=unit.name if peer else unit.committee_name or unit.upper_name or "",
        cell_name=peer.name if peer else unit.name,
        dateline_place=unit.place or "",
        pattern=pattern,
        today=today or date.today(),
    )


def meeting_pdf(
    uow: UnitOfWork, meeting_uuid: str, document: MeetingDocument, *, today: date | None = None
) -> bytes:
    printout = meeting_printout(uow, meeting_uuid, today=today)
    if document is MeetingDocument.RESOLUTION and not (printout.resolution or printout.draft_resolution):
        raise ValidationError(
            T(
                "This meeting has no resolution text yet: write it (or the draft) first.",
                "Cuộc họp này chưa có nội dung nghị quyết: hãy soạn nghị quyết (hoặc dự thảo) trước.",
            ),
            field="resolution",
        )
    return _RENDERERS[document](printout)


def print_meeting_document(
    uow: UnitOfWork, meeting_uuid: str, document: MeetingDocument, target: Path, *, today: date | None = None
) -> Path:
    """Write the document to `target` atomically; returns the path written."""
    return write_pdf(meeting_pdf(uow, meeting_uuid, document, today=today), target)


def save_document(pdf: bytes, target: Path) -> Path:
    """Save an already generated document (from the preview) atomically."""
    return write_pdf(pdf, target)


def document_file_name(detail: MeetingDetail, document: MeetingDocument) -> str:
    """A file name a secretary recognises: `bien-ban-2026-03-05.pdf`."""
    stem = {
        MeetingDocument.MINUTES: "bien-ban",
        MeetingDocument.RESOLUTION: "nghi-quyet",
        MeetingDocument.NOTICE: "thong-bao",
        MeetingDocument.ATTENDANCE: "danh-sach",
    }[document]
    suffix = "-chuyen-de" if detail.kind.value == "thematic" else ""
    return f"{stem}{suffix}-{detail.held_on.isoformat()}.pdf"


def _speech_line(speech: Speech) -> SpeechLine:
    return SpeechLine(
        speaker=speech.speaker,
        summary=speech.summary,
        reserved=speech.reserved,
        guest=speech.member_uuid is None,
    )


def printout_of(
    detail: MeetingDetail, *, upper_body: str, cell_name: str, dateline_place: str, pattern: str, today: date
) -> MeetingPrintout:
    year = detail.held_on.year
    agenda_uuids = {item.uuid for item in detail.agenda}
    agenda = tuple(
        AgendaLine(
            title=item.title,
            notes=item.notes,
            speeches=tuple(_speech_line(s) for s in detail.speeches if s.agenda_item_uuid == item.uuid),
        )
        for item in detail.agenda
    )
    others = tuple(_speech_line(s) for s in detail.speeches if s.agenda_item_uuid not in agenda_uuids)
    reviews = tuple(
        TaskLine(
            description=r.task.description,
            assignees=tuple(a.full_name for a in r.task.assignees),
            due_on=r.task.due_on,
            set_on=r.task.set_on,
            outcome=r.outcome,
            comment=r.comment,
        )
        for r in detail.reviews
        if r.outcome is not None or not detail.finalised
    )
    new_tasks = tuple(
        TaskLine(t.description, tuple(a.full_name for a in t.assignees), t.due_on) for t in detail.new_tasks
    )
    return MeetingPrintout(
        upper_body=upper_body,
        cell_name=cell_name,
        dateline_place=dateline_place,
        kind=detail.kind,
        held_on=detail.held_on,
        place=detail.place,
        planned_time=detail.planned_time,
        started_at=detail.started_at,
        ended_at=detail.ended_at,
        topic=detail.topic,
        chair_name=detail.chair_name,
        chair_role=detail.chair_role,
        secretary_name=detail.secretary_name,
        guests=tuple((g.name, g.title) for g in detail.guests),
        documents=detail.documents,
        roster=tuple(RosterLine(e.full_name, e.status, e.group, e.mark, e.reason) for e in detail.roster),
        counts=detail.counts,
        agenda=agenda,
        other_speeches=others,
        reviews=reviews,
        new_tasks=new_tasks,
        conclusion=detail.conclusion,
        resolution=detail.resolution,
        draft_resolution=detail.draft_resolution,
        votes=tuple(VoteLine(v.subject, v.tally, v.adopted) for v in detail.votes),
        addenda=tuple(AddendumLine(a.number, a.made_on, a.text) for a in detail.addenda),
        minutes_number=detail.minutes_ref or blank_number(pattern, code=DocumentCode.MINUTES, year=year),
        resolution_number=detail.resolution_ref
        or blank_number(pattern, code=DocumentCode.RESOLUTION, year=year),
        draft=not detail.finalised,
        issued_on=min(today, detail.held_on),
    )
