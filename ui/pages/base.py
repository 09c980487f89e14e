"""What every page of the main window offers the window: a title, a refresh, and staleness.

A page loads what it shows in `refresh()`. When an operation announces that an area changed, every page
that shows that area is marked stale: the page on screen reloads at once, the others when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from cellapp.services.workspace import Workspace
from ui.ops import ALL_AREAS, Area, Changes, Ops

T = TypeVar("T")


class Page(QWidget):
    """A page shows one area of the workspace and reloads it from services on `refresh()`."""

    #: the areas whose change makes what this page shows out of date
    shows: Changes = ALL_AREAS

    def __init__(self, workspace: Workspace, ops: Ops) -> None:
        super().__init__()
        self.workspace = workspace
        self.ops = ops
        self.tasks = ops.tasks
        self.stale = True  # nothing loaded yet
        self._generation = 0

    def title(self) -> str:
        """The page's name in the navigation, as `ui.pages.PAGES` gives it."""
        from ui.pages import entry_of

        return entry_of(type(self)).title()

    def refresh(self) -> None:
        """Reload what the page shows; called when the page is shown stale and after changes."""

    def reload_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self.refresh()

    def mark_stale(self, areas: Changes) -> None:
        """Called by the window for every announced change; the window then reloads the current page."""
        if areas & self.shows:
            self.stale = True

    def announce(self, *areas: Area) -> None:
        """This page changed the workspace (and reloads itself): every other page showing these areas
        is marked stale."""
        self.ops.announce(areas, source=self)

    def load(self, work: Callable[[], T], show: Callable[[T], None]) -> None:
        """Read in the background and show the result, unless a newer load was asked for meanwhile."""
        self._generation += 1
        asked = self._generation

        def deliver(result: T) -> None:
            if asked == self._generation:
                show(result)

        self.ops.query(self, work, deliver)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_if_stale()
