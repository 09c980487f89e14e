"""Evaluation: what an SQLCipher-encrypted workspace would cost at start-up, against the plain SQLite one.

The same real start-up path as bench/startup.py (window shown, workspace opened, Overview filled, alerts
computed), in fresh processes, on a 40-member demo cell opened four ways:
  plain   the workspace as CellApp keeps it today (Python's own sqlite3);
  sqlcipher  the same unencrypted file through SQLCipher's library without a key: its SQLite is newer
          than the system's, so this, not plain, is what the cost of encryption is read against;
  raw     the same database encrypted by SQLCipher 4, opened with a raw 256-bit key (no key derivation);
  scrypt  encrypted, the key derived from a passphrase with scrypt (N=2^15, r=8, p=1: the work factor of
          py-minisign's own keys), as a passphrase-protected database would have to.
The four are run interleaved, so a change of load on the machine hits them alike; medians are printed.
Beside them, what one derivation at the sync keys' own work factor costs (age calibrates it to about a
second on the machine, keystore.py): the price of a database key as hard to guess as the keys.
CellApp does not depend on SQLCipher: install it to run this (`pip install sqlcipher3`).

    python bench/encrypted_database.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCRYPT = {"n": 2**15, "r": 8, "p": 1}
SALT = b"cellapp-bench-01"
PASSPHRASE = b"che xanh Ta Chai 2026"
ABORTED: dict[str, int] = {}  # start-up processes that died and were run again, by mode

# In the child: the workspace's engine and schema check replaced by SQLCipher ones (mode raw or scrypt).
PATCH = (
    r"""
