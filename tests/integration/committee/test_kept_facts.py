"""Each cell's facts kept between views (its members' histories replayed, its meetings counted) read back
equal to the facts computed from its records, and every committee figure derived from kept facts equals
the figure computed with nothing kept: on the following days, after an import changes a cell, and after
a transfer."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from cellapp.demo.committee import CELLS_FOLDER
from cellapp.domain.lifecycle import EventKind
from cellapp.domain.member_history import LifecycleEvent, replay
from cellapp.domain.members import MemberStatus
from cellapp.domain.months import Period
from cellapp.services.committee import (
    committee_alerts,
    facts,
    history_json,
    list_cell_standings,
    monthly_trend,
    snapshots,
    statistics,
)
from cellapp.services.committee.cells import RegisterMember, enrolled_cells
from cellapp.services.members._lifecycle import EventInput, record_event
from cellapp.services.members._register import member_statuses_on
from cellapp.services.members._transfers import transfer_member
from cellapp.services.sync._export import export_bundles
from cellapp.services.sync._import import import_bundles
from cellapp.services.workspace import Workspace, open_workspace
from tests.conftest import DEMO_TODAY

# Days after the one the facts were kept on: the next day, a new month, a new quarter and year, later on.
LATER_DAYS = (
    DEMO_TODAY + timedelta(days=1),
    date(2026, 12, 1),
    date(2027, 1, 4),
    date(2027, 4, 20),
)


@pytest.fixture
def hub(committee_root: Path) -> Iterator[Workspace]:
    workspace = open_workspace(committee_root, actor="officer")
    yield workspace
    workspace.close()


def _units(hub: Workspace) -> dict[str, str]:
    with hub.uow(read_only=True) as uow:
        return {c.code: c.unit_uuid for c in enrolled_cells(uow)}


def _forget(hub: Workspace) -> None:
    with hub.engine.begin() as connection:
        connection.execute(text("DELETE FROM cell_figure_cache"))


def _everything(hub: Workspace, day: date) -> dict[str, object]:
    """Every committee view of the day, as comparable values."""
    return {
        "cells": list_cell_standings(hub.uow(read_only=True), today=day),
        "alerts": [
            (a.unit_code, a.kind, int(a.severity), a.message.render("vi"), a.due_on, a.member_name)
            for a in committee_alerts(hub.uow(read_only=True), today=day)
        ],
        "trend": monthly_trend(hub.uow(read_only=True), year=day.year, today=day),
        "last year": monthly_trend(hub.uow(read_only=True), year=day.year - 1, today=day),
        **{
            key: statistics(hub.uow(read_only=True), Period.parse(key), today=day).as_json()
            for key in (str(day.year), str(day.year - 1), f"{day.year}-{day.month:02d}", "2026-Q3")
        },
    }


def _from_scratch(hub: Workspace, day: date) -> dict[str, object]:
    _forget(hub)
    return _everything(hub, day)


def _spy_on_facts(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    computed: list[list[str]] = []
    original = facts.compute_facts

    def spy(uow, units):  # type: ignore[no-untyped-def]
        computed.append(sorted(units))
        return original(uow, units)

    monkeypatch.setattr(facts, "compute_facts", spy)
    return computed


def _send(folder: Path, hub: Workspace, stick: Path) -> None:
    """The cell's next file, carried to the committee."""
    stick.mkdir(exist_ok=True)
    cell = open_workspace(folder, actor="secretary")
    try:
        written = [r.path for r in export_bundles(cell, to_dir=stick, today=DEMO_TODAY)]
    finally:
        cell.close()
    assert all(r.ok for r in import_bundles(hub, written))


def test_kept_facts_read_back_equal_to_the_facts_of_the_records(hub: Workspace) -> None:
    units = list(_units(hub).values())
    with hub.uow(read_only=True) as uow:
        computed = facts.compute_facts(uow, units)
    # through JSON text, as the store keeps them
    kept = {
        unit: facts.facts_from_json(json.loads(json.dumps(facts.facts_to_json(found))))
        for unit, found in computed.items()
    }
    assert kept == computed
    members = [m for found in computed.values() for m in found.members]
    assert len(members) > 60 and any(m.events for m in members) and any(m.history.gaps for m in members)
    assert all(found.meetings.rates and found.meetings.absentees for found in computed.values())


def test_a_history_with_events_left_out_and_gaps_reads_back_whole() -> None:
    def event(kind: EventKind, on: date, sequence: int, **values: object) -> LifecycleEvent:
        return LifecycleEvent(f"e{sequence}", kind, on, sequence, **values)  # type: ignore[arg-type]

    events = [
        event(EventKind.ADMITTED, date(2001, 3, 1), 1, ceremony_on=date(2001, 3, 20), note="Kết nạp"),
        event(EventKind.RECOGNISED, date(2002, 3, 25), 2),
        event(EventKind.STRUCK_OFF, date(2010, 5, 1), 3, decision_ref="12-QĐ/ĐU"),
        event(EventKind.RECOGNISED, date(2011, 1, 1), 4),  # after leaving: left out by a lenient replay
        event(EventKind.READMITTED, date(2015, 6, 1), 5, ceremony_on=date(2015, 6, 10)),
        event(EventKind.DIED, date(2024, 2, 2), 6),
    ]
    history = replay(events, birth_date=date(1975, 1, 1), strict=False)
    assert history.skipped and history.gaps and any(step.event for step in history.steps)
    member = RegisterMember(
        "m1", "Sùng A Dế", "male", "Mông", date(1975, 1, 1), "died", history, tuple(events)
    )
    assert (
        history_json.member_from_json(json.loads(json.dumps(history_json.member_to_json(member)))) == member
    )


