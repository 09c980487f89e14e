"""The one transaction of an import (docs/sync.md §7 steps 8 and 9): records, the committee's documents
(acknowledgements, revocations, the certificate, transfers), knowledge, the ledger and the counterpart's
state. Any error rolls all of it back.

After a newer acknowledgement, the set-hashes are compared: if the counterpart's copy of what we send it
differs from ours while it has acknowledged everything we hold, our next file to it is a full re-export
(additive: the other side only takes newer versions). If a full re-export did not mend it, the
counterpart is flagged for a person instead of re-exporting forever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cellapp.services.sync._common import LocalSide, audit
from cellapp.services.workspace import Workspace
from cellapp.storage.records import (
    SyncConflictRecord,
    SyncLedgerRecord,
    SyncOutboxRecord,
    SyncPeerRecord,
    SyncRevocationRecord,
    utc_now,
)
from cellapp.sync.apply import ApplyResult, Sender, apply_records
from cellapp.sync.canonical import canonical_json, sha256_hex
from cellapp.sync.container import Envelope
from cellapp.sync.enrolment import certificate_valid
from cellapp.sync.errors import corrupt, rejected
from cellapp.sync.knowledge import (
    advance_knowledge,
    covers,
    knowledge,
    learn_nodes,
    ranks_for,
    register_own_nodes,
)
from cellapp.sync.payload import Contents
from cellapp.sync.selection import Direction, row_json, summarise
from cellapp.sync.tables import MEMBER_TABLE, synced_table, synced_tables

MAX_REJECTIONS_KEPT = 500


class AlreadyImported(Exception):
    def __init__(self, at: datetime) -> None:
        super().__init__(at.isoformat())
        self.at = at


@dataclass
class Received:
    result: ApplyResult
    extras: dict[str, int] = field(default_factory=dict)


@dataclass
class Batch:
    """What the files of one import batch share, so each file does not ask again."""

    registered: bool = False  # our own nodes are recorded in this transaction
    held: bool = True  # records of unknown types may be waiting to be applied


def receive(
    session: Session,
    batch: Batch,
    workspace: Workspace,
    side: LocalSide,
    peer_id: int,
    envelope: Envelope,
    contents: Contents,
    *,
    file_name: str,
    allow_fork: bool = False,
) -> Received:
    """Steps 8 and 9 inside the caller's transaction (a savepoint per file): it commits or rolls back."""
    manifest = contents.manifest
    earlier = session.get(SyncLedgerRecord, envelope.bundle_id)
    if earlier is not None:
        raise AlreadyImported(earlier.imported_at)
    peer = session.get(SyncPeerRecord, peer_id)
    assert peer is not None and peer.unit_uuid is not None
    them, me = peer.unit_uuid, side.unit_uuid
    check_contents(session, envelope, manifest, them, me, allow_fork)
    if not batch.registered:
        register_own_nodes(session, me)
    learned = learn_nodes(session, manifest.get("nodes"), _speaks_for(side, them, manifest))
    owner = learned.get(envelope.from_node) or ranks_for(session, [envelope.from_node]).get(
        envelope.from_node
    )
    if owner is None or owner[0] != them:
        raise rejected("damaged", envelope=envelope)
    sender = Sender(
        unit=them,
        is_hub=not side.is_hub,
        me=me,
        bundle_id=envelope.bundle_id,
        known_before=knowledge(session, {me, them}, side.node_id),
        acked_by_sender={k: v for k, v in (peer.acked or {}).items() if isinstance(v, int)},
        actor=workspace.actor,
    )
    result = apply_records(session, sender, contents.records, held=batch.held)
    batch.held = batch.held or result.held > 0
    received = Received(result)
    if sender.is_hub:
        received.extras = _from_committee(session, sender, peer, contents, result)
    advance_knowledge(
        session,
        since=_vector(manifest.get("since")),
        upto=_vector(manifest.get("known")),
        units=frozenset({me, them}),
        current_node=side.node_id,
    )
    session.add(
        SyncLedgerRecord(
            bundle_id=envelope.bundle_id,
            from_unit=them,
            from_node=envelope.from_node,
            seq=envelope.seq,
            sha256=envelope.sha256,
            max_ctr=_vector(manifest.get("known")).get(envelope.from_node, 0),
            file_name=file_name[:200],
            counts=result.counts(),
            rejections=result.rejected[:MAX_REJECTIONS_KEPT],
        )
    )
    _update_peer(session, side, peer, envelope, manifest, owner[1])
    audit(
        session,
        workspace,
        "import",
        envelope.bundle_id,
        {"from": envelope.from_code, "seq": envelope.seq, **result.counts(), **received.extras},
    )
    session.flush()
    batch.registered = True  # kept only if this file's savepoint is: the caller resets it otherwise
    return received


