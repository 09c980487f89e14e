"""A committee workspace whose records are in PostgreSQL: created from the command line, joined by a second
officer, and every failure of the server told plainly with nothing written."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from cellapp.cli import main
from cellapp.domain.errors import UsageError, WorkspaceError
from cellapp.domain.units import CommitteeLevel, UnitKind
from cellapp.services.workspace import create_workspace, open_workspace
from cellapp.storage.location import PASSWORD_FILE
from tests.helpers import postgres


@pytest.fixture
def database(postgres_server: Any) -> Any:
    url = postgres_server.url_of(postgres_server.new_database())
    yield url
    postgres.drop_database(url)


def _committee(root: Path, database: str) -> Any:
    return create_workspace(
        root,
        kind=UnitKind.COMMITTEE,
        name="Đảng bộ huyện Mèo Vạc",
        level=CommitteeLevel.DISTRICT,
        database=database,
    )


def test_init_committee_with_a_database_keeps_records_on_the_server_and_keys_in_the_folder(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "committee"
    code = main(
        [
            "--data-dir",
            str(root),
            "init",
            "committee",
            "--name",
            "Đảng bộ huyện Mèo Vạc",
            "--database",
            database,
        ]
    )
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert code == 0 and "dữ liệu được lưu trong postgresql://" in out
    assert not (root / "cellapp.db").exists() and (root / "store.json").is_file()
    workspace = open_workspace(root)
    assert workspace.location.is_postgres and workspace.info.kind is UnitKind.COMMITTEE
    workspace.close()
    # A second officer's instance joins the same store: the same committee, not a new one.
    second = _committee(tmp_path / "second", database)
    assert second.info.unit_uuid == open_workspace(root).info.unit_uuid
    second.close()


def test_a_password_given_in_the_address_is_kept_apart_and_readable_by_its_owner_only(
    postgres_server: Any, tmp_path: Path
) -> None:
    name = postgres_server.new_database()
    with postgres._admin(postgres_server.url) as admin:
        admin.execute(f"CREATE ROLE {postgres.PASSWORD_USER} LOGIN PASSWORD 'đúng-mật-khẩu'")
        admin.execute(f'ALTER DATABASE "{name}" OWNER TO {postgres.PASSWORD_USER}')
    try:
        from sqlalchemy.engine import make_url

        base = make_url(postgres_server.url_of(name)).set(username=postgres.PASSWORD_USER)
        with pytest.raises(WorkspaceError) as refused:
            _committee(tmp_path / "wrong", base.set(password="sai").render_as_string(hide_password=False))
        assert "không chấp nhận tên người dùng hoặc mật khẩu" in refused.value.message.render("vi")
        assert not (tmp_path / "wrong" / "store.json").exists()
        root = tmp_path / "right"
        _committee(root, base.set(password="đúng-mật-khẩu").render_as_string(hide_password=False)).close()
        assert "đúng-mật-khẩu" not in (root / "store.json").read_text(encoding="utf-8")
        secret = root / "keys" / PASSWORD_FILE
        assert os.stat(secret).st_mode & 0o077 == 0
        open_workspace(root).close()
    finally:
        postgres.drop_database(postgres_server.url_of(name))
        with postgres._admin(postgres_server.url) as admin:
            admin.execute(f"DROP ROLE IF EXISTS {postgres.PASSWORD_USER}")


def test_an_unreachable_server_is_named_and_nothing_is_created(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as refused:
        _committee(tmp_path / "c", f"postgresql://cellapp@/cellapp?host={tmp_path}/nowhere&port=5999")
    assert refused.value.message.render("vi").startswith("Không kết nối được máy chủ cơ sở dữ liệu")
    assert not (tmp_path / "c" / "store.json").exists()


def test_a_server_gone_since_is_said_on_opening(database: str, tmp_path: Path) -> None:
    root = tmp_path / "c"
    _committee(root, database).close()
    setting = root / "store.json"
    setting.write_text(setting.read_text().replace("host=", f"host={tmp_path}/gone"), encoding="utf-8")
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(root)
    assert "Không kết nối được máy chủ" in refused.value.message.render("vi")


def test_a_store_of_a_newer_cellapp_is_refused_untouched(database: str, tmp_path: Path) -> None:
    root = tmp_path / "c"
    workspace = _committee(root, database)
    with workspace.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    workspace.close()
    with pytest.raises(WorkspaceError) as refused:
        open_workspace(root)
    assert "phiên bản CellApp mới hơn" in refused.value.message.render("vi")
    import psycopg

    with psycopg.connect(database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0099_from_the_future",)
        ]


def test_a_database_of_another_program_is_never_written(database: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(WorkspaceError) as refused:
        _committee(tmp_path / "c", database)
    assert "bảng của chương trình khác" in refused.value.message.render("vi")
    with psycopg.connect(database) as connection:
        assert connection.execute("SELECT to_regclass('alembic_version')").fetchone() == (None,)


def test_a_lost_connection_mid_import_saves_nothing_and_the_file_imports_later(
    database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cellapp.services.sync import _import as sync_import
    from cellapp.services.sync._import import import_bundles
    from tests.helpers.sync_world import add_people, build_world, dump

    world = build_world(tmp_path / "world", database=database)
    add_people(world.a, "Thào Văn Mất")
    [result] = world.export(world.a)

    def records() -> list[str]:
        # The committee's own node row is brought up to date before the import, in a transaction of its own.
        return [line for line in dump(world.hub).splitlines() if not line.startswith("sync_nodes:")]

    before = records()
    original = sync_import.run_pipeline

    def cut(session: Any, *args: Any, **kwargs: Any) -> Any:
        report = original(session, *args, **kwargs)
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with postgres._admin(database) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return report

    monkeypatch.setattr(sync_import, "run_pipeline", cut)
    [report] = import_bundles(world.hub, [result.path])
    assert report.outcome == "rejected"
    assert report.message.render("vi").startswith("Mất kết nối tới máy chủ cơ sở dữ liệu")
    assert records() == before
    monkeypatch.setattr(sync_import, "run_pipeline", original)
    [again] = import_bundles(world.hub, [result.path])
    assert again.outcome == "imported"
    world.close()


def test_a_cell_keeps_its_records_in_its_folder_and_an_address_is_checked(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as cell:
        create_workspace(
            tmp_path / "cell",
            kind=UnitKind.CELL,
            name="Chi bộ thôn Pả Vi",
            committee_name="Đảng bộ xã Pả Vi",
            database="postgresql://u@server/db",
        )
    assert "Chỉ cấp ủy" in cell.value.message.render("vi")
    with pytest.raises(UsageError) as address:
        _committee(tmp_path / "c", "mysql://officer:bí-mật@server/db")
    said = address.value.message.render("vi")
    assert "không phải địa chỉ PostgreSQL" in said and "bí-mật" not in said
