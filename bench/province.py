"""Province benchmark: a committee store of 3,700 cells, 75,000 members and about 750,000 records, on SQLite
and on PostgreSQL. Prints for each store:

- the import of every cell's first file (its whole history), then of a monthly round, through the real
  pipeline in a separate process (targets: under 30 s, peak memory under 1 GB), with the floor beside it:
  the same synced rows written by the database's fastest plain path (sqlite3 `executemany`, psycopg
  `COPY`) in one transaction, into an empty store of the same schema;
- the Cells page service (`list_cell_standings`) and the first statistics of a period (`statistics`, the
  data behind `stats --json`) on that store, with no figures kept yet (the first view of a day) and kept
  (target under 2 s), in a fresh process; the median of several runs.

The cells' records are real: a few demo cells (members, two months of meetings, attendance, fees, member
events) are built through the services; each synthetic cell is one of them under new identifiers (every
uuid, its unit, its node), with keys of its own, and its files are sealed by CellApp's own sync layer. Its
enrolment is recorded directly (what `accept_enrolment` records) so the set-up stays short.

PostgreSQL: `--postgres URL` names a server where the benchmark may create and drop databases; without
it a throwaway server is started from Debian's binaries (durable: fsync on, like a real server).

    python bench/province.py                      # both stores, full size (about 20 minutes)
    python bench/province.py --store sqlite --cells 370
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics as stats
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, func, select  # noqa: E402

from cellapp.demo import build_demo_cell  # noqa: E402
from cellapp.domain.months import Period  # noqa: E402
from cellapp.domain.units import CommitteeLevel, UnitKind  # noqa: E402
from cellapp.services.committee import list_cell_standings, statistics  # noqa: E402
from cellapp.services.sync import create_identity, import_bundles  # noqa: E402
from cellapp.services.workspace import Workspace, create_workspace, open_workspace  # noqa: E402
from cellapp.storage.records import CellFigureCacheRecord, MemberRecord, SyncPeerRecord, utc_now  # noqa: E402
from cellapp.sync.canonical import set_hash  # noqa: E402
from cellapp.sync.container import FORMAT_DATA, Envelope, seal  # noqa: E402
from cellapp.sync.keys import NodeKeys, create_keys, load_keys  # noqa: E402
from cellapp.sync.payload import BUNDLE_SCHEMA, Contents, pack  # noqa: E402
from cellapp.sync.selection import Direction, changes_for  # noqa: E402
from cellapp.sync.tables import synced_tables  # noqa: E402

TODAY = date(2026, 11, 23)
HUB_CODE = "TQ"
TEMPLATES = 4
# A demo cell of 16 members over two months sends about 200 records (its 20 member rows include those who
# left): 3,700 of them make the province's 75,000 members and about 750,000 records.
TEMPLATE_MEMBERS, TEMPLATE_MONTHS = 16, 2
Records = dict[str, list[dict[str, Any]]]


# ---------------------------------------------------------------------------------------------------
# Cells and their files
# ---------------------------------------------------------------------------------------------------


def build_templates(folder: Path) -> list[Records]:
    """Demo cells built through the services; each one's records as its first file carries them."""
    templates = []
    for index in range(TEMPLATES):
        cell = build_demo_cell(
            folder / f"template-{index}",
            members=TEMPLATE_MEMBERS,
            months=TEMPLATE_MONTHS,
            seed=100 + index,
            today=TODAY,
        )
        me = cell.info.unit_uuid
        with cell.uow(read_only=True) as uow:
            records = changes_for(uow.session, Direction(sender=me, recipient="hub", hub="hub"), {})
        templates.append({"unit": me, "node": cell.info.node_id, "records": records})  # type: ignore[dict-item]
        cell.close()
    return templates  # type: ignore[return-value]


