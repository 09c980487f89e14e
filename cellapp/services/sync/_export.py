"""Export (docs/sync.md §6): one `.cellsync` file per counterpart with news, written to the stick and verified.

A cell always writes one for its committee (with nothing new it is a small heartbeat carrying its
acknowledgement). A committee writes one for every enrolled cell that sent something since its last
return file, or that has something new to receive.

The file carries every record in the direction's scope the recipient has not acknowledged. Its sequence
number is reserved in the database before the file is written, so a crash can leave a gap but never two
different files under one number (which the recipient would quarantine as a fork).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp import __version__
from cellapp.domain.errors import InputRejected
from cellapp.domain.l10n import T
from cellapp.services.sync._common import (
    LocalSide,
    audit,
    hub_peer,
    local_side,
    require_code,
    require_keys,
)
from cellapp.services.workspace import Workspace
from cellapp.storage.records import (
    MemberTransferRecord,
    SyncLedgerRecord,
    SyncOutboxRecord,
    SyncPeerRecord,
    SyncRevocationRecord,
    utc_now,
)
from cellapp.sync.container import FORMAT_DATA, Envelope, check_complete, check_signature, open_outer, seal
from cellapp.sync.files import StickError, write_verified
from cellapp.sync.keys import NodeKeys
from cellapp.sync.knowledge import knowledge, node_table, register_own_nodes
from cellapp.sync.payload import BUNDLE_SCHEMA, Contents, pack
from cellapp.sync.selection import Direction, changes_for, member_history, summarise
from cellapp.sync.tables import synced_tables

Progress = Callable[[int, int], None]
ACKS_KEPT = 12


@dataclass(frozen=True)
class ExportResult:
    peer_code: str
    peer_name: str
    path: Path
    size: int
    records: int
    heartbeat: bool
    full: bool
    seq: int
    bundle_id: str


@dataclass
class _Plan:
    peer_id: int
    peer_code: str
    peer_name: str
    fingerprint: str
    recipient: str  # unit uuid
    age_recipient: str
    contents: Contents
    manifest: dict[str, Any]

    @property
    def records(self) -> int:
        return sum(len(rows) for rows in self.contents.records.values())


def export_bundles(
    workspace: Workspace,
    *,
    to_dir: Path,
    cells: list[str] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> list[ExportResult]:
    """Write a file for every counterpart with news (a committee may name the cells it wants, which then
    get one even without news). Returns what was written."""
    keys = require_keys(workspace)
    today = today or date.today()
    if not to_dir.is_dir():
        raise StickError("no_folder", to_dir)
    with workspace.uow() as uow:
        side = local_side(uow.session, workspace)
        require_code(side)
        peers = _recipients(uow.session, side, cells)
        register_own_nodes(uow.session, side.unit_uuid)
        uow.commit()
    results = []
    for index, (peer_id, forced) in enumerate(peers):
        if progress is not None:
            progress(index, len(peers))
        with workspace.uow(read_only=True) as uow:
            plan = _plan(uow.session, side, peer_id, forced)
        if plan is not None:
            results.append(_write(workspace, side, plan, keys, to_dir, today))
    if progress is not None:
        progress(len(peers), len(peers))
    return results


def _recipients(session: Session, side: LocalSide, cells: list[str] | None) -> list[tuple[int, bool]]:
    if not side.is_hub:
        hub = hub_peer(session)
        if hub is None or hub.status != "enrolled":
            raise InputRejected(
                T(
                    "This cell has not joined its committee yet: join with the invitation first.",
                    "Chi bộ chưa đăng ký với cấp ủy: hãy đăng ký bằng tệp mời trước.",
                )
            )
        return [(hub.id, True)]
    query = select(SyncPeerRecord).where(SyncPeerRecord.role == "cell", SyncPeerRecord.status == "enrolled")
    peers = list(session.scalars(query.order_by(SyncPeerRecord.code)))
    if cells is None:
        return [(peer.id, False) for peer in peers]
    by_code = {peer.code: peer for peer in peers}
    unknown = [code for code in cells if code.upper() not in by_code]
    if unknown:
        raise InputRejected(
            T(
                "Not an enrolled cell: {codes}.",
                "Không phải chi bộ đã đăng ký: {codes}.",
                codes=", ".join(unknown),
            )
        )
    return [(by_code[code.upper()].id, True) for code in cells]


def _plan(session: Session, side: LocalSide, peer_id: int, forced: bool) -> _Plan | None:
    peer = session.get(SyncPeerRecord, peer_id)
    assert peer is not None and peer.unit_uuid is not None and side.hub_uuid is not None
    assert peer.fingerprint is not None and peer.age_recipient is not None
    me, them, hub = side.unit_uuid, peer.unit_uuid, side.hub_uuid
    since = {str(node): int(ctr) for node, ctr in (peer.acked or {}).items()}
    outgoing = Direction(sender=me, recipient=them, hub=hub)
    records = changes_for(session, outgoing, since)
    documents: dict[str, Any] = {}
    if side.is_hub:
        _add_transfer_history(session, records, them, since)
        documents = _hub_documents(session, peer)
    known = knowledge(session, {me, them}, side.node_id)
    if side.is_hub and not forced and not _news(session, peer, outgoing, since, records):
        return None
    mentioned = set(known) | {row["ver_node"] for rows in records.values() for row in rows}
    manifest = {
        "from_unit": me,
        "to_unit": them,
        "created_at": utc_now().isoformat(),
        "app_version": __version__,
        "known": known,
        "since": since,
        "nodes": node_table(session, mentioned),
        "set_hashes": {
            "mine": summarise(session, outgoing).hashes,
            "yours": summarise(session, Direction(sender=them, recipient=me, hub=hub)).hashes,
        },
        "full": not since,
        "types": [table.name for table in synced_tables()],
    }
    return _Plan(
        peer_id=peer.id,
        peer_code=peer.code,
        peer_name=peer.name,
        fingerprint=peer.fingerprint,
        recipient=them,
        age_recipient=peer.age_recipient,
        contents=Contents(manifest={}, records=records, documents=documents),
        manifest=manifest,
    )


def _news(
    session: Session,
    peer: SyncPeerRecord,
    outgoing: Direction,
    since: dict[str, int],
    records: dict[str, list[dict[str, Any]]],
) -> bool:
    """A committee writes to a cell that sent something since its last return file, or that has records
    our last file to it did not carry (what it carried is resent until acknowledged, but is no news)."""
    if peer.last_export_at is None:
        return True
    if peer.last_bundle_at is not None and peer.last_bundle_at > peer.last_export_at:
        return True
    if _certificate_issued_after(peer, peer.last_export_at):
        return True  # a renewed enrolment goes down at once
    if not records:
        return False
    sent = {str(node): int(ctr) for node, ctr in (peer.sent or {}).items()}
    beyond = {node: max(since.get(node, 0), sent.get(node, 0)) for node in set(since) | set(sent)}
    return bool(changes_for(session, outgoing, beyond))


def _certificate_issued_after(peer: SyncPeerRecord, moment: datetime) -> bool:
    body = peer.certificate.get("body") if isinstance(peer.certificate, dict) else None
    issued = body.get("issued_at") if isinstance(body, dict) else None
    if not isinstance(issued, str):
        return False
    try:
        return datetime.fromisoformat(issued).replace(tzinfo=None) > moment.replace(tzinfo=None)
    except ValueError:
        return False


def _add_transfer_history(
    session: Session, records: dict[str, list[dict[str, Any]]], cell: str, since: dict[str, int]
) -> None:
    """A member transferred to this cell travels with its whole history, acknowledged or not."""
    transfers = session.scalars(
        select(MemberTransferRecord).where(MemberTransferRecord.to_unit == cell)
    ).all()
    fresh = [t.member_uuid for t in transfers if t.ver_ctr > since.get(t.ver_node, 0)]
    present = {(name, row["uuid"]) for name, rows in records.items() for row in rows}
    for name, row in member_history(session, fresh):
        if (name, row["uuid"]) not in present:
            records.setdefault(name, []).append(row)
            present.add((name, row["uuid"]))


def _hub_documents(session: Session, peer: SyncPeerRecord) -> dict[str, Any]:
    ledger = session.scalars(
        select(SyncLedgerRecord)
        .where(SyncLedgerRecord.from_unit == peer.unit_uuid)
        .order_by(SyncLedgerRecord.imported_at.desc())
        .limit(ACKS_KEPT)
    ).all()
    revocations = session.scalars(select(SyncRevocationRecord).order_by(SyncRevocationRecord.fingerprint))
    return {
        "acks": [
            {
                "bundle_id": entry.bundle_id,
                "seq": entry.seq,
                "imported_at": entry.imported_at.isoformat(),
                "counts": entry.counts,
                "rejections": entry.rejections,
            }
            for entry in ledger
        ],
        "revocations": [
            {
                "fingerprint": r.fingerprint,
                "unit_code": r.unit_code,
                "node_id": r.node_id,
                "revoked_at": r.revoked_at.isoformat(),
                "reason": r.reason,
            }
            for r in revocations
        ],
        "certificate": peer.certificate,
    }


def _write(
    workspace: Workspace, side: LocalSide, plan: _Plan, keys: NodeKeys, to_dir: Path, today: date
) -> ExportResult:
    code = require_code(side)
    bundle_id = str(uuidlib.uuid4())
    with workspace.uow() as uow:
        peer = uow.session.get(SyncPeerRecord, plan.peer_id)
        assert peer is not None
        peer.out_seq += 1
        seq = peer.out_seq
        envelope = Envelope(
            FORMAT_DATA, code, side.node_id, plan.peer_code, plan.fingerprint, bundle_id, seq, BUNDLE_SCHEMA
        )
        name = envelope.file_name(today.strftime("%Y%m%d"))
        uow.session.add(
            SyncOutboxRecord(
                to_unit=plan.recipient,
                kind="heartbeat" if not plan.records else ("full" if plan.manifest["full"] else "bundle"),
                seq=seq,
                bundle_id=bundle_id,
                file_name=name,
                state="reserved",
                records=plan.records,
            )
        )
        uow.commit()
    sealed = seal(envelope, pack(envelope, plan.manifest, plan.contents), keys, plan.age_recipient)

    def verify(data: bytes) -> None:
        outer = open_outer(data)
        check_complete(outer)
        check_signature(outer, keys.sign_key)

    try:
        write_verified(workspace.paths.outbox, name, sealed.data, verify)
        path = write_verified(to_dir, name, sealed.data, verify)
    except Exception:
        _finish(workspace, bundle_id, state="failed")
        raise
    _finish(
        workspace,
        bundle_id,
        state="written",
        size=len(sealed.data),
        written_to=str(path),
        sent=plan.manifest["known"],
    )
    return ExportResult(
        peer_code=plan.peer_code,
        peer_name=plan.peer_name,
        path=path,
        size=len(sealed.data),
        records=plan.records,
        heartbeat=plan.records == 0,
        full=bool(plan.manifest["full"]),
        seq=seq,
        bundle_id=bundle_id,
    )


def _finish(
    workspace: Workspace,
    bundle_id: str,
    *,
    state: str,
    size: int = 0,
    written_to: str | None = None,
    sent: dict[str, int] | None = None,
) -> None:
    with workspace.uow() as uow:
        row = uow.session.scalars(
            select(SyncOutboxRecord).where(SyncOutboxRecord.bundle_id == bundle_id)
        ).one()
        row.state, row.size, row.written_to = state, size, written_to
        if state == "written":
            peer = uow.session.scalars(
                select(SyncPeerRecord).where(SyncPeerRecord.unit_uuid == row.to_unit)
            ).one()
            peer.last_export_at = utc_now()
            peer.sent = sent or {}
            audit(
                uow.session,
                workspace,
                "export",
                bundle_id,
                {"to": peer.code, "seq": row.seq, "records": row.records},
            )
        uow.commit()
