"""The Review page (Đánh giá, xếp loại) offscreen at 1366×768, driving the real services: the demo's graded
year, a member's review opened from the keyboard, a refused grade that saves nothing, starting a year in
a new cell, the session and the cell's own review, and the committee's view and decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from cellapp.domain.review import CellStage, ReviewGrade
from cellapp.services import review as rv
from cellapp.services.workspace import Workspace, open_workspace
from tests.conftest import DEMO_TODAY
from tests.helpers.gui import settle
from tests.helpers.meetings import make_cell
from tests.helpers.typing_vietnamese import type_text
from ui.dialogs.cell_review_dialog import CellReviewDialog
from ui.dialogs.member_review_dialog import MemberReviewDialog
from ui.dialogs.review_decision_dialog import ReviewDecisionDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.review_page import ReviewPage

pytestmark = pytest.mark.timeout(90)
YEAR = DEMO_TODAY.year


def _page(qtbot, workspace: Workspace) -> ReviewPage:  # type: ignore[no-untyped-def]
    install_language(QApplication.instance(), "vi")  # type: ignore[arg-type]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = next(p for p in window.pages if isinstance(p, ReviewPage))
    window.navigation.setCurrentRow(window.pages.index(page))
    page.year.setValue(YEAR)
    page.refresh()
    settle(window)
    return page


def test_the_demo_year_is_listed_with_grades_that_add_up(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workspace)
    window = page.window()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]  # type: ignore[attr-defined]
    assert "Đánh giá, xếp loại" in titles
    summary = rv.review_summary(demo_workspace.uow(read_only=True), YEAR)
    assert summary is not None
    assert page.model.rowCount() == len(summary.review.members) > 20
    total = summary.total
    assert total.members == total.reviewed + total.not_reviewed
    assert f"Tổng số {total.members} = kiểm điểm {total.reviewed}" in page.summary.text()
    assert page.model.index(0, 6).data() in {g.short.render() for g in ReviewGrade}
    assert "Dự họp" in page.facts.text()  # the selected member's facts of the year


def test_enter_opens_the_member_and_a_grade_the_score_refuses_saves_nothing(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workspace)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, MemberReviewDialog)
    before = dialog.review
    # Points that give "fulfilled" with an "excellent" self-grade: refused on the field, nothing saved.
    for box in dialog.points.values():
        box.setValue(box.maximum() // 2)
    dialog.self_grade.setCurrentIndex(dialog.self_grade.findData(ReviewGrade.EXCELLENT.value))
    dialog.self_text.clear()
    type_text(dialog.self_text, "Tự kiểm điểm: còn hạn chế trong việc thực hiện nhiệm vụ được giao.")
    assert not dialog.save()
    assert "Với 50 điểm" in dialog.error.text()
    after = rv.review_year(demo_workspace.uow(read_only=True), YEAR)
    assert after is not None
    kept = after.member(before.uuid)
    assert kept is not None and kept.self_text == before.self_text and kept.self_score == before.self_score
    dialog.self_grade.setCurrentIndex(dialog.self_grade.findData(ReviewGrade.FULFILLED.value))
    assert dialog.save(), dialog.error.text()
    settle(page.window())
    saved = rv.review_year(demo_workspace.uow(read_only=True), YEAR)
    assert saved is not None
    member = saved.member(before.uuid)
    assert member is not None and member.self_score == 50 and member.self_grade is ReviewGrade.FULFILLED
    assert member.self_text == "Tự kiểm điểm: còn hạn chế trong việc thực hiện nhiệm vụ được giao."


def test_a_new_cell_starts_its_year_and_records_the_session(qtbot, cell_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    make_cell(cell_workspace)
    page = _page(qtbot, cell_workspace)
    assert page.model.rowCount() == 0 and page.start_button.isVisible()
    assert "chưa" in page.status.text().lower()
    assert page.start_year(on=DEMO_TODAY)
    settle(page.window())
    assert page.model.rowCount() == 6 and not page.start_button.isVisible()
    dialog = page.open_cell_review()
    assert isinstance(dialog, CellReviewDialog)
    type_text(dialog.session_on, "01/12/2026")
    dialog.present.setValue(99)
    assert not dialog.save()
    assert "chỉ có 7 đảng viên" in dialog.error.text()
    dialog.present.setValue(6)
    for box in list(dialog.criteria.values())[:5]:
        box.setChecked(True)
    dialog.proposed.setCurrentIndex(dialog.proposed.findData(ReviewGrade.GOOD.value))
    dialog.votes_for.setValue(4)
    assert dialog.save(), dialog.error.text()
    settle(page.window())
    year = rv.review_year(cell_workspace.uow(read_only=True), YEAR)
    assert year is not None and year.present == 6 and year.proposed_grade is ReviewGrade.GOOD
    assert sum(year.criteria_met.values()) == 5
    assert "⚠" in page.status.text()  # four criteria not met: a warning, not a refusal


def test_the_committee_sees_each_cell_and_decides_as_proposed(qtbot, committee_root: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(committee_root, actor="tester")
    try:
        page = _page(qtbot, workspace)
        assert page.model.rowCount() == 3
        stages = [page.model.index(r, 2).data() for r in range(3)]
        assert stages[0] == CellStage.DECIDED.label.render()
        assert stages[1] == CellStage.GRADED.label.render()
        page.table.selectRow(1)
        dialog = page.decide_selected()
        assert isinstance(dialog, ReviewDecisionDialog)
        dialog.body.clear()
        assert not dialog.save()
        type_text(dialog.body, "Ban Thường vụ Đảng ủy xã Xín Mần")
        type_text(dialog.ref, "120-QĐ/ĐU")
        before = rv.review_standings(workspace.uow(read_only=True), YEAR).cells[1]
        # The committee grades one excellent proposal lower; the rest are decided as proposed.
        [(lowered, (proposed, _choice))] = [
            (key, pair) for key, pair in dialog.choices.items() if key and pair[0] is ReviewGrade.EXCELLENT
        ][:1]
        assert len(dialog.choices) == before.proposed + 1  # every member's proposal, and the cell's own
        dialog.choose(lowered, ReviewGrade.GOOD)
        assert dialog.save(), dialog.error.text()
        assert dialog.result() == QDialog.DialogCode.Accepted
        settle(page.window())
        assert page.model.index(1, 2).data() == CellStage.DECIDED.label.render()
        standings = rv.review_standings(workspace.uow(read_only=True), YEAR)
        row = standings.cells[1]
        assert row.decided == row.proposed and sum(row.grades.values()) == row.proposed
        assert row.grades[ReviewGrade.EXCELLENT] == before.grades[ReviewGrade.EXCELLENT] - 1
        assert row.grades[ReviewGrade.GOOD] == before.grades[ReviewGrade.GOOD] + 1
        cell = rv.review_year(workspace.uow(read_only=True), YEAR, owner_unit=row.unit_uuid)
        assert cell is not None
        member = cell.for_member(lowered)
        assert member is not None and member.decision is not None
        assert member.proposed_grade is proposed and member.decision.grade is ReviewGrade.GOOD
        assert sum(standings.grades.values()) == sum(sum(c.grades.values()) for c in standings.cells)
    finally:
        workspace.close()


def test_the_decisions_come_back_and_the_cell_announces_them(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.helpers.sync_world import add_people, build_world
    from ui.dialogs.review_announce_dialog import ReviewAnnounceDialog

    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pó", "Tòng Thị Ến", "Quàng Văn Inh")
        session = date(YEAR, 11, 20)
        year = rv.start_review_year(world.a.uow(), YEAR, on=date(YEAR, 11, 10))
        full = rv.full_members_on(world.a.uow(read_only=True), session)
        for member in year.members:
            rv.save_self_assessment(
                world.a.uow(),
                member.uuid,
                text="Hoàn thành nhiệm vụ.",
                self_grade=ReviewGrade.GOOD,
                scores={"chinh_tri": 18, "dao_duc": 18, "ky_luat": 16, "nhiem_vu": 30},
                on=session,
            )
            rv.propose_member_grade(
                world.a.uow(),
                member.uuid,
                grade=ReviewGrade.GOOD,
                votes_for=full,
                votes_against=0,
                on=session,
            )
        page = _page(qtbot, world.a)
        assert not page.announce_button.isEnabled()  # nothing decided yet
        dialog = page.open_announcement()
        assert isinstance(dialog, ReviewAnnounceDialog)
        assert not dialog.save()
        assert "cấp trên chưa quyết định" in dialog.error.text()
        dialog.reject()

        world.send(world.a, world.hub)
        rv.decide_as_proposed(
            world.hub.uow(),
            world.a.info.unit_uuid,
            YEAR,
            decided_by="Ban Thường vụ Đảng ủy xã",
            decided_on=date(YEAR, 11, 25),
            decision_ref="15-QĐ/ĐU",
        )
        world.send(world.hub, world.a)
        page.refresh()
        settle(page.window())
        assert page.model.index(0, 8).data() == "HTTNV"  # the committee's grade in its column
        assert page.announce_button.isEnabled()
        page.announce_button.click()
        dialog = page.dialog
        assert isinstance(dialog, ReviewAnnounceDialog)
        dialog.day.clear()
        type_text(dialog.day, "31/02/2026")
        assert not dialog.save()  # a malformed date is refused, nothing recorded
        assert rv.review_year(world.a.uow(read_only=True), YEAR).announced_on is None  # type: ignore[union-attr]
        dialog.day.clear()
        type_text(dialog.day, f"27/11/{YEAR}")
        assert dialog.save(), dialog.error.text()
        settle(page.window())
        assert rv.review_year(world.a.uow(read_only=True), YEAR).announced_on == date(YEAR, 11, 27)  # type: ignore[union-attr]
        assert f"27/11/{YEAR}" in page.summary.text() and not page.announce_button.isEnabled()
        page.window().close()
    finally:
        world.close()
