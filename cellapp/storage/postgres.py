"""The PostgreSQL engine of a committee store: connections, transaction modes, locks and PostgreSQL's own
error codes. All PostgreSQL specifics live here (SQLite's are in engine.py).

Transaction modes give several officers' CellApp on one database what SQLite gives one file:
- a write takes the store's write lock at its start (an advisory lock held to the end of the transaction),
  as SQLite's BEGIN IMMEDIATE does: local edits take the committee's one node counter in commit order, so
  a counter an export announces never has an uncommitted write below it;
- an import takes that lock shared, then the lock of each sending cell (`lock_senders`): imports of
  different cells run side by side; two imports of one cell's files (the same file twice, say) run one
  after the other, and the second finds the first in the ledger (a replay);
- a read sees one snapshot (REPEATABLE READ), as a SQLite reader in WAL mode does: figures computed from
  it match the revisions read with them.
A lock is waited for at most LOCK_TIMEOUT_MS; then the person is told the store is busy.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text

LOCK_TIMEOUT_MS = 15000
CONNECT_TIMEOUT_S = 10
# Advisory lock keys (two 32-bit keys): the store's write lock, and one lock per sending cell.
_STORE_LOCKS = 0x43454C4C  # "CELL"
_WRITE_KEY = 1
_SENDER_LOCKS = 0x43454C53  # "CELS"

BEGIN_OPTION = "cellapp_begin"


def require_driver() -> None:
    """psycopg is an optional extra (`cellapp[postgres]`): a cell's install does not carry it."""
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        from cellapp.domain.errors import WorkspaceError
        from cellapp.domain.l10n import T

        raise WorkspaceError(
            T(
                "This CellApp was installed without PostgreSQL support; install it with the 'postgres' "
                "extra (pip install 'cellapp[postgres]') to use a database server. Nothing was changed.",
                "Bản CellApp này được cài không kèm hỗ trợ PostgreSQL; hãy cài thêm phần 'postgres' (pip "
                "install 'cellapp[postgres]') để dùng máy chủ cơ sở dữ liệu. Chưa có gì bị thay đổi.",
            )
        ) from error


def create_postgres_engine(url: Any) -> Engine:
    require_driver()
    engine = create_engine(
        url,
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "CellApp",
            "options": f"-c lock_timeout={LOCK_TIMEOUT_MS} -c client_encoding=UTF8 -c timezone=UTC",
        },
    )

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(BEGIN_OPTION)
        if mode == "immediate":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_STORE_LOCKS}, {_WRITE_KEY})")
        elif mode == "import":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({_STORE_LOCKS}, {_WRITE_KEY})")
        elif mode == "snapshot":
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")

    return engine


def lock_for_migration(connection: Connection) -> None:
    """Only one CellApp migrates the store; another waits, then finds it up to date."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_STORE_LOCKS}, {_WRITE_KEY})")


def lock_senders(connection: Connection, senders: Iterable[str]) -> None:
    """Take each sending cell's lock, in one order for everyone (no two imports wait on each other)."""
    for sender in sorted(set(senders)):
        connection.execute(
            text(f"SELECT pg_advisory_xact_lock({_SENDER_LOCKS}, hashtext(:sender))"), {"sender": sender}
        )


def schema_revisions(connection: Connection) -> set[str] | None:
    """The Alembic revisions stamped in the store; None when it holds no CellApp schema yet."""
    if connection.scalar(text("SELECT to_regclass('alembic_version')")) is None:
        return None
    return {str(row[0]) for row in connection.execute(text("SELECT version_num FROM alembic_version"))}


def holds_tables(connection: Connection) -> bool:
    """Whether the database already holds tables of its own (not a CellApp store: never written to)."""
    return bool(
        connection.scalar(
            text(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_name <> 'alembic_version'"
            )
        )
    )


# SQLSTATE classes and codes (PostgreSQL documentation, appendix A).
_BUSY = {"55P03", "40P01", "40001"}  # lock timeout, deadlock, serialisation failure
_AUTH = {"28P01", "28000"}
_MISSING_DATABASE = {"3D000"}
_READ_ONLY = {"25006"}
_LOST_TEXT = (
    "server closed the connection",
    "connection is lost",
    "consuming input failed",
    "terminating connection",
    "connection already closed",
    "the connection is closed",
    "ssl syscall error",
    "eof detected",
)
_UNREACHABLE_TEXT = (
    "connection refused",
    "could not translate host",
    "name or service not known",
    "timeout expired",
    "no route to host",
    "no such file or directory",
    "network is unreachable",
    "connection failed",
)


def classify(error: BaseException) -> str | None:
    """'busy', 'auth', 'missing_database', 'read_only', 'lost' or 'unreachable' for a PostgreSQL error."""
    original = getattr(error, "orig", error)
    state = getattr(original, "sqlstate", None)
    if state in _BUSY:
        return "busy"
    if state in _AUTH:
        return "auth"
    if state in _MISSING_DATABASE:
        return "missing_database"
    if state in _READ_ONLY:
        return "read_only"
    message = str(original).lower()
    if state is not None and (state.startswith("08") or state.startswith("57P")):
        return "lost"
    if "password authentication failed" in message or "no password supplied" in message:
        return "auth"
    if "does not exist" in message and "database" in message:
        return "missing_database"
    if any(part in message for part in _LOST_TEXT):
        return "lost"
    if type(original).__module__.startswith("psycopg") and any(part in message for part in _UNREACHABLE_TEXT):
        return "unreachable"
    if getattr(error, "connection_invalidated", False):
        return "lost"
    return None
