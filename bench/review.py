"""The annual review at scale: on a demo cell of 300 members whose year is under review, how long the
secretary waits for the Review page (the year with every member's review, and the year's facts of every
member), for one proposal to be saved, and for the summary table, the minutes and the report to be
written; and on a committee store of 300 cells, how long the committee's Review page and the review
section of the statistics take. Prints the median of several runs. Targets: the grading summary of the
cell's year under 500 ms, the committee's standings of 300 cells under 1 s. The page also gathers each
member's facts of the year (meetings, tasks, fees) off the GUI thread; that figure is printed beside.

The committee's cells are real review records: a small demo committee is built through the services
(its cells' bundles imported), then the first cell's review rows are copied under new identifiers for
each further cell, and each copy enrolled, so the store holds 300 cells' reviews without 300 imports.

    python bench/review.py [--runs 5] [--members 300] [--cells 300]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from cellapp.demo import build_demo_cell  # noqa: E402
from cellapp.demo.committee import build_demo_committee  # noqa: E402
from cellapp.demo.review import review_year_of  # noqa: E402
from cellapp.services import review as rv  # noqa: E402
from cellapp.services.review import printing  # noqa: E402
from cellapp.services.workspace import Workspace, open_workspace  # noqa: E402

TODAY = date(2026, 12, 4)
YEAR = review_year_of(TODAY)[0]


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def grading_summary(workspace: Workspace) -> None:
    """The year with every member's review, summed into the summary table (target: under 500 ms)."""
    year = rv.review_year(workspace.uow(read_only=True), YEAR)
    assert year is not None
    rv.summarise(year)


def page_of_cell(workspace: Workspace) -> None:
    """What the cell's Review page loads: the year and its summary, and every member's facts."""
    year = rv.review_year(workspace.uow(read_only=True), YEAR)
    assert year is not None
    rv.summarise(year)
    rv.review_inputs(workspace.uow(read_only=True), YEAR, [m.member_uuid for m in year.members], today=TODAY)


def bench_cell(members: int, runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-review-"))
    start = time.perf_counter()
    workspace = build_demo_cell(folder / "cell", members=members, months=12, seed=3, today=TODAY)
    built = time.perf_counter() - start
    year = rv.review_year(workspace.uow(read_only=True), YEAR)
    assert year is not None, "the demo has no review year"
    graded = [m for m in year.members if m.proposed_grade is not None]
    print(
        f"cell of {members} members ({len(year.members)} reviewed, {len(graded)} proposed), built in {built:.0f} s"
    )
    print(
        f"  review page (year, summary, facts of all) {median_ms(lambda: page_of_cell(workspace), runs):8.0f} ms"
    )
    member = graded[0]

    def propose() -> None:
        assert member.proposed_grade is not None
        rv.propose_member_grade(
            workspace.uow(),
            member.uuid,
            grade=member.proposed_grade,
            votes_for=member.votes_for or 0,
            votes_against=member.votes_against or 0,
            on=year.session_on,
        )

    print(f"  save one proposal                         {median_ms(propose, runs):8.0f} ms")
    uow = workspace.uow(read_only=True)
    documents: list[tuple[str, Callable[[], object]]] = [
        (
            "summary table (PDF)",
            lambda: printing.print_review_summary(uow, YEAR, folder / "s.pdf", today=TODAY),
        ),
        (
            "summary table (XLSX)",
            lambda: printing.export_review_summary_xlsx(uow, YEAR, folder / "s.xlsx", today=TODAY),
        ),
        (
            "minutes of the session",
            lambda: printing.print_review_minutes(uow, YEAR, folder / "m.pdf", today=TODAY),
        ),
        ("the cell's report", lambda: printing.print_review_report(uow, YEAR, folder / "r.pdf", today=TODAY)),
        (
            "one member's form",
            lambda: printing.print_review_form(uow, YEAR, member.member_uuid, folder / "f.pdf", today=TODAY),
        ),
    ]
    for label, write in documents:
        print(f"  {label:<41} {median_ms(write, runs):8.0f} ms")
    workspace.close()


def _copy_rows(connection: Any, table: str, column: str, source: str, names: dict[str, str]) -> int:
    rows = connection.execute(
        text(f"SELECT * FROM {table} WHERE {column} = :unit"), {"unit": source}
    ).mappings()
    copies = []
    for row in rows:
        copy = dict(row)
        for key in ("uuid", "member_uuid", "owner_unit", "cell_unit"):
            if copy.get(key):
                copy[key] = names.setdefault(copy[key], str(uuid.uuid4()))
        copies.append(copy)
    if copies:
        columns = list(copies[0])
        connection.execute(
            text(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
            ),
            copies,
        )
    return len(copies)


def grow_committee(hub: Workspace, template_code: str, cells: int) -> int:
    """Copy the template cell's review rows, and its enrolment, until the store holds `cells` cells."""
    copied = 0
    with hub.uow() as uow:
        connection = uow.session.connection()
        peer = dict(
            connection.execute(text("SELECT * FROM sync_peers WHERE code = :c"), {"c": template_code})
            .mappings()
            .one()
        )
        existing = connection.execute(
            text("SELECT count(*) FROM sync_peers WHERE role = 'cell'")
        ).scalar_one()
        for index in range(existing, cells):
            names = {peer["unit_uuid"]: str(uuid.uuid4())}
            clone = {k: v for k, v in peer.items() if k != "id"}
            clone.update(
                code=f"{template_code}-{index:04d}",
                name=f"Chi bộ thôn {index:04d}",
                unit_uuid=names[peer["unit_uuid"]],
            )
            columns = list(clone)
            connection.execute(
                text(
                    f"INSERT INTO sync_peers ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
                ),
                clone,
            )
            for table, column in (
                ("review_years", "owner_unit"),
                ("member_reviews", "owner_unit"),
                ("review_decisions", "cell_unit"),
            ):
                copied += _copy_rows(connection, table, column, peer["unit_uuid"], names)
        uow.commit()
    return copied


def bench_committee(cells: int, runs: int) -> None:
    from cellapp.domain.months import Period
    from cellapp.services.committee.printing import statistics_printout

    folder = Path(tempfile.mkdtemp(prefix="bench-review-hub-"))
    start = time.perf_counter()
    demo = build_demo_committee(folder / "hub", cells=2, members=30, months=2, today=TODAY)
    hub = open_workspace(demo.root)
    copied = grow_committee(hub, demo.codes[0], cells)
    built = time.perf_counter() - start
    standings = rv.review_standings(hub.uow(read_only=True), YEAR)
    members = sum(c.reviewed for c in standings.cells)
    print(
        f"committee of {len(standings.cells)} cells, {members} member reviews ({copied} rows copied), built in {built:.0f} s"
    )
    print(
        f"  review page (review_standings)            {median_ms(lambda: rv.review_standings(hub.uow(read_only=True), YEAR), runs):8.0f} ms"
    )
    period = Period.of_year(YEAR)
    figure = median_ms(lambda: statistics_printout(hub.uow(read_only=True), period, today=TODAY), runs)
    print(f"  the year's statistics, with the review    {figure:8.0f} ms")
    hub.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--cells", type=int, default=300)
    args = parser.parse_args()
    bench_cell(args.members, args.runs)
    bench_committee(args.cells, args.runs)


if __name__ == "__main__":
    main()
