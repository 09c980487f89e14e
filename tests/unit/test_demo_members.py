"""The demo cell carries a realistic member history, recorded through the services."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from cellapp.domain.lifecycle import EventKind
from cellapp.services.alerts import list_alerts
from cellapp.services.members._residence import list_members_living_elsewhere, list_residents
from cellapp.services.workspace import Workspace
from cellapp.storage.records import MemberEventRecord
from tests.conftest import DEMO_TODAY


def test_the_demo_history_holds_every_kind_of_case_a_secretary_meets(demo_workspace: Workspace) -> None:
    with demo_workspace.uow(read_only=True) as uow:
        kinds = Counter(EventKind(k) for k in uow.session.scalars(select(MemberEventRecord.kind)))
    for kind in (
        EventKind.ADMITTED,
        EventKind.RECOGNISED,
        EventKind.TRANSFERRED_IN,
        EventKind.ATTACHED_OUT,
        EventKind.TEMPORARILY_EXEMPTED,
        EventKind.EXEMPTED,
        EventKind.DISCIPLINED,
        EventKind.DIED,
        EventKind.REVERSAL,
    ):
        assert kinds[kind] >= 1, kind
    alerts = {a.kind for a in list_alerts(demo_workspace.uow(read_only=True), today=DEMO_TODAY)}
    assert {"recognition_overdue", "recognition_due", "exemption_ending", "badge_milestone"} <= alerts
    residents = list_residents(demo_workspace.uow(read_only=True))
    assert len(residents) == 3 and any(r.exempt for r in residents) and any(r.comments for r in residents)
    assert len(list_members_living_elsewhere(demo_workspace.uow(read_only=True))) == 1
