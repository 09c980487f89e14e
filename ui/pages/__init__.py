"""Pages of the main window, in navigation order. A feature adds its page class to `PAGE_CLASSES`."""

from __future__ import annotations

from ui.pages.base import Page
from ui.pages.cells_page import CellsPage
from ui.pages.fees_page import FeesPage
from ui.pages.meetings_page import MeetingsPage
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage
from ui.pages.sync_page import SyncPage

PAGE_CLASSES: list[type[Page]] = [OverviewPage, CellsPage, MembersPage, MeetingsPage, FeesPage, SyncPage]

__all__ = ["PAGE_CLASSES", "Page"]