import os, sys
from pathlib import Path
MODE = os.environ["BENCH_MODE"]
if MODE != "plain":
    import sqlcipher3
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool
    import cellapp.services.workspace as W
    if MODE == "scrypt":
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
        KEY = Scrypt(salt=SALT, length=32, **SCRYPT).derive(PASSPHRASE).hex()
    else:
        KEY = os.environ["BENCH_KEY"]

    def _connect(database):
        connection = sqlcipher3.connect(str(database), timeout=5, check_same_thread=False)
        if KEY:
            connection.execute(f"PRAGMA key = \"x'{KEY}'\"")
        return connection

    def engine(database, *, foreign_keys=True):
        made = create_engine("sqlite://", creator=lambda: _connect(database), poolclass=NullPool, module=sqlcipher3)

        @event.listens_for(made, "connect")
        def _pragmas(dbapi, _record):
            dbapi.isolation_level = None
            cursor = dbapi.cursor()
            for pragma in ("busy_timeout = 5000", "journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()

        @event.listens_for(made, "begin")
        def _begin(connection):
            mode = "IMMEDIATE" if connection.get_execution_options().get("cellapp_begin") == "immediate" else ""
            connection.exec_driver_sql(f"BEGIN {mode}".strip())

        return made

    def revisions(database):
        connection = _connect(database)
        try:
            return {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
        finally:
            connection.close()

    def up_to_date(database, backups):  # what upgrade_workspace does for a current file: read the stamp
        from cellapp.storage.migrate import SCHEMA_HEADS
        assert revisions(database) == set(SCHEMA_HEADS)

    W.create_workspace_engine = engine
    W.stamped_revisions = revisions
    W.upgrade_workspace = up_to_date
""".replace("SALT", repr(SALT))
    .replace("**SCRYPT", ", ".join(f"{k}={v}" for k, v in SCRYPT.items()))
    .replace("PASSPHRASE", repr(PASSPHRASE))
)

START = """
from cellapp.cli.context import CliContext
from ui.app import create_application, open_into
from ui.main_window import MainWindow
app = create_application("vi")
window = MainWindow()
window.resize(1280, 720)
window.show()
app.processEvents()
assert open_into(window, CliContext(data_dir=Path(sys.argv[1]), language="vi")) is None
app.processEvents()
assert window.pages[0].heading.text()
"""
WITH_DATA = PATCH + START + "os._exit(0)\n"
# A pause in the wait: see bench/startup.py (PySide6 6.12's processEvents() and None's reference count).
WITH_ALERTS = (
    PATCH
    + START
    + "import time\nwhile window.tasks.busy:\n    app.processEvents()\n    time.sleep(0.001)\nos._exit(0)\n"
)


def _time(code: str, mode: str, root: Path, key: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), BENCH_MODE=mode, BENCH_KEY=key)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _attempt in range(5):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, str(root)], env=env, cwd=str(ROOT), capture_output=True
        )
        if done.returncode == 0:
            return time.perf_counter() - start
        ABORTED[mode] = ABORTED.get(mode, 0) + 1  # see the note printed at the end
    raise SystemExit(done.stderr.decode(errors="replace")[-2000:])


def _keys_log_n() -> int:
    """The scrypt work factor age picks on this machine, read from a file it seals (as keystore.py does)."""
    import re

    import pyrage

    sealed = bytes(pyrage.passphrase.encrypt(b"x", PASSPHRASE.decode(), armored=False))
    found = re.search(rb"^-> scrypt \S+ (\d+)$", sealed, re.MULTILINE)
    assert found is not None
    return int(found.group(1))


def _encrypted_copy(plain: Path, target: Path, key: str) -> None:
    import sqlcipher3

    shutil.copytree(plain, target)
    (target / "cellapp.db").unlink()
    connection = sqlcipher3.connect(str(plain / "cellapp.db"))
    try:
        connection.execute(f"ATTACH DATABASE '{target / 'cellapp.db'}' AS encrypted KEY \"x'{key}'\"")
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    try:
        import sqlcipher3
    except ImportError:
        print("sqlcipher3 is not installed (pip install sqlcipher3); nothing measured")
        return
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    from cellapp.demo import build_demo_cell

    started = time.perf_counter()
    Scrypt(salt=SALT, length=32, **SCRYPT).derive(PASSPHRASE)
    scrypt_ms = (time.perf_counter() - started) * 1000
    keys_log_n = _keys_log_n()
    started = time.perf_counter()
    Scrypt(salt=SALT, length=32, n=2**keys_log_n, r=8, p=1).derive(PASSPHRASE)
    keys_ms = (time.perf_counter() - started) * 1000
    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "plain"
        build_demo_cell(plain, members=40, months=12, today=date(2026, 11, 23)).close()
        raw_key = os.urandom(32).hex()
        derived = Scrypt(salt=SALT, length=32, **SCRYPT).derive(PASSPHRASE).hex()
        copies = {"plain": (plain, ""), "sqlcipher": (plain, ""), "raw": (Path(folder) / "raw", raw_key)}
        copies["scrypt"] = (Path(folder) / "scrypt", derived)
        _encrypted_copy(plain, copies["raw"][0], raw_key)
        _encrypted_copy(plain, copies["scrypt"][0], derived)
        for code in (WITH_DATA, WITH_ALERTS):  # warm the caches, write the bytecode
            for mode, (root, key) in copies.items():
                _time(code, mode, root, key)
        print(f"SQLCipher {version}; scrypt N=2^15 alone: {scrypt_ms:.0f} ms; load {os.getloadavg()[0]:.2f}")
        for label, code in (("window with workspace data", WITH_DATA), ("... and its alerts", WITH_ALERTS)):
            times: dict[str, list[float]] = {mode: [] for mode in copies}
            for _ in range(runs):
                for mode, (root, key) in copies.items():
                    times[mode].append(_time(code, mode, root, key))
            base = statistics.median(times["plain"])
            unkeyed = statistics.median(times["sqlcipher"])
            for mode, values in times.items():
                median = statistics.median(values)
                against = (
                    f"{100 * (median / unkeyed - 1):+5.1f}% on sqlcipher" if mode in ("raw", "scrypt") else ""
                )
                print(
                    f"{label:28} {mode:9} {median * 1000:6.0f} ms  {100 * (median / base - 1):+5.1f}%  {against}".rstrip()
                )
            share = 100 * keys_ms / (base * 1000)
            print(
                f"{label:28} + a key at the keys' work factor (N=2^{keys_log_n}): {keys_ms:.0f} ms, {share:+.0f}%"
            )
    print(f"(median of {runs} processes each; load now {os.getloadavg()[0]:.2f})")
    if ABORTED:
        print(f"start-up processes that aborted and were run again: {ABORTED}")


if __name__ == "__main__":
    main()
