"""Transfers through the committee (docs/sync.md §5; chuyển sinh hoạt đảng chính thức): the committee moves a
member from cell A to cell B.

The committee records B as the new owner and raises the member's ownership epoch. B's next return file
carries the member, with the same UUID and its whole history ("adopt"); A's carries the transfer decision,
and A keeps a read-only copy marked transferred out ("release"). A's edits made before it heard of the
transfer arrive under the old epoch and go to the committee's conflict queue.

The committee's outbox shows each transfer until both cells have it (outbox_delivery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cellapp.domain.errors import NotFound, UsageError, ValidationError
from cellapp.domain.l10n import T
from cellapp.domain.members import MemberStatus
from cellapp.domain.units import UnitKind
from cellapp.domain.vietnamese import format_date, name_sort_key, nfc
from cellapp.services.members._register import MemberSummary, summary_of
from cellapp.services.sync import Deliveries, DeliveryState
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
    decision: str | None = None
    # Where the decision stands with each cell (None when the cell is no longer enrolled).
    at_source: DeliveryState | None = None
    at_target: DeliveryState | None = None

    @property
    def delivered(self) -> bool:
        return self.at_source is not DeliveryState.WAITING and self.at_target is not DeliveryState.WAITING


MAX_DECISION = 120


def _check_decision(decision: str, decided_on: date, today: date) -> str:
    decision = " ".join(nfc(decision).split())
    if not decision:
        raise ValidationError(
            T(
                "Enter the number of the transfer decision, e.g. 15-QĐ/ĐU.",
                "Cần nhập số quyết định chuyển sinh hoạt đảng, ví dụ 15-QĐ/ĐU.",
            ),
            field="decision",
        )
    if len(decision) > MAX_DECISION:
        raise ValidationError(
            T(
                "The decision number is longer than {n} characters.",
                "Số quyết định dài quá {n} ký tự.",
                n=MAX_DECISION,
            ),
            field="decision",
        )
    if decided_on > today:
        raise ValidationError(
            T(
                "The decision date {day} is in the future; enter the date the decision was signed.",
                "Ngày quyết định {day} ở tương lai; hãy nhập ngày ký quyết định.",
                day=format_date(decided_on),
            ),
            field="decided_on",
        )
    return decision


def transfer_member(
    uow: UnitOfWork,
    *,
    member_uuid: str,
    to_cell: str,
    decided_on: date,
    decision: str,
    note: str | None = None,
    today: date | None = None,
    dry_run: bool = False,
) -> TransferSummary:
    """Move a member to another enrolled cell under the committee's decision (number and date).

    With `dry_run`, every check is made and the transfer described, but nothing is saved."""
    decision = _check_decision(decision, decided_on, today or date.today())
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
        status = MemberStatus(member.status)
        if not status.is_current:
            raise ValidationError(
                T(
                    "{name} is no longer on {code}'s list ({status}); only a current member can be transferred.",
                    "{name} không còn trong danh sách của {code} ({status}); chỉ chuyển được đảng viên đang sinh hoạt.",
                    name=member.full_name,
                    code=source.code,
                    status=status.label,
                ),
                field="member",
            )
        if status is MemberStatus.ATTACHED_HERE:
            raise ValidationError(
                T(
                    "{name} attends {code} only temporarily; the organisation that holds their party file "
                    "transfers them.",
                    "{name} chỉ sinh hoạt tạm thời tại {code}; tổ chức đảng quản lý hồ sơ của đảng viên "
                    "mới chuyển sinh hoạt chính thức được.",
                    name=member.full_name,
                    code=source.code,
                ),
                field="member",
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
            decision=decision,
            note=nfc(note).strip() or None if note else None,
        )
        session.add(transfer)
        if dry_run:
            uow.flush()  # every check a write makes, then the block ends without committing
        else:
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
            decision=decision,
            at_source=DeliveryState.WAITING,
            at_target=DeliveryState.WAITING,
        )


def list_transfers(uow: UnitOfWork) -> list[TransferSummary]:
    """Every transfer decision, the latest first, with where it stands with each of the two cells."""
    with uow:
        deliveries = Deliveries(uow.session)
        codes: dict[str | None, str] = {
            u.uuid: u.code or u.name for u in uow.session.scalars(select(UnitRecord))
        }
        codes.update({p.unit_uuid: p.code for p in uow.session.scalars(select(SyncPeerRecord))})
        rows = uow.session.execute(
            select(MemberTransferRecord, MemberRecord.full_name)
            .join(MemberRecord, MemberRecord.uuid == MemberTransferRecord.member_uuid, isouter=True)
            .order_by(MemberTransferRecord.decided_on.desc(), MemberTransferRecord.created_at.desc())
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
                decision=t.decision,
                at_source=deliveries.state_for(t.from_unit, t.ver_node, t.ver_ctr),
                at_target=deliveries.state_for(t.to_unit, t.ver_node, t.ver_ctr),
            )
            for t, name in rows
        ]


def transferable_members(uow: UnitOfWork, cell_code: str) -> list[MemberSummary]:
    """The members on a cell's list, in Vietnamese name order: those the committee may transfer."""
    with uow:
        peer = uow.session.scalars(
            select(SyncPeerRecord).where(SyncPeerRecord.code == cell_code.strip().upper())
        ).first()
        if peer is None or peer.unit_uuid is None:
            return []
        records = uow.session.scalars(
            select(MemberRecord).where(
                MemberRecord.owner_unit == peer.unit_uuid, MemberRecord.deleted.is_(False)
            )
        ).all()
        members = [summary_of(r) for r in records]
        current = [m for m in members if m.status.counts_in_total]
        return sorted(current, key=lambda m: name_sort_key(m.full_name))
