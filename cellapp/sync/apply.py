"""Applying a bundle's records (docs/sync.md §7 steps 8 and 9), inside the import's one transaction.

Tables are applied parents first. Each record is checked against the table's policy (may this sender
write it?), then compared with our copy: a newer version replaces it, an older or equal one is skipped,
and a write that only a person can settle goes to the conflict queue with both values:
- at the committee, a late edit from a cell that no longer owns the record (a transfer moved it), or one
  made under an older ownership epoch;
- at a cell, a local change not yet acknowledged that a committee decision overtook.
Records of a type this CellApp does not know are held until an update teaches it the type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from cellapp.storage.figure_cache import raise_revisions
from cellapp.storage.records import AuditRecord, SyncConflictRecord, SyncHeldRecord, utc_now
from cellapp.sync.bulk import bulk_insert
from cellapp.sync.knowledge import Ranks, ranks_for, version_key
from cellapp.sync.selection import row_json
from cellapp.sync.tables import SyncedTable, Writer, synced_tables

_VERSION_TYPES: dict[str, type] = {
    "uuid": str,
    "owner_unit": str,
    "owner_epoch": int,
    "ver_node": str,
    "ver_ctr": int,
    "deleted": bool,
}


@dataclass(frozen=True)
class Sender:
    unit: str  # the sending unit
    is_hub: bool  # the committee sends; we are a cell
    me: str  # our unit
    bundle_id: str
    known_before: Mapping[str, int]  # our knowledge before this bundle: is a write new to us?
    acked_by_sender: Mapping[str, int]  # what the sender acknowledged of ours: unsent local changes
    actor: str = "sync"  # who imports, for the audit log


@dataclass
class ApplyResult:
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    held: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    written: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # type -> applied rows

    def counts(self) -> dict[str, int]:
        return {
            "added": sum(self.added.values()),
            "updated": sum(self.updated.values()),
            "skipped": sum(self.skipped.values()),
            "conflicts": self.conflicts,
            "rejected": len(self.rejected),
            "held": self.held,
        }


@contextmanager
def remote_writes(session: Session) -> Iterator[None]:
    """Inside a local unit of work, write records that keep the sender's version (not re-stamped)."""
    session.flush()
    before = session.info.get("remote_apply")
    session.info["remote_apply"] = True
    try:
        yield
        session.flush()
    finally:
        session.info["remote_apply"] = before


def apply_records(
    session: Session, sender: Sender, records: Mapping[str, list[dict[str, Any]]], *, held: bool = True
) -> ApplyResult:
    """Apply a bundle's records; `held` says whether records held back earlier may be waiting."""
    result = ApplyResult()
    pending = {name: list(rows) for name, rows in records.items()}
    if held:
        for name, rows in _take_held(session, sender.unit, {t.name for t in synced_tables()}).items():
            pending.setdefault(name, [])[:0] = rows
    present: dict[str, set[str]] = {}
    for table in synced_tables():
        rows = pending.pop(table.name, [])
        if rows:
            _apply_table(session, table, rows, sender, result, present)
    for name, rows in pending.items():
        for raw in rows:
            uuid = raw.get("uuid") if isinstance(raw, dict) else None
            if not isinstance(uuid, str) or len(uuid) > 36:
                result.rejected.append({"type": name, "uuid": str(uuid), "reason": "malformed"})
                continue
            session.merge(SyncHeldRecord(table_name=name[:60], uuid=uuid, from_unit=sender.unit, data=raw))
            result.held += 1
    return result


