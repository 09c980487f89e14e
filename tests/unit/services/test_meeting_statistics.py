"""Overview figures and meeting alerts: months and quarters without meetings, attendance rates, members
absent without reason in three months, and members who never speak."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cellapp.domain.attendance import AttendanceMark
from cellapp.domain.meetings import MeetingKind
from cellapp.domain.units import UnitKind
from cellapp.services.meetings._meetings import prepare_meeting
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._statistics import MeetingAlertKind, absence_alerts, meeting_figures
from cellapp.services.meetings._types import AttendanceInput, MeetingEdit, SpeechInput
from cellapp.services.workspace import create_workspace
from tests.helpers.meetings import SmallCell, held_meeting, make_cell

TODAY = date(2026, 8, 15)


@pytest.fixture(scope="module")
def cell(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmallCell]:
    """Regular meetings January to July except April; one thematic meeting in Q1 only; Vàng A Dính
    absent without reason in February, March (twice: regular and thematic) and May; Lù Văn Pao speaks.
    Built once for the module: the tests only read it."""
    workspace = create_workspace(
        tmp_path_factory.mktemp("statistics") / "cell",
        kind=UnitKind.CELL,
        name="Chi bộ thôn Nậm Búng",
        committee_name="Đảng bộ xã Bản Máy",
        actor="tester",
    )
    cell = make_cell(workspace)
    dinh, pao = cell["Vàng A Dính"], cell["Lù Văn Pao"]
    truant_days = {date(2026, 2, 5), date(2026, 3, 5), date(2026, 3, 20), date(2026, 5, 5)}
    days = [date(2026, month, 5) for month in (1, 2, 3, 5, 6, 7)]
    for day in [*days, date(2026, 3, 20)]:
        kind = MeetingKind.THEMATIC if day.day == 20 else MeetingKind.REGULAR
        detail = held_meeting(cell, day, kind=kind, topic="Chuyển đổi số" if day.day == 20 else "")
        marks = list(cell.everyone_present(detail))
        if day in truant_days:
            marks = [m for m in marks if m.member_uuid != dinh] + [
                AttendanceInput(dinh, AttendanceMark.ABSENT_UNEXCUSED)
            ]
        save_meeting(
            cell.workspace.uow(),
            detail.uuid,
            MeetingEdit(attendance=tuple(marks), speeches=(SpeechInput("Ý kiến.", member_uuid=pao),)),
        )
    # Planned, not held: counts nowhere.
    prepare_meeting(
        cell.workspace.uow(), kind=MeetingKind.REGULAR, preparation=cell.preparation(date(2026, 9, 5))
    )
    return cell


def test_meetings_are_counted_by_month_and_quarter(cell: SmallCell) -> None:
    figures = meeting_figures(cell.workspace.uow(read_only=True), 2026, today=TODAY)
    assert figures.meetings_by_month == (1, 1, 2, 0, 1, 1, 1, 0, 0, 0, 0, 0)
    assert figures.thematic_by_quarter == (1, 0, 0, 0)
    assert figures.months_without_regular == (4,)  # August is not over yet
    assert figures.quarters_without_thematic == (2,)  # Q3 is not over yet


def test_attendance_rates_per_meeting_and_per_member(cell: SmallCell) -> None:
    figures = meeting_figures(cell.workspace.uow(read_only=True), 2026, today=TODAY)
    rates = {rate.held_on: (rate.present, rate.expected) for rate in figures.per_meeting}
    assert rates[date(2026, 1, 5)] == (5, 5) and rates[date(2026, 2, 5)] == (4, 5)
    members = {m.full_name: m for m in figures.per_member}
    assert (members["Vàng A Dính"].attended, members["Vàng A Dính"].expected) == (3, 7)
    assert members["Lù Văn Pao"].rate == 1.0
    assert "Đặng Văn Đức" not in members  # exempt and never came: not expected


def test_three_months_of_absence_without_reason_raise_the_charter_alert(cell: SmallCell) -> None:
    figures = meeting_figures(cell.workspace.uow(read_only=True), 2026, today=TODAY)
    (absentee,) = figures.repeated_absentees
    assert absentee.full_name == "Vàng A Dính"
    assert (absentee.absent_unexcused, absentee.months_absent_unexcused) == (4, 3)
    alerts = absence_alerts(cell.workspace.uow(read_only=True), 2026, today=TODAY)
    kinds = [(a.kind, a.period) for a in alerts]
    assert kinds == [
        (MeetingAlertKind.REPEATED_ABSENCE, "2026"),
        (MeetingAlertKind.NO_THEMATIC_MEETING, "2026-Q2"),
        (MeetingAlertKind.NO_REGULAR_MEETING, "2026-04"),
        (MeetingAlertKind.SILENT_MEMBER, "2026"),
    ]
    assert alerts[0].member_uuid == cell["Vàng A Dính"]
    assert "3 tháng" in alerts[0].message.render("vi") and "xóa tên" in alerts[0].message.render("vi")
    assert "Quý II" in alerts[1].message.render("vi")


def test_members_who_attend_but_never_speak_are_listed(cell: SmallCell) -> None:
    figures = meeting_figures(cell.workspace.uow(read_only=True), 2026, today=TODAY)
    silent = {m.full_name for m in figures.silent_members}
    assert "Lù Văn Pao" not in silent
    assert "Hoàng Thị Ánh" in silent
    # The chair and the minute-taker run every meeting: that is taking part, not silence.
    assert "Giàng Seo Phử" not in silent and "Sùng Thị Mỷ" not in silent
    assert "Vàng A Dính" not in silent  # absent from one of the last three meetings (May)
    assert figures.silent_window == 3


def test_a_silent_member_is_in_the_alerts_panel_but_not_the_chair_or_minute_taker(cell: SmallCell) -> None:
    from cellapp.domain.alerts import Severity
    from cellapp.services.alerts import list_alerts

    alerts = [a for a in list_alerts(cell.workspace.uow(read_only=True), today=TODAY) if "silent" in a.kind]
    (alert,) = alerts  # one entry names them all
    text = alert.message.render("vi")
    assert alert.severity is Severity.INFO
    assert text.startswith("2 đồng chí dự 3 buổi sinh hoạt chi bộ gần nhất nhưng chưa phát biểu lần nào")
    # Triệu Thị Hoa is attached here for a while: she attends, so her silence is noted too.
    assert "Hoàng Thị Ánh" in text and "Triệu Thị Hoa" in text
    assert not any(name in text for name in ("Giàng Seo Phử", "Sùng Thị Mỷ", "Lù Văn Pao"))


def test_a_year_seen_after_its_end_is_over_entirely(cell: SmallCell) -> None:
    alerts = absence_alerts(cell.workspace.uow(read_only=True), 2026, today=date(2027, 1, 10))
    missing = [a.period for a in alerts if a.kind is MeetingAlertKind.NO_REGULAR_MEETING]
    assert missing == ["2026-04", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    assert [a.period for a in alerts if a.kind is MeetingAlertKind.NO_THEMATIC_MEETING] == [
        "2026-Q2",
        "2026-Q3",
        "2026-Q4",
    ]


def test_nothing_is_asked_of_the_time_before_the_records_begin(cell: SmallCell) -> None:
    """The records begin with the first meeting (January 2026): 2025 was not kept here."""
    alerts = absence_alerts(cell.workspace.uow(read_only=True), 2025, today=TODAY)
    assert [a for a in alerts if a.kind is not MeetingAlertKind.REPEATED_ABSENCE] == []


def test_a_cell_that_starts_mid_year_is_not_told_of_the_months_before(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A secretary who begins with CellApp in September, recording from that month's meeting on."""
    workspace = create_workspace(
        tmp_path / "cell",
        kind=UnitKind.CELL,
        name="Chi bộ thôn Tả Chải",
        committee_name="Đảng bộ xã Bản Máy",
        actor="tester",
    )
    try:
        cell = make_cell(workspace)
        held_meeting(cell, date(2026, 9, 5))
        alerts = absence_alerts(workspace.uow(read_only=True), 2026, today=date(2026, 11, 23))
    finally:
        workspace.close()
    assert [a.period for a in alerts if a.kind is MeetingAlertKind.NO_REGULAR_MEETING] == ["2026-10"]
    # the quarter the records begin in counts: September's cell held no thematic meeting in Q3
    assert [a.period for a in alerts if a.kind is MeetingAlertKind.NO_THEMATIC_MEETING] == ["2026-Q3"]
