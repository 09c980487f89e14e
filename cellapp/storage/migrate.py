"""Bring a workspace database to the current schema, safely.

Before touching an existing file we copy it to `backups/` (Alembic's SQLite DDL has no undo); migrations
run with foreign keys OFF (a batch re-creation of a parent table would otherwise cascade-delete its
children) and must leave `PRAGMA foreign_key_check` clean, or the copy is put back.
A workspace stamped with a revision this version does not know was made by a newer CellApp: refused.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from cellapp.domain.errors import WorkspaceError
from cellapp.domain.l10n import T
from cellapp.storage.engine import (
    copy_database,
    create_workspace_engine,
    foreign_key_violations,
    read_schema_revisions,
)

# The heads of the migration graph this version writes. A test keeps it equal to Alembic's own view, so
# opening an up-to-date workspace never has to import Alembic (start-up time).
SCHEMA_HEADS: frozenset[str] = frozenset({"0008_grades_and_votes"})

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def stamped_revisions(database: Path) -> set[str] | None:
    try:
        return read_schema_revisions(database)
    except sqlite3.DatabaseError as error:
        raise unreadable_workspace(database, error) from error


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


def upgrade_workspace(database: Path, backups: Path) -> Path | None:
    """Migrate `database` to SCHEMA_HEADS. Returns the backup copy taken, if any."""
    stamped = stamped_revisions(database) if database.exists() else None
    if stamped == set(SCHEMA_HEADS):
        return None
    known = known_revisions()
    if stamped and not stamped <= known:
        raise WorkspaceError(
            T(
                "This workspace was made by a newer CellApp; please update CellApp to open it.",
                "Dữ liệu này được tạo bởi phiên bản CellApp mới hơn; hãy cập nhật CellApp để mở.",
            )
        )
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


def _run_alembic_upgrade(database: Path) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_workspace_engine(database, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
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
