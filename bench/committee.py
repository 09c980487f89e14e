"""Committee mode at district (300 cells, 9,000 members) or province scale (3,700 cells, ~75,000 members),
each cell with a year of history. Prints the median of several runs, with the load average beside each
figure (the machine is shared: figures taken while it is busy are slower).

What is timed:
- the committee's first view of a day: the Overview (its charts and its alerts) then the Cells page, with
  each cell's facts kept (its members' histories and meetings, kept until its records change) but no
  figures for the day yet, as on any morning; then the same views once the day's figures are kept;
- the same first view after a tenth of the cells changed (a day of imports), and after every cell changed
  (nothing kept: the first view after a bulk import of every cell);
- where the time of those first views goes, part by part;
- the statistics of a period (`stats --json`), first asked and kept, with the report as PDF and XLSX;
- the Cells page's table model, a filter keystroke and two sorts.

Set-up: two demo cells are built, enrolled and imported through the real sync code; their records at the
committee are then copied under new cell units, inserted directly through the storage layer's tables
(building every cell through a full demo would take hours). `--store DIR` keeps the built committee in DIR
and uses it again on later runs of the same size.

    python bench/committee.py [--runs 5] [--cells 300] [--members 25] [--store DIR]
    python bench/committee.py --cells 3700 --members 16 --runs 3 --store /tmp/province
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics as stats
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, func, insert, select  # noqa: E402

from cellapp.demo.committee import build_demo_committee  # noqa: E402
from cellapp.domain.months import Period  # noqa: E402
from cellapp.services.committee import (  # noqa: E402
    committee_alerts,
    facts,
    list_cell_standings,
    monthly_trend,
    snapshots,
    statistics,
)
from cellapp.services.committee.cells import enrolled_cells, load_register  # noqa: E402
from cellapp.services.committee.kept import collection_paused  # noqa: E402
from cellapp.services.committee.meeting_figures import meeting_facts  # noqa: E402
from cellapp.services.committee.printing import save_statistics_xlsx, statistics_report_pdf  # noqa: E402
from cellapp.services.meetings import enrolment_days  # noqa: E402
from cellapp.services.workspace import Workspace, open_workspace  # noqa: E402
from cellapp.storage.figure_cache import cached_figures, raise_revisions, store_figures, unit_revisions  # noqa: E402
from cellapp.storage.records import CellFigureCacheRecord, MemberRecord, SyncPeerRecord  # noqa: E402
from cellapp.sync.tables import synced_tables  # noqa: E402

TODAY = date(2026, 11, 23)
_cache = CellFigureCacheRecord.__table__


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def median_ms(action: Callable[[], object], runs: int, before: Callable[[], object] | None = None) -> float:
    """The median time of `action` over `runs`, `before` (not timed) run before each."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return stats.median(times)


def _clone_cells(workspace: Workspace, cells: int) -> None:
    """Copy the demo cells' records under new units until there are `cells` cells."""
    with workspace.engine.begin() as connection:
        peers = connection.execute(
            select(SyncPeerRecord.__table__).where(SyncPeerRecord.role == "cell")
        ).all()
        sources = [(p.unit_uuid, p) for p in peers]
        rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for unit, _peer in sources:
            rows[unit] = {}
            for table in synced_tables():
                found = connection.execute(
                    select(table.table).where(table.table.c.owner_unit == unit)
                ).mappings()
                rows[unit][table.name] = [dict(r) for r in found]
        for index in range(len(sources), cells):
            unit, peer = sources[index % len(sources)]
            new_unit = str(uuid.uuid4())
            ids = {u: str(uuid.uuid4()) for t in rows[unit].values() for r in t for u in [r["uuid"]]}
            ids[unit] = new_unit
            code = f"BX-C{index + 1:04d}"
            for table in synced_tables():
                copied = [
                    {k: ids.get(v, v) if isinstance(v, str) else v for k, v in row.items()}
                    for row in rows[unit][table.name]
                ]
                if table.name == "units":  # unit codes are unique
                    copied = [{**row, "code": code} for row in copied]
                if copied:
                    connection.execute(insert(table.table), copied)
            values = {c: getattr(peer, c) for c in ("name", "role", "status", "fingerprint", "enrolled_at")}
            connection.execute(
                insert(SyncPeerRecord.__table__),
                [
                    {
                        **values,
                        "unit_uuid": new_unit,
                        "code": code,
                        "name": f"{peer.name} {index + 1}",
                        "last_bundle_at": datetime(2026, 11, 1 + index % 28) if index % 9 else None,
                        "acked": {},
                        "sent": {},
                        "their_hashes": {},
                    }
                ],
            )


