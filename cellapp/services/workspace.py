"""Opening and creating workspaces (DESIGN §3): checks, migration, node identity and incarnation.

A workspace is a folder holding `cellapp.db`, `keys/`, `backups/`, `outbox/`. A committee may keep its
records in PostgreSQL instead (`store.json` in the folder names the server, storage/location.py): several
officers' CellApp then share one store, each with its own folder. Opening never modifies a workspace it
refuses (newer schema, unreadable file, read-only folder, unreachable server).

Node identity: a SQLite file is one node, renewed when the file was copied or restored (the incarnation in
`keys/` no longer matches). A PostgreSQL store is one node too, shared by every officer's instance: its
counter is taken under a row lock in each writing transaction (unit_of_work), so no two instances stamp
the same version; the incarnation check does not apply (the store is not copied with a folder, and a
folder copied to a second officer's computer is exactly how a second instance is set up).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError

from cellapp import __version__
from cellapp.domain.errors import UsageError, WorkspaceError
from cellapp.domain.l10n import T
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.domain.vietnamese import nfc
from cellapp.paths import WorkspacePaths
from cellapp.storage.database_errors import translate_database_error
from cellapp.storage.engine import create_workspace_engine, snapshot_options
from cellapp.storage.location import StoreLocation, parse_database_url, read_location, write_location
from cellapp.storage.migrate import stamped_revisions, upgrade_workspace
from cellapp.storage.records import NodeStateRecord, UnitRecord, WorkspaceRecord, new_uuid, utc_now
from cellapp.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class WorkspaceInfo:
    root: Path
    kind: UnitKind
    unit_uuid: str
    unit_name: str
    unit_code: str | None
    committee_name: str | None
    committee_level: CommitteeLevel | None
    upper_name: str | None
    node_id: str
    node_renewed: bool


class Workspace:
    """An open workspace: hands out units of work to services. Holds no session itself."""

    def __init__(
        self,
        paths: WorkspacePaths,
        engine: Engine,
        info: WorkspaceInfo,
        actor: str,
        location: StoreLocation | None = None,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.info = info
        self.actor = actor
        self.location = location or StoreLocation(file=paths.database)

    @property
    def root(self) -> Path:
        return self.paths.root

    def uow(self, *, read_only: bool = False, remote_apply: bool = False) -> UnitOfWork:
        return UnitOfWork(
            self.engine,
            node_id=self.info.node_id,
            unit_uuid=self.info.unit_uuid,
            actor=self.actor,
            read_only=read_only,
            remote_apply=remote_apply,
        )

    def close(self) -> None:
        self.engine.dispose()


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows set-ups: the audit log still needs a name
        return "user"


def workspace_exists(root: Path) -> bool:
    return WorkspacePaths(root).holds_workspace()


def open_workspace(root: Path, *, actor: str | None = None) -> Workspace:
    paths = WorkspacePaths(root)
    if not paths.holds_workspace():
        raise WorkspaceError(
            T(
                "No CellApp workspace in {path}. Create one with 'cellapp init' or open the demo.",
                "Chưa có dữ liệu CellApp trong {path}. Hãy tạo bằng 'cellapp init' hoặc mở bản trình diễn.",
                path=str(root),
            )
        )
    _require_writable(root)
    location = read_location(paths)
    if not location.is_postgres:
        _require_writable(paths.database)
    stamped_revisions(location)  # unreadable files, unreachable servers are refused before any write
    upgrade_workspace(location, paths.backups)
    engine = create_workspace_engine(location)
    try:
        info = _load_info(engine, paths, location)
    except DBAPIError as error:
        engine.dispose()
        raise translate_database_error(error, location.display()) from error
    except Exception:
        engine.dispose()
        raise
    return Workspace(paths, engine, info, actor or _default_actor(), location)


def create_workspace(
    root: Path,
    *,
    kind: UnitKind,
    name: str,
    committee_name: str | None = None,
    level: CommitteeLevel | None = None,
    upper_name: str | None = None,
    place: str | None = None,
    actor: str | None = None,
    database: str | None = None,
) -> Workspace:
    """`database`: a PostgreSQL address for a committee's store. A store that already holds this committee
    is joined as it is (a second officer's instance); its name and level are the store's."""
    location = parse_database_url(database) if database else None
    if location is not None and kind is not UnitKind.COMMITTEE:
        raise UsageError(
            T(
                "Only a committee keeps its records on a database server; a cell's stay in its folder.",
                "Chỉ cấp ủy mới lưu dữ liệu trên máy chủ cơ sở dữ liệu; dữ liệu chi bộ nằm trong thư mục của chi bộ.",
            )
        )
    name = nfc(name)
    if not name:
        raise UsageError(T("The unit needs a name.", "Cần nhập tên đơn vị."))
    if kind is UnitKind.CELL and not (committee_name and nfc(committee_name)):
        raise UsageError(
            T("A cell needs the name of the committee above it.", "Chi bộ cần có tên cấp ủy cấp trên.")
        )
    paths = WorkspacePaths(root)
    if paths.holds_workspace():
        raise WorkspaceError(
            T(
                "{path} already holds a workspace; it was not changed.",
                "{path} đã có dữ liệu; không thay đổi gì.",
                path=str(root),
            )
        )
    try:
        for folder in (paths.root, paths.keys, paths.backups, paths.outbox):
            folder.mkdir(parents=True, exist_ok=True)
        os.chmod(paths.keys, 0o700)
    except OSError as error:
        raise _not_writable(root, error) from error
    _require_writable(root)
    if location is not None:
        return _create_on_server(
            paths, location, name=name, level=level, upper_name=upper_name, place=place, actor=actor
        )
    upgrade_workspace(paths.database, paths.backups)
    engine = create_workspace_engine(paths.database)
    _write_identity(
        engine,
        kind=kind,
        name=name,
        committee_name=committee_name,
        level=level,
        upper_name=upper_name,
        place=place,
        actor=actor,
        paths=paths,
    )
    engine.dispose()
    return open_workspace(root, actor=actor)


def _create_on_server(
    paths: WorkspacePaths,
    location: StoreLocation,
    *,
    name: str,
    level: CommitteeLevel | None,
    upper_name: str | None,
    place: str | None,
    actor: str | None,
) -> Workspace:
    """The store's schema, then its committee (unless the store already holds one), then the folder's
    setting last: a failure before leaves the folder without a workspace and the store as it was or empty."""
    upgrade_workspace(location, paths.backups)
    engine = create_workspace_engine(location)
    try:
        with engine.connect() as connection:
            existing = connection.execute(
                select(WorkspaceRecord.kind).where(WorkspaceRecord.id == 1)
            ).scalar()
        if existing is None:
            _write_identity(
                engine,
                kind=UnitKind.COMMITTEE,
                name=name,
                committee_name=None,
                level=level,
                upper_name=upper_name,
                place=place,
                actor=actor,
                paths=paths,
            )
        elif existing != UnitKind.COMMITTEE.value:
            raise WorkspaceError(
                T(
                    "The database {where} holds a cell's records, not a committee's; nothing was changed.",
                    "Cơ sở dữ liệu {where} chứa dữ liệu của một chi bộ, không phải của cấp ủy; chưa có gì bị thay đổi.",
                    where=location.display(),
                )
            )
    except DBAPIError as error:
        raise translate_database_error(error, location.display()) from error
    finally:
        engine.dispose()
    write_location(paths, location)
    return open_workspace(paths.root, actor=actor)


def _write_identity(
    engine: Engine,
    *,
    kind: UnitKind,
    name: str,
    committee_name: str | None,
    level: CommitteeLevel | None,
    upper_name: str | None,
    place: str | None,
    actor: str | None,
    paths: WorkspacePaths,
) -> None:
    unit_uuid = new_uuid()
    node = NodeStateRecord(node_id=new_uuid(), incarnation=new_uuid(), counter=0, current=True)
    uow = UnitOfWork(engine, node_id=node.node_id, unit_uuid=unit_uuid, actor=actor or _default_actor())
    with uow:
        uow.session.add(node)
        uow.flush()  # the node must exist before the flush hook can stamp the unit
        uow.session.add(
            UnitRecord(
                uuid=unit_uuid,
                owner_unit=unit_uuid,
                name=name,
                kind=kind.value,
                level=level.value if level else None,
                committee_name=nfc(committee_name) if committee_name else None,
                upper_name=nfc(upper_name) if upper_name else None,
                place=nfc(place) if place else None,
            )
        )
        uow.flush()
        uow.session.add(
            WorkspaceRecord(id=1, unit_uuid=unit_uuid, kind=kind.value, created_by_version=__version__)
        )
        uow.commit()
    _write_incarnation(paths, node.incarnation)


def _load_info(engine: Engine, paths: WorkspacePaths, location: StoreLocation) -> WorkspaceInfo:
    from sqlalchemy.orm import Session

    options = snapshot_options() if location.is_postgres else {"cellapp_begin": "immediate"}
    with Session(engine.execution_options(**options), expire_on_commit=False) as session:
        workspace = session.get(WorkspaceRecord, 1)
        if workspace is None:
            raise WorkspaceError(
                T(
                    "The workspace file has no identity; it may be damaged.",
                    "Tệp dữ liệu thiếu thông tin đơn vị.",
                )
            )
        unit = session.get(UnitRecord, workspace.unit_uuid)
        assert unit is not None
        node = session.scalars(select(NodeStateRecord).where(NodeStateRecord.current.is_(True))).one()
        renewed = False
        recorded = _read_incarnation(paths)
        if recorded != node.incarnation and not location.is_postgres:
            # Restored from a backup or copied to another machine: continue under a new node id so the
            # committee never mistakes two histories for one (docs/sync.md §2).
            node.current = False
            node.retired_at = utc_now()
            node.retired_reason = "incarnation_mismatch" if recorded else "incarnation_missing"
            successor = NodeStateRecord(node_id=new_uuid(), incarnation=new_uuid(), counter=0, current=True)
            session.add(successor)
            session.commit()
            _write_incarnation(paths, successor.incarnation)
            node, renewed = successor, True
        info = WorkspaceInfo(
            root=paths.root,
            kind=UnitKind(workspace.kind),
            unit_uuid=unit.uuid,
            unit_name=unit.name,
            unit_code=unit.code,
            committee_name=unit.committee_name,
            committee_level=CommitteeLevel(unit.level) if unit.level else None,
            upper_name=unit.upper_name,
            node_id=node.node_id,
            node_renewed=renewed,
        )
    return info


def _read_incarnation(paths: WorkspacePaths) -> str | None:
    try:
        return paths.incarnation.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def _write_incarnation(paths: WorkspacePaths, value: str) -> None:
    paths.keys.mkdir(parents=True, exist_ok=True)
    temporary = paths.incarnation.with_suffix(".tmp")
    temporary.write_text(value + "\n", encoding="ascii")
    os.replace(temporary, paths.incarnation)


def _require_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise _not_writable(path, None)


def _not_writable(path: Path, error: OSError | None) -> WorkspaceError:
    return WorkspaceError(
        T(
            "CellApp cannot write to {path}; check the folder's permissions. Nothing was changed.",
            "CellApp không ghi được vào {path}; hãy kiểm tra quyền của thư mục. Không có gì bị thay đổi.",
            path=str(path),
        )
    )


__all__ = [
    "Workspace",
    "WorkspaceInfo",
    "create_workspace",
    "open_workspace",
    "workspace_exists",
]
