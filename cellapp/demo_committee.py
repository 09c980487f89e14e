"""A demo committee (the commune's party committee) with enrolled demo cells, built the way real people
would: the officer creates keys, sets reference data and a directive, invites each cell; each secretary
joins, and the cells' first files are imported. For `cellapp demo --committee --cells K`."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from cellapp.demo import build_demo_cell
from cellapp.demo_people import COMMITTEE_NAME, COMMUNE, PROVINCE, VILLAGES
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.directives import NewDirective, issue_directive, set_reference_value
from cellapp.services.enrolment import accept_enrolment, invite_cell, join_committee
from cellapp.services.sync_export import export_bundles
from cellapp.services.sync_identity import create_identity
from cellapp.services.sync_import import import_bundles
from cellapp.services.workspace import Workspace, create_workspace

COMMITTEE_CODE = "XM"
MAX_DEMO_CELLS = len(VILLAGES)

# Regional minimum wages (Nghị định 293/2025/NĐ-CP, domain.md §5.3), the base of party fees.
MINIMUM_WAGES = {"I": 5_310_000, "II": 4_730_000, "III": 4_140_000, "IV": 3_700_000}


def build_demo_committee(
    root: Path, *, cells: int = 5, members: int = 30, seed: int = 2026, today: date | None = None
) -> Workspace:
    today = today or date.today()
    hub = create_workspace(
        root,
        kind=UnitKind.COMMITTEE,
        name=COMMITTEE_NAME,
        level=CommitteeLevel.COMMUNE,
        upper_name=f"Đảng bộ tỉnh {PROVINCE}",
        place=COMMUNE,
        actor="demo",
    )
    create_identity(hub, code=COMMITTEE_CODE)
    for region, amount in MINIMUM_WAGES.items():
        set_reference_value(
            hub.uow(),
            kind=ReferenceKind.MINIMUM_WAGE,
            key=region,
            valid_from=date(2026, 1, 1),
            value={"amount": amount},
            title=f"Lương tối thiểu vùng {region}",
        )
    issue_directive(
        hub.uow(),
        NewDirective(
            number="12-CV/ĐU",
            title="Về tổ chức sinh hoạt chi bộ và thu nộp đảng phí quý IV",
            issued_on=today,
            issuing_body=COMMITTEE_NAME,
            text="Các chi bộ tổ chức sinh hoạt định kỳ và báo cáo kết quả thu nộp đảng phí trước ngày 10.",
        ),
    )
    with tempfile.TemporaryDirectory(prefix="cellapp-demo-") as scratch:
        folder = Path(scratch)
        for index in range(min(cells, MAX_DEMO_CELLS)):
            code, name = f"{COMMITTEE_CODE}-C{index + 1:02d}", f"Chi bộ thôn {VILLAGES[index]}"
            cell = build_demo_cell(
                folder / code, members=members, months=12, seed=seed + index, today=today, name=name
            )
            try:
                invitation = invite_cell(hub, code=code, name=name, out=folder, today=today)
                joined = join_committee(
                    cell, invitation_path=invitation.path, code=invitation.one_time_code, today=today
                )
                accept_enrolment(hub, joined.request_path, today=today)
                import_bundles(hub, [r.path for r in export_bundles(cell, to_dir=folder, today=today)])
            finally:
                cell.close()
    return hub
