"""Sync fixtures: a committee with two enrolled cells, built once per session and store and copied for each
test (the committee on SQLite, and on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.stores import Stores, per_test, stores_for
from tests.helpers.sync_world import World, build_world, copy_world


@pytest.fixture(scope="session")
def world_template(
    store: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    root = tmp_path_factory.mktemp(f"sync-template-{store}") / "world"
    build_world(root, database=stores_for(request, store).new_database()).close()
    return root


@pytest.fixture
def stores(store: str, request: pytest.FixtureRequest) -> Iterator[Stores]:
    yield from per_test(request, store)


@pytest.fixture
def world(world_template: Path, stores: Stores, tmp_path: Path) -> Iterator[World]:
    built = copy_world(world_template, tmp_path / "world", stores)
    yield built
    built.close()
