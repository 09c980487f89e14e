"""Pages of the main window, in navigation order. A feature adds its page to `PAGES`.

Only what the navigation shows is known at start-up: each page's module is imported, and the page built,
when it is first shown (the Overview at once; the others when the user goes to them). Titles are
translated in their page's context, so they live here once and the page's `title()` reads them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from cellapp.domain.units import UnitKind
from cellapp.services.workspace import Workspace
from ui.dialogs.meeting_attendance_tab import ATTENDANCE_ACTIONS, AttendanceAction
from ui.pages.base import Page

CELL, COMMITTEE = frozenset({UnitKind.CELL}), frozenset({UnitKind.COMMITTEE})
BOTH = CELL | COMMITTEE


@dataclass(frozen=True)
class PageEntry:
    module: str
    class_name: str  # also the translation context of the title
    title_source: str
    kinds: frozenset[UnitKind]

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


PAGES: list[PageEntry] = [
    PageEntry("ui.pages.overview_page", "OverviewPage", QT_TRANSLATE_NOOP("OverviewPage", "Overview"), BOTH),
    PageEntry("ui.pages.cells_page", "CellsPage", QT_TRANSLATE_NOOP("CellsPage", "Cells"), COMMITTEE),
    PageEntry("ui.pages.members_page", "MembersPage", QT_TRANSLATE_NOOP("MembersPage", "Members"), CELL),
    PageEntry("ui.pages.meetings_page", "MeetingsPage", QT_TRANSLATE_NOOP("MeetingsPage", "Meetings"), CELL),
    PageEntry("ui.pages.fees_page", "FeesPage", QT_TRANSLATE_NOOP("FeesPage", "Fees"), CELL),
    PageEntry("ui.pages.cell_sync_page", "CellSyncPage", QT_TRANSLATE_NOOP("CellSyncPage", "Sync"), CELL),
    PageEntry(
        "ui.pages.committee_sync_page",
        "CommitteeSyncPage",
        QT_TRANSLATE_NOOP("CommitteeSyncPage", "Sync"),
        COMMITTEE,
    ),
]


def entry_of(page_class: type[Page]) -> PageEntry:
    return next(e for e in PAGES if e.class_name == page_class.__name__)


__all__ = ["PAGES", "Page", "PageEntry", "entry_of"]


def _collect_fees(
    parent: QWidget, workspace: Workspace, meeting_day: Callable[[], date]
) -> tuple[str, AttendanceAction]:
    """Party fees are collected at the meeting (the fee dialogs load when a meeting is opened)."""
    from ui.dialogs.fee_collection_dialog import fee_collection_action

    return fee_collection_action(parent, workspace, meeting_day)


ATTENDANCE_ACTIONS.append(_collect_fees)
