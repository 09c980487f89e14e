"""The user guide's screenshots, one function each, in the order of the guide (see guide_screenshots.py).

A function goes where a user would: to a page through the navigation, to a dialog through the button
that opens it (`opened_dialogs()` catches the dialog), and returns the image. Its docstring's first line
says what the image shows (`--list`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from guide_screenshots import Studio, opened_dialogs, settle, window_image, with_dialog, with_menu
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
    dialog.cell_place.setText("Nấm Dẩn")
    dialog.show()
    image = with_dialog(window, dialog)
    dialog.close()
    window.close()
    return image


@shot("document-place")
def document_place(studio: Studio) -> QImage:
    """Settings → Place on documents: the place name before the date, and the date line as it prints."""
    window = studio.window()
    dialog = window.open_document_place()
    settle()
    image = with_dialog(window, dialog)
    dialog.close()
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


@shot("members-213")
def members_213(studio: Studio) -> QImage:
    """The Regulation 213 tab: members living elsewhere, and working members living here."""
    from ui.pages.members_page import MembersPage

    page = studio.page(MembersPage)
    page.tabs.setCurrentIndex(1)
    image = window_image(studio.window())
    page.tabs.setCurrentIndex(0)
    return image


# ------------------------------------------------------------------------------------------ meetings
@shot("meetings")
def meetings(studio: Studio) -> QImage:
    """The Meetings page: this year's meetings with their attendance, and the New meeting menu."""
    from ui.pages.meetings_page import MeetingsPage

    page = studio.page(MeetingsPage)
    return with_menu(studio.window(), page.new_button.menu(), page.new_button)


def _new_meeting(studio: Studio, tab: int) -> QImage:
    from cellapp.domain.meetings import MeetingKind
    from ui.pages.meetings_page import MeetingsPage

    page = studio.page(MeetingsPage)
    editor = page.new_meeting(MeetingKind.REGULAR)
    if tab == 1:
        editor.save()  # the other tabs open once the meeting is saved
        settle()
        editor.attendance.mark_everyone_present()
        table = editor.attendance.table
        from cellapp.domain.attendance import AttendanceMark

        for row, mark in ((3, AttendanceMark.ABSENT_EXCUSED), (7, AttendanceMark.ABSENT_UNEXCUSED)):
            table.selectRow(row)  # one absent with a reason, one without, as keys 4 and 5 mark them
            editor.attendance._mark_selected(mark)
    editor.tabs.setCurrentIndex(tab)
    image = with_dialog(studio.window(), editor)
    editor.close()
    return image


def _held_meeting(studio: Studio, tab: int) -> QImage:
    """The latest meeting held whose minutes are still being written (the demo leaves this month's so),
    else the latest finalised one, on one tab."""
    from ui.pages.meetings_page import MeetingsPage

    page = studio.page(MeetingsPage)
    statuses = [page.model.meeting_at(r).status.value for r in range(page.model.rowCount())]
    held = [r for r, status in enumerate(statuses) if status == "held"]
    finalised = [r for r, status in enumerate(statuses) if status == "finalised"]
    page.editor = None
    page.open_row((held or finalised or [0])[0])  # the meeting is read off the GUI thread
    for _ in range(40):
        if page.editor is not None:
            break
        settle()
    editor = page.editor
    assert editor is not None, "the meeting editor did not open"
    editor.tabs.setCurrentIndex(tab)
    image = with_dialog(studio.window(), editor)
    editor.close()
    return image


@shot("meeting-preparation")
def meeting_preparation(studio: Studio) -> QImage:
    """A new regular meeting, tab 1 Preparation, filled in from the standard agenda."""
    return _new_meeting(studio, 0)


@shot("meeting-attendance")
def meeting_attendance(studio: Studio) -> QImage:
    """Tab 2 Attendance: everyone present but two, and the counts under the list."""
    return _new_meeting(studio, 1)


@shot("meeting-proceedings")
def meeting_proceedings(studio: Studio) -> QImage:
    """Tab 3 Proceedings of a meeting held: the speeches by agenda item."""
    return _held_meeting(studio, 2)


@shot("meeting-tasks")
def meeting_tasks(studio: Studio) -> QImage:
    """Tab 4 Tasks: tasks carried over and reviewed, new tasks assigned."""
    return _held_meeting(studio, 3)


@shot("meeting-conclusion")
def meeting_conclusion(studio: Studio) -> QImage:
    """Tab 5 Conclusion and vote of a finalised meeting, with its banner."""
    return _held_meeting(studio, 4)


@shot("minutes-preview")
def minutes_preview(studio: Studio) -> QImage:
    """The minutes in the print preview, before printing or saving as PDF."""
    from cellapp.domain.meetings import MeetingDocument
    from cellapp.services.meetings import meeting_pdf
    from ui.dialogs.document_preview_dialog import DocumentPreviewDialog
    from ui.pages.meetings_page import MeetingsPage

    page = studio.page(MeetingsPage)
    finalised = [
        r for r in range(page.model.rowCount()) if page.model.meeting_at(r).status.value == "finalised"
    ]
    meeting = page.model.meeting_at(finalised[-1])
    pdf = meeting_pdf(studio.cell_workspace.uow(read_only=True), meeting.uuid, MeetingDocument.MINUTES)
    preview = DocumentPreviewDialog(pdf, "Biên bản", "bien-ban.pdf", studio.window())
    preview.resize(900, 690)
    preview.show()
    settle(1.0)
    image = with_dialog(studio.window(), preview)
    preview.close()
    return image


