"""A cell with an exempt, an attached-elsewhere, a suspended and a probationary-exempt member, end to end:
the printed minutes read back through pdftotext with the figures of each member's grade and situation
on the meeting day, and the committee's statistics (JSON, PDF, XLSX, the Cells page rows) give the same
member the same column, every total the sum of its parts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cellapp.domain.attendance import AttendanceMark, VoteTally
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.meetings import MeetingKind
from cellapp.domain.members import MemberStatus, Sex
from cellapp.domain.months import Period
from cellapp.services.committee import list_cell_standings
from cellapp.services.committee.printing import (
    save_statistics_xlsx,
    statistics_printout,
    statistics_report_pdf,
)
from cellapp.services.committee.statistics import statistics
from cellapp.services.meetings._documents import MeetingDocument, print_meeting_document
from cellapp.services.meetings._finalise import finalise_meeting
from cellapp.services.meetings._meetings import prepare_meeting
from cellapp.services.meetings._minutes import save_meeting
from cellapp.services.meetings._types import AttendanceInput, ConclusionInput, MeetingEdit, Preparation
from cellapp.services.members._lifecycle import EventInput, record_event
from cellapp.services.members._register import NewMember, add_members
from tests.helpers.sync_world import CELL_A, World, build_world

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils needed")

K, S = EventKind, MemberStatus
TODAY = date(2026, 11, 23)
MEETING_DAY = date(2026, 11, 5)

# name -> (status entered, events that put the member in their situation before the meeting)
MEMBERS: dict[str, tuple[MemberStatus, tuple[EventInput, ...]]] = {
    "Giàng Seo Phử": (S.FULL, ()),  # chairs
    "Sùng Thị Mỷ": (S.FULL, ()),  # takes the minutes
    "Lù Văn Pao": (S.FULL, ()),
    "Vàng A Dính": (S.FULL, ()),
    "Hoàng Thị Ánh": (S.PROBATIONARY, ()),
    # A full member exempt from meetings (old age), who still comes to this one.
    "Đặng Văn Đức": (S.FULL, (EventInput(K.EXEMPTED, date(2026, 3, 1), note="Tuổi cao, sức yếu"),)),
    # A probationary member temporarily exempt (illness), who attends: probationary, and no vote.
    "Thào Thị Dợ": (
        S.PROBATIONARY,
        (
            EventInput(
                K.TEMPORARILY_EXEMPTED, date(2026, 9, 1), ends_on=date(2027, 2, 28), note="Ốm dài ngày"
            ),
        ),
    ),
    # A full member working in the province, attached to a cell there.
    "Lò Văn Minh": (
        S.FULL,
        (
            EventInput(
                K.ATTACHED_OUT,
                date(2026, 6, 1),
                organisation="Chi bộ Công ty Cao su",
                ends_on=date(2027, 6, 1),
            ),
        ),
    ),
    # A full member suspended: on the list, never present.
    "Sầm Văn Khải": (S.FULL, (EventInput(K.SUSPENDED, date(2026, 10, 1), decision_ref="12-QĐ/ĐU"),)),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    world = build_world(tmp_path_factory.mktemp("counted") / "world")
    cell = world.a
    added = add_members(
        cell.uow(),
        [
            NewMember(
                full_name=name,
                sex=Sex.FEMALE if " Thị " in name else Sex.MALE,
                status=status,
                birth_date=date(1985, 4, 4),
                admitted_on=date(2026, 1, 15) if status is S.PROBATIONARY else date(2005, 5, 19),
            )
            for name, (status, _) in MEMBERS.items()
        ],
        today=TODAY,
    )
    ids = {m.full_name: m.uuid for m in added}
    for name, (_, events) in MEMBERS.items():
        for event in events:
            record_event(cell.uow(), ids[name], event, today=TODAY)
    detail = prepare_meeting(
        cell.uow(),
        kind=MeetingKind.REGULAR,
        preparation=Preparation(
            held_on=MEETING_DAY,
            place="Nhà văn hóa thôn",
            planned_time=time(19, 30),
            chair_uuid=ids["Giàng Seo Phử"],
            secretary_uuid=ids["Sùng Thị Mỷ"],
            draft_resolution="Chi bộ thống nhất các nhiệm vụ trọng tâm của tháng.",
        ),
    )
    present = ("Giàng Seo Phử", "Sùng Thị Mỷ", "Lù Văn Pao", "Hoàng Thị Ánh", "Đặng Văn Đức", "Thào Thị Dợ")
    attendance = [AttendanceInput(ids[name], AttendanceMark.PRESENT) for name in present]
    attendance.append(AttendanceInput(ids["Vàng A Dính"], AttendanceMark.ABSENT_EXCUSED, "đi viện tỉnh"))
    save_meeting(
        cell.uow(),
        detail.uuid,
        MeetingEdit(
            attendance=tuple(attendance),
            conclusion=ConclusionInput(
                time(19, 30), time(21, 0), "Thống nhất.", "Nghị quyết tháng.", VoteTally(3, 0, 0)
            ),
        ),
    )
    finalise_meeting(cell.uow(), detail.uuid)
    target = world.root / "minutes.pdf"
    print_meeting_document(
        cell.uow(read_only=True), detail.uuid, MeetingDocument.MINUTES, target, today=TODAY
    )
    world.send(cell, world.hub)
    return world


def _text(pdf: Path) -> str:
    return " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )


def test_the_printed_minutes_count_each_member_by_grade_and_situation(world: World) -> None:
    text = _text(world.root / "minutes.pdf")
    # Nine members: seven full (one exempt, one away, one suspended among them), two probationary (one of
    # them temporarily exempt).
    assert "Tổng số đảng viên của chi bộ: 9 đồng chí (chính thức 7, dự bị 2)." in text
    assert (
        "Số đảng viên được miễn sinh hoạt: 2 đồng chí (trong đó 1 đồng chí dự bị tạm miễn sinh hoạt); số đảng "
        "viên giới thiệu sinh hoạt tạm thời nơi khác: 1 đồng chí; đình chỉ sinh hoạt: 1 đồng chí." in text
    )
    # Expected: the five active members and the two exempt who came (counted when they attend); present:
    # four full (the exempt one among them) and two probationary (the temporarily exempt one among them).
    assert "Có mặt: 6/7 đảng viên (chính thức 4, dự bị 2)." in text
    # Voting: full members present (3 active + the exempt one who came) and the one absent with reason is
    # left out; the probationary members, exempt or not, never vote.
    assert "Số đảng viên có quyền biểu quyết: 4 đồng chí; có mặt được biểu quyết: 4 đồng chí." in text


def _row(world: World) -> dict[str, object]:
    report = statistics(world.hub.uow(read_only=True), Period.parse("2026-11"), today=TODAY)
    return next(c.as_json() for c in report.cells if c.unit_code == CELL_A)


def test_the_committee_statistics_put_each_member_in_the_same_columns(world: World) -> None:
    row = _row(world)
    assert (row["members_total"], row["members_full"], row["members_probationary"]) == (9, 7, 2)
    assert (
        row["members_active"],
        row["members_exempt"],
        row["members_attached_elsewhere"],
        row["members_suspended"],
        row["members_probationary_exempt"],
    ) == (5, 2, 1, 1, 1)
    standings = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=TODAY)}
    cells_row = standings[CELL_A]
    assert (cells_row.members_total, cells_row.members_full, cells_row.members_probationary) == (9, 7, 2)
    assert (cells_row.members_exempt, cells_row.members_away, cells_row.members_suspended) == (2, 1, 1)


def test_the_printed_and_spreadsheet_statistics_add_up(world: World, tmp_path: Path) -> None:
    period = Period.parse("2026-11")
    printout = statistics_printout(world.hub.uow(read_only=True), period, today=TODAY)
    for line in (*printout.lines, printout.total):
        assert line.total == line.full + line.probationary
        assert line.total == sum(line.ages)
    pdf = tmp_path / "stats.pdf"
    pdf.write_bytes(statistics_report_pdf(world.hub.uow(read_only=True), period, today=TODAY))
    text = _text(pdf)
    assert "Miễn sinh hoạt" in text and "Sinh hoạt nơi khác" in text and "Đình chỉ sinh hoạt" in text
    assert "Tổng số = chính thức + dự bị" in text
    book = load_workbook(
        save_statistics_xlsx(world.hub.uow(read_only=True), period, tmp_path / "s.xlsx", today=TODAY)
    )
    sheet = book["Thống kê"]
    headings = [c.value for c in sheet[2]]
    rows = [dict(zip(headings, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=3)]
    mine = next(r for r in rows if r["Mã"] == CELL_A)
    assert (mine["Tổng số"], mine["Chính thức"], mine["Dự bị"]) == (9, 7, 2)
    assert (mine["Miễn sinh hoạt"], mine["Sinh hoạt nơi khác"], mine["Đình chỉ sinh hoạt"]) == (2, 1, 1)
    for r in rows:
        assert r["Tổng số"] == r["Chính thức"] + r["Dự bị"]
