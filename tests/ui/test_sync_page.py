"""The Sync page and its dialogs, driving real services on a committee and two enrolled cells: joining
after comparing fingerprints, exporting to a stick with progress and "safe to remove", importing with a
report per file, and the conflict queue showing both values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from cellapp.domain.units import UnitKind
from cellapp.services.members._transfers import transfer_member
from cellapp.services.sync._enrolment import invite_cell
from cellapp.services.workspace import create_workspace
from cellapp.storage.records import MemberRecord
from tests.helpers.gui import settle
from tests.helpers.sync_world import World, add_people, build_world
from ui.dialogs.enrolment_dialogs import JoinDialog
from ui.dialogs.export_dialog import ExportDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    built = build_world(tmp_path / "world")
    yield built
    built.close()


def _sync_page(window: MainWindow) -> SyncPage:
    [page] = [p for p in window.pages if isinstance(p, SyncPage)]
    window.navigation.setCurrentRow(window.pages.index(page))
    settle(window)
    return page


def test_a_secretary_joins_after_comparing_the_fingerprint(  # type: ignore[no-untyped-def]
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cell = create_workspace(
        tmp_path / "c3", kind=UnitKind.CELL, name="Chi bộ thôn Sín Chải", committee_name="X"
    )
    invitation = invite_cell(world.hub, code="BM-C03", name="Chi bộ thôn Sín Chải", out=world.stick)
    window = MainWindow(cell)
    qtbot.addWidget(window)
    page = _sync_page(window)
    assert page.partner.text() == "chưa đăng ký: hãy xin cấp ủy tệp mời"
    assert not page.export_button.isEnabled() and page.join_steps.isVisibleTo(page)
    assert "Đăng ký với cấp ủy" in page.join_steps.findChild(QLabel, "joinStepsText").text()
    opened: list[JoinDialog] = []
    monkeypatch.setattr(JoinDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    QTest.mouseClick(page.join_button, Qt.MouseButton.LeftButton)  # the step's own button starts joining
    assert len(opened) == 1
    dialog = JoinDialog(cell, page)
    qtbot.addWidget(dialog)
    dialog.open_invitation(str(invitation.path))
    assert dialog.fingerprint.text() == invitation.hub_fingerprint
    qtbot.keyClicks(dialog.code, invitation.one_time_code)
    dialog.join()
    assert dialog.error.text().startswith("Hãy so mã nhận dạng với thẻ giấy")
    dialog.matches.setChecked(True)
    dialog.join()
    assert dialog.error.text() == "" and "Đã đăng ký với mã BM-C03" in dialog.result.text()
    page.refresh()
    settle(window)
    assert page.partner.text() == "Đảng bộ xã Bản Máy (BM)" and page.export_button.isEnabled()
    assert page.partner_fp.text() == invitation.hub_fingerprint
    assert not page.join_steps.isVisibleTo(page)  # joined: the steps make way


def test_export_shows_progress_then_says_the_stick_is_safe_to_remove(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    add_people(world.a, "Giàng Seo Phử")
    window = MainWindow(world.a)
    qtbot.addWidget(window)
    page = _sync_page(window)
    assert page.pending.text() == "2 bản ghi chưa được xác nhận"
    dialog = ExportDialog(world.a, window.tasks, page)
    qtbot.addWidget(dialog)
    dialog._add_target("USB", world.stick)
    dialog.targets.setCurrentRow(dialog.targets.count() - 1)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=20000)
    assert "Có thể rút USB an toàn." in dialog.status.text()
    assert [p.suffix for p in world.stick.iterdir()] == [".cellsync"]
    assert not dialog.backup_button.isHidden()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: "bản sao lưu" in dialog.status.text(), timeout=20000)
    assert any(p.suffix == ".cellbackup" for p in world.stick.iterdir())


def test_the_committee_imports_files_and_sees_the_conflict_with_both_values(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    [member] = add_people(world.a, "Lý Thị Chuyển")
    world.send(world.a, world.hub)
    transfer_member(
        world.hub.uow(),
        member_uuid=member.uuid,
        to_cell="BM-C02",
        decided_on=date(2026, 11, 20),
        decision="15-QĐ/ĐU",
    )
    with world.a.uow() as uow:
        record = uow.session.get(MemberRecord, member.uuid)
        assert record is not None
        record.phone = "0911222333"
        uow.commit()
    [late] = world.export(world.a)
    junk = world.stick / "junk.cellsync"
    junk.write_bytes(b"not a sync file")
    window = MainWindow(world.hub)
    qtbot.addWidget(window)
    page = _sync_page(window)
    page.import_paths([late.path, junk])
    qtbot.waitUntil(lambda: hasattr(page, "results") and page.results.isVisible(), timeout=20000)
    results = page.results.table.rows
    assert results.rowCount() == 2
    assert results.data(results.index(0, 1)) == "Đã nhập" and results.data(results.index(1, 1)) == "Từ chối"
    assert page.results.findChild(type(page.partner), "importSummary").text() == "Đã nhập 1 trên 2 tệp."
    assert page.warning.text() == "1 xung đột chờ quyết định."
    conflicts = page.conflicts
    assert conflicts.table.rows.data(conflicts.table.rows.index(0, 2)) == "Lý Thị Chuyển"
    details = conflicts.details.rows
    assert [details.data(details.index(0, c)) for c in range(3)] == ["phone", "—", "0911222333"]
