"""The first-run assistant's checks, and background tasks reporting back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from ui.i18n import install_language
from ui.tasks import TaskRunner

pytestmark = pytest.mark.timeout(60)


def test_a_cell_needs_its_name_and_the_committee_above(qtbot) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept_if_valid()
    assert dialog.error.text() == "Hãy nhập tên chi bộ."
    type_text(dialog.cell_name, "Chi bộ thôn Nậm Búng")
    dialog._accept_if_valid()
    assert dialog.error.text() == "Hãy nhập tên cấp ủy cấp trên trực tiếp của chi bộ."
    type_text(dialog.cell_committee, "Đảng bộ xã Bản Máy")
    dialog._accept_if_valid()
    answer = dialog.answer()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (answer.choice, answer.name, answer.committee_name) == (
        FirstRunChoice.CELL,
        "Chi bộ thôn Nậm Búng",
        "Đảng bộ xã Bản Máy",
    )


def test_the_demo_choice_needs_nothing_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.demo_choice.setChecked(True)
    dialog._accept_if_valid()
    assert dialog.answer().choice is FirstRunChoice.DEMO


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui_thread

    runner.run(work, done, lambda error: seen.setdefault("error", error))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"worker": False, "result": 42, "on_gui": True}


def test_a_failing_task_reports_its_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("hỏng")

    runner.run(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "hỏng"
    assert not runner.busy


def test_a_task_that_ends_after_its_window_closed_says_nothing(qtbot, capfd) -> None:  # type: ignore[no-untyped-def]
    """Quitting while a page still computes: the late result has nobody to go to and is dropped quietly."""
    from shiboken6 import Shiboken

    runner = TaskRunner()
    release = threading.Event()
    runner.run(lambda: release.wait(5) and 1, lambda _r: None, lambda _e: None)
    for relay in list(runner._relays):
        Shiboken.delete(relay)  # what closing the window does to the objects waiting for results
    release.set()
    assert runner.wait(5000)
    assert "Traceback" not in capfd.readouterr().err


def test_the_window_appears_before_the_storage_layer_is_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ui.launcher, ui.app, ui.main_window;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_an_existing_workspace_opens_off_the_gui_thread_into_the_shown_window(qtbot, demo_root) -> None:  # type: ignore[no-untyped-def]
    from cellapp.cli.context import CliContext
    from ui.app import workspace_job
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.opening.text() == "Đang mở dữ liệu…" and window.pages == []
    job = workspace_job(CliContext(data_dir=demo_root, language="vi"), window)
    assert job is not None
    window.tasks.run(job, window.attach_workspace, pytest.fail)
    qtbot.waitUntil(lambda: len(window.pages) >= 2, timeout=10000)
    assert window.windowTitle() == "CellApp – Chi bộ thôn Nấm Dẩn"
    assert window.navigation.item(1).text() == "Đảng viên"


def test_a_workspace_that_cannot_be_opened_is_reported_in_vietnamese(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cellapp.cli.context import CliContext
    from ui.app import open_into
    from ui.main_window import MainWindow

    (tmp_path / "cellapp.db").write_bytes(b"not a database at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr("ui.app.QMessageBox.critical", lambda _parent, _title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    assert open_into(window, CliContext(data_dir=tmp_path, language="vi")) == 1
    assert shown and "không phải dữ liệu CellApp" in shown[0]
    assert window.pages == []


def test_the_assistant_asks_from_which_month_the_fee_book_starts(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QDate

    from cellapp.domain.months import Month
    from cellapp.services.fees import get_fee_settings
    from ui.app import create_cell

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    this_month = Month.of(date.today())
    assert dialog.answer().fee_book_start == this_month  # by default, the month the workspace is made
    dialog.fee_book_start.setDate(QDate(this_month.year + 1, 1, 1))
    assert dialog.answer().fee_book_start == this_month  # never a month still to come
    type_text(dialog.cell_name, "Chi bộ thôn Nậm Búng")
    type_text(dialog.cell_committee, "Đảng bộ xã Bản Máy")
    start = this_month.minus(5)
    dialog.fee_book_start.setDate(QDate(start.year, start.month, 1))
    dialog._accept_if_valid()
    workspace = create_cell(tmp_path / "cell", dialog.answer())
    settings = get_fee_settings(workspace.uow(read_only=True))
    assert settings.ledger_start == start and settings.ledger_start_chosen
