"""The demo cell's meetings: a year of monthly meetings and a thematic one each quarter (some held in
the same sitting), with attendance, speeches, tasks carried over until done, conclusions, resolutions
and votes, almost all finalised; next month's meeting prepared. Built through the services, as a
secretary would, and deterministic for a seed.

One member is absent without reason three times this year, so the Charter's alert shows in the demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from cellapp.demo.context import DemoContext
from cellapp.demo.people import meeting_topics, speech_summaries, task_descriptions
from cellapp.domain.attendance import AttendanceLine, AttendanceMark, RosterGroup, VoteTally, count_attendance
from cellapp.domain.meetings import (
    PROCEDURAL_ITEMS,
    ChairRole,
    MeetingKind,
    TaskOutcome,
    meeting_months,
    month_words,
    quarter_of,
)
from cellapp.domain.members import MemberStatus
from cellapp.services.meetings import (
    AttendanceInput,
    ConclusionInput,
    EvaluationInput,
    Guest,
    MeetingDetail,
    MeetingEdit,
    Preparation,
    SpeechInput,
    TaskInput,
    finalise_meeting,
    prepare_combined_sitting,
    prepare_meeting,
    save_meeting,
)
from cellapp.services.members import list_members, member_statuses_on

PLACE = "Nhà văn hóa thôn Nấm Dẩn"
GUEST = Guest("Vương Văn Thào", "Đảng ủy viên, phụ trách chi bộ")
EXCUSES = (
    "ốm, đang điều trị tại trạm y tế xã",
    "đi làm ăn xa, đã báo cáo chi bộ",
    "đưa con đi khám bệnh ở tỉnh",
    "đi công tác theo phân công của xã",
    "nhà có việc hiếu",
    "đi học lớp bồi dưỡng ở tỉnh",
)
COMMENTS = {
    TaskOutcome.DONE: ("", "Bà con đồng tình hưởng ứng.", "Hoàn thành trước thời hạn."),
    TaskOutcome.IN_PROGRESS: ("Cần tiếp tục đôn đốc.", "Còn vướng do thời tiết.", "Đã làm được một nửa."),
    TaskOutcome.NOT_DONE: (
        "Chưa bố trí được thời gian, chuyển sang tháng sau.",
        "Đồng chí được giao đi làm ăn xa.",
    ),
}
DOCUMENTS = (
    (
        date(2025, 7, 23),
        "Chỉ thị số 50-CT/TW ngày 23/7/2025 về tiếp tục nâng cao chất lượng sinh hoạt chi bộ",
    ),
    (date(2025, 8, 30), "Quy định số 366-QĐ/TW ngày 30/8/2025 về kiểm điểm, đánh giá, xếp loại chất lượng"),
    (date(2025, 10, 28), "Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 về nâng cao chất lượng sinh hoạt chi bộ"),
    (date(2026, 2, 3), "Quy định số 01-QĐ/TW ngày 03/02/2026 về chế độ đảng phí"),
)


@dataclass
class _Cell:
    context: DemoContext
    rng: random.Random
    chair: str
    deputy: str
    recorders: tuple[str, str]
    truant: str | None
    truant_months: set[tuple[int, int]]


def add_demo_meetings(context: DemoContext) -> None:
    if context.months <= 0:
        return
    rng = context.rng
    members = list_members(context.workspace.uow(read_only=True))
    months = _months_back(context.today, context.months)
    # The officers must have been full members of this cell since the first meeting of the demo year.
    first_day = date(*months[0], 1)
    then = member_statuses_on(context.workspace.uow(read_only=True), first_day)
    full = [
        m.uuid for m in members if m.status is MemberStatus.FULL and then.get(m.uuid) is MemberStatus.FULL
    ]
    if len(full) < 4:
        return
    chair, deputy, first, second = full[0], full[1], full[2], full[3]
    this_year = [m for m in months if m[0] == context.today.year and date(*m, 28) <= context.today]
    truant = full[4] if len(full) > 4 else None
    cell = _Cell(
        context,
        rng,
        chair,
        deputy,
        (first, second),
        truant,
        set(rng.sample(this_year, min(3, len(this_year)))),
    )
    topics = {year: meeting_topics(rng, year) for year in {y for y, _ in months}}
    thematic_done: set[tuple[int, int]] = set()
    for index, (year, month) in enumerate(months):
        day = date(year, month, rng.randint(3, 8))
        if day > context.today:
            continue
        quarter = (year, quarter_of(day))
        wants_thematic = quarter not in thematic_done and (month % 3 == 2 or (year, month) == months[-1])
        topic = topics[year][(quarter[1] - 1) % len(topics[year])]
        preparation = _preparation(cell, day, index)
        if wants_thematic and rng.random() < 0.5:
            regular, thematic = prepare_combined_sitting(
                context.workspace.uow(), preparation=preparation, topic=topic
            )
            held = _hold(cell, regular, time(19, 30), 95)
            _hold(cell, thematic, time(21, 5), 45, same_marks_as=held)
            thematic_done.add(quarter)
        else:
            regular = prepare_meeting(
                context.workspace.uow(), kind=MeetingKind.REGULAR, preparation=preparation
            )
            _hold(cell, regular, time(19, 30), rng.choice((95, 100, 105, 110, 85)))
            if wants_thematic:
                thematic_day = min(day + timedelta(days=14), context.today)
                thematic = prepare_meeting(
                    context.workspace.uow(),
                    kind=MeetingKind.THEMATIC,
                    preparation=replace(
                        _preparation(cell, thematic_day, index), topic=topic, draft_resolution=""
                    ),
                )
                _hold(cell, thematic, time(19, 30), rng.choice((95, 100, 120)))
                thematic_done.add(quarter)
    _prepare_next(cell)


def _months_back(today: date, count: int) -> list[tuple[int, int]]:
    result = []
    year, month = today.year, today.month
    for _ in range(count):
        result.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(result))


def _preparation(cell: _Cell, day: date, index: int) -> Preparation:
    documents = tuple(text for issued, text in DOCUMENTS if issued <= day and (day - issued).days < 75)
    return Preparation(
        held_on=day,
        place=PLACE,
        planned_time=time(19, 30),
        chair_uuid=cell.chair,
        chair_role=ChairRole.SECRETARY,
        secretary_uuid=cell.recorders[index % 2],
        documents=documents,
        draft_resolution=_resolution_text(cell.rng, day),
        guests=(GUEST,) if day.month % 3 == 0 else (),
    )


def _resolution_text(rng: random.Random, day: date) -> str:
    tasks = rng.sample(task_descriptions(), 3)
    evaluated, planned = meeting_months(day)
    lines = [
        f"I. Đánh giá kết quả thực hiện nhiệm vụ {month_words(evaluated, day)}",
        "Chi bộ đã lãnh đạo thực hiện cơ bản các nhiệm vụ đề ra; đảng viên chấp hành tốt chủ trương của Đảng, "
        "chính sách, pháp luật của Nhà nước; an ninh trật tự trong thôn được giữ vững.",
        f"II. Nhiệm vụ trọng tâm {month_words(planned, day)}",
        *(f"{n}. {task}." for n, task in enumerate(tasks, start=1)),
        "III. Tổ chức thực hiện",
        "Chi ủy phân công đảng viên phụ trách từng nhiệm vụ; các đồng chí đảng viên gương mẫu thực hiện và "
        "báo cáo kết quả tại kỳ sinh hoạt sau.",
    ]
    return "\n".join(lines)


def _marks(cell: _Cell, detail: MeetingDetail) -> list[AttendanceInput]:
    rng = cell.rng
    marks = []
    key = (detail.held_on.year, detail.held_on.month)
    for entry in detail.roster:
        uuid = entry.member_uuid
        if uuid in (cell.chair, *cell.recorders):
            marks.append(AttendanceInput(uuid, AttendanceMark.PRESENT))
        elif uuid == cell.truant:
            truant = key in cell.truant_months and detail.kind is MeetingKind.REGULAR
            marks.append(
                AttendanceInput(uuid, AttendanceMark.ABSENT_UNEXCUSED if truant else AttendanceMark.PRESENT)
            )
        elif entry.group is RosterGroup.APART:
            if entry.status is MemberStatus.EXEMPT and rng.random() < 0.1:
                marks.append(AttendanceInput(uuid, AttendanceMark.PRESENT))
        else:
            roll = rng.random()
            if roll < 0.08:
                marks.append(AttendanceInput(uuid, AttendanceMark.ABSENT_EXCUSED, rng.choice(EXCUSES)))
            elif roll < 0.10:
                marks.append(AttendanceInput(uuid, AttendanceMark.LATE))
            elif roll < 0.12:
                marks.append(AttendanceInput(uuid, AttendanceMark.ONLINE))
            else:
                marks.append(AttendanceInput(uuid, AttendanceMark.PRESENT))
    return marks


def _hold(
    cell: _Cell, detail: MeetingDetail, start: time, minutes: int, same_marks_as: MeetingDetail | None = None
) -> MeetingDetail:
    rng = cell.rng
    workspace = cell.context.workspace
    if same_marks_as is not None:
        marks = [AttendanceInput(e.member_uuid, e.mark, e.reason) for e in same_marks_as.roster if e.mark]
    else:
        marks = _marks(cell, detail)
    given = {m.member_uuid: m.mark for m in marks}
    present = [uuid for uuid, mark in given.items() if mark is not None and mark.is_present]
    counts = count_attendance(
        AttendanceLine(e.member_uuid, e.status, given.get(e.member_uuid), e.grade) for e in detail.roster
    )
    content = [item for item in detail.agenda if item.title not in PROCEDURAL_ITEMS]
    speeches = [
        SpeechInput(
            summary=summary,
            member_uuid=rng.choice(present),
            agenda_item_uuid=rng.choice(content).uuid if content else None,
        )
        for summary in rng.sample(speech_summaries(), rng.randint(5, 9))
    ]
    evaluations = []
    for review in detail.reviews:
        outcome = rng.choices((TaskOutcome.DONE, TaskOutcome.IN_PROGRESS, TaskOutcome.NOT_DONE), (70, 22, 8))[
            0
        ]
        evaluations.append(EvaluationInput(review.task.uuid, outcome, rng.choice(COMMENTS[outcome])))
    tasks = []
    if detail.kind is MeetingKind.REGULAR:
        due = (detail.held_on.replace(day=1) + timedelta(days=62)).replace(day=1) - timedelta(days=1)
        for description in rng.sample(task_descriptions(), rng.randint(2, 4)):
            people = tuple(rng.sample(present, rng.choice((1, 1, 2))))
            tasks.append(TaskInput(description, people, due))
    finish = start.hour * 60 + start.minute + minutes
    ended_at = time(finish // 60 % 24, finish % 60)
    voters = counts.voters_present
    abstaining = 1 if voters > 10 and rng.random() < 0.2 else 0
    resolution = (
        detail.draft_resolution if detail.kind is not MeetingKind.THEMATIC else _thematic_resolution(detail)
    )
    conclusion = (
        "Chủ trì đánh giá buổi sinh hoạt có chất lượng, đảng viên phát biểu sôi nổi, đúng trọng tâm. Đề nghị "
        "các đồng chí đảng viên thực hiện tốt nhiệm vụ được phân công và báo cáo kết quả tại kỳ sinh hoạt sau."
    )
    detail = save_meeting(
        workspace.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=tuple(marks),
            speeches=tuple(speeches),
            evaluations=tuple(evaluations),
            tasks=tuple(tasks),
            conclusion=ConclusionInput(
                started_at=start,
                ended_at=ended_at,
                conclusion=conclusion,
                resolution=resolution,
                vote=VoteTally(voters - abstaining, 0, abstaining),
            ),
        ),
    )
    latest_month = (
        detail.held_on.year == cell.context.today.year and detail.held_on.month == cell.context.today.month
    )
    if not latest_month:
        detail = finalise_meeting(workspace.uow(), detail.uuid)
    return detail


def _thematic_resolution(detail: MeetingDetail) -> str:
    return "\n".join(
        [
            f"1. Chi bộ thống nhất nội dung chuyên đề: {detail.topic}.",
            "2. Mỗi đồng chí đảng viên xây dựng kế hoạch cá nhân, liên hệ bản thân và cam kết thực hiện.",
            "3. Chi ủy theo dõi, đôn đốc và đánh giá kết quả vào cuối quý.",
        ]
    )


def _prepare_next(cell: _Cell) -> None:
    today = cell.context.today
    year, month = (today.year, today.month + 1) if today.month < 12 else (today.year + 1, 1)
    day = date(year, month, 5)
    prepare_meeting(
        cell.context.workspace.uow(), kind=MeetingKind.REGULAR, preparation=_preparation(cell, day, 0)
    )
