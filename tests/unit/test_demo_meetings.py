"""The demo cell's year of meetings: monthly and quarterly meetings, mostly finalised, tasks carried over,
absences with reasons, and one member absent without reason in three months."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from cellapp.demo import DEMO_EXTENSIONS, build_demo_cell
from cellapp.demo.meetings import add_demo_meetings
from cellapp.demo.people import speech_summaries, task_descriptions
from cellapp.domain.attendance import AttendanceMark
from cellapp.domain.meetings import MeetingKind, MeetingStatus, TaskOutcome, quarter_of
from cellapp.services.meetings._meetings import get_meeting, list_meetings
from cellapp.services.meetings._statistics import MeetingAlertKind, absence_alerts
from cellapp.services.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_the_demo_step_is_registered() -> None:
    assert add_demo_meetings in DEMO_EXTENSIONS


def test_the_demo_holds_a_regular_meeting_every_month_and_a_thematic_one_every_quarter(
    demo_workspace: Workspace,
) -> None:
    meetings = list_meetings(demo_workspace.uow(read_only=True))
    held = [m for m in meetings if m.status is not MeetingStatus.PLANNED]
    regular_months = {(m.held_on.year, m.held_on.month) for m in held if m.kind is MeetingKind.REGULAR}
    assert len(regular_months) == 12
    thematic_quarters = {
        (m.held_on.year, quarter_of(m.held_on)) for m in held if m.kind is MeetingKind.THEMATIC
    }
    assert {q for y, q in thematic_quarters if y == DEMO_TODAY.year} == {1, 2, 3, 4}
    assert any(m.combined for m in held)
    statuses = Counter(m.status for m in meetings)
    assert statuses[MeetingStatus.FINALISED] >= len(meetings) - 3 and statuses[MeetingStatus.PLANNED] == 1
    assert all(m.held_on <= DEMO_TODAY for m in held)


def test_demo_minutes_have_speeches_tasks_and_absences_from_the_demo_texts(demo_workspace: Workspace) -> None:
    meetings = list_meetings(demo_workspace.uow(read_only=True))
    details = [
        get_meeting(demo_workspace.uow(read_only=True), m.uuid)
        for m in meetings
        if m.status is MeetingStatus.FINALISED
    ]
    assert all(d.speeches and d.votes and d.votes[0].adopted for d in details)
    assert {s.summary for d in details for s in d.speeches} <= set(speech_summaries())
    assert {t.description for d in details for t in d.new_tasks} <= set(task_descriptions())
    reasons = [e.reason for d in details for e in d.roster if e.mark is AttendanceMark.ABSENT_EXCUSED]
    assert reasons and all(reasons)
    carried = [r for d in details for r in d.reviews if r.history]
    assert carried, "some task should have been carried over more than once"
    assert any(r.outcome is TaskOutcome.IN_PROGRESS for d in details for r in d.reviews)


def test_the_demo_has_one_member_for_the_charter_alert(demo_workspace: Workspace) -> None:
    alerts = absence_alerts(demo_workspace.uow(read_only=True), DEMO_TODAY.year, today=DEMO_TODAY)
    assert [a.kind for a in alerts] == [MeetingAlertKind.REPEATED_ABSENCE, MeetingAlertKind.SILENT_MEMBER]


def test_a_demo_without_months_has_no_meetings(tmp_path: Path) -> None:
    workspace = build_demo_cell(tmp_path / "w", members=8, months=0, seed=1, today=date(2026, 5, 1))
    try:
        assert list_meetings(workspace.uow(read_only=True)) == []
    finally:
        workspace.close()
