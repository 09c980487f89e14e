"""`cellapp stats --json` at a committee agrees with each demo cell's own workspace (issue 6, done means):
member counts from the cell's own statuses, meetings and attendance from the cell's own database."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from cellapp.cli import main
from cellapp.demo.committee import CELLS_FOLDER
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import count_membership
from cellapp.services.meetings._statistics import meeting_figures
from cellapp.services.members._register import member_standings_on, member_statuses_on
from cellapp.services.workspace import open_workspace
from tests.conftest import DEMO_TODAY

PERIOD, FIRST, LAST = "2026-Q3", date(2026, 7, 1), date(2026, 9, 30)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _cell_figures(folder: Path) -> dict[str, int | str]:
    """What the cell itself holds for the period: statuses and attendance from the cell's own services,
    meetings counted in the cell's database by SQL."""
    workspace = open_workspace(folder, actor="tester")
    try:
        statuses = Counter(member_statuses_on(workspace.uow(read_only=True), LAST).values())
        membership = count_membership(member_standings_on(workspace.uow(read_only=True), LAST).values())
        figures = meeting_figures(workspace.uow(read_only=True), 2026, today=DEMO_TODAY)
        code, database = workspace.info.unit_code or "", workspace.paths.database
    finally:
        workspace.close()
    in_period = [m for m in figures.per_meeting if FIRST <= m.held_on <= LAST]
    connection = sqlite3.connect(database)
    try:
        held = dict(
            connection.execute(
                "SELECT kind, COUNT(*) FROM meetings WHERE deleted = 0 AND status IN ('held', 'finalised') "
                "AND kind != 'committee' AND held_on BETWEEN ? AND ? GROUP BY kind",
                (FIRST.isoformat(), LAST.isoformat()),
            ).fetchall()
        )
    finally:
        connection.close()
    return {
        "unit_code": code,
        # By grade on the day, as the cell's own minutes count them: an exempt or away member keeps theirs.
        "members_total": membership.total,
        "members_full": membership.full,
        "members_probationary": membership.probationary,
        "members_exempt": statuses[MemberStatus.EXEMPT] + statuses[MemberStatus.TEMPORARILY_EXEMPT],
        "members_attached_elsewhere": statuses[MemberStatus.ATTACHED_ELSEWHERE],
        "members_suspended": statuses[MemberStatus.SUSPENDED],
        "meetings_held": sum(held.values()),
        "thematic_meetings": held.get("thematic", 0),
        "present": sum(m.present for m in in_period),
        "expected": sum(m.expected for m in in_period),
    }


def test_stats_json_agrees_with_each_cells_own_workspace(
    capsys: pytest.CaptureFixture[str], committee_root: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(committee_root), "stats", "--period", PERIOD, "--json")
    assert code == 0
    document = json.loads(out)
    cells = {row["unit_code"]: row for row in document["cells"]}
    assert sorted(cells) == ["XM-C01", "XM-C02", "XM-C03"]
    totals: Counter[str] = Counter()
    for folder in sorted((committee_root / CELLS_FOLDER).iterdir()):
        own = _cell_figures(folder)
        row = cells[str(own["unit_code"])]
        assert own["meetings_held"] and own["members_full"]  # the demo has something to compare
        for key in (
            "members_total",
            "members_full",
            "members_probationary",
            "members_exempt",
            "members_attached_elsewhere",
            "members_suspended",
            "meetings_held",
            "thematic_meetings",
        ):
            assert row[key] == own[key], (own["unit_code"], key)
            totals[key] += int(own[key])
        # Every total is the sum of its parts, by grade and by situation.
        assert row["members_total"] == row["members_full"] + row["members_probationary"]
        situations = ("members_active", "members_exempt", "members_attached_elsewhere", "members_suspended")
        assert row["members_total"] == sum(row[key] for key in situations)
        assert row["attendance_rate"] == round(int(own["present"]) / int(own["expected"]), 4)
        assert row["last_received"] is not None
    for key, value in totals.items():
        assert document["total"][key] == value


def test_stats_in_a_cell_workspace_says_only_a_committee_keeps_them(
    capsys: pytest.CaptureFixture[str], committee_root: Path
) -> None:
    cell = committee_root / CELLS_FOLDER / "XM-C01"
    code, out, err = run(capsys, "--data-dir", str(cell), "--lang", "en", "stats", "--json")
    assert code == 2 and out == ""
    assert "committee workspace" in err


def test_a_period_that_is_not_one_is_refused_with_the_forms_it_may_take(
    capsys: pytest.CaptureFixture[str], committee_root: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(committee_root), "stats", "--period", "Q3-2026")
    assert code == 3 and out == ""
    assert "2026-Q4" in err


def test_a_period_with_no_data_gives_zeros_and_says_why(
    capsys: pytest.CaptureFixture[str], committee_root: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(committee_root), "stats", "--period", "2099-01", "--json")
    assert code == 0
    total = json.loads(out)["total"]
    assert total["meetings_held"] == 0 and total["attendance_rate"] is None
    assert "chưa bắt đầu" in err


def test_the_text_report_has_a_title_a_heading_and_the_same_figures_as_json(
    capsys: pytest.CaptureFixture[str], committee_root: Path
) -> None:
    _, out, _ = run(capsys, "--data-dir", str(committee_root), "stats", "--period", PERIOD, "--json")
    cells = {row["unit_code"]: row for row in json.loads(out)["cells"]}
    code, out, _ = run(capsys, "--data-dir", str(committee_root), "stats", "--period", PERIOD)
    assert code == 0
    title, heading, rule, *lines = out.splitlines()
    rows = lines[: lines.index("")] if "" in lines else lines  # the annual review's section follows
    assert title == "Thống kê kỳ 2026-Q3, tính đến ngày 30/09/2026"
    assert heading.split()[:4] == ["Mã", "Chi", "bộ", "Đảng"] and set(rule) == {"-"}
    assert len(rows) == 4 and rows[-1].split()[:2] == ["Tổng", "cộng"]
    for line in rows[:-1]:
        row = cells[line.split()[0]]
        numbers = [w for w in line.split() if w.isdigit()]
        assert numbers[:3] == [
            str(row["members_total"]),
            str(row["members_full"]),
            str(row["members_probationary"]),
        ]
    _, english, _ = run(
        capsys, "--data-dir", str(committee_root), "--lang", "en", "stats", "--period", PERIOD
    )
    assert english.splitlines()[1].split()[:3] == ["Code", "Cell", "Members"]
