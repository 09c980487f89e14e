"""Preparing, recording and finalising meetings through the services, on a real workspace: counts from
statuses, refusals that save nothing, task carry-over, finalisation and addenda, numbering."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest

from cellapp.domain.attendance import AttendanceMark, VoteTally
from cellapp.domain.errors import NotFound, ValidationError
from cellapp.domain.meetings import MeetingKind, MeetingLocked, MeetingStatus, TaskOutcome
from cellapp.services.meetings._document_numbers import get_number_pattern, set_number_pattern
from cellapp.services.meetings._finalise import add_addendum, finalise_meeting, numbers_on_finalising
from cellapp.services.meetings._meetings import (
    get_meeting,
    list_meetings,
    prepare_combined_sitting,
    prepare_meeting,
    update_preparation,
)
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._types import (
    AttendanceInput,
    ConclusionInput,
    EvaluationInput,
    MeetingEdit,
    SpeechInput,
    TaskInput,
)
from cellapp.services.workspace import Workspace
from tests.helpers.meetings import SmallCell, held_meeting, make_cell

M = AttendanceMark


@pytest.fixture
def cell(cell_workspace: Workspace) -> SmallCell:
    return make_cell(cell_workspace)


def _database_snapshot(workspace: Workspace) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(workspace.paths.database)
    try:
        rows = []
        for table in ("meetings", "meeting_attendance", "meeting_speeches", "meeting_tasks", "meeting_votes"):
            rows += [(table, *row) for row in connection.execute(f"SELECT * FROM {table} ORDER BY uuid")]
        return rows
    finally:
        connection.close()


def test_a_prepared_meeting_has_the_standard_agenda_and_counts_from_statuses(cell: SmallCell) -> None:
    detail = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 3, 5))
    )
    assert detail.status is MeetingStatus.PLANNED
    assert detail.agenda[0].title.startswith("Phần mở đầu") and len(detail.agenda) == 8
    counts = detail.counts
    # 7 in the total (the member attached here is not), 5 summoned, 4 full members vote.
    assert (counts.total, counts.probationary, counts.exempt, counts.attached_elsewhere) == (7, 1, 1, 1)
    assert (counts.attached_here, counts.expected, counts.voting_denominator) == (1, 5, 4)
    names = [e.full_name for e in detail.roster]
    assert names[:3] == ["Hoàng Thị Ánh", "Vàng A Dính", "Đặng Văn Đức"]  # Vietnamese order


def test_members_admitted_after_the_meeting_are_not_on_its_list(cell: SmallCell) -> None:
    from cellapp.domain.members import Sex
    from cellapp.services.members._register import NewMember, add_member

    add_member(cell.workspace.uow(), NewMember("Sình Thị Dung", Sex.FEMALE, admitted_on=date(2026, 6, 1)))
    before = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 5, 5))
    )
    after = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 6, 5))
    )
    assert "Sình Thị Dung" not in {e.full_name for e in before.roster}
    assert "Sình Thị Dung" in {e.full_name for e in after.roster}


def test_a_thematic_meeting_needs_its_topic(cell: SmallCell) -> None:
    with pytest.raises(ValidationError) as refused:
        prepare_meeting(
            cell.workspace.uow(), kind=MeetingKind.THEMATIC, preparation=cell.preparation(date(2026, 3, 20))
        )
    assert refused.value.field == "topic"
    assert list_meetings(cell.workspace.uow(read_only=True)) == []


def test_recording_attendance_speeches_and_the_vote(cell: SmallCell) -> None:
    detail = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 3, 5))
    )
    marks = (
        AttendanceInput(cell["Giàng Seo Phử"], M.PRESENT),
        AttendanceInput(cell["Sùng Thị Mỷ"], M.ONLINE),
        AttendanceInput(cell["Lù Văn Pao"], M.ABSENT_EXCUSED, "ốm"),
        AttendanceInput(cell["Vàng A Dính"], M.ABSENT_UNEXCUSED),
        AttendanceInput(cell["Hoàng Thị Ánh"], M.LATE),
        AttendanceInput(cell["Đặng Văn Đức"], M.PRESENT),  # exempt, came anyway: votes
    )
    detail = save_meeting(
        cell.workspace.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=marks,
            speeches=(
                SpeechInput("Đề nghị tuần tra đường biên.", member_uuid=cell["Hoàng Thị Ánh"]),
                SpeechInput("Nhất trí, đề nghị bổ sung.", speaker_name="Vương Văn Thào", reserved=True),
            ),
            conclusion=ConclusionInput(
                time(19, 30), time(21, 0), "Kết luận.", "Nghị quyết.", VoteTally(3, 0, 0)
            ),
        ),
    )
    counts = detail.counts
    assert detail.status is MeetingStatus.HELD
    # Expected: the five summoned and the exempt member who came.
    assert (counts.present, counts.expected, counts.present_online, counts.present_late) == (4, 6, 1, 1)
    # Full: Phử, Mỷ, Pao (excused: out), Dính (unexcused: in) + Đức exempt who came = 4.
    assert (counts.voting_denominator, counts.voters_present) == (4, 3)
    assert detail.votes[0].adopted and detail.votes[0].subject == "Biểu quyết thông qua nghị quyết"
    assert [s.speaker for s in detail.speeches] == ["Hoàng Thị Ánh", "Vương Văn Thào"]
    assert detail.speeches[1].reserved


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (MeetingEdit(attendance=(AttendanceInput("?", M.PRESENT),)), "attendance"),
        (MeetingEdit(conclusion=ConclusionInput(time(21, 0), time(19, 30))), "ended_at"),
        (MeetingEdit(conclusion=ConclusionInput(None, None, vote=VoteTally(9, 0, 0))), "votes"),
        (MeetingEdit(tasks=(TaskInput("Tuần tra đường biên", ()),)), "tasks"),
        (MeetingEdit(speeches=(SpeechInput("Ý kiến"),)), "speeches"),
    ],
    ids=[
        "unknown member",
        "end before start",
        "too many votes",
        "task without assignee",
        "speech without speaker",
    ],
)
def test_bad_input_is_refused_and_nothing_is_half_saved(
    cell: SmallCell, edit: MeetingEdit, field: str
) -> None:
    detail = held_meeting(cell, date(2026, 3, 5))
    before = _database_snapshot(cell.workspace)
    # The good attendance change in the same save must not be kept either.
    change = MeetingEdit(
        attendance=edit.attendance or (AttendanceInput(cell["Giàng Seo Phử"], M.LATE),),
        conclusion=edit.conclusion,
        tasks=edit.tasks,
        speeches=edit.speeches,
    )
    with pytest.raises(ValidationError) as refused:
        save_meeting(cell.workspace.uow(), detail.uuid, change)
    assert refused.value.field == field
    assert _database_snapshot(cell.workspace) == before


def test_an_absence_with_reason_needs_the_reason(cell: SmallCell) -> None:
    detail = held_meeting(cell, date(2026, 3, 5))
    with pytest.raises(ValidationError) as refused:
        save_meeting(
            cell.workspace.uow(),
            detail.uuid,
            MeetingEdit(attendance=(AttendanceInput(cell["Lù Văn Pao"], M.ABSENT_EXCUSED, "  "),)),
        )
    assert "Lù Văn Pao" in refused.value.message.render("vi")
    assert get_meeting(cell.workspace.uow(read_only=True), detail.uuid).counts.present == 5


def test_unfinished_tasks_carry_over_until_done_across_three_meetings(cell: SmallCell) -> None:
    pao, dinh = cell["Lù Văn Pao"], cell["Vàng A Dính"]
    first = held_meeting(
        cell,
        date(2026, 3, 5),
        edit=MeetingEdit(
            tasks=(
                TaskInput("Tuần tra đường biên, cột mốc", (pao, dinh), date(2026, 3, 31)),
                TaskInput("Rà soát danh sách hộ nghèo", (dinh,)),
            )
        ),
    )
    patrol, survey = (t.uuid for t in first.new_tasks)
    assert [a.full_name for a in first.new_tasks[0].assignees] == ["Vàng A Dính", "Lù Văn Pao"]

    second = held_meeting(cell, date(2026, 4, 5))
    assert [r.task.uuid for r in second.reviews] == [patrol, survey]
    second = save_meeting(
        cell.workspace.uow(),
        second.uuid,
        MeetingEdit(
            evaluations=(
                EvaluationInput(patrol, TaskOutcome.IN_PROGRESS, "Còn hai cột mốc."),
                EvaluationInput(survey, TaskOutcome.DONE),
            )
        ),
    )
    finalise_meeting(cell.workspace.uow(), first.uuid)
    finalise_meeting(cell.workspace.uow(), second.uuid)

    third = held_meeting(cell, date(2026, 5, 5))
    assert [r.task.uuid for r in third.reviews] == [patrol]
    assert third.reviews[0].history == ((date(2026, 4, 5), TaskOutcome.IN_PROGRESS),)
    save_meeting(
        cell.workspace.uow(),
        third.uuid,
        MeetingEdit(evaluations=(EvaluationInput(patrol, TaskOutcome.DONE),)),
    )
    fourth = held_meeting(cell, date(2026, 6, 5))
    assert fourth.reviews == ()


def test_a_thematic_meeting_does_not_review_tasks(cell: SmallCell) -> None:
    held_meeting(
        cell, date(2026, 3, 5), edit=MeetingEdit(tasks=(TaskInput("Vận động", (cell["Lù Văn Pao"],)),))
    )
    thematic = held_meeting(cell, date(2026, 3, 20), kind=MeetingKind.THEMATIC, topic="Phòng, chống tảo hôn")
    assert thematic.reviews == ()


def test_finalising_numbers_the_minutes_and_locks_the_meeting(cell: SmallCell) -> None:
    detail = held_meeting(cell, date(2026, 3, 5))
    final = finalise_meeting(cell.workspace.uow(), detail.uuid)
    assert final.status is MeetingStatus.FINALISED
    assert (final.minutes_ref, final.resolution_ref) == ("Số 01-BB/CB", "Số 01-NQ/CB")
    for change in (
        MeetingEdit(attendance=(AttendanceInput(cell["Lù Văn Pao"], M.ABSENT_UNEXCUSED),)),
        MeetingEdit(conclusion=ConclusionInput(time(19, 0), time(21, 0), "Khác")),
    ):
        with pytest.raises(MeetingLocked):
            save_meeting(cell.workspace.uow(), detail.uuid, change)
    with pytest.raises(MeetingLocked):
        update_preparation(cell.workspace.uow(), detail.uuid, cell.preparation(date(2026, 3, 6)))
    with pytest.raises(MeetingLocked):
        finalise_meeting(cell.workspace.uow(), detail.uuid)
    assert get_meeting(cell.workspace.uow(read_only=True), detail.uuid) == final


def test_finalised_minutes_keep_the_statuses_and_names_of_that_day(cell: SmallCell) -> None:
    detail = finalise_meeting(cell.workspace.uow(), held_meeting(cell, date(2026, 3, 5)).uuid)
    connection = sqlite3.connect(cell.workspace.paths.database)
    connection.execute(
        "UPDATE members SET status = 'deceased', full_name = 'X' WHERE full_name = 'Lù Văn Pao'"
    )
    connection.commit()
    connection.close()
    again = get_meeting(cell.workspace.uow(read_only=True), detail.uuid)
    assert again.counts == detail.counts and "Lù Văn Pao" in {e.full_name for e in again.roster}


@pytest.mark.parametrize(
    ("missing", "field"),
    [({"chair_uuid": None}, "chair"), ({"secretary_uuid": None}, "secretary")],
)
def test_finalising_without_chair_or_minute_taker_is_refused(
    cell: SmallCell, missing: dict[str, object], field: str
) -> None:
    detail = held_meeting(cell, date(2026, 3, 5), **missing)
    with pytest.raises(ValidationError) as refused:
        finalise_meeting(cell.workspace.uow(), detail.uuid)
    assert refused.value.field == field
    assert get_meeting(cell.workspace.uow(read_only=True), detail.uuid).status is MeetingStatus.HELD


def test_finalising_needs_every_summoned_member_marked_and_a_vote(cell: SmallCell) -> None:
    detail = held_meeting(cell, date(2026, 3, 5), votes=None)
    with pytest.raises(ValidationError) as refused:
        finalise_meeting(cell.workspace.uow(), detail.uuid)
    assert refused.value.field == "votes"
    save_meeting(
        cell.workspace.uow(),
        detail.uuid,
        MeetingEdit(attendance=(AttendanceInput(cell["Giàng Seo Phử"], M.PRESENT),)),
    )
    with pytest.raises(ValidationError) as refused:
        finalise_meeting(cell.workspace.uow(), detail.uuid)
    assert refused.value.field == "attendance" and "Lù Văn Pao" in refused.value.message.render("vi")


def test_corrections_to_finalised_minutes_are_numbered_addenda(cell: SmallCell) -> None:
    detail = held_meeting(cell, date(2026, 3, 5))
    with pytest.raises(ValidationError):
        add_addendum(cell.workspace.uow(), detail.uuid, text="Sửa", made_on=date(2026, 3, 6))
    finalise_meeting(cell.workspace.uow(), detail.uuid)
    first = add_addendum(
        cell.workspace.uow(), detail.uuid, text="Bổ sung ý kiến của đồng chí Pao.", made_on=date(2026, 3, 6)
    )
    second = add_addendum(
        cell.workspace.uow(), detail.uuid, text="Đính chính giờ kết thúc.", made_on=date(2026, 3, 8)
    )
    assert (first.number, second.number) == (1, 2)
    again = get_meeting(cell.workspace.uow(read_only=True), detail.uuid)
    assert [a.text for a in again.addenda] == ["Bổ sung ý kiến của đồng chí Pao.", "Đính chính giờ kết thúc."]
    assert again.conclusion == detail.conclusion


def test_numbers_run_per_year_and_follow_the_configured_pattern(cell: SmallCell) -> None:
    december = finalise_meeting(cell.workspace.uow(), held_meeting(cell, date(2025, 12, 5)).uuid)
    set_number_pattern(cell.workspace.uow(), "Số {number}-{code}/CBNB")
    assert get_number_pattern(cell.workspace.uow(read_only=True)) == "Số {number}-{code}/CBNB"
    january = finalise_meeting(cell.workspace.uow(), held_meeting(cell, date(2026, 1, 5)).uuid)
    february = finalise_meeting(cell.workspace.uow(), held_meeting(cell, date(2026, 2, 5)).uuid)
    assert december.minutes_ref == "Số 01-BB/CB"
    assert (january.minutes_ref, february.minutes_ref) == ("Số 01-BB/CBNB", "Số 02-BB/CBNB")
    assert get_meeting(cell.workspace.uow(read_only=True), december.uuid).minutes_ref == "Số 01-BB/CB"


def test_a_combined_sitting_makes_two_meetings_and_warns_under_120_minutes(cell: SmallCell) -> None:
    regular, thematic = prepare_combined_sitting(
        cell.workspace.uow(), preparation=cell.preparation(date(2026, 5, 4)), topic="Phòng, chống tảo hôn"
    )
    assert regular.sitting_uuid == thematic.sitting_uuid and regular.partner_uuid == thematic.uuid
    assert (regular.kind, thematic.kind) == (MeetingKind.REGULAR, MeetingKind.THEMATIC)
    for detail, start, end in ((regular, time(19, 30), time(20, 45)), (thematic, time(20, 45), time(21, 20))):
        save_meeting(
            cell.workspace.uow(),
            detail.uuid,
            MeetingEdit(
                attendance=cell.everyone_present(detail),
                conclusion=ConclusionInput(start, end, "Kết luận."),
            ),
        )
    sitting = get_meeting(cell.workspace.uow(read_only=True), regular.uuid)
    assert any("110 phút" in w.render("vi") and "120 phút" in w.render("vi") for w in sitting.warnings)


def test_a_committee_meeting_lists_only_the_committee(cell: SmallCell) -> None:
    committee = (cell["Giàng Seo Phử"], cell["Sùng Thị Mỷ"], cell["Lù Văn Pao"])
    detail = prepare_meeting(
        cell.workspace.uow(),
        kind=MeetingKind.COMMITTEE,
        preparation=cell.preparation(date(2026, 3, 1), committee_members=committee),
    )
    assert {e.member_uuid for e in detail.roster} == set(committee)
    assert (detail.counts.total, detail.counts.voting_denominator) == (3, 3)
    with pytest.raises(ValidationError) as refused:
        prepare_meeting(
            cell.workspace.uow(), kind=MeetingKind.COMMITTEE, preparation=cell.preparation(date(2026, 3, 2))
        )
    assert refused.value.field == "committee_members"


def test_the_list_shows_each_meeting_with_its_counts(cell: SmallCell) -> None:
    held_meeting(cell, date(2026, 3, 5))
    prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 4, 5))
    )
    held_meeting(cell, date(2025, 12, 5))
    meetings = list_meetings(cell.workspace.uow(read_only=True), year=2026)
    assert [(m.held_on, m.status) for m in meetings] == [
        (date(2026, 4, 5), MeetingStatus.PLANNED),
        (date(2026, 3, 5), MeetingStatus.HELD),
    ]
    assert (meetings[1].counts.present, meetings[1].counts.expected) == (5, 5)


def test_an_unknown_meeting_is_not_found(cell: SmallCell) -> None:
    with pytest.raises(NotFound):
        get_meeting(cell.workspace.uow(read_only=True), "00000000-0000-0000-0000-000000000000")


def test_every_meeting_row_is_a_synced_record_with_its_own_uuid(cell: SmallCell) -> None:
    held_meeting(
        cell,
        date(2026, 3, 5),
        edit=MeetingEdit(
            speeches=(SpeechInput("Ý kiến.", member_uuid=cell["Lù Văn Pao"]),),
            tasks=(TaskInput("Vận động", (cell["Lù Văn Pao"],)),),
        ),
    )
    connection = sqlite3.connect(cell.workspace.paths.database)
    try:
        for table in (
            "meetings",
            "meeting_agenda_items",
            "meeting_attendance",
            "meeting_speeches",
            "meeting_tasks",
            "meeting_task_assignees",
            "meeting_votes",
        ):
            rows = connection.execute(f"SELECT uuid, owner_unit, ver_node, ver_ctr FROM {table}").fetchall()
            assert rows and all(uuid and owner and node and counter for uuid, owner, node, counter in rows), (
                table
            )
            assert len({r[0] for r in rows}) == len(rows)
    finally:
        connection.close()


def test_notes_stay_with_their_agenda_item_when_the_agenda_is_edited(cell: SmallCell) -> None:
    detail = held_meeting(
        cell, date(2026, 3, 5), agenda=("Thông tin thời sự", "Đánh giá tháng 02", "Thảo luận")
    )
    current, review, _ = detail.agenda
    detail = save_meeting(
        cell.workspace.uow(),
        detail.uuid,
        MeetingEdit(
            agenda_notes=((current.uuid, "Phổ biến văn bản mới."), (review.uuid, "Hoàn thành 4/5 chỉ tiêu."))
        ),
    )
    moved = cell.preparation(
        date(2026, 3, 5), agenda=("Khai mạc", "Thông tin thời sự", "Đánh giá kết quả tháng 02", "Thảo luận")
    )
    after = update_preparation(cell.workspace.uow(), detail.uuid, moved)
    notes = {item.title: item.notes for item in after.agenda}
    assert notes["Thông tin thời sự"] == "Phổ biến văn bản mới."
    assert [item.title for item in after.agenda] == list(moved.agenda or ())
    assert notes["Khai mạc"] == ""  # inserted: a new item
    assert notes["Đánh giá kết quả tháng 02"] == "Hoàn thành 4/5 chỉ tiêu."  # reworded: keeps its notes


def test_a_meeting_entered_by_mistake_can_be_deleted_until_it_is_finalised(cell: SmallCell) -> None:
    from cellapp.services.meetings._finalise import delete_meeting

    regular, thematic = prepare_combined_sitting(
        cell.workspace.uow(), preparation=cell.preparation(date(2026, 5, 4)), topic="Phòng, chống tảo hôn"
    )
    delete_meeting(cell.workspace.uow(), thematic.uuid)
    remaining = list_meetings(cell.workspace.uow(read_only=True))
    assert [m.uuid for m in remaining] == [regular.uuid] and not remaining[0].combined
    connection = sqlite3.connect(cell.workspace.paths.database)
    try:
        tombstones = connection.execute(
            "SELECT count(*) FROM meeting_agenda_items WHERE meeting_uuid = ? AND deleted = 1",
            (thematic.uuid,),
        ).fetchone()[0]
    finally:
        connection.close()
    assert tombstones == len(thematic.agenda)  # kept as tombstones, so a stale copy cannot bring them back
    final = finalise_meeting(cell.workspace.uow(), held_meeting(cell, date(2026, 6, 5)).uuid)
    with pytest.raises(MeetingLocked):
        delete_meeting(cell.workspace.uow(), final.uuid)


def test_a_meeting_whose_tasks_were_reviewed_later_cannot_be_deleted(cell: SmallCell) -> None:
    from cellapp.services.meetings._finalise import delete_meeting

    first = held_meeting(
        cell, date(2026, 3, 5), edit=MeetingEdit(tasks=(TaskInput("Vận động", (cell["Lù Văn Pao"],)),))
    )
    second = held_meeting(cell, date(2026, 4, 5))
    save_meeting(
        cell.workspace.uow(),
        second.uuid,
        MeetingEdit(evaluations=(EvaluationInput(first.new_tasks[0].uuid, TaskOutcome.DONE),)),
    )
    with pytest.raises(ValidationError) as refused:
        delete_meeting(cell.workspace.uow(), first.uuid)
    assert refused.value.field == "tasks"
    assert len(list_meetings(cell.workspace.uow(read_only=True))) == 2


def test_minutes_number_by_meeting_date_whatever_the_order_they_are_finalised_in(cell: SmallCell) -> None:
    january, february, march = (held_meeting(cell, date(2026, m, 5)) for m in (1, 2, 3))
    first = numbers_on_finalising(cell.workspace.uow(read_only=True), march.uuid)
    assert (first[0].reference, first[0].in_date_order) == ("Số 03-BB/CB", True)  # January, February open
    refs = {}
    for name, meeting in (("march", march), ("january", january), ("february", february)):
        refs[name] = finalise_meeting(cell.workspace.uow(), meeting.uuid).minutes_ref
    assert refs == {"january": "Số 01-BB/CB", "february": "Số 02-BB/CB", "march": "Số 03-BB/CB"}
    # A meeting of 20 February entered after March was finalised: March's number never moves, so the
    # late one takes the next number of the year.
    late_meeting = held_meeting(cell, date(2026, 2, 20))
    preview = numbers_on_finalising(cell.workspace.uow(read_only=True), late_meeting.uuid)
    assert (preview[0].reference, preview[0].in_date_order) == ("Số 04-BB/CB", False)
    late = finalise_meeting(cell.workspace.uow(), late_meeting.uuid)
    assert late.minutes_ref == "Số 04-BB/CB"
    assert get_meeting(cell.workspace.uow(read_only=True), march.uuid).minutes_ref == "Số 03-BB/CB"