def check_contents(
    session: Session, envelope: Envelope, manifest: dict[str, Any], them: str, me: str, allow_fork: bool
) -> None:
    """After decryption: the payload is the one announced for this pair, and the sender's counter did not
    go backwards against files it sent before (a copied or restored installation: a fork)."""
    if manifest.get("from_unit") != them or manifest.get("to_unit") != me:
        raise corrupt(
            envelope,
            "the units named inside are not the ones on the envelope",
            "đơn vị ghi bên trong không khớp với phong bì",
        )
    counter = _vector(manifest.get("known")).get(envelope.from_node)
    if counter is None:
        raise corrupt(envelope, "counters", "bộ đếm")
    if allow_fork:
        return
    earlier = session.execute(
        select(SyncLedgerRecord.seq, SyncLedgerRecord.max_ctr).where(
            SyncLedgerRecord.from_node == envelope.from_node
        )
    ).all()
    for seq, max_ctr in earlier:
        if (seq < envelope.seq and max_ctr > counter) or (seq > envelope.seq and max_ctr < counter):
            raise rejected("fork", envelope=envelope)


def _speaks_for(side: LocalSide, them: str, manifest: dict[str, Any]) -> frozenset[str]:
    """Nodes a sender may declare: a cell only its own; the committee its own, ours and other cells'
    (the history of a transferred member)."""
    if side.is_hub:
        return frozenset({them})
    declared = manifest.get("nodes")
    units = (
        {facts[0] for facts in declared.values() if isinstance(facts, list) and facts}
        if isinstance(declared, dict)
        else set()
    )
    return frozenset(str(u) for u in units)


