"""The committee's per-cell figures: counted in the store they equal what each cell computes for itself,
and kept per cell for the day until that cell's records change."""

from __future__ import annotations

import importlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from cellapp.demo.committee import CELLS_FOLDER
from cellapp.domain.months import Period
from cellapp.services.committee import (
    committee_alerts,
    list_cell_standings,
    monthly_trend,
    snapshots,
    statistics,
)
from cellapp.services.committee.cells import enrolled_cells
from cellapp.services.committee.meeting_figures import figures_by_owner
from cellapp.services.meetings._statistics import MemberAttendance, meeting_figures
from cellapp.services.members._transfers import transfer_member
from cellapp.services.workspace import open_workspace
from cellapp.storage.figure_cache import store_figures, unit_revisions
from tests.conftest import DEMO_TODAY
from tests.helpers.sync_world import CELL_A, CELL_B, add_people, build_world

# the package exports the function `statistics` under the module's name
statistics_module = importlib.import_module("cellapp.services.committee.statistics")


def test_figures_counted_in_the_store_equal_each_cells_own(committee_root: Path) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:
        with hub.uow(read_only=True) as uow:
            cells = {c.code: c.unit_uuid for c in enrolled_cells(uow)}
            every = figures_by_owner(uow, 2026, today=DEMO_TODAY, owners=list(cells.values()))
    finally:
        hub.close()
    absentees = 0
    for folder in sorted((committee_root / CELLS_FOLDER).iterdir()):
        cell = open_workspace(folder, actor="secretary")
        try:
            own = meeting_figures(cell.uow(read_only=True), 2026, today=DEMO_TODAY)
            code = cell.info.unit_code or ""
        finally:
            cell.close()
        seen = every[cells[code]]
        # a combined sitting is two meetings on one day, in no particular order
        assert sorted((m.held_on, m.uuid, m.kind, m.present, m.expected) for m in seen.per_meeting) == sorted(
            (m.held_on, m.uuid, m.kind, m.present, m.expected) for m in own.per_meeting
        )
        assert seen.meetings_by_month == own.meetings_by_month
        assert seen.thematic_by_quarter == own.thematic_by_quarter
        assert seen.months_without_regular == own.months_without_regular
        assert [_tally(m) for m in seen.repeated_absentees] == [_tally(m) for m in own.repeated_absentees]
        absentees += len(own.repeated_absentees)
    assert absentees > 0  # the demo has some, so the comparison above means something


def _tally(m: MemberAttendance) -> tuple[object, ...]:
    return (m.member_uuid, m.full_name, m.expected, m.attended, m.absent_unexcused, m.months_absent_unexcused)


