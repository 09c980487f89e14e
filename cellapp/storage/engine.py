"""The SQLite engine: pragmas, transaction mode and SQLite's own error codes. All SQLite specifics live here.

The committee store may later run on PostgreSQL, so nothing outside this module names a SQLite feature.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "cellapp_begin"


def create_workspace_engine(database: Path, *, foreign_keys: bool = True) -> Engine:
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


def is_locked_error(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database table is locked" in text or "busy" in text


def is_unreadable_error(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "file is not a database" in text or "malformed" in text or "unable to open" in text


def is_readonly_error(error: BaseException) -> bool:
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
    return [tuple(r) for r in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]
