"""Transfers through the committee (SYNC.md §5; chuyển sinh hoạt đảng chính thức): the committee moves a
member from cell A to cell B.

The committee records B as the new owner and raises the member's ownership epoch. B's next return file
carries the member, with the same UUID and its whole history ("adopt"); A's carries the transfer decision,
and A keeps a read-only copy marked transferred out ("release"). A's edits made before it heard of the
transfer arrive under the old epoch and go to the committee's conflict queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.units import UnitKind
from cellapp.domain.vietnamese import nfc
from cellapp.storage.records import (
    MemberRecord,
    MemberTransferRecord,
    SyncPeerRecord,
    UnitRecord,
    WorkspaceRecord,
)
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class TransferSummary:
    uuid: str
    member_uuid: str
    member_name: str
    from_code: str
    to_code: str
    epoch: int
    decided_on: date
    note: str | None


def transfer_member(
    uow: UnitOfWork, *, member_uuid: str, to_cell: str, decided_on: date, note: str | None = None
) -> TransferSummary:
    with uow:
        session = uow.session
        workspace = session.get(WorkspaceRecord, 1)
        if workspace is None or workspace.kind != UnitKind.COMMITTEE.value:
            raise UsageError(
                T(
                    "Only the committee transfers members between cells.",
                    "Chỉ cấp ủy chuyển đảng viên giữa các chi bộ.",
                )
            )
        member = session.get(MemberRecord, member_uuid)
        if member is None or member.deleted:
            raise NotFound(T("No member {id}.", "Không có đảng viên {id}.", id=member_uuid))
        source = session.scalars(
            select(SyncPeerRecord).where(SyncPeerRecord.unit_uuid == member.owner_unit)
        ).first()
        target = session.scalars(
            select(SyncPeerRecord).where(SyncPeerRecord.code == to_cell.strip().upper())
        ).first()
        if source is None:
            raise ValidationError(
                T(
                    "{name} does not belong to an enrolled cell.",
                    "{name} không thuộc chi bộ nào đã đăng ký.",
                    name=member.full_name,
                ),
                field="member",
            )
        if target is None or target.status != "enrolled" or target.unit_uuid is None:
            raise ValidationError(
                T("{code} is not an enrolled cell.", "{code} không phải chi bộ đã đăng ký.", code=to_cell),
                field="to_cell",
            )
        if target.unit_uuid == member.owner_unit:
            raise ValidationError(
                T(
                    "{name} already belongs to {code}.",
                    "{name} đã thuộc {code}.",
                    name=member.full_name,
                    code=target.code,
                ),
                field="to_cell",
            )
        member.owner_unit = target.unit_uuid
        member.owner_epoch += 1
        transfer = MemberTransferRecord(
            member_uuid=member.uuid,
            from_unit=source.unit_uuid,
            to_unit=target.unit_uuid,
            epoch=member.owner_epoch,
            decided_on=decided_on,
            note=nfc(note) if note else None,
        )
        session.add(transfer)
        uow.commit()
        return TransferSummary(
            uuid=transfer.uuid,
            member_uuid=member.uuid,
            member_name=member.full_name,
            from_code=source.code,
            to_code=target.code,
            epoch=member.owner_epoch,
            decided_on=decided_on,
            note=transfer.note,
        )


def list_transfers(uow: UnitOfWork) -> list[TransferSummary]:
    with uow:
        codes: dict[str | None, str] = {
            u.uuid: u.code or u.name for u in uow.session.scalars(select(UnitRecord))
        }
        codes.update({p.unit_uuid: p.code for p in uow.session.scalars(select(SyncPeerRecord))})
        rows = uow.session.execute(
            select(MemberTransferRecord, MemberRecord.full_name)
            .join(MemberRecord, MemberRecord.uuid == MemberTransferRecord.member_uuid, isouter=True)
            .order_by(MemberTransferRecord.decided_on.desc())
        ).all()
        return [
            TransferSummary(
                uuid=t.uuid,
                member_uuid=t.member_uuid,
                member_name=name or "?",
                from_code=codes.get(t.from_unit, "?"),
                to_code=codes.get(t.to_unit, "?"),
                epoch=t.epoch,
                decided_on=t.decided_on,
                note=t.note,
            )
            for t, name in rows
        ]
