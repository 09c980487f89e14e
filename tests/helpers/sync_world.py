"""A committee and two enrolled cells, built through the services like real users would, for sync tests.

Building one takes a few hundred milliseconds, so tests copy a template world (`copy_world`) instead.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.enrolment import accept_enrolment, invite_cell, join_committee
from cellapp.services.fees import set_fee_book_start
from cellapp.services.members import MemberSummary, NewMember, add_members
from cellapp.services.sync_export import ExportResult, export_bundles
from cellapp.services.sync_identity import create_identity
from cellapp.services.sync_import import import_bundles
from cellapp.services.sync_reports import ImportReport
from cellapp.services.workspace import Workspace, create_workspace, open_workspace

TODAY = date(2026, 11, 23)
HUB_CODE, CELL_A, CELL_B = "BM", "BM-C01", "BM-C02"


@dataclass
class World:
    root: Path
    hub: Workspace
    a: Workspace
    b: Workspace

    @property
    def stick(self) -> Path:
        folder = self.root / "stick"
        folder.mkdir(exist_ok=True)
        return folder

    def close(self) -> None:
        for workspace in (self.hub, self.a, self.b):
            workspace.close()

    def export(self, workspace: Workspace, **options: object) -> list[ExportResult]:
        return export_bundles(workspace, to_dir=self.stick, today=TODAY, **options)  # type: ignore[arg-type]

    def send(self, source: Workspace, target: Workspace) -> list[ImportReport]:
        """Export from `source` and import what was written for `target`."""
        code = _code(target)
        options = {"cells": [code]} if source is self.hub else {}
        files = [r.path for r in self.export(source, **options) if r.peer_code == code]
        return import_bundles(target, files)


def _code(workspace: Workspace) -> str:
    with workspace.uow(read_only=True) as uow:
        from cellapp.services.sync_common import local_side

        return local_side(uow.session, workspace).code or ""


def build_world(root: Path) -> World:
    stick = root / "stick"
    stick.mkdir(parents=True)
    hub = create_workspace(
        root / "hub",
        kind=UnitKind.COMMITTEE,
        name="Đảng bộ xã Bản Máy",
        level=CommitteeLevel.COMMUNE,
        actor="officer",
    )
    create_identity(hub, code=HUB_CODE)
    cells = []
    for code, name in ((CELL_A, "Chi bộ thôn Nậm Búng"), (CELL_B, "Chi bộ thôn Tả Chải")):
        cell = create_workspace(
            root / code, kind=UnitKind.CELL, name=name, committee_name="Đảng bộ xã Bản Máy", actor="secretary"
        )
        # Both cells keep their fee book here from January of the year the tests are set in.
        set_fee_book_start(cell.uow(), ledger_start=Month(TODAY.year, 1), today=TODAY)
        invitation = invite_cell(hub, code=code, name=name, out=stick, today=TODAY)
        joined = join_committee(
            cell, invitation_path=invitation.path, code=invitation.one_time_code, today=TODAY
        )
        accept_enrolment(hub, joined.request_path, today=TODAY)
        cells.append(cell)
    for leftover in stick.iterdir():
        leftover.unlink()
    return World(root, hub, cells[0], cells[1])


def copy_world(template: Path, target: Path) -> World:
    shutil.copytree(template, target)
    return World(
        target,
        open_workspace(target / "hub", actor="officer"),
        open_workspace(target / CELL_A, actor="secretary"),
        open_workspace(target / CELL_B, actor="secretary"),
    )


def add_people(workspace: Workspace, *names: str) -> list[MemberSummary]:
    return add_members(
        workspace.uow(),
        [NewMember(full_name=name, sex=Sex.FEMALE if " Thị " in name else Sex.MALE) for name in names],
    )


def dump(workspace: Workspace) -> str:
    """The whole database as SQL text: equal dumps mean nothing changed."""
    connection = sqlite3.connect(workspace.paths.database)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def synced_rows(workspace: Workspace, table: str, owner: str | None = None) -> dict[str, tuple[object, ...]]:
    """uuid -> the row's values (without local display times and derived search and sort keys), optionally only one owner's."""
    connection = sqlite3.connect(workspace.paths.database)
    try:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        kept = [c for c in columns if c not in ("created_at", "updated_at", "search_text", "sort_key")]
        query = f"SELECT {', '.join(kept)} FROM {table}"
        rows = connection.execute(
            query + (" WHERE owner_unit = ?" if owner else ""), (owner,) if owner else ()
        )
        index = kept.index("uuid")
        return {row[index]: tuple(row) for row in rows}
    finally:
        connection.close()
