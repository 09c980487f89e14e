"""A PostgreSQL server for the tests of the committee's PostgreSQL store.

`.ci/run` starts one (`python -m tests.helpers.postgres start FOLDER` prints its address) and exports
CELLAPP_TEST_POSTGRES_URL; a test run without that variable starts a throwaway server itself when Debian's
PostgreSQL binaries are installed, and stops it at the end. The server lives in a temporary folder, listens
only on a Unix socket there, and runs without fsync (its data is thrown away). PostgreSQL refuses to run as
root, so as root it runs as the `postgres` account the Debian package creates.

Tests get a database each (`new_database`), or a copy of a template database (`clone_database`, the
server's own CREATE DATABASE … TEMPLATE), dropped afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

URL_VARIABLE = "CELLAPP_TEST_POSTGRES_URL"
_USER = "cellapp"
# Every account is trusted on the socket but this one, which must give its password (tests of a wrong one).
PASSWORD_USER = "officer_with_password"


def binaries() -> Path | None:
    """The folder of Debian's PostgreSQL server programs (the newest version installed), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError as error:
        raise RuntimeError("running as root and there is no 'postgres' account to run the server") from error
    return ["runuser", "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(folder: Path, *, durable: bool = False) -> str:
    """initdb into `folder`, start the server on a socket there; returns the address of its `postgres` database.

    Tests' servers skip fsync (their data is thrown away); `durable` keeps a real server's settings
    (benchmarks)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's server programs are not installed (Debian package postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    prefix = _as_server_user()
    if prefix:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    port = _free_port()
    subprocess.run(
        [
            *prefix,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            _USER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_USER} scram-sha-256\n" + hba.read_text())
    options = f"-k {folder} -p {port} -c listen_addresses='' -c max_connections=200"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    subprocess.run(
        [
            *prefix,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    return f"postgresql://{_USER}@/postgres?host={folder}&port={port}"


def stop(folder: Path) -> None:
    bin_dir = binaries()
    if bin_dir is None or not (folder / "data").is_dir():
        return
    subprocess.run(
        [*_as_server_user(), str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"],
        check=False,
        capture_output=True,
    )


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _database_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)


def _admin(url: str):  # type: ignore[no-untyped-def]
    """A connection to the server's `postgres` database, outside any transaction (CREATE/DROP DATABASE)."""
    import psycopg

    return psycopg.connect(_with_database(url, "postgres"), autocommit=True)


def _leave(admin, name: str) -> None:  # type: ignore[no-untyped-def]
    # A template may have no other session; a test that opened a second instance of a workspace and left
    # it to the garbage collector may still hold a pooled connection to it.
    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))


def clone_database(url: str) -> str:
    """A copy of the database at `url` (the server's own CREATE DATABASE … TEMPLATE); its address."""
    template, name = _database_of(url), f"t_{uuid.uuid4().hex[:16]}"
    with _admin(url) as admin:
        _leave(admin, template)
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return _with_database(url, name)


def drop_database(url: str) -> None:
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{_database_of(url)}" WITH (FORCE)')


class Server:
    """A server for one test run: the one CI started, or one started here (and stopped by `close`)."""

    def __init__(self) -> None:
        self.folder: Path | None = None
        given = os.environ.get(URL_VARIABLE)
        if given:
            self.url = given
            return
        self.folder = Path(tempfile.mkdtemp(prefix="cellapp-pg-"))
        try:
            self.url = start(self.folder)
        except Exception:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def url_of(self, name: str) -> str:
        return _with_database(self.url, name)

    def new_database(self, template: str | None = None) -> str:
        """A new database's name (a copy of the database named `template`, if given)."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        with _admin(self.url) as admin:
            if template:
                _leave(admin, template)
            admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def close(self) -> None:
        if self.folder is not None:
            stop(self.folder)
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python -m tests.helpers.postgres start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        print(start(folder))
    else:
        stop(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
