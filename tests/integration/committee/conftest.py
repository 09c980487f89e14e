"""Committee fixtures: the demo committee of three cells built once per store (its records in SQLite, or in
PostgreSQL) and copied for each test; the cells' own workspaces are SQLite files either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from tests.helpers.stores import Stores, per_test, stores_for


@pytest.fixture(scope="session")
def committee_template(
    store: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    from cellapp.demo.committee import build_demo_committee

    root = tmp_path_factory.mktemp(f"committee-template-{store}") / "committee"
    build_demo_committee(
        root,
        cells=3,
        members=25,
        months=12,
        seed=11,
        today=DEMO_TODAY,
        database=stores_for(request, store).new_database(),
    )
    return root


@pytest.fixture
def committee_stores(store: str, request: pytest.FixtureRequest) -> Iterator[Stores]:
    yield from per_test(request, store)


@pytest.fixture
def committee_root(committee_template: Path, committee_stores: Stores, tmp_path: Path) -> Path:
    return committee_stores.copy_folder(committee_template, tmp_path / "committee")