def committee_store(cells: int, members: int, store: Path | None) -> tuple[Path, float]:
    """The committee's folder, built (and kept in `store` if given) or found there from an earlier run."""
    wanted = {"cells": cells, "members": members, "today": TODAY.isoformat()}
    if store is not None and (store / "built.json").exists():
        if json.loads((store / "built.json").read_text()) == wanted:
            return store / "committee", 0.0
        shutil.rmtree(store)
    parent = store or Path(tempfile.mkdtemp(prefix="bench-committee-"))
    folder = parent / "committee"
    start = time.perf_counter()
    build_demo_committee(folder, cells=2, members=members, months=12, seed=5, today=TODAY)
    workspace = open_workspace(folder, actor="bench")
    try:
        _clone_cells(workspace, cells)
    finally:
        workspace.close()
    (parent / "built.json").write_text(json.dumps(wanted))
    return folder, time.perf_counter() - start


class Bench:
    def __init__(self, workspace: Workspace, runs: int) -> None:
        self.workspace = workspace
        self.runs = runs
        with workspace.uow(read_only=True) as uow:
            self.units = [c.unit_uuid for c in enrolled_cells(uow)]

    def forget(self, *, facts_too: bool) -> None:
        """Drop the figures kept for the day (and the cells' facts: every cell changed)."""
        with self.workspace.engine.begin() as connection:
            query = delete(_cache)
            if not facts_too:
                query = query.where(_cache.c.topic != facts.TOPIC)
            connection.execute(query)

    def a_day_of_imports(self) -> None:
        """A tenth of the cells changed (their files imported), then a new day."""
        self.forget(facts_too=False)
        with self.workspace.engine.begin() as connection:
            raise_revisions(connection, self.units[::10])

    def uow(self) -> Any:
        return self.workspace.uow(read_only=True)

    def overview_charts(self) -> object:
        return monthly_trend(self.uow(), year=TODAY.year, today=TODAY)

    def overview_alerts(self) -> object:
        return committee_alerts(self.uow(), today=TODAY)

    def cells_page(self) -> object:
        return list_cell_standings(self.uow(), today=TODAY)

    def first_view(self) -> object:
        return self.overview_charts(), self.overview_alerts(), self.cells_page()

    def views(self, before: Callable[[], object] | None) -> dict[str, float]:
        """The first view's parts and total, each run after `before`."""
        parts: dict[str, list[float]] = {"charts": [], "alerts": [], "cells": [], "total": []}
        for _ in range(self.runs):
            if before is not None:
                before()
            start = time.perf_counter()
            for name, view in (
                ("charts", self.overview_charts),
                ("alerts", self.overview_alerts),
                ("cells", self.cells_page),
            ):
                began = time.perf_counter()
                view()
                parts[name].append((time.perf_counter() - began) * 1000)
            parts["total"].append((time.perf_counter() - start) * 1000)
        return {name: stats.median(times) for name, times in parts.items()}

    def day_parts(self) -> dict[str, float]:
        """Where the first view of a day goes, with every cell's facts kept."""
        parts: dict[str, list[float]] = {k: [] for k in ("read", "rebuild", "derive", "keep", "views")}
        for _ in range(self.runs):
            self.forget(facts_too=False)
            with self.uow() as uow:
                revisions = unit_revisions(uow.session)
                with collection_paused():
                    start = time.perf_counter()
                    kept = cached_figures(
                        uow.session, facts.TOPIC, day=None, layout=facts.LAYOUT, revisions=revisions
                    )
                    read = time.perf_counter()
                    found = {unit: facts.facts_from_json(kept[unit]) for unit in self.units}
                    rebuilt = time.perf_counter()
                    enrolled = enrolment_days(uow, self.units)
                    made = snapshots.snapshots_of(found, enrolled, today=TODAY)
                    derived = time.perf_counter()
            store_figures(
                self.workspace.engine,
                snapshots.TOPIC,
                day=TODAY,
                layout=snapshots.LAYOUT,
                revisions=revisions,
                payloads={unit: snapshots._to_json(s) for unit, s in made.items()},
            )
            stored = time.perf_counter()
            self.first_view()  # reads the kept snapshots: the views' own work
            done = time.perf_counter()
            for name, (begin, end) in {
                "read": (start, read),
                "rebuild": (read, rebuilt),
                "derive": (rebuilt, derived),
                "keep": (derived, stored),
                "views": (stored, done),
            }.items():
                parts[name].append((end - begin) * 1000)
        return {name: stats.median(times) for name, times in parts.items()}

    def facts_parts(self) -> dict[str, float]:
        """Where the cells' facts go when none is kept (every cell changed)."""
        parts: dict[str, list[float]] = {k: [] for k in ("register", "meetings", "keep")}
        for _ in range(self.runs):
            self.forget(facts_too=True)
            with self.uow() as uow, collection_paused():
                revisions = unit_revisions(uow.session)
                start = time.perf_counter()
                register = load_register(uow, self.units)
                read = time.perf_counter()
                meetings = meeting_facts(uow, self.units, standings_for=register.standings_on)
                counted = time.perf_counter()
                payloads = {
                    unit: facts.facts_to_json(
                        facts.CellFacts(tuple(register.members.get(unit, ())), meetings[unit])
                    )
                    for unit in self.units
                }
            store_figures(
                self.workspace.engine,
                facts.TOPIC,
                day=TODAY,
                layout=facts.LAYOUT,
                revisions=revisions,
                payloads=payloads,
            )
            stored = time.perf_counter()
            parts["register"].append((read - start) * 1000)
            parts["meetings"].append((counted - read) * 1000)
            parts["keep"].append((stored - counted) * 1000)
        return {name: stats.median(times) for name, times in parts.items()}


