"""Every refusal of the import pipeline (docs/sync.md §7, §8): each gives its own clear message, leaves the
database exactly as it was, and leaves no plaintext on the stick or in the workspace's folders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cellapp.services.sync._enrolment import revoke_cell
from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._reports import import_history
from cellapp.services.sync._status import list_quarantine, release_quarantined
from cellapp.sync import payload as payload_module
from cellapp.sync.keys import create_keys
from tests.helpers.sync_craft import files_containing, keys_of, outer_of, reseal, rewrap, write
from tests.helpers.sync_world import CELL_A, World, add_people, dump

SECRET_NAME = "Giàng Thị Bí Mật"


def _exported(world: World) -> Path:
    add_people(world.a, SECRET_NAME)
    [result] = world.export(world.a)
    return result.path


def _refused(world: World, path: Path, reason: str) -> str:
    """Import into the committee, expect `reason`, check nothing changed; returns the Vietnamese message."""
    before = dump(world.hub)
    [report] = import_bundles(world.hub, [path])
    assert (report.outcome, report.reason) in (("rejected", reason), ("quarantined", reason)), report
    assert dump(world.hub) == before
    leftovers = files_containing(
        [world.stick, world.hub.paths.inbox, world.hub.root / "quarantine"], SECRET_NAME.encode()
    )
    assert leftovers == []
    assert import_history(world.hub)[0].reason == reason
    return report.message.render("vi")


def test_a_file_that_is_not_a_zip_is_incomplete_or_not_a_sync_file(world: World) -> None:
    path = write(world.stick, "notes.cellsync", "Biên bản họp chi bộ".encode())
    assert _refused(world, path, "not_a_bundle") == (
        "Tệp này không đầy đủ hoặc không phải tệp đồng bộ CellApp; không nhập."
    )


def test_a_zip_with_other_members_is_not_a_sync_file(world: World, tmp_path: Path) -> None:
    import zipfile

    path = world.stick / "other.cellsync"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("payload.age", b"x")
        archive.writestr("readme.txt", b"y")
    _refused(world, path, "not_a_bundle")


@pytest.mark.parametrize("fraction", [i / 40 for i in range(1, 40)])
def test_a_file_cut_short_says_how_much_arrived(world_copy: World, fraction: float) -> None:
    world = world_copy
    original = world.stick / "full.bin"
    data = original.read_bytes()
    cut = write(world.stick, "cut.cellsync", data[: int(len(data) * fraction)])
    before = dump(world.hub)
    [report] = import_bundles(world.hub, [cut])
    assert report.reason in ("truncated", "not_a_bundle")
    if report.reason == "truncated":
        message = report.message.render("vi")
        assert message.startswith(
            f"Tệp chưa được chép đầy đủ ({len(cut.read_bytes())} trên {len(data)} byte)"
        )
    assert dump(world.hub) == before


@pytest.fixture(scope="module")
def world_copy(world_template: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One world for the many truncation cases, which never change the database."""
    from tests.helpers.sync_world import copy_world

    world = copy_world(world_template, tmp_path_factory.mktemp("cut") / "world")
    path = _exported(world)
    (world.stick / "full.bin").write_bytes(path.read_bytes())
    yield world
    world.close()


