"""The `cellapp` command's contract: exit codes, JSON on stdout only, messages in the chosen language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cellapp import __version__
from cellapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"CellApp {__version__}"


def test_init_then_members_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(tmp_path),
        "init",
        "cell",
        "--name",
        "Chi bộ thôn Cốc Pú",
        "--committee",
        "Đảng bộ xã Xín Mần",
    )
    assert code == 0 and "Đã tạo dữ liệu chi bộ" in err
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "members", "--json")
    assert code == 0
    assert json.loads(out) == {"members": [], "count": 0}


def test_init_twice_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "--data-dir", str(tmp_path), "init", "committee", "--name", "Đảng bộ xã Xín Mần")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "init", "committee", "--name", "Khác")
    assert code == 1 and out == "" and "đã có dữ liệu" in err


def test_members_json_carries_the_contract_fields(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(demo_root), "members", "--json", "--search", "thi")
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["count"] == len(document["members"]) > 0
    for member in document["members"]:
        assert {"uuid", "full_name", "status", "birth_date", "card_number", "citizen_id"} <= member.keys()
        assert "thị" in member["full_name"].lower()


def test_members_can_be_filtered_by_status(capsys: pytest.CaptureFixture[str], demo_root: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_root), "members", "--status", "probationary", "--json")
    assert code == 0
    assert {m["status"] for m in json.loads(out)["members"]} == {"probationary"}


def test_an_unknown_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--lang", "fr", "--version")
    assert code == 2 and out == ""
    assert err.strip() == "Không hỗ trợ ngôn ngữ 'fr'; hãy chọn vi hoặc en."


def test_a_malformed_command_line_gets_one_vietnamese_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "members", "--bogus")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("Dòng lệnh không hợp lệ: tham số không nhận ra: --bogus")


def test_english_messages_when_asked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "en", "--data-dir", str(tmp_path), "members")
    assert code == 1 and err.startswith("No CellApp workspace in")


def test_demo_is_deterministic_for_a_seed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    listings = []
    for name in ("a", "b"):
        assert (
            run(capsys, "--data-dir", str(tmp_path / name), "demo", "--members", "15", "--seed", "3")[0] == 0
        )
        _, out, _ = run(capsys, "--data-dir", str(tmp_path / name), "members", "--json")
        listings.append(
            [(m["full_name"], m["birth_date"], m["citizen_id"]) for m in json.loads(out)["members"]]
        )
    assert listings[0] == listings[1] and len(listings[0]) >= 13


def test_a_demo_with_absurd_sizes_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "demo", "--members", "0")
    assert code == 2 and "Bản trình diễn cần" in err


def test_the_data_dir_variable_chooses_the_workspace(
    capsys: pytest.CaptureFixture[str], demo_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CELLAPP_DATA_DIR", str(demo_root))
    code, out, _ = run(capsys, "members", "--json")
    assert code == 0 and json.loads(out)["count"] > 0


def test_the_installed_command_prints_only_json_on_stdout(demo_root: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(demo_root), "members", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["count"] > 0
    assert "PySide6" not in result.stderr


def test_a_member_list_cut_short_by_its_reader_ends_quietly(demo_root: Path) -> None:
    """`cellapp members | head`: the reader has closed the pipe before the list is written (the sure way
    for a short list to meet a closed pipe); no traceback, exit 0."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cellapp", "--data-dir", str(demo_root), "members"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read().decode("utf-8")
    code = process.wait(timeout=60)
    assert "Traceback" not in error and "BrokenPipe" not in error
    assert code == 0


def test_a_demo_over_a_workspace_with_data_is_refused(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    before = sorted(p.name for p in demo_root.iterdir())
    code, out, err = run(capsys, "--data-dir", str(demo_root), "demo", "--members", "5")
    assert code == 3 and out == "" and "đã có dữ liệu" in err and "Traceback" not in err
    assert sorted(p.name for p in demo_root.iterdir()) == before
