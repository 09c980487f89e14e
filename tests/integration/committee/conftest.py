"""A committee demo of three cells, built once per session through the real enrolment and sync code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY


@pytest.fixture(scope="session")
def committee_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cellapp.demo_committee import build_demo_committee

    root = tmp_path_factory.mktemp("committee-template") / "committee"
    build_demo_committee(root, cells=3, members=25, months=12, seed=11, today=DEMO_TODAY)
    return root


@pytest.fixture
def committee_root(committee_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "committee"
    shutil.copytree(committee_template, target)
    return target
