"""The Members page on a real demo workspace, offscreen: adding and correcting members through the dialogs
(refusals shown in Vietnamese next to their field), recording and reversing an event, the 213 tab, the
import preview, and the alerts panel on the Overview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from cellapp.domain.lifecycle import EventKind
from cellapp.domain.members import MemberStatus
from cellapp.services.members._register import list_members
from cellapp.services.workspace import Workspace
from tests.helpers.member_files import write_csv
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.lifecycle_dialog import LifecycleDialog, ReverseEventDialog
from ui.dialogs.member_dialog import MemberDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.members_page import MembersPage
from ui.pages.overview_page import OverviewPage

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    main = MainWindow(demo_workspace)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def _page(window: MainWindow) -> MembersPage:
    window.navigation.setCurrentRow(1)
    page = window.pages[1]
    assert isinstance(page, MembersPage)
    return page


def _when_modal(qtbot, act: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog once it is open (exec() blocks the test until it closes)."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, find)
            return
        act(dialog)

    QTimer.singleShot(0, find)


def test_a_member_added_through_the_dialog_appears_selected_in_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    before = page.model.rowCount()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(dialog.full_name, "Sùng Thị Mỷ")
        dialog.sex.setCurrentIndex(1)
        dialog.birth_date.setText("09/08/1998")
        dialog.ethnicity.setCurrentText("H'Mông")
        dialog.citizen_id.setText("002198009876")
        dialog.join.setCurrentIndex(1)  # newly admitted
        dialog.admitted_on.setText("02/10/2025")
        dialog.ceremony_on.setText("20/10/2025")
        # The cell's vote: at least two thirds of the full members counted (Điều lệ Điều 4).
        dialog.party.votes.held_on.setText("20/09/2025")
        dialog.party.votes.full_members.setValue(12)
        assert dialog.party.votes.basis.text().endswith(": 8/12.")  # the two thirds needed
        dialog.party.votes.votes_for.setValue(7)
        dialog._save_clicked()
        assert "hai phần ba (8)" in dialog.error.text()
        dialog.party.votes.votes_for.setValue(10)
        dialog._save_clicked()

    _when_modal(qtbot, fill)
    page.actions.add()
    assert page.model.rowCount() == before + 1
    detail = page.detail.detail
    assert detail is not None and detail.full_name == "Sùng Thị Mỷ"
    assert detail.status is MemberStatus.PROBATIONARY and detail.fields.ethnicity == "Mông"
    assert [h.kind for h in detail.history] == [EventKind.ADMITTED]
    assert "10/12 tán thành" in " ".join(d.render("vi") for d in detail.history[0].details)
    assert "Sùng Thị Mỷ" in page.notice.text()


def test_a_refused_field_is_named_in_vietnamese_and_nothing_is_saved(
    qtbot, window: MainWindow, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.table.selectRow(0)
    detail = page.detail.detail
    assert detail is not None
    dialog = MemberDialog(page, _update(page, detail.uuid), detail)
    qtbot.addWidget(dialog)
    dialog.citizen_id.setText("12345678901")
    dialog._save_clicked()
    assert "Số CCCD phải gồm đúng 12 chữ số" in dialog.error.text()
    assert dialog.citizen_id.hasFocus() or dialog.citizen_id.styleSheet()
    assert dialog.result() != QDialog.DialogCode.Accepted
    other = next(
        m for m in list_members(demo_workspace.uow(read_only=True)) if m.citizen_id and m.uuid != detail.uuid
    )
    dialog.citizen_id.setText(other.citizen_id or "")
    dialog._save_clicked()
    assert f"đã thuộc về đồng chí {other.full_name}" in dialog.error.text()
    assert not dialog.open_other.isHidden()
    unchanged = next(m for m in list_members(demo_workspace.uow(read_only=True)) if m.uuid == detail.uuid)
    assert unchanged.citizen_id == detail.fields.citizen_id


def _update(page: MembersPage, uuid: str) -> Callable[[object], object]:
    from cellapp.services.members._details import update_member

    return lambda form: update_member(page.workspace.uow(), uuid, form.fields)  # type: ignore[attr-defined]


def test_recording_and_reversing_an_event_from_the_actions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    row = next(r for r in range(page.model.rowCount()) if page.model.member_at(r).status is MemberStatus.FULL)
    page.table.selectRow(row)
    detail = page.detail.detail
    assert detail is not None and EventKind.TEMPORARILY_EXEMPTED in detail.actions
    page.actions.fill_menu(page.actions_menu, detail)
    offered = [a.data() for a in page.actions_menu.actions() if a.data()]
    assert offered == [k.value for k in detail.actions]

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LifecycleDialog)
        rule = dialog.findChild(QLabel, "ruleText")
        assert rule is not None and "có thời hạn" in rule.text()
        dialog.effective_on.setText("01/10/2026")
        dialog._save_clicked()  # no end date yet: refused, stays open
        assert dialog.error.text() == "Hãy nhập ngày kết thúc."
        dialog.ends_on.setText("01/04/2027")
        type_text(dialog.note, "Đi làm ăn xa")
        dialog._save_clicked()

    _when_modal(qtbot, fill)
    page.actions.record(detail, EventKind.TEMPORARILY_EXEMPTED)
    after = page.detail.detail
    assert after is not None and after.status is MemberStatus.TEMPORARILY_EXEMPT
    page.detail.setCurrentIndex(1)
    page.detail.history.setCurrentItem(page.detail.history.topLevelItem(0))
    assert page.detail.reverse_button.isEnabled()

    def reverse(dialog: QDialog) -> None:
        assert isinstance(dialog, ReverseEventDialog)
        type_text(dialog.reason, "Ghi nhầm người")
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Đồng ý")
        ok.click()

    _when_modal(qtbot, reverse)
    page.detail.reverse_button.click()
    reverted = page.detail.detail
    assert reverted is not None and reverted.status is MemberStatus.FULL
    struck = page.detail.history.topLevelItem(1)
    assert struck.font(0).strikeOut() and "Ghi nhầm người" in struck.toolTip(0)


def test_the_import_preview_names_bad_rows_and_imports_a_clean_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    header = ["Họ và tên", "Giới tính", "Ngày sinh"]
    bad = write_csv(tmp_path / "bad.csv", header, [["Thào Mí Chứ", "Nam", "31/02/1980"]])
    dialog = ImportDialog(page, page.workspace, page.tasks, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.problems.item(0).text() == "Dòng 2: Ngày sinh: Ngày 31/02/1980 không tồn tại."
    assert not dialog.import_button.isEnabled()
    good = write_csv(
        tmp_path / "good.csv",
        header,
        [["Thào Mí Chứ", "Nam", "28/02/1980"], ["Ly Seo Chứ", "Nam", "01/03/1981"]],
    )
    dialog = ImportDialog(page, page.workspace, page.tasks, good)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert dialog.preview.rowCount() == 2
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported == 2, timeout=5000)
    page.refresh()
    page.search_box.setText("Ly Seo Chứ")
    page.refresh()
    assert [page.model.member_at(r).full_name for r in range(page.model.rowCount())] == ["Ly Seo Chứ"]


def test_the_overview_lists_what_falls_due(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.pages[0]
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: bool(page.alerts.alerts), timeout=5000)
    kinds = {a.kind for a in page.alerts.alerts}
    assert "recognition_overdue" in kinds
    assert page.alerts.table.item(0, 0).text() == "Quá hạn"


def test_the_213_tab_lists_both_directions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.tabs.setCurrentIndex(1)
    assert page.residence.elsewhere_table.rowCount() == 1
    assert page.residence.residents_table.rowCount() == 3
    year = str(date.today().year)
    assert year in page.residence.residents_table.horizontalHeaderItem(5).text()


def test_the_import_dialog_takes_the_month_members_paid_up_to_in_the_paper_book(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtTest import QTest

    from cellapp.domain.months import Month
    from cellapp.services.fees import fee_ledger

    page = _page(window)
    header = [
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Ngày vào Đảng",
        "Ngày chính thức",
        "Đã đóng đảng phí đến tháng",
    ]
    path = write_csv(
        tmp_path / "fees.csv",
        header,
        [
            ["Thào Mí Chứ", "Nam", "28/02/1980", "05/06/2005", "05/06/2006", ""],
            ["Ly Seo Chứ", "Nam", "01/03/1981", "03/02/2010", "03/02/2011", "09/2026"],
        ],
    )
    dialog = ImportDialog(page, page.workspace, page.tasks, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert dialog.preview.item(0, 7).text() == ""  # not given yet: the book starts at its own start
    QTest.mouseClick(dialog.paid_through_given, Qt.MouseButton.LeftButton)
    dialog.paid_through.setDate(QDate(2026, 6, 1))
    assert dialog.paid_through_given.isChecked()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert [p.render() for p in dialog.report.problems] == []
    assert dialog.preview.item(0, 7).text() == "06/2026"
    assert dialog.preview.item(1, 7).text() == "09/2026"  # a row's own month wins
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported == 2, timeout=5000)
    view = fee_ledger(page.workspace.uow(read_only=True), year=2026, reference=Month(2026, 10))
    paid_up_to = {row.full_name: row.summary.paid_up_to for row in view.rows}
    assert paid_up_to["Thào Mí Chứ"] == Month(2026, 6) and paid_up_to["Ly Seo Chứ"] == Month(2026, 9)
