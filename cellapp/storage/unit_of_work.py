"""The unit of work: one session and one transaction per user action, and the one place that stamps
sync versions and writes the audit log (docs/sync.md §5, DESIGN §4).

Every flush raises the node's change counter for each synced record written and stamps
`(ver_node, ver_ctr)` in the same transaction, and raises the revision of each unit whose records it
wrote (derived figures are kept per unit until then, `figure_cache`). Records applied from a bundle keep the sender's version
(`remote_apply`). Synced records are never deleted: they become tombstones (`deleted = True`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from cellapp.storage.database_errors import translate_database_error
from cellapp.storage.engine import immediate_options, import_options, snapshot_options
from cellapp.storage.figure_cache import raise_revisions
from cellapp.storage.records import AuditRecord, Base, NodeStateRecord, SyncedMixin, new_uuid

_UNAUDITED = (AuditRecord, NodeStateRecord)


class WorkspaceSession(Session):
    """A session that knows its node, unit and actor (in `info`) so the flush hook can stamp writes."""


class UnitOfWork:
    """`with uow: ...; uow.commit()`. Leaving the block without commit rolls everything back."""

    def __init__(
        self,
        engine: Engine,
        *,
        node_id: str,
        unit_uuid: str,
        actor: str,
        read_only: bool = False,
        remote_apply: bool = False,
    ) -> None:
        self._engine = engine
        self._info = {
            "node_id": node_id,
            "unit_uuid": unit_uuid,
            "actor": actor,
            "remote_apply": remote_apply,
        }
        self._read_only = read_only
        self._session: WorkspaceSession | None = None
        self._depth = 0

    @property
    def session(self) -> WorkspaceSession:
        if self._session is None:
            raise RuntimeError("unit of work used outside its with-block")
        return self._session

    @property
    def engine(self) -> Engine:
        """For a short transaction of its own beside this one (derived figures kept for later)."""
        return self._engine

    @property
    def unit_uuid(self) -> str:
        return str(self._info["unit_uuid"])

    @property
    def node_id(self) -> str:
        return str(self._info["node_id"])

    def __enter__(self) -> UnitOfWork:
        # Re-entering an open unit of work joins it: a service called by another service (an alert
        # provider, a status look-up) reads in the caller's transaction instead of replacing its session.
        self._depth += 1
        if self._depth > 1:
            return self
        if self._read_only:
            options = snapshot_options()
        elif self._info["remote_apply"]:
            options = import_options(self._engine)
        else:
            options = immediate_options()
        bind = self._engine.execution_options(**options)
        self._session = WorkspaceSession(bind=bind, expire_on_commit=False, info=dict(self._info))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._depth -= 1
        if self._depth > 0:
            return
        # close() ends any open transaction without committing it, and leaves loaded objects readable
        # (a rollback would expire them), so services may return values read inside the block.
        session = self.session
        self._session = None
        session.close()
        if isinstance(exc, DBAPIError):
            raise translate_database_error(exc) from exc

    def commit(self) -> None:
        if self._read_only:
            raise RuntimeError("read-only unit of work cannot commit")
        if self._depth > 1:
            raise RuntimeError("a joined unit of work is committed by the service that opened it")
        try:
            self.session.commit()
        except DBAPIError as error:
            raise translate_database_error(error) from error

    def flush(self) -> None:
        self.session.flush()


__all__ = ["UnitOfWork", "WorkspaceSession", "translate_database_error"]


@event.listens_for(WorkspaceSession, "before_flush")
def _stamp_versions_and_audit(session: Session, _context: Any, _instances: Any) -> None:
    info = session.info
    for obj in list(session.deleted):
        if isinstance(obj, SyncedMixin):
            raise RuntimeError(f"{type(obj).__name__} is synced: mark it deleted instead of deleting it")
    new = [o for o in session.new if isinstance(o, Base)]
    dirty = [o for o in session.dirty if isinstance(o, Base) and session.is_modified(o)]
    for obj in new + dirty:
        if isinstance(obj, SyncedMixin) and obj.uuid is None:
            obj.uuid = new_uuid()  # known before the insert, so the audit row can name it
        obj.before_write()
    synced = [o for o in new + dirty if isinstance(o, SyncedMixin)]
    if synced and not info.get("remote_apply"):
        # The row is locked to the end of the transaction (PostgreSQL; SQLite's write lock already is):
        # officers' instances sharing one store never take the same counter.
        node = session.get(NodeStateRecord, info["node_id"], with_for_update=True, populate_existing=True)
        if node is None:
            raise RuntimeError("the workspace has no current node")
        for obj in synced:
            node.counter += 1
            obj.ver_node = node.node_id
            obj.ver_ctr = node.counter
            if getattr(obj, "owner_unit", None) is None:
                obj.owner_unit = info["unit_uuid"]
    if synced:
        raise_revisions(session.connection(), _owners_touched(synced))
    actor = str(info.get("actor", "?"))
    for action, objects in (("insert", new), ("update", dirty), ("delete", list(session.deleted))):
        for obj in objects:
            if isinstance(obj, _UNAUDITED) or not isinstance(obj, Base) or not obj.__audited__:
                continue
            session.add(
                AuditRecord(
                    actor=actor,
                    node_id=info.get("node_id"),
                    action=action,
                    table_name=obj.__tablename__,
                    record_key=_record_key(obj),
                    changes=_changes(obj, action),
                )
            )


def _owners_touched(synced: Sequence[SyncedMixin]) -> set[str]:
    """The units whose records these writes change: the owner, and the former owner of a moved record."""
    owners: set[str] = set()
    for obj in synced:
        owners.add(obj.owner_unit)
        owners.update(inspect(obj).attrs.owner_unit.history.deleted or ())
    return owners


def _record_key(obj: Base) -> str:
    identity = inspect(obj).identity
    if identity:
        return ",".join(str(part) for part in identity)
    key = getattr(obj, "uuid", None) or getattr(obj, "id", None) or getattr(obj, "key", None)
    return str(key)


_SKIPPED_FIELDS = frozenset({"ver_node", "ver_ctr", "created_at", "updated_at", "search_text", "sort_key"})


def _changes(obj: Base, action: str) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    if action == "insert":
        # A new object's values are all in its dict; reading them there keeps large imports fast.
        values = state.dict
        for attr in state.mapper.column_attrs:
            name = attr.key
            value = values.get(name)
            if name not in _SKIPPED_FIELDS and value not in (None, "", {}, False):
                changes[name] = _jsonable(value)
        return changes
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in _SKIPPED_FIELDS:
            continue
        history = state.attrs[name].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[name] = [_jsonable(old), _jsonable(new)]
    return changes


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)
