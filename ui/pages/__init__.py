"""Pages of the main window, in navigation order. A feature adds its page to `PAGES`.

Each page names the section of the user guide that F1 opens on it (`guide_section`; the committee's own
section where the page differs there), and a test checks that the guide has every one.

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
    guide_section: str = ""  # the id of its section in the user guide, e.g. "members"
    committee_guide_section: str = ""  # the section at a committee, when it is another one

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def section_for(self, kind: UnitKind) -> str:
        if kind is UnitKind.COMMITTEE and self.committee_guide_section:
            return self.committee_guide_section
        return self.guide_section

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


PAGES: list[PageEntry] = [
    PageEntry(
        "ui.pages.overview_page",
        "OverviewPage",
        QT_TRANSLATE_NOOP("OverviewPage", "Overview"),
        BOTH,
        guide_section="overview",
        committee_guide_section="committee-overview",
    ),
    PageEntry(
        "ui.pages.cells_page",
        "CellsPage",
        QT_TRANSLATE_NOOP("CellsPage", "Cells"),
        COMMITTEE,
        guide_section="committee-cells",
    ),
    PageEntry(
        "ui.pages.members_page",
        "MembersPage",
        QT_TRANSLATE_NOOP("MembersPage", "Members"),
        CELL,
        guide_section="members",
    ),
    PageEntry(
        "ui.pages.meetings_page",
        "MeetingsPage",
        QT_TRANSLATE_NOOP("MeetingsPage", "Meetings"),
        CELL,
        guide_section="meetings",
    ),
    PageEntry(
        "ui.pages.fees_page", "FeesPage", QT_TRANSLATE_NOOP("FeesPage", "Fees"), CELL, guide_section="fees"
    ),
    PageEntry(
        "ui.pages.review_page",
        "ReviewPage",
        QT_TRANSLATE_NOOP("ReviewPage", "Review"),
        BOTH,
        guide_section="review",
    ),
    PageEntry(
        "ui.pages.cell_sync_page",
        "CellSyncPage",
        QT_TRANSLATE_NOOP("CellSyncPage", "Sync"),
        CELL,
        guide_section="exchange",
    ),
    PageEntry(
        "ui.pages.committee_sync_page",
        "CommitteeSyncPage",
        QT_TRANSLATE_NOOP("CommitteeSyncPage", "Sync"),
        COMMITTEE,
        guide_section="committee-exchange",
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
