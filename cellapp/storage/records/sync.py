"""Records of sync between a cell and its committee (docs/sync.md): counterparts, nodes, the import ledger, the
conflict queue, the outbox, held records, revocations; and the hub-owned kinds that travel down to cells
(directives, reference data, member transfers).

The bookkeeping tables are local to a workspace and never travel; they are not audited record by record
(`__audited__ = False`): the audit log names the bundle imported or written instead.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.storage.records.base import Base, SyncedMixin, utc_now


class SyncPeerRecord(Base):
    """A counterpart unit: at a cell its committee (the hub), at a committee each invited or enrolled cell.

    `acked` is the peer's acknowledged knowledge of our data (node id -> counter), as it last reported it;
    export sends what it does not cover. Its pinned keys authenticate every bundle it sends.
    """

    __tablename__ = "sync_peers"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # Unknown for an invited cell until its enrolment request arrives.
    unit_uuid: Mapped[str | None] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))
    node_id: Mapped[str | None] = mapped_column(String(36))
    sign_key: Mapped[str | None] = mapped_column(String(120))
    age_recipient: Mapped[str | None] = mapped_column(String(120))
    fingerprint: Mapped[str | None] = mapped_column(String(40))
    certificate: Mapped[dict[str, Any] | None] = mapped_column()
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    valid_until: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    invite_id: Mapped[str | None] = mapped_column(String(36))
    invite_key: Mapped[str | None] = mapped_column(String(64))
    invite_expires: Mapped[date | None] = mapped_column(Date)
    out_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # What our last file to this peer covered: a committee writes again only when there is more.
    sent: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ack_rank: Mapped[int] = mapped_column(Integer, default=0)
    ack_seq: Mapped[int] = mapped_column(Integer, default=0)
    full_reexport_for: Mapped[str | None] = mapped_column(String(64))
    diverged: Mapped[bool] = mapped_column(Boolean, default=False)
    last_bundle_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_bundle_id: Mapped[str | None] = mapped_column(String(36))
    last_export_at: Mapped[datetime | None] = mapped_column(DateTime)


class SyncNodeRecord(Base):
    """A node (installation) seen in bundles or our own: which unit it writes for, its place in that
    unit's succession of nodes, and how far we hold its changes (`known_ctr`)."""

    __tablename__ = "sync_nodes"
    __audited__ = False

    node_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_uuid: Mapped[str] = mapped_column(String(36), index=True)
    generation: Mapped[int] = mapped_column(Integer, default=1)
    known_ctr: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SyncLedgerRecord(Base):
    """Every bundle imported: a replay is recognised by its id, a fork by the same (node, seq) with other
    content or counters going backwards."""

    __tablename__ = "sync_ledger"
    __audited__ = False

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_unit: Mapped[str] = mapped_column(String(36), index=True)
    from_node: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    max_ctr: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rejections: Mapped[list[Any]] = mapped_column(JSON, default=list)


class SyncConflictRecord(Base):
    """A write that could not be applied without a person: a late edit from a former owner, a stale epoch.

    Both values are kept so the person sees what each side wrote."""

    __tablename__ = "sync_conflicts"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    from_unit: Mapped[str] = mapped_column(String(36))
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(30))
    local: Mapped[dict[str, Any] | None] = mapped_column()
    incoming: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(120))
    resolution: Mapped[str | None] = mapped_column(Text)


class SyncOutboxRecord(Base):
    """Every bundle written. The sequence number is reserved before the file is written, so a crash can
    leave a gap but never two different bundles with one number."""

    __tablename__ = "sync_outbox"
    __audited__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    to_unit: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    file_name: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(10), default="reserved")
    size: Mapped[int] = mapped_column(Integer, default=0)
    records: Mapped[int] = mapped_column(Integer, default=0)
    written_to: Mapped[str | None] = mapped_column(Text)
    # What the recipient's return said about this bundle: when it was imported, what it refused.
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)
    ack: Mapped[dict[str, Any] | None] = mapped_column()


class SyncHeldRecord(Base):
    """A record of a type this CellApp does not know yet (sent by a newer one): kept until an update
    teaches us the type, then applied, so nothing is lost while acknowledgements move on."""

    __tablename__ = "sync_held_records"
    __audited__ = False

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_unit: Mapped[str] = mapped_column(String(36))
    data: Mapped[dict[str, Any]] = mapped_column()
    held_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class SyncRevocationRecord(Base):
    """A node key the committee revoked: permanent, and carried in every later committee bundle."""

    __tablename__ = "sync_revocations"
    __audited__ = False

    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    node_id: Mapped[str | None] = mapped_column(String(36))
    revoked_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    reason: Mapped[str | None] = mapped_column(Text)


class DirectiveRecord(SyncedMixin, Base):
    """A directive or document the committee sends down (văn bản chỉ đạo), with an optional PDF.

    `to_units` lists the cells it is for; empty means every enrolled cell."""

    __tablename__ = "directives"

    number: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    issued_on: Mapped[date] = mapped_column(Date)
    issuing_body: Mapped[str] = mapped_column(String(200))
    body_text: Mapped[str] = mapped_column(Text, default="")
    pdf_name: Mapped[str | None] = mapped_column(String(200))
    pdf_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    to_units: Mapped[list[Any]] = mapped_column(JSON, default=list)


class ReferenceDataRecord(SyncedMixin, Base):
    """Dated reference data set by the committee: fee tables, minimum wages, enumerations.

    Keyed by (kind, key, valid_from); `value` is JSON (money as integer đồng)."""

    __tablename__ = "reference_data"

    kind: Mapped[str] = mapped_column(String(30), index=True)
    key: Mapped[str] = mapped_column(String(80))
    valid_from: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[Any] = mapped_column(JSON)


class MemberTransferRecord(SyncedMixin, Base):
    """The committee's decision to move a member from one cell to another (chuyển sinh hoạt chính thức).

    It raises the member's `owner_epoch`; the receiving cell adopts the member with the same UUID and
    history, the releasing cell keeps a read-only copy marked as transferred out."""

    __tablename__ = "member_transfers"

    member_uuid: Mapped[str] = mapped_column(String(36), index=True)
    from_unit: Mapped[str] = mapped_column(String(36))
    to_unit: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    decided_on: Mapped[date] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(120))  # e.g. 15-QĐ/ĐU; None in older records
    note: Mapped[str | None] = mapped_column(Text)


__all__ = [
    "DirectiveRecord",
    "MemberTransferRecord",
    "ReferenceDataRecord",
    "SyncConflictRecord",
    "SyncHeldRecord",
    "SyncLedgerRecord",
    "SyncNodeRecord",
    "SyncOutboxRecord",
    "SyncPeerRecord",
    "SyncRevocationRecord",
]
