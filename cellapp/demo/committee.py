"""The committee demo (`cellapp demo --committee --cells K`): a commune committee and K demo cells, each
enrolled, exported and imported through the real sync code, so the committee pages show real data.

The cells live in the `demo-cells/` sub-folder of the committee's folder (one folder to delete), each a
full cell workspace a tester can open to compare its figures with what the committee shows.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from cellapp.demo.cell import build_demo_cell
from cellapp.demo.people import COMMITTEE_NAME, COMMUNE, PROVINCE, VILLAGES
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.sync import (
    accept_enrolment,
    create_identity,
    export_bundles,
    import_bundles,
    invite_cell,
    join_committee,
)
from cellapp.services.workspace import Workspace, create_workspace

COMMITTEE_CODE = "XM"
CELLS_FOLDER = "demo-cells"


@dataclass(frozen=True)
class DemoCommittee:
    root: Path
    cells: tuple[Path, ...]  # each cell's workspace folder
    codes: tuple[str, ...]


def cell_code(index: int) -> str:
    return f"{COMMITTEE_CODE}-C{index + 1:02d}"


def cell_name(index: int) -> str:
    village = VILLAGES[index % len(VILLAGES)]
    round_ = index // len(VILLAGES)
    return f"Chi bộ thôn {village}" + (f" {round_ + 1}" if round_ else "")


def build_demo_committee(
    root: Path,
    *,
    cells: int = 12,
    members: int = 25,
    months: int = 12,
    seed: int = 2026,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    database: str | None = None,
) -> DemoCommittee:
    """`database`: keep the committee's records in this PostgreSQL database (the cells stay in SQLite)."""
    today = today or date.today()
    committee = create_workspace(
        root,
        kind=UnitKind.COMMITTEE,
        name=COMMITTEE_NAME,
        level=CommitteeLevel.COMMUNE,
        upper_name=f"Đảng bộ tỉnh {PROVINCE}",
        place=COMMUNE,
        actor="demo",
        database=database,
    )
    folders: list[Path] = []
    try:
        create_identity(committee, code=COMMITTEE_CODE)
        stick = root / CELLS_FOLDER / "stick"
        stick.mkdir(parents=True)
        for index in range(cells):
            folder = root / CELLS_FOLDER / cell_code(index)
            _enrol_cell(
                committee, folder, index, stick, members=members, months=months, seed=seed, today=today
            )
            folders.append(folder)
            if progress is not None:
                progress(index + 1, cells)
        shutil.rmtree(stick)
    finally:
        committee.close()
    return DemoCommittee(root, tuple(folders), tuple(cell_code(i) for i in range(cells)))


def _decide_review(committee: Workspace, cell_unit: str, today: date) -> None:
    """The standing committee decides the first cell's grades as proposed (the others wait)."""
    from cellapp.demo.review import review_year_of
    from cellapp.domain.errors import CellAppError
    from cellapp.services.review import decide_as_proposed

    year, _started, session = review_year_of(today)
    with suppress(CellAppError):  # the cell proposed nothing this year
        decide_as_proposed(
            committee.uow(),
            cell_unit,
            year,
            decided_by=f"Ban Thường vụ {COMMITTEE_NAME.replace('Đảng bộ', 'Đảng ủy')}",
            decided_on=min(today, session + timedelta(days=2)),
            decision_ref=f"{year - 2000 + 100}-QĐ/ĐU",
            today=today,
        )


def _enrol_cell(
    committee: Workspace,
    folder: Path,
    index: int,
    stick: Path,
    *,
    members: int,
    months: int,
    seed: int,
    today: date,
) -> None:
    """Build the cell, enrol it and carry its first bundle to the committee, like a secretary would."""
    code, name = cell_code(index), cell_name(index)
    cell = build_demo_cell(folder, members=members, months=months, seed=seed + index, today=today, name=name)
    try:
        invitation = invite_cell(committee, code=code, name=name, out=stick, today=today)
        joined = join_committee(
            cell, invitation_path=invitation.path, code=invitation.one_time_code, today=today
        )
        accept_enrolment(committee, joined.request_path, today=today)
        written = [r.path for r in export_bundles(cell, to_dir=stick, today=today)]
        import_bundles(committee, written)
        if index == 0:
            _decide_review(committee, cell.info.unit_uuid, today)
    finally:
        cell.close()
    for leftover in stick.iterdir():
        leftover.unlink()
