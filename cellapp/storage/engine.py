"""The workspace's engine, on its SQLite file or on a committee's PostgreSQL store (`location`): transaction
modes and how to read the database's errors. All SQLite specifics live here; PostgreSQL's in postgres.py.
Nothing outside these two modules names a feature of one database.

Transaction modes (execution options a unit of work sets): `immediate_options` for a write (SQLite's
BEGIN IMMEDIATE; PostgreSQL's store write lock), `import_options` for sync import (on PostgreSQL imports of
different cells run side by side, see `lock_senders`), `snapshot_options` for a read.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from cellapp.storage import postgres
from cellapp.storage.location import StoreLocation, sqlite_location

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = postgres.BEGIN_OPTION


def create_workspace_engine(database: Path | StoreLocation, *, foreign_keys: bool = True) -> Engine:
    """An engine on the workspace's database (a path means its SQLite file)."""
    location = database if isinstance(database, StoreLocation) else sqlite_location(database)
    if location.is_postgres:
        return postgres.create_postgres_engine(location.sqlalchemy_url())
    assert location.file is not None
    return _create_sqlite_engine(location.file, foreign_keys=foreign_keys)


def _create_sqlite_engine(database: Path, *, foreign_keys: bool) -> Engine:
    """An engine on the workspace file: WAL, foreign keys, synchronous FULL, a busy timeout.

    Transactions begin DEFERRED unless the connection carries the `immediate` execution option, which the
    unit of work sets for writes so a second writer waits on the busy timeout instead of failing mid-way.
    """
    engine = create_engine(
        f"sqlite:///{database}",
        poolclass=NullPool,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN itself (pysqlite would otherwise defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = "IMMEDIATE" if connection.get_execution_options().get(_BEGIN_OPTION) == "immediate" else ""
        connection.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def immediate_options() -> dict[str, str]:
    """Execution options that make a transaction take the write lock at its start."""
    return {_BEGIN_OPTION: "immediate"}


def import_options(engine: Engine) -> dict[str, str]:
    """A sync import's transaction: the write lock on SQLite; on PostgreSQL that lock shared, so imports of
    different cells run side by side (each then takes its senders' locks, `lock_senders`)."""
    return {_BEGIN_OPTION: "import" if engine.dialect.name == "postgresql" else "immediate"}


def snapshot_options() -> dict[str, str]:
    """A read that sees one state of the database throughout (SQLite's readers do in WAL mode)."""
    return {_BEGIN_OPTION: "snapshot"}


def lock_senders(connection: Connection, senders: Iterable[str]) -> None:
    """Inside an import: no other import of these senders' files runs until this transaction ends (SQLite's
    write lock already serialises every import)."""
    if connection.dialect.name == "postgresql":
        postgres.lock_senders(connection, senders)


def is_locked_error(error: BaseException) -> bool:
    if postgres.classify(error) == "busy":
        return True
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def is_unreadable_error(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "file is not a database" in text or "malformed" in text or "unable to open" in text


def is_readonly_error(error: BaseException) -> bool:
    if postgres.classify(error) == "read_only":
        return True
    text = str(getattr(error, "orig", error)).lower()
    return "readonly" in text or "read-only" in text


def read_schema_revisions(database: Path) -> set[str] | None:
    """The Alembic revisions stamped in a workspace file, read without SQLAlchemy or Alembic (fast start-up).

    None when the file has no schema yet. Raises sqlite3.DatabaseError when the file is not a database.
    """
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        return {r[0] for r in connection.execute("SELECT version_num FROM alembic_version")}
    finally:
        connection.close()


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (the WAL included), via SQLite's online backup."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def foreign_key_violations(connection: Any) -> list[tuple[Any, ...]]:
    """Rows whose parent is missing after a migration (PostgreSQL checks every foreign key as it goes)."""
    if connection.dialect.name != "sqlite":
        return []
    return [tuple(r) for r in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]