def test_a_payload_shorter_than_announced_is_an_incomplete_copy(world: World) -> None:
    path = _exported(world)
    outer = outer_of(path)
    short = write(
        world.stick, "short.cellsync", rewrap(path, payload=outer.payload[: len(outer.payload) // 2])
    )
    message = _refused(world, short, "truncated")
    assert f"({len(outer.payload) // 2} trên {len(outer.payload)} byte)" in message


def test_a_payload_altered_after_signing_is_damaged(world: World) -> None:
    path = _exported(world)
    payload = bytearray(outer_of(path).payload)
    payload[len(payload) // 2] ^= 0x01
    altered = write(world.stick, "altered.cellsync", rewrap(path, payload=bytes(payload)))
    assert _refused(world, altered, "damaged") == (
        f"Tệp của {CELL_A} bị hỏng hoặc đã bị sửa sau khi ký; không nhập."
    )


def test_a_file_for_another_office_is_refused_before_decryption(world: World) -> None:
    path = _exported(world)
    before = dump(world.b)
    [report] = import_bundles(world.b, [path])
    assert report.reason == "wrong_office"
    assert report.message.render("vi") == (
        "Tệp này gửi cho BM, không phải cho đơn vị này (BM-C02); không giải mã và không nhập gì."
    )
    assert dump(world.b) == before


def test_a_file_for_an_earlier_key_of_this_office_is_refused(world: World) -> None:
    path = _exported(world)
    create_keys(world.hub.paths.keys, world.hub.info.node_id)  # the committee's laptop was replaced
    assert "mã hóa cho một khóa khác" in _refused(world, path, "wrong_key")


def test_another_enrolled_cell_cannot_re_sign_a_cells_file(world: World) -> None:
    path = _exported(world)
    forged = write(world.stick, "forged.cellsync", reseal(path, world.hub, keys_of(world.b)))
    _refused(world, forged, "damaged")


def test_another_cell_cannot_pass_a_cells_payload_off_as_its_own(world: World) -> None:
    path = _exported(world)
    forged = reseal(path, world.hub, keys_of(world.b), envelope=lambda e: replace(e, from_code="BM-C02"))
    assert "không khớp" in _refused(world, write(world.stick, "own.cellsync", forged), "corrupt")


def test_a_legacy_signature_is_refused(world: World) -> None:
    path = _exported(world)
    outer = outer_of(path)
    secret = keys_of(world.a)._secret
    legacy = secret.sign(outer.payload, prehash=False, trusted_comment=outer.envelope.to_comment())
    file = write(world.stick, "legacy.cellsync", rewrap(path, signature=bytes(legacy) + b"\n"))
    assert "chữ ký kiểu cũ" in _refused(world, file, "legacy_signature")


def test_a_file_encrypted_to_another_key_cannot_be_decrypted(world: World) -> None:
    path = _exported(world)
    stray = reseal(path, world.hub, keys_of(world.a), encrypt_to=keys_of(world.b).age_recipient)
    assert "Không giải mã được" in _refused(
        world, write(world.stick, "stray.cellsync", stray), "undecryptable"
    )


def test_a_manifest_that_does_not_match_its_files_is_corrupt(world: World) -> None:
    path = _exported(world)

    def lie(manifest: dict[str, object]) -> dict[str, object]:
        return {**manifest, "from_unit": "00000000-0000-0000-0000-000000000000"}

    corrupt = reseal(path, world.hub, keys_of(world.a), manifest=lie)
    _refused(world, write(world.stick, "corrupt.cellsync", corrupt), "corrupt")


def test_a_file_from_a_newer_cellapp_asks_for_an_update_and_stays_in_the_inbox(world: World) -> None:
    path = _exported(world)
    newer = reseal(
        path,
        world.hub,
        keys_of(world.a),
        envelope=lambda e: replace(e, schema=2),
        manifest=lambda m: {**m, "min_reader_schema": 2},
    )
    message = _refused(world, write(world.stick, "newer.cellsync", newer), "newer_schema")
    assert "phiên bản CellApp mới hơn" in message and "hộp thư đến" in message
    assert [p.name.endswith("newer.cellsync") for p in world.hub.paths.inbox.glob("*.cellsync")] == [True]


def test_a_file_from_an_older_format_is_upgraded_by_a_pure_function(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    [member] = add_people(world.a, "Lò Văn Xôm")
    [result] = world.export(world.a)

    def rename_phone(contents: payload_module.Contents) -> payload_module.Contents:
        for row in contents.records.get("members", []):
            row["phone"] = row.pop("telephone", row.get("phone"))
        return contents

    old = reseal(
        result.path,
        world.hub,
        keys_of(world.a),
        contents=lambda c: _old_member_rows(c),
    )
    monkeypatch.setattr(payload_module, "BUNDLE_SCHEMA", 2)
    monkeypatch.setitem(payload_module.UPGRADES, 1, rename_phone)
    [report] = import_bundles(world.hub, [write(world.stick, "old.cellsync", old)])
    assert report.outcome == "imported"
    with world.hub.uow(read_only=True) as uow:
        from cellapp.storage.records import MemberRecord

        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None and record.phone == "0987654321" and "telephone" not in record.extra


def _old_member_rows(contents: payload_module.Contents) -> payload_module.Contents:
    for row in contents.records["members"]:
        row.pop("phone", None)
        row["telephone"] = "0987654321"
    return contents


def test_a_file_from_a_cell_not_yet_enrolled_waits_in_quarantine_until_it_is(world: World) -> None:
    from cellapp.domain.units import UnitKind
    from cellapp.services.sync._enrolment import accept_enrolment, invite_cell, join_committee
    from cellapp.services.workspace import create_workspace

    newcomer = create_workspace(
        world.root / "c3", kind=UnitKind.CELL, name="Chi bộ thôn Sín Chải", committee_name="X"
    )
    try:
        invitation = invite_cell(world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick)
        joined = join_committee(newcomer, invitation_path=invitation.path, code=invitation.one_time_code)
        add_people(newcomer, "Chảo Láo Lở")
        [early] = world.export(newcomer)
        message = _refused(world, early.path, "unknown_sender")
        assert "khu cách ly" in message
        [held] = list_quarantine(world.hub)
        accept_enrolment(world.hub, joined.request_path)
        report = release_quarantined(world.hub, held.id)
        assert report.outcome == "imported" and report.counts["added"] == 2
        assert list_quarantine(world.hub) == []
    finally:
        newcomer.close()


def test_a_revoked_cells_files_go_to_quarantine(world: World) -> None:
    path = _exported(world)
    revoke_cell(world.hub, code=CELL_A, reason="Máy tính bị mất")
    assert "đã bị cấp ủy thu hồi" in _refused(world, path, "revoked")
    [held] = list_quarantine(world.hub)
    assert held.report.reason == "revoked"


def test_the_same_number_with_other_content_is_a_fork_held_for_a_person(world: World) -> None:
    import shutil

    from cellapp.services.workspace import open_workspace

    shutil.copytree(world.a.root, world.root / "clone")  # the whole folder copied to a second laptop
    clone = open_workspace(world.root / "clone")
    try:
        assert clone.info.node_id == world.a.info.node_id
        path = _exported(world)
        import_bundles(world.hub, [path])
        add_people(clone, "Người Trên Máy Khác")
        [forked] = world.export(clone)
        assert forked.seq == 1
        assert "mâu thuẫn" in _refused(world, forked.path, "fork")
        [held] = list_quarantine(world.hub)
        assert release_quarantined(world.hub, held.id).outcome == "imported"
    finally:
        clone.close()


def test_counters_going_backwards_are_a_fork(world: World) -> None:
    import shutil

    from cellapp.services.workspace import open_workspace

    path = _exported(world)
    import_bundles(world.hub, [path])
    shutil.copytree(world.a.root, world.root / "clone")
    clone = open_workspace(world.root / "clone")
    try:
        add_people(world.a, "Một", "Hai", "Ba")
        [ahead] = world.export(world.a)  # seq 2, counter well ahead
        import_bundles(world.hub, [ahead.path])
        world.export(clone)  # seq 2 on the clone: same number
        add_people(clone, "Bốn")
        [behind] = world.export(clone)  # seq 3, but its counter is below seq 2's
        _refused(world, behind.path, "fork")
    finally:
        clone.close()


def test_an_enrolment_request_or_a_backup_imported_by_mistake_says_what_to_do(world: World) -> None:
    from cellapp.services.sync._backup import backup_workspace

    backup = backup_workspace(world.hub, to_dir=world.stick)
    [report] = import_bundles(world.hub, [backup.path])
    assert report.reason == "wrong_kind" and "cellapp restore" in report.message.render("vi")


def test_partial_files_are_ignored_when_importing_a_folder(world: World) -> None:
    path = _exported(world)
    write(world.stick, path.name.replace(".cellsync", ".cellsync.partial"), path.read_bytes()[:100])
    reports = import_bundles(world.hub, [world.stick])
    assert [(r.file_name, r.outcome) for r in reports] == [(path.name, "imported")]
