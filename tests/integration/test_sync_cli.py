"""The sync commands of `cellapp` (DESIGN §8): a committee and a cell enrol and exchange files on the
command line; refused files exit 3 and are named with their reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cellapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_committee_and_a_cell_enrol_and_exchange_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hub, cell, stick = str(tmp_path / "hub"), str(tmp_path / "cell"), tmp_path / "stick"
    stick.mkdir()
    assert run(capsys, "--data-dir", hub, "init", "committee", "--name", "Đảng bộ xã Bản Máy")[0] == 0
    code, out, err = run(
        capsys, "--data-dir", hub, "identity", "export", str(tmp_path / "hub.pdf"), "--code", "BM"
    )
    assert code == 0 and "Mã nhận dạng:" in err
    code, out, err = run(
        capsys,
        "--data-dir",
        hub,
        "enrol",
        "invite",
        "bm-c01",
        "--name",
        "Chi bộ thôn Nậm Búng",
        "-o",
        str(stick),
    )
    assert code == 0 and "mã dùng một lần" in err
    one_time = out.strip()
    assert len(one_time) == 14
    run(
        capsys,
        "--data-dir",
        cell,
        "init",
        "cell",
        "--name",
        "Chi bộ thôn Nậm Búng",
        "--committee",
        "Đảng bộ xã Bản Máy",
    )
    invitation = stick / "BM_BM-C01_invite.cellinvite"
    code, out, err = run(
        capsys, "--data-dir", cell, "enrol", "join", str(invitation), "--code", one_time, "--json"
    )
    assert code == 0 and err == ""
    joined = json.loads(out)
    code, out, _ = run(capsys, "--data-dir", hub, "enrol", "accept", joined["path"], "--json")
    assert code == 0 and json.loads(out)["fingerprint"] == joined["own_fingerprint"]

    code, out, _ = run(capsys, "--data-dir", cell, "export", "--to", str(stick), "--json")
    assert code == 0
    [written] = json.loads(out)["files"]
    assert written["to"] == "BM" and Path(written["path"]).is_file()
    code, out, _ = run(capsys, "--data-dir", hub, "import", written["path"], "--json")
    assert code == 0
    document = json.loads(out)
    assert (document["imported"], document["refused"]) == (1, 0)
    assert document["files"][0]["counts"]["added"] == 1

    code, out, _ = run(capsys, "--data-dir", hub, "enrol", "list", "--json")
    [listed] = json.loads(out)["cells"]
    assert (listed["code"], listed["status"]) == ("BM-C01", "enrolled") and listed["last_bundle_at"]
    code, out, _ = run(capsys, "--data-dir", hub, "export", "--to", str(stick), "--json")
    [back] = json.loads(out)["files"]
    code, out, _ = run(capsys, "--data-dir", cell, "import", back["path"])
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", cell, "sync", "status", "--json")
    status = json.loads(out)
    assert status["hub_code"] == "BM" and status["pending_records"] == 0


def test_refused_files_exit_3_each_named_with_its_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "--data-dir", str(tmp_path / "hub"), "init", "committee", "--name", "Đảng bộ xã Bản Máy")
    run(
        capsys,
        "--data-dir",
        str(tmp_path / "hub"),
        "identity",
        "export",
        str(tmp_path / "c.cellcard"),
        "--code",
        "BM",
    )
    junk = tmp_path / "junk.cellsync"
    junk.write_bytes(b"not a zip")
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "hub"), "import", str(junk))
    assert code == 3 and out == ""
    assert err.strip() == (
        "junk.cellsync: từ chối (not_a_bundle): Tệp này không đầy đủ hoặc không phải tệp đồng bộ CellApp; không nhập."
    )
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "hub"), "import", str(junk), "--json")
    assert code == 3 and json.loads(out)["files"][0]["reason"] == "not_a_bundle"


def test_backup_and_restore_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cell = str(tmp_path / "cell")
    run(
        capsys,
        "--data-dir",
        cell,
        "init",
        "cell",
        "--name",
        "Chi bộ thôn Cốc Pú",
        "--committee",
        "Đảng bộ xã Xín Mần",
    )
    code, out, _ = run(capsys, "--data-dir", cell, "backup", "--to", str(tmp_path), "--json")
    assert code == 0
    backup = json.loads(out)["path"]
    code, _, err = run(capsys, "--data-dir", cell, "restore", backup)
    assert code == 3 and "--force" in err
    code, _, err = run(capsys, "--data-dir", cell, "restore", backup, "--force")
    assert code == 0 and "Đã khôi phục Chi bộ thôn Cốc Pú" in err


def test_a_demo_committee_has_its_cells_enrolled_and_their_members_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hub = str(tmp_path / "hub")
    code, _, err = run(capsys, "--data-dir", hub, "demo", "--committee", "--cells", "2", "--members", "12")
    assert code == 0 and "2 chi bộ đã đăng ký" in err
    code, out, _ = run(capsys, "--data-dir", hub, "enrol", "list", "--json")
    cells = json.loads(out)["cells"]
    assert [(c["code"], c["status"]) for c in cells] == [("XM-C01", "enrolled"), ("XM-C02", "enrolled")]
    # Each cell's register (12 people plus the history the demo records: transfers in, attachments…)
    # and its year of meetings, with their times of day, arrived through the real bundles.
    assert all(c["members"] >= 12 for c in cells)
    import sqlite3

    connection = sqlite3.connect(Path(hub) / "cellapp.db")
    meetings = connection.execute(
        "SELECT owner_unit, count(*), min(started_at) FROM meetings GROUP BY owner_unit"
    ).fetchall()
    connection.close()
    assert len(meetings) == 2 and all(count >= 12 and start for _unit, count, start in meetings)