# ------------------------------------------------------------------------------------------ fees
@shot("fees")
def fees(studio: Studio) -> QImage:
    """The Fees page: the month's fee book, a member selected."""
    from ui.pages.fees_page import FeesPage

    page = studio.page(FeesPage)
    page.table.selectRow(1)
    return window_image(studio.window())


@shot("fee-settings")
def fee_settings(studio: Studio) -> QImage:
    """Fee settings: the wage region, the share the cell keeps, where the fee book starts."""
    from ui.pages.fees_page import FeesPage

    page = studio.page(FeesPage)
    with opened_dialogs() as opened:
        page.open_settings()
    return with_dialog(studio.window(), opened[0])


@shot("fee-member")
def fee_member(studio: Studio) -> QImage:
    """A member's fees: the category declared, exemptions and reductions, the payments."""
    from ui.pages.fees_page import FeesPage

    page = studio.page(FeesPage)
    page.table.selectRow(1)
    with opened_dialogs() as opened:
        page.open_member()
    return with_dialog(studio.window(), opened[0])


@shot("fee-collection")
def fee_collection(studio: Studio) -> QImage:
    """Collecting the fees: one line per member, Space pays the month."""
    from ui.pages.fees_page import FeesPage

    page = studio.page(FeesPage)
    dialog = page.collection_dialog()
    dialog.show()
    return with_dialog(studio.window(), dialog)


@shot("fee-remittance")
def fee_remittance(studio: Studio) -> QImage:
    """Remitting to the committee: what was collected, kept and is still to remit."""
    from ui.pages.fees_page import FeesPage

    page = studio.page(FeesPage)
    with opened_dialogs() as opened:
        page.open_remittance()
    return with_dialog(studio.window(), opened[0])


# ------------------------------------------------------------------------------------------ review
@shot("review")
def review(studio: Studio) -> QImage:
    """The annual review: every member's form, self-grade, score, proposal and vote, a member selected."""
    from ui.pages.review_page import ReviewPage

    page = studio.page(ReviewPage)
    settle(1.0)
    page.table.selectRow(1)
    return window_image(studio.window())


@shot("review-member")
def review_member(studio: Studio) -> QImage:
    """A member's review: the year's facts, the self-assessment and its scores, the cell's proposal."""
    from ui.pages.review_page import ReviewPage

    page = studio.page(ReviewPage)
    settle(1.0)
    page.table.selectRow(1)
    page.open_button.click()  # the dialog is shown window-modal, not run
    settle()
    return with_dialog(studio.window(), page.dialog)


# ------------------------------------------------------------------------------------------ exchange
@shot("join")
def join(studio: Studio) -> QImage:
    """Joining the committee: the invitation opened, its fingerprint to compare with the paper card."""
    from cellapp.demo import build_demo_cell
    from cellapp.services.sync import invite_cell
    from ui.dialogs.enrolment_dialogs import JoinDialog
    from ui.pages.cell_sync_page import CellSyncPage

    cell = build_demo_cell(studio.folder / "new-cell", members=12, months=1, name="Chi bộ thôn Nấm Dẩn")
    invitation = invite_cell(
        studio.committee_workspace, code="XM-C09", name="Chi bộ thôn Nấm Dẩn", out=studio.stick
    )
    window = studio.fresh_window(cell)
    window.navigation.setCurrentRow(window.navigation.count() - 1)
    settle()
    assert isinstance(window.pages[window.navigation.count() - 1], CellSyncPage)
    dialog = JoinDialog(cell, window)
    dialog.open_invitation(str(invitation.path))
    dialog.matches.setChecked(True)
    dialog.code.setText(invitation.one_time_code)
    dialog.show()
    image = with_dialog(window, dialog)
    dialog.close()
    return image


@shot("sync-cell")
def sync_cell(studio: Studio) -> QImage:
    """The cell's Sync page, enrolled with its committee."""
    from ui.pages.cell_sync_page import CellSyncPage

    studio.page(CellSyncPage)
    return window_image(studio.window())


@shot("export")
def export(studio: Studio) -> QImage:
    """Export to USB: written, read back and verified; safe to remove the stick."""
    from ui.dialogs.export_dialog import ExportDialog
    from ui.pages.cell_sync_page import CellSyncPage

    page = studio.page(CellSyncPage)
    dialog = ExportDialog(studio.cell_workspace, page.tasks, studio.window())
    dialog.show()
    dialog._add_target(str(studio.stick), studio.stick)  # what "Choose another folder…" adds
    dialog.targets.setCurrentRow(dialog.targets.count() - 1)
    dialog.start()
    settle(1.5)
    image = with_dialog(studio.window(), dialog)
    dialog.close()
    return image


