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
        assert [type(p).__name__ for p in window.pages] == [
            "OverviewPage",
            "CellsPage",
            "ReviewPage",
            "CommitteeSyncPage",
        ]
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
    from cellapp.services.sync._directives import list_directives
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
