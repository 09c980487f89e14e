"""Inserting many rows in one statement with little per-row cost: the statement is compiled once per table
and dialect, values go through the column types' own bind processors, then one `executemany` (SQLite) or
one COPY (PostgreSQL, its fastest way in; the rows go through the same bind processors and psycopg's own
adapters, and an autoincrement key left empty is the server's to number).

Imports of a province's files insert hundreds of thousands of records; SQLAlchemy's general insert path
costs more per call than the database does. The result is the same rows SQLAlchemy itself would write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Integer, Table, insert

_Plan = tuple[str, tuple[str, ...], tuple[Callable[[Any], Any] | None, ...]]
_plans: dict[tuple[int, str], _Plan] = {}


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (each holding every column of `table`)."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        _copy(connection, table, rows)
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


_copy_plans: dict[int, _Plan] = {}


def _copy(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    plan = _copy_plans.get(id(table))
    if plan is None:
        dialect = connection.dialect
        # A serial key is numbered by the server (an audit line's id): COPY leaves it out.
        names = tuple(
            column.key
            for column in table.columns
            if not (column.primary_key and column.autoincrement is True and isinstance(column.type, Integer))
        )
        processors: tuple[Callable[[Any], Any] | None, ...] = tuple(
            table.columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        )
        quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
        sql = f"COPY {dialect.identifier_preparer.format_table(table)} ({quoted}) FROM STDIN"
        plan = _copy_plans[id(table)] = (sql, names, processors)
    sql, names, processors = plan
    pairs = tuple(zip(names, processors, strict=True))
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(sql) as copy:
        write = copy.write_row
        for row in rows:
            write(tuple(process(row[name]) if process is not None else row[name] for name, process in pairs))
