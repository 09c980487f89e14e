"""Committee mode in the window: only committee pages show; the Cells page lists the enrolled demo cells,
filters as you type without diacritics and sorts by a column; the Overview draws the charts and lists
the cells' alerts; a cell's file prints finalised minutes under the cell's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cellapp.services.workspace import open_workspace
from ui.dialogs.cell_file_dialog import CellFileDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.cells_page import CellsPage
from ui.pages.overview_page import OverviewPage

pytestmark = pytest.mark.timeout(60)


def test_the_committee_sees_its_cells_charts_and_alerts(qtbot, committee_root: Path) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    workspace = open_workspace(committee_root, actor="officer")
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        assert [type(p).__name__ for p in window.pages] == ["OverviewPage", "CellsPage", "SyncPage"]
        overview = window.pages[0]
        assert isinstance(overview, OverviewPage) and overview.charts and overview.cell_alerts
        qtbot.waitUntil(
            lambda: bool(overview.cell_alerts.alerts and overview.charts.meetings.values), timeout=20000
        )
        assert {a.unit_code for a in overview.cell_alerts.alerts} == {"XM-C01", "XM-C02", "XM-C03"}
        assert sum(overview.charts.meetings.values) > 0
        page = window.pages[1]
        assert isinstance(page, CellsPage)
        window.navigation.setCurrentRow(1)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20000)
        page.search.setText("then phang")  # "Thèn Phàng" without its diacritics
        assert page.proxy.rowCount() == 1
        assert page.proxy.index(0, 1).data() == "Chi bộ thôn Thèn Phàng"
        page.search.setText("")
        page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        assert page.proxy.index(0, 0).data() == "XM-C03"
        dialog = CellFileDialog(workspace, page.model.cell_at(0), window)
        qtbot.addWidget(dialog)
        assert dialog.members.rowCount() > 0
        finalised = [i for i, m in enumerate(dialog.file.meetings) if m.status.value == "finalised"]  # type: ignore[union-attr]
        dialog.meetings_table.selectRow(finalised[0])
        dialog.print_minutes()
        assert dialog.preview is not None and dialog.preview.pdf.startswith(b"%PDF")
        dialog.preview.close()
    finally:
        workspace.close()


def test_a_folder_with_good_and_damaged_files_imports_the_good_ones_and_a_directive_goes_out(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cellapp.services.committee import list_cell_standings
    from cellapp.services.directives import list_directives
    from tests.conftest import DEMO_TODAY
    from tests.helpers.sync_world import CELL_A, CELL_B, add_people, build_world
    from ui.dialogs.directive_dialog import DirectiveDialog
    from ui.pages.sync_page import SyncPage

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo")
        world.export(world.a)
        (world.stick / "BM-C02_BM_000009_20261123.cellsync").write_bytes(b"not a sync file")
        empty = tmp_path / "empty"
        empty.mkdir()
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
        window = MainWindow(world.hub)
        qtbot.addWidget(window)
        [page] = [p for p in window.pages if isinstance(p, SyncPage)]
        page.import_folder(empty)
        assert told and "không có tệp đồng bộ" in told[0].lower()
        page.import_folder(world.stick)
        qtbot.waitUntil(lambda: getattr(page, "results", None) is not None, timeout=20000)
        assert page.results.table.rows.rowCount() == 2  # one line per file, the damaged one with its reason
        standings = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        assert standings[CELL_A].members_full == 1 and standings[CELL_B].last_received is None
        dialog = DirectiveDialog(world.hub, page)
        qtbot.addWidget(dialog)
        dialog.save()
        assert dialog.error.text()  # no number nor title: refused with the rule
        dialog.number.setText("07-CT/ĐU")
        dialog.title.setText("Về sinh hoạt chi bộ quý IV")
        dialog.cells.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
        [sent] = list_directives(world.hub.uow(read_only=True))
        assert sent.number == "07-CT/ĐU"
    finally:
        world.close()


def test_a_cells_file_lists_former_members_apart(qtbot, committee_root: Path) -> None:  # type: ignore[no-untyped-def]
    from cellapp.services.committee import list_cell_standings
    from tests.conftest import DEMO_TODAY

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    workspace = open_workspace(committee_root, actor="officer")
    try:
        cells = list_cell_standings(workspace.uow(read_only=True), today=DEMO_TODAY)
        dialogs = [CellFileDialog(workspace, cell) for cell in cells]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
        assert all(d.file and all(m.status.is_current for m in d.file.members) for d in dialogs)
        former = [f for d in dialogs for f in d.file.former]  # type: ignore[union-attr]
        assert former and all(not f.member.status.is_current and f.left_on for f in former)
        with_former = next(d for d in dialogs if d.former.rowCount())
        assert with_former.former.rowCount() == len(with_former.file.former)  # type: ignore[union-attr]
        assert (
            with_former.tabs.tabText(1) == f"Không còn sinh hoạt tại chi bộ ({with_former.former.rowCount()})"
        )
        shown = [with_former.former.index(0, c).data() for c in range(4)]
        assert shown[0] == with_former.file.former[0].member.full_name and shown[1] and shown[2]  # type: ignore[union-attr]
    finally:
        workspace.close()


def test_the_committee_transfers_a_member_from_a_cells_file(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from cellapp.services.committee import list_cell_standings
    from cellapp.services.members import list_members
    from tests.conftest import DEMO_TODAY
    from tests.helpers.sync_world import CELL_A, CELL_B, add_people, build_world
    from ui.dialogs import transfer_dialog
    from ui.dialogs.transfer_dialog import TransferDialog
    from ui.pages.sync_page import SyncPage
    from ui.tasks import TaskRunner

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo", "Giàng Thị Mai")
        world.send(world.a, world.hub)
        cells = {c.code: c for c in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        dialog = CellFileDialog(world.hub, cells[CELL_A])
        qtbot.addWidget(dialog)
        dialog.transfer()  # nobody chosen yet
        assert dialog.members_note.text() == "Hãy chọn một đảng viên trước."
        dialog.members_table.selectRow(0)
        moved = dialog.file.members[0]  # type: ignore[union-attr]

        def run_dialog(self: TransferDialog) -> int:
            assert [self.to_cell.itemData(i) for i in range(self.to_cell.count())] == [CELL_B]
            self.decided_on.setText("31/02/2026")
            self.save()  # a date that does not exist is refused with the field named
            assert self.error.text() and self.done_transfer is None
            self.decided_on.setText("20/11/2026")
            self.note.setText("Quyết định 15-QĐ/ĐU")
            self.save()
            return int(QDialog.DialogCode.Accepted) if self.done_transfer else 0

        monkeypatch.setattr(transfer_dialog.TransferDialog, "exec", run_dialog)
        dialog.transfer()
        assert dialog.transferred == 1 and moved.full_name in dialog.members_note.text()
        stays = ({"Lò Văn Pảo", "Giàng Thị Mai"} - {moved.full_name}).pop()
        assert [m.full_name for m in dialog.file.members] == [stays]  # type: ignore[union-attr]
        sync_page = SyncPage(world.hub, TaskRunner())
        qtbot.addWidget(sync_page)
        sync_page.refresh()
        listed = [sync_page.transfers.rows.index(0, c).data() for c in range(5)]
        assert listed == ["20/11/2026", moved.full_name, CELL_A, CELL_B, "Quyết định 15-QĐ/ĐU"]
        world.send(world.hub, world.b)  # the return file tells the receiving cell
        received = [m.full_name for m in list_members(world.b.uow(read_only=True))]
    finally:
        world.close()
    assert received == [moved.full_name]


def test_a_reference_value_set_at_the_committee_reaches_the_cells_sync_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.sync_world import build_world
    from ui.dialogs.reference_dialog import ReferenceDialog
    from ui.pages.sync_page import SyncPage
    from ui.tasks import TaskRunner

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    world = build_world(tmp_path / "world")
    try:
        dialog = ReferenceDialog(world.hub)
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("minimum_wage"))
        assert "4.960.000" in dialog.hint.text()
        dialog.key.setText("I")
        dialog.title.setText("Lương tối thiểu vùng I")
        dialog.valid_from.setText("01/07/2026")
        dialog.value.setPlainText("bốn triệu")
        dialog.save()  # not an amount: refused, nothing saved
        assert "Số tiền phải là số đồng chẵn" in dialog.error.text() and dialog.saved is None
        dialog.value.setPlainText("4.960.000")
        dialog.save()
        assert dialog.saved is not None and dialog.saved.value == 4_960_000
        hub_page = SyncPage(world.hub, TaskRunner())
        qtbot.addWidget(hub_page)
        hub_page.refresh()
        assert [hub_page.reference.rows.index(0, c).data() for c in range(4)] == [
            "Lương tối thiểu vùng",
            "Lương tối thiểu vùng I",
            "01/07/2026",
            "4.960.000 đ",
        ]
        again = ReferenceDialog(world.hub, start=hub_page.reference_values[0])  # a new version keeps the key
        qtbot.addWidget(again)
        assert (again.key.text(), again.value.toPlainText()) == ("I", "4.960.000 đ")
        world.send(world.hub, world.a)
        cell_page = SyncPage(world.a, TaskRunner())
        qtbot.addWidget(cell_page)
        cell_page.refresh()
        shown = [cell_page.reference.rows.index(0, c).data() for c in range(4)]
    finally:
        world.close()
    assert shown == ["Lương tối thiểu vùng", "Lương tối thiểu vùng I", "01/07/2026", "4.960.000 đ"]
