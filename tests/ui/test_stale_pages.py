"""Pages follow what other screens change: after an import on the Sync page, the Members and Fees pages
shown earlier reload when shown again, and a change announced while a page is on screen reloads it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cellapp.services.members._transfers import transfer_member
from tests.helpers.gui import settle
from tests.helpers.sync_world import CELL_B, World, add_people, build_world
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.ops import Area
from ui.pages.fees_page import FeesPage
from ui.pages.members_page import MembersPage
from ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    built = build_world(tmp_path / "world")
    yield built
    built.close()


def _go(window: MainWindow, page_class: type) -> object:
    [page] = [p for p in window.pages if isinstance(p, page_class)]
    window.navigation.setCurrentRow(window.pages.index(page))
    settle(window)
    return page


def test_after_an_import_the_members_and_fees_pages_show_the_member_who_arrived(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    [member] = add_people(world.a, "Lý Thị Chuyển")
    world.send(world.a, world.hub)
    transfer_member(
        world.hub.uow(),
        member_uuid=member.uuid,
        to_cell=CELL_B,
        decided_on=date(2026, 11, 20),
        decision="15-QĐ/ĐU",
    )
    files = [r.path for r in world.export(world.hub, cells=[CELL_B]) if r.peer_code == CELL_B]
    window = MainWindow(world.b)
    qtbot.addWidget(window)
    members = _go(window, MembersPage)
    assert isinstance(members, MembersPage) and members.model.rowCount() == 0
    fees = _go(window, FeesPage)
    assert isinstance(fees, FeesPage) and fees.view is not None
    names_before = [row.full_name for row in fees.view.rows]
    assert "Lý Thị Chuyển" not in names_before
    sync = _go(window, SyncPage)
    assert isinstance(sync, SyncPage)
    sync.import_paths(files)
    qtbot.waitUntil(lambda: getattr(sync, "results", None) is not None, timeout=20000)
    assert members.stale and fees.stale and not sync.stale
    _go(window, MembersPage)
    assert [members.model.member_at(r).full_name for r in range(members.model.rowCount())] == [
        "Lý Thị Chuyển"
    ]
    _go(window, FeesPage)
    assert fees.view is not None and "Lý Thị Chuyển" in [row.full_name for row in fees.view.rows]


def test_a_change_announced_reloads_the_page_on_screen_at_once_and_leaves_others_for_later(
    qtbot, world: World
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(world.a)
    qtbot.addWidget(window)
    members = _go(window, MembersPage)
    assert isinstance(members, MembersPage) and members.model.rowCount() == 0
    fees = _go(window, FeesPage)
    add_people(world.a, "Giàng Seo Phử")
    window.ops.announce({Area.MEMBERS})
    assert isinstance(fees, FeesPage) and not fees.stale  # on screen: reloaded at once
    assert fees.view is not None and "Giàng Seo Phử" in [row.full_name for row in fees.view.rows]
    assert members.stale and members.model.rowCount() == 0  # not on screen: reloads when shown
    _go(window, MembersPage)
    assert members.model.rowCount() == 1 and not members.stale
    window.ops.announce({Area.MEETINGS})  # the register does not show meetings
    assert not members.stale
