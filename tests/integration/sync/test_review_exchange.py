"""The annual review travels: the cell's review year and members' reviews go up as the cell's records; the
committee sees the cell's stage, refuses to decide before the cell's proposal, and its decisions come
back to that cell only, where they show as the final grades. Re-importing changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from cellapp.domain.errors import InputRejected
from cellapp.domain.review import CellStage, MemberStage, ReviewGrade
from cellapp.services import review as rv
from tests.helpers.sync_world import World, add_people

YEAR = 2026
SESSION = date(2026, 11, 20)


def _cell_unit(world: World, cell: object) -> str:
    return cell.info.unit_uuid  # type: ignore[attr-defined, no-any-return]


def test_reviews_go_up_and_decisions_come_back_to_their_cell(world: World) -> None:
    add_people(world.a, "Lò Văn Pó", "Tòng Thị Ến", "Quàng Văn Inh")
    year = rv.start_review_year(world.a.uow(), YEAR, on=date(2026, 11, 10))
    cell_unit = _cell_unit(world, world.a)
    first = year.members[0]
    rv.save_self_assessment(
        world.a.uow(),
        first.uuid,
        text="Hoàn thành nhiệm vụ.",
        self_grade=ReviewGrade.GOOD,
        scores={"chinh_tri": 18, "dao_duc": 18, "ky_luat": 16, "nhiem_vu": 30},
        on=SESSION,
    )
    world.send(world.a, world.hub)

    standings = rv.review_standings(world.hub.uow(read_only=True), YEAR)
    row = next(c for c in standings.cells if c.unit_uuid == cell_unit)
    assert row.stage is CellStage.UNDER_WAY and row.self_assessed == 1
    decision = rv.DecisionInput(ReviewGrade.GOOD, "Ban Thường vụ Đảng ủy xã Bản Máy", date(2026, 11, 23))
    with pytest.raises(InputRejected, match="chưa đề xuất"):
        rv.decide_member_grade(
            world.hub.uow(), cell_unit, YEAR, first.member_uuid, decision, today=date(2026, 11, 23)
        )

    full = rv.full_members_on(world.a.uow(read_only=True), SESSION)
    rv.propose_member_grade(
        world.a.uow(), first.uuid, grade=ReviewGrade.GOOD, votes_for=full, votes_against=0, on=SESSION
    )
    world.send(world.a, world.hub)
    rv.decide_member_grade(
        world.hub.uow(), cell_unit, YEAR, first.member_uuid, decision, today=date(2026, 11, 23)
    )
    at_hub = rv.review_year(world.hub.uow(read_only=True), YEAR, owner_unit=cell_unit)
    assert at_hub is not None and at_hub.for_member(first.member_uuid).final_grade is ReviewGrade.GOOD  # type: ignore[union-attr]

    world.send(world.hub, world.a)
    world.send(world.hub, world.b)
    at_cell = rv.review_year(world.a.uow(read_only=True), YEAR)
    assert at_cell is not None
    member = at_cell.for_member(first.member_uuid)
    assert member is not None and member.stage is MemberStage.DECIDED
    assert member.decision is not None and member.decision.decided_by == "Ban Thường vụ Đảng ủy xã Bản Máy"
    # The other cell received nothing of it.
    with world.b.uow(read_only=True) as uow:
        from sqlalchemy import func, select

        from cellapp.storage.records import ReviewDecisionRecord

        assert uow.session.scalar(select(func.count()).select_from(ReviewDecisionRecord)) == 0
    # Sending again changes nothing.
    world.send(world.hub, world.a)
    again = rv.review_year(world.a.uow(read_only=True), YEAR)
    assert again == at_cell
    rv.announce_results(world.a.uow(), YEAR, on=date(2026, 11, 23), today=date(2026, 11, 23))


def test_the_committee_cannot_raise_a_disciplined_members_grade_and_then_writes_nothing(world: World) -> None:
    from cellapp.domain.errors import ValidationError
    from cellapp.domain.lifecycle import DisciplineLevel, EventKind
    from cellapp.services.members._lifecycle import EventInput, record_event
    from cellapp.storage.records import ReviewDecisionRecord

    disciplined, other = add_people(world.a, "Lò Văn Pó", "Tòng Thị Ến")
    record_event(
        world.a.uow(),
        disciplined.uuid,
        EventInput(
            EventKind.DISCIPLINED,
            date(2026, 6, 1),
            discipline=DisciplineLevel.REPRIMAND,
            decision_ref="5-QĐ/ĐU",
        ),
        today=date(2026, 6, 2),
    )
    year = rv.start_review_year(world.a.uow(), YEAR, on=date(2026, 11, 10))
    full = rv.full_members_on(world.a.uow(read_only=True), SESSION)
    scores = {"chinh_tri": 14, "dao_duc": 14, "ky_luat": 12, "nhiem_vu": 25}
    for member in year.members:
        rv.save_self_assessment(
            world.a.uow(),
            member.uuid,
            text="Tự kiểm điểm.",
            self_grade=ReviewGrade.FULFILLED,
            scores=scores,
            on=SESSION,
        )
        rv.propose_member_grade(
            world.a.uow(),
            member.uuid,
            grade=ReviewGrade.FULFILLED,
            votes_for=full,
            votes_against=0,
            on=SESSION,
        )
    world.send(world.a, world.hub)
    cell_unit = _cell_unit(world, world.a)

    def decide(otherwise: dict[str, ReviewGrade]) -> int:
        return rv.decide_as_proposed(
            world.hub.uow(),
            cell_unit,
            YEAR,
            decided_by="Ban Thường vụ Đảng ủy xã Bản Máy",
            decided_on=date(2026, 11, 25),
            otherwise=otherwise,
            today=date(2026, 11, 25),
        )

    with pytest.raises(ValidationError, match=r"Lò Văn Pó.*kỷ luật"):
        decide({disciplined.uuid: ReviewGrade.GOOD, other.uuid: ReviewGrade.GOOD})
    with world.hub.uow(read_only=True) as uow:
        from sqlalchemy import func, select

        assert uow.session.scalar(select(func.count()).select_from(ReviewDecisionRecord)) == 0
    assert decide({other.uuid: ReviewGrade.GOOD}) == len(year.members)
    at_hub = rv.review_year(world.hub.uow(read_only=True), YEAR, owner_unit=cell_unit)
    assert at_hub is not None
    assert at_hub.for_member(other.uuid).final_grade is ReviewGrade.GOOD  # type: ignore[union-attr]
    assert at_hub.for_member(disciplined.uuid).final_grade is ReviewGrade.FULFILLED  # type: ignore[union-attr]
