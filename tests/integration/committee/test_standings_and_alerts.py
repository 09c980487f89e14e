"""The Cells page rows and the committee's alerts agree with what each cell's own workspace says, and a
cell that never reported, or whose changes conflict, is flagged."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from cellapp.demo.committee import CELLS_FOLDER
from cellapp.domain.members import MemberStatus
from cellapp.domain.membership import count_membership
from cellapp.services.committee import committee_alerts, list_cell_standings
from cellapp.services.meetings._statistics import MeetingAlertKind, absence_alerts, meeting_figures
from cellapp.services.members._alerts import member_alerts
from cellapp.services.members._register import member_standings_on, member_statuses_on
from cellapp.services.workspace import open_workspace
from tests.conftest import DEMO_TODAY
from tests.helpers.sync_world import CELL_A, CELL_B, add_people, build_world


def test_each_cells_row_counts_what_the_cell_itself_holds(committee_root: Path) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:
        rows = {r.code: r for r in list_cell_standings(hub.uow(read_only=True), today=DEMO_TODAY)}
    finally:
        hub.close()
    assert len(rows) == 3
    for folder in sorted((committee_root / CELLS_FOLDER).iterdir()):
        cell = open_workspace(folder, actor="secretary")
        try:
            statuses = Counter(member_statuses_on(cell.uow(read_only=True), DEMO_TODAY).values())
            own = count_membership(member_standings_on(cell.uow(read_only=True), DEMO_TODAY).values())
            figures = meeting_figures(cell.uow(read_only=True), 2026, today=DEMO_TODAY)
            row = rows[cell.info.unit_code or ""]
        finally:
            cell.close()
        # Full and probationary by grade (an exempt or away member keeps theirs): they add up to the total,
        # the same figures the cell's own minutes count.
        assert (row.members_full, row.members_probationary) == (own.full, own.probationary)
        assert row.members_full >= statuses[MemberStatus.FULL] > 0
        assert row.members_total == row.members_full + row.members_probationary == own.total
        assert row.members_total == sum(n for s, n in statuses.items() if s.counts_in_total)
        assert row.members_exempt == statuses[MemberStatus.EXEMPT] + statuses[MemberStatus.TEMPORARILY_EXEMPT]
        assert row.members_away == statuses[MemberStatus.ATTACHED_ELSEWHERE]
        assert row.members_attached == statuses[MemberStatus.ATTACHED_HERE]
        assert row.meetings_held == sum(figures.meetings_by_month) > 0
        assert row.thematic_this_quarter == figures.thematic_by_quarter[3]
        assert row.meetings_expected == 11 + 4
        assert not row.late and row.secretary
        assert row.alerts > 0


def test_the_committee_raises_the_alerts_each_cell_raises_for_itself(committee_root: Path) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:
        alerts = committee_alerts(hub.uow(read_only=True), today=DEMO_TODAY)
    finally:
        hub.close()
    for folder in sorted((committee_root / CELLS_FOLDER).iterdir()):
        cell = open_workspace(folder, actor="secretary")
        try:
            code = cell.info.unit_code
            with cell.uow(read_only=True) as uow:
                own = [
                    a.message.render()
                    for a in member_alerts(uow, DEMO_TODAY)
                    if a.kind == "recognition_overdue"
                ]
            # Who speaks at meetings is the cell's own concern: the committee does not follow it.
            own += [
                a.message.render()
                for a in absence_alerts(cell.uow(read_only=True), 2026, today=DEMO_TODAY)
                if a.kind is not MeetingAlertKind.SILENT_MEMBER
            ]
        finally:
            cell.close()
        seen = [a.message.render() for a in alerts if a.unit_code == code]
        assert own and set(own) <= set(seen)
    absences = [a for a in alerts if a.kind == "repeated_absence"]
    assert absences and all(a.member_name and a.member_name in a.message.render() for a in absences)


def test_a_cell_that_never_reported_and_quarantined_files_are_flagged(tmp_path: Path) -> None:
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo", "Giàng Thị Mai")
        world.send(world.a, world.hub)
        rows = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        alerts = committee_alerts(world.hub.uow(read_only=True), today=DEMO_TODAY, quarantined=2)
    finally:
        world.close()
    assert rows[CELL_B].late and rows[CELL_B].last_received is None and rows[CELL_B].days_since is None
    assert not rows[CELL_A].late and rows[CELL_A].members_full == 2
    kinds = {(a.unit_code, a.kind) for a in alerts}
    assert (CELL_B, "not_reported") in kinds and (CELL_A, "not_reported") not in kinds
    assert ("", "quarantine") in kinds
