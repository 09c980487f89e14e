"""Shared fixtures. Qt runs offscreen; preferences go to a temporary folder; workspaces are real files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cellapp.domain.l10n import set_language

DEMO_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_preferences(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("CELLAPP_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("CELLAPP_DATA_DIR", raising=False)
    set_language("vi")
    yield
    set_language("vi")


@pytest.fixture(scope="session", autouse=True)
def _passphrases_derived_once() -> Iterator[None]:
    """age's scrypt takes about a second by design, and the suite would take it hundreds of times. The
    age files are still made and read by age: each (content, passphrase) is derived once and a repeat is
    taken from a cache. Minisign keys get a light work factor, which minisign reads back from the file."""
    from cellapp.sync import keystore

    seal, open_ = keystore._age_seal, keystore._age_open
    sealed: dict[tuple[bytes, str], bytes] = {}
    opened: dict[tuple[bytes, str], bytes | None] = {}

    def cached_seal(data: bytes, passphrase: str) -> bytes:
        if (data, passphrase) not in sealed:
            sealed[data, passphrase] = seal(data, passphrase)
            opened[sealed[data, passphrase], passphrase] = data
        return sealed[data, passphrase]

    def cached_open(data: bytes, passphrase: str) -> bytes:
        if (data, passphrase) not in opened:
            try:
                opened[data, passphrase] = open_(data, passphrase)
            except keystore.WrongPassphrase:
                opened[data, passphrase] = None
        found = opened[data, passphrase]
        if found is None:
            raise keystore.WrongPassphrase()
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keystore, "_age_seal", cached_seal)
        patch.setattr(keystore, "_age_open", cached_open)
        patch.setattr(keystore, "_MAX_LOG_N", 12)
        yield


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo cell built once per session; tests get their own copy (`demo_workspace`)."""
    from cellapp.demo import build_demo_cell

    root = tmp_path_factory.mktemp("demo-template") / "workspace"
    build_demo_cell(root, members=40, months=12, seed=7, today=DEMO_TODAY).close()
    return root


@pytest.fixture
def demo_root(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "workspace"
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo_workspace(demo_root: Path) -> Iterator[object]:
    from cellapp.services.workspace import open_workspace

    workspace = open_workspace(demo_root, actor="tester")
    yield workspace
    workspace.close()


@pytest.fixture
def cell_workspace(tmp_path: Path) -> Iterator[object]:
    from cellapp.domain.units import CommitteeLevel, UnitKind
    from cellapp.services.workspace import create_workspace

    workspace = create_workspace(
        tmp_path / "cell",
        kind=UnitKind.CELL,
        name="Chi bộ thôn Nậm Búng",
        committee_name="Đảng bộ xã Bản Máy",
        level=CommitteeLevel.COMMUNE,
        actor="tester",
    )
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """The PostgreSQL server of this run (CI's, or a throwaway one started here); skipped only when
    PostgreSQL is not installed or cannot be started."""
    from tests.helpers.postgres import URL_VARIABLE, Server, binaries

    if not os.environ.get(URL_VARIABLE) and binaries() is None:
        pytest.skip(
            "PostgreSQL is not installed (Debian package postgresql) and CELLAPP_TEST_POSTGRES_URL is not set: "
            "the committee's PostgreSQL store is not tested"
        )
    try:
        server = Server()
    except Exception as error:
        pytest.skip(f"PostgreSQL could not be started: {error}")
    yield server
    server.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> str:
    """The committee's store: its SQLite file, or a PostgreSQL database (storage, sync and committee suites)."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres_server")
    return str(request.param)


@pytest.fixture(scope="session")
def committee_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A committee demo of three cells, enrolled and imported through the real sync code, built once."""
    from cellapp.demo.committee import build_demo_committee

    root = tmp_path_factory.mktemp("committee-template") / "committee"
    build_demo_committee(root, cells=3, members=25, months=12, seed=11, today=DEMO_TODAY)
    return root


@pytest.fixture
def committee_root(committee_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "committee"
    shutil.copytree(committee_template, target)
    return target
