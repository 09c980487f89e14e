"""Which tables travel, in which order, and who may write them.

Every table whose record class uses `SyncedMixin` travels, under its table name as the record type, with
no change here: features add tables and they sync. The order puts parents before children (foreign keys)
and, where foreign keys leave a choice, reference data before the data that uses it.

Who may write a table is a small declarative policy with a safe default: records are written by the unit
that owns them (a cell's records travel up from the cell; a committee's own rows of such tables may go
down). Committee-only kinds (directives, reference data, transfers) are `Writer.HUB`. A feature that needs
something else adds one line to `SYNC_POLICIES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Column, Table

from cellapp.storage.records import Base, SyncedMixin
from cellapp.sync.canonical import Reader, reader_for


class Writer(StrEnum):
    OWNER = "owner"  # the owning unit writes; travels from the cell to the committee
    HUB = "hub"  # only the committee writes; travels from the committee to its cells


@dataclass(frozen=True)
class TablePolicy:
    writer: Writer = Writer.OWNER
    # OWNER tables only: the committee's own rows go down to every cell too (its own unit record).
    down: bool = False
    # Where foreign keys leave the order open: lower first (reference data 0, units 10, the rest 50).
    rank: int = 50
    # Derived on each side (search keys); never sent.
    local_columns: frozenset[str] = frozenset()
    # HUB tables: columns naming the cells a record is for (a unit uuid, or a JSON list where empty means
    # every cell). No columns: every cell.
    addressed_by: tuple[str, ...] = ()
    # The column naming the member whose history this row is, where no foreign key says so.
    member_column: str | None = None


SYNC_POLICIES: dict[str, TablePolicy] = {
    "reference_data": TablePolicy(writer=Writer.HUB, rank=0),
    # Dated fee rules are reference data the committee may update; built-in rows are owned by nobody.
    "fee_rule_sets": TablePolicy(writer=Writer.HUB, rank=0),
    "fee_rates": TablePolicy(writer=Writer.HUB, rank=1),
    "minimum_wages": TablePolicy(writer=Writer.HUB, rank=0),
    "retirement_ages": TablePolicy(writer=Writer.HUB, rank=0),
    "units": TablePolicy(rank=10, down=True),
    "members": TablePolicy(local_columns=frozenset({"search_text", "sort_key"})),
    # A member's party life and Regulation 213 introduction move with the member on a transfer.
    "member_events": TablePolicy(member_column="member_uuid"),
    "residence_introductions": TablePolicy(member_column="member_uuid"),
    "directives": TablePolicy(writer=Writer.HUB, rank=20, addressed_by=("to_units",)),
    # The annual review: a member's review follows the member; the committee's decisions go to the cell.
    "member_reviews": TablePolicy(member_column="member_uuid"),
    "review_decisions": TablePolicy(writer=Writer.HUB, rank=60, addressed_by=("cell_unit",)),
    "member_transfers": TablePolicy(writer=Writer.HUB, rank=90, addressed_by=("from_unit", "to_unit")),
}

# A member's history: records in tables with a foreign key to the member travel with the member when the
# committee transfers it (docs/sync.md §5). The column is found from the foreign key.
MEMBER_TABLE = "members"


@dataclass(frozen=True)
class SyncedTable:
    name: str
    record: type[Any]
    table: Table
    policy: TablePolicy
    columns: tuple[Column[Any], ...]  # the columns that travel (all but `extra` and local ones)
    parents: frozenset[str]  # synced tables this one refers to
    fk_columns: tuple[tuple[str, str], ...] = field(default=())  # (column, parent table) for synced parents
    member_column: str | None = None  # column referring to the member, for history that follows a member
    column_names: frozenset[str] = frozenset()  # of `columns`
    readers: dict[str, Reader] = field(default_factory=dict)  # column -> conversion from JSON

    def addressed_to(self, row: Any, unit_uuid: str) -> bool:
        """Whether a HUB record is meant for this cell."""
        if not self.policy.addressed_by:
            return True
        for name in self.policy.addressed_by:
            value = getattr(row, name)
            if isinstance(value, list):
                if not value or unit_uuid in value:
                    return True
            elif value == unit_uuid:
                return True
        return False


def synced_tables() -> tuple[SyncedTable, ...]:
    """Every synced table of the schema, parents first (then by rank and name)."""
    return _synced_tables(frozenset(Base.metadata.tables))


@cache
def _synced_tables(_schema: frozenset[str]) -> tuple[SyncedTable, ...]:
    found: dict[str, SyncedTable] = {}
    for mapper in Base.registry.mappers:
        record = mapper.class_
        table = mapper.local_table
        # Only tables of the schema: a mapped class whose table was taken out of the metadata is not ours.
        if not issubclass(record, SyncedMixin) or not isinstance(table, Table):
            continue
        if Base.metadata.tables.get(table.key) is not table:
            continue
        found[table.name] = _describe(record, table)
    return tuple(_topological(found))


def synced_table(name: str) -> SyncedTable | None:
    for table in synced_tables():
        if table.name == name:
            return table
    return None


def _describe(record: type[Any], table: Table) -> SyncedTable:
    policy = SYNC_POLICIES.get(table.name, TablePolicy())
    columns = tuple(c for c in table.columns if c.name != "extra" and c.name not in policy.local_columns)
    fk_columns: list[tuple[str, str]] = []
    member_column = policy.member_column
    for column in table.columns:
        for key in column.foreign_keys:
            parent = key.column.table.name
            fk_columns.append((column.name, parent))
            if parent == MEMBER_TABLE and table.name != MEMBER_TABLE and member_column is None:
                member_column = column.name
    return SyncedTable(
        name=table.name,
        record=record,
        table=table,
        policy=policy,
        columns=columns,
        parents=frozenset(parent for _, parent in fk_columns if parent != table.name),
        fk_columns=tuple(fk_columns),
        member_column=member_column,
        column_names=frozenset(column.name for column in columns),
        readers={column.name: reader_for(column) for column in columns},
    )


def _topological(tables: dict[str, SyncedTable]) -> list[SyncedTable]:
    ordered: list[SyncedTable] = []
    placed: set[str] = set()
    remaining = dict(tables)
    while remaining:
        ready = [t for t in remaining.values() if all(p in placed or p not in tables for p in t.parents)]
        if not ready:  # a cycle of foreign keys: fall back to rank order for the rest
            ready = list(remaining.values())
        chosen = min(ready, key=lambda t: (t.policy.rank, t.name))
        ordered.append(chosen)
        placed.add(chosen.name)
        del remaining[chosen.name]
    return ordered
