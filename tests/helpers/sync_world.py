"""A committee and two enrolled cells, built through the services like real users would, for sync tests.

Building one takes a few hundred milliseconds, so tests copy a template world (`copy_world`) instead.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import MetaData, Table, select

from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.fees import set_fee_book_start
from cellapp.services.members._register import MemberSummary, NewMember, add_members
from cellapp.services.sync._enrolment import accept_enrolment, invite_cell, join_committee
from cellapp.services.sync._export import ExportResult, export_bundles
from cellapp.services.sync._identity import create_identity
from cellapp.services.sync._import import import_bundles
from cellapp.services.sync._reports import ImportReport
from cellapp.services.workspace import Workspace, create_workspace, open_workspace
from cellapp.storage.engine import create_workspace_engine
from cellapp.storage.records import Base
from tests.helpers.stores import Stores, copy_folder

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
        from cellapp.services.sync._common import local_side

        return local_side(uow.session, workspace).code or ""


def build_world(root: Path, *, database: str | None = None) -> World:
    """`database`: the committee keeps its records in this PostgreSQL database (cells always in SQLite)."""
    stick = root / "stick"
    stick.mkdir(parents=True)
    hub = create_workspace(
        root / "hub",
        kind=UnitKind.COMMITTEE,
        name="Đảng bộ xã Bản Máy",
        level=CommitteeLevel.COMMUNE,
        actor="officer",
        database=database,
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


def copy_world(template: Path, target: Path, stores: Stores | None = None) -> World:
    """A copy of a world (a committee kept in PostgreSQL gets a copy of its database, dropped with `stores`'
    databases after the test if given, with the test server otherwise)."""
    if stores is None:
        copy_folder(template, target)
    else:
        stores.copy_folder(template, target)
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
    """The whole database as text: equal dumps mean nothing changed (SQLite's own SQL dump of the file; on
    PostgreSQL every table's rows in key order)."""
    if not workspace.location.is_postgres:
        connection = sqlite3.connect(workspace.paths.database)
        try:
            return "\n".join(connection.iterdump())
        finally:
            connection.close()
    lines = []
    with workspace.engine.connect() as connection:
        metadata = MetaData()
        metadata.reflect(connection)
        for table in sorted(metadata.tables.values(), key=lambda t: t.name):
            order = list(table.primary_key.columns) or list(table.columns)
            for row in connection.execute(select(table).order_by(*order)):
                lines.append(f"{table.name}: {tuple(_plain(v) for v in row)!r}")
    return "\n".join(lines)


def synced_rows(workspace: Workspace, table: str, owner: str | None = None) -> dict[str, tuple[object, ...]]:
    """uuid -> the row's values (without local display times and derived search and sort keys), optionally
    only one owner's. Values are read through the tables' types, so a PostgreSQL committee's rows compare
    equal to a SQLite cell's."""
    with workspace.engine.connect() as connection:
        known = Base.metadata.tables.get(table)
        if known is None:
            known = Table(table, MetaData(), autoload_with=connection)
        kept = [
            c for c in known.columns if c.name not in ("created_at", "updated_at", "search_text", "sort_key")
        ]
        query = select(*kept)
        if owner:
            query = query.where(known.c.owner_unit == owner)
        index = [c.name for c in kept].index("uuid")
        return {row[index]: tuple(_plain(v) for v in row) for row in connection.execute(query)}


def _plain(value: object) -> object:
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def _table(connection: object, name: str) -> Table:
    known = Base.metadata.tables.get(name)
    return known if known is not None else Table(name, MetaData(), autoload_with=connection)  # type: ignore[arg-type]


def delete_behind_its_back(workspace: Workspace, table: str, uuid: str) -> None:
    """Remove a row without CellApp knowing (a damaged disk, a bug): no version, no audit line."""
    with workspace.engine.begin() as connection:
        found = _table(connection, table)
        connection.execute(found.delete().where(found.c.uuid == uuid))


def copy_behind_its_back(workspace: Workspace, table: str, **changes: object) -> None:
    """Insert a copy of the table's first row with `changes`, without CellApp knowing (nor the database's
    foreign keys: SQLite's are off on a connection of its own, and on PostgreSQL the test user may turn
    them off for one transaction)."""
    postgres = workspace.location.is_postgres
    engine = (
        workspace.engine
        if postgres
        else create_workspace_engine(workspace.paths.database, foreign_keys=False)
    )
    try:
        with engine.begin() as connection:
            if postgres:
                connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            found = _table(connection, table)
            row = dict(connection.execute(select(found).limit(1)).mappings().one())
            row.update(changes)
            connection.execute(found.insert().values(**row))
    finally:
        if not postgres:
            engine.dispose()
