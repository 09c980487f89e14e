"""`cellapp members import|export`: exit codes, JSON on stdout only, each bad row named on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cellapp.cli import main
from tests.helpers.member_files import write_csv


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cell(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    root = tmp_path / "cell"
    code, _, _ = run(
        capsys,
        "--data-dir",
        str(root),
        "init",
        "cell",
        "--name",
        "Chi bộ thôn Cốc Pú",
        "--committee",
        "Đảng bộ xã Xín Mần",
    )
    assert code == 0
    return root


def _file(tmp_path: Path, *rows: list[str]) -> Path:
    return write_csv(tmp_path / "list.csv", ["Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD"], list(rows))


def test_import_then_list_as_json(capsys: pytest.CaptureFixture[str], cell: Path, tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        ["Giàng Seo Phử", "Nam", "02/04/1975", "002075001234"],
        ["Sùng Thị Mỷ", "Nữ", "09/08/1998", ""],
    )
    code, out, err = run(capsys, "--data-dir", str(cell), "members", "import", str(path), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 2 and report["errors"] == [] and report["file"] == str(path)
    code, out, _ = run(capsys, "--data-dir", str(cell), "members", "--json", "--search", "giang seo")
    assert [m["citizen_id"] for m in json.loads(out)["members"]] == ["002075001234"]


def test_a_bad_file_exits_3_names_each_row_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], cell: Path, tmp_path: Path
) -> None:
    path = _file(
        tmp_path, ["Giàng Seo Phử", "Nam", "31/02/1975", ""], ["Sùng Thị Mỷ", "Nữ", "09/08/1998", "123"]
    )
    code, out, err = run(capsys, "--data-dir", str(cell), "members", "import", str(path), "--json")
    assert code == 3
    report = json.loads(out)
    assert [e["row"] for e in report["errors"]] == [2, 3] and report["imported"] == 0
    assert "Dòng 2: Ngày sinh: Ngày 31/02/1975 không tồn tại." in err
    assert "Dòng 3: Số CCCD phải gồm đúng 12 chữ số" in err and "Chưa nhập gì: cần sửa 2 dòng." in err
    _, out, _ = run(capsys, "--data-dir", str(cell), "members", "--json")
    assert json.loads(out)["count"] == 0


def test_a_dry_run_says_what_would_be_imported(
    capsys: pytest.CaptureFixture[str], cell: Path, tmp_path: Path
) -> None:
    path = _file(tmp_path, ["Giàng Seo Phử", "Nam", "02/04/1975", ""])
    code, out, err = run(
        capsys, "--lang", "en", "--data-dir", str(cell), "members", "import", str(path), "--dry-run"
    )
    assert code == 0 and out == ""
    assert "1 member(s) can be imported; nothing was changed (--dry-run)." in err


def test_export_writes_the_register_and_reports_the_path(
    capsys: pytest.CaptureFixture[str], demo_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "danh_sach.xlsx"
    code, out, err = run(capsys, "--data-dir", str(demo_root), "members", "export", str(target), "--json")
    assert code == 0 and target.is_file()
    document = json.loads(out)
    assert document["file"] == str(target.resolve()) and document["count"] > 30
    assert "Đã ghi" in err


def test_export_to_a_non_xlsx_name_is_input_rejected(
    capsys: pytest.CaptureFixture[str], cell: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(cell), "members", "export", str(tmp_path / "x.pdf"))
    assert code == 3 and out == "" and ".xlsx" in err
