"""Writing to the stick: a full, write-protected or pulled-out stick each gets its own message, nothing
half-written is left where an importer would take it, and the next export works."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._status import list_outbox
from cellapp.sync import files
from cellapp.sync.files import StickError
from tests.helpers.sync_craft import files_containing
from tests.helpers.sync_world import World, add_people


def _half_then(error_number: int):  # type: ignore[no-untyped-def]
    real_write = os.write

    def write(descriptor: int, data: bytes) -> int:
        if len(data) > 200:
            real_write(descriptor, bytes(data)[: len(data) // 2])
            raise OSError(error_number, os.strerror(error_number))
        return real_write(descriptor, data)

    return write


@pytest.mark.parametrize(
    ("error_number", "reason", "words"),
    [
        (errno.ENOSPC, "full", "Không đủ chỗ trống"),
        (errno.EROFS, "write_protected", "khóa chống ghi"),
        (errno.EIO, "removed", "USB đã bị rút ra"),
    ],
)
def test_a_failing_stick_gets_its_own_message_and_keeps_no_half_file(
    world: World, monkeypatch: pytest.MonkeyPatch, error_number: int, reason: str, words: str
) -> None:
    add_people(world.a, "Giàng Thị Dua")
    real_sync = files._write_and_sync

    def failing(path: Path, data: bytes) -> None:
        if path.parent == world.stick:
            monkeypatch.setattr(os, "write", _half_then(error_number))
            try:
                real_sync(path, data)
            finally:
                monkeypatch.undo()
        else:
            real_sync(path, data)

    monkeypatch.setattr(files, "_write_and_sync", failing)
    with pytest.raises(StickError) as raised:
        world.export(world.a)
    assert raised.value.reason == reason and words in raised.value.message.render("vi")
    assert list(world.stick.iterdir()) == []
    assert [(o.seq, o.state) for o in list_outbox(world.a.uow(read_only=True))] == [(1, "failed")]
    monkeypatch.undo()
    [retry] = world.export(world.a)
    assert retry.seq == 2  # the failed number is never reused for other content
    assert import_bundles(world.hub, [retry.path])[0].outcome == "imported"


def test_a_file_that_does_not_read_back_identical_is_deleted(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = Path.read_bytes

    def corrupted(self: Path) -> bytes:
        data = real_read(self)
        return data[:-1] + bytes([data[-1] ^ 0xFF]) if self.parent.name == "stick" else data

    monkeypatch.setattr(Path, "read_bytes", corrupted)
    with pytest.raises(StickError) as raised:
        world.export(world.a)
    assert raised.value.reason == "not_verified"
    monkeypatch.undo()
    assert list(world.stick.iterdir()) == []


def test_a_missing_folder_is_reported_before_anything_is_reserved(world: World) -> None:
    with pytest.raises(StickError) as raised:
        from cellapp.services.sync._export import export_bundles

        export_bundles(world.a, to_dir=world.root / "gone")
    assert raised.value.reason == "no_folder"
    assert list_outbox(world.a.uow(read_only=True)) == []


def test_nothing_on_the_stick_is_plaintext(world: World) -> None:
    add_people(world.a, "Vàng Thị Riêng Tư")
    world.export(world.a)
    world.send(world.a, world.hub)
    world.export(world.hub)
    assert files_containing([world.stick], "Riêng Tư".encode()) == []
    assert files_containing([world.stick], b"manifest.json") == []
