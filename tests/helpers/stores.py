"""Workspaces built once and copied for each test, on either store: a folder is copied as it is; a folder
whose records are in PostgreSQL also gets its own copy of the database (CREATE DATABASE … TEMPLATE), so a
test never writes to the template's database.

Databases made for one test are dropped after it (`Stores.drop_all`); those made for a module's or a
session's fixtures go with the throwaway server at the end of the run.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from cellapp.paths import WorkspacePaths
from cellapp.storage.location import parse_database_url, read_location, write_location
from tests.helpers import postgres


@dataclass
class Stores:
    """Hands out databases for one store kind: None on SQLite."""

    kind: str
    server: Any = None  # tests.helpers.postgres.Server on PostgreSQL
    made: list[str] = field(default_factory=list)

    def new_database(self, template: str | None = None) -> str | None:
        """The address of a new database (a copy of `template` if given); None on SQLite."""
        if self.server is None:
            return None
        url = str(self.server.url_of(self.server.new_database(template)))
        self.made.append(url)
        return url

    def copy_folder(self, template: Path, target: Path) -> Path:
        """Copy a workspace folder built on this store, its database too."""
        copy_folder(template, target, self.made)
        return target

    def drop_all(self) -> None:
        for url in self.made:
            postgres.drop_database(url)
        self.made.clear()


def copy_folder(template: Path, target: Path, made: list[str] | None = None) -> Path:
    """Copy a folder of workspaces; each one kept in PostgreSQL gets a copy of its database (its address is
    added to `made`)."""
    shutil.copytree(template, target)
    for root in sorted({p.parent for p in target.rglob("store.json")}):
        paths = WorkspacePaths(root)
        location = read_location(paths)
        assert location.url is not None
        url = postgres.clone_database(location.url)
        if made is not None:
            made.append(url)
        write_location(paths, parse_database_url(url))
    return target


def stores_for(request: pytest.FixtureRequest, kind: str) -> Stores:
    server = request.getfixturevalue("postgres_server") if kind == "postgresql" else None
    return Stores(kind, server)


def per_test(request: pytest.FixtureRequest, kind: str) -> Iterator[Stores]:
    """A fixture body: databases made during one test, dropped after it."""
    stores = stores_for(request, kind)
    yield stores
    stores.drop_all()


def describe(root: Path) -> dict[str, Any]:
    """What a folder's store setting says (tests of the setting itself)."""
    return dict(json.loads(WorkspacePaths(root).store.read_text(encoding="utf-8")))
