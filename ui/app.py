"""Composition root of the GUI: the application and its language, the main window, then the workspace.

The window appears first; the storage layer (SQLAlchemy) is loaded and the workspace opened right after
the first paint, so a modest laptop shows CellApp at once instead of after a second of import time.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cellapp.cli.context import CliContext
from cellapp.domain.errors import CellAppError
from cellapp.paths import demo_parent_dir
from ui.i18n import install_language
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace


def create_application(language: str) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("CellApp")
    app.setOrganizationName("CellApp")
    install_language(app, language)
    return app


def new_demo_workspace() -> Workspace:
    """A fresh demo cell in the user's cache folder: the real workspace is never touched."""
    from cellapp.demo import build_demo_cell

    parent = demo_parent_dir()
    parent.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="demo-", dir=parent)
    return build_demo_cell(Path(folder) / "workspace")


def choose_workspace(context: CliContext, parent: QWidget | None = None) -> Workspace | None:
    """The demo, the existing workspace, or what the first-run assistant creates; None if cancelled."""
    from cellapp.domain.units import UnitKind
    from cellapp.services.workspace import create_workspace, open_workspace, workspace_exists
    from ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog

    if context.demo:
        return new_demo_workspace()
    root = context.workspace_dir
    if workspace_exists(root):
        return open_workspace(root)
    dialog = FirstRunDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    answer = dialog.answer()
    if answer.choice is FirstRunChoice.DEMO:
        return new_demo_workspace()
    if answer.choice is FirstRunChoice.COMMITTEE:
        return create_workspace(root, kind=UnitKind.COMMITTEE, name=answer.name, level=answer.level)
    return create_workspace(
        root, kind=UnitKind.CELL, name=answer.name, committee_name=answer.committee_name, level=answer.level
    )


def open_into(window: MainWindow, context: CliContext) -> int | None:
    """Open the workspace into the shown window; an exit code when the application should stop."""
    try:
        workspace = choose_workspace(context, window)
    except CellAppError as error:
        QMessageBox.critical(window, "CellApp", error.message.render())
        print(error.message.render(), file=sys.stderr)
        return error.exit_code
    if workspace is None:
        return 0
    window.attach_workspace(workspace)
    return None


def run_gui(context: CliContext) -> int:
    app = create_application(context.language)
    window = MainWindow()
    window.show()

    def open_after_first_paint() -> None:
        code = open_into(window, context)
        if code is not None:
            app.exit(code)

    QTimer.singleShot(0, open_after_first_paint)
    return app.exec()
