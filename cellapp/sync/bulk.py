"""Inserting many rows in one statement with little per-row cost: the statement is compiled once per table
and dialect, values go through the column types' own bind processors, then one `executemany`.

Imports of a province's files insert tens of thousands of records; SQLAlchemy's general insert path costs
more per call than the database does. The result is the same rows SQLAlchemy itself would write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Table, insert

_Plan = tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...]]
_plans: dict[tuple[int, str], _Plan] = {}


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (each holding every column of `table`)."""
    if not rows:
        return
    key = (id(table), connection.dialect.name)
    plan = _plans.get(key)
    if plan is None:
        columns = tuple(column.key for column in table.columns)
        compiled = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
        order = tuple(compiled.positiontup or columns)
        processors: tuple[Callable[[Any], Any] | None, ...] = tuple(
            # The dialect's own implementation of each type, as the ORM would use (SQLite stores TIME as text).
            table.columns[name].type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
            for name in order
        )
        plan = _plans[key] = (str(compiled), order, processors)
    sql, order, processors = plan
    parameters = [
        tuple(
            process(row[name]) if process is not None else row[name]
            for name, process in zip(order, processors, strict=True)
        )
        for row in rows
    ]
    connection.exec_driver_sql(sql, parameters)
