"""The annual review through the services on a real workspace: who is reviewed, self-assessment,
proposals with votes, the refusals that save nothing, the summary that adds up, and the committee's
decisions (which only the committee writes, and only after the cell's proposal)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cellapp.domain.errors import InputRejected, UsageError, ValidationError
from cellapp.domain.lifecycle import DisciplineLevel, EventKind
from cellapp.domain.members import Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.reference import ReferenceKind
from cellapp.domain.review import Coverage, ReviewForm, ReviewGrade
from cellapp.domain.review_rules_builtin import BUILTIN_DOCUMENTS
from cellapp.services import review as rv
from cellapp.services.members._lifecycle import EventInput, add_member_with_event, record_event
from cellapp.services.members._register import NewMember
from cellapp.services.workspace import Workspace
from cellapp.storage.records import MemberReviewRecord, ReviewDecisionRecord, ReviewYearRecord
from tests.helpers.meetings import make_cell

YEAR = 2026
START = date(2026, 11, 20)
SESSION = date(2026, 12, 1)
TODAY = date(2026, 12, 4)


def _rows(workspace: Workspace, record: type) -> int:
    with workspace.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(record)) or 0)


@pytest.fixture
def cell(cell_workspace: Workspace):  # type: ignore[no-untyped-def]
    small = make_cell(cell_workspace)
    # A member admitted in October: reviewed, not graded.
    newcomer = add_member_with_event(
        cell_workspace.uow(),
        NewMember(full_name="Thào Thị Dua", sex=Sex.FEMALE, birth_date=date(2003, 4, 1)),
        EventInput(
            EventKind.ADMITTED,
            date(2026, 10, 2),
            ceremony_on=date(2026, 10, 10),
            vote=PersonnelVote(date(2026, 9, 20), 4, 0, 4),
        ),
        today=date(2026, 10, 10),
    )
    small.ids["Thào Thị Dua"] = newcomer.uuid
    return small


def _started(cell) -> rv.ReviewYear:  # type: ignore[no-untyped-def]
    return rv.start_review_year(cell.workspace.uow(), YEAR, on=START)


def _assess(cell, name: str, *, grade: ReviewGrade, score: int | None = None) -> rv.MemberReview:  # type: ignore[no-untyped-def]
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    review = year.for_member(cell[name])
    assert review is not None
    scores = None
    if score is not None:
        scores = {"chinh_tri": 20, "dao_duc": 20, "ky_luat": 20, "nhiem_vu": score - 60}
    rv.save_self_assessment(
        cell.workspace.uow(),
        review.uuid,
        text="Tự kiểm điểm năm 2026.",
        self_grade=grade,
        scores=scores,
        on=SESSION,
    )
    return review


def test_who_is_reviewed_on_the_day_the_year_starts(cell) -> None:  # type: ignore[no-untyped-def]
    year = _started(cell)
    reviewed = {m.full_name: m.graded for m in year.members}
    assert reviewed == {
        "Giàng Seo Phử": True,
        "Sùng Thị Mỷ": True,
        "Lù Văn Pao": True,
        "Vàng A Dính": True,
        "Hoàng Thị Ánh": True,
        "Lò Văn Minh": True,  # attached elsewhere for a time: reviewed here, with that place's comment
        "Thào Thị Dua": False,  # admitted in October: reviewed, not graded
    }
    assert {n.full_name: n.coverage for n in year.not_reviewed} == {"Đặng Văn Đức": Coverage.EXEMPT}
    assert all(m.form is ReviewForm.C for m in year.members)
    assert year.rules.code == "366-QĐ/TW"


def test_a_year_is_started_once_and_a_member_reviewed_once(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    with pytest.raises(InputRejected, match="Đã bắt đầu kiểm điểm năm 2026"):
        _started(cell)
    before = _rows(cell.workspace, MemberReviewRecord)
    with pytest.raises(InputRejected, match="mỗi năm đảng viên chỉ kiểm điểm một lần"):
        rv.add_member_review(cell.workspace.uow(), YEAR, cell["Lù Văn Pao"])
    assert _rows(cell.workspace, MemberReviewRecord) == before
    assert _rows(cell.workspace, ReviewYearRecord) == 1


def test_the_score_band_decides_which_grade_is_allowed(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    with pytest.raises(ValidationError, match="Với 85 điểm"):
        _assess(cell, "Lù Văn Pao", grade=ReviewGrade.EXCELLENT, score=85)
    review = _assess(cell, "Lù Văn Pao", grade=ReviewGrade.GOOD, score=85)
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    saved = year.member(review.uuid)
    assert saved is not None and saved.self_score == 85 and saved.self_grade is ReviewGrade.GOOD


def test_a_refused_self_assessment_saves_nothing(cell) -> None:  # type: ignore[no-untyped-def]
    year = _started(cell)
    review = year.for_member(cell["Lù Văn Pao"])
    assert review is not None
    with pytest.raises(ValidationError, match="từ 0 đến 20"):
        rv.save_self_assessment(
            cell.workspace.uow(), review.uuid, text="Nội dung", self_grade=None, scores={"chinh_tri": 25}
        )
    after = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert after is not None
    kept = after.member(review.uuid)
    assert kept is not None and kept.self_text is None and kept.self_assessed_on is None


def test_a_newcomer_is_not_graded(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    with pytest.raises(ValidationError, match="chưa xếp loại"):
        _assess(cell, "Thào Thị Dua", grade=ReviewGrade.GOOD)


def test_a_member_disciplined_during_the_year_is_capped(cell) -> None:  # type: ignore[no-untyped-def]
    record_event(
        cell.workspace.uow(),
        cell["Vàng A Dính"],
        EventInput(
            EventKind.DISCIPLINED,
            date(2026, 6, 1),
            discipline=DisciplineLevel.REPRIMAND,
            decision_ref="5-QĐ/ĐU",
        ),
        today=date(2026, 6, 2),
    )
    _started(cell)
    with pytest.raises(ValidationError, match="bị kỷ luật trong năm"):
        _assess(cell, "Vàng A Dính", grade=ReviewGrade.GOOD, score=75)
    _assess(cell, "Vàng A Dính", grade=ReviewGrade.FULFILLED, score=65)
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    inputs = rv.review_inputs(cell.workspace.uow(read_only=True), YEAR, [cell["Vàng A Dính"]], today=TODAY)
    assert inputs[cell["Vàng A Dính"]].disciplined


@pytest.mark.parametrize(
    ("votes", "refused"),
    [
        ((4, 0), None),
        ((3, 1), None),
        ((5, 0), "chỉ có 4 đảng viên chính thức"),  # the probationary member does not vote
        ((3, 0), None),
        ((2, 2), "không được thông qua"),
        (
            (2, 0),
            "chưa quá một nửa trong 4 đảng viên chính thức",
        ),  # half of the full members, not of the cast
        ((-1, 0), "không thể âm"),
    ],
)
def test_the_vote_counts_only_full_members(cell, votes: tuple[int, int], refused: str | None) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    review = _assess(cell, "Lù Văn Pao", grade=ReviewGrade.GOOD, score=80)
    call = lambda: rv.propose_member_grade(  # noqa: E731
        cell.workspace.uow(),
        review.uuid,
        grade=ReviewGrade.GOOD,
        votes_for=votes[0],
        votes_against=votes[1],
        on=SESSION,
    )
    if refused is None:
        call()
    else:
        with pytest.raises(ValidationError, match=refused):
            call()
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None
    saved = year.member(review.uuid)
    assert saved is not None
    assert saved.proposed_grade is (None if refused else ReviewGrade.GOOD)
    if refused is None:
        assert saved.vote_denominator == 4


def test_a_proposal_needs_the_self_assessment_first(cell) -> None:  # type: ignore[no-untyped-def]
    year = _started(cell)
    review = year.for_member(cell["Lù Văn Pao"])
    assert review is not None
    with pytest.raises(InputRejected, match="tự kiểm điểm trước"):
        rv.propose_member_grade(
            cell.workspace.uow(), review.uuid, grade=ReviewGrade.GOOD, votes_for=4, votes_against=0
        )


def _grade_everyone(cell, grades: dict[str, ReviewGrade]) -> None:  # type: ignore[no-untyped-def]
    scores = {
        ReviewGrade.EXCELLENT: 92,
        ReviewGrade.GOOD: 80,
        ReviewGrade.FULFILLED: 60,
        ReviewGrade.FAILED: 40,
    }
    for name, grade in grades.items():
        review = _assess(cell, name, grade=grade, score=scores[grade])
        rv.propose_member_grade(
            cell.workspace.uow(), review.uuid, grade=grade, votes_for=4, votes_against=0, on=SESSION
        )


def test_the_quota_of_excellent_is_a_warning(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    _grade_everyone(cell, {"Giàng Seo Phử": ReviewGrade.EXCELLENT, "Sùng Thị Mỷ": ReviewGrade.GOOD})
    summary = rv.review_summary(cell.workspace.uow(read_only=True), YEAR)
    assert summary is not None and summary.quota is not None
    assert "tối đa 0" in summary.quota.render()


def test_the_summary_adds_up_by_grade_of_member(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    _grade_everyone(
        cell,
        {
            "Giàng Seo Phử": ReviewGrade.GOOD,
            "Sùng Thị Mỷ": ReviewGrade.GOOD,
            "Lù Văn Pao": ReviewGrade.FULFILLED,
            "Hoàng Thị Ánh": ReviewGrade.FULFILLED,
        },
    )
    summary = rv.review_summary(cell.workspace.uow(read_only=True), YEAR)
    assert summary is not None
    assert summary.basis is rv.SummaryBasis.PROPOSED
    full, probationary, total = summary.rows
    assert (full.members, full.not_reviewed, full.not_graded, full.pending) == (6, 1, 0, 2)
    assert full.grades[ReviewGrade.GOOD] == 2 and full.grades[ReviewGrade.FULFILLED] == 1
    assert (probationary.members, probationary.not_graded) == (2, 1)
    assert probationary.grades[ReviewGrade.FULFILLED] == 1
    for row in summary.rows:
        assert row.adds_up
    assert total.members == full.members + probationary.members == 8
    assert total.grades == {g: full.grades[g] + probationary.grades[g] for g in ReviewGrade}


def test_the_cell_reviews_itself_against_its_criteria(cell) -> None:  # type: ignore[no-untyped-def]
    year = _started(cell)
    codes = [c.code for c in year.rules.collective_criteria]
    assert len(codes) == 9  # năm tốt, bốn không
    with pytest.raises(InputRejected, match="tự đánh giá chi bộ"):
        rv.propose_cell_grade(
            cell.workspace.uow(), YEAR, grade=ReviewGrade.GOOD, votes_for=4, votes_against=0
        )
    rv.save_cell_self_review(
        cell.workspace.uow(),
        YEAR,
        criteria_met={code: code != "khong_don_thu" for code in codes},
        text="Chi bộ hoàn thành tốt nhiệm vụ.",
        self_grade=ReviewGrade.GOOD,
    )
    saved = rv.propose_cell_grade(
        cell.workspace.uow(), YEAR, grade=ReviewGrade.GOOD, votes_for=4, votes_against=0, on=SESSION
    )
    assert any("chưa đạt 1 tiêu chí" in w.render() for w in saved.warnings)
    after = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert after is not None and after.proposed_grade is ReviewGrade.GOOD and after.vote_denominator == 4


def test_the_session_cannot_count_more_present_than_members(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    with pytest.raises(ValidationError, match="chỉ có 8 đảng viên"):
        rv.set_review_session(cell.workspace.uow(), YEAR, session_on=SESSION, present=9, today=TODAY)
    rv.set_review_session(
        cell.workspace.uow(),
        YEAR,
        session_on=SESSION,
        place="Nhà văn hóa thôn",
        chair_uuid=cell["Giàng Seo Phử"],
        secretary_uuid=cell["Sùng Thị Mỷ"],
        present=6,
        today=TODAY,
    )
    year = rv.review_year(cell.workspace.uow(read_only=True), YEAR)
    assert year is not None and year.present == 6 and year.names[cell["Giàng Seo Phử"]] == "Giàng Seo Phử"


def test_the_cell_cannot_write_decisions(cell) -> None:  # type: ignore[no-untyped-def]
    _started(cell)
    with pytest.raises(UsageError):
        rv.decide_member_grade(
            cell.workspace.uow(),
            cell.workspace.info.unit_uuid,
            YEAR,
            cell["Lù Văn Pao"],
            rv.DecisionInput(ReviewGrade.GOOD, "Ban Thường vụ Đảng ủy xã", TODAY),
        )
    assert _rows(cell.workspace, ReviewDecisionRecord) == 0


def test_a_committee_file_of_rules_replaces_the_builtin_criteria(
    cell_workspace: Workspace, tmp_path: Path
) -> None:
    document = json.loads(json.dumps(BUILTIN_DOCUMENTS[1]))
    document.update(code="366-QĐ/TW-BM", valid_from="2026-11-01", locality="Xã Bản Máy")
    document["criteria"] = [
        {"code": "a", "label": "Chính trị tư tưởng", "points": 30},
        {"code": "b", "label": "Nhiệm vụ", "points": 70},
    ]
    with cell_workspace.uow() as uow:
        from cellapp.storage.records import ReferenceDataRecord

        uow.session.add(
            ReferenceDataRecord(
                kind=ReferenceKind.REVIEW_RULES.value,
                key=document["code"],
                valid_from=date(2026, 11, 1),
                title="Hướng dẫn của Đảng ủy xã",
                value=document,
                owner_unit="committee",
            )
        )
        uow.commit()
    rules = rv.review_rules_on(cell_workspace.uow(read_only=True), date(2026, 11, 20))
    assert rules.code == "366-QĐ/TW-BM" and [c.points for c in rules.criteria] == [30, 70]
    assert rv.review_rules_on(cell_workspace.uow(read_only=True), date(2026, 10, 20)).code == "366-QĐ/TW"
    broken = dict(document, criteria=[{"code": "a", "label": "A", "points": 30}])
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(InputRejected, match="không phải 100"):
        rv.read_rules_file(path)