def _forbid_computing(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Record which cells get computed; the kept ones must not be."""
    computed: list[list[str]] = []
    original = snapshots.compute_snapshots

    def spy(uow, units, *, today):  # type: ignore[no-untyped-def]
        computed.append(sorted(units))
        return original(uow, units, today=today)

    monkeypatch.setattr(snapshots, "compute_snapshots", spy)
    return computed


def test_a_cells_figures_are_kept_for_the_day_until_its_records_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo", "Giàng Thị Mai")
        add_people(world.b, "Sùng A Dế")
        world.send(world.a, world.hub)
        world.send(world.b, world.hub)
        with world.hub.uow(read_only=True) as uow:
            units = {c.code: c.unit_uuid for c in enrolled_cells(uow)}
        computed = _forbid_computing(monkeypatch)

        first = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        again = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        assert computed == [sorted(units.values())]  # the second view read what the first one kept
        assert again == first and first[CELL_A].members_full == 2 and first[CELL_B].members_full == 1

        add_people(world.a, "Vàng Thị Dua")  # a new file from cell A only
        world.send(world.a, world.hub)
        after = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        assert computed[-1] == [units[CELL_A]]
        assert after[CELL_A].members_full == 3 and after[CELL_B] == first[CELL_B]

        committee_alerts(world.hub.uow(read_only=True), today=DEMO_TODAY)
        assert len(computed) == 2  # the alerts share the kept figures

        list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY + timedelta(days=1))
        assert computed[-1] == sorted(units.values())  # a new day: every cell again
    finally:
        world.close()


def test_a_transfer_at_the_committee_refreshes_both_cells(tmp_path: Path) -> None:
    world = build_world(tmp_path / "world")
    try:
        moved, _stays = add_people(world.a, "Lò Văn Pảo", "Giàng Thị Mai")
        world.send(world.a, world.hub)
        before = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
        transfer_member(
            world.hub.uow(),
            member_uuid=moved.uuid,
            to_cell=CELL_B,
            decided_on=DEMO_TODAY,
            decision="15-QĐ/ĐU",
        )
        after = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
    finally:
        world.close()
    assert (before[CELL_A].members_full, before[CELL_B].members_full) == (2, 0)
    assert (after[CELL_A].members_full, after[CELL_B].members_full) == (1, 1)


def test_figures_computed_before_a_concurrent_import_are_never_served(tmp_path: Path) -> None:
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo")
        world.send(world.a, world.hub)
        with world.hub.uow(read_only=True) as uow:
            cells = enrolled_cells(uow)
            revisions = unit_revisions(uow.session)
            stale = snapshots.compute_snapshots(uow, [c.unit_uuid for c in cells], today=DEMO_TODAY)
        add_people(world.a, "Giàng Thị Mai")
        world.send(world.a, world.hub)  # lands between the computing and the keeping
        payloads = {unit: snapshots._to_json(s) for unit, s in stale.items()}
        assert store_figures(
            world.hub.engine,
            snapshots.TOPIC,
            day=DEMO_TODAY,
            layout=snapshots.LAYOUT,
            revisions=revisions,
            payloads=payloads,
        )
        rows = {r.code: r for r in list_cell_standings(world.hub.uow(read_only=True), today=DEMO_TODAY)}
    finally:
        world.close()
    assert rows[CELL_A].members_full == 2


def test_a_workspace_that_cannot_be_written_still_shows_its_figures(
    committee_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:

        def locked(*_args: object, **_kwargs: object) -> None:
            raise OperationalError("INSERT", {}, Exception("database is locked"))

        monkeypatch.setattr(hub.engine, "begin", locked)
        rows = list_cell_standings(hub.uow(read_only=True), today=DEMO_TODAY)
        monkeypatch.undo()
        with hub.uow(read_only=True) as uow:
            kept = uow.session.execute(text("SELECT count(*) FROM cell_figure_cache")).scalar()
    finally:
        hub.close()
    assert len(rows) == 3 and all(r.members_full > 0 for r in rows)
    assert kept == 0


def test_kept_figures_read_like_computed_ones(committee_root: Path) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:
        computed = list_cell_standings(hub.uow(read_only=True), today=DEMO_TODAY)
        alerts = [
            (a.unit_code, a.kind, a.message.render("vi"), a.due_on)
            for a in committee_alerts(hub.uow(read_only=True), today=DEMO_TODAY)
        ]
        kept = list_cell_standings(hub.uow(read_only=True), today=DEMO_TODAY)
        alerts_kept = [
            (a.unit_code, a.kind, a.message.render("vi"), a.due_on)
            for a in committee_alerts(hub.uow(read_only=True), today=DEMO_TODAY)
        ]
    finally:
        hub.close()
    assert kept == computed and alerts_kept == alerts and len(alerts) > 3
    assert any(a[3] is not None and isinstance(a[3], date) for a in alerts)


def test_the_statistics_report_is_kept_per_period_and_recounted_after_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(tmp_path / "world")
    try:
        add_people(world.a, "Lò Văn Pảo", "Giàng Thị Mai")
        world.send(world.a, world.hub)
        computed: list[list[str]] = []
        original = statistics_module._counts

        def spy(uow, units, **kwargs):  # type: ignore[no-untyped-def]
            computed.append(sorted(units))
            return original(uow, units, **kwargs)

        monkeypatch.setattr(statistics_module, "_counts", spy)
        year = Period.parse("2026")
        first = statistics(world.hub.uow(read_only=True), year, today=DEMO_TODAY).as_json()
        again = statistics(world.hub.uow(read_only=True), year, today=DEMO_TODAY).as_json()
        assert len(computed) == 1 and again == first
        statistics(world.hub.uow(read_only=True), Period.parse("2026-Q3"), today=DEMO_TODAY)
        assert len(computed) == 2  # another period is counted on its own

        add_people(world.a, "Vàng Thị Dua")
        world.send(world.a, world.hub)
        after = statistics(world.hub.uow(read_only=True), year, today=DEMO_TODAY)
        with world.hub.uow(read_only=True) as uow:
            unit_a = next(c.unit_uuid for c in enrolled_cells(uow) if c.code == CELL_A)
        assert computed[-1] == [unit_a]
        assert {c.unit_code: c.members_total for c in after.cells} == {CELL_A: 3, CELL_B: 0}
    finally:
        world.close()


def test_the_overview_charts_add_up_each_cells_own_meetings(committee_root: Path) -> None:
    hub = open_workspace(committee_root, actor="officer")
    try:
        this_year = monthly_trend(hub.uow(read_only=True), year=2026, today=DEMO_TODAY)
        # Seen from next January the same year is counted again, not read from the day's snapshots.
        looking_back = monthly_trend(hub.uow(read_only=True), year=2026, today=date(2027, 1, 5))
    finally:
        hub.close()
    held, present, expected = [0] * 12, [0] * 12, [0] * 12
    for folder in sorted((committee_root / CELLS_FOLDER).iterdir()):
        cell = open_workspace(folder, actor="secretary")
        try:
            own = meeting_figures(cell.uow(read_only=True), 2026, today=DEMO_TODAY)
        finally:
            cell.close()
        for meeting in own.per_meeting:
            held[meeting.held_on.month - 1] += 1
            present[meeting.held_on.month - 1] += meeting.present
            expected[meeting.held_on.month - 1] += meeting.expected
    assert this_year.cells == 3 and len(this_year.months) == DEMO_TODAY.month
    seen = [(m.meetings_held, m.present, m.expected) for m in this_year.months]
    assert seen == list(zip(held, present, expected, strict=True))[: DEMO_TODAY.month]
    assert sum(expected) > sum(present) > 0
    assert [(m.meetings_held, m.present, m.expected) for m in looking_back.months][: DEMO_TODAY.month] == seen
