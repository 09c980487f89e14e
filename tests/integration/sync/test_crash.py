"""A crash injected at every step of import and export leaves either all or nothing: the database is as
it was (or holds only a reserved sequence number), no half file is taken for a whole one, and trying
again works."""

from __future__ import annotations

from pathlib import Path

import pytest

from cellapp.services.sync import _export as sync_export, _import as sync_import, _receive as sync_receive
from cellapp.services.sync._import import import_bundles
from cellapp.storage.unit_of_work import UnitOfWork
from cellapp.sync import files
from cellapp.sync.container import PARTIAL_SUFFIX, check_complete, open_outer
from tests.helpers.sync_world import World, add_people, dump, synced_rows


class Crash(Exception):
    """Stands for the power going off."""


def _crash_at(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
    def crash(*_args: object, **_kwargs: object) -> None:
        raise Crash(name)

    monkeypatch.setattr(module, name, crash)


IMPORT_STEPS = [
    (sync_import, "copy_to_inbox"),
    (sync_import, "open_outer"),
    (sync_import, "check_route_and_sender"),
    (sync_import, "decrypt_payload"),
    (sync_import, "unpack"),
    (sync_receive, "check_contents"),
    (sync_receive, "register_own_nodes"),
    (sync_receive, "learn_nodes"),
    (sync_receive, "apply_records"),
    (sync_receive, "_from_committee"),
    (sync_receive, "advance_knowledge"),
    (sync_receive, "_update_peer"),
    (sync_receive, "audit"),
    (UnitOfWork, "commit"),
]


_IMPORT_CASES = [
    (module, step, direction)
    for module, step in IMPORT_STEPS
    for direction in ("up", "down")
    if not (step == "_from_committee" and direction == "up")  # only a committee's file carries documents
]


@pytest.mark.parametrize(
    ("module", "step", "direction"), _IMPORT_CASES, ids=[f"{step}-{d}" for _, step, d in _IMPORT_CASES]
)
def test_a_crash_at_any_import_step_changes_nothing_and_the_file_imports_later(
    world: World, monkeypatch: pytest.MonkeyPatch, module: object, step: str, direction: str
) -> None:
    add_people(world.a, "Giàng Seo Phử", "Sùng Thị Mỷ")
    if direction == "up":
        source, target = world.a, world.hub
    else:
        world.send(world.a, world.hub)
        source, target = world.hub, world.a
    [result] = [r for r in world.export(source) if direction == "up" or r.peer_code == "BM-C01"]
    before = dump(target)
    _crash_at(monkeypatch, module, step)
    with pytest.raises(Crash):
        import_bundles(target, [result.path])
    monkeypatch.undo()
    assert dump(target) == before
    [report] = import_bundles(target, [result.path])
    assert report.outcome == "imported"
    owner = world.a.info.unit_uuid
    assert synced_rows(world.hub, "members", owner) == synced_rows(world.a, "members", owner)


EXPORT_STEPS = [
    (sync_export, "register_own_nodes"),
    (sync_export, "_plan"),
    (sync_export, "seal"),
    (sync_export, "pack"),
    (files, "_write_and_sync"),
    (files, "_sync_folder"),
    (sync_export, "_finish"),
]


@pytest.mark.parametrize(("module", "step"), EXPORT_STEPS, ids=[name for _, name in EXPORT_STEPS])
def test_a_crash_at_any_export_step_leaves_no_file_that_passes_for_whole(
    world: World, monkeypatch: pytest.MonkeyPatch, module: object, step: str
) -> None:
    add_people(world.a, "Lù Văn Pao")
    _crash_at(monkeypatch, module, step)
    with pytest.raises(Crash):
        world.export(world.a)
    monkeypatch.undo()
    for path in world.stick.iterdir():
        if path.name.endswith(PARTIAL_SUFFIX):
            continue  # importers ignore these
        check_complete(open_outer(path.read_bytes()))  # anything else on the stick is whole
    [retry] = world.export(world.a)
    reports = import_bundles(world.hub, [p for p in world.stick.iterdir()])
    assert {r.outcome for r in reports} <= {"imported"}
    assert any(r.bundle_id == retry.bundle_id for r in reports)
    owner = world.a.info.unit_uuid
    assert synced_rows(world.hub, "members", owner) == synced_rows(world.a, "members", owner)


def test_a_crash_while_writing_the_file_leaves_only_a_partial_file(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = files._write_and_sync

    def crash_half_way(path: Path, data: bytes) -> None:
        if path.parent == world.stick:
            real(path, data[: len(data) // 2])
            raise Crash("power cut")
        real(path, data)

    monkeypatch.setattr(files, "_write_and_sync", crash_half_way)
    with pytest.raises(Crash):
        world.export(world.a)
    assert [p.name.endswith(PARTIAL_SUFFIX) for p in world.stick.iterdir()] == [True]
    assert import_bundles(world.hub, [world.stick]) == []


def test_files_of_one_import_are_each_all_or_nothing(world: World) -> None:
    add_people(world.a, "Của Chi Bộ A")
    add_people(world.b, "Của Chi Bộ B")
    [from_a] = world.export(world.a)
    [from_b] = world.export(world.b)
    junk = world.stick / "junk.cellsync"
    junk.write_bytes(b"PK\x03\x04 not really")
    reports = import_bundles(world.hub, [from_a.path, junk, from_b.path])
    assert [r.outcome for r in reports] == ["imported", "rejected", "imported"]
    for cell in (world.a, world.b):
        owner = cell.info.unit_uuid
        assert synced_rows(world.hub, "members", owner) == synced_rows(cell, "members", owner)


def test_a_crash_in_the_middle_of_several_files_keeps_none_of_them_and_all_import_later(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(world.a, "Của Chi Bộ A")
    add_people(world.b, "Của Chi Bộ B")
    files = [world.export(world.a)[0].path, world.export(world.b)[0].path]
    before = dump(world.hub)
    real_apply = sync_receive.apply_records
    calls: list[int] = []

    def crash_on_second(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise Crash("power cut during the second file")
        return real_apply(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sync_receive, "apply_records", crash_on_second)
    with pytest.raises(Crash):
        import_bundles(world.hub, files)
    monkeypatch.undo()
    assert dump(world.hub) == before
    assert [r.outcome for r in import_bundles(world.hub, files)] == ["imported", "imported"]
