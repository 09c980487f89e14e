"""Member history for demo cells, recorded through the member services as a secretary would.

Probationary members whose probation has ended are recognised (one newcomer is left overdue and one is
due within weeks), a member arrives by transfer, one is attached to a political theory course elsewhere,
one is temporarily exempt (entered first for the wrong member, then reversed), an elderly member is
exempted and another dies, one is reprimanded, a badge milestone falls this year, and the Regulation 213
registers hold working members living in the village with their residence comments.

Choices draw on a generator seeded from the cell's own names, so a demo stays deterministic for its seed
and leaves the shared demo generator untouched for the features that follow.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cellapp.demo.context import DemoContext
from cellapp.demo.people import COMMUNE, VILLAGES, DemoPerson, make_person
from cellapp.domain.lifecycle import DisciplineLevel, EventKind, Grade
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.personnel_votes import PersonnelVote
from cellapp.domain.seniority import add_years, reaches_years_on
from cellapp.services.members import (
    EventInput,
    IntroductionInput,
    MemberSummary,
    NewMember,
    ResidentInput,
    add_member,
    add_member_with_event,
    list_members,
    member_history,
    record_event,
    reverse_event,
    save_residence_comment,
    save_resident,
    set_residence_introduction,
)

if TYPE_CHECKING:
    from cellapp.services.workspace import Workspace

K = EventKind
_COMMITTEE_DECISION = "Quyết định số {n}-QĐ/ĐU"
_CELL_RESOLUTION = "Nghị quyết số {n}-NQ/CB"


def add_member_history(context: DemoContext) -> None:
    workspace, today = context.workspace, context.today
    members = list_members(workspace.uow(read_only=True), include_former=True)
    rng = random.Random("|".join(sorted(m.full_name for m in members)))
    taken = {m.full_name for m in members}
    numbers = iter(range(rng.randint(40, 90), 10_000, 3))

    def record(member: MemberSummary, event: EventInput) -> None:
        record_event(workspace.uow(), member.uuid, event, today=today)

    voters = sum(m.status is MemberStatus.FULL for m in members)
    _recognise_past_probations(members, record, numbers, rng, today, voters)
    _newcomers(context, rng, taken, numbers, voters)
    settled = [m for m in members if m.status is MemberStatus.FULL and m.birth_date and m.admitted_on]
    rng.shuffle(settled)
    working = [m for m in settled if 25 <= _age(m, today) <= 50]
    elderly = sorted((m for m in settled if _age(m, today) >= 70), key=lambda m: m.birth_date or today)
    if len(working) >= 3:
        _away(workspace, working[:3], record, numbers, today)
    if len(elderly) >= 2:
        record(
            elderly[0],
            EventInput(
                K.DIED,
                today - timedelta(days=130),
                note="Từ trần tại nhà riêng; chi bộ đã báo cáo Đảng ủy xã.",
            ),
        )
        record(
            elderly[1],
            EventInput(
                K.EXEMPTED,
                today - timedelta(days=240),
                decision_ref=_CELL_RESOLUTION.format(n=next(numbers)),
                note="Tuổi cao, sức khỏe yếu, có đơn đề nghị miễn công tác và sinh hoạt đảng.",
            ),
        )
    if len(working) >= 4:
        record(
            working[3],
            EventInput(
                K.DISCIPLINED,
                today - timedelta(days=190),
                discipline=DisciplineLevel.REPRIMAND,
                decision_ref=_CELL_RESOLUTION.format(n=next(numbers)),
                note="Vắng sinh hoạt chi bộ hai kỳ liên tiếp không có lý do.",
            ),
        )
    _badges(context, members, rng, taken, numbers)
    _residence(context, members, rng, taken)


def _age(member: MemberSummary, today: date) -> int:
    born = member.birth_date or today
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _recognise_past_probations(
    members: list[MemberSummary],
    record: Callable[[MemberSummary, EventInput], None],
    numbers: Iterator[int],
    rng: random.Random,
    today: date,
    voters: int,
) -> None:
    for member in members:
        start = member.ceremony_on
        if member.status is not MemberStatus.PROBATIONARY or start is None:
            continue
        due = add_years(start, 1)
        if due > today - timedelta(days=20):
            continue
        on = min(due + timedelta(days=rng.randint(3, 15)), today)
        record(
            member,
            EventInput(
                K.RECOGNISED,
                on,
                decision_ref=_COMMITTEE_DECISION.format(n=next(numbers)),
                vote=cell_vote(rng, max(due, on - timedelta(days=2)), voters),
            ),
        )


def cell_vote(rng: random.Random, day: date, full_members: int) -> PersonnelVote:
    """A show of party cards at the cell meeting: most for, sometimes one against or away."""
    against = 1 if full_members > 6 and rng.random() < 0.3 else 0
    away = 1 if full_members > 6 and rng.random() < 0.3 else 0
    return PersonnelVote(day, full_members - against - away, against, full_members)


def _new_person(
    rng: random.Random, taken: set[str], years: tuple[int, int], sex: str | None = None
) -> DemoPerson:
    while True:
        person = make_person(rng, birth_year_range=years, sex=sex)
        if person.full_name not in taken:
            taken.add(person.full_name)
            return person


def _new_member(person: DemoPerson, **extra: object) -> NewMember:
    member = NewMember(
        full_name=person.full_name,
        sex=Sex(person.sex),
        birth_date=person.birth_date,
        ethnicity=person.ethnicity,
        religion=person.religion,
        citizen_id=person.citizen_id,
        home_town=person.home_town,
        residence=person.residence,
        phone=person.phone,
        occupation=person.occupation,
        education="12/12",
    )
    return replace(member, **extra)  # type: ignore[arg-type]


def _newcomers(
    context: DemoContext, rng: random.Random, taken: set[str], numbers: Iterator[int], voters: int
) -> None:
    workspace, today = context.workspace, context.today
    # One recognised on time, one overdue for recognition, one due within weeks.
    for days_since_ceremony in (430, 375, 347):
        person = _new_person(rng, taken, (today.year - 30, today.year - 22))
        ceremony = today - timedelta(days=days_since_ceremony)
        decided = ceremony - timedelta(days=rng.randint(6, 20))
        newcomer = add_member_with_event(
            workspace.uow(),
            _new_member(person),
            EventInput(
                K.ADMITTED,
                decided,
                ceremony_on=ceremony,
                decision_ref=_COMMITTEE_DECISION.format(n=next(numbers)),
                note="Đoàn viên thanh niên ưu tú, được chi bộ giới thiệu.",
                vote=cell_vote(rng, decided - timedelta(days=rng.randint(15, 30)), voters),
            ),
            today=today,
        )
        if days_since_ceremony > 400:
            recognised = add_years(ceremony, 1) + timedelta(days=rng.randint(5, 20))
            record_event(
                workspace.uow(),
                newcomer.uuid,
                EventInput(
                    K.RECOGNISED,
                    recognised,
                    decision_ref=_COMMITTEE_DECISION.format(n=next(numbers)),
                    note="Chi bộ xét, biểu quyết đề nghị; Đảng ủy xã quyết định công nhận.",
                    vote=cell_vote(rng, max(add_years(ceremony, 1), recognised - timedelta(days=3)), voters),
                ),
                today=today,
            )
    person = _new_person(rng, taken, (today.year - 45, today.year - 32))
    admitted = date(today.year - 12, rng.randint(1, 12), rng.randint(1, 28))
    add_member_with_event(
        workspace.uow(),
        _new_member(
            person,
            card_number=person.card_number,
            admitted_on=admitted,
            official_on=add_years(admitted, 1),
            residence=f"Thôn {VILLAGES[0]}, xã {COMMUNE}",
        ),
        EventInput(
            K.TRANSFERRED_IN,
            today - timedelta(days=95),
            organisation="Chi bộ thôn Nậm Dịch, Đảng bộ xã Nà Chì",
            grade=Grade.FULL,
            decision_ref="Giấy giới thiệu sinh hoạt đảng số 27",
            note="Chuyển về sinh sống tại thôn theo gia đình.",
        ),
        today=today,
    )


def _away(
    workspace: Workspace,
    members: list[MemberSummary],
    record: Callable[[MemberSummary, EventInput], None],
    numbers: Iterator[int],
    today: date,
) -> None:
    course, wrong, exempt = members
    record(
        course,
        EventInput(
            K.ATTACHED_OUT,
            today - timedelta(days=60),
            ends_on=today + timedelta(days=120),
            organisation="Chi bộ lớp Trung cấp lý luận chính trị, Trường Chính trị tỉnh Tuyên Quang",
            decision_ref="Giấy giới thiệu sinh hoạt đảng tạm thời số 14",
            note="Đi học tập trung lớp Trung cấp lý luận chính trị.",
        ),
    )
    exemption = EventInput(
        K.TEMPORARILY_EXEMPTED,
        today - timedelta(days=150),
        ends_on=today + timedelta(days=20),
        decision_ref=_CELL_RESOLUTION.format(n=next(numbers)),
        note="Đi làm công nhân tại khu công nghiệp tỉnh Bắc Ninh.",
    )
    # Entered first for the wrong member, then reversed: a wrong event is never edited.
    record(wrong, exemption)
    wrong_event = member_history(workspace.uow(read_only=True), wrong.uuid)[0]
    reverse_event(workspace.uow(), wrong.uuid, wrong_event.uuid, reason="Ghi nhầm đảng viên.", today=today)
    record(exempt, exemption)


def _badges(
    context: DemoContext,
    members: list[MemberSummary],
    rng: random.Random,
    taken: set[str],
    numbers: Iterator[int],
) -> None:
    workspace, today = context.workspace, context.today
    for member in members:
        if member.status is not MemberStatus.FULL or member.admitted_on is None:
            continue
        reached = reaches_years_on(member.admitted_on, 30)
        award_days = [date(today.year, m, d) for m, d in ((2, 3), (5, 19), (9, 2), (11, 7))]
        awarded_on = next((d for d in award_days if reached <= d <= today), None)
        if reached.year == today.year and awarded_on is not None:
            record_event(
                workspace.uow(),
                member.uuid,
                EventInput(
                    K.AWARDED,
                    awarded_on,
                    badge_years=30,
                    decision_ref=_COMMITTEE_DECISION.format(n=next(numbers)),
                ),
                today=today,
            )
            break
    # An elderly member entered from the paper register reaches 40 years of seniority this year.
    milestone = today + timedelta(days=25)
    if milestone.year != today.year:
        milestone = today - timedelta(days=40)
    person = _new_person(rng, taken, (today.year - 68, today.year - 64), sex="male")
    admitted = date(today.year - 40, milestone.month, min(milestone.day, 28))
    add_member(
        workspace.uow(),
        _new_member(
            person,
            card_number=person.card_number,
            admitted_on=admitted,
            official_on=add_years(admitted, 1),
            occupation="Hưu trí",
            theory_level="Trung cấp",
        ),
        today=today,
    )


def _residence(
    context: DemoContext, members: list[MemberSummary], rng: random.Random, taken: set[str]
) -> None:
    workspace, today = context.workspace, context.today
    residents = (
        ("Chi bộ Trường PTDTBT THCS xã Xín Mần", False, "Giáo viên"),
        ("Đảng bộ Đồn Biên phòng Xín Mần", True, "Cán bộ đồn biên phòng, ở tập trung tại đơn vị"),
        ("Chi bộ Trạm Y tế xã Xín Mần", False, "Y sĩ trạm y tế"),
    )
    for index, (organisation, exempt, note) in enumerate(residents):
        person = _new_person(rng, taken, (today.year - 48, today.year - 27))
        resident = save_resident(
            workspace.uow(),
            ResidentInput(
                full_name=person.full_name,
                organisation=organisation,
                contact=person.phone,
                residence=f"Thôn {VILLAGES[0]}, xã {COMMUNE}",
                introduced_on=date(today.year - 2 - index, 3, 10 + index),
                exempt=exempt,
                note=note,
            ),
            today=today,
        )
        if exempt:
            continue
        save_residence_comment(
            workspace.uow(),
            resident.uuid,
            year=today.year - 1,
            comment="Gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước và quy định của địa "
            "phương; tham gia đầy đủ các buổi sinh hoạt với chi bộ nơi cư trú.",
            cell_opinion="Hoàn thành tốt trách nhiệm của đảng viên nơi cư trú.",
            front_opinion="Nhất trí với nhận xét của chi ủy.",
            sent_on=date(today.year - 1, 11, 20),
            today=today,
        )
        if index == 0 and (today.month, today.day) >= (11, 20):
            save_residence_comment(
                workspace.uow(),
                resident.uuid,
                year=today.year,
                comment="Gia đình gương mẫu, tích cực vận động nhân dân tham gia xây dựng nông thôn mới.",
                cell_opinion="Hoàn thành tốt trách nhiệm của đảng viên nơi cư trú.",
                front_opinion="Nhất trí.",
                sent_on=date(today.year, 11, 18),
                today=today,
            )
    elsewhere = next(
        (
            m
            for m in members
            if m.status is MemberStatus.FULL and m.residence and VILLAGES[0] not in m.residence
        ),
        None,
    )
    if elsewhere is not None and elsewhere.residence:
        village = elsewhere.residence.split(",")[0].removeprefix("Thôn ").strip()
        set_residence_introduction(
            workspace.uow(),
            elsewhere.uuid,
            IntroductionInput(
                residence_cell=f"Chi bộ thôn {village}",
                commune=f"xã {COMMUNE}",
                introduced_on=date(today.year - 1, 4, 2),
                note="Đã có giấy giới thiệu về nơi cư trú.",
            ),
            today=today,
        )
