"""Pages of the main window, in navigation order. A feature adds its page class to `PAGE_CLASSES`."""

from __future__ import annotations

from ui.dialogs.fee_collection_dialog import fee_collection_action
from ui.pages.base import Page
from ui.pages.fees_page import FeesPage
from ui.pages.meetings_page import MeetingsPage
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage
from ui.pages.sync_page import SyncPage
from ui.widgets.meeting_attendance_tab import ATTENDANCE_ACTIONS

PAGE_CLASSES: list[type[Page]] = [OverviewPage, MembersPage, MeetingsPage, FeesPage, SyncPage]

__all__ = ["PAGE_CLASSES", "Page"]

# Composition of features that meet in one screen: party fees are collected at the meeting.
ATTENDANCE_ACTIONS.append(fee_collection_action)
