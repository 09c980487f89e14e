"""The keys' passphrase (docs/sync.md §2): keys at rest in age's and minisign's own encrypted formats, asked
only by what signs or decrypts, a wrong one changing nothing, set/change/remove, interrupted rewrites,
backups, and a forgotten passphrase that costs an enrolment but never the records."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from cellapp.domain.errors import CellAppError, InputRejected, ValidationError
from cellapp.services.keyring import (
    PassphraseNeeded,
    PassphraseRefused,
    key_status,
    remove_passphrase,
    replace_forgotten_keys,
    set_passphrase,
    unlock_keys,
)
from cellapp.services.members._register import list_members
from cellapp.services.sync._backup import backup_workspace, restore_workspace
from cellapp.services.sync._enrolment import accept_enrolment, invite_cell, join_committee, revoke_cell
from cellapp.services.sync._identity import export_identity, import_identity, key_card
from cellapp.services.sync._status import sync_status
from cellapp.services.workspace import open_workspace
from cellapp.sync.keys import AGE_KEY_FILE, IDENTITY_FILE, SIGN_KEY_FILE, load_keys
from cellapp.sync.keystore import PENDING_PREFIX, KeysLocked, WrongPassphrase, open_keys, write_keys
from tests.helpers.sync_world import CELL_A, TODAY, World, add_people, dump
from tests.helpers.terminal import run_on_terminal

PHRASE = "chè xanh Tả Chải 2026"


def _key_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (SIGN_KEY_FILE, AGE_KEY_FILE, IDENTITY_FILE)}


def test_protected_keys_are_asked_for_only_to_sign_or_decrypt_and_a_wrong_passphrase_changes_nothing(
    world: World,
) -> None:
    add_people(world.a, "Giàng Seo Phử")
    card = key_card(world.a)
    set_passphrase(world.a, PHRASE)
    keys = world.a.paths.keys
    assert (keys / AGE_KEY_FILE).read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert b"encrypted secret key" in (keys / SIGN_KEY_FILE).read_bytes()
    assert b"AGE-SECRET-KEY" not in b"".join(_key_files(keys).values())
    with pytest.raises(KeysLocked):
        load_keys(keys)
    world.a.close()
    world.a = open_workspace(world.a.root, actor="secretary")  # the next start: nothing opened yet
    assert key_status(world.a).needs_passphrase
    # Reading needs no passphrase: the members, the key card, the sync status.
    assert [m.full_name for m in list_members(world.a.uow(read_only=True))] == ["Giàng Seo Phử"]
    assert key_card(world.a) == card
    assert sync_status(world.a).fingerprint == card.fingerprint
    before, files = dump(world.a), _key_files(keys)
    with pytest.raises(PassphraseNeeded, match="cụm mật khẩu"):
        world.export(world.a)
    with pytest.raises(PassphraseRefused, match="không đúng"):
        unlock_keys(world.a, "chè xanh Tả Chải 2025")
    assert dump(world.a) == before and _key_files(keys) == files and list(world.stick.iterdir()) == []
    unlock_keys(world.a, unicodedata.normalize("NFD", PHRASE))  # typed decomposed: the same passphrase
    assert not key_status(world.a).needs_passphrase
    [report] = world.send(world.a, world.hub)
    assert report.outcome == "imported" and report.counts["added"] >= 1


def test_the_passphrase_is_changed_with_the_current_one_and_removed(world: World) -> None:
    set_passphrase(world.b, PHRASE)
    with pytest.raises(InputRejected, match="hiện tại"):
        set_passphrase(world.b, "một cụm khác hẳn")
    with pytest.raises(PassphraseRefused):
        set_passphrase(world.b, "một cụm khác hẳn", current="sai rồi sai rồi")
    with pytest.raises(ValidationError, match="ít nhất 8"):
        set_passphrase(world.b, "ngắn", current=PHRASE)
    set_passphrase(world.b, "một cụm khác hẳn", current=PHRASE)
    with pytest.raises(WrongPassphrase):
        open_keys(world.b.paths.keys, PHRASE)
    remove_passphrase(world.b, current="một cụm khác hẳn")
    assert load_keys(world.b.paths.keys) is not None
    assert not key_status(world.b).protected


def test_a_rewrite_interrupted_before_its_marker_is_ignored_and_one_after_it_is_finished(
    world: World,
) -> None:
    folder = world.b.paths.keys
    keys = load_keys(folder)
    assert keys is not None
    before = _key_files(folder)
    cut = folder / f"{PENDING_PREFIX}cut"
    cut.mkdir()
    (cut / SIGN_KEY_FILE).write_bytes(b"half a key")  # the power went before the set was complete
    assert load_keys(folder) is not None and _key_files(folder) == before
    assert cut.exists()  # another program may still be writing it
    os.utime(cut, (0, 0))  # long abandoned
    assert load_keys(folder) is not None and not cut.exists() and _key_files(folder) == before
    # A complete set whose marker was written, then the power went before it was moved into place:
    staged = folder.parent / "staged"
    staged.mkdir()
    write_keys(staged, keys, None)
    done = folder / f"{PENDING_PREFIX}done"
    staged.rename(done)
    (done / "complete").write_bytes(b"")
    for name in (SIGN_KEY_FILE, AGE_KEY_FILE):
        (folder / name).write_bytes(b"the old set")
    assert load_keys(folder) is not None and not done.exists()
    assert _key_files(folder)[SIGN_KEY_FILE] != b"the old set"


def test_protected_keys_interoperate_with_debians_age_and_minisign(world: World, tmp_path: Path) -> None:
    if shutil.which("age") is None or shutil.which("minisign") is None:
        pytest.skip("Debian's age and minisign are not installed here (.ci/run installs them in CI)")
    set_passphrase(world.a, PHRASE)
    keys = world.a.paths.keys
    message = tmp_path / "message.txt"
    message.write_bytes("thư gửi cấp ủy".encode())
    code, output = run_on_terminal(
        ["minisign", "-S", "-s", str(keys / SIGN_KEY_FILE), "-m", str(message)], PHRASE
    )
    assert code == 0, output
    card = key_card(world.a)
    assert card is not None
    checked = run_on_terminal(["minisign", "-V", "-P", card.sign_key, "-m", str(message)], "")
    assert checked[0] == 0, checked[1]
    import pyrage

    sealed = tmp_path / "sealed.age"
    sealed.write_bytes(pyrage.encrypt(b"bi mat", [pyrage.x25519.Recipient.from_str(card.age_recipient)]))
    code, output = run_on_terminal(["age", "-d", "-i", str(keys / AGE_KEY_FILE), str(sealed)], PHRASE)
    assert code == 0 and output.endswith(b"bi mat"), output


def test_a_backup_restores_with_its_protected_keys_as_they_are(world: World, tmp_path: Path) -> None:
    add_people(world.a, "Sùng Thị Mỷ")
    set_passphrase(world.a, PHRASE)
    backup = backup_workspace(world.a, to_dir=world.stick)
    files = _key_files(world.a.paths.keys)
    target = tmp_path / "new-laptop"
    with pytest.raises(PassphraseNeeded):
        restore_workspace(target, backup.path, keys_dir=world.a.paths.keys)
    with pytest.raises(PassphraseRefused):
        restore_workspace(target, backup.path, keys_dir=world.a.paths.keys, passphrase="không phải nó")
    assert not target.exists()
    restored = restore_workspace(target, backup.path, keys_dir=world.a.paths.keys, passphrase=PHRASE)
    assert restored.unit_name == world.a.info.unit_name
    assert _key_files(target / "keys") == files  # still under the passphrase
    again = open_workspace(target)
    try:
        assert [m.full_name for m in list_members(again.uow(read_only=True))] == ["Sùng Thị Mỷ"]
        assert key_status(again).needs_passphrase
    finally:
        again.close()


def test_a_cell_that_forgot_its_passphrase_keeps_its_records_and_joins_again(world: World) -> None:
    add_people(world.a, "Giàng Seo Phử", "Sùng Thị Mỷ")
    world.send(world.a, world.hub)
    old = key_card(world.a)
    set_passphrase(world.a, PHRASE)
    world.a.close()
    world.a = open_workspace(world.a.root, actor="secretary")
    result = replace_forgotten_keys(world.a)
    assert result.retired_to is not None and (result.retired_to / SIGN_KEY_FILE).is_file()
    assert result.new_fingerprint is None and key_card(world.a) is None
    assert sync_status(world.a).rejoin_needed
    with pytest.raises(CellAppError, match="đăng ký"):
        world.export(world.a)
    revoke_cell(world.hub, code=CELL_A, reason="Quên cụm mật khẩu")
    invitation = invite_cell(
        world.hub, code=CELL_A, name="Chi bộ thôn Nậm Búng", out=world.stick, today=TODAY
    )
    joined = join_committee(
        world.a, invitation_path=invitation.path, code=invitation.one_time_code, today=TODAY
    )
    assert old is not None and joined.own_fingerprint != old.fingerprint
    accept_enrolment(world.hub, joined.request_path, today=TODAY)
    assert not sync_status(world.a).rejoin_needed
    names = [m.full_name for m in list_members(world.a.uow(read_only=True))]
    assert sorted(names) == ["Giàng Seo Phử", "Sùng Thị Mỷ"]
    add_people(world.a, "Sau Khi Quên")
    assert world.send(world.a, world.hub)[0].outcome == "imported"


def test_a_committee_that_forgot_its_passphrase_gives_its_cells_a_new_card(
    world: World, tmp_path: Path
) -> None:
    old = key_card(world.hub)
    result = replace_forgotten_keys(world.hub)
    assert old is not None and result.new_fingerprint not in (None, old.fingerprint)
    card = export_identity(world.hub, tmp_path / "new.cellcard")
    assert card.fingerprint == result.new_fingerprint
    import_identity(world.a, tmp_path / "new.cellcard", fingerprint=card.fingerprint)
    add_people(world.a, "Sau Khi Cấp Ủy Đổi Khóa")
    assert world.send(world.a, world.hub)[0].outcome == "imported"


def test_joining_again_keeps_the_keys_under_the_passphrase(world: World) -> None:
    set_passphrase(world.a, PHRASE)
    revoke_cell(world.hub, code=CELL_A)
    invitation = invite_cell(
        world.hub, code=CELL_A, name="Chi bộ thôn Nậm Búng", out=world.stick, today=TODAY
    )
    join_committee(world.a, invitation_path=invitation.path, code=invitation.one_time_code, today=TODAY)
    status = key_status(world.a)
    assert status.protected and status.unlocked
    assert open_keys(world.a.paths.keys, PHRASE) is not None


def test_the_printed_key_card_says_how_the_keys_are_kept_and_what_to_do_if_the_passphrase_is_forgotten(
    world: World, tmp_path: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed here (.ci/run installs it in CI)")
    import subprocess

    def printed(workspace: object, name: str) -> str:
        export_identity(workspace, tmp_path / name)  # type: ignore[arg-type]
        output = subprocess.run(["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True)
        return " ".join(output.stdout.split())

    assert "Khóa bí mật chưa có cụm mật khẩu." in printed(world.a, "clear.pdf")
    set_passphrase(world.a, PHRASE)
    text = printed(world.a, "cell.pdf")
    assert "Khóa bí mật được bảo vệ bằng cụm mật khẩu." in text and "Nếu quên cụm mật khẩu:" in text
    assert "1. Dữ liệu không mất" in text and "cellapp identity forgotten" in text
    assert "4. Sao lưu lại ngay" in text and "đăng ký lại ở trang Đồng bộ" in text
    committee = printed(world.hub, "committee.pdf")
    assert "In thẻ khóa mới và gửi mọi chi bộ" in committee and "đăng ký lại ở trang Đồng bộ" not in committee
