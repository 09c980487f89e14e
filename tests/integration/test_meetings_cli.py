"""`cellapp meetings` and `cellapp print …` on the demo cell: JSON contract, files written, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cellapp.cli import main
from cellapp.cli.print_command import PRINTABLES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _meetings(capsys: pytest.CaptureFixture[str], root: Path, year: str = "2026") -> list[dict[str, object]]:
    code, out, err = run(capsys, "--data-dir", str(root), "meetings", "--year", year, "--json")
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["year"] == int(year) and document["count"] == len(document["meetings"])
    return list(document["meetings"])


def test_meetings_json_gives_each_meeting_with_its_counts(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    meetings = _meetings(capsys, demo_root)
    assert len(meetings) >= 14
    for meeting in meetings:
        assert {"id", "kind", "date", "status", "counts"} <= meeting.keys()
        counts = meeting["counts"]
        assert isinstance(counts, dict)
        assert {
            "total",
            "present",
            "absent_with_reason",
            "absent_without_reason",
            "voting_denominator",
        } <= counts.keys()
        assert counts["present"] <= counts["expected"] <= counts["total"]
    kinds = {m["kind"] for m in meetings}
    assert {"regular", "thematic"} <= kinds
    assert {m["status"] for m in meetings} == {"planned", "held", "finalised"}
    assert [m["date"] for m in meetings] == sorted((m["date"] for m in meetings), reverse=True)


def test_meetings_lists_a_readable_line_per_meeting(
    capsys: pytest.CaptureFixture[str], demo_root: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(demo_root), "meetings", "--year", "2026")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) >= 14 and any("Sinh hoạt chuyên đề" in line for line in lines)


@pytest.mark.parametrize("document", ["minutes", "resolution", "notice", "attendance"])
def test_print_writes_each_meeting_document(
    capsys: pytest.CaptureFixture[str], demo_root: Path, tmp_path: Path, document: str
) -> None:
    finalised = next(m for m in _meetings(capsys, demo_root) if m["status"] == "finalised")
    target = tmp_path / f"{document}.pdf"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(demo_root),
        "print",
        document,
        str(finalised["id"])[:8],
        "-o",
        str(target),
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {"document": document, "path": str(target)}
    assert target.read_bytes().startswith(b"%PDF")


def test_printing_an_unknown_meeting_is_refused_with_exit_3(
    capsys: pytest.CaptureFixture[str], demo_root: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", str(demo_root), "print", "minutes", "ffffffff", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 3 and out == "" and "cellapp meetings --json" in err
    assert not (tmp_path / "x.pdf").exists()


def test_print_needs_an_output_file(capsys: pytest.CaptureFixture[str], demo_root: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(demo_root), "print", "minutes", "abcd")
    assert code == 2 and "-o" in err


def test_the_printable_documents_are_registered_by_name() -> None:
    assert {"minutes", "resolution", "notice", "attendance"} <= PRINTABLES.keys()
