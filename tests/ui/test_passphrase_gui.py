"""The passphrase on screen: asked once at start (a wrong one says so and may be typed again), set and
removed in Settings, the forgotten-passphrase story with its step, a sync step asking for closed keys,
and the committee renewing an enrolment from the Sync page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cellapp.services.keyring import key_status, set_passphrase
from cellapp.services.sync._status import list_cells
from cellapp.services.workspace import open_workspace
from tests.helpers.gui import settle
from tests.helpers.sync_world import CELL_A, World, build_world
from ui.app import show_workspace
from ui.dialogs.passphrase_dialogs import ForgottenPassphraseDialog, PassphraseSettingsDialog, UnlockDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.timeout(60)
PHRASE = "xanh la cay Ta Chai 2026"  # typed with keyClicks: ASCII only


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


def test_the_passphrase_is_asked_once_at_start_and_a_wrong_one_may_be_typed_again(
    qtbot, world: World
) -> None:  # type: ignore[no-untyped-def]
    set_passphrase(world.a, PHRASE)
    world.a.close()
    world.a = open_workspace(world.a.root)
    window = MainWindow()
    qtbot.addWidget(window)
    show_workspace(window, world.a)
    dialog = window.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    assert window.pages[0] is not None  # the pages are there behind it
    qtbot.keyClicks(dialog.passphrase, "sai roi sai roi")
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20000)
    assert "không đúng" in dialog.error.text() and dialog.isVisible()
    assert key_status(world.a).needs_passphrase
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PHRASE)
    dialog.unlock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.result() == QDialog.DialogCode.Accepted and not key_status(world.a).needs_passphrase


def test_no_dialog_at_start_when_the_keys_have_no_passphrase(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    show_workspace(window, world.a)
    assert window.unlock_dialog is None and window.passphrase_action.isEnabled()


def test_settings_set_and_remove_the_passphrase(qtbot, world: World, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseSettingsDialog(world.b)
    qtbot.addWidget(dialog)
    assert "chưa có cụm mật khẩu" in dialog.state.text() and dialog.remove_button.isHidden()
    qtbot.keyClicks(dialog.new, PHRASE)
    qtbot.keyClicks(dialog.again, PHRASE + "x")
    dialog.save()
    assert "khác nhau" in dialog.error.text() and not key_status(world.b).protected
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, PHRASE)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=20000)
    assert key_status(world.b).protected and "được bảo vệ bằng cụm mật khẩu" in dialog.state.text()
    assert not dialog.remove_button.isHidden() and dialog.save_button.text() == "Đổ&i cụm mật khẩu"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.keyClicks(dialog.current, PHRASE)
    dialog.remove()
    qtbot.waitUntil(lambda: "không còn" in dialog.result.text() or dialog.error.text() != "", timeout=20000)
    assert dialog.error.text() == "" and not key_status(world.b).protected


def test_the_forgotten_passphrase_story_and_its_step(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    dialog = ForgottenPassphraseDialog(world.a)
    qtbot.addWidget(dialog)
    story = dialog.findChild(type(dialog.error), "recoveryStory")
    assert "Dữ liệu không mất" in story.text() and "tệp mời" in story.text()
    assert not dialog.replace_button.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.replace()
    assert "xin cấp ủy tệp mời mới" in shown[0] and not key_status(world.a).exists
    window = MainWindow(world.a)
    qtbot.addWidget(window)
    page = _sync_page(window)
    assert page.join_steps.isVisibleTo(page) and "đăng ký lại" in page.warning.text()


def test_a_sync_step_with_closed_keys_asks_and_does_nothing_if_put_off(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    set_passphrase(world.a, PHRASE)
    world.a.close()
    world.a = open_workspace(world.a.root)
    asked: list[bool] = []

    def put_off(dialog: UnlockDialog) -> int:
        asked.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnlockDialog, "exec", put_off)
    window = MainWindow(world.a)
    qtbot.addWidget(window)
    page = _sync_page(window)
    assert page.protection.text() == "được bảo vệ bằng cụm mật khẩu"
    page.import_paths([world.stick])
    assert asked == [True] and page.import_button.isEnabled()


def test_the_committee_renews_an_enrolment_from_the_sync_page(
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = MainWindow(world.hub)
    qtbot.addWidget(window)
    page = _sync_page(window)
    before = {c.code: c.certificate_until for c in list_cells(world.hub.uow(read_only=True))}
    page.cells.selectRow(0)
    page._renew()
    settle(window)
    after = {c.code: c.certificate_until for c in list_cells(world.hub.uow(read_only=True))}
    assert after[CELL_A] is not None and before[CELL_A] is not None and after[CELL_A] >= before[CELL_A]
    assert "đã được đăng ký đến" in told[0]
    model = page.cells.rows
    assert model.index(0, 5).data() not in (None, "—")


def test_a_cell_sees_until_when_it_is_enrolled_once_the_certificate_has_come(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(world.a)
    qtbot.addWidget(window)
    page = _sync_page(window)
    assert page.enrolled_until.text() == "chưa nhận: sẽ đến trong tệp trả về tiếp theo của cấp ủy"
    world.send(world.hub, world.a)
    page.refresh()
    settle(window)
    assert page.enrolled_until.text() == "23/11/2031"