def _vector(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def _from_committee(
    session: Session, sender: Sender, peer: SyncPeerRecord, contents: Contents, result: ApplyResult
) -> dict[str, int]:
    extras = {
        "directives": len(result.written.get("directives", [])),
        "reference_data": len(result.written.get("reference_data", [])),
    }
    extras.update(_transfers(session, sender, result))
    extras["acknowledged"] = _acknowledgements(session, contents.documents.get("acks"))
    _revocations(session, contents.documents.get("revocations"))
    certificate = contents.documents.get("certificate")
    if certificate is not None and peer.sign_key and certificate_valid(certificate, peer.sign_key):
        body = certificate["body"]
        until = date.fromisoformat(str(body["valid_until"]))
        # A late file may carry an older certificate than a renewal already received: keep the newest.
        if body.get("unit_uuid") == sender.me and (peer.valid_until is None or until >= peer.valid_until):
            peer.certificate = certificate
            peer.valid_until = until
    return extras


def _transfers(session: Session, sender: Sender, result: ApplyResult) -> dict[str, int]:
    """The committee moved members: ours that left are released (a read-only copy, marked transferred
    out, under the new owner); those that came are adopted (they arrived as records we now own)."""
    members = synced_table(MEMBER_TABLE)
    arrived = left = 0
    for row in result.written.get("member_transfers", []):
        if row.get("to_unit") == sender.me:
            arrived += 1
            continue
        if row.get("from_unit") != sender.me or members is None:
            continue
        member = session.get(members.record, row.get("member_uuid"))
        if member is None or member.owner_epoch >= row["epoch"]:
            continue
        if member.owner_unit == sender.me and member.ver_ctr > sender.acked_by_sender.get(member.ver_node, 0):
            session.add(
                SyncConflictRecord(
                    table_name=members.name,
                    record_uuid=member.uuid,
                    from_unit=sender.unit,
                    bundle_id=sender.bundle_id,
                    reason="superseded",
                    local=row_json(members, member),
                    incoming=row,
                )
            )
            result.conflicts += 1
        member.owner_unit, member.owner_epoch = row["to_unit"], row["epoch"]
        member.ver_node, member.ver_ctr = row["ver_node"], row["ver_ctr"]
        if hasattr(member, "status"):
            member.status = "transferred_out"
        left += 1
    return {"transfers_in": arrived, "transfers_out": left}


def _acknowledgements(session: Session, acks: Any) -> int:
    if not isinstance(acks, list):
        return 0
    by_id = {entry.get("bundle_id"): entry for entry in acks if isinstance(entry, dict)}
    rows = session.scalars(
        select(SyncOutboxRecord).where(SyncOutboxRecord.bundle_id.in_([str(k) for k in by_id]))
    ).all()
    fresh = 0
    for row in rows:
        entry = by_id[row.bundle_id]
        if row.acknowledged_at is None:
            fresh += 1
        try:
            row.acknowledged_at = datetime.fromisoformat(str(entry.get("imported_at")))
        except ValueError:
            row.acknowledged_at = utc_now()
        row.ack = {"counts": entry.get("counts", {}), "rejections": entry.get("rejections", [])}
    return fresh


def _revocations(session: Session, revocations: Any) -> None:
    if not isinstance(revocations, list):
        return
    for entry in revocations:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            continue
        if session.get(SyncRevocationRecord, entry["fingerprint"]) is not None:
            continue
        try:
            at = datetime.fromisoformat(str(entry.get("revoked_at")))
        except ValueError:
            at = utc_now()
        session.add(
            SyncRevocationRecord(
                fingerprint=entry["fingerprint"][:40],
                unit_code=str(entry.get("unit_code", ""))[:40],
                node_id=entry.get("node_id") if isinstance(entry.get("node_id"), str) else None,
                revoked_at=at,
                reason=entry.get("reason") if isinstance(entry.get("reason"), str) else None,
            )
        )


def _update_peer(
    session: Session,
    side: LocalSide,
    peer: SyncPeerRecord,
    envelope: Envelope,
    manifest: dict[str, Any],
    generation: int,
) -> None:
    peer.last_bundle_at = utc_now()
    peer.last_bundle_id = envelope.bundle_id
    if (generation, envelope.seq) <= (peer.ack_rank, peer.ack_seq):
        return  # an older file arriving late: its records count, its acknowledgement does not
    assert peer.unit_uuid is not None and side.hub_uuid is not None
    peer.ack_rank, peer.ack_seq = generation, envelope.seq
    peer.acked = _vector(manifest.get("known"))
    hashes = manifest.get("set_hashes")
    theirs = hashes.get("yours") if isinstance(hashes, dict) else None
    if not isinstance(theirs, dict):
        return
    mine = summarise(session, Direction(sender=side.unit_uuid, recipient=peer.unit_uuid, hub=side.hub_uuid))
    # Only the record types both sides know count: a type one side holds back until an update is no fault.
    types = manifest.get("types")
    common = {t.name for t in synced_tables()} & (set(types) if isinstance(types, list) else set(theirs))
    ours = {name: value for name, value in mine.hashes.items() if name in common}
    theirs = {name: value for name, value in theirs.items() if name in common}
    if ours == theirs:
        peer.diverged, peer.full_reexport_for = False, None
        return
    if not covers(peer.acked, mine.maxima.items()):
        return  # they have not seen everything yet: a difference is expected
    key = sha256_hex(canonical_json(theirs))
    if peer.full_reexport_for == key:
        peer.diverged = True
    else:
        peer.acked, peer.full_reexport_for = {}, key
