"""The passphrase and enrolment renewal on the command line: never an argument, read from a file, the
variable or a terminal; commands that only read need none; exit codes follow DESIGN §8."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cellapp.cli import main
from tests.helpers.sync_world import CELL_A, World

PHRASE = "chè xanh Tả Chải 2026"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_secretary_protects_the_keys_and_scripts_give_the_passphrase_by_file_or_variable(
    world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cell = str(world.a.root)
    world.a.close()
    new = tmp_path / "new.txt"
    new.write_text(PHRASE + "\n", encoding="utf-8")  # an editor's line end is not part of it
    code, _, err = run(
        capsys, "--data-dir", cell, "identity", "passphrase", "set", "--new-passphrase-file", str(new)
    )
    assert code == 0 and "cụm mật khẩu mới" in err
    code, out, _ = run(capsys, "--data-dir", cell, "identity", "passphrase", "status", "--json")
    assert json.loads(out) == {"keys": True, "protected": True}
    assert run(capsys, "--data-dir", cell, "sync", "status", "--json")[0] == 0  # reading needs none
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--data-dir", cell, "export", "--to", str(world.stick))
    assert code == 2 and "--passphrase-file" in err and list(world.stick.iterdir()) == []
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("chè xanh Tả Chải 2025", encoding="utf-8")
    code, _, err = run(
        capsys, "--data-dir", cell, "export", "--to", str(world.stick), "--passphrase-file", str(wrong)
    )
    assert code == 3 and "không đúng" in err and list(world.stick.iterdir()) == []
    monkeypatch.setenv("CELLAPP_PASSPHRASE", PHRASE)
    code, _, err = run(capsys, "--data-dir", cell, "export", "--to", str(world.stick))
    assert code == 0 and "Có thể rút USB an toàn" in err
    code, _, _ = run(capsys, "--data-dir", cell, "identity", "passphrase", "remove")
    assert code == 0
    monkeypatch.delenv("CELLAPP_PASSPHRASE")
    code, out, _ = run(capsys, "--data-dir", cell, "identity", "passphrase", "status", "--json")
    assert json.loads(out)["protected"] is False


def test_on_a_terminal_the_passphrase_is_typed_and_a_wrong_one_typed_again(
    world: World, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cellapp.services.keyring import set_passphrase

    set_passphrase(world.a, PHRASE)
    cell = str(world.a.root)
    world.a.close()
    typed = iter(["sai rồi", PHRASE])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    code, _, err = run(capsys, "--data-dir", cell, "export", "--to", str(world.stick))
    assert code == 0 and "không đúng" in err and "Có thể rút USB an toàn" in err


def test_forgotten_says_what_happens_and_acts_only_when_told(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    cell = str(world.a.root)
    world.a.close()
    code, out, err = run(capsys, "--data-dir", cell, "identity", "forgotten")
    assert code == 0 and "Dữ liệu không mất" in out and "--yes" in err
    assert (Path(cell) / "keys" / "node.age.key").is_file()
    code, _, err = run(capsys, "--data-dir", cell, "identity", "forgotten", "--yes")
    assert code == 0 and "xin cấp ủy tệp mời mới" in err
    assert not (Path(cell) / "keys" / "node.age.key").is_file()


def test_the_committee_renews_an_enrolment_on_the_command_line(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = str(world.hub.root)
    world.hub.close()
    code, out, _ = run(capsys, "--data-dir", hub, "enrol", "renew", CELL_A.lower(), "--json")
    document = json.loads(out)
    assert (
        code == 0 and document["cell_code"] == CELL_A and document["valid_until"] > document["previous_until"]
    )
    code, _, err = run(capsys, "--data-dir", hub, "enrol", "renew", "BM-C99")
    assert code == 3 and "không phải chi bộ đã đăng ký" in err
