"""Admissions and recognitions carry the cell's vote (Điều lệ Điều 4 khoản 3, Điều 5 khoản 1: at least two
thirds of the full members), checked against the meeting that voted; one badge per milestone, an early
one only with its reason; probation runs from the admission ceremony. Through the services, on a real
workspace, table-driven."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import func, select

from cellapp.domain.alerts import Severity
from cellapp.domain.attendance import AttendanceMark, VoteTally
from cellapp.domain.errors import ValidationError
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.meetings import MeetingKind
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.personnel_votes import PersonnelVote, two_thirds_of
from cellapp.services.alerts import list_alerts
from cellapp.services.meetings._meetings import prepare_meeting
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._types import AttendanceInput, ConclusionInput, MeetingEdit
from cellapp.services.members._lifecycle import (
    EventInput,
    add_member_with_event,
    member_history,
    record_event,
)
from cellapp.services.members._register import MemberSummary, NewMember, add_member
from cellapp.services.members._votes import vote_basis
from cellapp.services.workspace import Workspace
from cellapp.storage.records import MemberEventRecord, MemberRecord
from tests.helpers.meetings import SmallCell, make_cell

K = EventKind
TODAY = date(2026, 11, 23)


def _count(workspace: Workspace, record: type) -> int:
    with workspace.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(record)) or 0)


def _admit(workspace: Workspace, vote: PersonnelVote | None, name: str = "Sùng Thị Mỷ") -> MemberSummary:
    return add_member_with_event(
        workspace.uow(),
        NewMember(full_name=name, sex=Sex.FEMALE, birth_date=date(2001, 8, 9)),
        EventInput(K.ADMITTED, date(2025, 10, 2), ceremony_on=date(2025, 10, 20), vote=vote),
        today=TODAY,
    )


# (for, against, full members counted), day voted -> refused with (None: accepted)
ADMISSION_VOTES = [
    ((8, 0, 12), date(2025, 9, 10), None),  # exactly two thirds
    ((7, 1, 12), date(2025, 9, 10), "hai phần ba (8)"),
    ((6, 0, 9), date(2025, 9, 10), None),
    ((5, 4, 9), date(2025, 9, 10), "Đề nghị chưa được thông qua"),
    ((10, 3, 12), date(2025, 9, 10), "chỉ có 12 đảng viên chính thức"),
    ((8, 0, 12), date(2025, 10, 5), "sau ngày quyết định kết nạp"),
    ((8, 0, 0), date(2025, 9, 10), "ít nhất một đảng viên chính thức"),
    ((-1, 0, 12), date(2025, 9, 10), "không được âm"),
]


@pytest.mark.parametrize(("tally", "day", "refused"), ADMISSION_VOTES, ids=str)
def test_an_admission_needs_two_thirds_of_the_full_members(
    cell_workspace: Workspace, tally: tuple[int, int, int], day: date, refused: str | None
) -> None:
    vote = PersonnelVote(day, *tally)
    if refused is None:
        member = _admit(cell_workspace, vote)
        history = member_history(cell_workspace.uow(read_only=True), member.uuid)
        assert "tán thành" in " ".join(d.render("vi") for d in history[0].details)
        return
    with pytest.raises(ValidationError) as error:
        _admit(cell_workspace, vote)
    assert refused in error.value.message.render("vi") and error.value.field == "vote"
    assert _count(cell_workspace, MemberRecord) == 0 and _count(cell_workspace, MemberEventRecord) == 0


def test_an_admission_without_the_cells_vote_is_refused(cell_workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="biểu quyết đề nghị kết nạp"):
        _admit(cell_workspace, None)
    assert _count(cell_workspace, MemberRecord) == 0


@pytest.mark.parametrize(("members", "needed"), [(3, 2), (9, 6), (10, 7), (11, 8), (12, 8), (31, 21)])
def test_two_thirds_rounds_up(members: int, needed: int) -> None:
    assert two_thirds_of(members) == needed
    assert PersonnelVote(TODAY, needed, 0, members).reaches_two_thirds
    assert not PersonnelVote(TODAY, needed - 1, 0, members).reaches_two_thirds


# recognition day, vote day, tally -> refused with
RECOGNITION_VOTES = [
    (date(2026, 10, 25), date(2026, 10, 22), (9, 0, 11), None),
    (date(2026, 10, 25), date(2026, 10, 15), (9, 0, 11), "hết 12 tháng dự bị (20/10/2026)"),
    (date(2026, 10, 25), date(2026, 10, 22), (7, 2, 11), "hai phần ba (8)"),
    (date(2026, 10, 25), date(2026, 11, 30), (9, 0, 11), "tương lai"),
    (date(2026, 10, 25), None, None, "biểu quyết đề nghị công nhận đảng viên chính thức"),
]


@pytest.mark.parametrize(("on", "voted", "tally", "refused"), RECOGNITION_VOTES, ids=str)
def test_a_recognition_needs_the_cells_vote_after_the_twelve_months(
    cell_workspace: Workspace,
    on: date,
    voted: date | None,
    tally: tuple[int, int, int] | None,
    refused: str | None,
) -> None:
    member = _admit(cell_workspace, PersonnelVote(date(2025, 9, 10), 9, 0, 11))
    vote = PersonnelVote(voted, *tally) if voted and tally else None
    event = EventInput(K.RECOGNISED, on, vote=vote)
    if refused is None:
        after = record_event(cell_workspace.uow(), member.uuid, event, today=TODAY)
        assert after.status is MemberStatus.FULL
        return
    before = _count(cell_workspace, MemberEventRecord)
    with pytest.raises(ValidationError) as error:
        record_event(cell_workspace.uow(), member.uuid, event, today=TODAY)
    assert refused in error.value.message.render("vi")
    assert _count(cell_workspace, MemberEventRecord) == before


def _meeting_of(cell: SmallCell, day: date, marks: dict[str, AttendanceMark]) -> str:
    detail = prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(day)
    )
    attendance = tuple(AttendanceInput(cell[name], mark, "Ốm") for name, mark in marks.items())
    save_meeting(
        cell.workspace.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=attendance,
            conclusion=ConclusionInput(time(19, 30), time(21, 15), "Kết luận.", "", VoteTally(3, 0, 0)),
        ),
    )
    return detail.uuid


def test_a_vote_taken_at_a_recorded_meeting_is_held_to_that_meetings_figures(
    cell_workspace: Workspace,
) -> None:
    cell = make_cell(cell_workspace)
    M = AttendanceMark
    # Four full members: three present, one away with reason (left out of the count, 24-QĐ/TW 9.3.2).
    meeting = _meeting_of(
        cell,
        date(2025, 9, 10),
        {
            "Giàng Seo Phử": M.PRESENT,
            "Sùng Thị Mỷ": M.PRESENT,
            "Lù Văn Pao": M.PRESENT,
            "Vàng A Dính": M.ABSENT_EXCUSED,
            "Hoàng Thị Ánh": M.PRESENT,
        },
    )
    basis = vote_basis(cell_workspace.uow(read_only=True), date(2025, 9, 10))
    assert basis is not None and (basis.meeting_uuid, basis.full_members, basis.voters_present) == (
        meeting,
        3,
        3,
    )
    with pytest.raises(ValidationError, match="tính 3 đảng viên chính thức"):
        _admit(cell_workspace, PersonnelVote(date(2025, 9, 10), 3, 0, 4), name="Mùa A Chớ")
    with pytest.raises(ValidationError, match="chỉ có 3 đảng viên chính thức có mặt"):
        _admit(cell_workspace, PersonnelVote(date(2025, 9, 10), 3, 1, 3), name="Mùa A Chớ")
    member = _admit(cell_workspace, PersonnelVote(date(2025, 9, 10), 2, 1, 3), name="Mùa A Chớ")
    with cell_workspace.uow(read_only=True) as uow:
        row = uow.session.scalars(
            select(MemberEventRecord).where(MemberEventRecord.member_uuid == member.uuid)
        ).one()
    assert (row.vote_meeting_uuid, row.votes_for, row.vote_denominator) == (meeting, 2, 3)


# --- Party badges: one per milestone; an early award needs its reason (HD 01-HD/TW 2021) -------------


@pytest.fixture
def veteran(cell_workspace: Workspace) -> MemberSummary:
    # 30 years of seniority on 19/05/2026; the badge may come at most 12 months early.
    return add_member(
        cell_workspace.uow(),
        NewMember(
            full_name="Triệu Tài Vần",
            sex=Sex.MALE,
            admitted_on=date(1996, 5, 19),
            official_on=date(1997, 5, 19),
        ),
        today=TODAY,
    )


# (day, note) of each award recorded in turn -> the refusal of the last one (None: accepted)
BADGE_CASES = [
    ([(date(2026, 5, 19), None)], None),
    ([(date(2026, 5, 19), None), (date(2026, 9, 2), None)], "mỗi mốc chỉ trao một lần"),
    ([(date(2025, 9, 2), None)], "phải ghi rõ lý do"),
    ([(date(2025, 9, 2), "Ốm nặng, đang điều trị dài ngày")], None),
    ([(date(2025, 5, 18), "Ốm nặng")], "trước ngày 19/05/2025"),
    ([(date(2025, 9, 2), "Ốm nặng"), (date(2026, 5, 19), None)], "đã được ghi ngày 02/09/2025"),
]


@pytest.mark.parametrize(("awards", "refused"), BADGE_CASES, ids=str)
def test_a_badge_is_recorded_once_and_early_only_with_its_reason(
    cell_workspace: Workspace,
    veteran: MemberSummary,
    awards: list[tuple[date, str | None]],
    refused: str | None,
) -> None:
    *earlier, (day, note) = awards
    for earlier_day, earlier_note in earlier:
        record_event(
            cell_workspace.uow(),
            veteran.uuid,
            EventInput(K.AWARDED, earlier_day, badge_years=30, note=earlier_note),
            today=TODAY,
        )
    event = EventInput(K.AWARDED, day, badge_years=30, note=note)
    if refused is None:
        record_event(cell_workspace.uow(), veteran.uuid, event, today=TODAY)
        return
    with pytest.raises(ValidationError) as error:
        record_event(cell_workspace.uow(), veteran.uuid, event, today=TODAY)
    assert refused in error.value.message.render("vi")


# --- Probation runs from the admission ceremony --------------------------------------------------------


def test_without_a_ceremony_date_probation_has_no_end_and_the_missing_date_is_alerted(
    cell_workspace: Workspace,
) -> None:
    member = add_member_with_event(
        cell_workspace.uow(),
        NewMember(full_name="Lý Seo Chẩn", sex=Sex.MALE, birth_date=date(2000, 1, 1)),
        EventInput(K.ADMITTED, date(2025, 9, 1), vote=PersonnelVote(date(2025, 8, 5), 9, 0, 11)),
        today=TODAY,
    )
    found = {(a.kind, a.member_name): a for a in list_alerts(cell_workspace.uow(read_only=True), today=TODAY)}
    # 12 months after the decision have passed, but that is not the end of probation.
    assert ("recognition_overdue", "Lý Seo Chẩn") not in found
    missing = found[("ceremony_missing", "Lý Seo Chẩn")]
    assert missing.severity is Severity.OVERDUE and "ngày lễ kết nạp" in missing.message.render("vi")
    with pytest.raises(ValidationError, match="Chưa có ngày lễ kết nạp"):
        record_event(
            cell_workspace.uow(),
            member.uuid,
            EventInput(K.RECOGNISED, date(2026, 9, 5), vote=PersonnelVote(date(2026, 9, 3), 9, 0, 11)),
            today=TODAY,
        )


def test_a_recent_decision_without_its_ceremony_yet_is_a_reminder_not_an_overdue(
    cell_workspace: Workspace,
) -> None:
    add_member_with_event(
        cell_workspace.uow(),
        NewMember(full_name="Lý Seo Chẩn", sex=Sex.MALE, birth_date=date(2000, 1, 1)),
        EventInput(K.ADMITTED, date(2026, 11, 10), vote=PersonnelVote(date(2026, 11, 2), 9, 0, 11)),
        today=TODAY,
    )
    found = {(a.kind, a.member_name): a for a in list_alerts(cell_workspace.uow(read_only=True), today=TODAY)}
    assert found[("ceremony_missing", "Lý Seo Chẩn")].severity is Severity.SOON
