"""What every page of the main window offers the window: a title and a refresh."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cellapp.services.workspace import Workspace
from ui.tasks import TaskRunner


class Page(QWidget):
    """A page shows one area of the workspace and reloads it from services on `refresh()`."""

    def __init__(self, workspace: Workspace, tasks: TaskRunner) -> None:
        super().__init__()
        self.workspace = workspace
        self.tasks = tasks

    def title(self) -> str:
        """The page's name in the navigation, as `ui.pages.PAGES` gives it."""
        from ui.pages import entry_of

        return entry_of(type(self)).title()

    def refresh(self) -> None:
        """Reload what the page shows; called when the page is first shown and after changes."""
