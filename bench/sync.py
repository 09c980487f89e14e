"""Sync benchmark: the figures the issue asks for.

1. One 60-member cell with a year of history: export and import times, and the bundle's size (target
   under 100 KB). The cell is a demo cell (every feature's demo history included) plus a year of monthly
   edits, exchanged with a real committee.
2. A committee importing the monthly files of 200 cells with 6,000 members (target under 10 s), against
   inserting the same rows with plain `sqlite3` in one transaction.
3. A province-sized store: 75,000 members from 3,700 cells (target under 60 s and 1 GB peak memory),
   imported in a separate process so its peak memory is its own.

Cells of figures 2 and 3 are synthetic: keys, enrolment and files are made with CellApp's own sync
layer (the same code a cell runs), without building thousands of cell workspaces. Their enrolment is
recorded directly (what `accept_enrolment` would record) so the set-up stays short; what is measured,
the import, runs through the real pipeline.

    python bench/sync.py            # full sizes (several minutes)
    python bench/sync.py --quick    # a tenth of the scale figures
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cellapp.demo import build_demo_cell  # noqa: E402
from cellapp.demo.people import make_people  # noqa: E402
from cellapp.domain.units import CommitteeLevel, UnitKind  # noqa: E402
from cellapp.services.sync import (  # noqa: E402
    accept_enrolment,
    create_identity,
    export_bundles,
    import_bundles,
    invite_cell,
    join_committee,
)
from cellapp.services.workspace import Workspace, create_workspace, open_workspace  # noqa: E402
from cellapp.storage.records import MemberRecord, SyncPeerRecord, utc_now  # noqa: E402
from cellapp.sync.container import FORMAT_DATA, Envelope, seal  # noqa: E402
from cellapp.sync.keys import NodeKeys, create_keys, load_keys  # noqa: E402
from cellapp.sync.payload import BUNDLE_SCHEMA, Contents, pack  # noqa: E402
from cellapp.sync.tables import synced_tables  # noqa: E402

TODAY = date(2026, 11, 23)


def _committee(root: Path) -> Workspace:
    hub = create_workspace(
        root, kind=UnitKind.COMMITTEE, name="Đảng bộ xã Xín Mần", level=CommitteeLevel.COMMUNE
    )
    create_identity(hub, code="XM")
    return hub


# ---------------------------------------------------------------------------------------------------
# 1. One cell, a year of history
# ---------------------------------------------------------------------------------------------------


def one_cell(folder: Path) -> dict[str, object]:
    stick = folder / "stick"
    stick.mkdir()
    hub = _committee(folder / "hub")
    cell = build_demo_cell(folder / "cell", members=60, months=12, seed=60, today=TODAY)
    invitation = invite_cell(hub, code="XM-C01", name="Chi bộ thôn Nấm Dẩn", out=stick, today=TODAY)
    joined = join_committee(cell, invitation_path=invitation.path, code=invitation.one_time_code, today=TODAY)
    accept_enrolment(hub, joined.request_path, today=TODAY)
    rng = random.Random(1)
    with cell.uow(read_only=True) as uow:
        uuids = [m.uuid for m in uow.session.query(MemberRecord).all()]
    for month in range(12):  # a year of monthly work: phone numbers, addresses, notes change
        with cell.uow() as uow:
            for member_uuid in rng.sample(uuids, 8):
                record = uow.session.get(MemberRecord, member_uuid)
                assert record is not None
                record.phone = f"09{rng.randrange(10**8):08d}"
                record.notes = f"Cập nhật tháng {month + 1}/2026"
            uow.commit()
    started = time.perf_counter()
    [full] = export_bundles(cell, to_dir=stick, today=TODAY)
    export_seconds = time.perf_counter() - started
    started = time.perf_counter()
    [report] = import_bundles(hub, [full.path])
    import_seconds = time.perf_counter() - started
    assert report.outcome == "imported", report.message.render("en")
    import_bundles(cell, [r.path for r in export_bundles(hub, to_dir=stick, cells=["XM-C01"], today=TODAY)])
    with cell.uow() as uow:  # the next month
        for member_uuid in rng.sample(uuids, 8):
            record = uow.session.get(MemberRecord, member_uuid)
            assert record is not None
            record.phone = f"09{rng.randrange(10**8):08d}"
        uow.commit()
    [monthly] = export_bundles(cell, to_dir=stick, today=TODAY)
    with hub.uow(read_only=True) as uow:
        rows = {
            t.name: uow.session.query(t.record).filter_by(owner_unit=cell.info.unit_uuid).count()
            for t in synced_tables()
        }
    cell.close()
    hub.close()
    return {
        "records": full.records,
        "rows_by_type": {k: v for k, v in rows.items() if v},
        "full_bytes": full.size,
        "monthly_bytes": monthly.size,
        "monthly_records": monthly.records,
        "export_s": export_seconds,
        "import_s": import_seconds,
    }


# ---------------------------------------------------------------------------------------------------
# Synthetic cells for the scale figures
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HubAddress:
    code: str
    fingerprint: str
    recipient: str
    unit: str


class SyntheticCell:
    """A cell made with the sync layer alone: its keys, unit, node, members, and the files it sends."""

    def __init__(self, index: int, folder: Path, members: int, rng: random.Random) -> None:
        self.code = f"XM-C{index:04d}"
        self.unit = str(uuid.uuid4())
        self.node = str(uuid.uuid4())
        self.keys: NodeKeys = create_keys(folder / self.code, self.node)
        self.counter = 0
        self.seq = 0
        self.people = make_people(rng, members)
        self.members: list[dict[str, object]] = []
        now = utc_now().isoformat()
        self.unit_row = self._stamp(
            {
                "uuid": self.unit,
                "code": self.code,
                "name": f"Chi bộ {self.code}",
                "kind": "cell",
                "level": None,
                "parent_uuid": None,
                "committee_name": "Đảng bộ xã Xín Mần",
                "upper_name": None,
                "place": None,
                "created_at": now,
                "updated_at": now,
            }
        )
        for person in self.people:
            self.members.append(
                self._stamp(
                    {
                        "uuid": str(uuid.uuid4()),
                        "full_name": person.full_name,
                        "other_name": None,
                        "sex": person.sex,
                        "birth_date": person.birth_date.isoformat(),
                        "ethnicity": person.ethnicity,
                        "religion": person.religion,
                        "citizen_id": person.citizen_id,
                        "card_number": person.card_number,
                        "home_town": person.home_town,
                        "residence": person.residence,
                        "phone": person.phone,
                        "occupation": person.occupation,
                        "admitted_on": "2001-05-19",
                        "official_on": "2002-05-19",
                        "status": "full",
                        "notes": None,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            )

    def _stamp(self, row: dict[str, object]) -> dict[str, object]:
        self.counter += 1
        row.update(
            owner_unit=self.unit, owner_epoch=0, ver_node=self.node, ver_ctr=self.counter, deleted=False
        )
        return row

    def edit(self, rng: random.Random, count: int) -> list[dict[str, object]]:
        changed = []
        for row in rng.sample(self.members, min(count, len(self.members))):
            row["phone"] = f"09{rng.randrange(10**8):08d}"
            changed.append(self._stamp(row))
        return changed

    def bundle(self, hub: HubAddress, rows: list[dict[str, object]], folder: Path) -> Path:
        self.seq += 1
        envelope = Envelope(
            FORMAT_DATA,
            self.code,
            self.node,
            hub.code,
            hub.fingerprint,
            str(uuid.uuid4()),
            self.seq,
            BUNDLE_SCHEMA,
        )
        records = {
            "units": [r for r in rows if r["uuid"] == self.unit],
            "members": [r for r in rows if r["uuid"] != self.unit],
        }
        manifest = {
            "from_unit": self.unit,
            "to_unit": hub.unit,
            "known": {self.node: self.counter},
            "since": {},
            "nodes": {self.node: [self.unit, 1]},
            "set_hashes": {"mine": {}, "yours": {}},
            "types": [t.name for t in synced_tables()],
            "full": False,
        }
        sealed = seal(
            envelope,
            pack(envelope, manifest, Contents(manifest={}, records=records)),
            self.keys,
            hub.recipient,
        )
        path = folder / envelope.file_name("20261123")
        path.write_bytes(sealed.data)
        return path


def enrol_synthetic(hub: Workspace, cells: list[SyntheticCell]) -> None:
    with hub.uow() as uow:
        for cell in cells:
            card = cell.keys.card(cell.code)
            uow.session.add(
                SyncPeerRecord(
                    unit_uuid=cell.unit,
                    code=cell.code,
                    name=f"Chi bộ {cell.code}",
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


def write_month(
    hub: Workspace, cells: list[SyntheticCell], folder: Path, rng: random.Random, *, first: bool
) -> list[Path]:
    keys = load_keys(hub.paths.keys)
    assert keys is not None
    address = HubAddress("XM", keys.card("XM").fingerprint, keys.age_recipient, hub.info.unit_uuid)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for cell in cells:
        rows = [cell.unit_row, *cell.members] if first else cell.edit(rng, 3)
        path = cell.bundle(address, rows, folder)
        files.append(path)
    return files


def scale(folder: Path, cells: int, members: int) -> dict[str, object]:
    rng = random.Random(cells)
    hub = _committee(folder / "hub")
    synthetic = [SyntheticCell(i + 1, folder / "keys", members // cells, rng) for i in range(cells)]
    enrol_synthetic(hub, synthetic)
    first = write_month(hub, synthetic, folder / "month1", rng, first=True)
    second = write_month(hub, synthetic, folder / "month2", rng, first=False)
    hub.close()
    return {"hub": str(folder / "hub"), "first": [str(p) for p in first], "second": [str(p) for p in second]}


def import_phase(plan_file: Path) -> None:
    """Run in a child process: import both months, print timings and peak memory as JSON."""
    plan = json.loads(plan_file.read_text())
    hub = open_workspace(Path(plan["hub"]))
    timings = {}
    for month in ("first", "second"):
        started = time.perf_counter()
        reports = import_bundles(hub, [Path(p) for p in plan[month]])
        timings[month] = time.perf_counter() - started
        bad = [r for r in reports if r.outcome != "imported"]
        assert not bad, bad[0].message.render("en")
    with hub.uow(read_only=True) as uow:
        members = uow.session.query(MemberRecord).count()
    hub.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "first_s": timings["first"],
                "monthly_s": timings["second"],
                "members": members,
                "peak_mb": peak_mb,
            }
        )
    )


def plain_sqlite_baseline(plan: dict[str, object], folder: Path) -> float:
    """The same member rows inserted with plain sqlite3, one transaction, into the same table."""
    hub_db = Path(str(plan["hub"])) / "cellapp.db"
    target = folder / "plain.db"
    source = sqlite3.connect(hub_db)
    schema = source.execute("SELECT sql FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    rows = source.execute("SELECT * FROM members").fetchall()
    source.close()
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(schema)
    started = time.perf_counter()
    with connection:
        connection.executemany(f"INSERT INTO members VALUES ({', '.join('?' for _ in rows[0])})", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def run_scale(cells: int, members: int) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="cellapp-bench-"))
    try:
        started = time.perf_counter()
        plan = scale(folder, cells, members)
        setup = time.perf_counter() - started
        plan_file = folder / "plan.json"
        plan_file.write_text(json.dumps(plan))
        child = subprocess.run(
            [sys.executable, __file__, "--import-phase", str(plan_file)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(child.stdout.strip().splitlines()[-1])
        result["baseline_s"] = plain_sqlite_baseline(plan, folder)
        result["setup_s"] = setup
        result["cells"] = cells
        result["bundle_kb"] = sum(Path(p).stat().st_size for p in plan["first"]) / 1024 / cells
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a tenth of the scale figures")
    parser.add_argument("--import-phase", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.import_phase:
        import_phase(args.import_phase)
        return
    divisor = 10 if args.quick else 1
    print(f"CellApp sync benchmark, {datetime.now():%d/%m/%Y %H:%M}{' (quick)' if args.quick else ''}")
    with tempfile.TemporaryDirectory(prefix="cellapp-bench-") as folder:
        cell = one_cell(Path(folder))
    print(
        f"1. One cell, 60 members, a year of history: {cell['records']} records {cell['rows_by_type']}\n"
        f"   full export {cell['full_bytes'] / 1024:.1f} KB (target < 100 KB) in {cell['export_s']:.2f} s, "
        f"imported in {cell['import_s']:.2f} s; a monthly file {cell['monthly_bytes'] / 1024:.1f} KB "
        f"({cell['monthly_records']} records)"
    )
    committee = run_scale(200 // divisor, 6000 // divisor)
    print(
        f"2. Committee, {committee['cells']} cells, {committee['members']} members: first import "
        f"{committee['first_s']:.2f} s (target < 10 s for the full size), a monthly round "
        f"{committee['monthly_s']:.2f} s; plain sqlite3 insert of the same member rows "
        f"{committee['baseline_s'] * 1000:.1f} ms (ratio {committee['first_s'] / committee['baseline_s']:.0f}x); "
        f"{committee['bundle_kb']:.1f} KB per file"
    )
    province = run_scale(3700 // divisor, 75000 // divisor)
    print(
        f"3. Province, {province['cells']} cells, {province['members']} members: first import "
        f"{province['first_s']:.1f} s (target < 60 s for the full size), a monthly round "
        f"{province['monthly_s']:.1f} s, peak memory {province['peak_mb']:.0f} MB (target < 1 GB)"
    )


if __name__ == "__main__":
    main()
