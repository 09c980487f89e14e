"""A cell's file at the committee (issue 6 §2), read-only: its members and its meetings as they arrived
from the cell; finalised minutes print through the meetings' own document service."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T
from cellapp.domain.vietnamese import name_sort_key
from cellapp.services.meeting_types import MeetingSummary
from cellapp.services.meetings import list_meetings
from cellapp.services.members import MemberSummary, summary_of
from cellapp.services.sync_common import peer_by_unit
from cellapp.storage.records import MemberRecord
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CellFile:
    code: str
    name: str
    unit_uuid: str
    members: tuple[MemberSummary, ...]  # in Vietnamese name order, former members included
    meetings: tuple[MeetingSummary, ...]  # newest first


def cell_file(uow: UnitOfWork, cell_uuid: str) -> CellFile:
    with uow:
        peer = peer_by_unit(uow.session, cell_uuid)
        if peer is None or peer.role != "cell":
            raise NotFound(
                T(
                    "No enrolled cell has this identifier; only enrolled cells send their records.",
                    "Không có chi bộ đã đăng ký nào có mã định danh này; chỉ chi bộ đã đăng ký mới gửi dữ liệu.",
                )
            )
        records = uow.session.scalars(
            select(MemberRecord).where(MemberRecord.deleted.is_(False), MemberRecord.owner_unit == cell_uuid)
        ).all()
        members = sorted((summary_of(r) for r in records), key=lambda m: name_sort_key(m.full_name))
        meetings = list_meetings(uow, owner_unit=cell_uuid)
        return CellFile(peer.code, peer.name, cell_uuid, tuple(members), tuple(meetings))
