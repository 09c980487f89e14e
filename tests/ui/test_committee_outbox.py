"""The committee's outbox in the window: a reference value sent from its dialog (each bad entry refused in the
user's language, nothing saved) reaches the cell in the next return file and changes its fee book; a
transfer chosen from a cell's file is checked, confirmed, listed with where it stands and adopted by the
receiving cell; the cell's file shows current and former members apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from cellapp.domain.fee_rules import FeeCategory, RateBasis
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.members import Sex
from cellapp.domain.months import Month
from cellapp.domain.reference import ReferenceKind
from cellapp.services.committee import list_cell_standings
from cellapp.services.fees.ledger import fee_month
from cellapp.services.members._lifecycle import EventInput, record_event
from cellapp.services.members._register import NewMember, add_member, list_members
from cellapp.services.members._transfers import list_transfers
from cellapp.services.sync._reference_data import list_reference_data
from tests.helpers.gui import settle
from tests.helpers.sync_world import CELL_A, CELL_B, TODAY, World, add_people, build_world
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.cell_file_dialog import CellFileDialog
from ui.dialogs.reference_dialog import ReferenceDialog
from ui.dialogs.transfer_dialog import TransferDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.sync_page import SyncPage

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    built = build_world(tmp_path / "world")
    yield built
    built.close()
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]


def _sync_page(qtbot, world: World) -> SyncPage:  # type: ignore[no-untyped-def]
    window = MainWindow(world.hub)
    qtbot.addWidget(window)
    [page] = [p for p in window.pages if isinstance(p, SyncPage)]
    page.refresh()
    settle(page.window())
    return page


def _column(page: SyncPage, table_name: str, column: int) -> list[str]:
    table = page.reference_outbox.table if table_name == "reference" else page.transfer_outbox.table
    rows = table.rows
    return [rows.data(rows.index(r, column)) for r in range(rows.rowCount())]


def _fee(world: World, member_uuid: str) -> int:
    view = fee_month(world.a.uow(read_only=True), month=Month(2026, 11))
    [row] = [r for r in view.rows if r.member_uuid == member_uuid]
    entry = row.at(Month(2026, 11))
    assert entry is not None and entry.assessment is not None
    return entry.assessment.standard


def test_a_minimum_wage_sent_from_the_outbox_reaches_the_cells_fee_book(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    farmer = add_member(
        world.a.uow(),
        NewMember(
            full_name="Giàng Seo Phử", sex=Sex.MALE, birth_date=date(1980, 5, 1), admitted_on=date(2010, 3, 2)
        ),
    )
    page = _sync_page(qtbot, world)
    assert "Vùng IV" in _column(page, "reference", 1)
    assert page.outgoing.text() == "không có giá trị dùng chung hay quyết định chuyển sinh hoạt nào chờ gửi"
    dialog = ReferenceDialog(world.hub, page, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.region.currentText() == "Vùng IV"
    assert dialog.current.text() == "3.700.000 đ từ 01/01/2026 (Nghị định 293/2025/NĐ-CP)"
    assert dialog.valid_from.text() == "01/12/2026"  # the first day of next month
    refusals = []
    for typed, field in (("", "wageAmount"), ("3,7 triệu", "wageAmount"), ("4.000.000", "referenceSource")):
        dialog.amount.setText(typed)
        assert not dialog.save()
        refusals.append(
            (dialog.error.text(), dialog.focusWidget().objectName() if dialog.focusWidget() else field)
        )
    assert refusals[0][0] == "Cần nhập mức lương tối thiểu tháng (đồng)."
    assert refusals[1][0] == "Số tiền phải là số đồng chẵn, ví dụ 11.100 đ."
    assert refusals[2][0] == "Cần ghi văn bản làm căn cứ, ví dụ Nghị định 293/2025/NĐ-CP."
    type_text(dialog.source, "Nghị định 300/2026/NĐ-CP")
    dialog.valid_from.setText("31/11/2026")
    assert not dialog.save() and dialog.error.text() == "Ngày 31/11/2026 không tồn tại."
    assert list_reference_data(world.hub.uow(read_only=True)) == []  # nothing half-saved
    dialog.valid_from.setText("01/11/2026")
    assert dialog.save() and dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    settle(page.window())
    [row] = [i for i, item in enumerate(_column(page, "reference", 1)) if item == "Vùng IV"]
    assert _column(page, "reference", 2)[row] == "4.000.000 đ"
    assert _column(page, "reference", 5)[row] == "chờ gửi"
    assert page.outgoing.text().startswith("1 giá trị dùng chung")
    assert _fee(world, farmer.uuid) == 11_100
    world.send(world.hub, world.a)
    assert _fee(world, farmer.uuid) == 12_000


def test_a_fee_rate_asks_for_what_its_basis_needs(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    dialog = ReferenceDialog(world.hub, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(ReferenceKind.FEE_TABLE.value))
    assert dialog.regulation.currentText() == "01-QĐ/TW"
    dialog.category.setCurrentIndex(dialog.category.findData(FeeCategory.INSURED.value))
    assert [dialog.basis.itemData(i) for i in range(dialog.basis.count())] == ["percent_of_base", "fixed"]
    dialog.category.setCurrentIndex(dialog.category.findData(FeeCategory.OTHER.value))
    assert dialog.basis.currentData() == RateBasis.PERCENT_OF_MINIMUM_WAGE.value
    assert dialog.rate.isVisible() and not dialog.fixed.isVisible() and not dialog.area.isVisible()
    assert dialog.current.text().startswith("0,3% lương tối thiểu vùng từ 01/02/2026 (01-QĐ/TW); 0,5%")
    type_text(dialog.source, "Hướng dẫn 05-HD/VPTW")
    dialog.rate.setText("0,4,5")
    assert not dialog.save() and "ví dụ 0,3" in dialog.error.text()
    dialog.rate.setText("7")
    assert (
        not dialog.save() and dialog.error.text() == "Tỷ lệ đóng phải lớn hơn 0 và không quá 5%, ví dụ 0,3 %."
    )
    dialog.rate.setText("0,4")
    assert dialog.save()
    [sent] = list_reference_data(world.hub.uow(read_only=True))
    assert sent.value["rate_bp"] == 40 and sent.title == "Hướng dẫn 05-HD/VPTW"


def test_the_dialog_speaks_english_when_the_window_does(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    dialog = ReferenceDialog(world.hub, None, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Send a reference value to the cells"
    assert not dialog.save() and dialog.error.text() == "Enter the monthly minimum wage in đồng."
    transfer = TransferDialog(world.hub, None, today=TODAY)
    qtbot.addWidget(transfer)
    assert not transfer.save() and transfer.error.text() == "Choose the member to transfer."


def test_a_transfer_from_a_cells_file_is_checked_confirmed_and_reaches_the_receiving_cell(  # type: ignore[no-untyped-def]
    qtbot, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved, died = add_people(world.a, "Vàng A Dở", "Lò Văn Mất")
    record_event(world.a.uow(), died.uuid, EventInput(EventKind.DIED, date(2026, 10, 5)), today=TODAY)
    world.send(world.a, world.hub)
    page = _sync_page(qtbot, world)
    [cell] = [c for c in list_cell_standings(world.hub.uow(read_only=True), today=TODAY) if c.code == CELL_A]
    file = CellFileDialog(world.hub, cell, page)
    qtbot.addWidget(file)
    assert [file.tabs.tabText(i) for i in range(3)] == ["Đảng viên (1)", "Đã rời chi bộ (1)", "Sinh hoạt"]
    assert [file.former.data(file.former.index(0, c)) for c in range(3)] == [
        "Lò Văn Mất",
        "05/10/2026",
        "Từ trần",
    ]
    file.members_table.selectRow(0)
    dialog = TransferDialog(world.hub, file, from_code=CELL_A, member_uuid=moved.uuid, today=TODAY)
    qtbot.addWidget(dialog)
    assert (
        not dialog.source.isEnabled() and dialog.chosen() is not None and dialog.chosen().uuid == moved.uuid
    )  # type: ignore[union-attr]
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == [CELL_B]
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(_parent, _title, text):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert (
        not dialog.save()
        and dialog.error.text() == "Cần nhập số quyết định chuyển sinh hoạt đảng, ví dụ 15-QĐ/ĐU."
    )
    assert asked == []  # refused before anyone is asked to confirm
    type_text(dialog.decision, "15-QĐ/ĐU")
    dialog.decided_on.setText("24/11/2026")
    assert not dialog.save() and "ở tương lai" in dialog.error.text()
    dialog.decided_on.setText("20/11/2026")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not dialog.save() and list_transfers(world.hub.uow(read_only=True)) == []
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert dialog.save()
    assert asked[-1] == (
        "Chuyển sinh hoạt đảng viên Vàng A Dở\ntừ BM-C01 sang BM-C02 theo quyết định 15-QĐ/ĐU?\n\n"
        "Việc này không hoàn tác được tại đây."
    )
    file.reload()
    assert file.members.rowCount() == 0 and file.former.rowCount() == 2
    assert file.former.data(file.former.index(0, 2)) == "Cấp ủy chuyển sinh hoạt đến BM-C02"
    page.refresh()
    settle(page.window())
    assert _column(page, "transfer", 1) == ["15-QĐ/ĐU"]
    assert _column(page, "transfer", 5) == ["BM-C01: chờ gửi; BM-C02: chờ gửi"]
    world.send(world.hub, world.b)
    page.refresh()
    settle(page.window())
    assert _column(page, "transfer", 5) == ["BM-C01: chờ gửi; BM-C02: đã gửi, chờ xác nhận"]
    assert [m.full_name for m in list_members(world.b.uow(read_only=True))] == ["Vàng A Dở"]


def test_the_outbox_transfer_dialog_finds_a_member_without_diacritics(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    add_people(world.a, "Vàng A Dở", "Lò Thị Ở", "Giàng Seo Phử")
    world.send(world.a, world.hub)
    dialog = TransferDialog(world.hub, None, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.source.isEnabled() and dialog.member_list.count() == 3
    dialog.search.setText("giang seo")
    shown = [dialog.member_list.item(i) for i in range(3) if not dialog.member_list.item(i).isHidden()]
    assert [item.text() for item in shown] == ["Giàng Seo Phử — Đảng viên chính thức"]
    dialog.member_list.setCurrentItem(shown[0])
    assert dialog.chosen() is not None and dialog.chosen().full_name == "Giàng Seo Phử"  # type: ignore[union-attr]
