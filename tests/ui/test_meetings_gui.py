"""The Meetings page and the meeting editor, offscreen, on a copy of the demo cell: preparing a meeting,
fast attendance from the keyboard, refusals shown in place, finalising and the locked editor, the PDF
preview with its print paths, and the overview figures."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from cellapp.domain.attendance import AttendanceMark
from cellapp.domain.meetings import MeetingKind, MeetingStatus
from cellapp.services.meetings._meetings import get_meeting, list_meetings
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.helpers.gui import settle
from tests.helpers.typing_vietnamese import type_text
from ui import printing
from ui.dialogs.meeting_editor_dialog import ATTENDANCE, CONCLUSION, MeetingEditorDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.meetings_page import MeetingsPage
from ui.widgets.meeting_figures_widget import MeetingFiguresWidget

pytestmark = pytest.mark.timeout(60)
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture(autouse=True)
def _never_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an editor with changes asks whether to save; tests (and their teardown) discard."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(MeetingEditorDialog, "ask_to_save", lambda _self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    main = MainWindow(demo_workspace)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    return main


def _page(window: MainWindow) -> MeetingsPage:
    window.navigation.setCurrentRow(2)
    page = window.pages[2]
    assert isinstance(page, MeetingsPage)
    page.year.setValue(DEMO_TODAY.year)
    return page


def _open(page: MeetingsPage, row: int) -> MeetingEditorDialog | None:
    """The page reads the meeting off the GUI thread; the editor opens once it has arrived."""
    page.editor = None
    page.open_row(row)
    settle(page.window())
    return page.editor


def _row_of(page: MeetingsPage, status: MeetingStatus) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.meeting_at(r).status is status)


def test_the_meetings_page_lists_the_year_in_vietnamese(window: MainWindow) -> None:
    assert window.navigation.item(2).text() == "Sinh hoạt chi bộ"
    page = _page(window)
    assert page.model.rowCount() >= 14
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Có mặt"
    kinds = {page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())}
    assert "Sinh hoạt thường kỳ" in kinds and "Sinh hoạt chuyên đề (cùng buổi)" in kinds


def test_a_secretary_prepares_records_and_finalises_a_meeting(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(window)
    before = page.model.rowCount()
    editor = page.new_meeting(MeetingKind.EXTRAORDINARY)
    qtbot.addWidget(editor)
    prep = editor.preparation
    prep.held_on.setDate(DEMO_TODAY)
    prep.topic.clear()
    type_text(prep.topic, "Phòng, chống sạt lở đất sau mưa lớn")
    assert editor.save(), editor.error.text()
    assert page.model.rowCount() == before + 1
    assert editor.tabs.isTabEnabled(ATTENDANCE)

    attendance = editor.attendance
    attendance.mark_everyone_present()
    first_summoned = 0
    attendance.table.setCurrentCell(first_summoned, 1)
    attendance.table.selectRow(first_summoned)
    QTest.keyClick(attendance.table, Qt.Key.Key_5)
    absent = attendance._entries[first_summoned].member_uuid
    assert attendance.mark_of(absent) is AttendanceMark.ABSENT_UNEXCUSED
    assert attendance.table.currentRow() == first_summoned + 1  # the cursor moved on
    counts = attendance.counts()
    assert len(counts.absent_unexcused) == 1 and counts.unmarked == ()

    editor.tabs.setCurrentIndex(CONCLUSION)
    conclusion = editor.conclusion
    conclusion.started_at.set_value(time(19, 30))
    conclusion.ended_at.set_value(time(20, 40))
    type_text(conclusion.conclusion, "Chi bộ thống nhất huy động đảng viên giúp các hộ bị sạt lở.")
    conclusion.vote_recorded.setChecked(True)
    conclusion.votes_for.setValue(counts.voters_present)
    assert "Được thông qua" in conclusion.result.text()
    assert editor.save(), editor.error.text()

    questions: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda question: questions.append(question) or True)
    assert editor.finalise(), editor.error.text()
    detail = editor.detail
    assert detail is not None and detail.status is MeetingStatus.FINALISED and detail.minutes_ref
    assert detail.minutes_ref in questions[0]  # the number is shown before it is given
    assert "không theo thứ tự ngày" not in questions[0]
    assert detail.topic == "Phòng, chống sạt lở đất sau mưa lớn"
    assert editor.banner.isVisible() and "không sửa được nữa" in editor.banner_text.text()
    assert not editor.save_button.isEnabled() and not editor.tabs.widget(ATTENDANCE).isEnabled()

    assert editor.record_addendum("Bổ sung: đồng chí vắng đã báo lý do sau buổi họp.", DEMO_TODAY)
    settle(window)
    again = get_meeting(window.workspace.uow(read_only=True), detail.uuid)  # type: ignore[union-attr]
    assert [a.number for a in again.addenda] == [1] and "Đã có 1 phụ lục" in editor.banner_text.text()


def test_a_refusal_is_shown_in_place_on_the_tab_to_fix(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.HELD))
    assert editor is not None
    qtbot.addWidget(editor)
    before = editor.detail
    assert not editor.has_changes()  # what was loaded reads back unchanged: closing asks nothing
    editor.conclusion.vote_recorded.setChecked(True)
    editor.conclusion.votes_for.setValue(999)
    assert not editor.save()
    assert "phiếu" in editor.error.text() and editor.tabs.currentIndex() == CONCLUSION
    assert get_meeting(window.workspace.uow(read_only=True), before.uuid) == before  # type: ignore[union-attr]


def test_a_finalised_meeting_opens_locked_and_says_why(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.FINALISED))
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.banner.isVisible() and editor.addendum_button.isEnabled()
    assert not editor.finalise_button.isEnabled() and editor.print_button.isEnabled()


def test_print_preview_shows_the_real_pdf_and_handles_no_printer_and_cancel(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.FINALISED))
    assert editor is not None
    qtbot.addWidget(editor)
    from cellapp.services.meetings._documents import MeetingDocument

    editor.print_document(MeetingDocument.MINUTES)
    qtbot.waitUntil(lambda: editor.preview is not None, timeout=20000)
    preview = editor.preview
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.document.status() is QPdfDocument.Status.Ready and preview.document.pageCount() >= 2

    monkeypatch.setattr(printing, "printer_names", lambda: [])
    assert preview.print_document() is printing.PrintOutcome.NO_PRINTER
    assert "chưa cài máy in" in preview.status.text()

    class Cancelled:
        def setMinMax(self, *_args: int) -> None: ...

        def exec(self) -> int:
            return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(printing, "printer_names", lambda: ["Canon LBP2900"])
    monkeypatch.setattr(printing, "make_print_dialog", lambda _printer, _parent: Cancelled())
    assert preview.print_document() is printing.PrintOutcome.CANCELLED
    assert "hủy" in preview.status.text()

    saved = preview.save_to(tmp_path / "bien-ban.pdf")
    assert saved is not None and saved.read_bytes() == preview.pdf


def test_printing_paints_every_page_on_white_at_most_300_dpi(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from cellapp.reports.party_format import DocumentHeader, PartyDocument, para, render

    header = DocumentHeader("Đảng bộ xã Xín Mần", "Chi bộ thôn Nấm Dẩn", "Xín Mần", date(2026, 3, 5))
    pdf = render(PartyDocument(header=header, kind="Biên bản"), [para("Nội dung.") for _ in range(60)])
    source = tmp_path / "in.pdf"
    source.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)
    assert printing.paint_pages(document, printer) == document.pageCount() >= 2
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == document.pageCount()
    image = printed.render(0, printed.pagePointSize(0).toSize())
    assert image.pixelColor(5, 5).lightness() > 240  # white paper, not black from a transparent render


def test_fees_are_collected_from_the_attendance_tab_for_the_members_present(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from ui.dialogs.fee_collection_dialog import FeeCollectionDialog

    opened: list[FeeCollectionDialog] = []
    monkeypatch.setattr(FeeCollectionDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.HELD))
    assert editor is not None
    qtbot.addWidget(editor)
    button = next(b for b in editor.attendance.findChildren(QAbstractButton) if b.text() == "Thu đảng phí…")
    button.click()
    assert len(opened) == 1
    dialog, detail = opened[0], editor.detail
    assert detail is not None
    assert dialog.meeting_uuid == detail.uuid
    chosen = dialog.month.month()
    assert (chosen.year, chosen.month) == (detail.held_on.year, detail.held_on.month)
    assert sorted(dialog.member_uuids or []) == sorted(editor.attendance.present_members())
    assert len(dialog.member_uuids or []) == detail.counts.present + detail.counts.present_attached_here


def test_the_overview_shows_the_meeting_figures_and_the_charter_alert(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    widget = MeetingFiguresWidget(demo_workspace)
    qtbot.addWidget(widget)
    figures = widget.load(DEMO_TODAY)
    assert widget.title() == f"Sinh hoạt chi bộ năm {DEMO_TODAY.year}"
    assert [label.text() for label in widget.month_counts] == [str(n) for n in figures.meetings_by_month]
    assert (
        "xóa tên" in widget.absentees.text()
        and figures.repeated_absentees[0].full_name in widget.absentees.text()
    )
    assert widget.quarters.text().startswith("Sinh hoạt chuyên đề: Quý I: ")


def test_no_text_in_the_meeting_editor_is_left_in_english(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    english = {
        m.findtext("source") for m in ET.parse(TRANSLATIONS / "meetings_vi.ts").getroot().iter("message")
    }
    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.HELD))
    assert editor is not None
    qtbot.addWidget(editor)
    texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
    leftovers = [t for t in texts if t and t in english]
    assert leftovers == []


def test_a_new_combined_sitting_creates_both_meetings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    editor = page.new_meeting(MeetingKind.REGULAR, combined=True)
    qtbot.addWidget(editor)
    editor.preparation.held_on.setDate(date(DEMO_TODAY.year, 12, 20))
    assert not editor.save() and editor.error.text()  # the thematic meeting needs its topic
    type_text(editor.preparation.topic, "Chuyển đổi số trong thôn")
    assert editor.save(), editor.error.text()
    december = [
        m
        for m in list_meetings(window.workspace.uow(read_only=True))
        if m.held_on == date(DEMO_TODAY.year, 12, 20)
    ]
    assert sorted(m.kind.value for m in december) == ["regular", "thematic"] and all(
        m.combined for m in december
    )
    assert editor.partner_button.isVisible()
    editor.open_partner()
    settle(window)
    assert editor.detail is not None and editor.detail.kind is MeetingKind.THEMATIC
    assert editor.detail.planned_time == time(19, 30)


def test_the_document_number_pattern_can_be_changed_and_a_bad_one_is_explained(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cellapp.services.meetings._document_numbers import get_number_pattern

    page = _page(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not page.change_number_pattern("Số {number}/CB")
    assert shown and "{code}" in shown[0]
    assert page.change_number_pattern("Số {number}-{code}/CBND")
    assert get_number_pattern(window.workspace.uow(read_only=True)) == "Số {number}-{code}/CBND"


def test_the_overview_fills_its_meeting_figures_without_holding_up_the_window(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.overview_page import OverviewPage

    overview = window.pages[0]
    assert isinstance(overview, OverviewPage) and overview.meeting_figures is not None
    qtbot.waitUntil(
        lambda: overview.meeting_figures.title().startswith("Sinh hoạt chi bộ năm"), timeout=20000
    )  # type: ignore[union-attr]
    assert overview.meeting_figures.month_counts[0].text() != ""  # type: ignore[union-attr]


def test_a_meeting_entered_by_mistake_is_deleted_from_the_editor(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = _page(window)
    before = page.model.rowCount()
    editor = _open(page, _row_of(page, MeetingStatus.PLANNED))
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.delete_button.isVisible()
    monkeypatch.setattr(editor, "confirm", lambda _question: True)
    assert editor.delete()
    assert page.model.rowCount() == before - 1


def test_finalising_out_of_date_order_says_so_before_the_number_is_given(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from cellapp.domain.document_numbers import DocumentCode
    from cellapp.services.meetings._finalise import NumberPreview
    from ui.dialogs import meeting_editor_dialog

    page = _page(window)
    editor = _open(page, _row_of(page, MeetingStatus.HELD))
    assert editor is not None
    qtbot.addWidget(editor)
    late = [NumberPreview(DocumentCode.MINUTES, "Số 14-BB/CB", in_date_order=False)]
    monkeypatch.setattr(meeting_editor_dialog, "numbers_on_finalising", lambda _uow, _uuid: late)
    questions: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda question: questions.append(question) or False)
    assert not editor.finalise()  # the secretary said no: nothing is numbered
    assert "Số 14-BB/CB" in questions[0] and "không theo thứ tự ngày" in questions[0]
    assert editor.detail is not None and editor.detail.status is MeetingStatus.HELD
