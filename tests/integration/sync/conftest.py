"""Sync fixtures: a committee with two enrolled cells, built once per session and copied for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.sync_world import World, build_world, copy_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sync-template") / "world"
    build_world(root).close()
    return root


@pytest.fixture
def world(world_template: Path, tmp_path: Path) -> Iterator[World]:
    built = copy_world(world_template, tmp_path / "world")
    yield built
    built.close()
