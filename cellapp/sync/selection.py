"""What one side sends the other (docs/sync.md §5, §6): the scope of a direction, the changes its
acknowledgement does not cover, set-hashes, and the history that travels with a transferred member.

A direction's scope is evaluated the same way on either side's database, so the two set-hashes of one
scope can be compared:
- cell → committee: every record the cell owns;
- committee → cell: committee-only kinds addressed to the cell, the committee's own rows of tables marked
  `down`, and the records the cell owns as the committee holds them (so a cell that restored an old backup,
  or adopted a transferred member, gets them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, false, or_, select
from sqlalchemy.orm import Session

from cellapp.sync.canonical import VERSION_FIELDS, set_hash, to_json_value
from cellapp.sync.tables import MEMBER_TABLE, SyncedTable, Writer, synced_tables


@dataclass(frozen=True)
class Direction:
    sender: str  # unit uuid
    recipient: str
    hub: str

    @property
    def down(self) -> bool:
        return self.sender == self.hub


def scope_condition(table: SyncedTable, direction: Direction) -> ColumnElement[bool]:
    c = table.table.c
    if not direction.down:
        if table.policy.writer is Writer.HUB:
            return false()
        return c.owner_unit == direction.sender
    if table.policy.writer is Writer.HUB:
        return c.owner_unit == direction.hub
    if table.policy.down:
        return or_(c.owner_unit == direction.recipient, c.owner_unit == direction.hub)
    return c.owner_unit == direction.recipient


def _in_scope(table: SyncedTable, direction: Direction, row: Any) -> bool:
    if direction.down and table.policy.writer is Writer.HUB:
        return table.addressed_to(row, direction.recipient)
    return True


def _not_acknowledged(table: SyncedTable, since: Mapping[str, int]) -> ColumnElement[bool]:
    c = table.table.c
    nodes = list(since)
    clauses: list[ColumnElement[bool]] = [and_(c.ver_node == node, c.ver_ctr > since[node]) for node in nodes]
    clauses.append(c.ver_node.not_in(nodes) if nodes else c.ver_node.is_not(None))
    return or_(*clauses)


def row_json(table: SyncedTable, row: Any) -> dict[str, Any]:
    """A record as it travels: its columns in JSON form, and the fields only a newer CellApp knows."""
    data = {column.name: to_json_value(column, getattr(row, column.name)) for column in table.columns}
    extra = getattr(row, "extra", None) or {}
    for key, value in extra.items():
        if key not in table.table.c:
            data[key] = value
    return data


def changes_for(
    session: Session, direction: Direction, since: Mapping[str, int]
) -> dict[str, list[dict[str, Any]]]:
    """Every record in the direction's scope whose version the recipient has not acknowledged."""
    found: dict[str, list[dict[str, Any]]] = {}
    connection = _connection(session)
    for table in synced_tables():
        query: Select[Any] = select(table.table).where(
            scope_condition(table, direction), _not_acknowledged(table, since)
        )
        rows = [row_json(table, row) for row in connection.execute(query) if _in_scope(table, direction, row)]
        if rows:
            found[table.name] = rows
    return found


@dataclass(frozen=True)
class ScopeSummary:
    hashes: dict[str, str]  # record type -> set-hash
    maxima: dict[str, int]  # node -> highest counter among the scope's versions


def summarise(session: Session, direction: Direction) -> ScopeSummary:
    hashes: dict[str, str] = {}
    maxima: dict[str, int] = defaultdict(int)
    connection = _connection(session)
    for table in synced_tables():
        c = table.table.c
        extra_columns = [c[name] for name in table.policy.addressed_by]
        query = select(*(c[name] for name in VERSION_FIELDS), *extra_columns).where(
            scope_condition(table, direction)
        )
        versions = []
        for row in connection.execute(query):
            if not _in_scope(table, direction, row):
                continue
            versions.append((row.uuid, row.owner_epoch, row.ver_node, row.ver_ctr, bool(row.deleted)))
            maxima[row.ver_node] = max(maxima[row.ver_node], row.ver_ctr)
        if versions:
            hashes[table.name] = set_hash(versions)
    return ScopeSummary(hashes=hashes, maxima=dict(maxima))


def _connection(session: Session) -> Connection:
    """The session's connection, with its pending changes written: plain queries over many rows skip the
    ORM's per-statement work."""
    session.flush()
    return session.connection()


def member_history(session: Session, member_uuids: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The member records and every record that follows them (tables referring to the member)."""
    if not member_uuids:
        return
    for table in synced_tables():
        if table.name == MEMBER_TABLE:
            column = table.table.c.uuid
        elif table.member_column is not None:
            column = table.table.c[table.member_column]
        else:
            continue
        for start in range(0, len(member_uuids), 500):
            chunk = member_uuids[start : start + 500]
            for row in session.execute(select(table.table).where(column.in_(chunk))):
                yield table.name, row_json(table, row)
