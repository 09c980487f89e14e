"""What the Sync page and the committee's dashboard show: where this workspace stands with its committee
or its cells, the conflict queue (with both values), the outbox, and the quarantine.

Every query here is read-only except settling a conflict and deciding on a quarantined file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from cellapp.domain.errors import NotFound
from cellapp.domain.l10n import T, Text
from cellapp.services.keyring import REKEYED, key_status, public_keys_of
from cellapp.services.sync._common import hub_peer, local_side, quarantine_dir
from cellapp.services.sync._reports import ImportReport
from cellapp.services.workspace import Workspace
from cellapp.storage.records import (
    MemberRecord,
    SyncConflictRecord,
    SyncOutboxRecord,
    SyncPeerRecord,
    SyncRevocationRecord,
    utc_now,
)
from cellapp.storage.unit_of_work import UnitOfWork
from cellapp.sync.canonical import VERSION_FIELDS
from cellapp.sync.selection import Direction, changes_for


@dataclass(frozen=True)
class SyncStatus:
    is_hub: bool
    unit_name: str
    unit_code: str | None
    fingerprint: str | None  # ours; None before keys exist
    hub_name: str | None  # a cell's committee
    hub_code: str | None
    hub_fingerprint: str | None
    certificate_until: date | None
    pending_records: int  # a cell's records the committee has not acknowledged
    last_export_at: datetime | None
    last_import_at: datetime | None
    diverged: bool
    open_conflicts: int
    quarantined: int
    enrolled_cells: int
    keys_protected: bool = False
    rejoin_needed: bool = False  # a cell whose keys were replaced (a forgotten passphrase)

    @property
    def enrolled(self) -> bool:
        return self.is_hub or self.hub_code is not None


def sync_status(workspace: Workspace) -> SyncStatus:
    keys = public_keys_of(workspace)
    with workspace.uow(read_only=True) as uow:
        session = uow.session
        side = local_side(session, workspace)
        fingerprint = keys.card(side.code or "").fingerprint if keys else None
        hub = None if side.is_hub else hub_peer(session)
        pending = 0
        if hub is not None and hub.unit_uuid and side.hub_uuid:
            since = {k: v for k, v in (hub.acked or {}).items() if isinstance(v, int)}
            changes = changes_for(session, Direction(side.unit_uuid, hub.unit_uuid, side.hub_uuid), since)
            pending = sum(len(rows) for rows in changes.values())
        peers = session.scalars(select(SyncPeerRecord)).all()
        conflicts = session.scalar(
            select(func.count()).select_from(SyncConflictRecord).where(SyncConflictRecord.status == "open")
        )
        return SyncStatus(
            is_hub=side.is_hub,
            unit_name=side.name,
            unit_code=side.code,
            fingerprint=fingerprint,
            hub_name=hub.name if hub else None,
            hub_code=hub.code if hub else None,
            hub_fingerprint=hub.fingerprint if hub else None,
            certificate_until=hub.valid_until if hub else None,
            pending_records=pending,
            last_export_at=max((p.last_export_at for p in peers if p.last_export_at), default=None),
            last_import_at=max((p.last_bundle_at for p in peers if p.last_bundle_at), default=None),
            diverged=any(p.diverged for p in peers),
            open_conflicts=int(conflicts or 0),
            quarantined=len(list_quarantine(workspace)),
            enrolled_cells=sum(1 for p in peers if p.role == "cell" and p.status == "enrolled"),
            keys_protected=key_status(workspace).protected,
            rejoin_needed=hub is not None and hub.status == REKEYED,
        )


@dataclass(frozen=True)
class CellSyncRow:
    """One cell as the committee sees it."""

    code: str
    name: str
    status: str  # invited | enrolled | revoked
    unit_uuid: str | None
    fingerprint: str | None
    enrolled_at: datetime | None
    certificate_until: date | None
    last_bundle_at: datetime | None  # when its last file was imported
    last_bundle_id: str | None
    last_export_at: datetime | None  # when our last return file to it was written
    members: int
    open_conflicts: int
    diverged: bool


@dataclass(frozen=True)
class Revocation:
    unit_code: str
    fingerprint: str
    revoked_at: datetime
    reason: str | None


def list_revocations(uow: UnitOfWork) -> list[Revocation]:
    """Keys the committee revoked (at a cell: as its return files reported them)."""
    with uow:
        rows = uow.session.scalars(
            select(SyncRevocationRecord).order_by(SyncRevocationRecord.revoked_at)
        ).all()
        return [Revocation(r.unit_code, r.fingerprint, r.revoked_at, r.reason) for r in rows]


def list_cells(uow: UnitOfWork) -> list[CellSyncRow]:
    with uow:
        session = uow.session
        peers = session.scalars(
            select(SyncPeerRecord).where(SyncPeerRecord.role == "cell").order_by(SyncPeerRecord.code)
        ).all()
        members = dict(
            session.execute(
                select(MemberRecord.owner_unit, func.count())
                .where(MemberRecord.deleted.is_(False))
                .group_by(MemberRecord.owner_unit)
            ).all()
        )
        conflicts = dict(
            session.execute(
                select(SyncConflictRecord.from_unit, func.count())
                .where(SyncConflictRecord.status == "open")
                .group_by(SyncConflictRecord.from_unit)
            ).all()
        )
        return [
            CellSyncRow(
                code=p.code,
                name=p.name,
                status=p.status,
                unit_uuid=p.unit_uuid,
                fingerprint=p.fingerprint,
                enrolled_at=p.enrolled_at,
                certificate_until=p.valid_until,
                last_bundle_at=p.last_bundle_at,
                last_bundle_id=p.last_bundle_id,
                last_export_at=p.last_export_at,
                members=int(members.get(p.unit_uuid or "", 0)),
                open_conflicts=int(conflicts.get(p.unit_uuid or "", 0)),
                diverged=p.diverged,
            )
            for p in peers
        ]


_REASONS = {
    "moved": T(
        "Changed by a cell that no longer owns the record (the committee transferred it)",
        "Do chi bộ không còn quản lý bản ghi sửa (cấp ủy đã chuyển đi)",
    ),
    "stale_epoch": T(
        "Changed under an earlier ownership of the record",
        "Được sửa theo quyền quản lý cũ của bản ghi",
    ),
    "superseded": T(
        "Our change had not reached the committee when it transferred the record",
        "Thay đổi của ta chưa đến cấp ủy khi cấp ủy chuyển bản ghi đi",
    ),
}


@dataclass(frozen=True)
class FieldDifference:
    name: str
    local: Any
    incoming: Any


@dataclass(frozen=True)
class ConflictItem:
    id: int
    created_at: datetime
    record_type: str
    record_uuid: str
    label: str  # what a person recognises the record by (a member's name)
    from_code: str
    reason: str
    reason_label: Text
    differences: tuple[FieldDifference, ...]
    status: str
    resolution: str | None


def list_conflicts(uow: UnitOfWork, *, include_settled: bool = False) -> list[ConflictItem]:
    query = select(SyncConflictRecord).order_by(
        SyncConflictRecord.created_at.desc(), SyncConflictRecord.id.desc()
    )
    if not include_settled:
        query = query.where(SyncConflictRecord.status == "open")
    with uow:
        codes = {p.unit_uuid: p.code for p in uow.session.scalars(select(SyncPeerRecord))}
        return [_conflict_item(row, codes) for row in uow.session.scalars(query)]


def _conflict_item(row: SyncConflictRecord, codes: dict[str | None, str]) -> ConflictItem:
    local = row.local or {}
    incoming = row.incoming or {}
    skipped = set(VERSION_FIELDS) | {"created_at", "updated_at"}
    names = sorted((set(local) | set(incoming)) - skipped)
    differences = tuple(
        FieldDifference(name, local.get(name), incoming.get(name))
        for name in names
        if local.get(name) != incoming.get(name)
    )
    label = str(incoming.get("full_name") or incoming.get("name") or incoming.get("title") or row.record_uuid)
    return ConflictItem(
        id=row.id,
        created_at=row.created_at,
        record_type=row.table_name,
        record_uuid=row.record_uuid,
        label=label,
        from_code=codes.get(row.from_unit, "?"),
        reason=row.reason,
        reason_label=_REASONS.get(row.reason, T(row.reason, row.reason)),
        differences=differences,
        status=row.status,
        resolution=row.resolution,
    )


def settle_conflict(uow: UnitOfWork, *, conflict_id: int, note: str, actor: str) -> None:
    """Mark a conflict settled with what the person did about it (the record itself is left as it is:
    only its owner may change it)."""
    with uow:
        row = uow.session.get(SyncConflictRecord, conflict_id)
        if row is None or row.status != "open":
            raise NotFound(T("No open conflict {id}.", "Không có xung đột {id} đang chờ.", id=conflict_id))
        row.status, row.resolved_at, row.resolved_by = "settled", utc_now(), actor
        row.resolution = note.strip() or None
        uow.commit()


@dataclass(frozen=True)
class OutboxItem:
    created_at: datetime
    to_code: str
    kind: str  # bundle | full | heartbeat
    seq: int
    file_name: str
    state: str  # reserved | written | failed
    size: int
    records: int
    acknowledged_at: datetime | None
    refused: int


def list_outbox(uow: UnitOfWork, *, limit: int = 200) -> list[OutboxItem]:
    with uow:
        codes = {p.unit_uuid: p.code for p in uow.session.scalars(select(SyncPeerRecord))}
        rows = uow.session.scalars(
            select(SyncOutboxRecord).order_by(SyncOutboxRecord.id.desc()).limit(limit)
        ).all()
        return [
            OutboxItem(
                created_at=r.created_at,
                to_code=codes.get(r.to_unit, "?"),
                kind=r.kind,
                seq=r.seq,
                file_name=r.file_name,
                state=r.state,
                size=r.size,
                records=r.records,
                acknowledged_at=r.acknowledged_at,
                refused=len((r.ack or {}).get("rejections", [])),
            )
            for r in rows
        ]


@dataclass(frozen=True)
class QuarantinedFile:
    id: str
    path: Path
    report: ImportReport


def list_quarantine(workspace: Workspace) -> list[QuarantinedFile]:
    folder = quarantine_dir(workspace)
    if not folder.is_dir():
        return []
    found = []
    for sidecar in sorted(folder.glob("*.json")):
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            report = ImportReport.from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            continue
        bundle = sidecar.with_suffix(".cellsync")
        if bundle.is_file():
            found.append(QuarantinedFile(id=str(data["id"]), path=bundle, report=report))
    found.sort(key=lambda q: q.report.at, reverse=True)
    return found


def release_quarantined(workspace: Workspace, quarantine_id: str) -> ImportReport:
    """A person decided: import the file, overlooking the reason it was held (a fork, a revoked key), or
    retrying after the sender was enrolled."""
    from cellapp.services.sync._import import import_bundle

    item = _quarantined(workspace, quarantine_id)
    reason = item.report.reason
    report = import_bundle(workspace, item.path, release=reason if reason in ("fork", "revoked") else None)
    if report.outcome != "quarantined":
        item.path.unlink(missing_ok=True)
        item.path.with_suffix(".json").unlink(missing_ok=True)
    return report


def discard_quarantined(workspace: Workspace, quarantine_id: str) -> None:
    item = _quarantined(workspace, quarantine_id)
    item.path.unlink(missing_ok=True)
    item.path.with_suffix(".json").unlink(missing_ok=True)


def _quarantined(workspace: Workspace, quarantine_id: str) -> QuarantinedFile:
    for item in list_quarantine(workspace):
        if item.id == quarantine_id:
            return item
    raise NotFound(T("No file {id} in quarantine.", "Không có tệp {id} trong khu cách ly.", id=quarantine_id))
