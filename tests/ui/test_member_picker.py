"""The member picker as a mouse user meets it: a click on a name ticks the row, as a click on its box does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from ui.dialogs.member_picker_dialog import MemberPickerDialog

pytestmark = pytest.mark.timeout(60)
MEMBERS = [("u1", "Giàng Seo Phử"), ("u2", "Sùng Thị Mỷ"), ("u3", "Lù Văn Pao")]


def _click(dialog: MemberPickerDialog, row: int, x: int) -> None:
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    QTest.mouseClick(
        dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + x, rect.center().y())
    )


def test_a_click_on_the_name_ticks_and_unticks_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberPickerDialog(MEMBERS, chosen={"u3"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _click(dialog, 0, 120)  # on the text, well right of the box
    assert dialog.chosen() == ["u1", "u3"]
    _click(dialog, 0, 120)
    assert dialog.chosen() == ["u3"]
    _click(dialog, 2, 120)
    assert dialog.chosen() == []


def test_a_click_on_the_box_still_toggles_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberPickerDialog(MEMBERS, chosen=set())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    style = dialog.list.style()
    box = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth)
    _click(dialog, 1, 4 + box // 2)  # on the small box itself
    assert dialog.chosen() == ["u2"]
