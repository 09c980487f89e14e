"""Bring a workspace database to the current schema, safely.

SQLite: before touching an existing file we copy it to `backups/` (Alembic's SQLite DDL has no undo);
migrations run with foreign keys OFF (a batch re-creation of a parent table would otherwise cascade-delete
its children) and must leave `PRAGMA foreign_key_check` clean, or the copy is put back.
PostgreSQL: its DDL is transactional, so the same migrations run in one transaction that either commits
whole or leaves the store exactly as it was; no copy is needed (the server's own backups, pg_dump, are
the administrator's). The store's write lock is held meanwhile, so two officers' CellApp starting at once
never both migrate: the second waits, then finds the store up to date. Foreign keys stay on (PostgreSQL
alters tables in place; nothing is re-created).
A workspace stamped with a revision this version does not know was made by a newer CellApp: refused.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from cellapp.domain.errors import WorkspaceError
from cellapp.domain.l10n import T
from cellapp.storage import postgres
from cellapp.storage.database_errors import translate_database_error
from cellapp.storage.engine import (
    copy_database,
    create_workspace_engine,
    foreign_key_violations,
    read_schema_revisions,
)
from cellapp.storage.location import StoreLocation

# The heads of the migration graph this version writes. A test keeps it equal to Alembic's own view, so
# opening an up-to-date workspace never has to import Alembic (start-up time).
SCHEMA_HEADS: frozenset[str] = frozenset({"0009_annual_review"})

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stamped_revisions(database: Path | StoreLocation) -> set[str] | None:
    """The revisions stamped in the database (None: no schema yet); refuses what is not a CellApp store."""
    if isinstance(database, StoreLocation):
        if not database.is_postgres:
            assert database.file is not None
            return stamped_revisions(database.file)
        return _postgres_revisions(database)
    try:
        return read_schema_revisions(database)
    except sqlite3.DatabaseError as error:
        raise unreadable_workspace(database, error) from error


def _postgres_revisions(location: StoreLocation) -> set[str] | None:
    engine = create_workspace_engine(location)
    try:
        with engine.connect() as connection:
            return postgres.schema_revisions(connection)
    except DBAPIError as error:
        raise translate_database_error(error, location.display()) from error
    finally:
        engine.dispose()


def unreadable_workspace(database: Path, error: BaseException) -> WorkspaceError:
    return WorkspaceError(
        T(
            "{path} is not a CellApp workspace or is damaged ({detail}); it was not changed.",
            "{path} không phải dữ liệu CellApp hoặc đã bị hỏng ({detail}); tệp không bị thay đổi.",
            path=str(database),
            detail=str(error),
        )
    )


def known_revisions() -> set[str]:
    """Every revision this version's migrations know (a database stamped otherwise is newer)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def newer_workspace() -> WorkspaceError:
    return WorkspaceError(
        T(
            "This workspace was made by a newer CellApp; please update CellApp to open it.",
            "Dữ liệu này được tạo bởi phiên bản CellApp mới hơn; hãy cập nhật CellApp để mở.",
        )
    )


def upgrade_workspace(database: Path | StoreLocation, backups: Path) -> Path | None:
    """Migrate `database` to SCHEMA_HEADS. Returns the backup copy taken, if any (SQLite only)."""
    if isinstance(database, StoreLocation):
        if database.is_postgres:
            _upgrade_postgres(database)
            return None
        assert database.file is not None
        database = database.file
    stamped = stamped_revisions(database) if database.exists() else None
    if stamped == set(SCHEMA_HEADS):
        return None
    known = known_revisions()
    if stamped and not stamped <= known:
        raise newer_workspace()
    backup: Path | None = None
    if stamped:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backups / f"before-migration-{stamp}.db"
        copy_database(database, backup)
    try:
        _run_alembic_upgrade(database)
    except Exception:
        if backup is not None:
            _restore(backup, database)
        raise
    return backup


def _upgrade_postgres(location: StoreLocation) -> None:
    engine = create_workspace_engine(location)
    try:
        with engine.begin() as connection:
            postgres.lock_for_migration(connection)
            stamped = postgres.schema_revisions(connection)
            if stamped == set(SCHEMA_HEADS):
                return
            if stamped and not stamped <= known_revisions():
                raise newer_workspace()
            if stamped is None and postgres.holds_tables(connection):
                raise WorkspaceError(
                    T(
                        "The database {where} already holds tables of another program; CellApp keeps its "
                        "records only in an empty database of its own. Nothing was changed.",
                        "Cơ sở dữ liệu {where} đã có bảng của chương trình khác; CellApp chỉ ghi vào một cơ sở "
                        "dữ liệu trống dành riêng. Chưa có gì bị thay đổi.",
                        where=location.display(),
                    )
                )
            _alembic_upgrade(connection)
    except DBAPIError as error:
        raise translate_database_error(error, location.display()) from error
    finally:
        engine.dispose()


def _alembic_upgrade(connection: Connection) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, "heads")


def _run_alembic_upgrade(database: Path) -> None:
    engine = create_workspace_engine(database, foreign_keys=False)
    try:
        with engine.begin() as connection:
            _alembic_upgrade(connection)
            violations = foreign_key_violations(connection)
            if violations:
                raise WorkspaceError(
                    T(
                        "The upgrade would break links between records ({count}); the workspace was restored.",
                        "Nâng cấp làm hỏng liên kết giữa các bản ghi ({count}); dữ liệu đã được khôi phục.",
                        count=len(violations),
                    )
                )
    finally:
        engine.dispose()


def _restore(backup: Path, database: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, database)
