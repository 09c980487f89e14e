"""Backups and restores, and what the committee does with a restored or copied installation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cellapp.domain.errors import InputRejected, UsageError
from cellapp.services.members._register import list_members
from cellapp.services.sync._backup import backup_workspace, restore_workspace
from cellapp.services.sync._import import import_bundles
from cellapp.services.workspace import open_workspace
from cellapp.storage.records import MemberRecord
from tests.helpers.sync_craft import files_containing
from tests.helpers.sync_world import CELL_A, World, add_people, synced_rows


def test_a_backup_restores_into_an_empty_folder_with_the_keys(world: World, tmp_path: Path) -> None:
    add_people(world.a, "Giàng Thị Sao Lưu")
    backup = backup_workspace(world.a, to_dir=world.stick)
    assert backup.path.name.startswith(f"{CELL_A}_backup_") and backup.path.suffix == ".cellbackup"
    assert files_containing([world.stick], "Sao Lưu".encode()) == []
    result = restore_workspace(tmp_path / "new-laptop", backup.path, keys_dir=world.a.paths.keys)
    restored = open_workspace(result.root)
    try:
        assert [m.full_name for m in list_members(restored.uow(read_only=True))] == ["Giàng Thị Sao Lưu"]
        assert restored.info.node_id != world.a.info.node_id  # a new installation identity
        assert (restored.paths.keys).stat().st_mode & 0o077 == 0
    finally:
        restored.close()


def test_restore_refuses_to_overwrite_a_workspace_without_force(world: World) -> None:
    backup = backup_workspace(world.a, to_dir=world.stick)
    add_people(world.a, "Người Ghi Sau")
    world.a.close()
    with pytest.raises(InputRejected, match="--force"):
        restore_workspace(world.a.root, backup.path)
    result = restore_workspace(world.a.root, backup.path, force=True)
    assert result.replaced is not None and result.replaced.is_file()
    world.a = open_workspace(world.a.root)
    assert list_members(world.a.uow(read_only=True)) == []


def test_restore_needs_the_keys_and_refuses_another_workspaces_backup(world: World, tmp_path: Path) -> None:
    backup = backup_workspace(world.b, to_dir=world.stick)
    with pytest.raises(UsageError, match="--keys"):
        restore_workspace(tmp_path / "empty", backup.path)
    with pytest.raises(InputRejected, match="không phải bản sao lưu"):
        restore_workspace(tmp_path / "other", backup.path, keys_dir=world.a.paths.keys)


def test_a_restored_cell_gets_back_what_it_wrote_after_the_backup(world: World) -> None:
    [kept] = add_people(world.a, "Trước Sao Lưu")
    backup = backup_workspace(world.a, to_dir=world.stick)
    [later] = add_people(world.a, "Sau Sao Lưu")
    world.send(world.a, world.hub)  # the committee has both
    old_node = world.a.info.node_id
    world.a.close()
    restore_workspace(world.a.root, backup.path, force=True)  # the laptop's disk died; the stick survived
    world.a = open_workspace(world.a.root)
    assert world.a.info.node_id != old_node
    assert {m.full_name for m in list_members(world.a.uow(read_only=True))} == {"Trước Sao Lưu"}
    [up] = world.send(world.a, world.hub)  # a new node: not mistaken for a fork
    assert up.outcome == "imported"
    [down] = world.send(world.hub, world.a)
    assert down.counts["added"] == 1
    names = {m.full_name for m in list_members(world.a.uow(read_only=True))}
    assert names == {"Trước Sao Lưu", "Sau Sao Lưu"}
    # And the new node's edits beat the old node's, although its counter starts again from zero.
    with world.a.uow() as uow:
        record = uow.session.get(MemberRecord, kept.uuid)
        assert record is not None
        record.phone = "0900000001"
        uow.commit()
    [again] = world.send(world.a, world.hub)
    assert again.counts["updated"] == 1
    assert synced_rows(world.hub, "members") == synced_rows(world.a, "members")
    assert later.uuid in synced_rows(world.a, "members")


def test_a_database_copied_without_its_incarnation_continues_as_a_new_node(world: World) -> None:
    add_people(world.a, "Bản Sao")
    world.send(world.a, world.hub)
    world.a.close()
    shutil.copytree(world.a.root, world.root / "copy", ignore=shutil.ignore_patterns("incarnation"))
    copy = open_workspace(world.root / "copy")
    try:
        assert copy.info.node_renewed and copy.info.node_id != world.a.info.node_id
        add_people(copy, "Trên Bản Sao")
        [result] = world.export(copy)
        [report] = import_bundles(world.hub, [result.path])
        assert report.outcome == "imported"
    finally:
        copy.close()
        world.a = open_workspace(world.a.root)
