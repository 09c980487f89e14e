"""Records of the workspace itself: its unit, its node identity and counter, and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cellapp.storage.records.base import Base, SyncedMixin, new_uuid, utc_now


class UnitRecord(SyncedMixin, Base):
    """An organisation: this workspace's own unit, and at a committee every enrolled cell."""

    __tablename__ = "units"

    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(20))
    parent_uuid: Mapped[str | None] = mapped_column(String(36))
    committee_name: Mapped[str | None] = mapped_column(String(200))
    upper_name: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(120))


class WorkspaceRecord(Base):
    """The single row saying which unit this workspace is. Not synced."""

    __tablename__ = "workspace"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_uuid: Mapped[str] = mapped_column(ForeignKey("units.uuid"))
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    created_by_version: Mapped[str] = mapped_column(String(20))


class NodeStateRecord(Base):
    """One installation's identity and change counter. Exactly one row is current.

    A restored or copied database finds a different incarnation in the keys folder and retires its node
    (docs/sync.md §2), so two histories never share a node id.
    """

    __tablename__ = "node_states"

    node_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    incarnation: Mapped[str] = mapped_column(String(36), default=new_uuid)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    retired_reason: Mapped[str | None] = mapped_column(String(60))


class AuditRecord(Base):
    """Who changed what, when: one row per record written. Local only, never synced."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    node_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(60))
    record_key: Mapped[str] = mapped_column(String(60), index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)


class SettingRecord(Base):
    """Workspace settings (wage region, document number pattern…). Housekeeping: never bumps versions."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
