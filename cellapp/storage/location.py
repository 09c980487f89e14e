"""Where a workspace keeps its records: the SQLite file in its folder (every cell, and a committee by
default), or a PostgreSQL database named by the folder's `store.json` (a committee that outgrew one laptop).

The folder keeps everything else either way: keys, outbox, inbox, history, backups. `store.json` holds the
server's address without the password; a password given in the address is kept in `keys/` (a folder only
its owner may read), or libpq finds it itself (`PGPASSWORD`, `~/.pgpass`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cellapp.domain.errors import UsageError, WorkspaceError
from cellapp.domain.l10n import T
from cellapp.paths import WorkspacePaths

PASSWORD_FILE = "database-password"
POSTGRES_DRIVER = "postgresql+psycopg"


@dataclass(frozen=True)
class StoreLocation:
    """A workspace's database: `file` for SQLite, or a PostgreSQL address (`url`, password apart)."""

    file: Path | None = None
    url: str | None = None  # postgresql://user@host:port/database, no password
    password: str | None = None

    @property
    def is_postgres(self) -> bool:
        return self.url is not None

    @property
    def dialect(self) -> str:
        return "postgresql" if self.is_postgres else "sqlite"

    def display(self) -> str:
        """What a message names: the file, or the server and database (never the password)."""
        if self.file is not None:
            return str(self.file)
        return str(self.url)

    def sqlalchemy_url(self) -> Any:
        from sqlalchemy.engine import make_url

        if self.file is not None:
            return make_url(f"sqlite:///{self.file}")
        url = make_url(str(self.url)).set(drivername=POSTGRES_DRIVER)
        return url.set(password=self.password) if self.password else url


def sqlite_location(database: Path) -> StoreLocation:
    return StoreLocation(file=database)


def parse_database_url(text: str) -> StoreLocation:
    """A `postgresql://user[:password]@host[:port]/database` address given by a person, checked."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    bad = UsageError(
        T(
            "'{url}' is not a PostgreSQL address; write it as postgresql://user@server:5432/database.",
            "'{url}' không phải địa chỉ PostgreSQL; hãy viết dạng postgresql://người_dùng@máy_chủ:5432/tên_csdl.",
            url=_masked(text),
        )
    )
    try:
        url = make_url(text.strip())
    except ArgumentError as error:
        raise bad from error
    if url.get_backend_name() != "postgresql" or not url.database:
        raise bad
    password = url.password
    plain = url.set(drivername="postgresql", password=None)
    return StoreLocation(
        url=plain.render_as_string(hide_password=False), password=str(password) if password else None
    )


def _masked(text: str) -> str:
    head, at, tail = text.rpartition("@")
    if not at or ":" not in head.partition("//")[2]:
        return text
    scheme, _, credentials = head.partition("//")
    return f"{scheme}//{credentials.partition(':')[0]}:***@{tail}"


def read_location(paths: WorkspacePaths) -> StoreLocation:
    """The workspace's database; the SQLite file when the folder names no server."""
    setting = paths.store
    if not setting.is_file():
        return sqlite_location(paths.database)
    try:
        document = json.loads(setting.read_text(encoding="utf-8"))
        url = document["url"]
        if document.get("kind") != "postgresql" or not isinstance(url, str):
            raise ValueError(url)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise WorkspaceError(
            T(
                "{path} does not say which database this workspace uses; it may be damaged.",
                "{path} không cho biết đơn vị dùng cơ sở dữ liệu nào; tệp có thể đã hỏng.",
                path=str(setting),
            )
        ) from error
    try:
        password = (paths.keys / PASSWORD_FILE).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        password = None
    return StoreLocation(url=url, password=password)


def write_location(paths: WorkspacePaths, location: StoreLocation) -> None:
    """Record a PostgreSQL store in the folder (the password apart, readable by its owner only)."""
    assert location.url is not None
    paths.keys.mkdir(parents=True, exist_ok=True)
    if location.password:
        secret = paths.keys / PASSWORD_FILE
        secret.write_text(location.password + "\n", encoding="utf-8")
        os.chmod(secret, 0o600)
    document = {"kind": "postgresql", "url": location.url}
    temporary = paths.store.with_suffix(".tmp")
    temporary.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    os.replace(temporary, paths.store)
