"""`cellapp fees` and `cellapp print fees|fee-report`: the JSON contract, exit codes, files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cellapp.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_fees_json_gives_due_paid_paid_up_to_and_arrears_per_member(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(demo_root), "fees", "--month", "2026-11", "--json")
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["month"] == "2026-11" and document["count"] == len(document["members"]) > 30
    member = document["members"][0]
    assert {"uuid", "full_name", "due", "paid", "paid_up_to", "arrears", "strike_warning"} <= set(member)
    totals = document["totals"]
    assert totals["standard"] == totals["exempted"] + totals["paid"] + totals["outstanding"]
    assert sum(m["due"] for m in document["members"]) == totals["due"]
    assert sum(1 for m in document["members"] if m["strike_warning"]) == 1
    assert any(m["paid_up_to"] == "2026-12" for m in document["members"])


def test_fees_as_text_lists_members_with_vietnamese_money(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_root), "fees", "--month", "11/2026")
    assert code == 0
    assert "11.100 đ" in out and out.splitlines()[-1].startswith("Cộng")


def test_a_malformed_month_is_a_usage_error(capsys: pytest.CaptureFixture[str], demo_root: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(demo_root), "fees", "--month", "2026-13")
    assert code == 2 and out == "" and "11/2026" in err


def test_print_fees_writes_the_fee_book_and_reports_the_path(
    capsys: pytest.CaptureFixture[str], demo_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "so-thu.pdf"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_root),
        "print",
        "fees",
        "--month",
        "2026-11",
        "-o",
        str(target),
        "--json",
    )
    assert code == 0 and json.loads(out) == {"document": "fees", "path": str(target)}
    assert target.read_bytes().startswith(b"%PDF")


def test_print_fee_report_for_a_quarter(
    capsys: pytest.CaptureFixture[str], demo_root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bao-cao.pdf"
    code, _, err = run(
        capsys, "--data-dir", str(demo_root), "print", "fee-report", "--period", "2026-Q3", "-o", str(target)
    )
    assert code == 0 and "Đã ghi" in err and target.is_file()
    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "--data-dir",
        str(demo_root),
        "print",
        "fee-report",
        "--period",
        "2026-Q9",
        "-o",
        str(target),
    )
    assert code == 2 and "not a period" in err