@shot("passphrase")
def passphrase(studio: Studio) -> QImage:
    """Settings → Key passphrase: setting the passphrase that protects the sync keys."""
    from ui.dialogs.passphrase_dialogs import PassphraseSettingsDialog

    window = studio.window()
    dialog = PassphraseSettingsDialog(studio.cell_workspace, window)
    dialog.show()
    return with_dialog(window, dialog)


# ------------------------------------------------------------------------------------------ committee
@shot("committee-overview")
def committee_overview(studio: Studio) -> QImage:
    """The committee's Overview: charts across the cells and what needs action in them."""
    from ui.pages.overview_page import OverviewPage

    studio.page(OverviewPage, "committee")
    settle(1.0)
    return window_image(studio.window("committee"))


@shot("committee-review")
def committee_review(studio: Studio) -> QImage:
    """The committee's review page: each cell's stage, its proposals and the grades decided."""
    from ui.pages.review_page import ReviewPage

    page = studio.page(ReviewPage, "committee")
    settle(1.0)
    page.table.selectRow(0)
    return window_image(studio.window("committee"))


@shot("committee-review-decision")
def committee_review_decision(studio: Studio) -> QImage:
    """The committee decides a cell's grades: each proposal with the grade decided, the cell's by default."""
    from ui.pages.review_page import ReviewPage

    page = studio.page(ReviewPage, "committee")
    settle(1.0)
    page.table.selectRow(1)
    page.decide_button.click()
    settle()
    return with_dialog(studio.window("committee"), page.dialog)


@shot("committee-cells")
def committee_cells(studio: Studio) -> QImage:
    """The Cells page: where every enrolled cell stands."""
    from ui.pages.cells_page import CellsPage

    page = studio.page(CellsPage, "committee")
    settle(1.0)
    page.table.selectRow(0)
    return window_image(studio.window("committee"))


@shot("cell-file")
def cell_file(studio: Studio) -> QImage:
    """A cell's file at the committee: its members and meetings as they arrived, read-only."""
    from ui.pages.cells_page import CellsPage

    page = studio.page(CellsPage, "committee")
    settle(1.0)
    page.table.selectRow(0)
    with opened_dialogs() as opened:
        page.open_selected()
    return with_dialog(studio.window("committee"), opened[0])


@shot("statistics")
def statistics(studio: Studio) -> QImage:
    """The statistics report: a month, a quarter or a year, previewed or saved as XLSX."""
    from ui.pages.cells_page import CellsPage

    page = studio.page(CellsPage, "committee")
    with opened_dialogs() as opened:
        page.open_report()
    return with_dialog(studio.window("committee"), opened[0])


@shot("sync-committee")
def sync_committee(studio: Studio) -> QImage:
    """The committee's Sync page: the cells, quarantine, directives, reference data, transfers."""
    from ui.pages.committee_sync_page import CommitteeSyncPage

    studio.page(CommitteeSyncPage, "committee")
    return window_image(studio.window("committee"))


@shot("key-card")
def key_card(studio: Studio) -> QImage:
    """The committee's key card: its fingerprint, to print for the cells."""
    from ui.pages.committee_sync_page import CommitteeSyncPage

    page = studio.page(CommitteeSyncPage, "committee")
    with opened_dialogs() as opened:
        page.keys_button.click()
    return with_dialog(studio.window("committee"), opened[0])


@shot("invite")
def invite(studio: Studio) -> QImage:
    """Inviting a cell: the invitation written, the one-time code to copy onto paper."""
    from ui.pages.committee_sync_page import CommitteeSyncPage

    page = studio.page(CommitteeSyncPage, "committee")
    with opened_dialogs() as opened:
        page.invite_button.click()
    dialog = opened[0]
    dialog.code.setText("XM-C10")  # type: ignore[attr-defined]
    dialog.name.setText("Chi bộ thôn Cốc Rế")  # type: ignore[attr-defined]
    dialog.folder.setText(str(studio.stick))  # type: ignore[attr-defined]
    dialog.write()  # type: ignore[attr-defined]
    return with_dialog(studio.window("committee"), dialog)


@shot("directive")
def directive(studio: Studio) -> QImage:
    """A new directive to the cells, with its signed PDF attached."""
    from ui.pages.committee_sync_page import CommitteeSyncPage

    page = studio.page(CommitteeSyncPage, "committee")
    with opened_dialogs() as opened:
        page.directive_button.click()
    return with_dialog(studio.window("committee"), opened[0])


# ------------------------------------------------------------------------------------------ help
@shot("help")
def help_window(studio: Studio) -> QImage:
    """The help window, at the section of the Members page (F1)."""
    from ui.pages.members_page import MembersPage

    studio.page(MembersPage)
    window = studio.window()
    help_window = window.show_help("members")
    help_window.resize(1366, 768)
    settle()
    image = help_window.grab().toImage()
    help_window.close()
    return image
