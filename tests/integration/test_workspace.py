"""Creating and opening workspaces: identity, pragmas, refusals that leave files untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from cellapp.domain.errors import UsageError, WorkspaceError
from cellapp.domain.l10n import set_language
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.workspace import Workspace, create_workspace, open_workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_cell_workspace_records_its_unit_and_committee(cell_workspace: Workspace) -> None:
    info = cell_workspace.info
    assert info.kind is UnitKind.CELL
    assert info.unit_name == "Chi bộ thôn Nậm Búng"
    assert info.committee_name == "Đảng bộ xã Bản Máy"
    assert info.committee_level is CommitteeLevel.COMMUNE
    for folder in ("keys", "backups", "outbox"):
        assert (info.root / folder).is_dir()
    assert (info.root / "keys").stat().st_mode & 0o077 == 0


def test_reopening_keeps_the_same_node(cell_workspace: Workspace) -> None:
    root = cell_workspace.root
    node = cell_workspace.info.node_id
    cell_workspace.close()
    again = open_workspace(root)
    assert again.info.node_id == node
    assert not again.info.node_renewed
    again.close()


def test_the_engine_uses_wal_foreign_keys_full_sync_and_a_busy_timeout(cell_workspace: Workspace) -> None:
    with cell_workspace.engine.connect() as connection:
        pragma = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}


def test_creating_over_an_existing_workspace_is_refused(cell_workspace: Workspace) -> None:
    database = cell_workspace.paths.database
    before = _digest(database)
    with pytest.raises(WorkspaceError, match="đã có dữ liệu"):
        create_workspace(cell_workspace.root, kind=UnitKind.COMMITTEE, name="Khác")
    assert _digest(database) == before


def test_a_cell_without_its_committee_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cấp ủy cấp trên"):
        create_workspace(tmp_path / "x", kind=UnitKind.CELL, name="Chi bộ A", committee_name=" ")
    assert not (tmp_path / "x" / "cellapp.db").exists()


def test_a_folder_without_a_workspace_gets_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="Chưa có dữ liệu CellApp"):
        open_workspace(tmp_path)


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    (tmp_path / "cellapp.db").write_bytes(b"this is a spreadsheet, not a database" * 200)
    before = _digest(tmp_path / "cellapp.db")
    with pytest.raises(WorkspaceError, match="không phải dữ liệu CellApp"):
        open_workspace(tmp_path)
    assert _digest(tmp_path / "cellapp.db") == before


def test_a_workspace_from_a_newer_cellapp_is_refused_unchanged(cell_workspace: Workspace) -> None:
    root, database = cell_workspace.root, cell_workspace.paths.database
    cell_workspace.close()
    connection = sqlite3.connect(database)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = _digest(database)
    with pytest.raises(WorkspaceError, match="phiên bản CellApp mới hơn"):
        open_workspace(root)
    assert _digest(database) == before
    assert list((root / "backups").iterdir()) == []


def test_messages_follow_the_chosen_language(tmp_path: Path) -> None:
    set_language("en")
    with pytest.raises(WorkspaceError, match="No CellApp workspace"):
        open_workspace(tmp_path)


def test_a_folder_that_cannot_be_written_is_refused(
    cell_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = cell_workspace.root
    cell_workspace.close()
    monkeypatch.setattr("cellapp.services.workspace.os.access", lambda path, mode: False)
    with pytest.raises(WorkspaceError, match="không ghi được"):
        open_workspace(root)


def test_a_locked_database_gives_a_busy_message_and_saves_nothing(
    cell_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cellapp.domain.members import Sex
    from cellapp.services.members._register import NewMember, add_member, list_members

    monkeypatch.setattr("cellapp.storage.engine.BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(cell_workspace.paths.database, timeout=0.1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        fast = Workspace(
            cell_workspace.paths, _short_timeout_engine(cell_workspace), cell_workspace.info, "t"
        )
        with pytest.raises(WorkspaceError, match="đang được một cửa sổ hoặc chương trình khác sử dụng"):
            add_member(fast.uow(), NewMember(full_name="Vàng A Dính", sex=Sex.MALE))
    finally:
        blocker.rollback()
        blocker.close()
    assert list_members(cell_workspace.uow(read_only=True)) == []


def _short_timeout_engine(workspace: Workspace):  # type: ignore[no-untyped-def]
    from sqlalchemy import event

    from cellapp.storage.engine import create_workspace_engine

    engine = create_workspace_engine(workspace.paths.database)

    @event.listens_for(engine, "connect")
    def _short(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA busy_timeout = 100")

    return engine


def test_a_copied_database_continues_under_a_new_node(cell_workspace: Workspace, tmp_path: Path) -> None:
    import shutil

    old_node = cell_workspace.info.node_id
    root = cell_workspace.root
    cell_workspace.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(root / "cellapp.db", copy / "cellapp.db")
    moved = open_workspace(copy)
    assert moved.info.node_renewed
    assert moved.info.node_id != old_node
    moved.close()
    reopened = open_workspace(copy)
    assert not reopened.info.node_renewed
    assert reopened.info.node_id == moved.info.node_id
    reopened.close()


def test_a_restored_database_with_another_incarnation_takes_a_new_node(cell_workspace: Workspace) -> None:
    root, old_node = cell_workspace.root, cell_workspace.info.node_id
    cell_workspace.close()
    (root / "keys" / "incarnation").write_text("0000-restored-elsewhere\n")
    renewed = open_workspace(root)
    assert renewed.info.node_renewed and renewed.info.node_id != old_node
    with renewed.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT node_id, current, retired_reason FROM node_states").all()
    assert {(r[0], bool(r[1]), r[2]) for r in rows} == {
        (old_node, False, "incarnation_mismatch"),
        (renewed.info.node_id, True, None),
    }
    renewed.close()