def _take_held(session: Session, sender_unit: str, known: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Held records of types we know now (after an update), from this sender: applied with this bundle."""
    rows = session.scalars(
        select(SyncHeldRecord).where(
            SyncHeldRecord.from_unit == sender_unit, SyncHeldRecord.table_name.in_(sorted(known))
        )
    ).all()
    taken: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        taken.setdefault(row.table_name, []).append(dict(row.data))
        session.delete(row)
    return taken


def _apply_table(
    session: Session,
    table: SyncedTable,
    rows: list[dict[str, Any]],
    sender: Sender,
    result: ApplyResult,
    present: dict[str, set[str]],
) -> None:
    parsed: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = []
    for raw in rows:
        try:
            values, extra = parse_record(table, raw)
        except (KeyError, ValueError, TypeError):
            uuid = raw.get("uuid") if isinstance(raw, dict) else None
            result.rejected.append({"type": table.name, "uuid": str(uuid), "reason": "malformed"})
            continue
        reason = _refusal(table, values, sender)
        if reason:
            result.rejected.append({"type": table.name, "uuid": values["uuid"], "reason": reason})
            continue
        parsed.append((values, extra, raw))
    parsed = _with_parents(session, table, parsed, result, present)
    local = _load(session, table, [values["uuid"] for values, _, _ in parsed])
    nodes = {v["ver_node"] for v, _, _ in parsed} | {obj.ver_node for obj in local.values()}
    ranks = ranks_for(session, nodes) if local else {}  # versions are compared only with our copies
    applied: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    seen = present.setdefault(table.name, set())
    for values, extra, raw in parsed:
        obj = local.get(values["uuid"])
        if obj is None:
            if values["uuid"] in seen or not _complete(table, values):  # twice in one file, or incomplete
                result.rejected.append({"type": table.name, "uuid": values["uuid"], "reason": "malformed"})
                continue
            seen.add(values["uuid"])
            inserts.append(_insert_values(table, values, extra))
            result.added[table.name] += 1
            applied.append(raw)
            continue
        seen.add(values["uuid"])
        verdict = _verdict(table, obj, values, sender, ranks)
        if verdict == "skip":
            result.skipped[table.name] += 1
            continue
        if verdict != "apply" and verdict != "apply_and_queue":
            if verdict in ("moved", "stale_epoch"):
                _queue(session, table, obj, raw, sender, verdict)
                result.conflicts += 1
                result.rejected.append({"type": table.name, "uuid": values["uuid"], "reason": "conflict"})
            else:
                result.rejected.append({"type": table.name, "uuid": values["uuid"], "reason": verdict})
            continue
        if verdict == "apply_and_queue":
            _queue(session, table, obj, raw, sender, "superseded")
            result.conflicts += 1
        for key, value in values.items():
            setattr(obj, key, value)
        obj.extra = extra
        if "updated_at" in values:
            flag_modified(obj, "updated_at")  # keep the sender's display time, not the import time
        result.updated[table.name] += 1
        applied.append(raw)
    if inserts:
        _insert(session, table, inserts, sender)
    if applied:
        result.written[table.name] = applied


class _Draft:
    """A new record's values as plain attributes, so its class's `before_write` can derive its stored
    fields without the cost of a mapped instance (`before_write` only reads and sets attributes)."""


def _insert_values(table: SyncedTable, values: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Every column of a new record: derived fields from the record's own `before_write`, defaults for
    what an older sender did not send."""
    draft = _Draft()
    draft.__dict__.update(dict.fromkeys(table.table.columns.keys()), **values, extra=extra)
    table.record.before_write(draft)
    row = draft.__dict__
    for column in table.table.columns:
        if row.get(column.key) is None and column.default is not None:
            default = column.default
            row[column.key] = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
    return row


def _insert(session: Session, table: SyncedTable, rows: list[dict[str, Any]], sender: Sender) -> None:
    """New records in one statement (the import of a province's files must stay fast), and their audit
    lines naming the file they came from."""
    connection = session.connection()
    bulk_insert(connection, table.table, rows)
    raise_revisions(connection, {row["owner_unit"] for row in rows})
    info, now = session.info, utc_now()
    bulk_insert(
        connection,
        AuditRecord.__table__,  # type: ignore[arg-type]
        [
            {
                "id": None,
                "at": now,
                "actor": sender.actor,
                "node_id": info.get("node_id"),
                "action": "insert",
                "table_name": table.name,
                "record_key": row["uuid"],
                "changes": {},
                "note": f"sync {sender.bundle_id}",
            }
            for row in rows
        ],
    )


def parse_record(table: SyncedTable, raw: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known columns converted from JSON; unknown fields kept as they came (they go back unchanged)."""
    if not isinstance(raw, dict):
        raise TypeError("a record is an object")
    for name, kind in _VERSION_TYPES.items():
        value = raw[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(name)
    if len(raw["uuid"]) > 36 or len(raw["owner_unit"]) > 36 or len(raw["ver_node"]) > 36:
        raise ValueError("identifier too long")
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    readers, columns = table.readers, table.table.c
    for key, value in raw.items():
        read = readers.get(key)
        if read is not None:
            values[key] = None if value is None else read(value)
        elif key not in columns:
            extra[key] = value
    return values, extra


def _refusal(table: SyncedTable, values: dict[str, Any], sender: Sender) -> str | None:
    """Step 8: may this sender write this record at all?"""
    if table.policy.writer is Writer.HUB:
        if not sender.is_hub:
            return "hub_only"
        return None if values["owner_unit"] == sender.unit else "not_owner"
    if sender.is_hub:
        return None  # the committee relays records of its cells: transfers, a cell's own lost records
    return None if values["owner_unit"] == sender.unit else "not_owner"


def _verdict(table: SyncedTable, obj: Any, values: dict[str, Any], sender: Sender, ranks: Ranks) -> str:
    if not sender.is_hub:
        new_to_us = values["ver_ctr"] > sender.known_before.get(values["ver_node"], 0)
        if obj.owner_unit != sender.unit:
            return "moved" if new_to_us else "skip"
        if obj.owner_epoch > values["owner_epoch"]:
            return "stale_epoch" if new_to_us else "skip"
        if values["owner_epoch"] > obj.owner_epoch:
            return "epoch"  # only the committee opens a new epoch
    incoming = version_key(
        values["owner_unit"], values["owner_epoch"], values["ver_node"], values["ver_ctr"], ranks
    )
    ours = version_key(obj.owner_unit, obj.owner_epoch, obj.ver_node, obj.ver_ctr, ranks)
    if incoming <= ours:
        return "skip"
    if (
        sender.is_hub
        and obj.owner_unit == sender.me
        and values["owner_epoch"] > obj.owner_epoch
        and obj.ver_ctr > sender.acked_by_sender.get(obj.ver_node, 0)
    ):
        return "apply_and_queue"
    return "apply"


def _with_parents(
    session: Session,
    table: SyncedTable,
    parsed: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]],
    result: ApplyResult,
    present: dict[str, set[str]],
) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """Refuse records whose synced parent is neither here nor in this bundle (a foreign key would fail)."""
    synced = {t.name: t for t in synced_tables()}
    links = [(column, parent) for column, parent in table.fk_columns if parent in synced]
    if not links:
        return parsed
    batch = {values["uuid"] for values, _, _ in parsed}
    kept = []
    for column, parent in links:
        wanted = {values[column] for values, _, _ in parsed if values.get(column) is not None}
        wanted -= present.get(parent, set())
        if parent == table.name:
            wanted -= batch
        found = set(_load(session, synced[parent], sorted(wanted), columns_only=True))
        present.setdefault(parent, set()).update(found)
    for item in parsed:
        values = item[0]
        missing = [
            column
            for column, parent in links
            if values.get(column) is not None
            and values[column] not in present.get(parent, set())
            and not (parent == table.name and values[column] in batch)
        ]
        if missing:
            result.rejected.append({"type": table.name, "uuid": values["uuid"], "reason": "missing_parent"})
        else:
            kept.append(item)
    return kept


def _load(
    session: Session, table: SyncedTable, uuids: Iterable[str], columns_only: bool = False
) -> dict[str, Any]:
    wanted = list(uuids)
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        if columns_only:
            for (uuid,) in session.execute(select(table.table.c.uuid).where(table.table.c.uuid.in_(chunk))):
                found[uuid] = True
        else:
            for obj in session.scalars(select(table.record).where(table.table.c.uuid.in_(chunk))):
                found[obj.uuid] = obj
    return found


def _complete(table: SyncedTable, values: dict[str, Any]) -> bool:
    """A new record must bring every required column (an older sender may lack only optional ones)."""
    for column in table.columns:
        if column.nullable or column.default is not None or column.server_default is not None:
            continue
        if values.get(column.name) is None:
            return False
    return True


def _queue(
    session: Session, table: SyncedTable, obj: Any, raw: dict[str, Any], sender: Sender, reason: str
) -> None:
    session.add(
        SyncConflictRecord(
            table_name=table.name,
            record_uuid=obj.uuid,
            from_unit=sender.unit,
            bundle_id=sender.bundle_id,
            reason=reason,
            local=row_json(table, obj),
            incoming=raw,
        )
    )
