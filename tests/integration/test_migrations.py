"""Migrations: the recorded heads match Alembic, the models match the migrations, every released schema
upgrades to the newest, and an upgrade takes a copy first and refuses broken links."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from cellapp.storage.engine import create_workspace_engine, read_schema_revisions
from cellapp.storage.migrate import MIGRATIONS_DIR, SCHEMA_HEADS, upgrade_workspace
from cellapp.storage.records import Base

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"


def test_the_recorded_schema_heads_are_alembics_heads() -> None:
    assert set(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads()) == set(SCHEMA_HEADS)


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    database = tmp_path / "fresh.db"
    upgrade_workspace(database, tmp_path / "backups")
    engine = create_workspace_engine(database)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.db")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_the_newest(fixture: Path, tmp_path: Path) -> None:
    database = tmp_path / "cellapp.db"
    shutil.copy(fixture, database)
    connection = sqlite3.connect(database)
    members_before = connection.execute("SELECT count(*) FROM members").fetchone()[0]
    connection.close()
    upgrade_workspace(database, tmp_path / "backups")
    assert read_schema_revisions(database) == set(SCHEMA_HEADS)
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT count(*) FROM members").fetchone()[0] == members_before
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_there_is_a_fixture_for_every_released_schema() -> None:
    assert {p.stem for p in FIXTURES.glob("*.db")} >= set(SCHEMA_HEADS)


def test_an_older_workspace_is_copied_before_it_is_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "cellapp.db"
    shutil.copy(FIXTURES / "0001_foundation.db", database)
    # Pretend this version knows one more revision than the file has.
    monkeypatch.setattr("cellapp.storage.migrate.SCHEMA_HEADS", frozenset({"0002_pretend"}))
    monkeypatch.setattr("cellapp.storage.migrate._run_alembic_upgrade", lambda path: None)
    backup = upgrade_workspace(database, tmp_path / "backups")
    assert backup is not None and backup.is_file()
    assert read_schema_revisions(backup) == {"0001_foundation"}


def test_a_failed_migration_puts_the_copy_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "cellapp.db"
    shutil.copy(FIXTURES / "0001_foundation.db", database)
    original = database.read_bytes()
    monkeypatch.setattr("cellapp.storage.migrate.SCHEMA_HEADS", frozenset({"0002_pretend"}))

    def broken_upgrade(path: Path) -> None:
        connection = sqlite3.connect(path)
        connection.execute("DELETE FROM members")
        connection.commit()
        connection.close()
        raise RuntimeError("migration failed half-way")

    monkeypatch.setattr("cellapp.storage.migrate._run_alembic_upgrade", broken_upgrade)
    with pytest.raises(RuntimeError):
        upgrade_workspace(database, tmp_path / "backups")
    connection = sqlite3.connect(database)
    assert connection.execute("SELECT count(*) FROM members").fetchone()[0] > 0
    connection.close()
    assert len(original) > 0
