"""Committee mode at province-district scale: 300 cells and 9,000 members with a year of history. Times
the Cells page (services + table model + a filter keystroke), the statistics data behind `stats --json`,
and the statistics report as PDF and XLSX. Prints the median of several runs.

Set-up: two demo cells of 30 members are built, enrolled and imported through the real sync code; their
records at the committee are then copied 150 times each under new cell units, inserted directly through
the storage layer's tables (building 300 cells through full demos would take half an hour).

Each cell's figures are kept until its records change (`cellapp.storage.figure_cache`): "kept" times a
view after the first one of the day, "counting every cell" the first one (the kept figures dropped).

    python bench/committee.py [--runs 3] [--cells 300]
"""

from __future__ import annotations

import argparse
import os
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

from cellapp.demo_committee import build_demo_committee  # noqa: E402
from cellapp.domain.months import Period  # noqa: E402
from cellapp.services.committee import list_cell_standings, statistics  # noqa: E402
from cellapp.services.committee.printing import save_statistics_xlsx, statistics_report_pdf  # noqa: E402
from cellapp.services.workspace import Workspace, open_workspace  # noqa: E402
from cellapp.storage.records import CellFigureCacheRecord, MemberRecord, SyncPeerRecord  # noqa: E402
from cellapp.sync.tables import synced_tables  # noqa: E402

TODAY = date(2026, 11, 23)
MEMBERS_PER_CELL = 25


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
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
            code = f"BX-C{index + 1:03d}"
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


def bench(cells: int, runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-committee-")) / "committee"
    start = time.perf_counter()
    build_demo_committee(folder, cells=2, members=MEMBERS_PER_CELL, months=12, seed=5, today=TODAY)
    workspace = open_workspace(folder, actor="bench")
    _clone_cells(workspace, cells)
    built = time.perf_counter() - start
    with workspace.engine.connect() as connection:
        members = connection.execute(select(func.count()).select_from(MemberRecord.__table__)).scalar_one()
    print(f"committee of {cells} cells, {members} members, a year of meetings: built in {built:.0f} s")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ui.item_models.cells_table_model import CellsFilterModel, CellsTableModel

    app = QApplication.instance() or QApplication([])
    model, proxy = CellsTableModel(), CellsFilterModel()
    proxy.setSourceModel(model)

    def forget() -> None:
        """Drop the figures kept per cell: the next read computes every cell (the first view of a day)."""
        with workspace.engine.begin() as connection:
            connection.execute(delete(CellFigureCacheRecord.__table__))

    def cold(action: Callable[[], object]) -> Callable[[], object]:
        return lambda: (forget(), action())[1]

    def standings() -> object:
        return list_cell_standings(workspace.uow(read_only=True), today=TODAY)

    period = Period.parse("2026")
    target = folder.parent / "stats.xlsx"

    def report_data() -> object:
        return statistics(workspace.uow(read_only=True), period, today=TODAY)

    def pdf() -> object:
        return statistics_report_pdf(workspace.uow(read_only=True), period, today=TODAY)

    def xlsx() -> object:
        return save_statistics_xlsx(workspace.uow(read_only=True), period, target, today=TODAY)

    rows = list_cell_standings(workspace.uow(read_only=True), today=TODAY)
    figures = {
        "standings cold": median_ms(cold(standings), runs),
        "standings kept": median_ms(standings, runs),
        "table": median_ms(lambda: model.set_cells(rows), runs),
        "keystroke": median_ms(lambda: (proxy.set_text("nam dan 1"), proxy.set_text("")), runs),
        # Each run sorts twice (ascending then descending): sorting again in the same order costs nothing.
        "sort": median_ms(lambda: (proxy.sort(11), proxy.sort(11, Qt.SortOrder.DescendingOrder)), runs),
        "data cold": median_ms(cold(report_data), runs),
        "data kept": median_ms(report_data, runs),
        "pdf cold": median_ms(cold(pdf), runs),
        "pdf kept": median_ms(pdf, runs),
        "xlsx cold": median_ms(cold(xlsx), runs),
        "xlsx kept": median_ms(xlsx, runs),
    }
    workspace.close()
    del app
    f = figures
    print(
        f"  Cells page: standings service {f['standings kept']:8.0f} ms with each cell's figures kept "
        f"(rows: {len(rows)}); {f['standings cold']:.0f} ms computing every cell (first view of a day)"
    )
    print(
        f"  Cells page: table model load  {f['table']:8.1f} ms; filter typed and cleared {f['keystroke']:.1f} ms;"
        f" two sorts {f['sort']:.1f} ms"
    )
    print(
        f"  statistics data (stats --json) {f['data cold']:7.0f} ms counting every cell; {f['data kept']:.0f} ms kept"
    )
    print(
        f"  statistics report PDF          {f['pdf cold']:8.0f} ms counting every cell; {f['pdf kept']:.0f} ms kept"
    )
    print(
        f"  statistics workbook XLSX       {f['xlsx cold']:8.0f} ms counting every cell; {f['xlsx kept']:.0f} ms kept"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cells", type=int, default=300)
    args = parser.parse_args()
    bench(args.cells, args.runs)


if __name__ == "__main__":
    main()
