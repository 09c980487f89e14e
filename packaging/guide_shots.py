"""The user guide's screenshots, one function each, in the order of the guide (see guide_screenshots.py).

A function goes where a user would: to a page through the navigation, to a dialog through the button
that opens it (`opened_dialogs()` catches the dialog), and returns the image. Its docstring's first line
says what the image shows (`--list`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guide_screenshots import Studio, opened_dialogs, settle, window_image, with_dialog, with_menu
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage


@dataclass(frozen=True)
class Shot:
    name: str
    describes: str
    take: Callable[[Studio], QImage]


SHOTS: list[Shot] = []


def shot(name: str) -> Callable[[Callable[[Studio], QImage]], Callable[[Studio], QImage]]:
    """Register a function that returns the image `images/<name>.png`."""

    def register(take: Callable[[Studio], QImage]) -> Callable[[Studio], QImage]:
        SHOTS.append(Shot(name, (take.__doc__ or "").strip().splitlines()[0], take))
        return take

    return register


# ------------------------------------------------------------------------------------------ set-up
@shot("first-run")
def first_run(studio: Studio) -> QImage:
    """The first-run assistant, creating a cell's workspace."""
    from ui.dialogs.first_run_dialog import FirstRunDialog
    from ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    dialog = FirstRunDialog(window)
    dialog.cell_name.setText("Chi bộ thôn Nấm Dẩn")
    dialog.cell_committee.setText("Đảng bộ xã Xín Mần")
    dialog.show()
    image = with_dialog(window, dialog)
    dialog.close()
    window.close()
    return image


@shot("overview")
def overview(studio: Studio) -> QImage:
    """The cell's Overview: members by status, this year's meetings, what falls due."""
    from ui.pages.overview_page import OverviewPage

    studio.page(OverviewPage)
    return window_image(studio.window())


# ------------------------------------------------------------------------------------------ members
@shot("members")
def members(studio: Studio) -> QImage:
    """The register with a member selected: the record and the history beside the list."""
    from ui.pages.members_page import MembersPage

    page = studio.page(MembersPage)
    page.table.selectRow(2)
    return window_image(studio.window())


@shot("member-add")
def member_add(studio: Studio) -> QImage:
    """Thêm đảng viên: the member form."""
    from ui.pages.members_page import MembersPage

    page = studio.page(MembersPage)
    with opened_dialogs() as opened:
        page.add_button.click()
    return with_dialog(studio.window(), opened[0])


@shot("member-actions")
def member_actions(studio: Studio) -> QImage:
    """The Actions menu of a full member: the events that can be recorded."""
    from ui.pages.members_page import MembersPage

    page = studio.page(MembersPage)
    page.table.selectRow(2)
    settle()
    page.actions_menu.aboutToShow.emit()
    return with_menu(studio.window(), page.actions_menu, page.actions_button)


@shot("meetings")
def meetings(studio: Studio) -> QImage:
    """The Meetings page: this year's meetings with their attendance."""
    from ui.pages.meetings_page import MeetingsPage

    studio.page(MeetingsPage)
    return window_image(studio.window())


@shot("fees")
def fees(studio: Studio) -> QImage:
    """The Fees page: the month's fee book."""
    from ui.pages.fees_page import FeesPage

    studio.page(FeesPage)
    return window_image(studio.window())


@shot("sync-cell")
def sync_cell(studio: Studio) -> QImage:
    """The cell's Sync page, enrolled with its committee."""
    from ui.pages.sync_page import SyncPage

    studio.page(SyncPage)
    return window_image(studio.window())


_ = QSize
