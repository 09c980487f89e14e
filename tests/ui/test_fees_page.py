"""The Fees page and its dialogs on a copy of the demo cell, offscreen, driving the real services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cellapp.domain.fee_ledger import MonthState
from cellapp.domain.months import Month
from cellapp.services.fees import fee_month, list_payments
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY
from ui.dialogs.fee_collection_dialog import FeeCollectionDialog, fee_collection_action
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.fees_page import FeesPage

pytestmark = pytest.mark.timeout(60)
NOVEMBER = Month.of(DEMO_TODAY)


@pytest.fixture
def page(qtbot, demo_workspace: Workspace) -> FeesPage:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    fees = next(p for p in window.pages if isinstance(p, FeesPage))
    fees.today = DEMO_TODAY
    fees.month.set_month(NOVEMBER)
    window.navigation.setCurrentRow(window.pages.index(fees))
    fees.refresh()
    return fees


def _select(page: FeesPage, predicate) -> int:  # type: ignore[no-untyped-def]
    for row in range(page.model.rowCount()):
        if predicate(page.model.row_at(row)):
            page.table.setCurrentIndex(page.model.index(row, page.model.column_of_month(NOVEMBER)))
            page.table.setFocus()
            return row
    raise AssertionError("no such row")


def test_the_grid_shows_every_member_by_month_with_vietnamese_money_and_totals(page: FeesPage) -> None:
    window = page.window()
    assert "Đảng phí" in [window.navigation.item(i).text() for i in range(window.navigation.count())]  # type: ignore[attr-defined]
    assert page.model.rowCount() > 30 and page.model.columnCount() == 15
    assert page.model.headerData(11, Qt.Orientation.Horizontal) == "T11"
    shown = {page.model.index(r, 11).data() for r in range(page.model.rowCount())}
    assert "11.100 đ" in shown and "miễn" in shown
    assert page.totals.text().startswith("Tháng 11/2026:") and "còn nợ" in page.totals.text()
    page.filter.setCurrentIndex(page.filter.findData("strike"))
    assert page.model.rowCount() == 1 and page.model.row_at(0).summary.strike_warning


def test_space_pays_the_selected_month_at_once_with_the_next_receipt(qtbot, page: FeesPage) -> None:  # type: ignore[no-untyped-def]
    _select(page, lambda r: (e := r.at(NOVEMBER)) is not None and e.state is MonthState.UNPAID)
    member = page.selected_member()
    before = len(list_payments(page.workspace.uow(read_only=True)))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert len(list_payments(page.workspace.uow(read_only=True))) == before + 1, page.status.text()
    row = fee_month(page.workspace.uow(read_only=True), month=NOVEMBER).row(member)  # type: ignore[arg-type]
    assert row is not None and row.at(NOVEMBER).state is MonthState.PAID  # type: ignore[union-attr]
    assert "biên lai BL-" in page.status.text()
    assert page.selected_member() == member  # the selection stays on the member just paid


def test_the_payment_dialog_covers_the_arrears_and_refuses_an_absurd_amount(qtbot, page: FeesPage) -> None:  # type: ignore[no-untyped-def]
    _select(page, lambda r: r.summary.strike_warning)
    dialog = page.payment_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.first.month() < NOVEMBER == dialog.last.month()
    before = len(list_payments(page.workspace.uow(read_only=True)))
    dialog.amount.setText("99.000.000")
    assert not dialog.save()
    assert "10 lần" in dialog.error.text()
    assert len(list_payments(page.workspace.uow(read_only=True))) == before
    dialog.amount.clear()
    assert dialog.save()
    assert page.model.rowCount() > 0 and "đã ghi" in page.status.text()
    page.filter.setCurrentIndex(page.filter.findData("strike"))
    assert page.model.rowCount() == 0


def test_collecting_at_the_meeting_takes_one_key_per_member_and_can_be_undone(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    view = fee_month(demo_workspace.uow(read_only=True), month=NOVEMBER)
    owing = [r.member_uuid for r in view.rows if r.at(NOVEMBER) and r.at(NOVEMBER).state is MonthState.UNPAID]  # type: ignore[union-attr]
    present = [*owing[:2], view.rows[0].member_uuid]
    dialog = FeeCollectionDialog(demo_workspace, month=NOVEMBER, member_uuids=present, paid_on=DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == len(set(present))
    first_unpaid = next(i for i, r in enumerate(dialog.rows) if r.member_uuid in owing)
    dialog.table.selectRow(first_unpaid)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert len(dialog.collected) == 1 and dialog.collected[0].receipt_number
    assert dialog.table.item(first_unpaid, 3).text() == "Đã đóng"
    assert dialog.table.item(first_unpaid, 4).text() == dialog.collected[0].receipt_number
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.collected == [] and dialog.table.item(first_unpaid, 3).text() == "Chưa đóng"
    kinds = [
        p.kind
        for p in list_payments(
            demo_workspace.uow(read_only=True), member_uuid=dialog.rows[first_unpaid].member_uuid
        )
    ]
    assert kinds[-2:] == ["payment", "reversal"]
    label, callback = fee_collection_action(dialog, demo_workspace)
    assert label == "Thu đảng phí…" and callable(callback)


def test_the_fee_book_prints_in_the_background(qtbot, page: FeesPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "so-thu.pdf"
    page.print_book(target)
    qtbot.waitUntil(lambda: "Đã lưu" in page.status.text(), timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")


def test_the_page_fits_the_target_screen(page: FeesPage) -> None:
    hint = page.window().minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    page.table.resizeColumnsToContents()
    assert page.table.horizontalHeader().length() <= page.table.viewport().width() + 40


def _click_row(qtbot, view, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_collecting_with_the_mouse_only(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    view = fee_month(demo_workspace.uow(read_only=True), month=NOVEMBER)
    owing = [r.member_uuid for r in view.rows if r.at(NOVEMBER) and r.at(NOVEMBER).state is MonthState.UNPAID]  # type: ignore[union-attr]
    dialog = FeeCollectionDialog(demo_workspace, month=NOVEMBER, member_uuids=owing[:3], paid_on=DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pay_month_button.text().replace("&", "") == "Thu tháng này"
    _click_row(qtbot, dialog.table, 1, 0)
    assert dialog.table.currentRow() == 1
    qtbot.mouseClick(dialog.pay_month_button, Qt.MouseButton.LeftButton)
    assert len(dialog.collected) == 1 and dialog.table.item(1, 3).text() == "Đã đóng"
    # The right-click menu offers the same payments.
    _click_row(qtbot, dialog.table, 2, 0)
    menu = dialog.context_menu()
    labels = [a.text() for a in menu.actions() if a.text()]
    assert labels[0].startswith("Thu tháng này") and labels[1].startswith("Thu hết")
    menu.actions()[1].trigger()
    assert len(dialog.collected) == 2 and dialog.table.item(2, 3).text() == "Đã đóng"


def test_the_grid_has_a_right_click_menu_and_a_legend(qtbot, page: FeesPage) -> None:  # type: ignore[no-untyped-def]
    _select(page, lambda r: (e := r.at(NOVEMBER)) is not None and e.state is MonthState.UNPAID)
    member = page.selected_member()
    before = len(list_payments(page.workspace.uow(read_only=True)))
    menu = page.context_menu()
    [pay, record, account] = [a for a in menu.actions() if a.text()]
    assert (pay.text(), record.text(), account.text()) == (
        "Đóng tháng đang chọn ngay (phím cách)",
        "Ghi nộp… (Enter)",
        "Đảng phí của đảng viên… (F2)",
    )
    pay.trigger()
    assert len(list_payments(page.workspace.uow(read_only=True))) == before + 1, page.status.text()
    assert page.selected_member() == member
    legend = page.legend.text()
    assert "⚑" in legend and "xóa tên" in legend and "đã đóng" in legend and "miễn" in legend
