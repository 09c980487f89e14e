"""Pages of the main window, in navigation order. A feature adds its page class to `PAGE_CLASSES`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from cellapp.services.workspace import Workspace
from ui.pages.base import Page
from ui.pages.cells_page import CellsPage
from ui.pages.fees_page import FeesPage
from ui.pages.meetings_page import MeetingsPage
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage
from ui.pages.sync_page import SyncPage
from ui.widgets.meeting_attendance_tab import ATTENDANCE_ACTIONS, AttendanceAction

PAGE_CLASSES: list[type[Page]] = [OverviewPage, CellsPage, MembersPage, MeetingsPage, FeesPage, SyncPage]

__all__ = ["PAGE_CLASSES", "Page"]


def _collect_fees(
    parent: QWidget, workspace: Workspace, meeting_day: Callable[[], date]
) -> tuple[str, AttendanceAction]:
    """Party fees are collected at the meeting (the fee dialogs load when a meeting is opened)."""
    from ui.dialogs.fee_collection_dialog import fee_collection_action

    return fee_collection_action(parent, workspace, meeting_day)


ATTENDANCE_ACTIONS.append(_collect_fees)
