"""Declarative base, naming convention, and the columns every synced record carries (docs/sync.md §5)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints keep Alembic batch migrations (table re-creation on SQLite) deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def utc_now_to_the_second() -> datetime:
    """Display times of synced records: whole seconds are all a person reads, and microseconds would be
    among the least compressible bytes of every sync file."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON}
    # Local bookkeeping (sync state and the like) sets this False: the audit log names the user action
    # instead of every bookkeeping row it touched.
    __audited__: ClassVar[bool] = True

    def before_write(self) -> None:
        """Derive stored fields (search keys and the like) just before a flush; see unit_of_work.

        It only reads and sets the record's own attributes: sync import applies it to a plain draft of
        each new record before inserting many at once."""


class SyncedMixin:
    """Columns of every record that travels in sync bundles.

    `ver_node`/`ver_ctr` are stamped by the unit of work's flush hook and nowhere else; `extra` keeps
    fields written by a newer CellApp so they go back unchanged.
    """

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    owner_unit: Mapped[str] = mapped_column(String(36), index=True)
    owner_epoch: Mapped[int] = mapped_column(Integer, default=0)
    ver_node: Mapped[str] = mapped_column(String(36))
    ver_ctr: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now_to_the_second)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utc_now_to_the_second, onupdate=utc_now_to_the_second
    )