def bench(cells: int, members: int, runs: int, store: Path | None) -> None:
    folder, built = committee_store(cells, members, store)
    workspace = open_workspace(folder, actor="bench")
    with workspace.engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(MemberRecord.__table__)).scalar_one()
    how = f"built in {built:.0f} s" if built else f"kept in {folder.parent}"
    print(f"committee of {cells} cells, {count} members, a year of meetings ({how}); median of {runs} runs")
    b = Bench(workspace, runs)
    b.forget(facts_too=True)
    b.first_view()  # every cell's facts kept, as after any view

    print(f"first view of the day (the Overview's charts and alerts, then the Cells page), {load()}:")
    rows = [
        ("every cell's facts kept (any morning)", b.views(lambda: b.forget(facts_too=False))),
        ("the day's figures kept (later views)", b.views(None)),
        ("a tenth of the cells changed (a day of imports)", b.views(b.a_day_of_imports)),
        ("every cell changed (nothing kept)", b.views(lambda: b.forget(facts_too=True))),
    ]
    for label, f in rows:
        print(
            f"  {label:50s} {f['total']:7.0f} ms  (charts {f['charts']:.0f}, alerts {f['alerts']:.0f}, "
            f"Cells page {f['cells']:.0f})"
        )
    print(f"  ({load()})")

    day = b.day_parts()
    print(
        f"  where the first view of a day goes: read the kept facts {day['read']:.0f} ms, rebuild the "
        f"histories {day['rebuild']:.0f} ms, derive the day's figures {day['derive']:.0f} ms, keep them "
        f"{day['keep']:.0f} ms, the three views on kept figures {day['views']:.0f} ms ({load()})"
    )
    made = b.facts_parts()
    print(
        f"  and with nothing kept, before that: read the register and replay the histories "
        f"{made['register']:.0f} ms, count the meetings {made['meetings']:.0f} ms, keep the facts "
        f"{made['keep']:.0f} ms ({load()})"
    )

    period = Period.parse("2026")
    target = folder.parent / "stats.xlsx"

    def forget_period() -> None:
        with workspace.engine.begin() as connection:
            connection.execute(delete(_cache).where(_cache.c.topic.like("statistics:%")))

    def report_data() -> object:
        return statistics(b.uow(), period, today=TODAY)

    def pdf() -> object:
        return statistics_report_pdf(b.uow(), period, today=TODAY)

    def xlsx() -> object:
        return save_statistics_xlsx(b.uow(), period, target, today=TODAY)

    def nothing_kept() -> None:
        b.forget(facts_too=True)

    figures = {
        "data first": median_ms(report_data, runs, forget_period),
        "data kept": median_ms(report_data, runs),
        "data nothing": median_ms(report_data, runs, nothing_kept),
        "pdf first": median_ms(pdf, runs, forget_period),
        "pdf kept": median_ms(pdf, runs),
        "xlsx first": median_ms(xlsx, runs, forget_period),
        "xlsx kept": median_ms(xlsx, runs),
    }
    f = figures
    print(
        f"statistics of a period (stats --json): {f['data first']:.0f} ms first asked, {f['data kept']:.0f} ms "
        f"kept, {f['data nothing']:.0f} ms with nothing kept ({load()})"
    )
    print(
        f"  report PDF {f['pdf first']:.0f} ms first asked, {f['pdf kept']:.0f} ms kept; workbook XLSX "
        f"{f['xlsx first']:.0f} ms first asked, {f['xlsx kept']:.0f} ms kept"
    )

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.item_models.cells_table_model import CellsFilterModel, CellsTableModel

    app = QApplication.instance() or QApplication([])
    model, proxy = CellsTableModel(), CellsFilterModel()
    proxy.setSourceModel(model)
    standings = list_cell_standings(b.uow(), today=TODAY)
    table = median_ms(lambda: model.set_cells(standings), runs)
    keystroke = median_ms(lambda: (proxy.set_text("nam dan 1"), proxy.set_text("")), runs)
    # Each run sorts twice (ascending then descending): sorting again in the same order costs nothing.
    sort = median_ms(lambda: (proxy.sort(11), proxy.sort(11, Qt.SortOrder.DescendingOrder)), runs)
    print(
        f"Cells page table model {table:.1f} ms for {len(standings)} rows; filter typed and cleared "
        f"{keystroke:.1f} ms; two sorts {sort:.1f} ms ({load()})"
    )
    workspace.close()
    del app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cells", type=int, default=300)
    parser.add_argument("--members", type=int, default=25, help="members of each demo cell copied")
    parser.add_argument("--store", type=Path, help="keep the built committee here and use it again")
    args = parser.parse_args()
    bench(args.cells, args.members, args.runs, args.store)


if __name__ == "__main__":
    main()
