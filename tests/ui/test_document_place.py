"""The place name before the date of every document: typed in the first-run assistant, changed later in
Settings → Place on documents, and printed on the minutes' date line ("Nậm Búng, ngày …")."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from cellapp.domain.meetings import MeetingDocument
from cellapp.domain.vietnamese import format_long_date
from cellapp.services.document_place import document_place
from cellapp.services.meetings._documents import print_meeting_document
from tests.helpers.gui import settle
from tests.helpers.meetings import held_meeting, make_cell
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.document_place_dialog import DocumentPlaceDialog
from ui.dialogs.first_run_dialog import FirstRunDialog
from ui.i18n import install_language
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.timeout(90),
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed"),
]


def _dateline(pdf: Path) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return next(line.strip() for line in text.splitlines() if "ngày" in line and "tháng" in line)


def test_the_place_typed_at_first_run_heads_the_minutes_date_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_cell

    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.cell_name, "Chi bộ thôn Nậm Búng")
    type_text(dialog.cell_committee, "Đảng bộ xã Bản Máy")
    type_text(dialog.cell_place, "Nậm Búng")
    dialog._accept_if_valid()
    assert dialog.result() == QDialog.DialogCode.Accepted
    workspace = create_cell(tmp_path / "cell", dialog.answer())
    try:
        assert document_place(workspace.uow(read_only=True)) == "Nậm Búng"
        cell = make_cell(workspace)
        meeting = held_meeting(cell, date(2026, 3, 5))
        target = print_meeting_document(
            workspace.uow(read_only=True), meeting.uuid, MeetingDocument.MINUTES, tmp_path / "bb.pdf"
        )
        assert _dateline(target) == "Nậm Búng, ngày 05 tháng 03 năm 2026"
    finally:
        workspace.close()


def test_the_place_is_changed_in_the_settings_and_a_bad_one_saves_nothing(qtbot, cell_workspace) -> None:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    window = MainWindow(cell_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle(window)
    assert window.place_action.isEnabled()
    window.place_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentPlaceDialog) and w.isVisible()
    )
    type_text(dialog.place, "Bản Máy, ngày 5")
    assert not dialog.save()
    assert "không ghi ngày hay dấu phẩy" in dialog.error.text()
    assert document_place(cell_workspace.uow(read_only=True)) == ""
    dialog.place.clear()
    type_text(dialog.place, "Bản  Máy ")
    preview = dialog.preview.text()  # the date line as it will print
    assert preview.startswith("Bản") and preview.endswith(format_long_date(date.today()))
    assert dialog.save(), dialog.error.text()
    assert document_place(cell_workspace.uow(read_only=True)) == "Bản Máy"
    window.close()
