"""Composition root of the GUI: the application and its language, the main window, then the workspace.

The window appears first; the storage layer (SQLAlchemy) is loaded and the workspace opened right after
the first paint, so a modest laptop shows CellApp at once instead of after a second of import time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cellapp.domain.errors import CellAppError
from cellapp.domain.units import UnitKind
from cellapp.paths import WorkspacePaths
from cellapp.startup import StartOptions, new_demo_workspace
from ui.app_icon import app_icon
from ui.i18n import install_language
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from cellapp.services.workspace import Workspace
    from ui.dialogs.first_run_dialog import FirstRunAnswer


def create_application(language: str) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("CellApp")
    app.setOrganizationName("CellApp")
    app.setDesktopFileName("cellapp")  # the desktop entry, so a Linux task bar shows its name and icon
    app.setWindowIcon(app_icon())
    install_language(app, language)
    return app


def workspace_job(context: StartOptions, parent: QWidget | None = None) -> Callable[[], Workspace] | None:
    """Decide on the GUI thread what to open (asking the first-run assistant if there is no workspace) and
    return the slow part — opening, creating or building the demo — to run off the GUI thread.
    None when the user cancelled."""
    from ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog

    if context.demo:
        return new_demo_workspace
    root = context.workspace_dir
    if WorkspacePaths(root).database.is_file():
        return lambda: _services().open_workspace(root)
    dialog = FirstRunDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    answer = dialog.answer()
    if answer.choice is FirstRunChoice.DEMO:
        return new_demo_workspace
    if answer.choice is FirstRunChoice.COMMITTEE:
        return lambda: _services().create_workspace(
            root, kind=UnitKind.COMMITTEE, name=answer.name, level=answer.level, place=answer.place or None
        )
    return lambda: create_cell(root, answer)


def create_cell(root: Path, answer: FirstRunAnswer) -> Workspace:
    """A new cell workspace with the fee book starting where the assistant said (the dialog allows no
    month after the current one, so the start is never refused once the workspace exists)."""
    from cellapp.services.fees import set_fee_book_start

    workspace = _services().create_workspace(
        root,
        kind=UnitKind.CELL,
        name=answer.name,
        committee_name=answer.committee_name,
        level=answer.level,
        place=answer.place or None,
    )
    if answer.fee_book_start is not None:
        set_fee_book_start(workspace.uow(), ledger_start=answer.fee_book_start)
    if answer.secretary:
        from cellapp.services.first_steps import set_secretary_name

        set_secretary_name(workspace.uow(), answer.secretary)
    return workspace


def _services() -> ModuleType:
    from cellapp.services import workspace

    return workspace


def open_into(window: MainWindow, context: StartOptions) -> int | None:
    """Open the workspace into the shown window on the GUI thread (start-up benchmark, tests); an exit
    code when the application should stop."""
    try:
        job = workspace_job(context, window)
        if job is None:
            return 0
        show_workspace(window, job())
    except CellAppError as error:
        return report_failure(window, error)
    return None


def show_workspace(window: MainWindow, workspace: Workspace) -> None:
    """The opened workspace into the window, then the keys' passphrase if they have one (asked once)."""
    from ui.dialogs.passphrase_dialogs import ask_at_start

    window.attach_workspace(workspace)
    window.unlock_dialog = ask_at_start(workspace, window)


def report_failure(window: QWidget | None, error: BaseException) -> int:
    if isinstance(error, CellAppError):
        message, code = error.message.render(), error.exit_code
    else:
        message = QCoreApplication.translate("App", "CellApp met an unexpected error: %1").replace(
            "%1", str(error)
        )
        code = 1
    print(message, file=sys.stderr)
    QMessageBox.critical(window, "CellApp", message)
    return code


def run_gui(context: StartOptions) -> int:
    app = create_application(context.language)
    window = MainWindow()
    window.show_fitted()

    def fail(error: BaseException) -> None:
        app.exit(report_failure(window, error))

    def start() -> None:
        try:
            job = workspace_job(context, window)
        except CellAppError as error:
            fail(error)
            return
        if job is None:
            app.exit(0)
            return
        window.tasks.run(job, lambda workspace: show_workspace(window, workspace), fail)

    QTimer.singleShot(0, start)
    return app.exec()