def _renamed(value: Any, names: dict[str, str]) -> Any:
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [_renamed(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _renamed(v, names) for k, v in value.items()}
    return value


class ProvinceCell:
    """One cell of the province: a template's records under identifiers of its own, and its keys."""

    def __init__(self, index: int, template: dict[str, Any], keys_folder: Path) -> None:
        self.code = f"{HUB_CODE}-C{index:04d}"
        self.unit, self.node = str(uuid.uuid4()), str(uuid.uuid4())
        self.keys: NodeKeys = create_keys(keys_folder / self.code, self.node)
        names = {row["uuid"]: str(uuid.uuid4()) for rows in template["records"].values() for row in rows}
        names.update({template["unit"]: self.unit, template["node"]: self.node})  # the unit's row is its own
        self.records: Records = {
            table: [_renamed(row, names) for row in rows] for table, rows in template["records"].items()
        }
        for row in self.records["units"]:
            row.update(code=self.code, name=f"Chi bộ thôn {index:04d}")
        self.counter = max(row["ver_ctr"] for rows in self.records.values() for row in rows)
        self.seq = 0

    def member_count(self) -> int:
        return len(self.records.get("members", []))

    def edits(self, rng: random.Random) -> Records:
        """A month's work: three members' phone numbers change."""
        changed = []
        for row in rng.sample(self.records["members"], min(3, len(self.records["members"]))):
            self.counter += 1
            row.update(phone=f"09{rng.randrange(10**8):08d}", ver_ctr=self.counter)
            changed.append(row)
        return {"members": changed}

    def hashes(self) -> dict[str, str]:
        """The cell's set-hashes of its own records (both directions' scopes hold them, docs/sync.md §6)."""
        return {
            table: set_hash(
                (r["uuid"], r["owner_epoch"], r["ver_node"], r["ver_ctr"], bool(r["deleted"])) for r in rows
            )
            for table, rows in self.records.items()
            if rows
        }

    def bundle(self, hub: dict[str, str], records: Records, folder: Path) -> Path:
        self.seq += 1
        envelope = Envelope(
            FORMAT_DATA,
            self.code,
            self.node,
            hub["code"],
            hub["fingerprint"],
            str(uuid.uuid4()),
            self.seq,
            BUNDLE_SCHEMA,
        )
        hashes = self.hashes()
        manifest = {
            "from_unit": self.unit,
            "to_unit": hub["unit"],
            "created_at": utc_now().isoformat(),
            "known": {self.node: self.counter},
            "since": {} if self.seq == 1 else {hub["node"]: 0},
            "nodes": {self.node: [self.unit, 1]},
            "set_hashes": {"mine": hashes, "yours": hashes},
            "types": [t.name for t in synced_tables()],
            "full": self.seq == 1,
        }
        sealed = seal(
            envelope, pack(envelope, manifest, Contents(manifest={}, records=records)), self.keys, hub["age"]
        )
        path = folder / envelope.file_name("20261123")
        path.write_bytes(sealed.data)
        return path


def make_cells(folder: Path, count: int) -> list[ProvinceCell]:
    templates = build_templates(folder / "templates")
    return [ProvinceCell(i + 1, templates[i % len(templates)], folder / "cell-keys") for i in range(count)]


def enrol(hub: Workspace, cells: list[ProvinceCell]) -> None:
    with hub.uow() as uow:
        for cell in cells:
            card = cell.keys.card(cell.code)
            uow.session.add(
                SyncPeerRecord(
                    unit_uuid=cell.unit,
                    code=cell.code,
                    name=f"Chi bộ thôn {cell.code[-4:]}",
                    role="cell",
                    status="enrolled",
                    node_id=cell.node,
                    sign_key=card.sign_key,
                    age_recipient=card.age_recipient,
                    fingerprint=card.fingerprint,
                    enrolled_at=utc_now(),
                    acked={},
                )
            )
        uow.commit()


def prepare_store(folder: Path, cells: list[ProvinceCell], database: str | None) -> dict[str, Any]:
    """A committee on the store, the cells enrolled, and both months' files (a copy of each cell's rows is
    taken first: the second month edits them)."""
    hub = create_workspace(
        folder / "hub",
        kind=UnitKind.COMMITTEE,
        name="Đảng bộ tỉnh Tuyên Quang",
        level=CommitteeLevel.PROVINCE,
        database=database,
    )
    create_identity(hub, code=HUB_CODE)
    enrol(hub, cells)
    keys = load_keys(hub.paths.keys)
    assert keys is not None
    address = {
        "code": HUB_CODE,
        "fingerprint": keys.card(HUB_CODE).fingerprint,
        "age": keys.age_recipient,
        "unit": hub.info.unit_uuid,
        "node": hub.info.node_id,
    }
    hub.close()
    rng = random.Random(len(cells))
    months: dict[str, list[str]] = {"first": [], "second": []}
    for name in months:
        (folder / name).mkdir()
    saved = [(cell.seq, cell.counter, json.dumps(cell.records)) for cell in cells]
    for cell in cells:
        months["first"].append(str(cell.bundle(address, cell.records, folder / "first")))
    for cell in cells:
        months["second"].append(str(cell.bundle(address, cell.edits(rng), folder / "second")))
    for cell, (seq, counter, records) in zip(cells, saved, strict=True):  # the next store starts afresh
        cell.seq, cell.counter, cell.records = seq, counter, json.loads(records)
    return {"hub": str(folder / "hub"), **months}


# ---------------------------------------------------------------------------------------------------
# Measured phases (each in a child process of its own)
# ---------------------------------------------------------------------------------------------------


def import_phase(plan: dict[str, Any]) -> dict[str, Any]:
    hub = open_workspace(Path(plan["hub"]), actor="bench")
    timings = {}
    for month in ("first", "second"):
        started = time.perf_counter()
        reports = import_bundles(hub, [Path(p) for p in plan[month]], today=TODAY)
        timings[month] = time.perf_counter() - started
        bad = [r for r in reports if r.outcome != "imported"]
        assert not bad, bad[0].message.render("en")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with hub.engine.connect() as connection:
        members = connection.execute(select(func.count()).select_from(MemberRecord.__table__)).scalar_one()
        records = sum(
            connection.exec_driver_sql(f'SELECT count(*) FROM "{name}" WHERE {_CELLS_OWN}').scalar_one()
            for name in _synced_names()
        )
    hub.close()
    return {
        "first_s": timings["first"],
        "monthly_s": timings["second"],
        "peak_mb": peak_mb,
        "members": members,
        "records": records,
    }


def views_phase(plan: dict[str, Any]) -> dict[str, Any]:
    hub = open_workspace(Path(plan["hub"]), actor="bench")
    runs = int(plan["runs"])

    def forget() -> None:
        with hub.engine.begin() as connection:
            connection.execute(delete(CellFigureCacheRecord.__table__))

    def median_s(action: Callable[[], object], *, cold: bool) -> float:
        times = []
        for _ in range(runs):
            if cold:
                forget()
            started = time.perf_counter()
            action()
            times.append(time.perf_counter() - started)
        return stats.median(times)

    period = Period.parse("2026-11")
    rows = list_cell_standings(hub.uow(read_only=True), today=TODAY)
    result = {
        "cells": len(rows),
        "standings_cold_s": median_s(
            lambda: list_cell_standings(hub.uow(read_only=True), today=TODAY), cold=True
        ),
        "standings_kept_s": median_s(
            lambda: list_cell_standings(hub.uow(read_only=True), today=TODAY), cold=False
        ),
        "stats_cold_s": median_s(lambda: statistics(hub.uow(read_only=True), period, today=TODAY), cold=True),
        "stats_kept_s": median_s(
            lambda: statistics(hub.uow(read_only=True), period, today=TODAY), cold=False
        ),
    }
    hub.close()
    return result


def _child(phase: str, plan: dict[str, Any], folder: Path) -> dict[str, Any]:
    plan_file = folder / f"{phase}.json"
    plan_file.write_text(json.dumps(plan))
    child = subprocess.run(
        [sys.executable, __file__, "--phase", phase, str(plan_file)], capture_output=True, text=True
    )
    if child.returncode != 0:
        raise SystemExit(f"{phase} failed:\n{child.stderr}")
    return dict(json.loads(child.stdout.strip().splitlines()[-1]))


# ---------------------------------------------------------------------------------------------------
# Floors: the same rows by the database's fastest plain path
# ---------------------------------------------------------------------------------------------------


_CELLS_OWN = "owner_unit IN (SELECT unit_uuid FROM sync_peers)"


def _synced_names() -> list[str]:
    return [t.name for t in synced_tables()]


def sqlite_floor(hub_root: Path, folder: Path) -> tuple[float, int]:
    """Every synced row of the cells, `executemany` with plain sqlite3 into an empty store of the same
    schema, in one transaction (WAL, synchronous FULL, foreign keys on, as CellApp's own connections)."""
    empty = folder / "floor-hub"
    create_workspace(empty, kind=UnitKind.COMMITTEE, name="Sàn", level=CommitteeLevel.PROVINCE).close()
    source = sqlite3.connect(Path(hub_root) / "cellapp.db")
    loaded = {
        name: source.execute(f'SELECT * FROM "{name}" WHERE {_CELLS_OWN}').fetchall()
        for name in _synced_names()
    }
    source.close()
    target = sqlite3.connect(empty / "cellapp.db", isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA synchronous = FULL")
    target.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    for name, rows in loaded.items():
        if rows:
            marks = ", ".join("?" for _ in rows[0])
            target.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    target.execute("COMMIT")
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed, sum(len(rows) for rows in loaded.values())


def postgres_floor(hub_url: str, empty_url: str, folder: Path) -> tuple[float, int]:
    """Every synced row of the cells, `COPY` (binary) with plain psycopg into an empty store of the same
    schema, in one transaction."""
    import psycopg

    create_workspace(
        folder / "floor-hub",
        kind=UnitKind.COMMITTEE,
        name="Sàn",
        level=CommitteeLevel.PROVINCE,
        database=empty_url,
    ).close()
    copied: dict[str, bytes] = {}
    count = 0
    with psycopg.connect(hub_url) as source:
        for name in _synced_names():
            found = source.execute(f'SELECT count(*) FROM "{name}" WHERE {_CELLS_OWN}').fetchone()
            count += found[0] if found else 0
            data = bytearray()
            query = f'COPY (SELECT * FROM "{name}" WHERE {_CELLS_OWN}) TO STDOUT (FORMAT BINARY)'
            with source.cursor().copy(query) as copy:
                for block in copy:
                    data += block
            copied[name] = bytes(data)
    with psycopg.connect(empty_url) as target:
        started = time.perf_counter()
        with target.transaction():
            for name, data in copied.items():
                with target.cursor().copy(f'COPY "{name}" FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
        elapsed = time.perf_counter() - started
    return elapsed, count


# ---------------------------------------------------------------------------------------------------


class PostgresServer:
    """Databases for the benchmark on a given server, or on a throwaway one started here."""

    def __init__(self, url: str | None, folder: Path) -> None:
        from tests.helpers import postgres

        self._helpers = postgres
        self.folder: Path | None = None
        if url is None:
            self.folder = Path(tempfile.mkdtemp(prefix="cellapp-pg-"))  # the server's account must reach it
            url = postgres.start(self.folder, durable=True)
        self.url = url

    def database(self) -> str:
        name = f"bench_{uuid.uuid4().hex[:12]}"
        with self._helpers._admin(self.url) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self._helpers._with_database(self.url, name)

    def close(self) -> None:
        if self.folder is not None:
            self._helpers.stop(self.folder)
            shutil.rmtree(self.folder, ignore_errors=True)


def run_store(
    store: str, cells: list[ProvinceCell], folder: Path, server: PostgresServer | None, runs: int
) -> None:
    folder.mkdir()
    database = server.database() if server is not None else None
    started = time.perf_counter()
    plan = prepare_store(folder, cells, database)
    setup = time.perf_counter() - started
    imported = _child("import", plan, folder)
    if server is not None and database is not None:
        floor, rows = postgres_floor(_plain(database), _plain(server.database()), folder)
    else:
        floor, rows = sqlite_floor(Path(plan["hub"]), folder)
    views = _child("views", {**plan, "runs": runs}, folder)
    load = os.getloadavg()
    print(
        f"{store}: {len(cells)} cells, {imported['members']} members, {imported['records']} records "
        f"(files sealed in {setup:.0f} s; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f})\n"
        f"  import of the first files    {imported['first_s']:6.1f} s (target < 30 s); "
        f"floor {floor:5.1f} s ({rows} rows in one transaction, ratio {imported['first_s'] / floor:.1f}x); "
        f"peak memory {imported['peak_mb']:.0f} MB (target < 1 GB)\n"
        f"  a monthly round              {imported['monthly_s']:6.1f} s\n"
        f"  Cells page service           {views['standings_cold_s']:6.2f} s first view of a day, "
        f"{views['standings_kept_s']:.2f} s kept ({views['cells']} rows; target < 2 s)\n"
        f"  statistics of 11/2026        {views['stats_cold_s']:6.2f} s first time, "
        f"{views['stats_kept_s']:.2f} s kept (target < 2 s)",
        flush=True,
    )


def _plain(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--cells", type=int, default=3700)
    parser.add_argument("--runs", type=int, default=3, help="runs of each view (the median is printed)")
    parser.add_argument("--postgres", help="a PostgreSQL server's address where databases may be created")
    parser.add_argument("--phase", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        phase, plan_file = args.phase
        plan = json.loads(Path(plan_file).read_text())
        print(json.dumps(import_phase(plan) if phase == "import" else views_phase(plan)))
        return
    folder = Path(tempfile.mkdtemp(prefix="cellapp-province-"))
    server = None
    try:
        print(f"CellApp province benchmark, {datetime.now():%d/%m/%Y %H:%M}", flush=True)
        started = time.perf_counter()
        cells = make_cells(folder, args.cells)
        members = sum(c.member_count() for c in cells)
        print(
            f"{len(cells)} cells, {members} members: built from {TEMPLATES} demo cells in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
        stores = ["sqlite", "postgresql"] if args.store == "both" else [args.store]
        for store in stores:
            if store == "postgresql":
                server = PostgresServer(args.postgres, folder)
            run_store(store, cells, folder / store, server if store == "postgresql" else None, args.runs)
    finally:
        if server is not None:
            server.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