def test_the_history_codec_handles_every_field_of_the_classes_it_writes() -> None:
    for cls, handled in history_json.HANDLED.items():
        assert tuple(f.name for f in fields(cls)) == handled, cls


def test_later_days_derive_from_the_kept_facts_what_the_records_give(
    hub: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    _everything(hub, DEMO_TODAY)  # keeps every cell's facts
    computed = _spy_on_facts(monkeypatch)
    seen = []
    for day in LATER_DAYS:
        kept = _everything(hub, day)
        assert computed == []  # a new day reads the kept facts, whatever it asks
        assert kept == _from_scratch(hub, day), day
        computed.clear()
        seen.append(kept["alerts"])
    assert len({json.dumps(a, default=str) for a in seen}) >= 3  # the days' alerts are not all the same


def test_an_import_reads_again_only_the_cell_it_changed(
    hub: Workspace, committee_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    units = _units(hub)
    before = _everything(hub, DEMO_TODAY)
    folder = committee_root / CELLS_FOLDER / "XM-C02"
    cell = open_workspace(folder, actor="secretary")
    try:
        statuses = member_statuses_on(cell.uow(read_only=True), DEMO_TODAY)
        chosen = sorted(uuid for uuid, status in statuses.items() if status is MemberStatus.FULL)[0]
        exemption = EventInput(
            EventKind.TEMPORARILY_EXEMPTED,
            DEMO_TODAY - timedelta(days=3),
            ends_on=DEMO_TODAY + timedelta(days=9),
        )
        record_event(cell.uow(), chosen, exemption, today=DEMO_TODAY)
    finally:
        cell.close()
    _send(folder, hub, committee_root / "stick")
    computed = _spy_on_facts(monkeypatch)
    after = _everything(hub, DEMO_TODAY)
    assert computed == [[units["XM-C02"]]]
    assert after == _from_scratch(hub, DEMO_TODAY)
    rows = {r.code: r for r in after["cells"]}  # type: ignore[attr-defined]
    earlier = {r.code: r for r in before["cells"]}  # type: ignore[attr-defined]
    assert rows["XM-C02"].members_exempt == earlier["XM-C02"].members_exempt + 1
    assert rows["XM-C01"] == earlier["XM-C01"] and rows["XM-C03"] == earlier["XM-C03"]
    assert ("XM-C02", "exemption_ending") in {(a[0], a[1]) for a in after["alerts"]}  # type: ignore[index, union-attr]


def test_a_transfer_reads_again_both_cells(hub: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    units = _units(hub)
    before = {r.code: r for r in list_cell_standings(hub.uow(read_only=True), today=DEMO_TODAY)}
    with hub.uow(read_only=True) as uow:
        cell_facts = facts.cell_facts(uow, [units["XM-C01"]], today=DEMO_TODAY)[units["XM-C01"]]
    moved = next(uuid for uuid, s in cell_facts.statuses_on(DEMO_TODAY).items() if s is MemberStatus.FULL)
    transfer_member(
        hub.uow(), member_uuid=moved, to_cell="XM-C03", decided_on=DEMO_TODAY, decision="15-QĐ/ĐU"
    )
    computed = _spy_on_facts(monkeypatch)
    after = _everything(hub, DEMO_TODAY)
    assert computed == [sorted([units["XM-C01"], units["XM-C03"]])]
    assert after == _from_scratch(hub, DEMO_TODAY)
    rows = {r.code: r for r in after["cells"]}  # type: ignore[attr-defined]
    assert rows["XM-C01"].members_full == before["XM-C01"].members_full - 1
    assert rows["XM-C03"].members_full == before["XM-C03"].members_full + 1
    assert rows["XM-C02"] == before["XM-C02"]


def test_two_views_asking_at_once_compute_the_days_figures_once(
    hub: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    computed: list[list[str]] = []
    original = snapshots.compute_snapshots

    def slow(uow, units, *, today):  # type: ignore[no-untyped-def]
        computed.append(sorted(units))
        time.sleep(0.3)  # long enough for the other view to ask meanwhile
        return original(uow, units, today=today)

    monkeypatch.setattr(snapshots, "compute_snapshots", slow)
    results: dict[str, object] = {}

    def overview_part(name: str, work: Callable[[], object]) -> threading.Thread:
        thread = threading.Thread(target=lambda: results.__setitem__(name, work()))
        thread.start()
        return thread

    threads = [
        overview_part("alerts", lambda: committee_alerts(hub.uow(read_only=True), today=DEMO_TODAY)),
        overview_part("trend", lambda: monthly_trend(hub.uow(read_only=True), year=2026, today=DEMO_TODAY)),
    ]
    for thread in threads:
        thread.join()
    assert len(computed) == 1  # the second view read what the first one kept
    assert results["trend"] == monthly_trend(hub.uow(read_only=True), year=2026, today=DEMO_TODAY)
    assert results["alerts"] == committee_alerts(hub.uow(read_only=True), today=DEMO_TODAY)
